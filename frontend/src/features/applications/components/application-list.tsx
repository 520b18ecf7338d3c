import { SimpleGrid } from "@mantine/core";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";

import { type Application, type ApplicationStatus, useApplications } from "../api/get-applications";

import { ApplicationCard } from "./application-card";
// What an empty list means, status by status.
const NOTHING: Record<ApplicationStatus, string> = {
  applied: "Nobody is waiting for the committee's decision.",
  approved: "No approved applicant is waiting to pay.",
  joined: "No applicant has joined yet.",
  declined: "No application was declined.",
  lapsed: "No approval has lapsed unpaid.",
};

interface ApplicationListProps {
  orgSlug: string;
  /** One chapter, or null for every chapter the person may read. */
  chapterId: string | null;
  status: ApplicationStatus;
  /** Names the chapter on each card when the list holds several. */
  chapterNames?: ReadonlyMap<string, string>;
  onOpen: (application: Application) => void;
}

/** The applications of one status, newest first, as cards. */
export function ApplicationList(props: ApplicationListProps) {
  const { orgSlug, chapterId, status, chapterNames, onOpen } = props;
  const applications = useApplications(orgSlug, {
    status,
    ...(chapterId ? { chapter: chapterId } : {}),
  });

  if (applications.isPending) return <PageLoader />;
  if (applications.isError) {
    return <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />;
  }
  const rows = applications.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No applications here"
        description={NOTHING[status]}
      />
    );
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {rows.map((application) => (
          <ApplicationCard
            key={application.id}
            application={application}
            chapterName={chapterNames?.get(application.chapter)}
            onOpen={onOpen}
          />
        ))}
      </SimpleGrid>
      <LoadMore
        hasMore={applications.hasNextPage}
        loading={applications.isFetchingNextPage}
        onLoadMore={() => void applications.fetchNextPage()}
      />
    </>
  );
}

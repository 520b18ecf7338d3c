// Applications to join. For the membership committee, the president and staff, at a desk after
// a meeting: they came to see who asked to join, decide (a decision in about 10 seconds, with a
// confidential note), and record the payment that makes a new member. Leaders who take an
// application at the door record it in about a minute.
import { Button, Modal, SegmentedControl, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { useMembership } from "@/lib/auth/me";
import { hasScopeAnywhere } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";
import { useIsPhone } from "@/lib/use-is-phone";

import type { Application, ApplicationStatus } from "../api/get-applications";
import { useSubmitApplication } from "../api/submit-application";
import { applicationChapterOptions } from "../components/application-chapters";
import { ApplicationDrawer } from "../components/application-drawer";
import { ApplicationForm } from "../components/application-form";
import { ApplicationList } from "../components/application-list";
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  isApplicationStatus,
} from "../components/application-status";

const STATUS_OPTIONS = APPLICATION_STATUSES.map((value) => ({
  value,
  label: APPLICATION_STATUS_LABELS[value],
}));

export default function ApplicationsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const chapters = useAllChapters(orgSlug);
  const submit = useSubmitApplication(orgSlug);
  const isPhone = useIsPhone();
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState<ApplicationStatus>("applied");
  const [opened, setOpened] = useState<Application | null>(null);
  const [creating, setCreating] = useState(false);

  if (!membership) return <PageLoader />;
  if (!hasScopeAnywhere(membership, "applications:read")) return <Forbidden />;

  const options = applicationChapterOptions(membership, chapters.data ?? [], "applications:read");
  const writable = applicationChapterOptions(membership, chapters.data ?? [], "applications:write");
  // A leader of one chapter sees that chapter; anyone else starts with all of theirs.
  const chapterId = chosen ?? (options.length === 1 ? (options[0]?.value ?? null) : null);
  const chapterNames = new Map(options.map((option) => [option.value, option.label]));

  return (
    <Stack gap="md">
      <PageHeader
        title="Applications"
        description="People asking to join your chapters, from the committee's decision to payment."
        actions={
          writable.length > 0 && <Button onClick={() => setCreating(true)}>New application</Button>
        }
      />
      <Select
        label="Chapter"
        placeholder="All chapters"
        data={options}
        value={chapterId}
        onChange={setChosen}
        searchable
        clearable={options.length > 1}
        nothingFoundMessage="No such chapter"
        maw={360}
      />
      <SegmentedControl
        aria-label="Status"
        data={STATUS_OPTIONS}
        value={status}
        onChange={(value) => isApplicationStatus(value) && setStatus(value)}
        orientation={isPhone ? "vertical" : "horizontal"}
        fullWidth={isPhone}
        style={{ alignSelf: isPhone ? undefined : "flex-start" }}
      />
      <ApplicationList
        orgSlug={orgSlug}
        chapterId={chapterId}
        status={status}
        chapterNames={chapterId ? undefined : chapterNames}
        onOpen={setOpened}
      />
      <ApplicationDrawer
        orgSlug={orgSlug}
        membership={membership}
        opened={opened}
        chapterNames={chapterNames}
        onClose={() => setOpened(null)}
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New application"
        size="lg"
        fullScreen={isPhone}
        centered
      >
        <ApplicationForm
          orgSlug={orgSlug}
          chapters={writable}
          chapterId={writable.some((option) => option.value === chapterId) ? chapterId : null}
          pending={submit.isPending}
          onSubmit={async (input) => {
            const application = await submit.mutateAsync(input);
            notifications.show({
              color: "green",
              message: `The application of ${application.name} was recorded.`,
            });
            setStatus("applied");
          }}
          onDone={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  );
}

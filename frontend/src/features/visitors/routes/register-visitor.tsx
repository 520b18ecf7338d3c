// Register a visitor. For members, on a phone, right after inviting someone: they came to put
// their guest's name down for the next meeting (and get the visitor credit) in under a minute.
// Leaders reach it from the visitor pipeline.
import { Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { hasScope, hasScopeAnywhere } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";

import { RegisterVisitorForm } from "../components/register-visitor-form";
import { registrationChapterOptions } from "../components/visitor-chapters";

export default function RegisterVisitorRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  // Only staff, who register for any chapter, need the organization's chapters.
  const allChapters = hasScope(membership, "visitors:write");
  const chapters = useAllChapters(orgSlug, { enabled: allChapters });

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "visitors:invite")) return <Forbidden />;

  let content;
  if (allChapters && chapters.isPending) {
    content = <PageLoader />;
  } else if (allChapters && chapters.isError) {
    content = <ErrorState error={chapters.error} onRetry={() => void chapters.refetch()} />;
  } else {
    const options = registrationChapterOptions(membership, chapters.data ?? []);
    content =
      options.length === 0 ? (
        <EmptyState
          title="No chapter to register for"
          description="Members register their guests for a chapter where they hold a seat."
        />
      ) : (
        <RegisterVisitorForm orgSlug={orgSlug} chapters={options} />
      );
  }

  return (
    <Stack gap="md" maw={720}>
      {hasScopeAnywhere(membership, "visitors:read") && (
        <Anchor component={Link} to={paths.organization.visitors(orgSlug)} size="sm">
          All visitors
        </Anchor>
      )}
      <PageHeader
        title="Register a visitor"
        description="Put a guest you invited down for a meeting; you get the visitor credit."
      />
      {content}
    </Stack>
  );
}

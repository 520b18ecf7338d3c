// The member directory. For members, mostly on a phone, often between meetings: find the
// person to refer a customer to, or to call before a 1-2-1, by name, business or category.
// They came to find one person and call or visit them, in about 10 seconds.
import { Stack } from "@mantine/core";
import { useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { DirectoryList } from "../components/directory-list";

export default function DirectoryRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "members:read")) return <Forbidden />;

  return (
    <Stack gap="md">
      <PageHeader title="Directory" description="Active members, whom to refer business to." />
      <DirectoryList orgSlug={orgSlug} />
    </Stack>
  );
}

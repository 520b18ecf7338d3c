// The organization's chapters. For staff and chapter leaders who open one to run its roster,
// and for owners and admins who start a new chapter (about a minute, once). They came to find
// a chapter and go into it, in about 5 seconds.
import { Button, Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { useCreateChapter } from "../api/create-chapter";
import { ChapterForm } from "../components/chapter-form";
import { ChaptersTable } from "../components/chapters-table";

export default function ChaptersRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const create = useCreateChapter(orgSlug);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "chapters:read")) return <Forbidden />;
  const canCreate = hasScope(membership, "chapters:write");

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="Chapters"
        description="The groups of the organization and when they meet."
        actions={canCreate && <Button onClick={() => setCreating(true)}>New chapter</Button>}
      />
      <ChaptersTable orgSlug={orgSlug} canCreate={canCreate} />
      {canCreate && (
        <Modal
          opened={creating}
          onClose={() => setCreating(false)}
          title="New chapter"
          size="xl"
          centered
        >
          <ChapterForm
            orgSlug={orgSlug}
            submitLabel="Create chapter"
            pending={create.isPending}
            onSubmit={async (body) => {
              const chapter = await create.mutateAsync(body);
              notifications.show({
                color: "green",
                message: `Chapter ${chapter.name} was created.`,
              });
              void navigate(paths.organization.chapter(orgSlug, chapter.id));
            }}
            onDone={() => setCreating(false)}
          />
        </Modal>
      )}
    </Stack>
  );
}

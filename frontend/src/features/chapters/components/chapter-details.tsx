import { notifications } from "@mantine/notifications";

import type { Chapter } from "../api/get-chapters";
import { useUpdateChapter } from "../api/update-chapter";

import { ChapterForm } from "./chapter-form";

/** The chapter's settings, for those who hold `chapters:write`. */
export function ChapterDetails({ orgSlug, chapter }: { orgSlug: string; chapter: Chapter }) {
  const update = useUpdateChapter(orgSlug, chapter.id);
  return (
    <ChapterForm
      // A fresh form when the chapter changes, here or elsewhere.
      key={chapter.updated_at}
      orgSlug={orgSlug}
      chapter={chapter}
      submitLabel="Save"
      pending={update.isPending}
      onSubmit={async (body) => {
        await update.mutateAsync(body);
        notifications.show({ color: "green", message: "Chapter saved." });
      }}
    />
  );
}

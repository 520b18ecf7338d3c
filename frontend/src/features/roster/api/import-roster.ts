import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type ImportReport = components["schemas"]["ImportReport"];
export type RowProblem = components["schemas"]["RowProblem"];

export interface ImportInput {
  file: File;
  /** Check only: nothing is written, every bad row is reported. */
  dryRun: boolean;
}

// POST /api/v1/orgs/{org_slug}/chapters/{chapter_id}/roster-import (`members:write` in the
// chapter), a CSV as multipart/form-data. A dry run answers 200 with the report and its
// problems; an import answers 201 with the seats created, or 400 when any row is bad
// (`errors.rows` lists them, `detail` counts them) and then writes nothing. 400 with
// `errors.file` for a file that cannot be read at all.
export function importRoster(orgSlug: string, chapterId: string, { file, dryRun }: ImportInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/roster-import", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
      // The typed body stands for the form below; the file itself goes in the FormData.
      body: { file: file.name, dry_run: dryRun },
      bodySerializer: () => {
        const form = new FormData();
        form.set("file", file, file.name);
        form.set("dry_run", dryRun ? "true" : "false");
        return form;
      },
    }),
  );
}

export function useImportRoster(orgSlug: string, chapterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) => importRoster(orgSlug, chapterId, input),
    onSuccess: (report) => {
      if (report.dry_run) return;
      // New seats: rosters, sponsor choices and category maps.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "members") }),
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "category-map") }),
      ]);
    },
  });
}

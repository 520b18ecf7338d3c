import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

export type RosterFileType = "csv" | "xlsx";

export interface RosterFile {
  blob: Blob;
  filename: string;
}

/** The name the server gives the file (`attachment; filename="downtown-roster.csv"`). */
function filenameOf(response: Response, fileType: RosterFileType): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  return /filename="([^"]+)"/.exec(header)?.[1] ?? `roster.${fileType}`;
}

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/roster-export?file_type=csv|xlsx
// (`members:write` in the chapter): the roster as a file, with the session cookie like every
// call, so a refusal comes back as a problem rather than as a page the browser opens.
export async function exportRoster(
  orgSlug: string,
  chapterId: string,
  fileType: RosterFileType,
): Promise<RosterFile> {
  const call = api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/roster-export", {
    params: {
      path: { org_slug: orgSlug, chapter_id: chapterId },
      query: { file_type: fileType },
    },
    headers: { Accept: "*/*" },
    parseAs: "blob",
  });
  const blob = await unwrap(call);
  const { response } = await call;
  return { blob, filename: filenameOf(response, fileType) };
}

export function useExportRoster(orgSlug: string, chapterId: string) {
  return useMutation({
    mutationFn: (fileType: RosterFileType) => exportRoster(orgSlug, chapterId, fileType),
  });
}

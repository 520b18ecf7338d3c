import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { type RosterFileType, useExportRoster } from "../api/export-roster";

import { saveFile } from "./save-file";

/** The chapter's roster as a spreadsheet, for the leaders' own records. */
export function ExportButtons({ orgSlug, chapterId }: { orgSlug: string; chapterId: string }) {
  const exportRoster = useExportRoster(orgSlug, chapterId);
  const once = useSingleFlight();
  const busy = (fileType: RosterFileType) =>
    exportRoster.isPending && exportRoster.variables === fileType;

  const download = (fileType: RosterFileType) =>
    once(async () => {
      try {
        const { blob, filename } = await exportRoster.mutateAsync(fileType);
        saveFile(blob, filename);
      } catch (error) {
        notifications.show({
          color: "red",
          title: "Export failed",
          message: errorMessage(error),
        });
      }
    });

  return (
    <Group gap="sm">
      <Button variant="default" onClick={() => download("csv")} loading={busy("csv")}>
        Export CSV
      </Button>
      <Button variant="default" onClick={() => download("xlsx")} loading={busy("xlsx")}>
        Export XLSX
      </Button>
    </Group>
  );
}

import type { MantineColor } from "@mantine/core";

import type { ReportStatus } from "../api/get-meetings";

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "Draft",
  completed: "Completed",
  holiday: "Holiday",
  discarded: "Discarded",
};

export const REPORT_STATUS_COLORS: Record<ReportStatus, MantineColor> = {
  draft: "blue",
  completed: "green",
  holiday: "gray",
  discarded: "dark",
};

import { StatusBadge } from "@/components/ui/status-badge";

import type { Chapter } from "../api/get-chapters";

import { CHAPTER_STATUS_COLORS, CHAPTER_STATUS_LABELS } from "./chapter-labels";

export function ChapterStatusBadge({ status }: { status: Chapter["status"] }) {
  return (
    <StatusBadge label={CHAPTER_STATUS_LABELS[status]} color={CHAPTER_STATUS_COLORS[status]} />
  );
}

import type { components } from "@/lib/api/schema";

export type VisitorStatus = components["schemas"]["VisitorStatusEnum"];

/** Where a visitor stands in the chapter's follow-up, in words: the pipeline's and "My help"'s. */
export const VISITOR_STATUS_LABELS: Record<VisitorStatus, string> = {
  new: "New",
  contacted: "Contacted",
  interested: "Interested",
  applied: "Applied",
  joined: "Joined",
  not_interested: "Not interested",
};

import type { MantineColor } from "@mantine/core";

import type { OneToOne, OneToOneAnswer, OneToOneMode } from "../api/get-one-to-ones";

export const MODE_LABELS: Record<OneToOneMode, string> = {
  in_person: "In person",
  video: "Video",
  phone: "Phone",
};

export const MODE_OPTIONS = (["in_person", "video", "phone"] as const).map((value) => ({
  value,
  label: MODE_LABELS[value],
}));

export const ANSWER_LABELS: Record<OneToOneAnswer, string> = {
  pending: "Not answered yet",
  confirmed: "Confirmed",
  disputed: "Disputed",
};

export const ANSWER_COLORS: Record<OneToOneAnswer, MantineColor> = {
  pending: "gray",
  confirmed: "green",
  disputed: "red",
};

/** "Bob Builder" or "Bob Builder and Cy Cook": the people the logger met. */
export function peopleMet(oneToOne: Pick<OneToOne, "participants">): string {
  return oneToOne.participants.map((participant) => participant.member_name).join(" and ");
}

/** Where a 1-2-1 stands: it counts once someone confirms, never when everyone disputes it. */
export function countedState(oneToOne: Pick<OneToOne, "counted" | "participants">) {
  if (oneToOne.counted) return { label: "Counted", color: "green" } as const;
  const disputed = oneToOne.participants.every((participant) => participant.answer === "disputed");
  if (disputed && oneToOne.participants.length > 0) {
    return { label: "Disputed", color: "red" } as const;
  }
  return { label: "Waiting for confirmation", color: "yellow" } as const;
}

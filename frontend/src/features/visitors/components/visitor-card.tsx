import { Card, Text } from "@mantine/core";

import { todayIn } from "@/lib/calendar";

import type { Visitor } from "../api/get-visitors";

import { formatDay } from "./dates";

/** The visitor's first visit from today on, if one is booked. */
export function nextVisit(visitor: Pick<Visitor, "visits">, today = todayIn()) {
  return visitor.visits
    .filter((visit) => visit.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

function invitedBy(visitor: Visitor): string | null {
  if (visitor.invited_by_name) return `Invited by ${visitor.invited_by_name}`;
  return visitor.source === "public_link" ? "Came through the visitor link" : null;
}

interface VisitorCardProps {
  visitor: Visitor;
  /** Shown when the board holds several chapters. */
  chapterName?: string;
  onOpen: (visitor: Visitor) => void;
}

/** One visitor on the board: a button named by the visitor, opening their follow-up. */
export function VisitorCard({ visitor, chapterName, onOpen }: VisitorCardProps) {
  const next = nextVisit(visitor);
  const count = visitor.visits.length;
  const line = (text: string | null | undefined, dimmed = true) =>
    text ? (
      <Text component="span" display="block" size="sm" c={dimmed ? "dimmed" : undefined}>
        {text}
      </Text>
    ) : null;

  return (
    <Card
      component="button"
      type="button"
      withBorder
      radius="md"
      padding="sm"
      onClick={() => onOpen(visitor)}
      style={{ textAlign: "left", width: "100%", cursor: "pointer", font: "inherit" }}
    >
      <Text component="span" display="block" fw={600}>
        {visitor.name}
      </Text>
      {line(visitor.profession, false)}
      {line(visitor.business_name)}
      {line(invitedBy(visitor))}
      {line(chapterName)}
      <Text component="span" display="block" size="xs" mt={6}>
        {count === 1 ? "1 visit" : `${count} visits`}
        {" · "}
        {next ? `next ${formatDay(next.date)}` : "no visit booked"}
      </Text>
    </Card>
  );
}

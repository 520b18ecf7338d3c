// The help-given leaderboard. For everyone in the organization, on a phone at a meeting or at
// a desk: who gives most this week, month or year, in their chapter or across the organization,
// and where they stand themselves. They came to see their rank and who to thank, in 5 seconds.
// It ranks help given (givers gain), never sales made.
import { Stack } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { type Membership, useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";

import { LeaderboardBoard } from "../components/leaderboard-board";
import { type LeaderboardChoice, LeaderboardFilters } from "../components/leaderboard-filters";
import {
  MY_CHAPTER,
  scopeChapter,
  scopeOptions,
  WHOLE_ORGANIZATION,
} from "../components/leaderboard-options";
import { givingSeats, ownMemberIds } from "../components/seats";

function Leaderboard({ orgSlug, membership }: { orgSlug: string; membership: Membership }) {
  // "My chapter" is the chapter of a seat that still holds, or of any seat at all.
  const seats = givingSeats(membership).length > 0 ? givingSeats(membership) : membership.seats;
  const chapters = useAllChapters(orgSlug);
  const [choice, setChoice] = useState<LeaderboardChoice>({
    period: "month",
    scope: seats.length > 0 ? MY_CHAPTER : WHOLE_ORGANIZATION,
    metric: "score",
  });
  const chapter = scopeChapter(choice.scope, seats);
  const params = { period: choice.period, metric: choice.metric, ...(chapter ? { chapter } : {}) };

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="Leaderboard"
        description="Who gives the most help: referrals passed on, business thanked for."
      />
      <LeaderboardFilters
        value={choice}
        onChange={setChoice}
        scopes={scopeOptions(seats, chapters.data ?? [])}
      />
      <LeaderboardBoard
        orgSlug={orgSlug}
        params={params}
        ownMembers={new Set(ownMemberIds(membership))}
      />
    </Stack>
  );
}

export default function LeaderboardRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "help:read")) return <Forbidden />;
  return <Leaderboard orgSlug={orgSlug} membership={membership} />;
}

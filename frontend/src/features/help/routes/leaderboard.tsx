// The help-given leaderboard. For everyone in the organization, on a phone at a meeting or at
// a desk: who gives most this week, month, year or between two days, in their chapter, their
// region or across the organization, by score or by one kind of help, and where they stand
// themselves. They came to see their rank and who to thank, in 5 seconds.
// It ranks help given (givers gain), never sales made.
import { Stack, Text } from "@mantine/core";
import { useParams, useSearchParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { type Membership, useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";
import { useAllRegions } from "@/lib/lookups/regions";

import { LeaderboardBoard } from "../components/leaderboard-board";
import {
  boardParams,
  choiceFromSearch,
  type LeaderboardChoice,
  rangeProblem,
  searchFromChoice,
} from "../components/leaderboard-choice";
import { LeaderboardFilters } from "../components/leaderboard-filters";
import { MY_CHAPTER, scopeOptions, WHOLE_ORGANIZATION } from "../components/leaderboard-options";
import { givingSeats, ownMemberIds } from "../components/seats";

function Leaderboard({ orgSlug, membership }: { orgSlug: string; membership: Membership }) {
  // "My chapter" is the chapter of a seat that still holds, or of any seat at all.
  const seats = givingSeats(membership).length > 0 ? givingSeats(membership) : membership.seats;
  const chapters = useAllChapters(orgSlug);
  const regions = useAllRegions(orgSlug, { enabled: hasScope(membership, "regions:read") });
  // The board is in the link, so a board can be shared; the usual one has a bare link.
  const defaultScope = seats.length > 0 ? MY_CHAPTER : WHOLE_ORGANIZATION;
  const [search, setSearch] = useSearchParams();
  const choice = choiceFromSearch(search, defaultScope);
  const choose = (next: LeaderboardChoice) =>
    setSearch(searchFromChoice(next, defaultScope), { replace: true });
  const params = boardParams(choice, seats);

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="Leaderboard"
        description="Who gives the most help: referrals passed on, business thanked for."
      />
      <LeaderboardFilters
        value={choice}
        onChange={choose}
        scopes={scopeOptions(seats, chapters.data ?? [], regions.data ?? [])}
      />
      {params ? (
        <LeaderboardBoard
          orgSlug={orgSlug}
          params={params}
          ownMembers={new Set(ownMemberIds(membership))}
        />
      ) : (
        rangeProblem(choice.from, choice.to) === "missing" && (
          <Text c="dimmed">Choose the first and last day to see the board.</Text>
        )
      )}
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

import { Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";

import { type OneToOne, useOneToOnes } from "../api/get-one-to-ones";

import { OneToOneCard } from "./one-to-one-card";
import { leadsChapter } from "./slip-leaders";
import { ToConfirmCard } from "./to-confirm-card";

interface OneToOneListProps {
  orgSlug: string;
  /** The person's own seats: the 1-2-1s where one of them has not answered are theirs to do. */
  ownMembers: readonly string[];
  /** Whether the person may answer (confirm or dispute). */
  canAnswer: boolean;
}

/** Waiting for the person's answer. */
function toConfirm(oneToOne: OneToOne, ownMembers: readonly string[]) {
  return oneToOne.participants.some(
    (participant) => participant.answer === "pending" && ownMembers.includes(participant.member),
  );
}

/** The 1-2-1s waiting for the person's answer first, then every one, newest first. */
export function OneToOneList({ orgSlug, ownMembers, canAnswer }: OneToOneListProps) {
  const oneToOnes = useOneToOnes(orgSlug);
  const membership = useMembership(orgSlug);
  const toConfirmId = useId();
  const allId = useId();

  if (oneToOnes.isPending) return <PageLoader />;
  if (oneToOnes.isError) {
    return <ErrorState error={oneToOnes.error} onRetry={() => void oneToOnes.refetch()} />;
  }
  const rows = oneToOnes.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="md">
        No 1-2-1 yet. Meet a member one-to-one, then tap Give to log it.
      </Text>
    );
  }
  const pending = canAnswer ? rows.filter((oneToOne) => toConfirm(oneToOne, ownMembers)) : [];

  return (
    <Stack gap="xl">
      {pending.length > 0 && (
        <Stack component="section" aria-labelledby={toConfirmId} gap="sm">
          <Title id={toConfirmId} order={2} size="h3">
            To confirm
          </Title>
          {pending.map((oneToOne) => (
            <ToConfirmCard
              key={oneToOne.id}
              orgSlug={orgSlug}
              oneToOne={oneToOne}
              ownMembers={ownMembers}
            />
          ))}
        </Stack>
      )}
      <Stack component="section" aria-labelledby={allId} gap="sm">
        <Title id={allId} order={2} size="h3">
          All 1-2-1s
        </Title>
        {rows.map((oneToOne) => {
          const leader = leadsChapter(membership, oneToOne.chapter);
          return (
            <OneToOneCard
              key={oneToOne.id}
              orgSlug={orgSlug}
              oneToOne={oneToOne}
              canChange={leader || ownMembers.includes(oneToOne.member)}
              leader={leader}
            />
          );
        })}
        <LoadMore
          hasMore={oneToOnes.hasNextPage}
          loading={oneToOnes.isFetchingNextPage}
          onLoadMore={() => void oneToOnes.fetchNextPage()}
        />
      </Stack>
    </Stack>
  );
}

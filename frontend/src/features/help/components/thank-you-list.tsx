import { Card, Group, Stack, Text } from "@mantine/core";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";

import { type ThankYou, useThankYous } from "../api/get-thank-yous";
import { useWithdrawThankYou } from "../api/withdraw-thank-you";

import { formatDay } from "./dates";
import { formatAmount } from "./money";
import { SlipActions } from "./slip-actions";
import { ThankYouEditForm } from "./thank-you-edit-form";

interface ThankYouListProps {
  orgSlug: string;
  /** The person's seats: the thank-yous they recorded are theirs to fix. */
  ownMembers: readonly string[];
  /** Chapters the person leads: they may correct a completed week there. */
  leads: readonly string[];
}

/** The thank-yous the person recorded, each with the fix for a mistake: edit or withdraw. */
export function ThankYouList({ orgSlug, ownMembers, leads }: ThankYouListProps) {
  const thankYous = useThankYous(orgSlug);
  if (thankYous.isPending) return <PageLoader />;
  if (thankYous.isError) {
    return <ErrorState error={thankYous.error} onRetry={() => void thankYous.refetch()} />;
  }
  const mine = thankYous.data.filter((thankYou) => ownMembers.includes(thankYou.thanking));
  if (mine.length === 0) {
    return (
      <EmptyState
        title="No thank-you recorded yet"
        description="Thank the member who gave you closed business: tap Give, then Thank-you."
      />
    );
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {mine.map((thankYou) => (
        <li key={thankYou.id}>
          <ThankYouItem
            orgSlug={orgSlug}
            thankYou={thankYou}
            leader={leads.includes(thankYou.chapter)}
          />
        </li>
      ))}
    </Stack>
  );
}

function ThankYouItem(props: { orgSlug: string; thankYou: ThankYou; leader: boolean }) {
  const { orgSlug, thankYou, leader } = props;
  const withdraw = useWithdrawThankYou(orgSlug);
  const amount = formatAmount(thankYou.amount, thankYou.currency);
  const title = `Thank-you to ${thankYou.thanked_name}: ${amount}`;
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {thankYou.business === "repeat" ? "Repeat business" : "New business"} ·{" "}
            {formatDay(thankYou.created_at.slice(0, 10))}
          </Text>
        </Stack>
        <SlipActions
          label={`More actions for the thank-you to ${thankYou.thanked_name}`}
          leader={leader}
          edit={{
            title: "Edit thank-you",
            form: (onDone) => (
              <ThankYouEditForm
                orgSlug={orgSlug}
                thankYou={thankYou}
                leader={leader}
                onDone={onDone}
              />
            ),
          }}
          withdraw={{
            title: "Withdraw this thank-you?",
            confirmLabel: "Withdraw thank-you",
            notice: "Thank-you withdrawn",
            mutation: withdraw,
            toInput: (withdrawal) => ({ thankYouId: thankYou.id, ...withdrawal }),
          }}
        >
          It will no longer count for {thankYou.thanked_name}, nor in the chapter&apos;s figures.
        </SlipActions>
      </Group>
    </Card>
  );
}

import { Card, Group, Stack, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";

interface MySlipListProps<Slip extends { id: string }> {
  /** The slips of one kind the API shows the person. */
  query: UseQueryResult<Slip[]>;
  /** Whether the person logged it: only theirs are listed, to fix or withdraw. */
  mine: (slip: Slip) => boolean;
  /** Said when the person logged none of this kind. */
  empty: { title: string; description: string };
  children: (slip: Slip) => ReactNode;
}

/** The help of one kind the person logged, one card each: what "My help" lists per kind. */
export function MySlipList<Slip extends { id: string }>(props: MySlipListProps<Slip>) {
  const { query, mine, empty, children } = props;
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const theirs = query.data.filter(mine);
  if (theirs.length === 0) {
    return <EmptyState title={empty.title} description={empty.description} />;
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {theirs.map((slip) => (
        <li key={slip.id}>{children(slip)}</li>
      ))}
    </Stack>
  );
}

interface SlipCardProps {
  /** What it was, in a line: also the card's name for a screen reader. */
  title: string;
  /** When, and how it counts. */
  details: ReactNode;
  /** The slip's fix: `SlipActions`. */
  actions: ReactNode;
}

/** One slip the person logged: what it was and when, with its actions on the side. */
export function SlipCard({ title, details, actions }: SlipCardProps) {
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {details}
          </Text>
        </Stack>
        {actions}
      </Group>
    </Card>
  );
}

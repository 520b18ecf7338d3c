import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Title } from "@mantine/core";
import { useId, useState } from "react";

import { useIsPhone } from "@/lib/use-is-phone";

import { type Visitor, type VisitorStatus, useVisitors } from "../api/get-visitors";

import { loadedCount, VisitorCards } from "./visitor-cards";
import { VISITOR_STATUS_LABELS, VISITOR_STATUS_OPTIONS, VISITOR_STATUSES } from "./visitor-status";

interface BoardProps {
  orgSlug: string;
  /** One chapter, or null for every chapter the person follows. */
  chapterId: string | null;
  chapterNames?: ReadonlyMap<string, string>;
  onOpen: (visitor: Visitor) => void;
}

const NOBODY = "Nobody here yet.";

function StatusColumn({ status, ...props }: BoardProps & { status: VisitorStatus }) {
  const headingId = useId();
  const { orgSlug, chapterId } = props;
  const visitors = useVisitors(orgSlug, { status, ...(chapterId ? { chapter: chapterId } : {}) });
  const count = loadedCount(visitors);
  return (
    <Paper component="section" aria-labelledby={headingId} bg="gray.0" radius="md" p="sm">
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {VISITOR_STATUS_LABELS[status]}
        </Title>
        {count !== null && (
          <Badge variant="light" color="gray" radius="sm">
            {count}
          </Badge>
        )}
      </Group>
      <VisitorCards
        visitors={visitors}
        chapterNames={props.chapterNames}
        empty={NOBODY}
        onOpen={props.onOpen}
      />
    </Paper>
  );
}

/** On a phone: one status at a time, as a single list that never scrolls sideways. */
function PhoneList(props: BoardProps) {
  const [status, setStatus] = useState<VisitorStatus>("new");
  const { orgSlug, chapterId } = props;
  const visitors = useVisitors(orgSlug, { status, ...(chapterId ? { chapter: chapterId } : {}) });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Status"
        data={VISITOR_STATUS_OPTIONS}
        value={status}
        onChange={(value) => setStatus(value)}
        orientation="vertical"
        fullWidth
      />
      <VisitorCards
        visitors={visitors}
        chapterNames={props.chapterNames}
        empty={NOBODY}
        onOpen={props.onOpen}
      />
    </Stack>
  );
}

/** The follow-up pipeline: a column per status, a filtered list on a phone. */
export function VisitorBoard(props: BoardProps) {
  const isPhone = useIsPhone();
  if (isPhone) return <PhoneList {...props} />;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
      {VISITOR_STATUSES.map((status) => (
        <StatusColumn key={status} status={status} {...props} />
      ))}
    </SimpleGrid>
  );
}

import { Anchor, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

import type { Visitor } from "../api/get-visitors";

import { formatMomentDay } from "./dates";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {children || "—"}
      </Text>
    </Stack>
  );
}

/** How to reach the visitor, and where they came from. */
export function VisitorContact(props: { visitor: Visitor; chapterName?: string }) {
  const { visitor, chapterName } = props;
  const source =
    visitor.invited_by_name ??
    (visitor.source === "public_link" ? "The chapter's visitor link" : null);
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
      <Item label="Email">
        <Anchor href={`mailto:${visitor.email}`} size="sm">
          {visitor.email}
        </Anchor>
      </Item>
      <Item label="Phone">
        {visitor.phone && (
          <Anchor href={`tel:${visitor.phone.replace(/[^\d+]/g, "")}`} size="sm">
            {visitor.phone}
          </Anchor>
        )}
      </Item>
      <Item label="Business">{visitor.business_name}</Item>
      <Item label="Profession">{visitor.profession}</Item>
      <Item label="Invited by">{source}</Item>
      <Item label="Chapter">{chapterName}</Item>
      <Item label="Registered on">{formatMomentDay(visitor.created_at)}</Item>
    </SimpleGrid>
  );
}

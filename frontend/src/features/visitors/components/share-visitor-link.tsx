import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";

import { paths } from "@/config/paths";
import type { Chapter } from "@/lib/lookups/chapters";

/** The full address of a chapter's visitor link, as guests open it. */
export function visitorLinkUrl(orgSlug: string, token: string): string {
  return `${window.location.origin}${paths.visit(orgSlug, token)}`;
}

interface ShareVisitorLinkProps {
  orgSlug: string;
  /** The chosen chapter; none while the board shows several. */
  chapter: Chapter | undefined;
}

/** The link members send to guests so they register themselves, no account needed. */
export function ShareVisitorLink({ orgSlug, chapter }: ShareVisitorLinkProps) {
  const url = chapter ? visitorLinkUrl(orgSlug, chapter.visitor_token) : null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Share visitor link
        </Title>
        {url && chapter ? (
          <>
            <Text size="sm" c="dimmed">
              Guests pick a meeting of {chapter.name} and register themselves; you see them here.
            </Text>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label="Visitor link"
                value={url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? "light" : "filled"}
                    color={copied ? "teal" : undefined}
                    onClick={copy}
                  >
                    {copied ? "Copied" : "Copy link"}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Choose a chapter to see the link its guests register with.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

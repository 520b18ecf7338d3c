import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";

/** Shown once after two-factor login is turned on, and on request afterwards. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <Stack gap="sm">
      <Title order={3}>Recovery codes</Title>
      <Text size="sm">
        Each code logs you in once if you lose your phone. Keep them somewhere safe, away from
        your phone.
      </Text>
      <Alert variant="light" color="gray" p="md">
        <SimpleGrid
          cols={{ base: 2, xs: 3 }}
          spacing="xs"
          data-testid="recovery-codes"
          ff="monospace"
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
        >
          {codes.map((code) => (
            <Text component="li" key={code} ff="monospace">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Alert>
      <Group>
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="default" size="xs" onClick={copy}>
              {copied ? "Copied" : "Copy codes"}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

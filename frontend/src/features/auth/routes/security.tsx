// Account security. For anyone signed in, often an owner or admin asked to protect the
// organization's data. They came to change their password (20 seconds) or turn on two-factor
// login (about a minute, phone in hand) and keep the recovery codes.
import { Divider, Paper, Stack, Title } from "@mantine/core";

import { PageHeader } from "@/components/ui/page-header";

import { ChangePasswordForm } from "../components/change-password-form";
import { TotpSection } from "../components/totp-section";

export default function SecurityRoute() {
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Security" description="Your password and two-factor authentication." />
      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <Stack gap="md">
          <Title order={2} size="h3">
            Two-factor authentication
          </Title>
          <TotpSection />
        </Stack>
      </Paper>
      <Divider hiddenFrom="sm" />
      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <Stack gap="md">
          <Title order={2} size="h3">
            Password
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Paper>
    </Stack>
  );
}

import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

/** Instead of an organization's pages while it requires two-factor login the person lacks. */
export function MfaRequired({ organizationName }: { organizationName: string }) {
  return (
    <Stack gap="sm" py="xl" align="flex-start">
      <Title order={1}>This organization requires two-factor authentication</Title>
      <Text c="dimmed">
        {organizationName} asks everyone to sign in with an authenticator app as well as their
        password. Set it up for your account to see its pages.
      </Text>
      <Button component={Link} to={paths.account.security}>
        Set up two-factor authentication
      </Button>
    </Stack>
  );
}

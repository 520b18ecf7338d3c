// "Check your inbox", after signing up (or logging in) with an address not yet confirmed. For a
// new user; they came to learn what to do next, in 5 seconds.
import { Anchor, Text } from "@mantine/core";
import { Link, useSearchParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { loginPath } from "@/lib/next";

export default function VerifyEmailNoticeRoute() {
  const [params] = useSearchParams();
  return (
    <CardLayout
      title="Check your inbox"
      footer={
        <Anchor component={Link} to={loginPath(params.get("next"))}>
          Back to log in
        </Anchor>
      }
    >
      <Text>
        We have sent you an email with a link. Open it to confirm your address, then continue
        from there.
      </Text>
      <Text size="sm" c="dimmed">
        Nothing after a few minutes? Look in your spam folder.
      </Text>
    </CardLayout>
  );
}

// The link in the confirmation email. For a new user who just clicked it; they came to confirm
// their address and get into the app, in 5 seconds (one button: a click, not the mere opening
// of the link, confirms, so mail scanners that follow links confirm nothing).
import { Anchor, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { FormAlert } from "@/components/ui/form-alert";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { AllauthError } from "@/lib/allauth/client";
import { errorMessage } from "@/lib/errors";
import { loginPath, takeRememberedNext } from "@/lib/next";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useEmailVerification } from "../api/get-email-verification";
import { useVerifyEmail } from "../api/verify-email";
import { useFinishLogin } from "../components/use-finish-login";

export default function VerifyEmailRoute() {
  const { key = "" } = useParams();
  const info = useEmailVerification(key);
  const verify = useVerifyEmail();
  const finishLogin = useFinishLogin();
  const [verifiedSignedOut, setVerifiedSignedOut] = useState(false);
  const [afterLogin, setAfterLogin] = useState<string | null>(null);

  const once = useSingleFlight();

  const confirm = () =>
    once(async () => {
      try {
        await verify.mutateAsync({ key });
      } catch (error) {
        // 401 here means "confirmed, but this browser is not signed in": the login takes
        // the kept `next` along.
        if (error instanceof AllauthError && error.status === 401) {
          setAfterLogin(takeRememberedNext());
          setVerifiedSignedOut(true);
        }
        return;
      }
      finishLogin();
    });

  const toLogin = (
    <Anchor component={Link} to={afterLogin ? loginPath(afterLogin) : paths.auth.login}>
      Go to log in
    </Anchor>
  );

  if (info.isPending) {
    return (
      <CardLayout title="Confirm your email">
        <PageLoader />
      </CardLayout>
    );
  }
  if (info.isError) {
    const invalid = info.error instanceof AllauthError && info.error.status === 400;
    return (
      <CardLayout title="Confirm your email" footer={toLogin}>
        <FormAlert
          message={
            invalid
              ? "This link is invalid or has expired. Log in to get a new one."
              : errorMessage(info.error)
          }
        />
      </CardLayout>
    );
  }
  if (verifiedSignedOut) {
    return (
      <CardLayout title="Email confirmed" footer={toLogin}>
        <Text>Your email address is confirmed. Log in to continue.</Text>
      </CardLayout>
    );
  }
  return (
    <CardLayout title="Confirm your email">
      <Stack>
        <Text>
          Confirm that <strong>{info.data.email}</strong> is your email address.
        </Text>
        <FormAlert message={verify.isError ? errorMessage(verify.error) : null} />
        <Button onClick={confirm} loading={verify.isPending} fullWidth>
          Confirm email
        </Button>
      </Stack>
    </CardLayout>
  );
}

// Log in. For everyone coming back: a member between meetings on a phone, a leader at a desk.
// They came to get into the app and back to what they were doing, in under 15 seconds
// (two fields, one button; the TOTP step adds one more field when it is on).
import { Anchor } from "@mantine/core";
import { Link, useNavigate, useSearchParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { paths } from "@/config/paths";
import { rememberNext, withNext } from "@/lib/next";

import { LoginForm } from "../components/login-form";
import { useFinishLogin } from "../components/use-finish-login";

export default function LoginRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const finishLogin = useFinishLogin();

  const onPendingFlow = (flow: string) => {
    if (flow === "mfa_authenticate") {
      void navigate(withNext(paths.auth.mfa, params.get("next")));
    } else if (flow === "verify_email") {
      rememberNext(params.get("next"));
      void navigate(withNext(paths.auth.verifyEmailNotice, params.get("next")));
    }
  };

  return (
    <CardLayout
      title="Log in"
      footer={
        <>
          New here?{" "}
          <Anchor component={Link} to={withNext(paths.auth.signup, params.get("next"))}>
            Create an account
          </Anchor>
        </>
      }
    >
      <LoginForm onSuccess={finishLogin} onPendingFlow={onPendingFlow} />
    </CardLayout>
  );
}

// Sign up. For a person whose organization is starting to use the app (usually its owner or
// an administrator). They came to get an account and go on to create their organization,
// in about 30 seconds.
import { Anchor } from "@mantine/core";
import { Link, useNavigate, useSearchParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { paths } from "@/config/paths";
import { loginPath, rememberNext, withNext } from "@/lib/next";

import { SignupForm } from "../components/signup-form";
import { useFinishLogin } from "../components/use-finish-login";

export default function SignupRoute() {
  const navigate = useNavigate();
  const finishLogin = useFinishLogin();
  const [params] = useSearchParams();
  const next = params.get("next");

  const onPendingFlow = (flow: string) => {
    if (flow !== "verify_email") return;
    // The confirmation link may open in another tab: keep where to go after it.
    rememberNext(next);
    void navigate(withNext(paths.auth.verifyEmailNotice, next));
  };

  return (
    <CardLayout
      title="Create your account"
      description="Run your chapters, meetings and referrals in one place."
      footer={
        <>
          Already have an account?{" "}
          <Anchor component={Link} to={loginPath(next)}>
            Log in
          </Anchor>
        </>
      }
    >
      <SignupForm onSuccess={finishLogin} onPendingFlow={onPendingFlow} />
    </CardLayout>
  );
}

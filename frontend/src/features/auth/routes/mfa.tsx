// The second step of logging in, for people who turned on two-factor authentication. They came
// to type the code from their phone (or a recovery code) and get in, in about 10 seconds.
import { Anchor } from "@mantine/core";
import { Link } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { paths } from "@/config/paths";

import { MfaForm } from "../components/mfa-form";
import { useFinishLogin } from "../components/use-finish-login";

export default function MfaRoute() {
  const finishLogin = useFinishLogin();
  return (
    <CardLayout
      title="Two-factor authentication"
      description="Open your authenticator app and enter the code it shows for this account."
      footer={
        <Anchor component={Link} to={paths.auth.login}>
          Back to log in
        </Anchor>
      }
    >
      <MfaForm onSuccess={finishLogin} />
    </CardLayout>
  );
}

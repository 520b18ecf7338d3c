// Create an organization. For the person who just signed up to run their networking
// organization (usually its owner). They came to set it up and get into it, in under a minute:
// a name, a slug filled in from it, a currency and a time zone guessed from the browser.
import { Anchor } from "@mantine/core";
import { Link, useNavigate } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { paths } from "@/config/paths";
import { useMe } from "@/lib/auth/me";

import { OnboardingForm } from "../components/onboarding-form";

export default function OnboardingRoute() {
  const navigate = useNavigate();
  const me = useMe();
  const first = me.data?.organizations[0];

  return (
    <CardLayout
      title="Create your organization"
      description="Your chapters, members and referrals will live in it. You can change all of this later."
      footer={
        first ? (
          <Anchor component={Link} to={paths.organization.dashboard(first.slug)}>
            Back to {first.name}
          </Anchor>
        ) : undefined
      }
    >
      <OnboardingForm
        onCreated={(organization) =>
          void navigate(paths.organization.dashboard(organization.slug))
        }
      />
    </CardLayout>
  );
}

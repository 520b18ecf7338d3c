import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useApproveApplication } from "../api/approve-application";
import { useDeclineApplication } from "../api/decline-application";
import type { Application } from "../api/get-applications";
import { useRecordPayment } from "../api/record-payment";

import { formatDay } from "./dates";
import { type Decision, DecisionModal } from "./decision-modal";

export const WHO_DECIDES =
  "The chapter's membership committee or president approves or declines applications, " +
  "as do the organization's staff. You can read it and follow it here.";

interface ApplicationActionsProps {
  orgSlug: string;
  application: Application;
  /** The viewer holds `applications:decide` in the application's chapter. */
  canDecide: boolean;
  /** The viewer holds `applications:write` in the application's chapter. */
  canRecordPayment: boolean;
}

/** What comes next for an application: the committee's decision, then the payment. */
export function ApplicationActions(props: ApplicationActionsProps) {
  const { orgSlug, application, canDecide, canRecordPayment } = props;
  const approve = useApproveApplication(orgSlug, application.id);
  const decline = useDeclineApplication(orgSlug, application.id);
  const payment = useRecordPayment(orgSlug, application.id);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const once = useSingleFlight();
  const { name } = application;

  const decide = (note: string) =>
    once(async () => {
      setDecisionError(null);
      const mutation = decision === "approve" ? approve : decline;
      let decided: Application;
      try {
        decided = await mutation.mutateAsync(note);
      } catch (error) {
        return setDecisionError(errorMessage(error));
      }
      setDecision(null);
      notifications.show({
        color: "green",
        message:
          decided.status === "approved" && decided.payment_due_on
            ? `${name} was approved; payment is due by ${formatDay(decided.payment_due_on)}.`
            : `${name} was declined.`,
      });
    });

  const recordPayment = () =>
    once(async () => {
      try {
        await payment.mutateAsync();
      } catch {
        return;
      }
      notifications.show({ color: "green", message: `${name} joined the chapter.` });
    });

  const open = (next: Decision) => {
    setDecisionError(null);
    setDecision(next);
  };

  if (application.status === "applied" && canDecide) {
    return (
      <>
        <Group gap="sm">
          <Button onClick={() => open("approve")}>Approve</Button>
          <Button variant="light" color="red" onClick={() => open("decline")}>
            Decline
          </Button>
        </Group>
        <DecisionModal
          decision={decision}
          applicantName={name}
          pending={approve.isPending || decline.isPending}
          error={decisionError}
          onConfirm={decide}
          onClose={() => setDecision(null)}
        />
      </>
    );
  }
  if (application.status === "applied") {
    // Mirrors the API's rule (applications:decide): say who decides rather than show nothing.
    return (
      <Text size="sm" c="dimmed">
        {WHO_DECIDES}
      </Text>
    );
  }
  if (application.status === "approved" && canRecordPayment) {
    return (
      <Stack gap="xs" align="flex-start">
        <Button onClick={recordPayment} loading={payment.isPending}>
          Record payment
        </Button>
        <FormAlert message={payment.isError ? errorMessage(payment.error) : null} />
      </Stack>
    );
  }
  return null;
}

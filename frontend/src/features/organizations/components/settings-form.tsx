import { Button, Divider, Group, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useCallback, useMemo, useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Organization } from "../api/get-organization";
import type { Policy } from "../api/get-policies";
import { useUpdateOrganization } from "../api/update-organization";

import { CurrencySelect } from "./currency-select";
import { type PolicyValue, policyValues, validatePolicy } from "./policies";
import { PolicyFields } from "./policy-fields";

interface SettingsValues {
  name: string;
  currency: string;
  time_zone: string;
  // A number input holds "" while it is being cleared.
  settings: Record<string, PolicyValue | string>;
}

// Made once per list of policies (memoised below), so the form's setters stay stable between
// renders (the selects are memoised).
function validatorFor(policies: Policy[]) {
  return (values: SettingsValues) => {
    const errors: Record<string, string | null> = {
      name: values.name.trim() ? null : "Enter the organization's name.",
      currency: values.currency ? null : "Choose a currency.",
      time_zone: values.time_zone ? null : "Choose a time zone.",
    };
    for (const policy of policies) {
      const value = values.settings[policy.name];
      errors[`settings.${policy.name}`] =
        typeof value === "string" ? "Enter a number." : validatePolicy(policy, value);
    }
    return errors;
  };
}

interface SettingsFormProps {
  organization: Organization;
  /** The policies an organization can set (GET /api/v1/policies). */
  policies: Policy[];
  /** Owners and admins; everyone else sees the values without being able to change them. */
  canEdit: boolean;
}

export function SettingsForm({ organization, policies, canEdit }: SettingsFormProps) {
  const update = useUpdateOrganization(organization.slug);
  const [formError, setFormError] = useState<string | null>(null);
  const validate = useMemo(() => validatorFor(policies), [policies]);
  const form = useForm<SettingsValues>({
    initialValues: {
      name: organization.name,
      currency: organization.currency,
      time_zone: organization.time_zone,
      settings: policyValues(policies, organization.settings),
    },
    validate,
  });
  const { setFieldValue } = form;
  const setCurrency = useCallback(
    (value: string | null) => setFieldValue("currency", value ?? ""),
    [setFieldValue],
  );
  const setTimeZone = useCallback(
    (value: string | null) => setFieldValue("time_zone", value ?? ""),
    [setFieldValue],
  );

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      if (!canEdit) return;
      setFormError(null);
      try {
        await update.mutateAsync({
          name: values.name.trim(),
          currency: values.currency,
          time_zone: values.time_zone,
          settings: values.settings,
        });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      // The page then renders a fresh form from the saved organization.
      notifications.show({ color: "green", message: "Settings saved." });
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <Stack gap="md" maw={420}>
          <TextInput
            label="Organization name"
            required
            disabled={!canEdit}
            {...form.getInputProps("name")}
          />
          <CurrencySelect
            required
            disabled={!canEdit}
            value={form.values.currency}
            error={form.errors.currency}
            onChange={setCurrency}
          />
          <TimeZoneSelect
            required
            disabled={!canEdit}
            value={form.values.time_zone}
            error={form.errors.time_zone}
            onChange={setTimeZone}
          />
        </Stack>
        <Divider />
        <Title order={2} size="h3">
          Policies
        </Title>
        <PolicyFields
          policies={policies}
          values={form.values.settings}
          errors={form.errors}
          disabled={!canEdit}
          onChange={(key, value) => form.setFieldValue(`settings.${key}`, value)}
        />
        <FormAlert message={formError} />
        {canEdit && (
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save settings
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

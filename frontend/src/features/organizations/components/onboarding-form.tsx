import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useCallback, useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { applyServerErrors } from "@/lib/form-errors";
import { browserTimeZone } from "@/lib/time-zones";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useCreateOrganization } from "../api/create-organization";
import { type Organization } from "../api/get-organization";

import { browserCurrency } from "./currencies";
import { CurrencySelect } from "./currency-select";
import { suggestSlug, validateSlug } from "./slug";

// Module-level, so the form's setters stay stable between renders (see the selects below).
const RULES = {
  name: (value: string) => (value.trim() ? null : "Enter your organization's name."),
  slug: validateSlug,
  currency: (value: string) => (value ? null : "Choose a currency."),
  time_zone: (value: string) => (value ? null : "Choose a time zone."),
};

export function OnboardingForm({ onCreated }: { onCreated: (organization: Organization) => void }) {
  const create = useCreateOrganization();
  const [formError, setFormError] = useState<string | null>(null);
  // The slug follows the name until the person types in it (and again once they empty it).
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    initialValues: {
      name: "",
      slug: "",
      currency: browserCurrency(),
      time_zone: browserTimeZone(),
    },
    validate: RULES,
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
      setFormError(null);
      let organization: Organization;
      try {
        organization = await create.mutateAsync({ ...values, name: values.name.trim() });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      onCreated(organization);
    }),
  );

  const slug = form.values.slug;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Organization name"
          placeholder="Northside Business Network"
          autoComplete="organization"
          required
          {...form.getInputProps("name")}
          onChange={(event) => {
            const name = event.currentTarget.value;
            form.setFieldValue("name", name);
            if (!slugEdited) form.setFieldValue("slug", suggestSlug(name));
          }}
        />
        <TextInput
          label="Slug"
          description={`Your address in the app: /app/${slug || "your-organization"}`}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={50}
          required
          {...form.getInputProps("slug")}
          onChange={(event) => {
            const value = event.currentTarget.value.toLowerCase();
            setSlugEdited(value !== "");
            form.setFieldValue("slug", value);
          }}
        />
        <CurrencySelect
          required
          value={form.values.currency}
          error={form.errors.currency}
          onChange={setCurrency}
        />
        <TimeZoneSelect
          required
          value={form.values.time_zone}
          error={form.errors.time_zone}
          onChange={setTimeZone}
        />
        <FormAlert message={formError} />
        <Button type="submit" loading={create.isPending} fullWidth>
          Create organization
        </Button>
      </Stack>
    </form>
  );
}

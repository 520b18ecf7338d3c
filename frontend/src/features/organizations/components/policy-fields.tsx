import { Fieldset, NumberInput, SimpleGrid, Stack, Switch } from "@mantine/core";

import type { Policy } from "../api/get-policies";

import { policyLabel, policySections, type PolicyValue } from "./policies";

interface PolicyFieldsProps {
  /** As GET /api/v1/policies lists them. */
  policies: Policy[];
  /** By policy name; a number input holds "" while it is being cleared. */
  values: Record<string, PolicyValue | string>;
  errors: Record<string, unknown>;
  disabled: boolean;
  onChange: (name: string, value: PolicyValue | string) => void;
}

/** The policies in their sections, each a fieldset named for what a leader decides there. */
export function PolicyFields(props: PolicyFieldsProps) {
  return (
    <Stack gap="lg">
      {policySections(props.policies).map((section) => (
        <Fieldset key={section.section} legend={section.title} radius="md">
          <SectionFields {...props} policies={section.policies} />
        </Fieldset>
      ))}
    </Stack>
  );
}

/** Each policy as a number input (integers, within their bounds) or a switch (booleans). */
function SectionFields({ policies, values, errors, disabled, onChange }: PolicyFieldsProps) {
  const numbers = policies.filter((policy) => policy.type === "integer");
  const switches = policies.filter((policy) => policy.type === "boolean");
  const errorOf = (name: string) => {
    const error = errors[`settings.${name}`];
    return typeof error === "string" ? error : undefined;
  };

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
        {numbers.map((policy) => {
          const value = values[policy.name];
          return (
            <NumberInput
              key={policy.name}
              label={policyLabel(policy)}
              description={policy.description}
              value={typeof value === "boolean" ? "" : (value ?? "")}
              min={policy.minimum ?? undefined}
              max={policy.maximum ?? undefined}
              allowDecimal={false}
              allowNegative={policy.minimum === null || policy.minimum < 0}
              clampBehavior="none"
              disabled={disabled}
              error={errorOf(policy.name)}
              onChange={(next) => onChange(policy.name, next)}
            />
          );
        })}
      </SimpleGrid>
      {switches.map((policy) => (
        <Switch
          key={policy.name}
          label={policyLabel(policy)}
          description={policy.description}
          checked={values[policy.name] === true}
          disabled={disabled}
          error={errorOf(policy.name)}
          onChange={(event) => onChange(policy.name, event.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}

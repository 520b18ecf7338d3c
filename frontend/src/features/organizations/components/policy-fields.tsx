import { NumberInput, SimpleGrid, Switch } from "@mantine/core";

import type { Policy } from "../api/get-policies";

import { policyLabel, type PolicyValue } from "./policies";

interface PolicyFieldsProps {
  /** As GET /api/v1/policies lists them. */
  policies: Policy[];
  /** By policy name; a number input holds "" while it is being cleared. */
  values: Record<string, PolicyValue | string>;
  errors: Record<string, unknown>;
  disabled: boolean;
  onChange: (name: string, value: PolicyValue | string) => void;
}

/** Each policy as a number input (integers, within their bounds) or a switch (booleans). */
export function PolicyFields({ policies, values, errors, disabled, onChange }: PolicyFieldsProps) {
  const numbers = policies.filter((policy) => policy.type === "integer");
  const switches = policies.filter((policy) => policy.type === "boolean");
  const errorOf = (name: string) => {
    const error = errors[`settings.${name}`];
    return typeof error === "string" ? error : undefined;
  };

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
        {numbers.map((policy) => {
          const value = values[policy.name];
          return (
            <NumberInput
              key={policy.name}
              label={policyLabel(policy.name)}
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
          label={policyLabel(policy.name)}
          description={policy.description}
          checked={values[policy.name] === true}
          disabled={disabled}
          error={errorOf(policy.name)}
          onChange={(event) => onChange(policy.name, event.currentTarget.checked)}
        />
      ))}
    </>
  );
}

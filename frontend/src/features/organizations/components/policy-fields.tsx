import { NumberInput, SimpleGrid, Switch } from "@mantine/core";

import { policyDefinition, type Policies, type PolicyValue } from "./policies";

interface PolicyFieldsProps {
  policies: Policies;
  errors: Record<string, unknown>;
  disabled: boolean;
  onChange: (key: string, value: PolicyValue | string) => void;
}

/** Each policy as a switch (yes/no) or a number input, with its description. */
export function PolicyFields({ policies, errors, disabled, onChange }: PolicyFieldsProps) {
  const entries = Object.entries(policies);
  const switches = entries.filter(([, value]) => typeof value === "boolean");
  const numbers = entries.filter(([, value]) => typeof value !== "boolean");
  const errorOf = (key: string) => {
    const error = errors[`settings.${key}`];
    return typeof error === "string" ? error : undefined;
  };

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
        {numbers.map(([key, value]) => {
          const definition = policyDefinition(key);
          return (
            <NumberInput
              key={key}
              label={definition.label}
              description={definition.description}
              value={value as number | string}
              min={definition.min}
              max={definition.max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              disabled={disabled}
              error={errorOf(key)}
              onChange={(next) => onChange(key, next)}
            />
          );
        })}
      </SimpleGrid>
      {switches.map(([key, value]) => {
        const definition = policyDefinition(key);
        return (
          <Switch
            key={key}
            label={definition.label}
            description={definition.description}
            checked={value as boolean}
            disabled={disabled}
            error={errorOf(key)}
            onChange={(event) => onChange(key, event.currentTarget.checked)}
          />
        );
      })}
    </>
  );
}

import { Button, Group, Stack, Switch, Table } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Preference } from "../api/get-preferences";
import { useSetPreferences } from "../api/set-preferences";

import { saveProblem } from "./save-problem";

type Channel = "in_app" | "email";

interface PreferencesFormProps {
  orgSlug: string;
  preferences: Preference[];
}

/** A row per kind of notification, a switch per way of hearing of it; saved all at once. */
export function PreferencesForm({ orgSlug, preferences }: PreferencesFormProps) {
  const [rows, setRows] = useState(preferences);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetPreferences(orgSlug);
  const once = useSingleFlight();

  const toggle = (kind: string, channel: Channel, value: boolean) =>
    setRows((current) =>
      current.map((row) => (row.kind === kind ? { ...row, [channel]: value } : row)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    once(async () => {
      setProblem(null);
      try {
        await save.mutateAsync(rows.map(({ kind, in_app, email }) => ({ kind, in_app, email })));
      } catch (error) {
        return setProblem(saveProblem(error));
      }
      notifications.show({ color: "green", message: "Settings saved" });
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Table aria-label="Notification settings" verticalSpacing="sm" horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Notification</Table.Th>
              <Table.Th ta="center">In the app</Table.Th>
              <Table.Th ta="center">By email</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.kind}>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{row.description}</Table.Td>
                <Table.Td>
                  <Group justify="center">
                    <Switch
                      aria-label={`${row.description}: in the app`}
                      checked={row.in_app}
                      onChange={(event) => toggle(row.kind, "in_app", event.currentTarget.checked)}
                    />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group justify="center">
                    <Switch
                      aria-label={`${row.description}: by email`}
                      checked={row.email}
                      onChange={(event) => toggle(row.kind, "email", event.currentTarget.checked)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormAlert message={problem} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

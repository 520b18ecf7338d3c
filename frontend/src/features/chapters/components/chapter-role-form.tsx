import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { ChapterRoleInput } from "../api/assign-chapter-role";
import type { ChapterRoleKind } from "../api/get-chapter-roles";
import { useMembers } from "../api/get-members";

import { CHAPTER_ROLE_LABELS, CHAPTER_ROLES } from "./chapter-roles";

interface RoleValues {
  member: string | null;
  role: string | null;
  /** "" for the default: today. */
  starts_on: string;
  /** "" for the default: a year's term. */
  ends_on: string;
}

const RULES = {
  member: (value: string | null) => (value ? null : "Choose a member."),
  role: (value: string | null) => (value ? null : "Choose a role."),
};

const ROLE_OPTIONS = CHAPTER_ROLES.map((value) => ({ value, label: CHAPTER_ROLE_LABELS[value] }));

interface ChapterRoleFormProps {
  orgSlug: string;
  chapterId: string;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (body: ChapterRoleInput) => Promise<unknown>;
  onDone: () => void;
}

/** Give one of the chapter's active members a leadership role for a term. */
export function ChapterRoleForm(props: ChapterRoleFormProps) {
  const { orgSlug, chapterId, pending, onSubmit, onDone } = props;
  // Only an active seat can hold a role.
  const members = useMembers(orgSlug, { chapter: chapterId, status: "active" });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RoleValues>({
    initialValues: { member: null, role: null, starts_on: "", ends_on: "" },
    validate: RULES,
  });
  const once = useSingleFlight();

  const memberOptions = (members.data?.pages ?? [])
    .flatMap((page) => page.results)
    .map((member) => ({ value: member.id, label: member.name }));

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit({
          member: values.member ?? "",
          role: values.role as ChapterRoleKind,
          ...(values.starts_on ? { starts_on: values.starts_on } : {}),
          ...(values.ends_on ? { ends_on: values.ends_on } : {}),
        });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      onDone();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label="Member"
          placeholder={members.isPending ? "Loading members…" : "Choose a member"}
          data={memberOptions}
          searchable
          nothingFoundMessage="No active member by that name"
          required
          {...form.getInputProps("member")}
        />
        <Select
          label="Role"
          placeholder="Choose a role"
          data={ROLE_OPTIONS}
          required
          {...form.getInputProps("role")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label="Starts on"
            description="Today when left empty."
            type="date"
            {...form.getInputProps("starts_on")}
          />
          <TextInput
            label="Ends on"
            description="A year's term when left empty."
            type="date"
            {...form.getInputProps("ends_on")}
          />
        </SimpleGrid>
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={pending}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

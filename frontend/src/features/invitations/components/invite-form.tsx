import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS } from "@/lib/authorization";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { InvitableRole, InvitationInput } from "../api/create-invitation";

import { type ChapterOption, NO_CHAPTER } from "./invitation-chapters";

const INVITABLE_ROLES: readonly InvitableRole[] = ["member", "staff", "admin"];
const ROLE_OPTIONS = INVITABLE_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

interface InviteValues {
  email: string;
  name: string;
  chapter: string | null;
  role: InvitableRole;
}

const RULES = {
  email: (value: string) =>
    /^\S+@\S+\.\S+$/.test(value.trim()) ? null : "Enter the person's email address.",
  chapter: (value: string | null) => (value ? null : "Choose where to invite them."),
};

function toInput(values: InviteValues, withRole: boolean): InvitationInput {
  const name = values.name.trim();
  const chapter = values.chapter === NO_CHAPTER ? null : values.chapter;
  return {
    email: values.email.trim(),
    chapter,
    // The name makes a new seat; without a chapter there is none.
    ...(chapter && name ? { name } : {}),
    ...(withRole ? { role: values.role } : {}),
  };
}

interface InviteFormProps {
  /** Where the person may invite: their led chapters, or every chapter and the organization. */
  chapters: ChapterOption[];
  /** The person holds `people:write`: they choose the role too (staff, admin). */
  canChooseRole: boolean;
  pending: boolean;
  /** Resolves when sent; rejects with the server's error. */
  onSubmit: (input: InvitationInput) => Promise<unknown>;
  onDone: () => void;
}

/** Invite someone by email, into a chapter seat or into the organization. */
export function InviteForm(props: InviteFormProps) {
  const { chapters, canChooseRole, pending, onSubmit, onDone } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: {
      email: "",
      name: "",
      chapter: chapters.length === 1 ? (chapters[0]?.value ?? null) : null,
      role: "member",
    },
    validate: RULES,
  });
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit(toInput(values, canChooseRole));
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      onDone();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps("email")}
        />
        <TextInput
          label="Name"
          description="For a new seat; not needed when a seat already waits for this email."
          autoComplete="off"
          maxLength={150}
          {...form.getInputProps("name")}
        />
        <Select
          label="Chapter"
          placeholder="Choose a chapter"
          data={chapters}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage="No such chapter"
          {...form.getInputProps("chapter")}
        />
        {canChooseRole && (
          <Select
            label="Role"
            description="What they may do in the organization."
            data={ROLE_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps("role")}
          />
        )}
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={pending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { validateEmail } from "@/lib/email";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { PublicChapter } from "../api/get-public-chapter";
import {
  type PublicRegistration,
  type PublicVisitorInput,
  useRegisterPublicVisitor,
} from "../api/register-public-visitor";

import { formatDayInWords } from "./dates";
import { registrationError } from "./form-errors";
import { HoneypotField } from "./honeypot-field";

interface PublicVisitorValues {
  name: string;
  email: string;
  phone: string;
  business_name: string;
  profession: string;
  meeting: string | null;
  invited_by: string | null;
  website: string;
}

const RULES = {
  name: (value: string) => (value.trim() ? null : "Enter your name."),
  email: validateEmail,
  meeting: (value: string | null) => (value ? null : "Choose the meeting you will come to."),
};

function toInput(values: PublicVisitorValues): PublicVisitorInput {
  return {
    meeting: values.meeting ?? "",
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    business_name: values.business_name.trim(),
    profession: values.profession.trim(),
    invited_by: values.invited_by,
    website: values.website,
  };
}

interface PublicVisitorFormProps {
  orgSlug: string;
  token: string;
  chapter: PublicChapter;
  onRegistered: (registration: PublicRegistration) => void;
}

/** A guest's registration for one of the chapter's next meetings, without an account. */
export function PublicVisitorForm(props: PublicVisitorFormProps) {
  const { orgSlug, token, chapter, onRegistered } = props;
  const register = useRegisterPublicVisitor(orgSlug, token);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PublicVisitorValues>({
    initialValues: {
      name: "",
      email: "",
      phone: "",
      business_name: "",
      profession: "",
      // The next meeting is the usual choice.
      meeting: chapter.meetings[0]?.id ?? null,
      invited_by: null,
      website: "",
    },
    validate: RULES,
  });
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      let registration: PublicRegistration;
      try {
        registration = await register.mutateAsync(toInput(values));
      } catch (error) {
        return setFormError(registrationError(form, error));
      }
      onRegistered(registration);
    }),
  );

  const meetings = chapter.meetings.map((meeting) => ({
    value: meeting.id,
    label: formatDayInWords(meeting.date),
  }));
  const members = chapter.members.map((member) => ({
    value: member.id,
    label: member.business_name ? `${member.name} — ${member.business_name}` : member.name,
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Your name"
          autoComplete="name"
          maxLength={150}
          required
          {...form.getInputProps("name")}
        />
        <TextInput
          label="Email"
          description="Your confirmation goes here."
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <TextInput
          label="Phone"
          type="tel"
          autoComplete="tel"
          maxLength={40}
          {...form.getInputProps("phone")}
        />
        <TextInput
          label="Business name"
          autoComplete="organization"
          maxLength={200}
          {...form.getInputProps("business_name")}
        />
        <TextInput
          label="Profession"
          placeholder="Accountant, florist, plumber…"
          autoComplete="organization-title"
          maxLength={120}
          {...form.getInputProps("profession")}
        />
        <Select
          label="Meeting"
          data={meetings}
          allowDeselect={false}
          required
          {...form.getInputProps("meeting")}
        />
        <Select
          label="Who invited you?"
          placeholder="Nobody in particular"
          data={members}
          searchable
          clearable
          nothingFoundMessage="No member by that name"
          {...form.getInputProps("invited_by")}
        />
        <HoneypotField
          value={form.values.website}
          onChange={(value) => form.setFieldValue("website", value)}
        />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={register.isPending}>
          Register my visit
        </Button>
      </Stack>
    </form>
  );
}

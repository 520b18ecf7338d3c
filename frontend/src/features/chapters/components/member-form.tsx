import {
  Button,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { TagsInput } from "@/components/ui/tags-input";
import { applyServerErrors } from "@/lib/form-errors";
import { useAllCategories } from "@/lib/lookups/categories";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { MemberCreateInput } from "../api/create-member";
import type { Member } from "../api/get-members";
import { useSponsorChoices } from "../api/get-sponsor-choices";

/** What the form sends: a seat's details, without its chapter. */
export type MemberFields = Omit<MemberCreateInput, "chapter">;

interface MemberValues {
  name: string;
  business_name: string;
  category: string | null;
  phone: string;
  website: string;
  bio: string;
  interests: string[];
  /** "" when unknown, as a date input holds it. */
  joined_on: string;
  term_years: "1" | "2";
  renewal_on: string;
  sponsor: string | null;
  invited_email: string;
}

const RULES = {
  name: (value: string) => (value.trim() ? null : "Enter the member's name."),
  invited_email: (value: string) =>
    !value.trim() || /^\S+@\S+\.\S+$/.test(value.trim()) ? null : "Enter an email address.",
};

function initialValues(member?: Member): MemberValues {
  return {
    name: member?.name ?? "",
    business_name: member?.business_name ?? "",
    category: member?.category ?? null,
    phone: member?.phone ?? "",
    website: member?.website ?? "",
    bio: member?.bio ?? "",
    interests: member?.interests ?? [],
    joined_on: member?.joined_on ?? "",
    term_years: member?.term_years === 2 ? "2" : "1",
    renewal_on: member?.renewal_on ?? "",
    sponsor: member?.sponsor ?? null,
    invited_email: "",
  };
}

function toFields(values: MemberValues): MemberFields {
  const invitedEmail = values.invited_email.trim();
  return {
    name: values.name.trim(),
    business_name: values.business_name.trim(),
    category: values.category,
    phone: values.phone.trim(),
    website: values.website.trim(),
    bio: values.bio.trim(),
    interests: values.interests,
    joined_on: values.joined_on || null,
    term_years: values.term_years === "2" ? 2 : 1,
    renewal_on: values.renewal_on || null,
    sponsor: values.sponsor,
    // The API never shows the address it has, so an empty field leaves it as it is.
    ...(invitedEmail ? { invited_email: invitedEmail } : {}),
  };
}

interface MemberFormProps {
  orgSlug: string;
  chapterId: string;
  /** The seat to edit; a new one without it. */
  member?: Member;
  submitLabel: string;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (fields: MemberFields) => Promise<unknown>;
  onDone?: () => void;
}

/** A seat's details: adding a member to a chapter and editing one. */
export function MemberForm(props: MemberFormProps) {
  const { orgSlug, chapterId, member, submitLabel, pending, onSubmit, onDone } = props;
  const categories = useAllCategories(orgSlug);
  const sponsors = useSponsorChoices(orgSlug, chapterId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<MemberValues>({ initialValues: initialValues(member), validate: RULES });

  // Retired categories are not offered, except the one the seat already has.
  const categoryOptions = (categories.data ?? [])
    .filter((category) => category.is_active || category.id === member?.category)
    .map((category) => ({ value: category.id, label: category.name }));
  const sponsorOptions = (sponsors.data ?? []).filter((option) => option.value !== member?.id);

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit(toFields(values));
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      onDone?.();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label="Name"
            autoComplete="off"
            maxLength={150}
            required
            {...form.getInputProps("name")}
          />
          <TextInput
            label="Business name"
            maxLength={200}
            {...form.getInputProps("business_name")}
          />
          <Select
            label="Category"
            description="Held once the seat is active."
            placeholder="Choose a category"
            data={categoryOptions}
            searchable
            clearable
            nothingFoundMessage="No such category"
            {...form.getInputProps("category")}
          />
          <TextInput
            label="Phone"
            type="tel"
            maxLength={40}
            {...form.getInputProps("phone")}
          />
          <TextInput
            label="Website"
            type="url"
            placeholder="https://"
            {...form.getInputProps("website")}
          />
          <TextInput
            label="Invitation email"
            description={
              member
                ? "To invite them to the app. Leave empty to keep the current one."
                : "To invite them to the app."
            }
            type="email"
            {...form.getInputProps("invited_email")}
          />
          <TextInput label="Joined on" type="date" {...form.getInputProps("joined_on")} />
          <TextInput label="Renewal on" type="date" {...form.getInputProps("renewal_on")} />
          <Radio.Group label="Term" {...form.getInputProps("term_years")}>
            <Group gap="lg" mt={6}>
              <Radio value="1" label="1 year" />
              <Radio value="2" label="2 years" />
            </Group>
          </Radio.Group>
          <Select
            label="Sponsor"
            description="The member who brought them in."
            placeholder="No sponsor"
            data={sponsorOptions}
            searchable
            clearable
            nothingFoundMessage="No such member"
            {...form.getInputProps("sponsor")}
          />
        </SimpleGrid>
        <TagsInput
          label="Interests"
          description="Press Enter after each one. Shared interests start conversations."
          maxTags={30}
          {...form.getInputProps("interests")}
        />
        <Textarea label="Bio" rows={4} maxLength={4000} {...form.getInputProps("bio")} />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

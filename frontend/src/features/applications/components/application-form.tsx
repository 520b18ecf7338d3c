import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { applyServerErrors } from "@/lib/form-errors";
import { useAllCategories } from "@/lib/lookups/categories";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { ApplicationInput } from "../api/submit-application";

import type { ChapterOption } from "./application-chapters";

interface ApplicationValues {
  chapter: string | null;
  name: string;
  email: string;
  phone: string;
  business_name: string;
  category: string | null;
}

const RULES = {
  chapter: (value: string | null) => (value ? null : "Choose the chapter."),
  name: (value: string) => (value.trim() ? null : "Enter the applicant's name."),
  email: (value: string) =>
    /^\S+@\S+\.\S+$/.test(value.trim()) ? null : "Enter the applicant's email address.",
};

function toInput(values: ApplicationValues): ApplicationInput {
  return {
    chapter: values.chapter ?? "",
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    business_name: values.business_name.trim(),
    category: values.category,
  };
}

interface ApplicationFormProps {
  orgSlug: string;
  /** The chapters the person records applications for. */
  chapters: ChapterOption[];
  /** Preselected: the chapter the list shows. */
  chapterId: string | null;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (input: ApplicationInput) => Promise<unknown>;
  onDone: () => void;
}

/** A person asking to join a chapter, as the leaders record it. */
export function ApplicationForm(props: ApplicationFormProps) {
  const { orgSlug, chapters, chapterId, pending, onSubmit, onDone } = props;
  const categories = useAllCategories(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ApplicationValues>({
    initialValues: {
      chapter: chapterId ?? (chapters.length === 1 ? (chapters[0]?.value ?? null) : null),
      name: "",
      email: "",
      phone: "",
      business_name: "",
      category: null,
    },
    validate: RULES,
  });
  // Retired categories are not offered.
  const categoryOptions = (categories.data ?? [])
    .filter((category) => category.is_active)
    .map((category) => ({ value: category.id, label: category.name }));
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit(toInput(values));
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
          label="Chapter"
          placeholder="Choose a chapter"
          data={chapters}
          searchable
          required
          nothingFoundMessage="No such chapter"
          {...form.getInputProps("chapter")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label="Name"
            autoComplete="off"
            maxLength={150}
            required
            {...form.getInputProps("name")}
          />
          <TextInput label="Email" type="email" required {...form.getInputProps("email")} />
          <TextInput label="Phone" type="tel" maxLength={40} {...form.getInputProps("phone")} />
          <TextInput
            label="Business name"
            maxLength={200}
            {...form.getInputProps("business_name")}
          />
        </SimpleGrid>
        <Select
          label="Category"
          description="The profession they would hold in the chapter."
          placeholder="Choose a category"
          data={categoryOptions}
          searchable
          clearable
          nothingFoundMessage="No such category"
          {...form.getInputProps("category")}
        />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={pending}>
            Submit application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

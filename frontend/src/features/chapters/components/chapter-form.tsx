import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useCallback, useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { applyServerErrors } from "@/lib/form-errors";
import { toChoices } from "@/lib/lookups/choices";
import { useAllRegions } from "@/lib/lookups/regions";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { ChapterInput } from "../api/create-chapter";
import type { Chapter } from "../api/get-chapters";

import {
  CHAPTER_STATUS_LABELS,
  CHAPTER_STATUSES,
  FORMAT_LABELS,
  FORMATS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  WEEKDAYS,
} from "./chapter-labels";

interface ChapterValues {
  name: string;
  region: string | null;
  status: Chapter["status"];
  meeting_frequency: Chapter["meeting_frequency"];
  /** The weekday's number as a string, as the select holds it. */
  meeting_weekday: string;
  meeting_start_time: string;
  // A number input holds "" while it is being cleared.
  meeting_duration_minutes: number | string;
  /** "" for the organization's time zone (a new chapter only). */
  time_zone: string;
  meeting_format: Chapter["meeting_format"];
  meeting_place: string;
  meeting_link: string;
  capacity: number | string;
}

const NAME_MAX = 120;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function between(value: number | string, min: number, max: number, unit: string) {
  if (typeof value !== "number" || !Number.isInteger(value)) return "Enter a whole number.";
  return value < min || value > max ? `Use ${min} to ${max} ${unit}.` : null;
}

// Module-level, so the form's setters stay stable between renders (the time zone select is
// memoised).
const RULES = {
  name: (value: string) => {
    if (!value.trim()) return "Enter the chapter's name.";
    return value.trim().length > NAME_MAX ? `Use at most ${NAME_MAX} characters.` : null;
  },
  meeting_start_time: (value: string) => (TIME.test(value) ? null : "Enter a time as HH:MM."),
  meeting_duration_minutes: (value: number | string) => between(value, 15, 480, "minutes"),
  capacity: (value: number | string) => between(value, 1, 500, "seats"),
};

function initialValues(chapter?: Chapter): ChapterValues {
  return {
    name: chapter?.name ?? "",
    region: chapter?.region ?? null,
    status: chapter?.status ?? "forming",
    meeting_frequency: chapter?.meeting_frequency ?? "weekly",
    meeting_weekday: String(chapter?.meeting_weekday ?? 1),
    meeting_start_time: chapter?.meeting_start_time.slice(0, 5) ?? "07:00",
    meeting_duration_minutes: chapter?.meeting_duration_minutes ?? 90,
    time_zone: chapter?.time_zone ?? "",
    meeting_format: chapter?.meeting_format ?? "in_person",
    meeting_place: chapter?.meeting_place ?? "",
    meeting_link: chapter?.meeting_link ?? "",
    capacity: chapter?.capacity ?? 50,
  };
}

function toInput(values: ChapterValues): ChapterInput {
  const { time_zone, ...rest } = values;
  return {
    ...rest,
    name: values.name.trim(),
    meeting_weekday: Number(values.meeting_weekday),
    meeting_duration_minutes: Number(values.meeting_duration_minutes),
    capacity: Number(values.capacity),
    meeting_place: values.meeting_place.trim(),
    meeting_link: values.meeting_link.trim(),
    // Left out, a new chapter meets in the organization's time zone.
    ...(time_zone ? { time_zone } : {}),
  };
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface ChapterFormProps {
  orgSlug: string;
  /** The chapter to edit; a new one without it. */
  chapter?: Chapter;
  submitLabel: string;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (body: ChapterInput) => Promise<unknown>;
  onDone?: () => void;
}

/** A chapter's name, region, status and meeting schedule: creating one and editing one. */
export function ChapterForm(props: ChapterFormProps) {
  const { orgSlug, chapter, submitLabel, pending, onSubmit, onDone } = props;
  const regions = useAllRegions(orgSlug, { select: toChoices });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChapterValues>({ initialValues: initialValues(chapter), validate: RULES });
  const { setFieldValue } = form;
  const setTimeZone = useCallback(
    (value: string | null) => setFieldValue("time_zone", value ?? ""),
    [setFieldValue],
  );

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit(toInput(values));
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.resetDirty();
      onDone?.();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label="Chapter name"
            placeholder="Downtown Breakfast"
            maxLength={NAME_MAX}
            required
            {...form.getInputProps("name")}
          />
          <Select
            label="Region"
            placeholder={regions.data?.length === 0 ? "No regions yet" : "No region"}
            data={regions.data ?? []}
            clearable
            {...form.getInputProps("region")}
          />
          <Select
            label="Status"
            data={options(CHAPTER_STATUSES, CHAPTER_STATUS_LABELS)}
            allowDeselect={false}
            required
            {...form.getInputProps("status")}
          />
          <Select
            label="Meets"
            data={options(FREQUENCIES, FREQUENCY_LABELS)}
            allowDeselect={false}
            required
            {...form.getInputProps("meeting_frequency")}
          />
          <Select
            label="Weekday"
            data={WEEKDAYS.map((day, index) => ({ value: String(index), label: day }))}
            allowDeselect={false}
            required
            {...form.getInputProps("meeting_weekday")}
          />
          <TextInput
            label="Start time"
            description="HH:MM, in the chapter's time zone."
            type="time"
            required
            {...form.getInputProps("meeting_start_time")}
          />
          <NumberInput
            label="Duration (minutes)"
            min={15}
            max={480}
            step={15}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            required
            {...form.getInputProps("meeting_duration_minutes")}
          />
          <TimeZoneSelect
            description={
              chapter ? "Meetings follow it." : "Leave empty for the organization's time zone."
            }
            placeholder="The organization's time zone"
            value={form.values.time_zone || null}
            error={form.errors.time_zone}
            onChange={setTimeZone}
          />
          <Select
            label="Format"
            data={options(FORMATS, FORMAT_LABELS)}
            allowDeselect={false}
            required
            {...form.getInputProps("meeting_format")}
          />
          <NumberInput
            label="Capacity (seats)"
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            required
            {...form.getInputProps("capacity")}
          />
          <TextInput
            label="Place"
            description="Where the chapter meets in person."
            placeholder="Grand Hotel, 1 Main Street"
            maxLength={300}
            {...form.getInputProps("meeting_place")}
          />
          <TextInput
            label="Meeting link"
            description="For online and hybrid meetings."
            placeholder="https://meet.example.com/downtown"
            type="url"
            {...form.getInputProps("meeting_link")}
          />
        </SimpleGrid>
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

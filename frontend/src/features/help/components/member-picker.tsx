import type { OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState, type ReactNode } from "react";

import { Select } from "@/components/ui/select";
import { type Chapter, useAllChapters } from "@/lib/lookups/chapters";
import type { Choice } from "@/lib/lookups/choices";

import { MIN_SEARCH, useMemberSearch } from "../api/search-members";

import { memberLabel } from "./member-label";

// The server has matched name, business and category already: show what it found.
const AS_FOUND: OptionsFilter = ({ options }) => options;
// Long enough to skip the letters typed in a burst, short enough to feel instant.
const DEBOUNCE_MS = 200;
// The value of the one option shown while nothing matches; it cannot be chosen.
const HINT = "";

const chapterNames = (chapters: Chapter[]) =>
  new Map(chapters.map((chapter) => [chapter.id, chapter.name]));

interface MemberPickerProps {
  orgSlug: string;
  label: string;
  /** The member chosen: their id and how they are shown. */
  value: Choice | null;
  onChange: (member: Choice | null) => void;
  /** The person's own seats: nobody gives help to themself. */
  exclude: readonly string[];
  error?: ReactNode;
  /** Focused when the form opens: the first thing to type. */
  autoFocus?: boolean;
  /** False for a second, optional person (a third at a 1-2-1). */
  required?: boolean;
}

/**
 * Find an active member by a few letters of their name, business or category, in any chapter.
 * The API is asked from 2 letters on, once typing pauses.
 */
export function MemberPicker(props: MemberPickerProps) {
  const { orgSlug, label, value, onChange, exclude, error, autoFocus, required = true } = props;
  const [search, setSearch] = useState("");
  const [typed] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  // Once a member is picked the field shows their label: nothing new to look for.
  const query = typed === value?.label ? "" : typed;
  const matches = useMemberSearch(orgSlug, query);
  const chapters = useAllChapters(orgSlug, { select: chapterNames });

  const options: Choice[] = (matches.data ?? [])
    .filter((member) => !exclude.includes(member.id))
    .map((member) => ({
      value: member.id,
      label: memberLabel(member, chapters.data?.get(member.chapter)),
    }));
  // The choice stays an option, also when it was made elsewhere (a referral's giver).
  if (value && !options.some((option) => option.value === value.value)) options.push(value);

  // Never an empty list: until there are matches, one option that cannot be chosen says why.
  let nothingFound = "No active member found";
  if (query.length < MIN_SEARCH) nothingFound = "Type 2 letters of a name, business or category";
  else if (matches.isFetching) nothingFound = "Searching…";
  const data = options.length ? options : [{ value: HINT, label: nothingFound, disabled: true }];

  return (
    <Select
      label={label}
      placeholder="Name, business or category"
      data={data}
      value={value?.value ?? null}
      onChange={(id) => onChange(options.find((option) => option.value === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={AS_FOUND}
      clearable
      required={required}
      error={error}
      autoComplete="off"
      data-autofocus={autoFocus || undefined}
    />
  );
}

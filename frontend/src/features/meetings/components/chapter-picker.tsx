import { Select } from "@/components/ui/select";
import type { Choice } from "@/lib/lookups/choices";

interface ChapterPickerProps {
  choices: Choice[];
  value: string | null;
  onChange: (chapterId: string) => void;
}

/** The chapter whose meetings to show, among those the person runs. */
export function ChapterPicker({ choices, value, onChange }: ChapterPickerProps) {
  return (
    <Select
      label="Chapter"
      data={choices}
      value={value}
      onChange={(chapterId) => chapterId && onChange(chapterId)}
      allowDeselect={false}
      searchable={choices.length > 8}
      nothingFoundMessage="No such chapter"
      maw={360}
    />
  );
}

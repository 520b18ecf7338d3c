import { Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";

import { useIsPhone } from "@/lib/use-is-phone";

import { useGiveOtherHelp } from "../api/give-other-help";

import { GiveForm } from "./give-form";
import {
  blankOtherHelp,
  OTHER_HELP_KIND_OPTIONS,
  OTHER_HELP_RULES,
  toOtherHelpInput,
  type OtherHelpValues,
} from "./other-help-values";
import { ReceiverPicker } from "./receiver-picker";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";
import { useGiveForm } from "./use-give-form";

interface OtherHelpFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  ownMembers: readonly string[];
  onDone: () => void;
}

/** Help that is not business yet: an introduction, a lead passed on, useful information. */
export function OtherHelpForm({ orgSlug, seats, ownMembers, onDone }: OtherHelpFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "giver",
    blank: blankOtherHelp,
    validate: OTHER_HELP_RULES,
    mutation: useGiveOtherHelp(orgSlug),
    toInput: toOtherHelpInput,
    notice: (given) => `Help given to ${given.receiver_name}`,
    onDone,
  });

  return (
    <GiveForm {...shell} submitLabel="Give help">
      <ReceiverPicker orgSlug={orgSlug} form={form} ownMembers={ownMembers} />
      <OtherHelpFields form={form} />
    </GiveForm>
  );
}

type OtherHelpFieldValues = Pick<OtherHelpValues, "kind" | "note">;

/** What kind of help it was, and a note: the same when given and when fixed. */
export function OtherHelpFields({ form }: { form: UseFormReturnType<OtherHelpFieldValues> }) {
  const isPhone = useIsPhone();
  return (
    <>
      {/* The three labels do not fit side by side on a phone: stacked there. */}
      <SegmentedField
        label="Kind"
        data={OTHER_HELP_KIND_OPTIONS}
        value={form.values.kind}
        onChange={(kind) => form.setFieldValue("kind", kind)}
        error={form.errors.kind}
        orientation={isPhone ? "vertical" : "horizontal"}
      />
      <Textarea label="Note" rows={2} maxLength={2000} {...form.getInputProps("note")} />
    </>
  );
}

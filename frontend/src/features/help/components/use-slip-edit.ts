import { type FormValidateInput, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { SlipEditFormProps } from "./slip-edit-form";
import { useCorrectionReason } from "./use-correction-reason";

/** A change of the help API: its success refreshes the help shown. */
interface EditMutation<Input> {
  mutateAsync: (input: Input) => Promise<unknown>;
  isPending: boolean;
}

interface SlipEditOptions<Values, Change extends object, Input> {
  /** The form as the slip stands. */
  initialValues: Values;
  validate: NoInfer<FormValidateInput<Values>>;
  /** Only what was changed, as the API writes it. */
  changes: (before: Values, after: Values) => Change;
  mutation: EditMutation<Input>;
  /** The request for this slip, the leader's reason included. */
  toInput: (changes: Change) => Input;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  /** The notification once the API took it. */
  notice: string;
  /** Closes the dialog. */
  onDone: () => void;
}

/**
 * Fix a slip: only the fields changed are sent, and an untouched form just closes. The API's
 * field errors go on their fields, the rest above the button; a notification when it is done.
 * `shell` is what `SlipEditForm` needs besides its fields.
 */
export function useSlipEdit<Values extends object, Change extends object, Input>(
  options: SlipEditOptions<Values, Change, Input>,
) {
  const { initialValues, validate, changes, mutation, toInput, leader, notice, onDone } = options;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues, validate });
  const once = useSingleFlight();
  const correction = useCorrectionReason(leader);

  const onSubmit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      const changed = changes(form.getInitialValues(), values);
      if (Object.keys(changed).length === 0) return onDone();
      try {
        await mutation.mutateAsync(toInput({ ...changed, ...correction.sent }));
      } catch (error) {
        // A locked week (409) has no field: its detail is read above the button, and a
        // leader who gave no reason is taken to the reason.
        setFormError(applyServerErrors(form, error));
        return correction.refused(error);
      }
      notifications.show({ color: "green", message: notice });
      onDone();
    }),
  );

  const shell: Omit<SlipEditFormProps, "children"> = {
    onSubmit,
    correction,
    formError,
    pending: mutation.isPending,
  };
  return { form, shell };
}

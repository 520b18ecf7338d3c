import { type FormValidateInput, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { GiveFormProps } from "./give-form";
import type { Seat } from "./seats";

/** A mutation of the help API: its success refreshes the help shown. */
interface GiveMutation<Input, Result> {
  mutateAsync: (input: Input) => Promise<Result>;
  isPending: boolean;
}

interface GiveFormOptions<Values, SeatField, Input, Result> {
  /** The seats the person gives from, the first the default. */
  seats: readonly Seat[];
  /** The field of the seat it comes from, named as the API names it. */
  seatField: SeatField;
  blank: (seat: string) => Values;
  validate: NoInfer<FormValidateInput<Values>>;
  mutation: GiveMutation<Input, Result>;
  toInput: (values: Values) => Input;
  /** The notification once the API took it. */
  notice: (result: Result) => string;
  /** The API's field names that differ from the form's, for its field errors. */
  aliases?: (values: Values) => Record<string, string>;
  /** Closes the sheet. */
  onDone: () => void;
}

/**
 * Give help from the sheet: the form and its checks, then the API, a notification and a blank
 * form when it is done; the API's field errors on their fields, the rest above the button.
 * `shell` is what `GiveForm` needs besides its fields and button label.
 */
export function useGiveForm<
  Values extends Record<SeatField, string>,
  SeatField extends string,
  Input,
  Result,
>(options: GiveFormOptions<Values, SeatField, Input, Result>) {
  const { seats, seatField, blank, validate, mutation, toInput, notice, aliases, onDone } = options;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues: blank(seats[0]?.member ?? ""), validate });
  const once = useSingleFlight();

  const onSubmit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      let message: string;
      try {
        message = notice(await mutation.mutateAsync(toInput(values)));
      } catch (error) {
        // With one seat it is not asked: a complaint about it is read above the button.
        const seatAlias = seats.length > 1 ? {} : { [seatField]: "" };
        return setFormError(applyServerErrors(form, error, { ...aliases?.(values), ...seatAlias }));
      }
      notifications.show({ color: "green", message });
      form.reset();
      onDone();
    }),
  );

  const shell: Omit<GiveFormProps, "submitLabel" | "children"> = {
    onSubmit,
    seats,
    seat: form.values[seatField],
    // A string by the constraint on Values, which Mantine's path types cannot see through.
    onSeatChange: (member) => form.setFieldValue(seatField, member as never),
    seatError: form.errors[seatField],
    formError,
    pending: mutation.isPending,
  };
  return { form, shell };
}

import { TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { renderWithProviders } from "@/testing/render";

import { GiveForm } from "./give-form";
import type { Seat } from "./seats";
import { aSeat, problem } from "./test-data";
import { useGiveForm } from "./use-give-form";

interface Note {
  giver: string;
  note: string;
}

const downtown = aSeat() as Seat;
const uptown = aSeat({ member: "m8", chapter: "c2", chapter_name: "Uptown" }) as Seat;

/** A mutation that answers as told, what it was given kept to inspect. */
function aMutation(answer: () => Promise<{ to: string }>) {
  return { mutateAsync: vi.fn<(input: Note) => Promise<{ to: string }>>(answer), isPending: false };
}

function refusal(errors: Record<string, string[]>) {
  return () => Promise.reject(new ApiError(400, problem(400, "Invalid input.", errors).body));
}

interface NoteFormProps {
  seats: Seat[];
  mutation: ReturnType<typeof aMutation>;
  onDone: () => void;
}

/** The smallest help to give: a note, the API calling its text `text`. */
function NoteForm({ seats, mutation, onDone }: NoteFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "giver",
    blank: (giver: string): Note => ({ giver, note: "" }),
    validate: { note: (value: string) => (value.trim() ? null : "Write the note.") },
    mutation,
    toInput: (values) => values,
    notice: (given) => `Note given to ${given.to}`,
    aliases: () => ({ text: "note" }),
    onDone,
  });
  return (
    <GiveForm {...shell} submitLabel="Give note">
      <TextInput label="Note" {...form.getInputProps("note")} />
    </GiveForm>
  );
}

function render(seats: Seat[], mutation: ReturnType<typeof aMutation>) {
  const onDone = vi.fn();
  const view = renderWithProviders(<NoteForm seats={seats} mutation={mutation} onDone={onDone} />);
  return { ...view, onDone };
}

// Toasts outlive a test: start each with none.
afterEach(() => notifications.clean());

describe("A form of the Give sheet", () => {
  it("gives from the only seat without asking, notifies, blanks the form and closes", async () => {
    const mutation = aMutation(() => Promise.resolve({ to: "Bob Builder" }));
    const { user, onDone } = render([downtown], mutation);

    expect(screen.queryByRole("combobox", { name: "Your chapter" })).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Thanks");
    await user.click(screen.getByRole("button", { name: "Give note" }));

    expect(await screen.findByText("Note given to Bob Builder")).toBeInTheDocument();
    expect(mutation.mutateAsync).toHaveBeenCalledWith({ giver: "m9", note: "Thanks" });
    expect(onDone).toHaveBeenCalledOnce();
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveValue("");
  });

  it("checks the fields before asking the API", async () => {
    const mutation = aMutation(() => Promise.resolve({ to: "Bob Builder" }));
    const { user, onDone } = render([downtown], mutation);

    await user.click(screen.getByRole("button", { name: "Give note" }));

    expect(screen.getByRole("textbox", { name: "Note" })).toHaveAccessibleDescription(
      "Write the note.",
    );
    expect(mutation.mutateAsync).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("asks a member of several chapters which seat, and shows the API's refusal of it there", async () => {
    const notYours = "Not one of your seats.";
    const mutation = aMutation(refusal({ giver: [notYours] }));
    const { user, onDone } = render([downtown, uptown], mutation);

    const seat = screen.getByRole("combobox", { name: "Your chapter" });
    expect(seat).toHaveValue("Downtown");
    await user.click(seat);
    await user.click(await screen.findByRole("option", { name: "Uptown" }));
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Thanks");
    await user.click(screen.getByRole("button", { name: "Give note" }));

    await vi.waitFor(() => expect(seat).toHaveAccessibleDescription(notYours));
    expect(mutation.mutateAsync).toHaveBeenCalledWith({ giver: "m8", note: "Thanks" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("reads a refusal of the seat not asked above the button, and the API's names on fields", async () => {
    const notYours = "Not one of your seats.";
    const tooLong = "Ensure this field has no more than 2000 characters.";
    const mutation = aMutation(refusal({ giver: [notYours], text: [tooLong] }));
    const { user, onDone } = render([downtown], mutation);

    await user.type(screen.getByRole("textbox", { name: "Note" }), "Thanks");
    await user.click(screen.getByRole("button", { name: "Give note" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(notYours);
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveAccessibleDescription(tooLong);
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveValue("Thanks");
    expect(onDone).not.toHaveBeenCalled();
  });
});

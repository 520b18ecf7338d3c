import { TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { renderWithProviders } from "@/testing/render";

import { SlipEditForm } from "./slip-edit-form";
import { problem } from "./test-data";
import { REASON_NEEDED } from "./use-correction-reason";
import { useSlipEdit } from "./use-slip-edit";

interface Note {
  title: string;
  note: string;
}

interface NoteChange {
  title?: string;
  note?: string;
  correction_reason?: string;
}

interface NoteInput {
  noteId: string;
  changes: NoteChange;
}

const LOCKED = "The weekly report is completed: this slip is locked.";

/** A mutation that answers as told, what it was given kept to inspect. */
function aMutation(answer: () => Promise<unknown>) {
  return { mutateAsync: vi.fn<(input: NoteInput) => Promise<unknown>>(answer), isPending: false };
}

function refusal(status: number, detail: string, errors?: Record<string, string[]>) {
  return () => Promise.reject(new ApiError(status, problem(status, detail, errors).body));
}

function noteChanges(before: Note, after: Note): NoteChange {
  const changes: NoteChange = {};
  if (after.title !== before.title) changes.title = after.title;
  if (after.note.trim() !== before.note.trim()) changes.note = after.note.trim();
  return changes;
}

interface NoteEditFormProps {
  mutation: ReturnType<typeof aMutation>;
  leader: boolean;
  onDone: () => void;
}

/** The smallest slip to fix: a note with a title. */
function NoteEditForm({ mutation, leader, onDone }: NoteEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: { title: "Lunch", note: "" },
    validate: { title: (value: string) => (value.trim() ? null : "Give it a title.") },
    changes: noteChanges,
    mutation,
    toInput: (changes) => ({ noteId: "n1", changes }),
    leader,
    notice: "Note updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <TextInput label="Title" {...form.getInputProps("title")} />
      <TextInput label="Note" {...form.getInputProps("note")} />
    </SlipEditForm>
  );
}

function render(mutation: ReturnType<typeof aMutation>, leader = false) {
  const onDone = vi.fn();
  const view = renderWithProviders(
    <NoteEditForm mutation={mutation} leader={leader} onDone={onDone} />,
  );
  return { ...view, onDone };
}

afterEach(() => notifications.clean());

describe("A slip's edit form", () => {
  it("closes without asking the API when nothing was changed", async () => {
    const mutation = aMutation(() => Promise.resolve({}));
    const { user, onDone } = render(mutation);

    await user.click(screen.getByRole("button", { name: "Save changes" }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(mutation.mutateAsync).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox", { name: "Reason for the correction" })).toBeNull();
  });

  it("sends only what was changed, notifies and closes", async () => {
    const mutation = aMutation(() => Promise.resolve({}));
    const { user, onDone } = render(mutation);

    await user.type(screen.getByRole("textbox", { name: "Note" }), " Call back ");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Note updated")).toBeInTheDocument();
    expect(mutation.mutateAsync).toHaveBeenCalledWith({
      noteId: "n1",
      changes: { note: "Call back" },
    });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it("puts the API's complaint on its field", async () => {
    const tooLong = "Ensure this field has no more than 200 characters.";
    const mutation = aMutation(refusal(400, "Invalid input.", { title: [tooLong] }));
    const { user, onDone } = render(mutation);

    await user.type(screen.getByRole("textbox", { name: "Title" }), " at noon");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    await vi.waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Title" })).toHaveAccessibleDescription(tooLong),
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("reads a locked week above the button, and takes a leader to the reason", async () => {
    const mutation = aMutation(refusal(409, LOCKED));
    const { user, onDone } = render(mutation, true);

    await user.type(screen.getByRole("textbox", { name: "Note" }), "Call back");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(LOCKED);
    const reason = screen.getByRole("textbox", { name: "Reason for the correction" });
    expect(reason).toHaveFocus();
    expect(screen.getByText(REASON_NEEDED)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("sends a leader's reason with the changes", async () => {
    const mutation = aMutation(() => Promise.resolve({}));
    const { user } = render(mutation, true);

    await user.type(screen.getByRole("textbox", { name: "Note" }), "Call back");
    await user.type(
      screen.getByRole("textbox", { name: "Reason for the correction" }),
      " Wrong week ",
    );
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Note updated")).toBeInTheDocument();
    expect(mutation.mutateAsync).toHaveBeenCalledWith({
      noteId: "n1",
      changes: { note: "Call back", correction_reason: "Wrong week" },
    });
  });
});

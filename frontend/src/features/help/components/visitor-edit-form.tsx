import { TextInput } from "@mantine/core";

import {
  type InvitedVisitorChange,
  useChangeInvitedVisitor,
  type Visitor,
} from "../api/invited-visitors";

import { SlipEditForm } from "./slip-edit-form";
import { useSlipEdit } from "./use-slip-edit";

const FIELDS = ["name", "phone", "business_name", "profession"] as const;
type VisitorEditValues = Record<(typeof FIELDS)[number], string>;

/** Only what was changed: an untouched form sends nothing. */
function visitorChanges(before: VisitorEditValues, after: VisitorEditValues): InvitedVisitorChange {
  const changes: InvitedVisitorChange = {};
  for (const field of FIELDS) {
    if (after[field].trim() !== before[field].trim()) changes[field] = after[field].trim();
  }
  return changes;
}

interface VisitorEditFormProps {
  orgSlug: string;
  visitor: Visitor;
  onDone: () => void;
}

/** The details typed when the guest was registered, to fix (the email is who they are). */
export function VisitorEditForm({ orgSlug, visitor, onDone }: VisitorEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: {
      name: visitor.name,
      phone: visitor.phone,
      business_name: visitor.business_name,
      profession: visitor.profession,
    },
    validate: { name: (value: string) => (value.trim() ? null : "Enter the visitor's name.") },
    changes: visitorChanges,
    mutation: useChangeInvitedVisitor(orgSlug),
    toInput: (changes) => ({ visitorId: visitor.id, changes }),
    // The chapter's leaders follow guests up in the visitors' pipeline, not here.
    leader: false,
    notice: "Visitor updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <TextInput
        label="Name"
        maxLength={150}
        required
        data-autofocus
        {...form.getInputProps("name")}
      />
      <TextInput label="Phone" type="tel" maxLength={40} {...form.getInputProps("phone")} />
      <TextInput label="Business name" maxLength={200} {...form.getInputProps("business_name")} />
      <TextInput label="Profession" maxLength={120} {...form.getInputProps("profession")} />
    </SlipEditForm>
  );
}

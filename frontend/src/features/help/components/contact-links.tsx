import { Anchor, Group } from "@mantine/core";

interface ContactLinksProps {
  phone: string;
  email: string;
}

/** Call or write to the contact with one tap. */
export function ContactLinks({ phone, email }: ContactLinksProps) {
  if (!phone && !email) return null;
  return (
    <Group gap="md" style={{ rowGap: 4 }}>
      {phone && (
        <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`} size="sm">
          {phone}
        </Anchor>
      )}
      {email && (
        <Anchor href={`mailto:${email}`} size="sm" style={{ overflowWrap: "anywhere" }}>
          {email}
        </Anchor>
      )}
    </Group>
  );
}

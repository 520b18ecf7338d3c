// "My profile": the person's one name (the account menu and every seat show it) and what their
// seats tell others, each field saying who may see it under the organization's policies.
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { TagsInput } from "@/components/ui/tags-input";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { type Profile, useProfile } from "../api/get-profile";
import { useUpdateProfile } from "../api/update-profile";

const AUDIENCE: Record<Profile["visible_to"][string], string> = {
  organization: "Everyone in the organization sees this.",
  chapter: "Your chapter, its leaders and the organization's staff see this.",
  leaders: "Only chapter leaders and the organization's staff see this.",
};

type ProfileValues = Pick<
  Profile,
  "name" | "business_name" | "phone" | "website" | "bio" | "interests"
>;

function seen(profile: Profile, field: string): string | undefined {
  const audience = profile.visible_to[field];
  return audience ? AUDIENCE[audience] : undefined;
}

function ProfileForm({ orgSlug, profile }: { orgSlug: string; profile: Profile }) {
  const update = useUpdateProfile(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const hasSeat = profile.seats.length > 0;
  const form = useForm<ProfileValues>({
    initialValues: {
      name: profile.name,
      business_name: profile.business_name,
      phone: profile.phone,
      website: profile.website,
      bio: profile.bio,
      interests: profile.interests,
    },
    validate: { name: (value) => (value.trim() ? null : "Enter your name.") },
  });
  const once = useSingleFlight();
  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      const body = hasSeat
        ? {
            name: values.name.trim(),
            business_name: values.business_name.trim(),
            phone: values.phone.trim(),
            website: values.website.trim(),
            bio: values.bio.trim(),
            interests: values.interests,
          }
        : { name: values.name.trim() };
      try {
        const saved = await update.mutateAsync(body);
        form.resetDirty({ ...values, ...saved });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      notifications.show({ color: "green", message: "Profile saved." });
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Name"
            description={`Shown on your seats and in the account menu. ${seen(profile, "name") ?? ""}`}
            required
            maxLength={150}
            autoComplete="name"
            {...form.getInputProps("name")}
          />
          <TextInput label="Email" value={profile.email} readOnly description={seen(profile, "email")} />
        </SimpleGrid>
        {hasSeat ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Business"
                description={seen(profile, "business_name")}
                maxLength={200}
                autoComplete="organization"
                {...form.getInputProps("business_name")}
              />
              <TextInput
                label="Phone"
                description={seen(profile, "phone")}
                maxLength={40}
                autoComplete="tel"
                {...form.getInputProps("phone")}
              />
              <TextInput
                label="Website"
                description={seen(profile, "website")}
                placeholder="https://"
                autoComplete="url"
                {...form.getInputProps("website")}
              />
            </SimpleGrid>
            <TagsInput
              label="Interests"
              description={`Press Enter after each one. ${seen(profile, "interests") ?? ""}`}
              maxTags={30}
              {...form.getInputProps("interests")}
            />
            <Textarea
              label="Bio"
              description={seen(profile, "bio")}
              rows={4}
              maxLength={4000}
              {...form.getInputProps("bio")}
            />
          </>
        ) : (
          <Text c="dimmed">
            You hold no seat in a chapter here, so only your name is part of your profile.
          </Text>
        )}
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function ProfileRoute() {
  const { orgSlug = "" } = useParams();
  const profile = useProfile(orgSlug);
  if (profile.isPending) return <PageLoader />;
  if (profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const chapters = profile.data.seats.map((seat) => seat.chapter_name).join(", ");
  return (
    <>
      <PageHeader
        title="My profile"
        description={chapters ? `Your seat in ${chapters}.` : "Your name in this organization."}
      />
      <ProfileForm orgSlug={orgSlug} profile={profile.data} />
    </>
  );
}

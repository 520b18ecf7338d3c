import { Stack, Text } from "@mantine/core";

import type { QuietMember } from "../api/get-chapter-dashboard";

import { DashboardSection } from "./dashboard-section";

/** The members who gave no help yet this month: the ones to nudge before the meeting. */
export function QuietMembers({ members }: { members: readonly QuietMember[] }) {
  return (
    <DashboardSection title="Members who gave nothing yet this month">
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          Everyone has given help this month.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {members.map((member) => (
            <Stack key={member.id} component="li" gap={0}>
              <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                {member.name}
              </Text>
              {member.business_name && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {member.business_name}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </DashboardSection>
  );
}

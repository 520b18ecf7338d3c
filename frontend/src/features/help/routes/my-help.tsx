// My help. For any member who logged help by mistake (a wrong amount, the wrong course, a
// testimonial to reword, a guest's misspelt name): see what they logged, kind by kind, fix one,
// or take it back.
import { Stack, Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { useParams, useSearchParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope, type Scope } from "@/lib/authorization";

import { EducationList } from "../components/education-list";
import { OtherHelpList } from "../components/other-help-list";
import { ownMemberIds } from "../components/seats";
import { TestimonialList } from "../components/testimonial-list";
import { type MyHelpListProps, ThankYouList } from "../components/thank-you-list";
import { VisitorList } from "../components/visitor-list";

/** One tab per kind of help logged, in the order of the Give sheet. */
const KINDS = [
  { value: "thank-yous", label: "Thank-yous", List: ThankYouList },
  { value: "education", label: "Education", List: EducationList },
  { value: "testimonials", label: "Testimonials", List: TestimonialList },
  { value: "other-help", label: "Other help", List: OtherHelpList },
  { value: "visitors", label: "Visitors", List: VisitorList, scope: "visitors:invite" },
] as const satisfies readonly {
  value: string;
  label: string;
  List: (props: MyHelpListProps) => ReactNode;
  /** What the person must hold to see the tab, beyond reading help. */
  scope?: Scope;
}[];

type Kind = (typeof KINDS)[number]["value"];
const FIRST: Kind = "thank-yous";


export default function MyHelpRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  // The tab is in the address, so a link can open one kind.
  const [params, setParams] = useSearchParams();
  const asked = params.get("kind");

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "help:read")) return <Forbidden />;

  const kinds = KINDS.filter((kind) => !("scope" in kind) || hasScope(membership, kind.scope));
  const tab: Kind = kinds.find((kind) => kind.value === asked)?.value ?? FIRST;
  const listProps: MyHelpListProps = {
    orgSlug,
    ownMembers: ownMemberIds(membership),
    leads: membership.leads.map((lead) => lead.chapter),
  };
  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="My help"
        description="The help you logged: fix one, or withdraw one logged by mistake."
      />
      {membership.seats.length === 0 ? (
        <EmptyState
          title="No seat in a chapter"
          description="Help is logged by members of a chapter."
        />
      ) : (
        <Tabs
          value={tab}
          onChange={(value) =>
            setParams(value && value !== FIRST ? { kind: value } : {}, { replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List>
            {kinds.map((kind) => (
              <Tabs.Tab key={kind.value} value={kind.value}>
                {kind.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {kinds.map(({ value, List }) => (
            <Tabs.Panel key={value} value={value} pt="md">
              <List {...listProps} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

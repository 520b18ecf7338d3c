import { VISITOR_STATUS_LABELS } from "@/lib/visitor-status";

import {
  useInvitedVisitors,
  useWithdrawInvitedVisitor,
  type Visitor,
} from "../api/invited-visitors";

import { formatDay } from "./dates";
import { MySlipList, SlipCard } from "./my-slip-list";
import { SlipActions } from "./slip-actions";
import type { MyHelpListProps } from "./thank-you-list";
import { VisitorEditForm } from "./visitor-edit-form";

/** The guests the person brought, with where the chapter's follow-up stands. */
export function VisitorList({ orgSlug }: MyHelpListProps) {
  return (
    <MySlipList
      query={useInvitedVisitors(orgSlug)}
      // The API lists the person's own guests only.
      mine={() => true}
      empty={{
        title: "No visitor brought yet",
        description: "Invite a guest to a meeting from Visitors: they count as help you gave.",
      }}
    >
      {(visitor) => <VisitorItem orgSlug={orgSlug} visitor={visitor} />}
    </MySlipList>
  );
}

function VisitorItem({ orgSlug, visitor }: { orgSlug: string; visitor: Visitor }) {
  const withdraw = useWithdrawInvitedVisitor(orgSlug);
  const visit = visitor.visits[0];
  const when = visit ? `Visit on ${formatDay(visit.date)}` : "No visit booked";
  return (
    <SlipCard
      title={`Visitor ${visitor.name}`}
      details={`${when} · ${VISITOR_STATUS_LABELS[visitor.status]}`}
      actions={
        <SlipActions
          label={`More actions for the visitor ${visitor.name}`}
          leader={false}
          edit={{
            title: "Edit visitor",
            form: (onDone) => (
              <VisitorEditForm orgSlug={orgSlug} visitor={visitor} onDone={onDone} />
            ),
          }}
          withdraw={{
            title: "Withdraw this visitor?",
            confirmLabel: "Withdraw visitor",
            notice: "Visitor withdrawn",
            mutation: withdraw,
            toInput: () => ({ visitorId: visitor.id }),
          }}
        >
          {visitor.name} and their upcoming visits will be removed, and will no longer count for
          you.
        </SlipActions>
      }
    />
  );
}

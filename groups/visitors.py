"""Visitors: guests of a chapter, from first visit to joining (or not).

A member registers a guest they invited (they get the visitor credit), or the guest registers
through the chapter's public link. Each registration is a visit to one upcoming meeting; a
visitor may visit ``visitor_max_meetings`` times (policy), after which the answer is "apply".
The visitor gets a confirmation, the chapter's leaders a notice, and two business days before
the meeting a reminder goes out (jobs).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from audit.services import audit_record
from core.errors import Conflict
from core.jobs import defer_on_commit
from groups.meetings import chapter_today
from groups.models import Chapter, Meeting, Member, Visit, Visitor
from tenancy.context import require_organization
from tenancy.policies import effective_policies

OVER_LIMIT = (
    "{name} has already visited {count} times, the most {chapter} allows: "
    "the next step is to apply for membership."
)
NOT_UPCOMING = "Choose an upcoming meeting of this chapter."
SPONSOR_NOT_IN_CHAPTER = "The inviting member must have a seat in this chapter."
VISITOR_FIELDS = ("name", "email", "phone", "business_name", "profession")


def _check_meeting(chapter: Chapter, meeting: Meeting) -> None:
    if (
        meeting.chapter_id != chapter.pk
        or meeting.report_status != Meeting.ReportStatus.DRAFT
        or meeting.date < chapter_today(chapter)
    ):
        raise ValidationError({"meeting": [NOT_UPCOMING]})


def _check_limit(visitor: Visitor, meeting: Meeting) -> None:
    """Visits that happened or are booked count; a visit marked as missed does not."""
    limit = effective_policies(require_organization().settings)["visitor_max_meetings"]
    counted = (
        Visit.objects.filter(visitor=visitor)
        .exclude(attended=False)
        .exclude(meeting=meeting)
        .count()
    )
    if counted >= limit:
        raise Conflict(
            OVER_LIMIT.format(name=visitor.name, count=counted, chapter=visitor.chapter.name),
            field="meeting",
        )


def visitor_register(
    *,
    chapter: Chapter,
    meeting: Meeting,
    actor: Any,
    name: str,
    email: str,
    invited_by: Member | None = None,
    source: str = Visitor.Source.MEMBER,
    phone: str = "",
    business_name: str = "",
    profession: str = "",
) -> Visit:
    """Register a guest for ``meeting``. The same email in the same chapter is the same visitor
    (a second registration for the same meeting changes nothing). 409 over the visit limit."""
    _check_meeting(chapter, meeting)
    if invited_by is not None and invited_by.chapter_id != chapter.pk:
        raise ValidationError({"invited_by": [SPONSOR_NOT_IN_CHAPTER]})
    email = email.strip()
    details = {
        "name": name.strip(),
        "phone": phone.strip(),
        "business_name": business_name.strip(),
        "profession": profession.strip(),
    }
    visitor = Visitor.objects.filter(chapter=chapter, email__iexact=email).first()
    if visitor is None:
        visitor = Visitor(chapter=chapter, email=email, source=source, invited_by=invited_by)
        for field, value in details.items():
            setattr(visitor, field, value)
        visitor.full_clean(
            exclude=["organization", "chapter", "invited_by"],
            validate_unique=False,
            validate_constraints=False,
        )
        visitor.save()
        audit_record(
            actor=actor,
            action="visitor.registered",
            target=visitor,
            after={"email": email, "source": source},
        )
    else:
        for field, value in details.items():
            if value and not getattr(visitor, field):
                setattr(visitor, field, value)
        if visitor.invited_by_id is None and invited_by is not None:
            visitor.invited_by = invited_by
        visitor.save()
    existing = Visit.objects.filter(visitor=visitor, meeting=meeting).first()
    if existing is not None:
        return existing
    _check_limit(visitor, meeting)
    visit = Visit.objects.create(visitor=visitor, meeting=meeting)
    defer_on_commit(
        "groups.notify_visitor_registered",
        organization_id=str(require_organization().pk),
        visit_id=str(visit.pk),
    )
    return visit


def visitor_update(*, visitor: Visitor, actor: Any, **changes: Any) -> Visitor:
    """Follow-up: move the visitor along the pipeline, keep notes, fix their details."""
    before = {field: getattr(visitor, field) for field in changes}
    for field, value in changes.items():
        setattr(visitor, field, value.strip() if isinstance(value, str) else value)
    visitor.full_clean(
        exclude=["organization", "chapter", "invited_by"],
        validate_unique=False,
        validate_constraints=False,
    )
    visitor.save()
    after = {field: getattr(visitor, field) for field in changes}
    if after != before:
        audit_record(
            actor=actor, action="visitor.updated", target=visitor, before=before, after=after
        )
    return visitor


def visit_mark(*, visit: Visit, actor: Any, attended: bool | None) -> Visit:
    """Record whether the visitor came (None: not yet known)."""
    before = visit.attended
    visit.attended = attended
    visit.save(update_fields=["attended", "updated_at"])
    if before != attended:
        audit_record(
            actor=actor,
            action="visit.marked",
            target=visit,
            before={"attended": before},
            after={"attended": attended},
        )
    return visit


VISITOR_FOLLOWED_UP = (
    "The chapter has already followed {name} up or welcomed them: ask a chapter leader to "
    "change it."
)


def visitor_withdraw(*, visitor: Visitor, actor: Any) -> None:
    """The member who registered a guest by mistake takes them back: the visitor and their
    visits go. Only while nothing happened yet: 409 once the chapter followed them up or a
    visit is past (or its meeting's report is no longer a draft)."""
    today = chapter_today(visitor.chapter)
    happened = visitor.visits.exclude(
        meeting__date__gte=today, meeting__report_status=Meeting.ReportStatus.DRAFT
    )
    if visitor.status != Visitor.Status.NEW or happened.exists():
        raise Conflict(VISITOR_FOLLOWED_UP.format(name=visitor.name))
    before = {field: getattr(visitor, field) for field in VISITOR_FIELDS}
    audit_record(actor=actor, action="visitor.withdrawn", target=visitor, before=before)
    visitor.delete()

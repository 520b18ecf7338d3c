"""Chapter roles: who leads a chapter, and for which term. Each change is audited."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError

from audit.services import audit_record
from core.errors import Conflict
from groups.meetings import years_later
from groups.models import HOLDING_STATUSES, Chapter, ChapterRole, Member
from groups.selectors import organization_today

ROLE_OVERLAPS = "{member} is already {role} for an overlapping term."
NOT_IN_CHAPTER = "Only a seat of this chapter can hold one of its roles."
NOT_A_HOLDING_SEAT = "Only an active seat can hold a role (this one is {status})."
TERM_ORDER = "The term cannot end before it starts."


def _term_after(starts_on: datetime.date) -> datetime.date:
    """The default term: one year, ending the day before the anniversary."""
    return years_later(starts_on, 1) - datetime.timedelta(days=1)


def _check_term(role: ChapterRole) -> None:
    if role.ends_on < role.starts_on:
        raise ValidationError({"ends_on": [TERM_ORDER]})
    overlapping = (
        ChapterRole.objects.filter(
            member_id=role.member_id,
            role=role.role,
            starts_on__lte=role.ends_on,
            ends_on__gte=role.starts_on,
        )
        .exclude(pk=role.pk)
        .exists()
    )
    if overlapping:
        raise Conflict(
            ROLE_OVERLAPS.format(member=role.member.name, role=role.get_role_display()),
            field="role",
        )


def _snapshot(role: ChapterRole) -> dict[str, Any]:
    return {
        "member": str(role.member_id),
        "role": role.role,
        "starts_on": role.starts_on.isoformat(),
        "ends_on": role.ends_on.isoformat(),
    }


def chapter_role_assign(
    *,
    chapter: Chapter,
    actor: Any,
    member: Member,
    role: str,
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
) -> ChapterRole:
    """Give ``member`` (a seat of ``chapter``) a role; the term defaults to a year from today."""
    if member.chapter_id != chapter.pk:
        raise ValidationError({"member": [NOT_IN_CHAPTER]})
    if member.status not in HOLDING_STATUSES:
        raise ValidationError(
            {"member": [NOT_A_HOLDING_SEAT.format(status=member.get_status_display().lower())]}
        )
    starts_on = starts_on or organization_today()
    chapter_role = ChapterRole(
        chapter=chapter,
        member=member,
        role=role,
        starts_on=starts_on,
        ends_on=ends_on or _term_after(starts_on),
    )
    _check_term(chapter_role)
    chapter_role.save()
    audit_record(
        actor=actor,
        action="chapter_role.assigned",
        target=chapter_role,
        after=_snapshot(chapter_role),
    )
    return chapter_role


def chapter_role_update(
    *, chapter_role: ChapterRole, actor: Any, **changes: datetime.date
) -> ChapterRole:
    """Move a term's dates (end it early, extend it)."""
    before = _snapshot(chapter_role)
    for field, value in changes.items():
        setattr(chapter_role, field, value)
    _check_term(chapter_role)
    chapter_role.save()
    audit_record(
        actor=actor,
        action="chapter_role.updated",
        target=chapter_role,
        before=before,
        after=_snapshot(chapter_role),
    )
    return chapter_role


def chapter_role_remove(*, chapter_role: ChapterRole, actor: Any) -> None:
    """Undo a role given by mistake (ending a term is ``chapter_role_update``)."""
    audit_record(
        actor=actor,
        action="chapter_role.removed",
        target=chapter_role,
        before=_snapshot(chapter_role),
    )
    chapter_role.delete()

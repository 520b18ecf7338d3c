"""Writes for chapters, categories and member seats. Each is one whole, audited change.

Services that take an existing row run inside its organization's tenant (the API's request
does; jobs and commands enter it with ``tenant()``).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from audit.services import audit_record
from core.errors import Conflict
from groups.categories import DEFAULT_CATEGORIES
from groups.meetings import SCHEDULE_FIELDS, meeting_reschedule, meeting_schedule
from groups.models import HOLDING_STATUSES, Category, Chapter, Member
from tenancy.context import require_organization, tenant
from tenancy.models import Organization
from tenancy.policies import effective_policies

CHAPTER_NAME_TAKEN = "A chapter with this name already exists in the organization."
CATEGORY_NAME_TAKEN = "A category with this name already exists in the organization."
CATEGORY_HELD = "{holder} already holds this category in the chapter."
TRANSITION_NOT_ALLOWED = "A seat cannot go from {before} to {after}."

S = Member.Status
# Which status a seat may move to from each status (domain.md: the life of a seat).
TRANSITIONS: dict[str, frozenset[str]] = {
    S.PENDING: frozenset({S.ACTIVE, S.DROPPED}),
    S.ACTIVE: frozenset({S.ON_LEAVE, S.LATE, S.SUSPENDED, S.DROPPED, S.EXPIRED}),
    S.ON_LEAVE: frozenset({S.ACTIVE, S.DROPPED}),
    S.LATE: frozenset({S.ACTIVE, S.DROPPED, S.EXPIRED}),
    S.SUSPENDED: frozenset({S.ACTIVE, S.DROPPED}),
    S.DROPPED: frozenset({S.PENDING}),
    S.EXPIRED: frozenset({S.PENDING, S.ACTIVE}),
}

CHAPTER_FIELDS = (
    "name",
    "region",
    "status",
    "meeting_frequency",
    "meeting_weekday",
    "meeting_start_time",
    "meeting_duration_minutes",
    "time_zone",
    "meeting_format",
    "meeting_place",
    "meeting_link",
    "capacity",
)
MEMBER_FIELDS = (
    "name",
    "business_name",
    "category",
    "phone",
    "website",
    "bio",
    "interests",
    "joined_on",
    "term_years",
    "renewal_on",
    "sponsor",
    "invited_email",
    "user",
)


def _snapshot(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    snapshot = {}
    for field in fields:
        value = (
            getattr(row, f"{field}_id", None)
            if hasattr(row, f"{field}_id")
            else getattr(row, field)
        )
        snapshot[field] = (
            value if isinstance(value, (str, int, bool, list, type(None))) else str(value)
        )
    return snapshot


def category_seed_defaults(*, organization: Organization) -> int:
    """Give a new organization the default categories (skips names it has). Returns how many."""
    with tenant(organization):
        existing = {name.lower() for name in Category.objects.values_list("name", flat=True)}
        new = [
            Category(organization=organization, name=name, specialties=specialties)
            for name, specialties in DEFAULT_CATEGORIES
            if name.lower() not in existing
        ]
        Category.objects.bulk_create(new)
    return len(new)


def category_create(
    *, organization: Organization, actor: Any, name: str, specialties: list[str] | None = None
) -> Category:
    """Raises ``Conflict`` (field ``name``) when the name is taken, whatever its case."""
    name = name.strip()
    with tenant(organization):
        if Category.objects.filter(name__iexact=name).exists():
            raise Conflict(CATEGORY_NAME_TAKEN, field="name")
        category = Category(name=name, specialties=specialties or [])
        category.save()
        audit_record(actor=actor, action="category.created", target=category, after={"name": name})
    return category


def category_update(*, category: Category, actor: Any, **changes: Any) -> Category:
    before = _snapshot(category, ("name", "specialties", "is_active"))
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        taken = Category.objects.filter(name__iexact=changes["name"]).exclude(pk=category.pk)
        if taken.exists():
            raise Conflict(CATEGORY_NAME_TAKEN, field="name")
    for field, value in changes.items():
        setattr(category, field, value)
    category.save()
    audit_record(
        actor=actor,
        action="category.updated",
        target=category,
        before=before,
        after=_snapshot(category, ("name", "specialties", "is_active")),
    )
    return category


def chapter_create(*, organization: Organization, actor: Any, **fields: Any) -> Chapter:
    """Create a chapter. ``Conflict`` (field ``name``) when the name is taken."""
    fields["name"] = fields["name"].strip()
    with tenant(organization):
        if Chapter.objects.filter(name__iexact=fields["name"]).exists():
            raise Conflict(CHAPTER_NAME_TAKEN, field="name")
        fields.setdefault("time_zone", organization.time_zone)
        chapter = Chapter(**fields)
        chapter.full_clean(
            exclude=["organization"], validate_unique=False, validate_constraints=False
        )
        chapter.save()
        meeting_schedule(chapter=chapter)
        audit_record(
            actor=actor,
            action="chapter.created",
            target=chapter,
            after=_snapshot(chapter, CHAPTER_FIELDS),
        )
    return chapter


def chapter_update(*, chapter: Chapter, actor: Any, **changes: Any) -> Chapter:
    before = _snapshot(chapter, CHAPTER_FIELDS)
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        taken = Chapter.objects.filter(name__iexact=changes["name"]).exclude(pk=chapter.pk)
        if taken.exists():
            raise Conflict(CHAPTER_NAME_TAKEN, field="name")
    for field, value in changes.items():
        setattr(chapter, field, value)
    chapter.full_clean(exclude=["organization"], validate_unique=False, validate_constraints=False)
    chapter.save()
    after = _snapshot(chapter, CHAPTER_FIELDS)
    if any(before[field] != after[field] for field in SCHEDULE_FIELDS):
        meeting_reschedule(chapter=chapter)
    if after != before:
        audit_record(
            actor=actor, action="chapter.updated", target=chapter, before=before, after=after
        )
    return chapter


def interests_clean(interests: Any) -> list[str]:
    """Interests as stored: trimmed, blanks dropped, each once whatever its case (the first
    spelling kept), so that a profile never reads "jazz, Jazz"."""
    seen: set[str] = set()
    cleaned = []
    for interest in interests or []:
        text = str(interest).strip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    return cleaned


def member_create(*, chapter: Chapter, actor: Any, **fields: Any) -> Member:
    """A pending seat in ``chapter``; it takes its category only when it becomes active.
    Interests are stored once each (``interests_clean``)."""
    if "interests" in fields:
        fields["interests"] = interests_clean(fields["interests"])
    member = Member(chapter=chapter, status=S.PENDING, **fields)
    member.full_clean(exclude=["organization"], validate_unique=False, validate_constraints=False)
    member.save()
    audit_record(
        actor=actor, action="member.created", target=member, after=_snapshot(member, MEMBER_FIELDS)
    )
    return member


def member_update(*, member: Member, actor: Any, **changes: Any) -> Member:
    """Change a seat's details. A new category is checked against the category lock; interests
    are stored once each (``interests_clean``)."""
    unknown = set(changes) - set(MEMBER_FIELDS)
    if unknown:
        raise ValidationError({field: ["Unknown field."] for field in sorted(unknown)})
    if "interests" in changes:
        changes["interests"] = interests_clean(changes["interests"])
    before = _snapshot(member, MEMBER_FIELDS)
    for field, value in changes.items():
        setattr(member, field, value)
    if "user" in changes and member.user is not None and "name" not in changes:
        # A seat given to a person takes the person's name, the one they sign in with.
        member.name = member.user.name or member.name
    member.full_clean(exclude=["organization"], validate_unique=False, validate_constraints=False)
    _save_holding_category(member)
    if member.user is not None and {"name", "user"} & set(changes):
        person_rename(user=member.user, name=member.name)
    after = _snapshot(member, MEMBER_FIELDS)
    if after != before:
        audit_record(
            actor=actor, action="member.updated", target=member, before=before, after=after
        )
    return member


def person_rename(*, user: Any, name: str) -> None:
    """Give a person one name: their account and each of their seats in the current
    organization. A seat's ``name`` is a copy of its person's name kept here, so lists can
    sort and search it; nothing else writes the name of a seat that has a person."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": ["Enter a name."]})
    if user.name != name:
        user.name = name
        user.save(update_fields=["name"])
    Member.objects.filter(user=user).exclude(name=name).update(name=name)


def member_link_user(*, member: Member, user: Any) -> Member:
    """The seat becomes ``user``'s and takes their name (or gives its name to a person who
    has none yet). 409 is the caller's: this does not check who else holds the seat."""
    member.user = user
    member.name = user.name or member.name
    member.save(update_fields=["user", "name", "updated_at"])
    person_rename(user=user, name=member.name)
    return member


def member_change_status(*, member: Member, actor: Any, status: str) -> Member:
    """Move a seat along its life (``TRANSITIONS``); audited as ``member.status_changed``.

    Raises ``Conflict`` when the move is not allowed, or when activating would give the seat a
    category another seat of the chapter holds under the organization's category lock.
    """
    if status not in S.values:
        raise ValidationError({"status": ["Unknown status."]})
    before = member.status
    if status == before:
        return member
    if status not in TRANSITIONS[before]:
        raise Conflict(TRANSITION_NOT_ALLOWED.format(before=before, after=status), field="status")
    member.status = status
    _save_holding_category(member)
    audit_record(
        actor=actor,
        action="member.status_changed",
        target=member,
        before={"status": before},
        after={"status": status},
    )
    return member


def _save_holding_category(member: Member) -> None:
    """Save ``member``, holding its category under the lock when the policy and status say so.

    The partial unique constraint ``member_category_lock`` decides races: of two simultaneous
    activations one commits, the other gets ``Conflict`` naming the holder.
    """
    policies = effective_policies(require_organization().settings)
    member.holds_category = bool(
        policies["category_lock"] and member.category_id and member.status in HOLDING_STATUSES
    )
    if member.holds_category:
        holder = (
            Member.objects.filter(
                chapter_id=member.chapter_id, category_id=member.category_id, holds_category=True
            )
            .exclude(pk=member.pk)
            .first()
        )
        if holder is not None:
            raise Conflict(CATEGORY_HELD.format(holder=holder.name), field="category")
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError as exc:
        if "member_category_lock" not in str(exc):
            raise
        holder = Member.objects.filter(
            chapter_id=member.chapter_id, category_id=member.category_id, holds_category=True
        ).first()
        name = holder.name if holder else "Another member"
        raise Conflict(CATEGORY_HELD.format(holder=name), field="category") from exc


PROFILE_SEAT_FIELDS = ("business_name", "phone", "website", "bio", "interests")
PROFILE_NO_SEAT = (
    "You hold no seat in a chapter here, so there is no business, phone, website, bio or "
    "interests to change; only your name."
)


def profile_update(*, user: Any, **changes: Any) -> list[Member]:
    """A person edits their own profile in the current organization: ``name`` renames the
    person everywhere here (``person_rename``); the other fields (``PROFILE_SEAT_FIELDS``)
    change each of their seats, audited as ``member.updated``. 409 ``PROFILE_NO_SEAT`` when
    seat fields are sent by a person without a seat. Returns their seats."""
    unknown = set(changes) - {"name", *PROFILE_SEAT_FIELDS}
    if unknown:
        raise ValidationError({field: ["Unknown field."] for field in sorted(unknown)})
    seats = list(Member.objects.filter(user=user).select_related("chapter"))
    for seat in seats:
        seat.user = user  # one instance, so the caller sees the new name
    seat_changes = {key: value for key, value in changes.items() if key != "name"}
    if seat_changes and not seats:
        raise Conflict(PROFILE_NO_SEAT)
    with transaction.atomic():
        if not seats and "name" in changes:
            person_rename(user=user, name=changes["name"])
        for seat in seats:
            member_update(member=seat, actor=user, **changes)
    return seats


def memberships_mark_late(*, today: datetime.date) -> int:
    """In the current tenant: every active seat whose renewal date has passed becomes late
    (the day after the date, no grace). Returns how many. The daily job and the demo share it."""
    overdue = Member.objects.filter(status=Member.Status.ACTIVE, renewal_on__lt=today)
    count = 0
    for member in overdue:
        member_change_status(member=member, actor=None, status=Member.Status.LATE)
        count += 1
    return count

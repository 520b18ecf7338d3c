"""Reads for chapters, categories and member seats; every read takes the organization."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Case, Prefetch, Q, QuerySet, When
from django.db.models.functions import Lower
from django.utils import timezone

from groups.meetings import chapter_today
from groups.models import (
    HOLDING_STATUSES,
    Application,
    Attendance,
    Category,
    Chapter,
    ChapterRole,
    MedicalLeave,
    Meeting,
    Member,
    Visit,
    Visitor,
)
from tenancy.context import require_organization, tenant
from tenancy.models import Organization, Role


def organization_today(organization: Organization | None = None) -> datetime.date:
    """Today's date where the organization is (terms, windows and reminders use it)."""
    organization = organization or require_organization()
    return timezone.now().astimezone(ZoneInfo(organization.time_zone)).date()


def running_chapter_roles(*, user: Any) -> dict[Any, list[str]]:
    """The chapter roles ``user`` holds today in the current organization, by chapter id."""
    if not getattr(user, "is_authenticated", False):
        return {}
    today = organization_today()
    roles: dict[Any, list[str]] = defaultdict(list)
    for chapter_id, role in ChapterRole.objects.filter(
        member__user=user, starts_on__lte=today, ends_on__gte=today
    ).values_list("chapter_id", "role"):
        roles[chapter_id].append(role)
    return dict(roles)


def chapter_grants(*, membership: Any, user: Any) -> dict[Any, tuple[list[str], frozenset[str]]]:
    """Where ``user`` (``membership``'s person) holds more than their organization role, by
    chapter id: the chapter roles they hold today and the scopes those add there; for a region
    director, each chapter of their region adds a leader's reads. The API's checks and ``/me``
    both read this."""
    from api.permissions import REGION_DIRECTOR_CHAPTER_SCOPES, scopes_for_chapter_roles

    grants = {
        chapter_id: (sorted(roles), scopes_for_chapter_roles(roles))
        for chapter_id, roles in running_chapter_roles(user=user).items()
    }
    if membership.role == Role.REGION_DIRECTOR and membership.region_id:
        for chapter_id in Chapter.objects.filter(region_id=membership.region_id).values_list(
            "id", flat=True
        ):
            roles, scopes = grants.get(chapter_id, ([], frozenset()))
            grants[chapter_id] = (roles, scopes | REGION_DIRECTOR_CHAPTER_SCOPES)
    return grants


def chapter_role_list(*, chapter: Chapter, current: bool = False) -> QuerySet[ChapterRole]:
    roles = ChapterRole.objects.filter(chapter=chapter).select_related("member")
    if current:
        today = organization_today()
        roles = roles.filter(starts_on__lte=today, ends_on__gte=today)
    return roles.order_by("-ends_on", "role", "id")


def chapter_list(*, organization: Organization, status: str | None = None) -> QuerySet[Chapter]:
    chapters = Chapter.objects.filter(organization=organization)
    if status is not None:
        chapters = chapters.filter(status=status)
    return chapters


def category_list(*, organization: Organization) -> QuerySet[Category]:
    return Category.objects.filter(organization=organization).order_by("name", "id")


# The order of ``member_list(chapters_first=...)`` (its pages keep it: ``declared_ordering``).
MINE_FIRST = ("elsewhere", "sort_name", "id")


def member_list(
    *,
    organization: Organization,
    chapter: Any = None,
    status: str | None = None,
    category: str | None = None,
    search: str | None = None,
    chapters_first: Iterable[Any] | None = None,
) -> QuerySet[Member]:
    """Members of the organization, by name; with ``chapters_first`` (the caller's own
    chapters, for the Give picker) the members of those chapters come first, then the others,
    each group A to Z."""
    members = Member.objects.filter(organization=organization).select_related("category", "user")
    if chapters_first is not None:
        members = members.annotate(
            elsewhere=Case(When(chapter_id__in=chapters_first, then=0), default=1),
            sort_name=Lower("name"),
        )
    if search:
        members = members.filter(
            Q(name__icontains=search)
            | Q(business_name__icontains=search)
            | Q(category__name__icontains=search)
        )
    if chapter is not None:
        members = members.filter(chapter_id=chapter)
    if status is not None:
        members = members.filter(status=status)
    if category is not None:
        members = members.filter(category_id=category)
    return members.order_by(*(MINE_FIRST if chapters_first is not None else ("name", "id")))


def chapter_category_map(*, chapter: Chapter) -> list[dict[str, object]]:
    """Every active category with the chapter's seat that holds it, or none: open categories
    are what leaders recruit for ("most wanted"). Two queries, whatever the size."""
    holders = {
        member.category_id: member
        for member in Member.objects.filter(chapter=chapter, holds_category=True)
    }
    return [
        {"category": category, "holder": holders.get(category.pk)}
        for category in Category.objects.filter(is_active=True)
    ]


def meeting_list(
    *,
    organization: Organization,
    chapter: Any = None,
    report_status: str | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    ordering: str = "date",
) -> QuerySet[Meeting]:
    """By date, the soonest first (``ordering="-date"``: the latest first)."""
    meetings = Meeting.objects.filter(organization=organization).select_related("chapter")
    if chapter is not None:
        meetings = meetings.filter(chapter_id=chapter)
    if report_status is not None:
        meetings = meetings.filter(report_status=report_status)
    if date_from is not None:
        meetings = meetings.filter(date__gte=date_from)
    if date_to is not None:
        meetings = meetings.filter(date__lte=date_to)
    return meetings.order_by(ordering, "-id" if ordering.startswith("-") else "id")


def member_attendance(*, member: Member, since: datetime.date) -> QuerySet[Attendance]:
    """A seat's attendance at meetings since ``since`` that count (not holidays or discarded)."""
    return (
        Attendance.objects.filter(
            member=member,
            meeting__date__gte=since,
            meeting__report_status__in=(Meeting.ReportStatus.DRAFT, Meeting.ReportStatus.COMPLETED),
        )
        .select_related("meeting")
        .order_by("-meeting__date", "id")
    )


def medical_leave_list(*, member: Member) -> QuerySet[MedicalLeave]:
    return MedicalLeave.objects.filter(member=member)


def user_chapter_standing(*, membership: Any) -> dict[str, list[Any]]:
    """For ``/me``: the person's seats in the membership's organization and the chapters they
    lead today (``chapter_grants``), with the scopes held there. Four queries at most."""
    with tenant(membership.organization):
        seats = list(
            Member.objects.filter(user=membership.user)
            .select_related("chapter")
            .order_by("chapter__name")
        )
        grants = chapter_grants(membership=membership, user=membership.user)
        names = dict(Chapter.objects.filter(pk__in=list(grants)).values_list("pk", "name"))
    return {
        "seats": [
            {
                "member": seat.pk,
                "chapter": seat.chapter_id,
                "chapter_name": seat.chapter.name,
                "status": seat.status,
            }
            for seat in seats
        ],
        "leads": [
            {
                "chapter": chapter_id,
                "chapter_name": names.get(chapter_id, ""),
                "roles": roles,
                "scopes": sorted(scopes),
            }
            for chapter_id, (roles, scopes) in sorted(
                grants.items(), key=lambda item: names.get(item[0], "")
            )
        ],
    }


def visitor_list(
    *,
    organization: Organization,
    chapters: frozenset[str] | None = None,
    chapter: Any = None,
    status: str | None = None,
    meeting: Any = None,
) -> QuerySet[Visitor]:
    """Visitors newest first, with their visits and who invited them (three queries)."""
    visitors = Visitor.objects.filter(organization=organization)
    if chapters is not None:
        visitors = visitors.filter(chapter_id__in=chapters)
    if chapter is not None:
        visitors = visitors.filter(chapter_id=chapter)
    if status is not None:
        visitors = visitors.filter(status=status)
    if meeting is not None:
        visitors = visitors.filter(visits__meeting_id=meeting)
    return visitors.select_related("invited_by").prefetch_related(
        Prefetch(
            "visits", queryset=Visit.objects.select_related("meeting").order_by("meeting__date")
        )
    )


def seat_of(*, user: Any, chapter_id: Any) -> Member | None:
    """The user's seat in the chapter, if they hold one that still belongs to it."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Member.objects.filter(
        user=user, chapter_id=chapter_id, status__in=HOLDING_STATUSES
    ).first()


def upcoming_meetings(*, chapter: Chapter, limit: int = 6) -> QuerySet[Meeting]:
    return Meeting.objects.filter(
        chapter=chapter, report_status=Meeting.ReportStatus.DRAFT, date__gte=chapter_today(chapter)
    ).order_by("date")[:limit]


def application_list(
    *,
    organization: Organization,
    chapters: frozenset[str] | None = None,
    chapter: Any = None,
    status: str | None = None,
) -> QuerySet[Application]:
    applications = Application.objects.filter(organization=organization)
    if chapters is not None:
        applications = applications.filter(chapter_id__in=chapters)
    if chapter is not None:
        applications = applications.filter(chapter_id=chapter)
    if status is not None:
        applications = applications.filter(status=status)
    return applications.select_related("category", "sponsor", "member")


def seat_chapters(*, user: Any) -> frozenset[Any]:
    """Chapters where ``user`` holds a seat that still belongs to its chapter."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    return frozenset(
        Member.objects.filter(user=user, status__in=HOLDING_STATUSES).values_list(
            "chapter_id", flat=True
        )
    )

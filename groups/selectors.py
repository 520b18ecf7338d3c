"""Reads for chapters, categories and member seats; every read takes the organization."""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Prefetch, Q, QuerySet
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
from tenancy.models import Organization


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
    return Category.objects.filter(organization=organization)


def member_list(
    *,
    organization: Organization,
    chapter: Any = None,
    status: str | None = None,
    category: str | None = None,
    search: str | None = None,
) -> QuerySet[Member]:
    members = Member.objects.filter(organization=organization).select_related("category", "user")
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
    return members


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
) -> QuerySet[Meeting]:
    meetings = Meeting.objects.filter(organization=organization).select_related("chapter")
    if chapter is not None:
        meetings = meetings.filter(chapter_id=chapter)
    if report_status is not None:
        meetings = meetings.filter(report_status=report_status)
    if date_from is not None:
        meetings = meetings.filter(date__gte=date_from)
    if date_to is not None:
        meetings = meetings.filter(date__lte=date_to)
    return meetings.order_by("date", "id")


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


def user_chapter_standing(*, organization: Organization, user: Any) -> dict[str, list[Any]]:
    """For ``/me``: the user's seats in ``organization`` and the chapters they lead today, with
    the scopes each role gives there. Three queries."""
    from api.permissions import scopes_for_chapter_roles

    with tenant(organization):
        seats = list(
            Member.objects.filter(user=user).select_related("chapter").order_by("chapter__name")
        )
        running = running_chapter_roles(user=user)
        names = dict(Chapter.objects.filter(pk__in=list(running)).values_list("pk", "name"))
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
                "roles": sorted(roles),
                "scopes": sorted(scopes_for_chapter_roles(roles)),
            }
            for chapter_id, roles in sorted(
                running.items(), key=lambda item: names.get(item[0], "")
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

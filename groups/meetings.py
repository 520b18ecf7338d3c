"""Meetings: generated from the chapter's schedule, each with a weekly report.

A report is Draft until a leader completes it; completing locks it (attendance then changes only
through an audited correction). Cancelling makes the meeting a Holiday; a Discarded report does
not count either. Both can be put back to Draft.
"""

from __future__ import annotations

import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Exists, OuterRef
from django.utils import timezone

from audit.services import audit_record
from core.errors import Conflict
from groups.attendance import attendance_fill_present
from groups.models import Attendance, Chapter, Meeting

R = Meeting.ReportStatus
WEEKS_AHEAD = 8
SCHEDULED_CHAPTER_STATUSES = frozenset({Chapter.Status.FORMING, Chapter.Status.ACTIVE})
SCHEDULE_FIELDS = frozenset(
    {
        "meeting_frequency",
        "meeting_weekday",
        "meeting_start_time",
        "meeting_duration_minutes",
        "time_zone",
        "status",
    }
)
REPORT_LOCKED = "The weekly report of {date} is completed and locked."
NOT_FROM = "A {before} meeting cannot become {after}."
NOT_YET_HELD = (
    "The meeting of {date} has not taken place yet: its weekly report can be completed once it "
    "has started."
)
# Which report status a meeting may move to from each (completed is final: corrections are
# audited attendance changes, not a reopened report).
REPORT_TRANSITIONS: dict[str, frozenset[str]] = {
    R.DRAFT: frozenset({R.COMPLETED, R.HOLIDAY, R.DISCARDED}),
    R.HOLIDAY: frozenset({R.DRAFT}),
    R.DISCARDED: frozenset({R.DRAFT}),
    R.COMPLETED: frozenset(),
}


def chapter_today(chapter: Chapter) -> datetime.date:
    return timezone.now().astimezone(ZoneInfo(chapter.time_zone)).date()


def years_later(day: datetime.date, years: int) -> datetime.date:
    """The same date ``years`` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_business_days(day: datetime.date, count: int) -> datetime.date:
    """``count`` weekdays after ``day`` (Saturdays and Sundays skipped)."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def schedule_dates(
    chapter: Chapter, *, start: datetime.date, until: datetime.date, anchor: datetime.date | None
) -> list[datetime.date]:
    """The chapter's meeting dates from ``start`` to ``until`` (inclusive).

    Weekly: every meeting weekday. Every two weeks: counted from ``anchor`` (the chapter's
    latest meeting) when there is one. Monthly: the first meeting weekday of each month.
    """
    weekday = chapter.meeting_weekday
    if chapter.meeting_frequency == Chapter.Frequency.MONTHLY:
        dates = []
        month = start.replace(day=1)
        while month <= until:
            first = month + datetime.timedelta(days=(weekday - month.weekday()) % 7)
            if start <= first <= until:
                dates.append(first)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return dates
    step = 14 if chapter.meeting_frequency == Chapter.Frequency.BIWEEKLY else 7
    if step == 14 and anchor is not None and anchor.weekday() == weekday:
        day = anchor + datetime.timedelta(days=-(-(start - anchor).days // 14) * 14)
    else:
        day = start + datetime.timedelta(days=(weekday - start.weekday()) % 7)
    dates = []
    while day <= until:
        dates.append(day)
        day += datetime.timedelta(days=step)
    return dates


def _starts_at(chapter: Chapter, date: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(
        date, chapter.meeting_start_time, tzinfo=ZoneInfo(chapter.time_zone)
    )


def meeting_schedule(
    *, chapter: Chapter, today: datetime.date | None = None, weeks: int = WEEKS_AHEAD
) -> int:
    """Create the chapter's missing meetings for the coming ``weeks``; returns how many.

    Idempotent: dates that have a meeting (whatever its report status) are left alone.
    """
    if chapter.status not in SCHEDULED_CHAPTER_STATUSES:
        return 0
    today = today or chapter_today(chapter)
    latest = (
        Meeting.objects.filter(chapter=chapter, date__lt=today)
        .order_by("-date")
        .values_list("date", flat=True)
        .first()
    )
    dates = schedule_dates(
        chapter, start=today, until=today + datetime.timedelta(weeks=weeks), anchor=latest
    )
    existing = set(
        Meeting.objects.filter(chapter=chapter, date__in=dates).values_list("date", flat=True)
    )
    new = [
        Meeting(
            organization_id=chapter.organization_id,
            chapter=chapter,
            date=date,
            starts_at=_starts_at(chapter, date),
            duration_minutes=chapter.meeting_duration_minutes,
        )
        for date in dates
        if date not in existing
    ]
    Meeting.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def meeting_reschedule(*, chapter: Chapter) -> None:
    """After a schedule change: drop upcoming draft meetings nobody has recorded anything for,
    then generate again from the new schedule."""
    Meeting.objects.filter(
        chapter=chapter, date__gte=chapter_today(chapter), report_status=R.DRAFT
    ).exclude(Exists(Attendance.objects.filter(meeting=OuterRef("pk")))).delete()
    meeting_schedule(chapter=chapter)


def meeting_set_report_status(
    *, meeting: Meeting, actor: Any, report_status: str, note: str = ""
) -> Meeting:
    """Move the weekly report along ``REPORT_TRANSITIONS``; 409 when it is locked or the move
    is not allowed, or when completing a meeting that has not started yet (nobody can have taken
    its attendance). Completing records everyone not yet marked as present."""
    before = meeting.report_status
    if before == R.COMPLETED:
        raise Conflict(REPORT_LOCKED.format(date=meeting.date.isoformat()))
    if report_status not in REPORT_TRANSITIONS[before]:
        raise Conflict(NOT_FROM.format(before=before, after=report_status))
    if report_status == R.COMPLETED and not meeting.has_started:
        raise Conflict(NOT_YET_HELD.format(date=meeting.date.isoformat()))
    if report_status == R.COMPLETED:
        attendance_fill_present(meeting=meeting)
        meeting.completed_at = timezone.now()
        meeting.completed_by = actor if getattr(actor, "is_authenticated", False) else None
    meeting.report_status = report_status
    if note or report_status != R.COMPLETED:
        meeting.note = note
    meeting.save()
    audit_record(
        actor=actor,
        action=f"meeting.{report_status}" if report_status != R.DRAFT else "meeting.restored",
        target=meeting,
        before={"report_status": before},
        after={"report_status": report_status, "note": meeting.note},
    )
    return meeting

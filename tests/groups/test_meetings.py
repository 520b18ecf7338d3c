import datetime

import pytest

from audit.models import AuditEvent
from core.errors import Conflict
from groups.meetings import meeting_schedule, meeting_set_report_status, schedule_dates
from groups.models import Attendance, Chapter, Meeting
from groups.services import chapter_update
from tenancy.context import tenant
from tests.factories.groups import ChapterFactory, MeetingFactory, MemberFactory

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 2)


def _chapter(**fields):
    return Chapter(meeting_weekday=1, meeting_start_time=datetime.time(7), **fields)


def test_weekly_dates_fall_on_the_meeting_weekday() -> None:
    dates = schedule_dates(
        _chapter(meeting_frequency="weekly"),
        start=MONDAY,
        until=MONDAY + datetime.timedelta(days=21),
        anchor=None,
    )
    assert dates == [datetime.date(2026, 11, d) for d in (3, 10, 17)]


def test_every_two_weeks_continues_from_the_latest_meeting() -> None:
    dates = schedule_dates(
        _chapter(meeting_frequency="biweekly"),
        start=MONDAY,
        until=datetime.date(2026, 12, 31),
        anchor=datetime.date(2026, 10, 27),
    )
    assert dates[:3] == [
        datetime.date(2026, 11, 10),
        datetime.date(2026, 11, 24),
        datetime.date(2026, 12, 8),
    ]


def test_monthly_is_the_first_meeting_weekday_of_each_month() -> None:
    dates = schedule_dates(
        _chapter(meeting_frequency="monthly"),
        start=MONDAY,
        until=datetime.date(2027, 1, 31),
        anchor=None,
    )
    assert dates == [
        datetime.date(2026, 11, 3),
        datetime.date(2026, 12, 1),
        datetime.date(2027, 1, 5),
    ]


def test_generation_is_idempotent_and_in_the_chapters_time_zone(organization) -> None:
    chapter = ChapterFactory(organization=organization, meeting_weekday=1, time_zone="Europe/Paris")
    with tenant(organization):
        assert meeting_schedule(chapter=chapter, today=MONDAY, weeks=4) == 4
        assert meeting_schedule(chapter=chapter, today=MONDAY, weeks=4) == 0
        first = Meeting.objects.filter(chapter=chapter).order_by("date").first()
    assert first.date == datetime.date(2026, 11, 3)
    assert first.starts_at == datetime.datetime(2026, 11, 3, 6, 0, tzinfo=datetime.UTC)


def test_closed_chapters_get_no_meetings(organization) -> None:
    chapter = ChapterFactory(organization=organization, status=Chapter.Status.CLOSED)
    with tenant(organization):
        assert meeting_schedule(chapter=chapter, today=MONDAY) == 0


def test_a_schedule_change_moves_upcoming_empty_meetings_but_keeps_recorded_ones(
    organization, owner
) -> None:
    chapter = ChapterFactory(organization=organization, meeting_weekday=1)
    with tenant(organization):
        meeting_schedule(chapter=chapter, weeks=3)
        upcoming = list(Meeting.objects.filter(chapter=chapter).order_by("date"))
        member = MemberFactory(organization=organization, chapter=chapter, status="active")
        Attendance.objects.create(meeting=upcoming[-1], member=member, status="absent")
        chapter_update(chapter=chapter, actor=owner, meeting_weekday=3)
        weekdays = set(
            Meeting.objects.filter(chapter=chapter)
            .exclude(pk=upcoming[-1].pk)
            .values_list("date", flat=True)
        )
        assert {day.weekday() for day in weekdays} == {3}
        assert Meeting.objects.filter(pk=upcoming[-1].pk).exists()


def test_completing_locks_the_report_and_records_everyone_else_present(organization, owner) -> None:
    meeting = MeetingFactory(organization=organization)
    first, second = (
        MemberFactory(organization=organization, chapter=meeting.chapter, status="active")
        for _ in range(2)
    )
    with tenant(organization):
        Attendance.objects.create(meeting=meeting, member=first, status="absent")
        meeting_set_report_status(meeting=meeting, actor=owner, report_status="completed")
        statuses = dict(
            Attendance.objects.filter(meeting=meeting).values_list("member_id", "status")
        )
        assert statuses == {first.pk: "absent", second.pk: "present"}
        with pytest.raises(Conflict, match="completed and locked"):
            meeting_set_report_status(meeting=meeting, actor=owner, report_status="completed")
        with pytest.raises(Conflict, match="locked"):
            meeting_set_report_status(meeting=meeting, actor=owner, report_status="holiday")
        assert AuditEvent.objects.filter(action="meeting.completed").count() == 1
    assert meeting.completed_by == owner


def test_cancel_makes_a_holiday_and_restore_undoes_it(organization, owner) -> None:
    meeting = MeetingFactory(organization=organization)
    with tenant(organization):
        meeting_set_report_status(
            meeting=meeting, actor=owner, report_status="holiday", note="Thanksgiving"
        )
        assert (meeting.report_status, meeting.note) == ("holiday", "Thanksgiving")
        with pytest.raises(Conflict, match="holiday meeting cannot become completed"):
            meeting_set_report_status(meeting=meeting, actor=owner, report_status="completed")
        meeting_set_report_status(meeting=meeting, actor=owner, report_status="draft")
        assert (meeting.report_status, meeting.note) == ("draft", "")
        assert list(AuditEvent.objects.order_by("created_at").values_list("action", flat=True)) == [
            "meeting.holiday",
            "meeting.restored",
        ]

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from core.errors import Conflict
from groups.attendance import (
    absence_summaries,
    attendance_roster,
    attendance_set,
    months_before,
)
from groups.models import AbsenceAlert, Attendance
from groups.tasks import send_absence_alert
from tenancy.context import tenant
from tests.factories.groups import (
    ChapterRoleFactory,
    MedicalLeaveFactory,
    MeetingFactory,
    MemberFactory,
    today,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(organization):
    return MeetingFactory(organization=organization, date=today())


def _seats(meeting, count, **fields):
    return [
        MemberFactory(
            organization=meeting.organization, chapter=meeting.chapter, status="active", **fields
        )
        for _ in range(count)
    ]


def test_the_roster_is_the_chapters_seats_that_had_joined_everyone_present(meeting) -> None:
    expected = _seats(meeting, 2)
    MemberFactory(organization=meeting.organization, chapter=meeting.chapter, status="dropped")
    MemberFactory(organization=meeting.organization, chapter=meeting.chapter, status="pending")
    _seats(meeting, 1, joined_on=meeting.date + datetime.timedelta(days=1))
    MemberFactory(organization=meeting.organization, status="active")  # another chapter
    with tenant(meeting.organization):
        lines = attendance_roster(meeting=meeting)
    assert {line.member.pk for line in lines} == {member.pk for member in expected}
    assert {(line.status, line.recorded) for line in lines} == {("present", False)}


def test_saving_sets_the_whole_roster_and_who_is_not_mentioned_is_present(meeting, owner) -> None:
    absent, late, substitute, present = _seats(meeting, 4)
    with tenant(meeting.organization):
        Attendance.objects.create(meeting=meeting, member=present, status="absent")
        attendance_set(
            meeting=meeting,
            actor=owner,
            entries=[
                {"member": absent.pk, "status": "absent"},
                {"member": late.pk, "status": "late"},
                {"member": substitute.pk, "status": "substitute", "substitute_name": " Pat Lee "},
            ],
        )
        saved = {
            row.member_id: (row.status, row.substitute_name)
            for row in Attendance.objects.filter(meeting=meeting)
        }
        event = AuditEvent.objects.get(action="attendance.saved")
    assert saved == {
        absent.pk: ("absent", ""),
        late.pk: ("late", ""),
        substitute.pk: ("substitute", "Pat Lee"),
        present.pk: ("present", ""),
    }
    assert event.before == {
        str(present.pk): "absent",
        **{str(m.pk): "present" for m in (absent, late, substitute)},
    }


def test_any_bad_entry_rejects_the_whole_save(meeting, owner) -> None:
    first, second = _seats(meeting, 2)
    stranger = MemberFactory(organization=meeting.organization, status="active")
    with tenant(meeting.organization):
        with pytest.raises(ValidationError) as error:
            attendance_set(
                meeting=meeting,
                actor=owner,
                entries=[
                    {"member": first.pk, "status": "absent"},
                    {"member": stranger.pk, "status": "absent"},
                    {"member": second.pk, "status": "substitute"},
                    {"member": first.pk, "status": "late"},
                    {"member": second.pk, "status": "medical", "substitute_name": "X"},
                ],
            )
        assert not Attendance.objects.filter(meeting=meeting).exists()
    assert set(error.value.message_dict) == {
        "entries[1].member",
        "entries[2].substitute_name",
        "entries[3].member",
        "entries[4].member",
        "entries[4].substitute_name",
        "entries[4].status",
    }


def test_medical_needs_a_leave_covering_the_meeting_date(meeting, owner) -> None:
    (member,) = _seats(meeting, 1)
    with tenant(meeting.organization):
        with pytest.raises(ValidationError, match="pre-approved"):
            attendance_set(
                meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "medical"}]
            )
        MedicalLeaveFactory(organization=meeting.organization, member=member)
        attendance_set(
            meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "medical"}]
        )
        assert Attendance.objects.get(meeting=meeting).status == "medical"


def test_a_completed_report_changes_only_through_an_audited_correction(meeting, owner) -> None:
    (member,) = _seats(meeting, 1)
    meeting.report_status = "completed"
    with tenant(meeting.organization):
        meeting.save()
        with pytest.raises(Conflict, match="locked"):
            attendance_set(
                meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "absent"}]
            )
        attendance_set(
            meeting=meeting,
            actor=owner,
            entries=[{"member": member.pk, "status": "absent"}],
            correction_reason="Was not there after all",
        )
        event = AuditEvent.objects.get(action="attendance.corrected")
    assert event.after == {str(member.pk): "absent", "correction_reason": "Was not there after all"}


def test_a_holiday_takes_no_attendance(meeting, owner) -> None:
    meeting.report_status = "holiday"
    with (
        tenant(meeting.organization),
        pytest.raises(Conflict, match="holiday meeting takes no attendance"),
    ):
        meeting.save()
        attendance_set(meeting=meeting, actor=owner, entries=[])


def _history(member, statuses, *, start):
    """One meeting a week from ``start`` with ``member`` marked each status in turn."""
    for week, status in enumerate(statuses):
        meeting = MeetingFactory(
            organization=member.organization,
            chapter=member.chapter,
            date=start + datetime.timedelta(weeks=week),
        )
        Attendance.objects.create(
            meeting=meeting,
            member=member,
            status=status,
            substitute_name="Sam" if status == "substitute" else "",
        )


def test_absences_count_in_the_rolling_window_substitutes_and_medical_never(organization) -> None:
    member = MemberFactory(organization=organization, status="active")
    on = datetime.date(2026, 11, 20)
    with tenant(organization):
        _history(member, ["absent"], start=datetime.date(2026, 5, 1))  # outside six months
        _history(
            member,
            ["absent", "substitute", "medical", "late", "late", "absent"],
            start=datetime.date(2026, 9, 1),
        )
        summary = absence_summaries(member_ids=[member.pk], on=on)[member.pk]
        assert (summary.absent, summary.late, summary.substitute, summary.counted_absences) == (
            2,
            2,
            1,
            2,
        )
        organization.settings = {"lates_per_absence": 2}
        organization.save()
        assert absence_summaries(member_ids=[member.pk], on=on)[member.pk].counted_absences == 3
    assert summary.window_start == datetime.date(2026, 5, 20)


def test_months_before_clamps_to_the_end_of_a_shorter_month() -> None:
    assert months_before(datetime.date(2026, 8, 31), 6) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2028, 8, 31), 6) == datetime.date(2028, 2, 29)
    assert months_before(datetime.date(2027, 1, 15), 2) == datetime.date(2026, 11, 15)


def test_crossing_the_absence_limit_alerts_the_vice_president_and_committee_once(
    meeting, owner, django_capture_on_commit_callbacks
) -> None:
    organization = meeting.organization
    (member,) = _seats(meeting, 1)
    for role, email in (
        ("vice_president", "vp@example.com"),
        ("membership_committee", "mc@example.com"),
        ("president", "p@example.com"),
    ):
        leader = MemberFactory(
            organization=organization, chapter=meeting.chapter, status="active", invited_email=email
        )
        ChapterRoleFactory(organization=organization, member=leader, role=role)
    with tenant(organization):
        _history(member, ["absent"] * 3, start=meeting.date - datetime.timedelta(weeks=5))
        with django_capture_on_commit_callbacks() as callbacks:
            attendance_set(
                meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "absent"}]
            )
        alert = AbsenceAlert.objects.get()
        assert (alert.member_id, alert.absences) == (member.pk, 4)
        # Saving the same meeting again, or another absence in the window, raises no new alert.
        attendance_set(
            meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "late"}]
        )
        attendance_set(
            meeting=meeting, actor=owner, entries=[{"member": member.pk, "status": "absent"}]
        )
        assert AbsenceAlert.objects.count() == 1
    assert len(callbacks) == 1
    send_absence_alert(organization_id=str(organization.pk), alert_id=str(alert.pk))
    send_absence_alert(organization_id=str(organization.pk), alert_id=str(alert.pk))
    assert [sorted(message.to) for message in mail.outbox] == [["mc@example.com", "vp@example.com"]]
    assert "4 absences" in mail.outbox[0].subject

"""Chapter leaders over HTTP: a running role grants leader scopes in its own chapter only."""

import datetime

import pytest

from groups.models import Attendance, ChapterRole, Meeting
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    AttendanceFactory,
    ChapterFactory,
    ChapterRoleFactory,
    MedicalLeaveFactory,
    MeetingFactory,
    MemberFactory,
    today,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def vice_president(organization, member_of):
    """A plain member of the organization who is vice president of one chapter."""
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role="vice_president")
    return user, seat.chapter


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def test_me_shows_the_seat_and_the_chapter_the_person_leads(
    client_for, organization, vice_president
) -> None:
    user, chapter = vice_president
    me = client_for(user).get("/api/v1/me").json()["organizations"][0]
    assert [seat["chapter"] for seat in me["seats"]] == [str(chapter.pk)]
    assert me["leads"] == [
        {
            "chapter": str(chapter.pk),
            "chapter_name": chapter.name,
            "roles": ["vice_president"],
            "scopes": [
                "applications:read",
                "applications:write",
                "attendance:read",
                "meetings:write",
                "members:write",
                "visitors:read",
                "visitors:write",
            ],
        }
    ]
    assert "meetings:write" not in me["scopes"]


def test_a_vice_president_takes_attendance_in_their_chapter_only(
    client_for, organization, vice_president
) -> None:
    user, chapter = vice_president
    client = client_for(user)
    own = MeetingFactory(organization=organization, chapter=chapter, date=today())
    other = MeetingFactory(organization=organization)
    body = {"entries": []}
    assert (
        client.put(
            _url(organization, f"meetings/{own.pk}/attendance/"), body, format="json"
        ).status_code
        == 200
    )
    refused = client.put(
        _url(organization, f"meetings/{other.pk}/attendance/"), body, format="json"
    )
    assert refused.status_code == 403
    assert refused.json()["detail"] == "Your roles do not allow this in that chapter."
    assert client.get(_url(organization, f"meetings/{other.pk}/attendance/")).status_code == 403


def test_a_leader_cannot_use_chapter_scopes_where_no_chapter_is_named(
    client_for, organization, vice_president
) -> None:
    user, _ = vice_president
    response = client_for(user).post(
        _url(organization, "chapters/"),
        {"name": "New", "meeting_start_time": "07:00"},
        format="json",
    )
    assert response.status_code == 403


def test_an_ended_term_grants_nothing(client_for, organization, member_of) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    yesterday = today() - datetime.timedelta(days=1)
    ChapterRoleFactory(
        organization=organization,
        member=seat,
        starts_on=yesterday - datetime.timedelta(days=100),
        ends_on=yesterday,
    )
    meeting = MeetingFactory(organization=organization, chapter=seat.chapter)
    response = client_for(user).put(
        _url(organization, f"meetings/{meeting.pk}/attendance/"), {"entries": []}, format="json"
    )
    assert response.status_code == 403


def test_a_refused_leader_write_changes_nothing(client_for, organization, vice_president) -> None:
    user, _ = vice_president
    stranger = MemberFactory(organization=organization, status="active", name="Sam")
    response = client_for(user).patch(
        _url(organization, f"members/{stranger.pk}/"), {"name": "X"}, format="json"
    )
    assert response.status_code == 403
    with tenant(organization):
        stranger.refresh_from_db()
    assert stranger.name == "Sam"


def test_the_president_names_leaders_in_their_chapter(client_for, organization, member_of) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role="president")
    colleague = MemberFactory(organization=organization, chapter=seat.chapter, status="active")
    client = client_for(user)
    url = _url(organization, f"chapters/{seat.chapter_id}/roles/")
    response = client.post(
        url, {"member": str(colleague.pk), "role": "visitor_host"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["member_name"], body["role"]) == (colleague.name, "visitor_host")
    again = client.post(url, {"member": str(colleague.pk), "role": "visitor_host"}, format="json")
    assert again.status_code == 409
    assert "already Visitor host" in again.json()["detail"]
    current = client.get(url + "?current=true").json()
    assert {entry["role"] for entry in current} == {"president", "visitor_host"}
    assert client.delete(_url(organization, f"chapter-roles/{body['id']}/")).status_code == 204


def test_a_role_needs_a_seat_of_the_chapter_and_a_sane_term(
    client_for, organization, owner
) -> None:
    chapter = ChapterFactory(organization=organization)
    outsider = MemberFactory(organization=organization, status="active")
    client = client_for(owner)
    url = _url(organization, f"chapters/{chapter.pk}/roles/")
    response = client.post(url, {"member": str(outsider.pk), "role": "president"}, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["member"]
    seat = MemberFactory(organization=organization, chapter=chapter, status="active")
    backwards = client.post(
        url,
        {
            "member": str(seat.pk),
            "role": "president",
            "starts_on": "2026-06-01",
            "ends_on": "2026-01-01",
        },
        format="json",
    )
    assert backwards.status_code == 400
    assert list(backwards.json()["errors"]) == ["ends_on"]
    with tenant(organization):
        assert not ChapterRole.objects.exists()


def test_attendance_over_http_validates_every_entry(client_for, organization, owner) -> None:
    meeting = MeetingFactory(organization=organization, date=today())
    seat = MemberFactory(organization=organization, chapter=meeting.chapter, status="active")
    client = client_for(owner)
    url = _url(organization, f"meetings/{meeting.pk}/attendance/")
    bad = client.put(
        url, {"entries": [{"member": str(seat.pk), "status": "asleep"}]}, format="json"
    )
    assert bad.status_code == 400
    assert "entries" in bad.json()["errors"]
    sub = client.put(
        url, {"entries": [{"member": str(seat.pk), "status": "substitute"}]}, format="json"
    )
    assert sub.status_code == 400
    assert list(sub.json()["errors"]) == ["entries[0].substitute_name"]
    with tenant(organization):
        assert not Attendance.objects.exists()
    ok = client.put(url, {"entries": [{"member": str(seat.pk), "status": "late"}]}, format="json")
    assert [(e["member"]["name"], e["status"], e["recorded"]) for e in ok.json()["entries"]] == [
        (seat.name, "late", True)
    ]


def test_completing_twice_is_a_conflict_and_locked_attendance_needs_a_reason(
    client_for, organization, owner
) -> None:
    meeting = MeetingFactory(organization=organization, date=today())
    seat = MemberFactory(organization=organization, chapter=meeting.chapter, status="active")
    client = client_for(owner)
    complete = _url(organization, f"meetings/{meeting.pk}/complete")
    assert client.post(complete, {}, format="json").json()["report_status"] == "completed"
    again = client.post(complete, {}, format="json")
    assert again.status_code == 409
    assert "completed and locked" in again.json()["detail"]
    url = _url(organization, f"meetings/{meeting.pk}/attendance/")
    entries = [{"member": str(seat.pk), "status": "absent"}]
    locked = client.put(url, {"entries": entries}, format="json")
    assert locked.status_code == 409
    corrected = client.put(
        url, {"entries": entries, "correction_reason": "Left early"}, format="json"
    )
    assert corrected.status_code == 200


def test_cancel_and_restore_over_http(client_for, organization, owner) -> None:
    meeting = MeetingFactory(organization=organization)
    client = client_for(owner)
    cancelled = client.post(
        _url(organization, f"meetings/{meeting.pk}/cancel"), {"note": "Holiday"}, format="json"
    )
    assert (cancelled.json()["report_status"], cancelled.json()["note"]) == ("holiday", "Holiday")
    restored = client.post(_url(organization, f"meetings/{meeting.pk}/restore"), {}, format="json")
    assert restored.json()["report_status"] == "draft"


def test_members_see_meetings_but_not_others_attendance(
    client_for, organization, member_of
) -> None:
    record = AttendanceFactory(organization=organization)
    client = client_for(member_of(organization, Role.MEMBER))
    listed = client.get(_url(organization, f"meetings/?chapter={record.meeting.chapter_id}")).json()
    assert [m["id"] for m in listed["results"]] == [str(record.meeting_id)]
    assert (
        client.get(_url(organization, f"meetings/{record.meeting_id}/attendance/")).status_code
        == 403
    )
    assert (
        client.get(_url(organization, f"members/{record.member_id}/attendance")).status_code == 403
    )
    assert (
        client.put(
            _url(organization, f"meetings/{record.meeting_id}/attendance/"),
            {"entries": []},
            format="json",
        ).status_code
        == 403
    )


def test_a_member_reads_their_own_attendance_and_absence_count(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    meeting = MeetingFactory(
        organization=organization,
        chapter=seat.chapter,
        date=today() - datetime.timedelta(days=7),
    )
    with tenant(organization):
        Attendance.objects.create(meeting=meeting, member=seat, status="absent")
    body = client_for(user).get(_url(organization, f"members/{seat.pk}/attendance")).json()
    assert (
        body["summary"]["absent"],
        body["summary"]["counted_absences"],
        body["summary"]["limit"],
    ) == (1, 1, 3)
    assert body["summary"]["over_limit"] is False
    assert [(r["date"], r["status"]) for r in body["records"]] == [
        (meeting.date.isoformat(), "absent")
    ]


def test_medical_leaves_are_approved_and_withdrawn_by_leaders(
    client_for, organization, vice_president
) -> None:
    user, chapter = vice_president
    seat = MemberFactory(organization=organization, chapter=chapter, status="active")
    client = client_for(user)
    url = _url(organization, f"members/{seat.pk}/medical-leaves/")
    created = client.post(
        url, {"starts_on": "2026-11-01", "ends_on": "2026-12-01", "note": "Surgery"}, format="json"
    )
    assert created.status_code == 201
    assert [leave["note"] for leave in client.get(url).json()] == ["Surgery"]
    assert (
        client.delete(_url(organization, f"medical-leaves/{created.json()['id']}/")).status_code
        == 204
    )
    foreign = MedicalLeaveFactory(organization=organization)
    assert client.delete(_url(organization, f"medical-leaves/{foreign.pk}/")).status_code == 403


def test_meeting_filters_are_validated(client_for, organization, owner) -> None:
    response = client_for(owner).get(_url(organization, "meetings/?date_from=tomorrow"))
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["date_from"]


def test_attendance_reads_and_saves_in_constant_queries(
    client_for, organization, owner, django_assert_max_num_queries
) -> None:
    meeting = MeetingFactory(organization=organization, date=today())
    seats = [
        MemberFactory(organization=organization, chapter=meeting.chapter, status="active")
        for _ in range(40)
    ]
    client = client_for(owner)
    url = _url(organization, f"meetings/{meeting.pk}/attendance/")
    with django_assert_max_num_queries(12):
        assert len(client.get(url).json()["entries"]) == 40
    entries = [{"member": str(seat.pk), "status": "absent"} for seat in seats[:5]]
    with django_assert_max_num_queries(20):
        assert client.put(url, {"entries": entries}, format="json").status_code == 200
    with django_assert_max_num_queries(10):
        assert (
            client.get(_url(organization, f"meetings/?chapter={meeting.chapter_id}")).status_code
            == 200
        )
    with tenant(organization):
        assert Attendance.objects.filter(meeting=meeting).count() == 40
        assert Meeting.objects.get(pk=meeting.pk).report_status == "draft"


def test_a_meeting_that_has_not_taken_place_cannot_be_completed(
    client_for, organization, owner
) -> None:
    ahead = today() + datetime.timedelta(days=18)
    meeting = MeetingFactory(
        organization=organization,
        date=ahead,
        starts_at=datetime.datetime.combine(ahead, datetime.time(7), datetime.UTC),
    )
    response = client_for(owner).post(
        _url(organization, f"meetings/{meeting.pk}/complete"), {}, format="json"
    )
    assert response.status_code == 409
    assert "has not taken place yet" in response.json()["detail"]
    with tenant(organization):
        meeting.refresh_from_db()
        assert (meeting.report_status, Attendance.objects.count()) == ("draft", 0)

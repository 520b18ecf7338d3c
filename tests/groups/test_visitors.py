import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError

from core.errors import Conflict
from groups.meetings import add_business_days
from groups.models import Visit, Visitor
from groups.tasks import notify_visitor_registered, send_visit_reminders
from groups.visitors import visit_mark, visitor_register
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    ChapterFactory,
    ChapterRoleFactory,
    MeetingFactory,
    MemberFactory,
    VisitFactory,
    today,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def chapter(organization):
    return ChapterFactory(organization=organization)


def _upcoming(chapter, weeks):
    return MeetingFactory(
        organization=chapter.organization,
        chapter=chapter,
        date=today() + datetime.timedelta(weeks=weeks),
    )


def test_a_guest_is_one_visitor_per_chapter_and_email_and_may_visit_twice(chapter, owner) -> None:
    host = MemberFactory(organization=chapter.organization, chapter=chapter, status="active")
    first, second, third = (_upcoming(chapter, weeks) for weeks in (1, 2, 3))
    with tenant(chapter.organization):
        visitor_register(
            chapter=chapter,
            meeting=first,
            actor=owner,
            name="Ana",
            email="ana@x.com",
            invited_by=host,
        )
        visitor_register(chapter=chapter, meeting=first, actor=owner, name="Ana", email="ANA@x.com")
        visitor_register(
            chapter=chapter, meeting=second, actor=None, name="Ana", email="ana@x.com", phone="555"
        )
        visitor = Visitor.objects.get()
        assert (visitor.invited_by, visitor.phone, visitor.visits.count()) == (host, "555", 2)
        with pytest.raises(Conflict, match=r"already visited 2 times.*apply"):
            visitor_register(
                chapter=chapter, meeting=third, actor=owner, name="Ana", email="ana@x.com"
            )
        # A visit marked as missed does not count against the limit.
        visit_mark(visit=visitor.visits.get(meeting=second), actor=owner, attended=False)
        visitor_register(chapter=chapter, meeting=third, actor=owner, name="Ana", email="ana@x.com")
        assert Visit.objects.count() == 3


def test_only_upcoming_draft_meetings_of_the_chapter_take_visitors(chapter, owner) -> None:
    past = MeetingFactory(
        organization=chapter.organization,
        chapter=chapter,
        date=today() - datetime.timedelta(days=7),
    )
    elsewhere = _upcoming(ChapterFactory(organization=chapter.organization), 1)
    with tenant(chapter.organization):
        for meeting in (past, elsewhere):
            with pytest.raises(ValidationError, match="upcoming meeting"):
                visitor_register(
                    chapter=chapter, meeting=meeting, actor=owner, name="A", email="a@x.com"
                )
        assert not Visitor.objects.exists()


def test_the_visitor_is_confirmed_and_the_leaders_told_once(chapter, owner) -> None:
    host = MemberFactory(
        organization=chapter.organization,
        chapter=chapter,
        status="active",
        invited_email="host@x.com",
    )
    ChapterRoleFactory(organization=chapter.organization, member=host, role="visitor_host")
    meeting = _upcoming(chapter, 1)
    with tenant(chapter.organization):
        visit = visitor_register(
            chapter=chapter,
            meeting=meeting,
            actor=owner,
            name="Ana",
            email="ana@x.com",
            profession="Florist",
        )
    for _ in range(2):
        notify_visitor_registered(
            organization_id=str(chapter.organization_id), visit_id=str(visit.pk)
        )
    assert [message.to for message in mail.outbox] == [["ana@x.com"], ["host@x.com"]]
    assert "Florist" in mail.outbox[1].body


def test_reminders_go_two_business_days_ahead_once(chapter) -> None:
    due = VisitFactory(
        organization=chapter.organization,
        visitor__chapter=chapter,
        meeting__chapter=chapter,
        meeting__date=add_business_days(today(), 2),
    )
    VisitFactory(
        organization=chapter.organization,
        visitor__chapter=chapter,
        meeting__chapter=chapter,
        meeting__date=add_business_days(today(), 4),
    )
    assert send_visit_reminders() == 1
    assert send_visit_reminders() == 0
    assert [message.to for message in mail.outbox] == [[due.visitor.email]]


def test_add_business_days_skips_the_weekend() -> None:
    friday = datetime.date(2026, 11, 20)
    assert add_business_days(friday, 2) == datetime.date(2026, 11, 24)


# --- over HTTP ------------------------------------------------------------------------------


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def test_a_member_registers_a_guest_for_their_chapter_and_gets_the_credit(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    meeting = _upcoming(seat.chapter, 1)
    client = client_for(user)
    body = {
        "chapter": str(seat.chapter_id),
        "meeting": str(meeting.pk),
        "name": "Ana",
        "email": "ana@x.com",
    }
    response = client.post(_url(organization, "visitors/"), body, format="json")
    assert response.status_code == 201, response.content
    assert (response.json()["invited_by_name"], len(response.json()["visits"])) == (seat.name, 1)
    other = ChapterFactory(organization=organization)
    refused = client.post(
        _url(organization, "visitors/"),
        {**body, "chapter": str(other.pk), "meeting": str(_upcoming(other, 1).pk)},
        format="json",
    )
    assert refused.status_code == 403
    # Members register guests; following them up is for leaders.
    assert client.get(_url(organization, "visitors/")).status_code == 403


def test_leaders_see_and_follow_up_their_own_chapters_visitors(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role="visitor_host")
    own = VisitFactory(
        organization=organization, visitor__chapter=seat.chapter, meeting__chapter=seat.chapter
    )
    VisitFactory(organization=organization)
    client = client_for(user)
    listed = client.get(_url(organization, "visitors/")).json()["results"]
    assert [v["id"] for v in listed] == [str(own.visitor_id)]
    moved = client.patch(
        _url(organization, f"visitors/{own.visitor_id}/"),
        {"status": "contacted", "notes": "Called"},
        format="json",
    )
    assert (moved.json()["status"], moved.json()["notes"]) == ("contacted", "Called")
    marked = client.patch(
        _url(organization, f"visits/{own.pk}/"), {"attended": True}, format="json"
    )
    assert marked.json()["attended"] is True
    assert (
        client.patch(
            _url(organization, f"visitors/{own.visitor_id}/"), {"status": "asleep"}, format="json"
        ).status_code
        == 400
    )


def test_the_visitor_list_reads_in_constant_queries(
    client_for, organization, owner, django_assert_max_num_queries
) -> None:
    chapter = ChapterFactory(organization=organization)
    for _ in range(15):
        VisitFactory(organization=organization, visitor__chapter=chapter, meeting__chapter=chapter)
    client = client_for(owner)
    with django_assert_max_num_queries(10):
        response = client.get(_url(organization, f"visitors/?chapter={chapter.pk}"))
    assert len(response.json()["results"]) == 15


# --- the public link --------------------------------------------------------------------------


def _public(organization, chapter, suffix=""):
    return f"/api/v1/public/{organization.slug}/chapters/{chapter.visitor_token}/{suffix}"


def test_a_guest_registers_through_the_public_link_without_an_account(
    api_client, organization
) -> None:
    chapter = ChapterFactory(organization=organization)
    host = MemberFactory(organization=organization, chapter=chapter, status="active")
    meeting = _upcoming(chapter, 1)
    page = api_client.get(_public(organization, chapter))
    assert page.status_code == 200
    assert [m["id"] for m in page.json()["meetings"]] == [str(meeting.pk)]
    assert [m["name"] for m in page.json()["members"]] == [host.name]
    assert "phone" not in page.json()["members"][0]
    response = api_client.post(
        _public(organization, chapter, "visitors"),
        {
            "meeting": str(meeting.pk),
            "name": "Ana",
            "email": "ana@x.com",
            "invited_by": str(host.pk),
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    with tenant(organization):
        visitor = Visitor.objects.get()
    assert (visitor.source, visitor.invited_by_id) == ("public_link", host.pk)


def test_the_honeypot_answers_like_success_and_stores_nothing(api_client, organization) -> None:
    chapter = ChapterFactory(organization=organization)
    meeting = _upcoming(chapter, 1)
    response = api_client.post(
        _public(organization, chapter, "visitors"),
        {"meeting": str(meeting.pk), "name": "Bot", "email": "bot@x.com", "website": "http://spam"},
        format="json",
    )
    assert response.status_code == 201
    with tenant(organization):
        assert not Visitor.objects.exists()


def test_a_wrong_token_or_another_organizations_slug_is_not_found(
    api_client, organization, other_organization
) -> None:
    chapter = ChapterFactory(organization=organization)
    assert api_client.get(f"/api/v1/public/{organization.slug}/chapters/nope/").status_code == 404
    assert api_client.get(_public(other_organization, chapter)).status_code == 404


def test_registrations_through_the_link_are_rate_limited(api_client, organization) -> None:
    cache.clear()
    chapter = ChapterFactory(organization=organization)
    meeting = _upcoming(chapter, 1)
    statuses = [
        api_client.post(
            _public(organization, chapter, "visitors"),
            {"meeting": str(meeting.pk), "name": "Ana", "email": f"a{n}@x.com", "website": "x"},
            format="json",
        ).status_code
        for n in range(11)
    ]
    assert statuses == [201] * 10 + [429]
    cache.clear()

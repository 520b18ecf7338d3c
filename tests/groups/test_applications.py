import datetime

import pytest
from django.core import mail

from core.errors import Conflict
from groups.applications import (
    application_decide,
    application_record_payment,
    application_submit,
)
from groups.models import Application, Member, Visitor
from groups.tasks import daily_memberships
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    ApplicationFactory,
    CategoryFactory,
    ChapterFactory,
    ChapterRoleFactory,
    MemberFactory,
    VisitorFactory,
    today,
)

pytestmark = pytest.mark.django_db


def test_from_visitor_to_active_member(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    host = MemberFactory(organization=organization, chapter=chapter, status="active")
    visitor = VisitorFactory(
        organization=organization, chapter=chapter, invited_by=host, phone="555"
    )
    category = CategoryFactory(organization=organization)
    with tenant(organization):
        application = application_submit(
            chapter=chapter, actor=owner, visitor=visitor, category=category
        )
        assert (application.name, application.phone, application.sponsor) == (
            visitor.name,
            "555",
            host,
        )
        visitor.refresh_from_db()
        assert visitor.status == "applied"
        application_decide(application=application, actor=owner, approve=True, notes="Good fit")
        seat = application.member
        assert (application.status, seat.status, seat.sponsor) == ("approved", "pending", host)
        assert application.payment_due_on == today() + datetime.timedelta(days=7)
        application_record_payment(application=application, actor=owner)
        seat.refresh_from_db()
        visitor.refresh_from_db()
    assert (application.status, seat.status, visitor.status) == ("joined", "active", "joined")
    assert seat.joined_on == today()
    assert seat.renewal_on == today().replace(year=today().year + 1)
    assert seat.holds_category


def test_one_open_application_per_email_and_decisions_only_once(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    with tenant(organization):
        application = application_submit(
            chapter=chapter, actor=owner, name="Ana", email="ana@x.com"
        )
        with pytest.raises(Conflict, match="already has an open application"):
            application_submit(chapter=chapter, actor=owner, name="Ana", email="ANA@x.com")
        application_decide(application=application, actor=owner, approve=False, notes="Not now")
        with pytest.raises(Conflict, match="only an open application"):
            application_decide(application=application, actor=owner, approve=True)
        # Declined: they may apply again.
        application_submit(chapter=chapter, actor=owner, name="Ana", email="ana@x.com")


def test_approving_a_held_category_is_a_conflict_naming_the_holder(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    category = CategoryFactory(organization=organization)
    MemberFactory(
        organization=organization,
        chapter=chapter,
        category=category,
        status="active",
        holds_category=True,
        name="Pat Holder",
    )
    application = ApplicationFactory(organization=organization, chapter=chapter, category=category)
    with tenant(organization), pytest.raises(Conflict, match="Pat Holder already holds"):
        application_decide(application=application, actor=owner, approve=True)


def test_an_unpaid_approval_lapses_and_its_seat_is_dropped(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    application = ApplicationFactory(organization=organization, chapter=chapter)
    with tenant(organization):
        application_decide(application=application, actor=owner, approve=True)
        Application.objects.filter(pk=application.pk).update(
            payment_due_on=today() - datetime.timedelta(days=1)
        )
        application.refresh_from_db()
        with pytest.raises(Conflict, match="payment window closed"):
            application_record_payment(application=application, actor=owner)
        assert Member.objects.get(pk=application.member_id).status == "pending"
    assert daily_memberships()["lapsed"] == 1
    with tenant(organization):
        application.refresh_from_db()
        assert application.status == "lapsed"
        assert Member.objects.get(pk=application.member_id).status == "dropped"


def test_daily_job_marks_overdue_renewals_late_and_reminds_once(organization) -> None:
    day = today()
    overdue = MemberFactory(
        organization=organization, status="active", renewal_on=day - datetime.timedelta(days=1)
    )
    soon = MemberFactory(
        organization=organization,
        status="active",
        renewal_on=day + datetime.timedelta(days=10),
        invited_email="soon@x.com",
    )
    MemberFactory(
        organization=organization,
        status="active",
        renewal_on=day + datetime.timedelta(days=90),
        invited_email="later@x.com",
    )
    first = daily_memberships()
    second = daily_memberships()
    assert (first["late"], first["reminded"], second["reminded"]) == (1, 1, 0)
    assert [message.to for message in mail.outbox] == [["soon@x.com"]]
    with tenant(organization):
        overdue.refresh_from_db()
        soon.refresh_from_db()
    assert (overdue.status, soon.renewal_reminded_on) == ("late", day)


# --- over HTTP --------------------------------------------------------------------------------


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def _leader(organization, member_of, role):
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role=role)
    return user, seat.chapter


def test_committee_notes_are_for_the_committee_only(client_for, organization, member_of) -> None:
    committee, chapter = _leader(organization, member_of, "membership_committee")
    host_user = member_of(organization, Role.MEMBER)
    host = MemberFactory(
        organization=organization, chapter=chapter, user=host_user, status="active"
    )
    ChapterRoleFactory(organization=organization, member=host, chapter=chapter, role="visitor_host")
    application = ApplicationFactory(organization=organization, chapter=chapter)
    url = _url(organization, f"applications/{application.pk}/")
    assert (
        client_for(committee).get(url).json()["committee_notes"] == "Checked references: glowing."
    )
    host_view = client_for(host_user).get(url)
    assert host_view.status_code == 200
    assert host_view.json()["committee_notes"] is None
    listed = client_for(host_user).get(_url(organization, "applications/")).json()["results"]
    assert [entry["committee_notes"] for entry in listed] == [None]
    # The visitor host records applications but does not decide them.
    assert client_for(host_user).post(url + "approve", {}, format="json").status_code == 403
    assert (
        client_for(host_user).patch(url, {"committee_notes": "x"}, format="json").status_code == 403
    )


def test_the_committee_approves_and_the_treasurer_records_payment(
    client_for, organization, member_of
) -> None:
    committee, chapter = _leader(organization, member_of, "membership_committee")
    treasurer_user = member_of(organization, Role.MEMBER)
    treasurer = MemberFactory(
        organization=organization, chapter=chapter, user=treasurer_user, status="active"
    )
    ChapterRoleFactory(
        organization=organization, member=treasurer, chapter=chapter, role="secretary_treasurer"
    )
    created = client_for(treasurer_user).post(
        _url(organization, "applications/"),
        {"chapter": str(chapter.pk), "name": "Ana", "email": "ana@x.com"},
        format="json",
    )
    assert created.status_code == 201, created.content
    base = _url(organization, f"applications/{created.json()['id']}/")
    approved = client_for(committee).post(base + "approve", {"notes": "Yes"}, format="json")
    assert approved.json()["status"] == "approved"
    again = client_for(committee).post(base + "approve", {}, format="json")
    assert again.status_code == 409
    paid = client_for(treasurer_user).post(base + "payment", {}, format="json")
    assert paid.json()["status"] == "joined"
    with tenant(organization):
        assert Member.objects.get(pk=paid.json()["member"]).status == "active"


def test_an_application_needs_a_name_and_email_and_changes_nothing_when_bad(
    client_for, organization, owner
) -> None:
    chapter = ChapterFactory(organization=organization)
    response = client_for(owner).post(
        _url(organization, "applications/"), {"chapter": str(chapter.pk)}, format="json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"name", "email"}
    with tenant(organization):
        assert not Application.objects.exists()
        assert not Visitor.objects.exists()

"""The organization's overview: organization-wide figures for owners, admins and staff."""

import datetime
from decimal import Decimal

import pytest

from referrals.overview import selectors
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    ApplicationFactory,
    ChapterFactory,
    ChapterRoleFactory,
    MeetingFactory,
    MemberFactory,
    VisitFactory,
)
from tests.factories.referrals import HelpTallyFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 15)


@pytest.fixture(autouse=True)
def _today(monkeypatch) -> None:
    monkeypatch.setattr(selectors, "organization_today", lambda organization: TODAY)


def _url(organization):
    return f"/api/v1/orgs/{organization.slug}/overview/"


def _organization_with_a_month(organization) -> None:
    downtown = ChapterFactory(organization=organization, status="active")
    ChapterFactory(organization=organization, status="active")
    ChapterFactory(organization=organization, status="forming")
    seat = MemberFactory(organization=organization, chapter=downtown, status="active")
    MemberFactory(organization=organization, chapter=downtown, status="pending")
    MemberFactory(organization=organization, chapter=downtown, status="late")
    MemberFactory(
        organization=organization,
        chapter=downtown,
        status="active",
        renewal_on=datetime.date(2026, 3, 1),
    )
    HelpTallyFactory(
        organization=organization,
        member=seat,
        day=datetime.date(2026, 3, 5),
        referrals_given=3,
        thank_you_amount_generated=Decimal("1200.00"),
    )
    HelpTallyFactory(
        organization=organization, member=seat, day=datetime.date(2026, 2, 10), referrals_given=2
    )
    # After the 15th of last month: not among the same days, so not compared.
    HelpTallyFactory(
        organization=organization, member=seat, day=datetime.date(2026, 2, 20), referrals_given=9
    )
    came = MeetingFactory(
        organization=organization,
        chapter=downtown,
        date=datetime.date(2026, 3, 10),
        report_status="completed",
    )
    VisitFactory(organization=organization, visitor__chapter=downtown, meeting=came, attended=True)
    MeetingFactory(organization=organization, chapter=downtown, date=datetime.date(2026, 3, 3))
    ApplicationFactory(organization=organization, chapter=downtown, status="applied")
    ApplicationFactory(organization=organization, chapter=downtown, status="approved")


def test_staff_see_the_organization_this_month_against_the_same_days_of_last_month(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    _organization_with_a_month(organization)
    client = client_for(member_of(organization, Role.STAFF))
    with django_assert_max_num_queries(16):
        response = client.get(_url(organization))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["chapters"] == {"total": 3, "active": 2}
    assert body["members"] == {"active": 2, "on_leave": 0, "pending": 1}
    assert body["this_period"] == {"start": "2026-03-01", "end": "2026-03-15"}
    assert body["last_period"] == {"start": "2026-02-01", "end": "2026-02-15"}
    assert body["help_this_period"]["referrals_given"] == 3
    assert body["help_this_period"]["thank_you_amount_generated"] == "1200.00"
    assert body["help_this_period"]["visitors"] == 1
    assert body["help_last_period"]["referrals_given"] == 2
    assert {item["kind"]: item["count"] for item in body["attention"]} == {
        "applications_to_decide": 1,
        "applications_awaiting_payment": 1,
        "visitors_to_follow_up": 1,
        "renewals_overdue": 2,
        "reports_not_completed": 1,
        "referrals_waiting": 0,
    }


def test_the_query_count_does_not_grow_with_the_organization(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    for _ in range(3):
        _organization_with_a_month(organization)
    client = client_for(member_of(organization, Role.OWNER))
    with django_assert_max_num_queries(16):
        response = client.get(_url(organization))
    assert response.json()["chapters"]["total"] == 9


def test_last_month_is_cut_at_its_own_end_when_it_is_shorter() -> None:
    this, last = selectors.same_days_last_month(datetime.date(2026, 3, 31))
    assert (this.start, this.end) == (datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    assert (last.start, last.end) == (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))


@pytest.mark.parametrize("role", [Role.MEMBER, Role.REGION_DIRECTOR])
def test_members_and_region_directors_do_not_get_the_overview(
    client_for, organization, member_of, role
) -> None:
    assert client_for(member_of(organization, role)).get(_url(organization)).status_code == 403


def test_a_chapter_president_does_not_get_the_organization_overview(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER)
    with tenant(organization):
        seat = MemberFactory(organization=organization, user=user, status="active")
        ChapterRoleFactory(organization=organization, member=seat, role="president")
    assert client_for(user).get(_url(organization)).status_code == 403


def test_another_organizations_staff_get_404(
    client_for, organization, other_organization, member_of
) -> None:
    response = client_for(member_of(other_organization, Role.STAFF)).get(_url(organization))
    assert response.status_code == 404

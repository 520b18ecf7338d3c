"""The chapter's help dashboard, for its leaders."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from referrals.models import HelpTally, Referral
from referrals.selectors import chapter_help_dashboard, help_summary, month_so_far_before
from referrals.services import one_to_one_log, referral_give, thank_you_record
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, ChapterRoleFactory, MemberFactory, today

pytestmark = pytest.mark.django_db


def test_leaders_see_the_chapters_month_and_who_needs_a_nudge(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    chapter = ChapterFactory(organization=organization)
    ann, bo, cy, dee = (
        MemberFactory(
            organization=organization,
            chapter=chapter,
            user=member_of(organization, Role.MEMBER),
            status="active",
            name=name,
        )
        for name in ("Ann", "Bo", "Cy", "Dee")
    )
    ChapterRoleFactory(organization=organization, member=cy)
    with tenant(organization):
        old = referral_give(
            giver=ann, receiver=bo, actor=ann.user, contact_name="Old", tier="inside"
        )
        Referral.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=5)
        )
        referral_give(giver=ann, receiver=bo, actor=ann.user, contact_name="New", tier="inside")
        thank_you_record(thanking=bo, thanked=ann, actor=bo.user, amount=Decimal("2500"))
        one_to_one_log(member=bo, actor=bo.user, others=[dee], met_on=today())
    url = f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/help-dashboard"

    leader = client_for(cy.user)
    leader.get(url)  # signs in
    with django_assert_max_num_queries(25):
        response = leader.get(url)
    assert response.status_code == 200, response.content
    board = response.json()
    assert board["seats"] == 4
    assert board["this_month"]["referrals"] == 2
    assert board["this_month"]["thank_you_amount"] == "2500.00"
    assert board["last_month"]["referrals"] == 0
    assert [row["member_name"] for row in board["top_givers"]] == ["Ann"]
    assert sorted(m["name"] for m in board["quiet_members"]) == ["Bo", "Cy", "Dee"]
    assert [r["contact_name"] for r in board["overdue_referrals"]] == ["Old"]
    assert board["overdue_count"] == 1
    assert board["follow_up_rate"] == 0.0
    assert board["unconfirmed_one_to_ones"] == 1

    # A member who leads nothing does not see it; staff do.
    assert client_for(ann.user).get(url).status_code == 403
    assert client_for(member_of(organization, Role.STAFF)).get(url).status_code == 200
    # The same number of queries with more members and help.
    for index in range(5):
        extra = MemberFactory(organization=organization, chapter=chapter, status="active")
        with tenant(organization):
            referral_give(
                giver=extra, receiver=ann, actor=None, contact_name=f"C{index}", tier="inside"
            )
    with django_assert_max_num_queries(25):
        assert leader.get(url).json()["seats"] == 9


@pytest.mark.parametrize(
    ("today", "compared"),
    [
        (datetime.date(2026, 12, 4), (datetime.date(2026, 11, 1), datetime.date(2026, 11, 4))),
        (datetime.date(2026, 3, 31), (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))),
        (datetime.date(2026, 1, 15), (datetime.date(2025, 12, 1), datetime.date(2025, 12, 15))),
    ],
)
def test_a_month_so_far_is_compared_with_as_many_days_of_the_month_before(today, compared) -> None:
    assert month_so_far_before(today) == compared


def test_the_dashboards_compare_the_month_so_far_with_the_same_days_of_last_month(
    organization,
) -> None:
    seat = MemberFactory(organization=organization, status="active")
    with tenant(organization):
        for day, given in ((datetime.date(2026, 11, 3), 1), (datetime.date(2026, 11, 20), 7)):
            HelpTally.objects.create(
                organization=organization,
                member=seat,
                chapter=seat.chapter,
                day=day,
                referrals_given=given,
            )
        board = chapter_help_dashboard(
            organization=organization,
            chapter=seat.chapter,
            today=datetime.date(2026, 12, 4),
            follow_up_days=7,
        )
        summary = help_summary(member=seat, today=datetime.date(2026, 12, 4), follow_up_days=7)
    assert board.last_month["referrals"] == 1
    assert summary.last_month["referrals_given"] == 1
    expected = {"from": datetime.date(2026, 11, 1), "to": datetime.date(2026, 11, 4)}
    assert board.compared_with == summary.compared_with == expected


def test_the_dashboard_says_which_days_it_compares_with(
    client_for, organization, member_of
) -> None:
    chapter = ChapterFactory(organization=organization)
    url = f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/help-dashboard"
    board = client_for(member_of(organization, Role.STAFF)).get(url).json()
    start, end = month_so_far_before(today())
    assert board["compared_with"] == {"from": start.isoformat(), "to": end.isoformat()}


def test_the_dashboard_counts_seats_past_their_renewal(client_for, organization, member_of) -> None:
    chapter = ChapterFactory(organization=organization)
    past = today() - datetime.timedelta(days=3)
    MemberFactory(organization=organization, chapter=chapter, status="late", renewal_on=past)
    MemberFactory(organization=organization, chapter=chapter, status="active", renewal_on=past)
    MemberFactory(organization=organization, chapter=chapter, status="dropped", renewal_on=past)
    MemberFactory(organization=organization, chapter=chapter, status="active", renewal_on=today())
    url = f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/help-dashboard"
    board = client_for(member_of(organization, Role.STAFF)).get(url).json()
    assert board["overdue_renewals"] == 2

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import Conflict
from groups.models import Meeting
from referrals.models import NEGATIVE_AMOUNT, HelpTally, Referral, ReferralStatusChange
from referrals.selectors import help_given_leaderboard, period_bounds, previous_bounds
from referrals.services import (
    check_unlocked,
    referral_change_status,
    referral_give,
    thank_you_record,
)
from tenancy.context import tenant
from tests.factories.groups import ChapterFactory, MeetingFactory, MemberFactory, today
from tests.factories.tenancy import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(organization):
    chapter = ChapterFactory(organization=organization)
    giver = MemberFactory(organization=organization, chapter=chapter, status="active", name="Ann")
    receiver = MemberFactory(organization=organization, chapter=chapter, status="active", name="Bo")
    return giver, receiver


def test_a_referral_counts_at_once_for_both_and_belongs_to_the_next_meeting(
    organization, owner, pair
) -> None:
    giver, receiver = pair
    past = MeetingFactory(
        organization=organization, chapter=giver.chapter, date=today() - datetime.timedelta(days=7)
    )
    upcoming = MeetingFactory(
        organization=organization, chapter=giver.chapter, date=today() + datetime.timedelta(days=2)
    )
    with tenant(organization):
        referral = referral_give(
            giver=giver, receiver=receiver, actor=owner, contact_name="Cy", consent_confirmed=True
        )
        tallies = {t.member_id: t for t in HelpTally.objects.all()}
    assert referral.meeting == upcoming != past
    assert (tallies[giver.pk].referrals_given, tallies[receiver.pk].referrals_received) == (1, 1)


def test_no_referral_to_oneself_and_outside_ones_need_consent(organization, owner, pair) -> None:
    giver, receiver = pair
    with tenant(organization):
        with pytest.raises(ValidationError, match="yourself"):
            referral_give(
                giver=giver, receiver=giver, actor=owner, contact_name="Cy", consent_confirmed=True
            )
        with pytest.raises(ValidationError, match="consent"):
            referral_give(
                giver=giver, receiver=receiver, actor=owner, contact_name="Cy", tier="outside"
            )
        referral_give(giver=giver, receiver=receiver, actor=owner, contact_name="Cy", tier="inside")
        assert Referral.objects.count() == 1


def test_status_changes_are_recorded_and_a_thank_you_closes_the_referral(
    organization, owner, pair
) -> None:
    giver, receiver = pair
    with tenant(organization):
        referral = referral_give(
            giver=giver, receiver=receiver, actor=owner, contact_name="Cy", consent_confirmed=True
        )
        referral_change_status(referral=referral, actor=owner, status="contacted")
        thank_you_record(
            thanking=receiver, actor=owner, amount=Decimal("2500.00"), referral=referral
        )
        referral.refresh_from_db()
        moves = list(ReferralStatusChange.objects.values_list("from_status", "to_status"))
        tallies = {t.member_id: t for t in HelpTally.objects.all()}
    assert referral.status == "closed_won"
    assert moves == [("new", "contacted"), ("contacted", "closed_won")]
    assert tallies[giver.pk].thank_you_amount_generated == Decimal("2500.00")
    assert tallies[receiver.pk].thank_you_amount_received == Decimal("2500.00")


def test_a_thank_you_in_another_currency_is_kept_but_not_summed(organization, owner, pair) -> None:
    giver, receiver = pair
    with tenant(organization):
        thank_you_record(
            thanking=receiver, thanked=giver, actor=owner, amount=Decimal("10"), currency="JPY"
        )
        with pytest.raises(ValidationError):
            thank_you_record(
                thanking=receiver, thanked=giver, actor=owner, amount=Decimal("10"), currency="ZZZ"
            )
        assert not HelpTally.objects.exists()


def test_a_slip_of_a_completed_report_is_locked(organization, owner, pair) -> None:
    giver, receiver = pair
    meeting = MeetingFactory(organization=organization, chapter=giver.chapter, date=today())
    with tenant(organization):
        referral = referral_give(
            giver=giver, receiver=receiver, actor=owner, contact_name="Cy", consent_confirmed=True
        )
        assert check_unlocked(referral) is False
        Meeting.objects.filter(pk=meeting.pk).update(report_status="completed")
        referral.refresh_from_db()
        with pytest.raises(Conflict, match="locked"):
            check_unlocked(referral)
        assert check_unlocked(referral, correction_reason="Wrong receiver") is True


def test_periods_and_the_period_before() -> None:
    day = datetime.date(2026, 11, 21)
    assert period_bounds("week", day) == (datetime.date(2026, 11, 16), datetime.date(2026, 11, 22))
    assert period_bounds("quarter", day) == (
        datetime.date(2026, 10, 1),
        datetime.date(2026, 12, 31),
    )
    assert period_bounds("half", day) == (datetime.date(2026, 7, 1), datetime.date(2026, 12, 31))
    assert previous_bounds("month", *period_bounds("month", day)) == (
        datetime.date(2026, 10, 1),
        datetime.date(2026, 10, 31),
    )
    assert previous_bounds(None, datetime.date(2026, 11, 11), datetime.date(2026, 11, 20)) == (
        datetime.date(2026, 11, 1),
        datetime.date(2026, 11, 10),
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    slips=st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 5000)),
        max_size=12,
    )
)
def test_the_leaderboard_adds_up_the_slips_and_ranks_consistently(slips, owner) -> None:
    organization = OrganizationFactory()
    chapter = ChapterFactory(organization=organization)
    members = [
        MemberFactory(organization=organization, chapter=chapter, status="active") for _ in range(4)
    ]
    expected = {member.pk: [0, Decimal("0")] for member in members}
    with tenant(organization):
        for giver_index, receiver_index, amount in slips:
            if giver_index == receiver_index:
                continue
            giver, receiver = members[giver_index], members[receiver_index]
            referral_give(
                giver=giver,
                receiver=receiver,
                actor=owner,
                contact_name="X",
                consent_confirmed=True,
            )
            thank_you_record(thanking=receiver, thanked=giver, actor=owner, amount=Decimal(amount))
            expected[giver.pk][0] += 1
            expected[giver.pk][1] += amount
        start, end = period_bounds("month", today())
        rows = help_given_leaderboard(
            organization=organization, start=start, end=end, previous=None
        )
    assert {row.member.pk: [row.referrals, row.thank_you_amount] for row in rows} == expected
    keys = [(-row.score, row.member.name.lower(), str(row.member.pk)) for row in rows]
    assert keys == sorted(keys)
    # Standard competition ranking: a seat's rank is one more than the seats scoring above it.
    assert [row.rank for row in rows] == [
        1 + sum(other.score > row.score for other in rows) for row in rows
    ]
    for row in rows:
        assert row.score == row.referrals * 10 + int(row.thank_you_amount * 5 / 1000)


def test_equal_scores_share_a_rank_and_the_next_score_skips_the_shared_places(
    organization, owner
) -> None:
    chapter = ChapterFactory(organization=organization)
    ann, bo, cy, di = (
        MemberFactory(organization=organization, chapter=chapter, status="active", name=name)
        for name in ("Ann", "Bo", "Cy", "Di")
    )
    with tenant(organization):
        for giver in (ann, ann, bo, cy):
            referral_give(
                giver=giver, receiver=di, actor=owner, contact_name="X", consent_confirmed=True
            )
        start, end = period_bounds("month", today())
        rows = help_given_leaderboard(
            organization=organization, start=start, end=end, previous=None
        )
    assert [(row.member.name, row.rank) for row in rows] == [
        ("Ann", 1),
        ("Bo", 2),
        ("Cy", 2),
        ("Di", 4),
    ]


def test_a_negative_amount_is_refused_on_its_field_never_flipped(organization, owner, pair) -> None:
    giver, receiver = pair
    with tenant(organization), pytest.raises(ValidationError) as refused:
        thank_you_record(thanking=receiver, thanked=giver, actor=owner, amount=Decimal("-50"))
    assert refused.value.message_dict == {"amount": [NEGATIVE_AMOUNT]}
    with tenant(organization), pytest.raises(ValidationError) as refused:
        referral_give(
            giver=giver,
            receiver=receiver,
            actor=owner,
            contact_name="X",
            consent_confirmed=True,
            expected_value=Decimal("-1"),
        )
    assert refused.value.message_dict == {"expected_value": [NEGATIVE_AMOUNT]}

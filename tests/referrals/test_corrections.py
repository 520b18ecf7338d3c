"""Changing and withdrawing slips: the author until the weekly report is completed, then a
leader's audited correction; the daily tally follows every change."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.models import AuditEvent
from groups.models import Meeting
from referrals.corrections import slip_change, slip_withdraw
from referrals.models import HelpTally, Referral, ThankYou
from referrals.services import education_record, referral_give, thank_you_record
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    ChapterFactory,
    ChapterRoleFactory,
    MeetingFactory,
    MemberFactory,
    today,
)
from tests.factories.tenancy import OrganizationFactory

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


@pytest.fixture
def people(organization, member_of):
    """Ann gives, Bo receives, Cy leads their chapter (vice president); all have accounts."""
    chapter = ChapterFactory(organization=organization)
    seats = {
        name: MemberFactory(
            organization=organization,
            chapter=chapter,
            user=member_of(organization, Role.MEMBER),
            status="active",
            name=name,
        )
        for name in ("Ann", "Bo", "Cy")
    }
    ChapterRoleFactory(organization=organization, member=seats["Cy"])
    return seats


def _totals(organization, member):
    with tenant(organization):
        rows = list(HelpTally.objects.filter(member=member))
    return (
        sum(r.referrals_given for r in rows),
        sum(r.thank_you_amount_generated for r in rows),
        sum(r.education for r in rows),
    )


def test_the_author_fixes_a_slip_and_the_tally_follows(organization, people, client_for) -> None:
    ann, bo = people["Ann"], people["Bo"]
    with tenant(organization):
        thank_you = thank_you_record(thanking=bo, thanked=ann, actor=bo.user, amount=Decimal(500))
        credit = education_record(
            member=ann, actor=ann.user, title="Book", completed_on=today(), credits=2
        )
    assert _totals(organization, ann) == (0, Decimal(500), 2)

    fixed = client_for(bo.user).patch(
        _url(organization, f"thank-yous/{thank_you.pk}/"), {"amount": "750.00"}, format="json"
    )
    assert fixed.status_code == 200, fixed.content
    assert fixed.json()["amount"] == "750.00"
    more = client_for(ann.user).patch(
        _url(organization, f"education-credits/{credit.pk}/"), {"credits": 3}, format="json"
    )
    assert more.status_code == 200
    assert _totals(organization, ann) == (0, Decimal(750), 3)
    with tenant(organization):
        event = AuditEvent.objects.get(action="thank_you.changed")
    assert (event.before, event.after) == ({"amount": "500.00"}, {"amount": "750.00"})

    # The one thanked cannot change what the thanking member recorded.
    assert (
        client_for(ann.user)
        .patch(_url(organization, f"thank-yous/{thank_you.pk}/"), {"amount": "1"}, format="json")
        .status_code
        == 403
    )


def test_a_withdrawn_referral_no_longer_counts(organization, people, client_for) -> None:
    ann, bo = people["Ann"], people["Bo"]
    with tenant(organization):
        referral = referral_give(
            giver=ann, receiver=bo, actor=ann.user, contact_name="Dee", tier="inside"
        )
    assert _totals(organization, ann)[0] == 1
    url = _url(organization, f"referrals/{referral.pk}/")
    assert client_for(bo.user).delete(url).status_code == 403  # the receiver did not log it
    assert client_for(ann.user).delete(url).status_code == 204
    assert _totals(organization, ann)[0] == 0
    with tenant(organization):
        assert not Referral.objects.exists()
        assert sum(t.referrals_received for t in HelpTally.objects.filter(member=bo)) == 0
        assert AuditEvent.objects.filter(action="referral.withdrawn").exists()
    assert client_for(ann.user).get(url).status_code == 404


def test_a_completed_report_locks_slips_and_only_a_leader_corrects_them(
    organization, people, client_for
) -> None:
    ann, bo, cy = people["Ann"], people["Bo"], people["Cy"]
    meeting = MeetingFactory(organization=organization, chapter=ann.chapter, date=today())
    with tenant(organization):
        thank_you = thank_you_record(thanking=bo, thanked=ann, actor=bo.user, amount=Decimal(500))
        assert thank_you.meeting_id == meeting.pk
        Meeting.objects.filter(pk=meeting.pk).update(report_status="completed")
    url = _url(organization, f"thank-yous/{thank_you.pk}/")

    locked = client_for(bo.user).patch(
        url, {"amount": "900", "correction_reason": "please"}, format="json"
    )
    assert locked.status_code == 409
    assert "completed" in locked.json()["detail"]
    assert client_for(bo.user).delete(url).status_code == 409
    no_reason = client_for(cy.user).patch(url, {"amount": "900"}, format="json")
    assert no_reason.status_code == 409

    corrected = client_for(cy.user).patch(
        url, {"amount": "900", "correction_reason": "Typo on the slip"}, format="json"
    )
    assert corrected.status_code == 200, corrected.content
    assert _totals(organization, ann)[1] == Decimal(900)
    with tenant(organization):
        event = AuditEvent.objects.get(action="thank_you.corrected")
    assert event.actor_id == cy.user_id
    assert event.after == {"amount": "900.00", "correction_reason": "Typo on the slip"}

    assert client_for(cy.user).delete(url).status_code == 409
    withdrawn = client_for(cy.user).delete(url + "?correction_reason=Logged+twice")
    assert withdrawn.status_code == 204
    assert _totals(organization, ann)[1] == 0
    with tenant(organization):
        event = AuditEvent.objects.get(action="thank_you.withdrawn")
    assert event.after == {"correction_reason": "Logged twice"}


def test_bad_changes_answer_400_and_change_nothing(organization, people, client_for) -> None:
    ann, bo = people["Ann"], people["Bo"]
    with tenant(organization):
        referral = referral_give(
            giver=ann, receiver=bo, actor=ann.user, contact_name="Dee", tier="inside"
        )
        thank_you = thank_you_record(thanking=bo, thanked=ann, actor=bo.user, amount=Decimal(5))
        credit = education_record(member=ann, actor=ann.user, title="Book", completed_on=today())
    ann_client, bo_client = client_for(ann.user), client_for(bo.user)
    cases = [
        (ann_client, f"referrals/{referral.pk}/", {"hotness": 9}, "hotness"),
        (ann_client, f"referrals/{referral.pk}/", {"tier": "outside"}, "consent_confirmed"),
        (bo_client, f"thank-yous/{thank_you.pk}/", {"amount": "-3"}, "amount"),
        (bo_client, f"thank-yous/{thank_you.pk}/", {"amount": "lots"}, "amount"),
        (bo_client, f"thank-yous/{thank_you.pk}/", {"currency": "QQQ"}, "currency"),
        (
            ann_client,
            f"education-credits/{credit.pk}/",
            {"completed_on": (today() + datetime.timedelta(days=2)).isoformat()},
            "completed_on",
        ),
        (ann_client, f"referrals/{referral.pk}/", {"receiver": str(ann.pk)}, "receiver"),
    ]
    for client, path, body, field in cases:
        response = client.patch(_url(organization, path), body, format="json")
        assert response.status_code == 400, (path, body, response.content)
        assert field in response.json()["errors"], (body, response.json())
    with tenant(organization):
        assert Referral.objects.get().tier == "inside"
        assert ThankYou.objects.get().currency == "USD"
    assert _totals(organization, ann) == (1, Decimal(5), 1)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["give", "thank", "amount", "withdraw"]), st.integers(0, 5000)),
        max_size=10,
    )
)
def test_the_tally_always_equals_the_slips_left(steps, owner) -> None:
    organization = OrganizationFactory()
    chapter = ChapterFactory(organization=organization)
    ann, bo = (
        MemberFactory(organization=organization, chapter=chapter, status="active") for _ in "ab"
    )
    with tenant(organization):
        for action, number in steps:
            referrals = list(Referral.objects.order_by("created_at"))
            thank_yous = list(ThankYou.objects.order_by("created_at"))
            if action == "give":
                referral_give(giver=ann, receiver=bo, actor=owner, contact_name="X", tier="inside")
            elif action == "thank":
                thank_you_record(thanking=bo, thanked=ann, actor=owner, amount=Decimal(number))
            elif action == "amount" and thank_yous:
                slip = thank_yous[number % len(thank_yous)]
                slip_change(slip=slip, actor=owner, changes={"amount": Decimal(number)})
            elif action == "withdraw" and (referrals or thank_yous):
                slips = referrals + thank_yous
                slip_withdraw(slip=slips[number % len(slips)], actor=owner)
        expected = (
            Referral.objects.count(),
            sum((t.amount for t in ThankYou.objects.all()), Decimal(0)),
            0,
        )
    assert _totals(organization, ann) == expected

"""A meeting's page lists the slips of its weekly report."""

import pytest

from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import MeetingFactory, MemberFactory
from tests.factories.referrals import ReferralFactory, ThankYouFactory

pytestmark = pytest.mark.django_db


def _url(organization, meeting):
    return f"/api/v1/orgs/{organization.slug}/meetings/{meeting.pk}/slips"


def test_the_meeting_lists_the_slips_of_its_week_without_contact_details(
    client_for, organization, owner, django_assert_max_num_queries
) -> None:
    giver = MemberFactory(organization=organization, status="active", name="Ben Adams")
    meeting = MeetingFactory(organization=organization, chapter=giver.chapter)
    other_meeting = MeetingFactory(organization=organization, chapter=giver.chapter)
    with tenant(organization):
        referral = ReferralFactory(
            organization=organization, giver=giver, meeting=meeting, contact_name="Zed Secret"
        )
        thanks = ThankYouFactory(
            organization=organization, thanking=giver, meeting=meeting, amount="250.00"
        )
        ReferralFactory(organization=organization, giver=giver, meeting=other_meeting)
    client = client_for(owner)
    with django_assert_max_num_queries(15):
        response = client.get(_url(organization, meeting))
    assert response.status_code == 200
    slips = response.json()["slips"]
    assert [(s["kind"], s["id"], s["by_name"]) for s in slips] == [
        ("referral", str(referral.pk), "Ben Adams"),
        ("thank_you", str(thanks.pk), "Ben Adams"),
    ]
    assert "Zed Secret" not in response.content.decode()
    assert slips[1]["detail"].startswith("250.00 ")


def test_a_plain_member_does_not_read_the_meetings_slips(
    client_for, organization, member_of
) -> None:
    meeting = MeetingFactory(organization=organization)
    response = client_for(member_of(organization, Role.MEMBER)).get(_url(organization, meeting))
    assert response.status_code == 403

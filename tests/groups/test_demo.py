"""The demo obeys the product's own rules."""

import datetime

import pytest

from groups.demo import seed_groups_demo
from groups.models import Member
from groups.selectors import organization_today
from tenancy.context import tenant
from tenancy.demo import seed_demo
from tenancy.models import Organization

pytestmark = pytest.mark.django_db


def test_no_active_seat_is_past_its_renewal_and_interests_show_once() -> None:
    seed_demo()
    organization = Organization.objects.get(slug="demo")
    seed_groups_demo(organization=organization, actor=None)
    today = organization_today(organization)
    with tenant(organization):
        seats = Member.objects.all()
        assert not seats.filter(status=Member.Status.ACTIVE, renewal_on__lt=today).exists()
        assert seats.filter(status=Member.Status.LATE, renewal_on__lt=today).exists()
        assert not seats.filter(renewal_on__gt=today + datetime.timedelta(days=366)).exists()
        assert all(
            len({interest.casefold() for interest in interests}) == len(interests)
            for interests in seats.values_list("interests", flat=True)
        )

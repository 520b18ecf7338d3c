"""The help-given leaderboard on the demo organization (84 seats, a year of help)."""

import pytest

from accounts.models import User
from benchmarks.timing import measure
from groups.demo import seed_groups_demo
from groups.models import Chapter
from referrals.demo import seed_help_demo
from tenancy.context import tenant
from tenancy.demo import DEMO_PEOPLE, seed_demo
from tenancy.models import Organization

pytestmark = pytest.mark.django_db


def test_leaderboard_reads_on_the_demo_organization(client_for) -> None:
    seed_demo()
    organization = Organization.objects.get(slug="demo")
    seed_groups_demo(organization=organization, actor=None)
    referrals = seed_help_demo(organization=organization)
    with tenant(organization):
        chapter = Chapter.objects.get(name="Downtown Breakfast")
    client = client_for(User.objects.get(email=DEMO_PEOPLE[4][0]))  # a plain member
    base = "/api/v1/orgs/demo/leaderboards/help-given"
    print(f"\ndemo organization: {referrals} referrals over a year")
    for label, query in (
        ("one chapter, this month", f"?period=month&chapter={chapter.pk}"),
        ("one chapter, this year", f"?period=year&chapter={chapter.pk}"),
        ("whole organization, all time", "?period=all"),
    ):

        def read(run: int, query: str = query) -> None:
            assert client.get(base + query).status_code == 200

        measure(f"GET leaderboards/help-given ({label})", read)

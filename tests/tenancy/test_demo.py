import pytest

from tenancy.context import tenant
from tenancy.demo import DEMO_PEOPLE, seed_demo
from tenancy.models import Organization, OrganizationMembership, Region

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_its_logins_work(client) -> None:
    first = seed_demo()
    second = seed_demo()
    assert first == second
    organization = Organization.objects.get(slug="demo")
    with tenant(organization):
        assert OrganizationMembership.objects.count() == len(DEMO_PEOPLE)
        assert Region.objects.count() == 2
    response = client.post(
        "/_allauth/browser/v1/auth/login",
        {"email": first.emails[0], "password": first.password},
        content_type="application/json",
    )
    assert response.status_code == 200
    me = client.get("/api/v1/me").json()
    assert [(o["slug"], o["role"]) for o in me["organizations"]] == [("demo", "owner")]

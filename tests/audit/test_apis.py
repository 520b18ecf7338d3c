import pytest

from tenancy.models import Role

pytestmark = pytest.mark.django_db


def test_owners_read_the_audit_trail_newest_first(client_for, user) -> None:
    client = client_for(user)
    client.post(
        "/api/v1/orgs",
        {"name": "Acme", "slug": "acme", "currency": "USD", "time_zone": "UTC"},
        format="json",
    )
    client.patch("/api/v1/orgs/acme/", {"settings": {"category_lock": False}}, format="json")
    events = client.get("/api/v1/orgs/acme/audit-events/").json()["results"]
    assert [e["action"] for e in events] == [
        "organization.settings_changed",
        "organization.created",
    ]
    assert events[0]["actor"]["email"] == user.email
    assert events[0]["ip"] == "127.0.0.1"
    assert events[0]["after"] == {"settings": {"category_lock": False}}


@pytest.mark.parametrize("role", [Role.STAFF, Role.REGION_DIRECTOR, Role.MEMBER])
def test_other_roles_cannot_read_the_audit_trail(client_for, organization, member_of, role) -> None:
    client = client_for(member_of(organization, role))
    assert client.get(f"/api/v1/orgs/{organization.slug}/audit-events/").status_code == 403

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


def test_the_trail_names_who_acted_on_what_and_what_changed(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    from groups import services
    from tenancy.context import tenant
    from tests.factories.groups import CategoryFactory, MemberFactory

    owner = member_of(organization, Role.OWNER, user__name="Olivia Owner")
    with tenant(organization):
        for index in range(3):
            seat = MemberFactory(organization=organization, name=f"Ben Adams {index}")
            plumber = CategoryFactory(organization=organization, name=f"Plumber {index}")
            services.member_update(member=seat, actor=owner, category=plumber)
            services.member_change_status(member=seat, actor=owner, status="active")
    client = client_for(owner)
    with django_assert_max_num_queries(12):
        events = client.get(f"/api/v1/orgs/{organization.slug}/audit-events/").json()["results"]
    status_changed, updated = events[0], events[1]
    assert status_changed["actor"]["name"] == "Olivia Owner"
    assert status_changed["target_name"] == "Ben Adams 2"
    assert status_changed["changes"] == [
        {"field": "status", "before": "pending", "after": "active"}
    ]
    assert {"field": "category", "before": None, "after": "Plumber 2"} in updated["changes"]

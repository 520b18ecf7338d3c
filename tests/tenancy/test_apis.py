import pytest
from django.conf import settings

from api.errors import NOT_FOUND_DETAIL, VALIDATION_DETAIL
from audit.models import AuditEvent
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership, Region, Role
from tenancy.services import LAST_OWNER, SLUG_TAKEN
from tenancy.validators import (
    CURRENCY_INVALID,
    SLUG_INVALID,
    SLUG_RESERVED,
    TIME_ZONE_INVALID,
)
from tests.factories.tenancy import MembershipFactory, OrganizationFactory, RegionFactory

pytestmark = pytest.mark.django_db

NEW_ORG = {
    "name": "Acme Referrals",
    "slug": "acme",
    "currency": "GBP",
    "time_zone": "Europe/London",
}


def test_create_organization_makes_the_caller_its_owner(client_for, user) -> None:
    client = client_for(user)
    response = client.post("/api/v1/orgs", NEW_ORG, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["slug"], body["currency"], body["time_zone"]) == ("acme", "GBP", "Europe/London")
    assert body["settings"]["max_absences"] == 3
    me = client.get("/api/v1/me").json()
    assert [(o["slug"], o["role"]) for o in me["organizations"]] == [("acme", "owner")]


def test_create_organization_needs_a_session(api_client) -> None:
    response = api_client.post("/api/v1/orgs", NEW_ORG, format="json")
    assert response.status_code == 401
    assert response.json()["title"] == "Not authenticated"
    assert Organization.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("slug", "-acme", SLUG_INVALID),
        ("slug", "ACME", SLUG_INVALID),
        ("slug", "onboarding", SLUG_RESERVED),
        ("currency", "usd", CURRENCY_INVALID),
        ("currency", "ABC", CURRENCY_INVALID),
        ("time_zone", "Europe/Atlantis", TIME_ZONE_INVALID),
    ],
)
def test_create_organization_names_the_bad_field(client_for, user, field, value, message) -> None:
    response = client_for(user).post("/api/v1/orgs", {**NEW_ORG, field: value}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == VALIDATION_DETAIL
    assert body["errors"] == {field: [message]}
    assert Organization.objects.count() == 0


def test_create_organization_refuses_unknown_policy(client_for, user) -> None:
    response = client_for(user).post(
        "/api/v1/orgs",
        {**NEW_ORG, "settings": {"category_lock": "yes", "colour": 1}},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]["settings"]) == {"category_lock", "colour"}


def test_create_organization_with_a_taken_slug_is_a_conflict(client_for, user) -> None:
    OrganizationFactory(slug="acme")
    response = client_for(user).post("/api/v1/orgs", NEW_ORG, format="json")
    assert response.status_code == 409
    assert response.json()["errors"] == {"slug": [SLUG_TAKEN]}


def test_members_read_the_organization_and_only_admins_change_it(
    client_for, organization, member_of
) -> None:
    member = client_for(member_of(organization, Role.MEMBER))
    url = f"/api/v1/orgs/{organization.slug}/"
    assert member.get(url).json()["name"] == organization.name
    assert member.patch(url, {"name": "Renamed"}, format="json").status_code == 403
    admin = client_for(member_of(organization, Role.ADMIN))
    response = admin.patch(url, {"name": "Renamed", "settings": {"term_years": 2}}, format="json")
    assert response.status_code == 200
    assert (response.json()["name"], response.json()["settings"]["term_years"]) == ("Renamed", 2)
    with tenant(organization):
        actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert actions == {"organization.updated", "organization.settings_changed"}


def test_bad_policy_value_changes_nothing(client_for, organization, owner) -> None:
    response = client_for(owner).patch(
        f"/api/v1/orgs/{organization.slug}/",
        {"name": "Renamed", "settings": {"term_years": 3}},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"settings": {"term_years": ["Must be between 1 and 2."]}}
    organization.refresh_from_db()
    assert organization.name != "Renamed"


def test_another_organization_answers_exactly_like_a_missing_one(
    client_for, organization, other_organization, member_of
) -> None:
    outsider = client_for(member_of(other_organization, Role.OWNER))
    theirs = outsider.get(f"/api/v1/orgs/{organization.slug}/")
    missing = outsider.get("/api/v1/orgs/no-such-org/")
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
    assert theirs.json()["detail"] == NOT_FOUND_DETAIL


def test_regions_crud_and_conflict(client_for, organization, owner) -> None:
    client = client_for(owner)
    base = f"/api/v1/orgs/{organization.slug}/regions/"
    created = client.post(base, {"name": "North"}, format="json")
    assert created.status_code == 201
    assert client.post(base, {"name": "North"}, format="json").status_code == 409
    region_url = f"{base}{created.json()['id']}/"
    assert (
        client.patch(region_url, {"name": "North East"}, format="json").json()["name"]
        == "North East"
    )
    assert [r["name"] for r in client.get(base).json()["results"]] == ["North East"]
    assert client.delete(region_url).status_code == 204
    assert client.get(region_url).status_code == 404


def test_members_cannot_create_regions(client_for, organization, member_of) -> None:
    client = client_for(member_of(organization, Role.STAFF))
    response = client.post(
        f"/api/v1/orgs/{organization.slug}/regions/", {"name": "X"}, format="json"
    )
    assert response.status_code == 403
    with tenant(organization):
        assert Region.objects.count() == 0


def test_page_size_over_the_cap_is_capped(client_for, organization, owner) -> None:
    for _ in range(settings.API_MAX_PAGE_SIZE + 5):
        RegionFactory(organization=organization)
    response = client_for(owner).get(f"/api/v1/orgs/{organization.slug}/regions/?page_size=100000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == settings.API_MAX_PAGE_SIZE
    assert response.json()["next"]


def test_people_list_and_role_change(client_for, organization, owner) -> None:
    person = MembershipFactory(organization=organization, role=Role.MEMBER)
    region = RegionFactory(organization=organization)
    client = client_for(owner)
    people = client.get(f"/api/v1/orgs/{organization.slug}/people/").json()["results"]
    assert {p["role"] for p in people} == {"owner", "member"}
    url = f"/api/v1/orgs/{organization.slug}/people/{person.pk}/"
    response = client.patch(
        url, {"role": "region_director", "region": str(region.pk)}, format="json"
    )
    assert response.status_code == 200
    assert (response.json()["role"], response.json()["region"]) == (
        "region_director",
        str(region.pk),
    )


def test_people_are_found_by_part_of_their_name_or_email(client_for, organization, owner) -> None:
    MembershipFactory(organization=organization, user__name="Ben Adams", user__email="b@x.com")
    MembershipFactory(organization=organization, user__name="Cleo Diaz", user__email="adamsc@y.com")
    MembershipFactory(organization=organization, user__name="Eve Fox", user__email="eve@z.com")
    url = f"/api/v1/orgs/{organization.slug}/people/"
    found = client_for(owner).get(url, {"search": "adams"}).json()["results"]
    assert sorted(p["user"]["name"] for p in found) == ["Ben Adams", "Cleo Diaz"]
    short = client_for(owner).get(url, {"search": "a"})
    assert short.status_code == 400
    assert list(short.json()["errors"]) == ["search"]


def test_people_role_change_refuses_another_organizations_region(
    client_for, organization, other_organization, owner
) -> None:
    person = MembershipFactory(organization=organization)
    foreign_region = RegionFactory(organization=other_organization)
    response = client_for(owner).patch(
        f"/api/v1/orgs/{organization.slug}/people/{person.pk}/",
        {"role": "region_director", "region": str(foreign_region.pk)},
        format="json",
    )
    assert response.status_code == 400
    assert "region" in response.json()["errors"]


def test_last_owner_cannot_be_demoted_over_the_api(client_for, organization, owner) -> None:
    with tenant(organization):
        membership = OrganizationMembership.objects.get(user=owner)
    response = client_for(owner).patch(
        f"/api/v1/orgs/{organization.slug}/people/{membership.pk}/",
        {"role": "admin"},
        format="json",
    )
    assert response.status_code == 409
    assert response.json()["detail"] == LAST_OWNER


def test_unknown_role_is_a_field_error(client_for, organization, owner) -> None:
    response = client_for(owner).get(f"/api/v1/orgs/{organization.slug}/people/?role=king")
    assert response.status_code == 400
    assert "role" in response.json()["errors"]


def test_people_list_reads_in_constant_queries(
    client_for, organization, owner, django_assert_max_num_queries
) -> None:
    client = client_for(owner)
    for _ in range(30):
        MembershipFactory(organization=organization)
    # session, user, organization, savepoint, set tenant, membership, page, reset, release
    with django_assert_max_num_queries(9):
        assert client.get(f"/api/v1/orgs/{organization.slug}/people/").status_code == 200


def test_unknown_fields_are_refused_by_name(client_for, organization, owner) -> None:
    response = client_for(owner).patch(
        f"/api/v1/orgs/{organization.slug}/", {"slug": "renamed", "colour": "red"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"colour": ["Unknown field."], "slug": ["Unknown field."]}
    organization.refresh_from_db()
    assert organization.slug != "renamed"


def test_malformed_json_is_a_clear_400(client_for, user) -> None:
    response = client_for(user).post("/api/v1/orgs", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["title"] == "Invalid input"
    assert "JSON" in response.json()["detail"]


@pytest.mark.parametrize("query", ["page_size=0", "page_size=ten", "cursor=garbled"])
def test_bad_paging_parameters_are_named(client_for, organization, owner, query) -> None:
    response = client_for(owner).get(f"/api/v1/orgs/{organization.slug}/regions/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [query.split("=")[0]]


def test_policies_are_described_for_the_settings_screen(client_for, user) -> None:
    policies = {p["name"]: p for p in client_for(user).get("/api/v1/policies").json()}
    assert policies["term_years"] == {
        "name": "term_years",
        "type": "integer",
        "default": 1,
        "description": "How long a membership lasts before it is renewed: 1 or 2 years.",
        "label": "Membership term (years)",
        "section": "membership",
        "section_label": "Membership",
        "minimum": 1,
        "maximum": 2,
    }
    assert policies["category_lock"]["type"] == "boolean"


def test_every_policy_has_a_section_and_a_label_in_words(client_for, user) -> None:
    from tenancy.policies import POLICIES, POLICY_PRESENTATION

    assert set(POLICY_PRESENTATION) == set(POLICIES)
    policies = client_for(user).get("/api/v1/policies").json()
    assert {p["label"] for p in policies}.isdisjoint({"Payment window days", "Notify thank yous"})
    assert policies[0]["section"] == "membership"


def test_me_lists_the_scopes_of_each_role(client_for, organization, member_of) -> None:
    me = client_for(member_of(organization, Role.STAFF)).get("/api/v1/me").json()
    assert me["organizations"][0]["scopes"] == [
        "applications:decide",
        "applications:read",
        "applications:write",
        "attendance:read",
        "categories:read",
        "categories:write",
        "chapters:read",
        "chapters:write",
        "help:give",
        "help:read",
        "meetings:read",
        "meetings:write",
        "members:read",
        "members:write",
        "organization:read",
        "people:read",
        "regions:read",
        "visitors:invite",
        "visitors:read",
        "visitors:write",
    ]
    assert me["organizations"][0]["seats"] == []
    assert me["organizations"][0]["leads"] == []

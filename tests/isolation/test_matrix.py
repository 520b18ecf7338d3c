"""Layer 1, for every route: anonymous gets 401; another organization's member gets the same
404 as for a missing object, on the organization and on its objects; and nothing a member
reads in their own organization mentions another organization's rows.
"""

from __future__ import annotations

import pytest

from tenancy.models import Role
from tests.factories.tenancy import MembershipFactory, OrganizationFactory, RegionFactory
from tests.isolation.registry import ROUTE_MAKERS
from tests.isolation.routes import Route, organization_routes, render

ROUTES = organization_routes()
ROUTE_METHODS = [(route, method) for route in ROUTES for method in route.methods]
MISSING_ID = "00000000-0000-4000-8000-000000000000"

pytestmark = pytest.mark.django_db


def _maker(route: Route):
    maker = ROUTE_MAKERS.get(route.template)
    if maker is None:
        pytest.fail(f"No isolation factory for route {route}: register one in registry.py")
    return lambda organization: (*maker(organization), None)[:3]


def test_the_matrix_sees_the_routes() -> None:
    assert {"", "regions/", "people/", "audit-events/"} <= {r.template for r in ROUTES}


def test_every_route_has_a_factory() -> None:
    missing = [str(route) for route in ROUTES if route.template not in ROUTE_MAKERS]
    assert missing == [], f"register isolation factories for: {missing}"


@pytest.mark.parametrize(("route", "method"), ROUTE_METHODS, ids=lambda v: str(v))
def test_anonymous_gets_401(api_client, route: Route, method: str) -> None:
    organization = OrganizationFactory()
    kwargs, _, _ = _maker(route)(organization)
    response = api_client.generic(method, render(route.template, organization.slug, kwargs))
    assert response.status_code == 401, response.content


@pytest.mark.parametrize(("route", "method"), ROUTE_METHODS, ids=lambda v: str(v))
def test_another_organizations_owner_gets_the_missing_404(
    client_for, member_of, route: Route, method: str
) -> None:
    victim, intruder_org = OrganizationFactory(), OrganizationFactory()
    kwargs, _, _ = _maker(route)(victim)
    intruder = client_for(member_of(intruder_org, Role.OWNER))
    url = render(route.template, victim.slug, kwargs)
    missing = intruder.generic(method, render(route.template, "no-such-organization", kwargs))
    response = intruder.generic(method, url, "{}", content_type="application/json")
    assert response.status_code == 404, response.content
    assert response.json() == missing.json()


@pytest.mark.parametrize(
    ("route", "method"),
    [(route, method) for route, method in ROUTE_METHODS if "<" in route.template],
    ids=lambda v: str(v),
)
def test_another_organizations_object_under_your_own_slug_is_missing(
    client_for, member_of, route: Route, method: str
) -> None:
    victim, own = OrganizationFactory(), OrganizationFactory()
    kwargs, _, _ = _maker(route)(victim)
    client = client_for(member_of(own, Role.OWNER))
    response = client.generic(
        method, render(route.template, own.slug, kwargs), "{}", content_type="application/json"
    )
    missing_kwargs = dict.fromkeys(kwargs, MISSING_ID)
    missing = client.generic(
        method,
        render(route.template, own.slug, missing_kwargs),
        "{}",
        content_type="application/json",
    )
    assert response.status_code == missing.status_code == 404, response.content
    assert response.json() == missing.json()


@pytest.mark.parametrize(
    "route", [route for route in ROUTES if "GET" in route.methods], ids=lambda v: str(v)
)
def test_reads_never_mention_another_organizations_rows(
    client_for, member_of, route: Route
) -> None:
    other, own = OrganizationFactory(), OrganizationFactory()
    _, foreign_id, _ = _maker(route)(other)
    own_kwargs, own_id, reader = _maker(route)(own)
    response = client_for(reader or member_of(own, Role.OWNER)).get(
        render(route.template, own.slug, own_kwargs)
    )
    assert response.status_code == 200, response.content
    body = response.content.decode()
    assert str(own_id) in body, "the probe row of the caller's organization should be visible"
    assert str(foreign_id) not in body
    assert str(other.pk) not in body


@pytest.mark.parametrize(
    "route", [route for route in ROUTES if "GET" in route.methods], ids=lambda v: str(v)
)
def test_a_region_director_outside_the_rows_region_reads_no_more_than_a_member(
    client_for, member_of, route: Route
) -> None:
    """Region directors act for the chapters of their region; elsewhere, what a member may not
    read (refused, or absent from a list) they may not read either."""
    organization = OrganizationFactory()
    kwargs, row_id, reader = _maker(route)(organization)
    if reader is not None:
        pytest.skip("the route shows only its caller's own rows")
    url = render(route.template, organization.slug, kwargs)
    as_member = client_for(member_of(organization, Role.MEMBER)).get(url)
    director = MembershipFactory(
        organization=organization,
        role=Role.REGION_DIRECTOR,
        region=RegionFactory(organization=organization),
    )
    as_director = client_for(director.user).get(url)
    if as_member.status_code in (403, 404):
        assert as_director.status_code in (403, 404), as_director.content
    elif str(row_id) not in as_member.content.decode():
        assert str(row_id) not in as_director.content.decode()

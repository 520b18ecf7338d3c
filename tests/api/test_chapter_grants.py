"""A request allowed only through a chapter role must name its chapter, or it is refused."""

import uuid

import pytest
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate

from api import permissions as scopes
from api.views import OrganizationApiView
from groups.models import Category
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterRoleFactory, MemberFactory, today

pytestmark = pytest.mark.django_db


class ForgetfulApi(OrganizationApiView):
    """Writes with a leader scope but never says in which chapter."""

    required_scopes = {"POST": [scopes.MEETINGS_WRITE]}

    def post(self, request, organization):
        Category.objects.create(name=f"Written anyway {uuid.uuid4()}")
        return Response(status=201)


class CarefulApi(ForgetfulApi):
    def post(self, request, organization):
        self.authorize_chapter(request.data["chapter"])
        return super().post(request, organization)


@pytest.fixture
def leader(organization, member_of):
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(
        organization=organization,
        member=seat,
        starts_on=today(),
        ends_on=today(),
    )
    return user, seat.chapter_id


def _post(view, user, organization, data):
    request = APIRequestFactory().post("/", data, format="json")
    force_authenticate(request, user=user)
    return view.as_view()(request, org_slug=organization.slug)


def test_a_narrowed_request_that_names_no_chapter_is_refused_and_rolled_back(
    organization, leader
) -> None:
    user, _ = leader
    response = _post(ForgetfulApi, user, organization, {})
    assert response.status_code == 403
    with tenant(organization):
        assert not Category.objects.filter(name__startswith="Written anyway").exists()


def test_a_narrowed_request_in_the_led_chapter_goes_through(
    organization, leader, member_of
) -> None:
    user, chapter_id = leader
    assert _post(CarefulApi, user, organization, {"chapter": chapter_id}).status_code == 201
    staff = member_of(organization, Role.STAFF)
    assert _post(ForgetfulApi, staff, organization, {}).status_code == 201
    plain = member_of(organization, Role.MEMBER)
    assert _post(CarefulApi, plain, organization, {"chapter": chapter_id}).status_code == 403


def test_a_region_director_reads_the_private_records_of_their_regions_chapters_only(
    client_for, organization
) -> None:
    from tests.factories.groups import ApplicationFactory, ChapterFactory, VisitFactory
    from tests.factories.tenancy import MembershipFactory, RegionFactory

    north, south = (
        RegionFactory(organization=organization),
        RegionFactory(organization=organization),
    )
    mine = ChapterFactory(organization=organization, region=north)
    theirs = ChapterFactory(organization=organization, region=south)
    visits = {
        chapter: VisitFactory(organization=organization, visitor__chapter=chapter)
        for chapter in (mine, theirs)
    }
    applications = {
        chapter: ApplicationFactory(organization=organization, chapter=chapter)
        for chapter in (mine, theirs)
    }
    director = MembershipFactory(organization=organization, role=Role.REGION_DIRECTOR, region=north)
    client = client_for(director.user)
    base = f"/api/v1/orgs/{organization.slug}"

    visitors = client.get(f"{base}/visitors/").json()["results"]
    assert [v["id"] for v in visitors] == [str(visits[mine].visitor_id)]
    assert client.get(f"{base}/visitors/?chapter={theirs.pk}").json()["results"] == []
    listed = client.get(f"{base}/applications/").json()["results"]
    assert [a["id"] for a in listed] == [str(applications[mine].pk)]
    assert client.get(f"{base}/applications/{applications[theirs].pk}/").status_code in (403, 404)
    assert client.get(f"{base}/applications/{applications[mine].pk}/").status_code == 200
    assert client.get(f"{base}/people/").status_code == 403

    me = client.get("/api/v1/me").json()["organizations"][0]
    assert [lead["chapter"] for lead in me["leads"]] == [str(mine.pk)]
    assert "visitors:read" in me["leads"][0]["scopes"]
    assert "visitors:read" not in me["scopes"]

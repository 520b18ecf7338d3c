import datetime

import pytest

from groups.models import Meeting, Visitor
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, MemberFactory, VisitFactory, today

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


@pytest.fixture
def inviter(organization, member_of):
    chapter = ChapterFactory(organization=organization)
    user = member_of(organization, Role.MEMBER)
    return MemberFactory(organization=organization, chapter=chapter, user=user, status="active")


def _guest(organization, inviter, **visit):
    return VisitFactory(
        organization=organization,
        visitor__chapter=inviter.chapter,
        visitor__invited_by=inviter,
        visitor__name="Gus Guest",
        **visit,
    )


def test_a_member_lists_and_fixes_the_visitors_they_invited(
    client_for, organization, inviter, member_of
) -> None:
    mine = _guest(organization, inviter)
    someone_elses = VisitFactory(organization=organization, visitor__chapter=inviter.chapter)
    client = client_for(inviter.user)

    listed = client.get(_url(organization, "visitors/invited"))
    assert listed.status_code == 200, listed.content
    assert [entry["id"] for entry in listed.json()["results"]] == [str(mine.visitor_id)]

    url = _url(organization, f"visitors/{mine.visitor_id}/invited")
    fixed = client.patch(url, {"name": " Gus Guestly ", "profession": "Baker"}, format="json")
    assert fixed.status_code == 200, fixed.content
    assert (fixed.json()["name"], fixed.json()["profession"]) == ("Gus Guestly", "Baker")
    refused = client.patch(url, {"name": ""}, format="json")
    assert refused.status_code == 400
    assert "name" in refused.json()["errors"]

    other = _url(organization, f"visitors/{someone_elses.visitor_id}/invited")
    assert client.patch(other, {"name": "Nope"}, format="json").status_code == 403
    assert client.delete(other).status_code == 403
    # The list of the pipeline stays the leaders'.
    assert client.get(_url(organization, "visitors/")).status_code == 403


def test_a_member_withdraws_a_visitor_registered_by_mistake_until_something_happened(
    client_for, organization, inviter
) -> None:
    upcoming = _guest(organization, inviter)
    client = client_for(inviter.user)
    response = client.delete(_url(organization, f"visitors/{upcoming.visitor_id}/invited"))
    assert response.status_code == 204, response.content
    with tenant(organization):
        assert not Visitor.objects.filter(pk=upcoming.visitor_id).exists()

    came = _guest(organization, inviter, meeting__date=today() - datetime.timedelta(days=7))
    followed = _guest(organization, inviter)
    with tenant(organization):
        Visitor.objects.filter(pk=followed.visitor_id).update(status="contacted")
        Meeting.objects.filter(pk=came.meeting_id).update(report_status="completed")
    for visit in (came, followed):
        refused = client.delete(_url(organization, f"visitors/{visit.visitor_id}/invited"))
        assert refused.status_code == 409, refused.content
        assert "followed" in refused.json()["detail"]
    with tenant(organization):
        assert Visitor.objects.filter(pk__in=[came.visitor_id, followed.visitor_id]).count() == 2

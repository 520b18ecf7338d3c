"""A person has one name: the account menu, their seats and their profile agree."""

import pytest

from groups import services
from groups.models import Member
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, MemberFactory

pytestmark = pytest.mark.django_db


def _url(organization, path="me/profile/"):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def test_renaming_on_the_profile_renames_the_account_and_every_seat(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER, user__name="Max Member")
    first = MemberFactory(organization=organization, user=user, name="Max Member")
    second = MemberFactory(organization=organization, user=user, name="Max Member")
    client = client_for(user)
    response = client.patch(
        _url(organization), {"name": "Ben Adams", "phone": "555 0100"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert (response.json()["name"], response.json()["phone"]) == ("Ben Adams", "555 0100")
    assert client.get("/api/v1/me").json()["name"] == "Ben Adams"
    seat = client.get(_url(organization, f"members/{first.pk}/")).json()
    assert (seat["name"], seat["phone"]) == ("Ben Adams", "555 0100")
    with tenant(organization):
        assert Member.objects.get(pk=second.pk).name == "Ben Adams"


def test_a_leader_renaming_a_seat_renames_its_person(organization, member_of) -> None:
    user = member_of(organization, Role.MEMBER, user__name="Max Member")
    leader = member_of(organization, Role.OWNER)
    with tenant(organization):
        seat = MemberFactory(organization=organization, user=user, name="Max Member")
        services.member_update(member=seat, actor=leader, name="Ben Adams")
    user.refresh_from_db()
    assert user.name == "Ben Adams"


def test_a_seat_given_to_a_person_takes_their_name(organization, member_of) -> None:
    user = member_of(organization, Role.MEMBER, user__name="Vera Vice")
    with tenant(organization):
        seat = MemberFactory(organization=organization, name="Ben Adams")
        services.member_link_user(member=seat, user=user)
        assert Member.objects.get(pk=seat.pk).name == "Vera Vice"


def test_the_profile_says_who_sees_contact_fields(client_for, organization, member_of) -> None:
    organization.settings = {"contacts_leaders_only": True}
    organization.save()
    user = member_of(organization, Role.MEMBER)
    MemberFactory(
        organization=organization, user=user, chapter=ChapterFactory(organization=organization)
    )
    visible_to = client_for(user).get(_url(organization)).json()["visible_to"]
    assert (visible_to["name"], visible_to["phone"]) == ("organization", "leaders")


def test_seat_fields_without_a_seat_are_a_conflict(client_for, organization, member_of) -> None:
    user = member_of(organization, Role.STAFF)
    response = client_for(user).patch(_url(organization), {"bio": "Hello"}, format="json")
    assert response.status_code == 409
    assert response.json()["detail"] == services.PROFILE_NO_SEAT


def test_a_malformed_website_is_a_field_error(client_for, organization, member_of) -> None:
    user = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, user=user)
    response = client_for(user).patch(_url(organization), {"website": "nope"}, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["website"]

import datetime

import pytest
from django.core import mail

from groups.models import Invitation, Member
from groups.tasks import send_invitation
from tenancy.context import tenant
from tenancy.models import OrganizationMembership, Role
from tests.factories.accounts import UserFactory
from tests.factories.groups import (
    ChapterFactory,
    ChapterRoleFactory,
    InvitationFactory,
    MemberFactory,
)

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def _link(organization, token, suffix=""):
    return f"/api/v1/public/{organization.slug}/invitations/{token}/{suffix}"


def test_a_leader_invites_into_a_new_seat_and_the_person_accepts(
    client_for, api_client, organization, member_of, django_capture_on_commit_callbacks
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role="president")
    with django_capture_on_commit_callbacks() as callbacks:
        created = client_for(user).post(
            _url(organization, "invitations/"),
            {"email": "new@x.com", "name": "New Person", "chapter": str(seat.chapter_id)},
            format="json",
        )
    assert created.status_code == 201, created.content
    assert (created.json()["member_name"], len(callbacks)) == ("New Person", 1)
    invitation_id = created.json()["id"]
    send_invitation(organization_id=str(organization.pk), invitation_id=invitation_id)
    send_invitation(organization_id=str(organization.pk), invitation_id=invitation_id)
    assert [message.to for message in mail.outbox] == [["new@x.com"]]
    with tenant(organization):
        token = Invitation.objects.get(pk=invitation_id).token
    assert token in mail.outbox[0].body
    shown = api_client.get(_link(organization, token)).json()
    assert (shown["chapter_name"], shown["status"], shown["expired"]) == (
        seat.chapter.name,
        "pending",
        False,
    )
    assert api_client.post(_link(organization, token, "accept")).status_code == 401
    newcomer = UserFactory(email="NEW@x.com")
    accepted = client_for(newcomer).post(_link(organization, token, "accept"))
    assert accepted.json()["status"] == "accepted"
    with tenant(organization):
        assert OrganizationMembership.objects.get(user=newcomer).role == "member"
        # The seat takes the name the person signs in with: one name everywhere.
        assert Member.objects.get(user=newcomer).name == newcomer.name
    again = client_for(newcomer).post(_link(organization, token, "accept"))
    assert again.status_code == 409


def test_another_address_cannot_accept_and_expired_links_refuse(client_for, organization) -> None:
    invitation = InvitationFactory(organization=organization, email="ana@x.com")
    stranger = UserFactory(email="eve@x.com")
    refused = client_for(stranger).post(_link(organization, invitation.token, "accept"))
    assert refused.status_code == 409
    assert "sent to ana@x.com" in refused.json()["detail"]
    old = InvitationFactory(
        organization=organization,
        email="eve@x.com",
        expires_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1),
    )
    assert client_for(stranger).post(_link(organization, old.token, "accept")).status_code == 409
    with tenant(organization):
        assert not OrganizationMembership.objects.filter(user=stranger).exists()


def test_resend_gives_a_fresh_link_and_revoke_stops_it(
    client_for, api_client, organization, owner
) -> None:
    invitation = InvitationFactory(organization=organization)
    client = client_for(owner)
    resent = client.post(_url(organization, f"invitations/{invitation.pk}/resend"))
    assert resent.status_code == 200
    assert api_client.get(_link(organization, invitation.token)).status_code == 404
    revoked = client.post(_url(organization, f"invitations/{invitation.pk}/revoke"))
    assert revoked.json()["status"] == "revoked"
    assert client.post(_url(organization, f"invitations/{invitation.pk}/revoke")).status_code == 409
    with tenant(organization):
        invitation.refresh_from_db()
    assert api_client.get(_link(organization, invitation.token)).json()["status"] == "revoked"


def test_leaders_invite_only_to_their_chapter_and_never_to_the_organization(
    client_for, organization, member_of
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(organization=organization, user=user, status="active")
    ChapterRoleFactory(organization=organization, member=seat, role="vice_president")
    client = client_for(user)
    other = ChapterFactory(organization=organization)
    elsewhere = client.post(
        _url(organization, "invitations/"),
        {"email": "a@x.com", "name": "A", "chapter": str(other.pk)},
        format="json",
    )
    assert elsewhere.status_code == 403
    organization_wide = client.post(
        _url(organization, "invitations/"), {"email": "a@x.com"}, format="json"
    )
    assert organization_wide.status_code == 403
    with tenant(organization):
        assert not Invitation.objects.exists()
        assert not Member.objects.filter(name="A").exists()


def test_staff_invite_to_the_organization_but_only_owners_and_admins_give_roles(
    client_for, organization, member_of, owner
) -> None:
    staff = client_for(member_of(organization, Role.STAFF))
    assert (
        staff.post(
            _url(organization, "invitations/"), {"email": "m@x.com"}, format="json"
        ).status_code
        == 201
    )
    assert (
        staff.post(
            _url(organization, "invitations/"), {"email": "s@x.com", "role": "staff"}, format="json"
        ).status_code
        == 403
    )
    assert (
        client_for(owner)
        .post(
            _url(organization, "invitations/"), {"email": "s@x.com", "role": "staff"}, format="json"
        )
        .status_code
        == 201
    )
    duplicate = client_for(owner).post(
        _url(organization, "invitations/"), {"email": "S@x.com"}, format="json"
    )
    assert duplicate.status_code == 409


def test_a_new_seat_needs_a_name(client_for, organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    response = client_for(owner).post(
        _url(organization, "invitations/"),
        {"email": "a@x.com", "chapter": str(chapter.pk)},
        format="json",
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["name"]

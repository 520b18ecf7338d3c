"""An organization that requires two-factor login: its data only for people who set it up."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts.mfa import MFA_NEEDED_TO_REQUIRE, MFA_REQUIRED
from tenancy.models import Role

pytestmark = pytest.mark.django_db


def _with_totp(user):
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def strict(organization):
    organization.settings = {**organization.settings, "require_mfa": True}
    organization.save()
    return organization


def test_a_member_without_two_factor_is_refused_with_its_own_code(
    client_for, strict, member_of
) -> None:
    client = client_for(member_of(strict, Role.MEMBER))
    for path in ("", "members/", "meetings/", "categories/"):
        response = client.get(f"/api/v1/orgs/{strict.slug}/{path}")
        assert response.status_code == 403, path
        assert response["Content-Type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "mfa_required"
        assert body["type"].endswith("/mfa-required")
        assert body["detail"] == MFA_REQUIRED


def test_a_member_with_two_factor_reaches_the_data(client_for, strict, member_of) -> None:
    client = client_for(_with_totp(member_of(strict, Role.MEMBER)))
    assert client.get(f"/api/v1/orgs/{strict.slug}/members/").status_code == 200
    me = client.get("/api/v1/me").json()
    assert me["has_mfa"] is True
    assert me["organizations"][0]["requires_mfa"] is True
    assert me["organizations"][0]["mfa_setup_required"] is False


def test_the_account_and_its_two_factor_set_up_stay_reachable(
    client_for, strict, member_of
) -> None:
    client = client_for(member_of(strict, Role.MEMBER))
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["has_mfa"] is False
    assert me.json()["organizations"][0]["mfa_setup_required"] is True
    # allauth's set-up: the secret to scan (404 means "not active yet", with the secret).
    setup = client.get("/_allauth/browser/v1/account/authenticators/totp")
    assert setup.status_code == 404
    assert setup.json()["meta"]["secret"]


def test_an_organization_without_the_policy_asks_nothing(
    client_for, organization, member_of
) -> None:
    client = client_for(member_of(organization, Role.MEMBER))
    assert client.get(f"/api/v1/orgs/{organization.slug}/members/").status_code == 200
    assert client.get("/api/v1/me").json()["organizations"][0]["mfa_setup_required"] is False


def test_an_owner_without_two_factor_cannot_require_it(client_for, organization, owner) -> None:
    url = f"/api/v1/orgs/{organization.slug}/"
    refused = client_for(owner).patch(url, {"settings": {"require_mfa": True}}, format="json")
    assert refused.status_code == 409
    assert refused.json()["detail"] == MFA_NEEDED_TO_REQUIRE
    organization.refresh_from_db()
    assert not organization.settings.get("require_mfa")

    allowed = client_for(_with_totp(owner)).patch(
        url, {"settings": {"require_mfa": True}}, format="json"
    )
    assert allowed.status_code == 200, allowed.content
    organization.refresh_from_db()
    assert organization.settings["require_mfa"] is True

"""Sign-up, sign-in, MFA and password reset through allauth's headless API, then our API."""

from __future__ import annotations

import pytest
from allauth.mfa.totp.internal.auth import hotp_value
from django.core import mail
from rest_framework.test import APIClient

from api.errors import NOT_FOUND_DETAIL
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

APP = "/_allauth/app/v1"


def _signup(client: APIClient, email: str) -> str:
    response = client.post(
        f"{APP}/auth/signup", {"email": email, "password": PASSWORD}, format="json"
    )
    assert response.status_code == 200, response.content
    return response.json()["meta"]["session_token"]


def _as(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_X_SESSION_TOKEN=token)
    return client


def test_a_person_signs_up_creates_an_organization_and_a_stranger_sees_none_of_it() -> None:
    founder = _as(_signup(APIClient(), "founder@example.com"))
    created = founder.post(
        "/api/v1/orgs",
        {"name": "Acme", "slug": "acme", "currency": "USD", "time_zone": "America/Chicago"},
        format="json",
    )
    assert created.status_code == 201
    me = founder.get("/api/v1/me").json()
    assert me["email"] == "founder@example.com"
    assert [(o["slug"], o["role"]) for o in me["organizations"]] == [("acme", "owner")]

    stranger = _as(_signup(APIClient(), "stranger@example.com"))
    assert stranger.get("/api/v1/me").json()["organizations"] == []
    for url in ("/api/v1/orgs/acme/", "/api/v1/orgs/acme/people/", "/api/v1/orgs/acme/regions/"):
        response = stranger.get(url)
        assert response.status_code == 404
        assert response.json() == stranger.get("/api/v1/orgs/nothing-here/").json()
        assert response.json()["detail"] == NOT_FOUND_DETAIL


def test_me_needs_a_session() -> None:
    assert APIClient().get("/api/v1/me").status_code == 401
    assert _as("not-a-token").get("/api/v1/me").status_code == 401


def test_log_in_with_email_and_password() -> None:
    UserFactory(email="member@example.com")
    response = APIClient().post(
        f"{APP}/auth/login", {"email": "member@example.com", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 200
    token = response.json()["meta"]["session_token"]
    assert _as(token).get("/api/v1/me").json()["email"] == "member@example.com"


def test_repeated_failed_logins_are_rate_limited() -> None:
    UserFactory(email="member@example.com")
    client = APIClient()
    codes = [
        client.post(
            f"{APP}/auth/login", {"email": "member@example.com", "password": "wrong"}, format="json"
        ).json()["errors"][0]["code"]
        for _ in range(6)
    ]
    assert codes[:5] == ["email_password_mismatch"] * 5
    # The sixth attempt is refused even before the password is checked (counted in the cache).
    assert codes[5] == "too_many_login_attempts"
    right = client.post(
        f"{APP}/auth/login", {"email": "member@example.com", "password": PASSWORD}, format="json"
    )
    assert right.json()["errors"][0]["code"] == "too_many_login_attempts"


def test_password_reset_sends_a_link() -> None:
    UserFactory(email="member@example.com")
    response = APIClient().post(
        f"{APP}/auth/password/request", {"email": "member@example.com"}, format="json"
    )
    assert response.status_code == 200
    assert mail.outbox[-1].to == ["member@example.com"]
    assert "/app/auth/password/reset/" in mail.outbox[-1].body


def test_totp_setup_then_login_asks_for_the_code() -> None:
    UserFactory(email="careful@example.com")
    login = APIClient().post(
        f"{APP}/auth/login", {"email": "careful@example.com", "password": PASSWORD}, format="json"
    )
    client = _as(login.json()["meta"]["session_token"])
    secret = client.get(f"{APP}/account/authenticators/totp").json()["meta"]["secret"]
    code = _totp(secret)
    # Changing how one signs in asks for the password again first.
    first_try = client.post(f"{APP}/account/authenticators/totp", {"code": code}, format="json")
    assert first_try.status_code == 401
    assert first_try.json()["data"]["flows"] == [{"id": "reauthenticate"}]
    reauth = client.post(f"{APP}/auth/reauthenticate", {"password": PASSWORD}, format="json")
    assert reauth.status_code == 200
    activated = client.post(f"{APP}/account/authenticators/totp", {"code": code}, format="json")
    assert activated.status_code == 200, activated.content
    codes = client.get(f"{APP}/account/authenticators/recovery-codes").json()
    assert len(codes["data"]["unused_codes"]) > 0

    second = APIClient().post(
        f"{APP}/auth/login", {"email": "careful@example.com", "password": PASSWORD}, format="json"
    )
    assert second.status_code == 401
    pending = [flow["id"] for flow in second.json()["data"]["flows"] if flow.get("is_pending")]
    assert pending == ["mfa_authenticate"]
    token = second.json()["meta"]["session_token"]
    done = _as(token).post(
        f"{APP}/auth/2fa/authenticate", {"code": codes["data"]["unused_codes"][0]}, format="json"
    )
    assert done.status_code == 200, done.content
    assert _as(done.json()["meta"]["session_token"]).get("/api/v1/me").status_code == 200


def _totp(secret: str) -> str:
    import time

    from allauth.mfa import app_settings

    counter = int(time.time()) // app_settings.TOTP_PERIOD
    return str(hotp_value(secret, counter)).zfill(app_settings.TOTP_DIGITS)


def test_changing_email_sends_a_verification_to_the_new_address() -> None:
    UserFactory(email="old@example.com")
    login = APIClient().post(
        f"{APP}/auth/login", {"email": "old@example.com", "password": PASSWORD}, format="json"
    )
    client = _as(login.json()["meta"]["session_token"])
    response = client.post(f"{APP}/account/email", {"email": "new@example.com"}, format="json")
    assert response.status_code == 200, response.content
    addresses = {a["email"]: a["verified"] for a in response.json()["data"]}
    assert addresses["new@example.com"] is False
    assert mail.outbox[-1].to == ["new@example.com"]

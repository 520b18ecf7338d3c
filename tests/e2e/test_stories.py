"""The stories of the front-end foundation, told in a real browser against a live server."""

from __future__ import annotations

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import hotp_value
from playwright.sync_api import Page, expect

from tenancy.models import Role
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Required fields show an asterisk after the label.
PASSWORD_LABEL = re.compile(r"^Password\s*\*?$")


def _log_in(page: Page, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/app/auth/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def _totp(secret: str, steps_ahead: int = 0) -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + steps_ahead
    return str(hotp_value(secret, counter)).zfill(mfa_settings.TOTP_DIGITS)


def test_a_new_person_signs_up_on_a_phone_and_lands_on_their_organization(
    phone: Page, live_server
) -> None:
    phone.goto(f"{live_server.url}/")
    expect(phone.get_by_role("heading", name="Log in")).to_be_visible()
    phone.get_by_role("link", name="Create an account").click()

    expect(phone.get_by_role("heading", name="Create your account")).to_be_visible()
    phone.get_by_label("Email").fill("founder@example.com")
    phone.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    phone.get_by_role("button", name="Sign up").click()

    expect(phone.get_by_role("heading", name="Create your organization")).to_be_visible()
    phone.get_by_label("Organization name").fill("Acme Referrals")
    expect(phone.get_by_label("Slug")).to_have_value("acme-referrals")
    expect(phone.get_by_role("combobox", name="Currency")).not_to_have_value("")
    expect(phone.get_by_role("combobox", name="Time zone")).not_to_have_value("")
    phone.get_by_role("button", name="Create organization").click()

    expect(phone.get_by_role("heading", level=1, name="Acme Referrals")).to_be_visible()
    expect(phone).to_have_url(re.compile(r"/app/acme-referrals/?$"))


def test_another_organizations_address_shows_nothing_of_it(desktop: Page, live_server) -> None:
    MembershipFactory(
        organization=OrganizationFactory(name="Secret Society", slug="secret-society"),
        role=Role.OWNER,
    )
    visitor = MembershipFactory(
        organization=OrganizationFactory(name="Open Circle", slug="open-circle"),
        role=Role.OWNER,
    ).user

    _log_in(desktop, live_server.url, visitor.email)
    expect(desktop.get_by_role("heading", level=1, name="Open Circle")).to_be_visible()

    desktop.goto(f"{live_server.url}/app/secret-society")
    expect(desktop.get_by_role("heading", name="Page not found")).to_be_visible()
    expect(desktop.get_by_text("Secret Society")).to_have_count(0)


def test_a_person_turns_on_two_factor_and_logs_in_with_a_code(desktop: Page, live_server) -> None:
    person = UserFactory(email="careful@example.com")
    MembershipFactory(
        organization=OrganizationFactory(name="Careful Club", slug="careful-club"),
        user=person,
        role=Role.OWNER,
    )
    _log_in(desktop, live_server.url, person.email)
    expect(desktop.get_by_role("heading", level=1, name="Careful Club")).to_be_visible()

    desktop.get_by_role("button", name="Account menu").click()
    desktop.get_by_role("menuitem", name="Security").click()
    expect(desktop.get_by_role("heading", name="Security")).to_be_visible()
    desktop.get_by_role("button", name="Set up two-factor authentication").click()
    secret = desktop.get_by_test_id("totp-secret").inner_text().strip()
    desktop.get_by_label("Authentication code").fill(_totp(secret))
    desktop.get_by_role("button", name="Activate").click()

    confirm = desktop.get_by_role("dialog", name="Confirm it's you")
    codes_heading = desktop.get_by_role("heading", name="Recovery codes")
    expect(confirm.or_(codes_heading)).to_be_visible()
    if confirm.is_visible():
        confirm.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
        confirm.get_by_role("button", name="Confirm").click()
    expect(codes_heading).to_be_visible()
    expect(desktop.get_by_test_id("recovery-codes")).not_to_be_empty()

    desktop.get_by_role("button", name="Account menu").click()
    desktop.get_by_role("menuitem", name="Log out").click()
    expect(desktop.get_by_role("heading", name="Log in")).to_be_visible()

    _log_in(desktop, live_server.url, person.email)
    expect(desktop.get_by_role("heading", name="Two-factor authentication")).to_be_visible()
    # The next time step's code: the activation code may not be used twice.
    desktop.get_by_label("Authentication code").fill(_totp(secret, steps_ahead=1))
    desktop.get_by_role("button", name="Verify").click()
    expect(desktop.get_by_role("heading", level=1, name="Careful Club")).to_be_visible()

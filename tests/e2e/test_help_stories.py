"""The story of help given, on a phone, against a live server."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, expect

from referrals.models import Referral
from tenancy.context import tenant
from tenancy.models import Role
from tests.e2e.test_stories import _log_in
from tests.factories.accounts import UserFactory
from tests.factories.groups import ChapterFactory, MemberFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _member(organization, chapter, name, business, email):
    user = UserFactory(email=email, name=name)
    MembershipFactory(organization=organization, user=user, role=Role.MEMBER)
    return MemberFactory(
        organization=organization,
        chapter=chapter,
        user=user,
        status="active",
        name=name,
        business_name=business,
    )


def _log_out(page: Page) -> None:
    page.context.clear_cookies()


def test_a_member_gives_a_referral_in_a_few_taps_hears_back_and_tops_the_leaderboard(
    phone: Page, live_server
) -> None:
    organization = OrganizationFactory(name="Harbour Network", slug="harbour", currency="USD")
    chapter = ChapterFactory(organization=organization, name="Harbour Breakfast")
    ann = _member(organization, chapter, "Ann Archer", "Archer Law", "ann@example.com")
    _member(organization, chapter, "Bo Baker", "Baker Roofing", "bo@example.com")
    _member(organization, chapter, "Cy Cole", "Cole Print", "cy@example.com")

    _log_in(phone, live_server.url, ann.user.email)
    expect(phone.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    started = time.monotonic()
    phone.get_by_role("button", name="Give", exact=True).click()
    dialog = phone.get_by_role("dialog", name="Give help")
    dialog.get_by_role("combobox", name="Member").fill("Bak")
    phone.get_by_role("option", name=re.compile("Bo Baker")).click()
    dialog.get_by_role("textbox", name="Contact name").fill("Dee Dunn")
    dialog.get_by_role("checkbox", name="The contact agreed to be contacted").check()
    dialog.get_by_role("button", name="Give referral").click()
    expect(phone.get_by_text("Referral given to Bo Baker")).to_be_visible()
    elapsed = time.monotonic() - started
    print(f"\nreferral given through the UI in {elapsed:.1f} s (4 taps, 3 letters, a contact name)")
    with tenant(organization):
        referral = Referral.objects.get()
    assert (referral.giver_id, referral.contact_name) == (ann.pk, "Dee Dunn")

    _log_out(phone)
    _log_in(phone, live_server.url, "bo@example.com")
    expect(phone.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    phone.goto(f"{live_server.url}/app/harbour/referrals")
    card = phone.get_by_role("article", name="Referral from Ann Archer: Dee Dunn")
    card.get_by_role("button", name="Contacted").click()
    expect(card.get_by_role("button", name="Contacted")).to_have_attribute("aria-pressed", "true")

    # Ann hears what became of her referral: the bell counts it, the list shows it.
    _log_out(phone)
    _log_in(phone, live_server.url, ann.user.email)
    bell = phone.get_by_role("link", name="Notifications, 1 unread")
    expect(bell).to_be_visible()
    bell.click()
    notice = phone.get_by_role("article", name="Your referral for Dee Dunn is now contacted")
    expect(notice).to_contain_text("Bo Baker moved your referral for Dee Dunn from new to")
    notice.get_by_role("button", name="Mark as read").click()
    expect(phone.get_by_role("link", name="Notifications", exact=True)).to_be_visible()

    _log_out(phone)
    _log_in(phone, live_server.url, "bo@example.com")
    expect(phone.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    phone.get_by_role("button", name="Give", exact=True).click()
    dialog = phone.get_by_role("dialog", name="Give help")
    dialog.get_by_text("Thank-you", exact=True).click()
    dialog.get_by_role("combobox", name="Who gave you the business?").fill("Arch")
    phone.get_by_role("option", name=re.compile("Ann Archer")).click()
    dialog.get_by_role("textbox", name="Amount").fill("4200")
    dialog.get_by_role("button", name="Record thank-you").click()
    expect(phone.get_by_text("Thank-you recorded")).to_be_visible()

    phone.goto(f"{live_server.url}/app/harbour/leaderboard")
    ranking = phone.get_by_role("table", name="Ranking")
    expect(ranking.get_by_role("row").nth(1)).to_contain_text("Ann Archer")
    with tenant(organization):
        referral.refresh_from_db()
    assert referral.status == "contacted"

"""Every main screen passes axe-core's WCAG 2.1 A and AA rules, on a phone and on a desktop.

The demo organization gives each screen what a real chapter has (a year of meetings, help given,
visitors, applications, an activity log), so the rules see full tables and lists, not empty
states. Each person opens the screens their role opens; a screen fails on any critical or
serious violation, and the message names the rule, the elements and axe's advice.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from accounts.models import User
from groups.demo import seed_groups_demo
from groups.models import Chapter, Meeting, Member
from referrals.demo import seed_help_demo
from tenancy.context import tenant
from tenancy.demo import DEMO_PEOPLE, DEMO_SLUG, seed_demo
from tenancy.models import Organization
from tests.e2e.axe import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1366, "height": 900},
}
ORG = f"/app/{DEMO_SLUG}"
OWNER = DEMO_PEOPLE[0][0]
MEMBER = "member@demo.example.com"
VICE_PRESIDENT = "vp@demo.example.com"
CHAPTER = "Downtown Breakfast"


@pytest.fixture
def demo(live_server: Any) -> dict[str, Any]:
    """The demo organization, and what the screens' addresses need from it."""
    credentials = seed_demo()
    organization = Organization.objects.get(slug=DEMO_SLUG)
    seed_groups_demo(organization=organization, actor=User.objects.get(email=OWNER))
    seed_help_demo(organization=organization)
    with tenant(organization):
        chapter = Chapter.objects.get(name=CHAPTER)
        meeting = (
            Meeting.objects.filter(chapter=chapter, date__gte=datetime.date.today())
            .order_by("date")
            .first()
        )
        assert meeting is not None
        other = Member.objects.filter(chapter=chapter).exclude(user__email=MEMBER).first()
        assert other is not None
    return {
        "colleague": other.name,
        "password": credentials.password,
        "chapter": chapter.pk,
        "token": chapter.visitor_token,
        "meeting": meeting.pk,
    }


def _page(browser: Browser, size: str) -> Page:
    # Reduced motion: the theme then skips transitions, so axe sees each screen settled and
    # never measures the contrast of a dialog halfway through fading in.
    context = browser.new_context(viewport=SIZES[size], reduced_motion="reduce")
    context.set_default_timeout(15_000)
    return context.new_page()


def _settled(page: Page) -> None:
    """Wait until the screen has its data: no loader left and the network quiet."""
    page.wait_for_load_state("networkidle")
    expect(page.locator(".mantine-Loader-root")).to_have_count(0)


def _check(page: Page, screen: str, found: dict[str, str]) -> None:
    _settled(page)
    violations = axe_violations(page)
    if violations:
        found[screen] = format_violations(screen, violations)


def _visit(page: Page, url: str, screen: str, found: dict[str, str]) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    _check(page, screen, found)


def _check_screens(
    browser: Browser,
    base_url: str,
    screens: list[tuple[str, str]],
    login: tuple[str, str] | None = None,
) -> dict[str, str]:
    """Each screen at both sizes; what axe found, by screen and size."""
    found: dict[str, str] = {}
    for size in SIZES:
        page = _page(browser, size)
        if login:
            _log_in(page, base_url, *login)
        for path, screen in screens:
            _visit(page, f"{base_url}{path}", f"{screen} ({size})", found)
        page.context.close()
    return found


def _log_in(page: Page, base_url: str, email: str, password: str) -> None:
    page.goto(f"{base_url}/app/auth/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password\s*\*?$")).fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1, name="Demo Business Network")).to_be_visible()


def _report(found: dict[str, str]) -> str:
    return "\n\n".join(found.values())


def test_a_guest_can_use_sign_in_sign_up_and_the_visitor_form(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    screens = [
        ("/app/auth/login", "sign-in"),
        ("/app/auth/signup", "sign-up"),
        ("/app/auth/password/reset", "password reset"),
        (f"/app/visit/{DEMO_SLUG}/{demo['token']}", "public visitor form"),
    ]
    found = _check_screens(browser, live_server.url, screens)
    assert not found, _report(found)


def test_a_member_can_use_their_screens(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    screens = [
        (ORG, "organization home"),
        (f"{ORG}/referrals", "my referrals"),
        (f"{ORG}/one-to-ones", "my 1-2-1s"),
        (f"{ORG}/leaderboard", "leaderboard"),
        (f"{ORG}/my-attendance", "my attendance"),
        (f"{ORG}/directory", "directory"),
        (f"{ORG}/notifications", "notifications"),
        ("/app/account/security", "security"),
    ]
    found = _check_screens(browser, live_server.url, screens, (MEMBER, demo["password"]))
    assert not found, _report(found)


def test_a_member_can_use_the_give_sheet_and_its_member_picker(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    found: dict[str, str] = {}
    for size in SIZES:
        page = _page(browser, size)
        _log_in(page, live_server.url, MEMBER, demo["password"])
        page.get_by_role("button", name="Give", exact=True).click()
        dialog = page.get_by_role("dialog", name="Give help")
        expect(dialog).to_be_visible()
        _check(page, f"give sheet ({size})", found)
        dialog.get_by_role("combobox", name="Member").fill(demo["colleague"][:4])
        expect(page.get_by_role("option", name=re.compile(demo["colleague"]))).to_be_visible()
        _check(page, f"give sheet, member picker open ({size})", found)
        page.context.close()
    assert not found, _report(found)


def test_a_vice_president_can_use_meetings_attendance_and_visitors(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    screens = [
        (f"{ORG}/meetings", "meetings list"),
        (f"{ORG}/meetings/{demo['meeting']}", "meeting"),
        (f"{ORG}/meetings/{demo['meeting']}/attendance", "attendance grid"),
        (f"{ORG}/visitors", "visitors"),
        (f"{ORG}/chapters/{demo['chapter']}/help", "chapter help"),
    ]
    found = _check_screens(browser, live_server.url, screens, (VICE_PRESIDENT, demo["password"]))
    assert not found, _report(found)


def test_an_owner_can_use_the_organizations_administration(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    screens = [
        (ORG, "organization home (owner)"),
        (f"{ORG}/chapters", "chapters"),
        (f"{ORG}/chapters/{demo['chapter']}", "chapter roster"),
        (f"{ORG}/chapters/{demo['chapter']}/roster-files", "roster import"),
        (f"{ORG}/people", "people"),
        (f"{ORG}/regions", "regions"),
        (f"{ORG}/categories", "categories"),
        (f"{ORG}/settings", "settings and policies"),
        (f"{ORG}/activity", "activity log"),
        (f"{ORG}/applications", "applications"),
        (f"{ORG}/invitations", "invitations"),
        (f"{ORG}/visitors", "visitors (owner)"),
    ]
    found = _check_screens(browser, live_server.url, screens, (OWNER, demo["password"]))
    assert not found, _report(found)


def test_on_a_phone_a_control_tabbed_to_is_never_hidden_under_the_bottom_bar(
    browser: Browser, live_server: Any, demo: dict[str, Any]
) -> None:
    page = _page(browser, "phone")
    _log_in(page, live_server.url, MEMBER, demo["password"])
    page.goto(f"{live_server.url}{ORG}/referrals")
    _settled(page)
    hidden = []
    for _stop in range(60):
        page.keyboard.press("Tab")
        covered = page.evaluate(
            """() => {
                const focused = document.activeElement;
                const bar = document.querySelector("footer, nav[aria-label='Main']");
                if (!focused || !bar || bar.contains(focused)) return null;
                const box = focused.getBoundingClientRect();
                const top = bar.getBoundingClientRect().top;
                return box.bottom > top && box.top < window.innerHeight
                    ? (focused.getAttribute("aria-label") || focused.textContent || "").trim()
                    : null;
            }"""
        )
        if covered is not None:
            hidden.append(covered)
    page.context.close()
    assert hidden == [], f"under the bottom bar when focused: {hidden}"

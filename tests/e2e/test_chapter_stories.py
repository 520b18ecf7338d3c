"""The stories of running a chapter, told in a real browser against a live server."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from groups.models import Attendance, Member, Visitor
from tenancy.context import tenant
from tenancy.models import Role
from tests.e2e.test_stories import _log_in
from tests.factories.accounts import UserFactory
from tests.factories.groups import (
    CategoryFactory,
    ChapterFactory,
    ChapterRoleFactory,
    MeetingFactory,
    MemberFactory,
    today,
)
from tests.factories.tenancy import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)

NAMES = ["Ada Brook", "Ben Cole", "Cara Dunn", "Dev Ellis", "Eve Ford", "Finn Gray"]


def _leader(organization, chapter, role, email):
    user = UserFactory(email=email)
    MembershipFactory(organization=organization, user=user, role=Role.MEMBER)
    seat = MemberFactory(
        organization=organization, chapter=chapter, user=user, status="active", name="Vera Vice"
    )
    ChapterRoleFactory(organization=organization, member=seat, chapter=chapter, role=role)
    return user


def _tap(row, status: str) -> None:
    """Tap the visible segment of a row's status control (the radio input itself is hidden)."""
    radio_id = row.get_by_role("radio", name=status).get_attribute("id")
    row.locator(f"label[for='{radio_id}']").click()


def test_a_vice_president_takes_attendance_on_a_phone(phone: Page, live_server) -> None:
    organization = OrganizationFactory(name="Harbour Network", slug="harbour")
    chapter = ChapterFactory(organization=organization, name="Harbour Breakfast")
    seats = {
        name: MemberFactory(organization=organization, chapter=chapter, status="active", name=name)
        for name in NAMES
    }
    vice_president = _leader(organization, chapter, "vice_president", "vp@example.com")
    meeting = MeetingFactory(organization=organization, chapter=chapter, date=today())

    _log_in(phone, live_server.url, vice_president.email)
    expect(phone.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    phone.goto(f"{live_server.url}/app/harbour/meetings")
    phone.get_by_role("link", name=re.compile("Today")).click()
    phone.get_by_role("link", name="Take attendance").click()

    roster = phone.get_by_role("list", name="Roster")
    expect(roster.get_by_role("group", name="Ada Brook")).to_be_visible()
    # Everyone starts present; one tap per change.
    expect(
        roster.get_by_role("group", name="Ben Cole").get_by_role("radio", name="Present")
    ).to_be_checked()
    _tap(roster.get_by_role("group", name="Ben Cole"), "Absent")
    _tap(roster.get_by_role("group", name="Cara Dunn"), "Late")
    finn = roster.get_by_role("group", name="Finn Gray")
    _tap(finn, "Substitute")
    finn.get_by_label("Substitute's name").fill("Sam Stand-in")
    phone.get_by_role("button", name="Save attendance").click()
    expect(phone.get_by_text("Attendance saved")).to_be_visible()

    with tenant(organization):
        saved = {
            row.member.name: (row.status, row.substitute_name)
            for row in Attendance.objects.filter(meeting=meeting).select_related("member")
        }
    assert saved["Ben Cole"] == ("absent", "")
    assert saved["Cara Dunn"] == ("late", "")
    assert saved["Finn Gray"] == ("substitute", "Sam Stand-in")
    assert saved["Ada Brook"] == ("present", "")
    assert len(saved) == len(seats) + 1  # and the vice president herself


def test_a_visitor_registers_through_the_public_link_and_a_leader_sees_them(
    browser, live_server
) -> None:
    organization = OrganizationFactory(name="Harbour Network", slug="harbour")
    chapter = ChapterFactory(organization=organization, name="Harbour Breakfast")
    host = MemberFactory(
        organization=organization, chapter=chapter, status="active", name="Ada Brook"
    )
    MeetingFactory(
        organization=organization, chapter=chapter, date=today() + datetime.timedelta(days=7)
    )
    leader = _leader(organization, chapter, "visitor_host", "host@example.com")

    guest = browser.new_context(viewport={"width": 390, "height": 844})
    page = guest.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/app/visit/harbour/{chapter.visitor_token}")
    expect(page.get_by_text("Harbour Breakfast").first).to_be_visible()
    page.get_by_label("Your name").fill("Nora Quinn")
    page.get_by_label("Email").fill("nora@example.com")
    page.get_by_label("Profession").fill("Wedding photography")
    page.get_by_role("textbox", name="Meeting").or_(
        page.get_by_role("combobox", name="Meeting")
    ).first.click()
    page.get_by_role("option").first.click()
    page.get_by_role("textbox", name="Who invited you?").or_(
        page.get_by_role("combobox", name="Who invited you?")
    ).first.click()
    page.get_by_role("option", name=re.compile("Ada Brook")).click()
    page.get_by_role("button", name="Register my visit").click()
    expect(page.get_by_role("heading", name="You're registered")).to_be_visible()
    guest.close()

    with tenant(organization):
        visitor = Visitor.objects.get()
    assert (visitor.name, visitor.source, visitor.invited_by_id) == (
        "Nora Quinn",
        "public_link",
        host.pk,
    )

    desk = browser.new_context(viewport={"width": 1280, "height": 800})
    page = desk.new_page()
    page.set_default_timeout(10_000)
    _log_in(page, live_server.url, leader.email)
    expect(page.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    page.goto(f"{live_server.url}/app/harbour/visitors")
    new_column = page.get_by_role("region", name="New")
    expect(new_column.get_by_role("button", name=re.compile("^Nora Quinn"))).to_be_visible()
    desk.close()


def test_a_roster_import_with_one_bad_row_reports_it_and_changes_nothing(
    desktop: Page, live_server, tmp_path
) -> None:
    organization = OrganizationFactory(name="Harbour Network", slug="harbour")
    chapter = ChapterFactory(organization=organization, name="Harbour Breakfast")
    CategoryFactory(organization=organization, name="Florist")
    staff = MembershipFactory(organization=organization, role=Role.STAFF).user
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "name,email,category\n"
        "Ada Brook,ada@example.com,Florist\n"
        "Ben Cole,not-an-email,Florist\n"
        "Cara Dunn,cara@example.com,\n"
    )

    _log_in(desktop, live_server.url, staff.email)
    expect(desktop.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()
    desktop.goto(f"{live_server.url}/app/harbour/chapters/{chapter.pk}/roster-files")
    desktop.get_by_label("CSV file").set_input_files(str(roster))
    desktop.get_by_role("button", name="Check file").click()
    problems = desktop.get_by_role("table")
    expect(problems.get_by_role("columnheader", name="Line")).to_be_visible()
    row = problems.get_by_role("row").filter(has_text="not-an-email")
    expect(row).to_contain_text("3")
    expect(row).to_contain_text("email")
    # Ben also wants the category Ada holds: the same line, a second problem.
    expect(
        problems.get_by_role("row").filter(has_text="Ada Brook already holds it")
    ).to_be_visible()
    expect(desktop.get_by_role("button", name="Import")).to_be_disabled()
    with tenant(organization):
        assert not Member.objects.exists()

"""On a phone, nothing that floats (the Give button, the bottom bar, a page's sticky action
bar) ever covers a control: each button and link, brought into view as focus brings it, can
be tapped where it is drawn."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tenancy.models import Role
from tests.e2e.test_stories import _log_in
from tests.factories.accounts import UserFactory
from tests.factories.groups import ChapterFactory, ChapterRoleFactory, MeetingFactory, today
from tests.factories.groups import MemberFactory as SeatFactory
from tests.factories.referrals import ReferralFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Every visible button and link, each scrolled into view the way the browser brings a focused
# control into view (honouring scroll-padding); then five points of it (its centre and near
# its corners) must hit the control itself, not something drawn over it. Also compares the
# boxes of every fixed or sticky element with every control not inside it.
COVERED_CONTROLS = """
() => {
  // With a sheet open, its controls are the ones in reach: the page beneath is not.
  const dialog = document.querySelector("[role=dialog]");
  const controls = [...(dialog || document).querySelectorAll(
    "button, a[href], [role=button], input[type=checkbox], input[type=radio]"
  )].filter((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden"
      && !el.closest("[aria-hidden=true]") && !el.closest("[inert]");
  });
  const floating = [...document.querySelectorAll("body *")].filter((el) => {
    const position = getComputedStyle(el).position;
    return position === "fixed" || position === "sticky";
  }).filter((el) => el.getBoundingClientRect().height > 0);
  const name = (el) => (el.getAttribute("aria-label") || el.textContent || el.tagName).trim()
    .slice(0, 40);
  const overlaps = (a, b) =>
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const problems = [];
  for (const control of controls) {
    control.scrollIntoView({ block: "nearest", inline: "nearest" });
    const box = control.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) continue;
    for (const layer of floating) {
      if (layer.contains(control) || control.contains(layer)) continue;
      // What is beneath the open sheet covers nothing in it.
      if (dialog && !dialog.contains(layer)) continue;
      if (overlaps(box, layer.getBoundingClientRect())) {
        const hit = document.elementFromPoint(
          Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1),
          Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1),
        );
        if (hit && layer.contains(hit)) problems.push(`${name(control)} under ${name(layer)}`);
      }
    }
    const inset = 3;
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      const labels = hit && control.labels ? [...control.labels] : [];
      const label = labels.some((l) => l.contains(hit));
      if (hit && !control.contains(hit) && !hit.contains(control) && !label) {
        const cover = floating.find((layer) => layer.contains(hit));
        if (cover) problems.push(`${name(control)} covered by ${name(cover)}`);
      }
    }
  }
  return [...new Set(problems)];
}
"""

# Whether the focused element can be tapped where it is: at its centre is itself or inside it.
FOCUS_UNCOVERED = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return true;
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (el.contains(hit) || hit.contains(el));
}
"""


def _member(organization, chapter, name):
    user = UserFactory(email=f"{name.replace(' ', '.').lower()}@example.com", name=name)
    MembershipFactory(organization=organization, user=user, role=Role.MEMBER)
    return SeatFactory(
        organization=organization, chapter=chapter, user=user, status="active", name=name
    )


@pytest.fixture
def harbour():
    organization = OrganizationFactory(name="Harbour Network", slug="harbour", currency="USD")
    chapter = ChapterFactory(organization=organization, name="Harbour Breakfast")
    vera = _member(organization, chapter, "Vera Vice")
    ChapterRoleFactory(
        organization=organization, member=vera, chapter=chapter, role="vice_president"
    )
    others = [_member(organization, chapter, f"Member {letter}") for letter in "ABCDEFGH"]
    for giver in others:
        ReferralFactory(organization=organization, giver=giver, receiver=vera, chapter=chapter)
    meeting = MeetingFactory(organization=organization, chapter=chapter, date=today())
    return organization, vera, meeting


def test_on_a_phone_no_floating_control_covers_another(phone: Page, live_server, harbour) -> None:
    _organization, vera, meeting = harbour
    _log_in(phone, live_server.url, vera.user.email)
    expect(phone.get_by_role("heading", level=1, name="Harbour Network")).to_be_visible()

    # The attendance grid: its own sticky Save bar has the foot of the screen; Give steps aside.
    phone.goto(f"{live_server.url}/app/harbour/meetings/{meeting.pk}/attendance")
    expect(phone.get_by_role("button", name="Save attendance")).to_be_visible()
    expect(phone.get_by_role("button", name="Give", exact=True)).to_have_count(0)
    assert phone.evaluate(COVERED_CONTROLS) == []

    # My referrals: eight received, each with its status buttons and "Lost".
    phone.goto(f"{live_server.url}/app/harbour/referrals")
    expect(phone.get_by_role("button", name="Lost").first).to_be_visible()
    expect(phone.get_by_role("button", name="Give", exact=True)).to_be_visible()
    assert phone.evaluate(COVERED_CONTROLS) == []

    # Tabbing through the page, every control that takes the focus is in view, uncovered.
    phone.evaluate("() => window.scrollTo(0, 0)")
    covered = []
    for _ in range(80):
        phone.keyboard.press("Tab")
        if not phone.evaluate(FOCUS_UNCOVERED):
            covered.append(phone.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"))
    assert covered == []

    # The Give sheet, open.
    phone.get_by_role("button", name="Give", exact=True).click()
    expect(phone.get_by_role("dialog", name="Give help")).to_be_visible()
    assert phone.evaluate(COVERED_CONTROLS) == []

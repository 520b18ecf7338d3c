"""axe-core in the browser tests: inject it into a page, run the WCAG 2.1 A and AA rules, and
say what fails in words a reader can act on (rule, impact, the elements and axe's own advice).

axe-core comes from the front end's npm packages (``frontend/node_modules/axe-core``), so the
version is pinned by ``package-lock.json`` like every other front-end tool.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from playwright.sync_api import Page

from config.paths import ROOT_DIR

AXE_JS = ROOT_DIR / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Beside the WCAG rules: every page has one main landmark, so a screen reader can jump to
# the content (axe files it under best practices; people rely on it all the same).
EXTRA_RULES = {"landmark-one-main": {"enabled": True}}
# What blocks people outright or makes a screen very hard to use; "moderate" and "minor" are
# reported by axe too but do not fail a test.
BLOCKING = ("critical", "serious")
# Elements shown per rule in a failure message: enough to find the component, short to read.
SHOWN_NODES = 5


@cache
def _axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail("axe-core is not installed: run `npm ci` in frontend/ (make test does it).")
    return AXE_JS.read_text()


def axe_violations(page: Page, *, impacts: tuple[str, ...] = BLOCKING) -> list[dict[str, Any]]:
    """The page's WCAG 2.1 A/AA violations of the given impacts, as axe reports them."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=_axe_source())
    results = page.evaluate(
        """async ([tags, rules]) => {
            const results = await window.axe.run(document, {
                runOnly: { type: "tag", values: tags },
                rules,
                resultTypes: ["violations"],
            });
            return results.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map((n) => ({
                    target: n.target.join(" "),
                    html: n.html,
                    summary: n.failureSummary,
                })),
            }));
        }""",
        [WCAG_TAGS, EXTRA_RULES],
    )
    return [violation for violation in results if violation["impact"] in impacts]


def format_violations(screen: str, violations: list[dict[str, Any]]) -> str:
    """One readable block per rule: what is wrong, how many elements, which ones and why."""
    lines = [f"{screen}: {len(violations)} blocking accessibility violation(s)"]
    for violation in violations:
        nodes = violation["nodes"]
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({len(nodes)} element(s)) {violation['helpUrl']}"
        )
        for node in nodes[:SHOWN_NODES]:
            lines.append(f"    - {node['target']}")
            lines.append(f"      {node['html'][:200]}")
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      {summary[:300]}")
        if len(nodes) > SHOWN_NODES:
            lines.append(f"    ... and {len(nodes) - SHOWN_NODES} more")
    return "\n".join(lines)

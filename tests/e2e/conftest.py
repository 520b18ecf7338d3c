"""Browser tests: the built React app served by a live Django server, driven by Chromium.

Chromium comes from the machine (Debian's package): ``CHROMIUM_PATH``, else ``chromium`` on
the PATH. Playwright never downloads a browser here. A failing test leaves a screenshot in
``var/e2e-screenshots/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from playwright.sync_api import Browser, Page, sync_playwright

from config.paths import VAR_DIR

SCREENSHOTS = VAR_DIR / "e2e-screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "Chromium is not installed: `apt-get install -y chromium` (make test does it "
            "where it can), or set CHROMIUM_PATH."
        )
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module, closed with it (Playwright's event loop goes with it)."""
    index = Path(settings.FRONTEND_DIST) / "index.html"
    if not index.exists():
        pytest.fail("The front end is not built: run `make test` (it builds frontend/).")
    # Playwright's sync API runs an event loop in this thread; Django refuses database calls
    # from a thread with a running loop unless told it is deliberate (test set-up only).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
    report = yield
    if report.when == "call":
        item.stash[_failed] = report.failed
    return report


_failed = pytest.StashKey[bool]()


def _page(
    browser: Browser, request: pytest.FixtureRequest, viewport: dict[str, int]
) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    if request.node.stash.get(_failed, False):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def phone(browser: Browser, request: pytest.FixtureRequest, live_server: Any) -> Iterator[Page]:
    """A phone-sized page (390 x 844)."""
    yield from _page(browser, request, PHONE)


@pytest.fixture
def desktop(browser: Browser, request: pytest.FixtureRequest, live_server: Any) -> Iterator[Page]:
    yield from _page(browser, request, DESKTOP)

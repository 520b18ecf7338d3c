"""The API reference renders from this site alone, under the production CSP."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory
from playwright.sync_api import Page, Route, expect

pytestmark = pytest.mark.django_db(transaction=True)

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def _production_csp(path: str) -> str:
    """The header production sends for ``path``: django-csp's middleware over the real view."""
    from django.urls import resolve

    match = resolve(path)
    request = RequestFactory().get(path)

    def view(request: Any) -> HttpResponse:
        response = match.func(request, *match.args, **match.kwargs)
        response.render()
        return response

    return str(CSPMiddleware(view)(request)["Content-Security-Policy"])


def test_the_docs_render_offline_under_the_csp(desktop: Page, live_server) -> None:
    local = urlsplit(live_server.url).hostname
    refused: list[str] = []
    policy = _production_csp("/api/docs/")

    def only_local(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname != local:
            refused.append(url)
            route.abort()
        elif urlsplit(url).path == "/api/docs/":
            response = route.fetch()
            route.fulfill(
                response=response,
                headers={**response.headers, "content-security-policy": policy},
            )
        else:
            route.continue_()

    desktop.add_init_script(RECORD_VIOLATIONS)
    desktop.route("**/*", only_local)
    desktop.goto(f"{live_server.url}/api/docs/")

    # An operation's title, rendered by Redoc from the schema.
    expect(
        desktop.get_by_role("heading", name="The organization: its name, settings and policies")
    ).to_be_visible(timeout=30_000)
    assert desktop.evaluate("window.__cspViolations") == []
    assert refused == []

"""The React app, served by Django from its production build (``frontend/dist``).

``/`` and every ``/app/...`` path return the same ``index.html`` (the app routes on the client,
so deep links survive a reload); its hashed assets are static files under ``/static/``.
"""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie

NOT_BUILT = (
    "<!doctype html><title>Front end not built</title>"
    "<h1>The front end is not built yet</h1>"
    "<p>Run <code>make run</code> (it builds <code>frontend/</code>), "
    "or <code>make frontend</code>.</p>"
)


@cache
def _index_html() -> str | None:
    index = settings.FRONTEND_DIST / "index.html"
    return index.read_text() if index.exists() else None


@never_cache
@ensure_csrf_cookie
def app(request: HttpRequest) -> HttpResponse:
    html = _index_html() if not settings.DEBUG else _index_html.__wrapped__()
    if html is None:
        return HttpResponse(NOT_BUILT, status=503)
    return HttpResponse(html)

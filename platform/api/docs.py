"""The API reference page: Redoc, served from this site (the pinned sidecar package)."""

from __future__ import annotations

from typing import Any

from csp.decorators import csp_update
from django.utils.decorators import method_decorator
from drf_spectacular.views import SpectacularRedocView

# Redoc runs its search in a worker it builds from a blob of its own bundle.
DOCS_CSP_UPDATE: dict[str, Any] = {"worker-src": ["'self'", "blob:"]}


@method_decorator(csp_update(DOCS_CSP_UPDATE), name="dispatch")
class ApiDocsView(SpectacularRedocView):
    template_name = "api/redoc.html"

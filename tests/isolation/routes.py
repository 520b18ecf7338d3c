"""Every API route under ``/api/v1/orgs/<org_slug>/``, read from the URL resolver itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

ORG_PREFIX = "api/v1/orgs/<str:org_slug>/"
HANDLERS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Route:
    template: str  # relative to the organization, e.g. "regions/<uuid:region_id>/"
    methods: tuple[str, ...]

    def __str__(self) -> str:
        return self.template or "<organization>"


def _walk(patterns: list, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def organization_routes() -> list[Route]:
    routes = []
    for template, pattern in _walk(get_resolver().url_patterns):
        if not template.startswith(ORG_PREFIX):
            continue
        view_class = pattern.callback.view_class  # type: ignore[attr-defined]
        methods = tuple(m.upper() for m in HANDLERS if hasattr(view_class, m))
        routes.append(Route(template.removeprefix(ORG_PREFIX), methods))
    return sorted(routes, key=lambda route: route.template)


def render(template: str, org_slug: str, kwargs: dict[str, str]) -> str:
    path = ORG_PREFIX.replace("<str:org_slug>", org_slug) + template
    for name, value in kwargs.items():
        for converter in ("uuid", "str", "slug", "int"):
            path = path.replace(f"<{converter}:{name}>", str(value))
    assert "<" not in path, f"unfilled URL parameter in {path}"
    return "/" + path

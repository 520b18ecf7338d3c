from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView

from accounts.apis import MeApi
from api.docs import ApiDocsView
from api.errors import not_found_view
from api.health import healthz, readyz
from config import frontend
from tenancy.apis import OrganizationCreateApi, PolicyListApi

# Everything a tenant owns lives under /api/v1/orgs/<org_slug>/ (the isolation tests walk it).
organization_patterns: list[URLPattern | URLResolver] = [
    path("", include("tenancy.urls")),
    path("", include("audit.urls")),
    path("", include("notifications.urls")),
    path("", include("groups.urls")),
    path("", include("referrals.urls")),
]

api_v1: list[URLPattern | URLResolver] = [
    path("me", MeApi.as_view(), name="me"),
    path("orgs", OrganizationCreateApi.as_view(), name="organization-create"),
    path("policies", PolicyListApi.as_view(), name="policy-list"),
    path("orgs/<str:org_slug>/", include(organization_patterns)),
    # No account needed: a chapter's visitor link.
    path("public/<str:org_slug>/", include("groups.public_urls")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]

urlpatterns = [
    path("", frontend.app, name="home"),
    re_path(r"^app(?:/.*)?$", frontend.app, name="app"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("api/v1/", include(api_v1)),
    path("api/docs/", ApiDocsView.as_view(url_name="schema"), name="api-docs"),
    path("_allauth/", include("allauth.headless.urls")),
    path("admin/", admin.site.urls),
]


def handler404(request, exception=None):  # type: ignore[no-untyped-def]
    if request.path.startswith("/api/"):
        return not_found_view(request, exception)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)

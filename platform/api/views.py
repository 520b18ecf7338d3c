"""Base API classes. The organization comes from the URL, resolved once, and nowhere else.

``OrganizationApiView`` is the only way to serve a tenant resource:
- it authenticates (401), then resolves ``{org_slug}`` and the caller's membership: an unknown
  organization and someone else's both answer 404 with the same body;
- it enters the tenant (ORM context and the transaction-local RLS setting) for the whole
  request, inside one transaction, and leaves it when the request ends;
- it checks the method's scopes against the caller's role (403);
- it calls the handler as ``get(self, request, organization, **kwargs)``.

Subclasses may not override the machinery (``dispatch``, ``initial``, permissions, querysets):
the safe path is the only easy path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.pagination import CursorPagination
from api.permissions import scopes_for_role
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership
from tenancy.selectors import membership_for

PROTECTED_ATTRIBUTES = (
    "dispatch",
    "initial",
    "get_permissions",
    "check_permissions",
    "check_object_permissions",
    "get_queryset",
    "get_object",
)
HANDLERS = ("get", "post", "put", "patch", "delete")


class ApiView(APIView):
    """Signed-in endpoints outside any organization (``/me``, ``POST /orgs``)."""

    def paginate(
        self,
        request: Request,
        queryset: QuerySet[Any],
        serializer_class: type[serializers.Serializer[Any]],
    ) -> Response:
        paginator = CursorPagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(serializer_class(page, many=True).data)


class OrganizationApiView(ApiView):
    required_scopes: ClassVar[dict[str, Sequence[str]]] = {}
    organization: Organization
    membership: OrganizationMembership

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in PROTECTED_ATTRIBUTES:
            if name in cls.__dict__:
                raise ImproperlyConfigured(
                    f"{cls.__name__} overrides {name}; tenant resolution must not be bypassed."
                )
        for handler in HANDLERS:
            if hasattr(cls, handler) and handler.upper() not in cls.required_scopes:
                raise ImproperlyConfigured(
                    f"{cls.__name__}.{handler} has no entry in required_scopes."
                )

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Response:
        org_slug = kwargs.pop("org_slug")
        self.args = args
        self.kwargs = kwargs
        drf_request = self.initialize_request(request, *args, **kwargs)
        self.request = drf_request
        self.headers = self.default_response_headers
        try:
            # Authentication (401), throttling and content negotiation come first, so an
            # anonymous caller learns nothing about which organizations exist.
            self.initial(drf_request, *args, **kwargs)
            organization = Organization.objects.filter(slug=org_slug).first()
            if organization is None:
                raise exceptions.NotFound()
            with tenant(organization):
                membership = membership_for(organization=organization, user=drf_request.user)
                if membership is None:
                    raise exceptions.NotFound()
                self.organization = organization
                self.membership = membership
                method = drf_request.method or "GET"
                handler = self._handler(method)
                self._check_scopes(method, membership.role)
                response = handler(drf_request, organization, *args, **kwargs)
        except Exception as exc:
            response = self.handle_exception(exc)
        self.response = self.finalize_response(drf_request, response, *args, **kwargs)
        return self.response

    def _handler(self, method: str) -> Any:
        name = method.lower()
        if name not in self.http_method_names or not hasattr(self, name):
            raise exceptions.MethodNotAllowed(method)
        return getattr(self, name)

    def _check_scopes(self, method: str, role: str) -> None:
        if method == "OPTIONS":
            return
        if method == "HEAD":
            method = "GET"
        needed = set(self.required_scopes.get(method, ()))
        if not needed <= scopes_for_role(role):
            raise exceptions.PermissionDenied("Your role in this organization does not allow this.")

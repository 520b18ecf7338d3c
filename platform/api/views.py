"""Base API classes. The organization comes from the URL, resolved once, and nowhere else.

``OrganizationApiView`` is the only way to serve a tenant resource:
- it authenticates (401), then resolves ``{org_slug}`` and the caller's membership: an unknown
  organization and someone else's both answer 404 with the same body;
- it enters the tenant (ORM context and the transaction-local RLS setting) for the whole
  request, inside one transaction, and leaves it when the request ends;
- it refuses a caller without two-factor login where the organization requires it (403
  ``mfa_required``);
- it checks the method's scopes against the caller's role (403);
- it calls the handler as ``get(self, request, organization, **kwargs)``.

Chapter leaders hold some scopes only in their own chapters (``CHAPTER_ROLE_SCOPES``). When the
role alone lacks a method's scopes but a running chapter role supplies them, the request goes on
*narrowed*: the handler must say which chapter it acts in (``authorize_chapter``) or which
chapters a list may show (``allowed_chapters``). A narrowed request whose handler does neither
is refused with 403 and its writes are rolled back, so forgetting fails closed.

Subclasses may not override the machinery (``dispatch``, ``initial``, permissions, querysets):
the safe path is the only easy path.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework import exceptions, serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from accounts.mfa import MFA_REQUIRED, mfa_missing
from api.pagination import CursorPagination
from api.permissions import scopes_for_role
from groups.selectors import chapter_grants
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
    "handle_in_tenant",
)
HANDLERS = ("get", "post", "put", "patch", "delete")
NOT_ALLOWED = "Your role in this organization does not allow this."
NOT_ALLOWED_IN_CHAPTER = "Your roles do not allow this in that chapter."


class MfaRequired(exceptions.PermissionDenied):
    """403 ``mfa_required``: the organization requires two-factor login, the caller has none."""

    default_detail = MFA_REQUIRED
    default_code = "mfa_required"


def handler_for(view: APIView, method: str) -> Any:
    """The view's handler for ``method``, or 405."""
    name = method.lower()
    if name not in view.http_method_names or not hasattr(view, name):
        raise exceptions.MethodNotAllowed(method)
    return getattr(view, name)


def dispatch_in_organization(
    view: Any, request: HttpRequest, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Response:
    """DRF's dispatch, with the organization resolved from ``{org_slug}`` (404 when unknown) and
    the view's ``handle_in_tenant`` run inside its tenant, in one transaction."""
    org_slug = kwargs.pop("org_slug")
    view.args = args
    view.kwargs = kwargs
    drf_request = view.initialize_request(request, *args, **kwargs)
    view.request = drf_request
    view.headers = view.default_response_headers
    try:
        # Authentication (401), throttling and content negotiation come first, so an
        # anonymous caller learns nothing about which organizations exist.
        view.initial(drf_request, *args, **kwargs)
        organization = Organization.objects.filter(slug=org_slug).first()
        if organization is None:
            raise exceptions.NotFound()
        with tenant(organization):
            response = view.handle_in_tenant(drf_request, organization, *args, **kwargs)
    except Exception as exc:
        response = view.handle_exception(exc)
    view.response = view.finalize_response(drf_request, response, *args, **kwargs)
    return view.response


class ApiView(APIView):
    """Signed-in endpoints outside any organization (``/me``, ``POST /orgs``)."""

    def paginate(
        self,
        request: Request,
        queryset: QuerySet[Any],
        serializer_class: type[serializers.Serializer[Any]],
        page_context: Callable[[list[Any]], dict[str, Any]] | None = None,
    ) -> Response:
        """One page of ``queryset``; ``page_context`` reads what the page's rows need at once
        (names, say) into the serializer's context, so a page costs the same few queries."""
        paginator = CursorPagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        context = {"request": request, "view": self}
        if page_context is not None:
            context.update(page_context(list(page or [])))
        return paginator.get_paginated_response(
            serializer_class(page, many=True, context=context).data
        )


class OrganizationApiView(ApiView):
    required_scopes: ClassVar[dict[str, Sequence[str]]] = {}
    organization: Organization
    membership: OrganizationMembership
    # Chapters where a narrowed request may act, or None when the role allows it everywhere.
    _narrowed_to: frozenset[str] | None = None
    _narrowing_checked = False

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
        return dispatch_in_organization(self, request, args, kwargs)

    def handle_in_tenant(
        self, request: Request, organization: Organization, *args: Any, **kwargs: Any
    ) -> Response:
        membership = membership_for(organization=organization, user=request.user)
        if membership is None:
            raise exceptions.NotFound()
        # Its data only once the caller has two-factor login, when the organization requires
        # it; the account and its MFA set-up (``/me``, ``/_allauth/``) stay outside.
        if mfa_missing(organization=organization, user=request.user):
            raise MfaRequired()
        self.organization = organization
        self.membership = membership
        method = request.method or "GET"
        handler = self._handler(method)
        self._check_scopes(method, membership.role)
        response: Response = handler(request, organization, *args, **kwargs)
        if self._narrowed_to is not None and not self._narrowing_checked:
            raise exceptions.PermissionDenied(NOT_ALLOWED)
        return response

    def _handler(self, method: str) -> Any:
        return handler_for(self, method)

    def _check_scopes(self, method: str, role: str) -> None:
        if method == "OPTIONS":
            return
        if method == "HEAD":
            method = "GET"
        needed = set(self.required_scopes.get(method, ()))
        if needed <= scopes_for_role(role):
            return
        narrowed = frozenset(
            str(chapter_id)
            for chapter_id, scopes in self._chapter_scopes.items()
            if needed <= scopes
        )
        if not narrowed:
            raise exceptions.PermissionDenied(NOT_ALLOWED)
        self._narrowed_to = narrowed

    @functools.cached_property
    def _chapter_scopes(self) -> dict[Any, frozenset[str]]:
        """Per chapter the caller leads now: their role's scopes plus what their chapter roles
        (or, for a region director, their region) add there."""
        granted = scopes_for_role(self.membership.role)
        return {
            chapter_id: granted | scopes
            for chapter_id, (_, scopes) in chapter_grants(
                membership=self.membership, user=self.request.user
            ).items()
        }

    def has_scope(self, scope: str, chapter_id: Any = None) -> bool:
        """Whether the caller holds ``scope`` org-wide, or in ``chapter_id`` through a role."""
        if scope in scopes_for_role(self.membership.role):
            return True
        return chapter_id is not None and any(
            scope in scopes
            for led, scopes in self._chapter_scopes.items()
            if str(led) == str(chapter_id)
        )

    def chapters_with(self, scope: str) -> frozenset[str] | None:
        """Where the caller holds ``scope``: None for everywhere (their role), else the ids (as
        text) of the chapters they lead with it."""
        if scope in scopes_for_role(self.membership.role):
            return None
        return frozenset(
            str(chapter_id)
            for chapter_id, scopes in self._chapter_scopes.items()
            if scope in scopes
        )

    def authorize_chapter(self, chapter_id: Any) -> None:
        """The handler acts in ``chapter_id``: 403 unless the method's scopes hold there."""
        self._narrowing_checked = True
        if self._narrowed_to is not None and str(chapter_id) not in self._narrowed_to:
            raise exceptions.PermissionDenied(NOT_ALLOWED_IN_CHAPTER)

    def allowed_chapters(self) -> frozenset[str] | None:
        """Chapters a list may show: None for all, else the ids (as text) the caller leads."""
        self._narrowing_checked = True
        return self._narrowed_to


class PublicOrganizationApiView(APIView):
    """Endpoints anyone may call without an account (a chapter's visitor link).

    No authentication at all (so no session, no CSRF), rate-limited per client by
    ``throttle_scope``. The organization comes from ``{org_slug}``, as for members, and the
    handler runs inside its tenant: ``get(self, request, organization, **kwargs)``. What the
    handler exposes is up to it: only what the organization shows the public.
    """

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "public"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Response:
        return dispatch_in_organization(self, request, args, kwargs)

    def handle_in_tenant(
        self, request: Request, organization: Organization, *args: Any, **kwargs: Any
    ) -> Response:
        handler = handler_for(self, request.method or "GET")
        response: Response = handler(request, organization, *args, **kwargs)
        return response

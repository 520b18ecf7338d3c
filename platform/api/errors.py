"""One error shape for every API failure (RFC 9457 style).

``{"type", "title", "status", "detail", "errors": {field: [...]}}``. A 404 has exactly the
same body whether the object is missing or belongs to another organization.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import ApplicationError

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"
TYPE_BASE = "https://docs.networking-groups.example/errors/"
NOT_FOUND_DETAIL = "Not found."
VALIDATION_DETAIL = "The request has invalid fields; see errors."

_TITLES = {
    400: "Invalid input",
    401: "Not authenticated",
    403: "Permission denied",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    415: "Unsupported media type",
    429: "Too many requests",
}
_TYPES = {
    400: "invalid-input",
    401: "not-authenticated",
    403: "permission-denied",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    409: "conflict",
    415: "unsupported-media-type",
    429: "throttled",
}


# Errors a client acts on by kind, beyond their status: their own type and ``code``.
_CODED = {"mfa_required": "Two-factor authentication required"}


def problem(
    status_code: int,
    detail: str,
    errors: dict[str, Any] | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_BASE + _TYPES.get(status_code, "error"),
        "title": _TITLES.get(status_code, "Error"),
        "status": status_code,
        "detail": detail,
    }
    if code in _CODED:
        body.update(type=TYPE_BASE + code.replace("_", "-"), title=_CODED[code], code=code)
    if errors:
        body["errors"] = errors
    return body


def _field_errors(detail: Any) -> dict[str, Any]:
    """DRF's nested error detail to plain strings; non-field errors under ``non_field_errors``."""
    if isinstance(detail, dict):
        return {key: _plain(value) for key, value in detail.items()}
    return {"non_field_errors": _plain(detail)}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value)


def _from_django_validation(exc: DjangoValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        return {
            key: [str(m) for error in errors for m in error.messages]
            for key, errors in exc.error_dict.items()
        }
    return {"non_field_errors": list(exc.messages)}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        body = problem(400, VALIDATION_DETAIL, _from_django_validation(exc))
        return Response(body, status=400, content_type=PROBLEM_CONTENT_TYPE)
    if isinstance(exc, ApplicationError):
        errors = {exc.field: [exc.message]} if exc.field else None
        body = problem(exc.status, exc.message, errors)
        return Response(body, status=exc.status, content_type=PROBLEM_CONTENT_TYPE)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    code = response.status_code
    if isinstance(exc, exceptions.ValidationError):
        body = problem(code, VALIDATION_DETAIL, _field_errors(exc.detail))
    elif isinstance(exc, exceptions.NotFound):
        body = problem(code, NOT_FOUND_DETAIL)
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        body = problem(code, str(detail), code=getattr(detail, "code", None))
    response.data = body
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def problem_response(status_code: int, detail: str, **extra: Any) -> JsonResponse:
    """A problem answered outside DRF (Django's handlers, middleware); ``errors`` and any other
    member (``error_id``) go into the body."""
    body = problem(status_code, detail, extra.pop("errors", None))
    body.update(extra)
    return JsonResponse(body, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def not_found_view(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """Django's 404 for API paths (unknown routes, malformed ids): the same body as any 404."""
    return problem_response(status.HTTP_404_NOT_FOUND, NOT_FOUND_DETAIL)

"""Every answer under ``/api/`` is ``application/problem+json``, whatever DEBUG says.

Django answers some failures before or around the API's own error handling: an unmatched path
(a list of URL patterns under DEBUG), a body over the size limit (a debug HTML 400), an
exception escaping a view (a traceback with settings). This middleware, outermost on API
paths, refuses what no endpoint can take (a body over the limit, a NUL in the query or path)
before any of it runs, answers an escaped exception with a 500 that carries only an error id
(the traceback goes to the log under that id), and turns any other non-JSON error answer into
the same problem shape with the same status.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse

from api.errors import (
    NOT_FOUND_DETAIL,
    PROBLEM_CONTENT_TYPE,
    VALIDATION_DETAIL,
    problem_response,
)

logger = logging.getLogger("api.errors")

API_PREFIXES = ("/api/", "/_allauth/")
TOO_LARGE_DETAIL = "The request body is larger than {limit:,} bytes."
TOO_DEEP_DETAIL = "The request body is nested too deeply."
SERVER_ERROR_DETAIL = "Something went wrong on our side; quote the error id if you report it."
NUL_IN_QUERY = "Must not contain NUL characters."
_JSON_TYPES = ("application/json", PROBLEM_CONTENT_TYPE)


def _body_limit() -> int:
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0)


class ApiErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIXES):
            return self.get_response(request)
        refused = self._refuse(request)
        if refused is not None:
            return refused
        response = self.get_response(request)
        if response.status_code >= 400 and not _is_json(response):
            return self._reshape(response)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIXES):
            return None
        if isinstance(exception, RequestDataTooBig):
            return problem_response(413, TOO_LARGE_DETAIL.format(limit=_body_limit()))
        if isinstance(exception, RecursionError):
            return problem_response(400, TOO_DEEP_DETAIL)
        return self._server_error(request, exception)

    def _refuse(self, request: HttpRequest) -> HttpResponse | None:
        if "\x00" in request.path:
            return problem_response(404, NOT_FOUND_DETAIL)
        limit = _body_limit()
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit and length > limit:
            return problem_response(413, TOO_LARGE_DETAIL.format(limit=limit))
        bad = sorted(
            {
                key if "\x00" not in key else "query"
                for key, values in request.GET.lists()
                if "\x00" in key or any("\x00" in value for value in values)
            }
        )
        if bad:
            return problem_response(
                400, VALIDATION_DETAIL, errors={key: [NUL_IN_QUERY] for key in bad}
            )
        return None

    def _server_error(self, request: HttpRequest, exception: BaseException) -> HttpResponse:
        error_id = uuid.uuid4().hex
        logger.error(
            "error %s on %s %s",
            error_id,
            request.method,
            request.path,
            exc_info=(type(exception), exception, exception.__traceback__),
        )
        return problem_response(500, SERVER_ERROR_DETAIL, error_id=error_id)

    def _reshape(self, response: HttpResponse) -> HttpResponse:
        status = response.status_code
        if status >= 500:
            error_id = uuid.uuid4().hex
            logger.error("error %s: a %s answer without a body of its own", error_id, status)
            return problem_response(status, SERVER_ERROR_DETAIL, error_id=error_id)
        if status == 404:
            return problem_response(404, NOT_FOUND_DETAIL)
        detail = response.reason_phrase or "The request could not be answered."
        reshaped = problem_response(status, detail)
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                reshaped[header] = response[header]
        return reshaped


def _is_json(response: HttpResponse) -> bool:
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in _JSON_TYPES or content_type.endswith("+json")

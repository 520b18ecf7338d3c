"""OpenAPI pieces: auth schemes, the error shape, paginated envelopes."""

from __future__ import annotations

import inspect
from functools import cache
from typing import Any

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from api.errors import PROBLEM_CONTENT_TYPE


class AutoSchema(openapi.AutoSchema):
    """Each operation describes itself: the handler's own docstring, else its summary, followed
    by its view class's own docstring. A docstring inherited from a base class (such as
    ``ApiView``) describes the base, never the operation, so it is not used."""

    def get_description(self) -> str:  # type: ignore[override]
        handler = getattr(self.view, self.method.lower(), None)
        # ``extend_schema(summary=...)`` wraps this class, so ``get_summary`` is the operation's.
        first = getattr(handler, "__doc__", None) or self.get_summary()
        view_doc = type(self.view).__dict__.get("__doc__")
        parts = [inspect.cleandoc(doc) for doc in (first, view_doc) if doc]
        return "\n\n".join(dict.fromkeys(parts))


class SessionTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.SessionTokenAuthentication"
    name = "sessionToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "header", "name": "X-Session-Token"}


class BrowserSessionScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.BrowserSessionAuthentication"
    name = "browserSession"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "cookie", "name": "sessionid"}


class ProblemSerializer(serializers.Serializer[Any]):
    """The one error shape (RFC 9457 style)."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    code = serializers.CharField(
        required=False,
        help_text=(
            "Set for errors a client acts on by kind: `mfa_required` (403) when the "
            "organization requires two-factor authentication and the caller has not set it up."
        ),
    )
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.JSONField(),
        required=False,
        help_text=(
            "Messages by field name: a list of strings, or for an object field (such as "
            "`settings`) an object of the same shape by key."
        ),
    )


_ERROR_DESCRIPTIONS = {
    400: "Invalid input; `errors` names each field.",
    401: "Not signed in.",
    403: (
        "Signed in, but the role does not allow this (`code` `mfa_required`: the organization "
        "requires two-factor authentication first)."
    ),
    404: "No such object in this organization (or no such organization for you).",
    409: "Conflicts with the current state; `detail` says why.",
    429: "Too many requests; see `Retry-After`.",
}


def errors(*statuses: int) -> dict[tuple[int, str], OpenApiResponse]:
    """Documented error responses, all in the one problem shape."""
    return {
        (status, PROBLEM_CONTENT_TYPE): OpenApiResponse(
            ProblemSerializer, description=_ERROR_DESCRIPTIONS[status]
        )
        for status in statuses
    }


@cache
def paginated(
    serializer_class: type[serializers.Serializer[Any]],
) -> type[serializers.Serializer[Any]]:
    """The cursor page envelope around ``serializer_class``."""
    name = serializer_class.__name__.removesuffix("Serializer").removesuffix("Output")
    return type(
        f"Paginated{name}List",
        (serializers.Serializer,),
        {
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": serializer_class(many=True),
        },
    )


PAGE_PARAMETERS = [
    OpenApiParameter(
        "page_size",
        int,
        description="Rows per page (default 50). Values over 200 are capped at 200.",
    ),
    OpenApiParameter("cursor", str, description="From a page's `next` or `previous` link."),
]

from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request

# A list that declares no order of its own: the newest first.
DEFAULT_ORDERING = ("-created_at", "-id")
PAGE_SIZE_INVALID = "Must be a whole number of at least 1."
CURSOR_INVALID = "Invalid cursor; use the next or previous link of a page."


def declared_ordering(queryset: QuerySet[Any], view: Any = None) -> tuple[str, ...]:
    """The order a list declares: the view's ``ordering`` when it has one, else the
    queryset's own ``order_by`` (what its selector chose), else the newest first. The first
    field places the cursor, so it must be a column of the model itself (no ``__``); ``id``
    is appended as the tie-breaker when the order does not end in a unique field already."""
    ordering = tuple(getattr(view, "ordering", None) or ())
    if not ordering:
        chosen = queryset.query.order_by
        if chosen and all(isinstance(field, str) for field in chosen):
            ordering = tuple(chosen)
    if not ordering or "__" in ordering[0]:
        ordering = DEFAULT_ORDERING
    if ordering[-1].lstrip("-") not in ("id", "pk"):
        ordering = (*ordering, "-id" if ordering[0].startswith("-") else "id")
    return ordering


class CursorPagination(pagination.CursorPagination):
    """Opaque cursors over the order the list declares (``declared_ordering``). A
    ``page_size`` over the cap is capped, not an error; one that is not a positive whole
    number, or a garbled cursor, is a 400 naming it."""

    page_size = settings.API_PAGE_SIZE
    max_page_size = settings.API_MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    ordering = DEFAULT_ORDERING

    def get_ordering(self, request: Request, queryset: Any, view: Any) -> tuple[str, ...]:
        return declared_ordering(queryset, view)

    def get_page_size(self, request: Request) -> int:
        values = request.query_params.getlist(self.page_size_query_param)
        if not values:
            return self.page_size
        try:
            size = int(values[-1])
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError({self.page_size_query_param: [PAGE_SIZE_INVALID]})
        return min(size, self.max_page_size)

    def decode_cursor(self, request: Request) -> Any:
        try:
            return super().decode_cursor(request)
        except NotFound as exc:
            raise ValidationError({self.cursor_query_param: [CURSOR_INVALID]}) from exc

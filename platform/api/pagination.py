from typing import Any

from django.conf import settings
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request

PAGE_SIZE_INVALID = "Must be a whole number of at least 1."
CURSOR_INVALID = "Invalid cursor; use the next or previous link of a page."


class CursorPagination(pagination.CursorPagination):
    """Stable order, opaque cursors. A ``page_size`` over the cap is capped, not an error;
    one that is not a positive whole number, or a garbled cursor, is a 400 naming it."""

    page_size = settings.API_PAGE_SIZE
    max_page_size = settings.API_MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    ordering: tuple[str, ...] = ("-created_at", "-id")

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

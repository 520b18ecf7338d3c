from django.conf import settings
from rest_framework import pagination


class CursorPagination(pagination.CursorPagination):
    """Stable order, opaque cursors, ``page_size`` capped (never an error: just capped)."""

    page_size = settings.API_PAGE_SIZE
    max_page_size = settings.API_MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    ordering = ("-created_at", "-id")

"""Errors that services raise; the API turns them into the one error shape.

Bad input is ``django.core.exceptions.ValidationError`` (400 with field errors). A request that
is well formed but collides with the current state is ``Conflict`` (409, saying why).
"""

from __future__ import annotations


class ApplicationError(Exception):
    status = 400
    title = "Request failed"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class Conflict(ApplicationError):
    status = 409
    title = "Conflict"


class PermissionDenied(ApplicationError):
    status = 403
    title = "Permission denied"

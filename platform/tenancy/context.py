"""The tenant context: which organization the current code acts for.

The ``ContextVar`` drives the ORM layer (``TenantManager``); the transaction-local database
setting ``app.organization_id`` drives row-level security. ``tenant()`` sets both, inside a
transaction, and restores the previous values when it ends, so a request that forgets to enter
a tenant sees nothing, even in tests that run many requests in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.db import connection, transaction

if TYPE_CHECKING:
    from accounts.models import User
    from tenancy.models import Organization

ORGANIZATION_SETTING = "app.organization_id"
USER_SETTING = "app.user_id"

_organization: ContextVar[Organization | None] = ContextVar("organization", default=None)
_user_id: ContextVar[uuid.UUID | None] = ContextVar("user_id", default=None)

TENANT_NOT_SET = (
    "No tenant is set. Enter one with `with tenant(organization):`, or use `.unscoped()` "
    "for a deliberate cross-tenant query."
)


class TenantNotSetError(RuntimeError):
    """Raised by tenant-scoped managers and saves when no organization is in context."""


def current_organization() -> Organization | None:
    return _organization.get()


def require_organization() -> Organization:
    organization = _organization.get()
    if organization is None:
        raise TenantNotSetError(TENANT_NOT_SET)
    return organization


def _set_database_setting(name: str, value: uuid.UUID | None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, %s, true)", [name, str(value) if value else ""])


@contextmanager
def tenant(organization: Organization) -> Iterator[Organization]:
    """Act for ``organization`` in this block: ORM scoping and RLS, inside one transaction."""
    previous = _organization.get()
    token = _organization.set(organization)
    try:
        with transaction.atomic():
            _set_database_setting(ORGANIZATION_SETTING, organization.pk)
            yield organization
            # Only on success: on error the rollback restores the setting by itself.
            _set_database_setting(ORGANIZATION_SETTING, previous.pk if previous else None)
    finally:
        _organization.reset(token)


@contextmanager
def acting_user(user: User) -> Iterator[User]:
    """Let RLS show ``user`` their own memberships across organizations (for ``/me``)."""
    previous = _user_id.get()
    token = _user_id.set(user.pk)
    try:
        with transaction.atomic():
            _set_database_setting(USER_SETTING, user.pk)
            yield user
            _set_database_setting(USER_SETTING, previous)
    finally:
        _user_id.reset(token)

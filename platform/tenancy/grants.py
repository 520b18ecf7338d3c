"""Privileges of the runtime role, granted by the owner after every ``migrate``.

The runtime role (the ``default`` connection) may read and write rows, never own or alter a
table. Default privileges cover tables created later by the owner (e.g. the cache table).
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.db import connections
from psycopg import sql

logger = logging.getLogger(__name__)


def runtime_role() -> str:
    return str(settings.DATABASES["default"]["USER"])


def grant_runtime_privileges(*, using: str = "owner", **_: Any) -> None:
    connection = connections[using]
    role = runtime_role()
    if not role or role == connection.settings_dict["USER"]:
        logger.warning(
            "tenancy.grants.skipped",
            extra={"reason": "the runtime role is the owner role; RLS does not protect it"},
        )
        return
    statements = [
        "GRANT USAGE ON SCHEMA public TO {role}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
    ]
    with connection.cursor() as cursor:
        for statement in statements:
            query = sql.SQL(statement).format(role=sql.Identifier(role))
            cursor.execute(query.as_string(cursor.connection))

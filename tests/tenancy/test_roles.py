"""The test process connects as the runtime role: not superuser, no BYPASSRLS, owns nothing."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_default_connection_is_the_restricted_runtime_role() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_user, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb "
            "FROM pg_roles WHERE rolname = current_user"
        )
        name, superuser, bypassrls, createrole, createdb = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM pg_tables WHERE tableowner = current_user")
        owned_tables = cursor.fetchone()[0]
    assert name != "postgres"
    assert (superuser, bypassrls, createrole, createdb) == (False, False, False, False)
    assert owned_tables == 0


def test_runtime_role_cannot_create_or_alter_tables() -> None:
    from django.db import DatabaseError, transaction

    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("ALTER TABLE tenancy_region DISABLE ROW LEVEL SECURITY")

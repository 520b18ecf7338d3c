"""Layer 3 and 4: row-level security and composite keys, checked in the database itself."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction

from tenancy.context import ORGANIZATION_SETTING, tenant
from tests.factories.tenancy import MembershipFactory, OrganizationFactory, RegionFactory
from tests.tenancy.tables import tenant_tables

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_tenants_with_rows():
    from audit.services import audit_record

    organizations = [OrganizationFactory(), OrganizationFactory()]
    for organization in organizations:
        region = RegionFactory(organization=organization)
        MembershipFactory(organization=organization, role="region_director", region=region)
        with tenant(organization):
            audit_record(actor=None, action="test.seeded", target=region)
    return organizations


def _count(table: str, where: str = "TRUE", params: list | None = None) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{table}" WHERE {where}', params or [])
        return cursor.fetchone()[0]


def test_there_are_tenant_tables_to_check() -> None:
    assert {"tenancy_region", "tenancy_organizationmembership", "audit_auditevent"} <= set(
        tenant_tables()
    )


def test_without_a_tenant_every_tenant_table_is_empty(two_tenants_with_rows) -> None:
    for table in tenant_tables():
        assert _count(table) == 0, table


def test_with_a_tenant_only_its_rows_are_visible(two_tenants_with_rows) -> None:
    first, _second = two_tenants_with_rows
    with tenant(first):
        for table in tenant_tables():
            assert _count(table, "organization_id <> %s", [first.pk]) == 0, table
        assert _count("tenancy_region") == 1
        assert _count("tenancy_organizationmembership") == 1


def test_the_tenant_setting_is_cleared_when_the_block_ends(two_tenants_with_rows) -> None:
    first, _ = two_tenants_with_rows
    with tenant(first):
        pass
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting(%s, true)", [ORGANIZATION_SETTING])
        assert cursor.fetchone()[0] in ("", None)
    assert _count("tenancy_region") == 0


def test_a_row_cannot_be_written_into_another_tenant(two_tenants_with_rows) -> None:
    first, second = two_tenants_with_rows
    with pytest.raises(DatabaseError, match="row-level security"):  # noqa: SIM117
        with tenant(first), connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO tenancy_region (id, organization_id, name, created_at, updated_at) "
                "VALUES (gen_random_uuid(), %s, 'Smuggled', now(), now())",
                [second.pk],
            )


def test_a_row_cannot_point_at_another_tenants_row(two_tenants_with_rows) -> None:
    first, second = two_tenants_with_rows
    with tenant(second):
        foreign_region = RegionFactory.build(organization=second)
        foreign_region.save()
    with pytest.raises(IntegrityError), transaction.atomic(), tenant(first):  # noqa: SIM117
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(
                "UPDATE tenancy_organizationmembership SET region_id = %s "
                "WHERE role = 'region_director'",
                [foreign_region.pk],
            )


def test_every_tenant_table_has_forced_rls_and_a_policy_on_the_setting() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   bool_or(p.polcmd = '*' AND pg_get_expr(p.polqual, p.polrelid)
                           LIKE %s),
                   bool_or(p.polcmd = '*' AND pg_get_expr(p.polwithcheck, p.polrelid)
                           LIKE %s)
            FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid
            WHERE c.relname = ANY(%s)
            GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity
            """,
            [f"%{ORGANIZATION_SETTING}%", f"%{ORGANIZATION_SETTING}%", tenant_tables()],
        )
        rows = cursor.fetchall()
    assert len(rows) == len(tenant_tables())
    for table, enabled, forced, using, check in rows:
        assert (enabled, forced, using, check) == (True, True, True, True), table


def test_every_tenant_table_is_unique_on_organization_and_id() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname
            FROM pg_class c
            WHERE c.relname = ANY(%s) AND NOT EXISTS (
                SELECT 1 FROM pg_constraint k
                WHERE k.conrelid = c.oid AND k.contype = 'u'
                  AND (SELECT array_agg(a.attname::text ORDER BY a.attname)
                       FROM unnest(k.conkey) AS n(num)
                       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = n.num)
                      = ARRAY['id', 'organization_id']
            )
            """,
            [tenant_tables()],
        )
        assert cursor.fetchall() == []


def test_every_reference_between_tenant_tables_includes_the_organization() -> None:
    """Each single-column FK into a tenant table has a composite twin with organization_id."""
    tables = tenant_tables()
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT src.relname, a.attname
            FROM pg_constraint k
            JOIN pg_class src ON src.oid = k.conrelid
            JOIN pg_class dst ON dst.oid = k.confrelid
            JOIN pg_attribute a ON a.attrelid = src.oid AND a.attnum = k.conkey[1]
            WHERE k.contype = 'f' AND array_length(k.conkey, 1) = 1
              AND src.relname = ANY(%s) AND dst.relname = ANY(%s)
              AND a.attname <> 'organization_id'
              AND NOT EXISTS (
                SELECT 1 FROM pg_constraint twin
                WHERE twin.conrelid = k.conrelid AND twin.confrelid = k.confrelid
                  AND twin.contype = 'f' AND array_length(twin.conkey, 1) = 2
                  AND k.conkey[1] = ANY(twin.conkey)
              )
            """,
            [tables, tables],
        )
        assert cursor.fetchall() == []

from django.db import connection


def tenant_tables() -> list[str]:
    """Every table in the schema with an ``organization_id`` column."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t
              ON t.table_name = c.table_name AND t.table_schema = c.table_schema
            WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'
              AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name
            """
        )
        return [row[0] for row in cursor.fetchall()]

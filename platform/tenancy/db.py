"""Database-level tenancy: row-level security and composite foreign keys as Django constraints.

Every concrete ``TenantModel`` gets, automatically (see ``apply_tenant_constraints``, called
from ``TenancyConfig.ready``), three kinds of constraint that ``makemigrations`` writes into its
migrations like any other:

- ``UNIQUE (organization_id, id)``, so other tenant tables can point at it with a composite key;
- ``TenantPolicy``: ``ENABLE`` and ``FORCE ROW LEVEL SECURITY`` with a policy that shows and
  accepts only rows of the organization in the transaction-local setting ``app.organization_id``;
- ``TenantForeignKey`` for each foreign key to another tenant model:
  ``FOREIGN KEY (organization_id, x_id) REFERENCES x (organization_id, id)``, so a row can never
  point into another organization.

They are written as ``DO`` blocks so that each is one statement, and added after the tables are
created (``deferred_sql``), so their order within a migration does not matter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, cast

from django.db import models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models.constraints import BaseConstraint

from tenancy.context import ORGANIZATION_SETTING, USER_SETTING

MAX_NAME_LENGTH = 63


def constraint_name(table: str, suffix: str) -> str:
    """A PostgreSQL identifier of at most 63 characters, stable for the same input."""
    name = f"{table}_{suffix}"
    if len(name) <= MAX_NAME_LENGTH:
        return name
    digest = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{table[: MAX_NAME_LENGTH - len(suffix) - 10]}_{digest}_{suffix}"


def _column(model: type[models.Model], field_name: str) -> str:
    return str(cast(models.Field[Any, Any], model._meta.get_field(field_name)).column)


def _setting_expression(setting: str) -> str:
    return f"NULLIF(current_setting('{setting}', true), '')::uuid"


class _SchemaOnlyConstraint(BaseConstraint):
    """A constraint that only exists in the schema; Django has nothing to validate in Python."""

    def constraint_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        # Inside CREATE TABLE: defer to after every table of the migration exists.
        assert schema_editor is not None and model is not None
        schema_editor.deferred_sql.append(self.create_sql(model, schema_editor))
        return ""

    def validate(self, *args: Any, **kwargs: Any) -> None:
        return None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _SchemaOnlyConstraint):
            return self.deconstruct() == other.deconstruct()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)

    def _table(self, model: type[models.Model], schema_editor: BaseDatabaseSchemaEditor) -> str:
        return schema_editor.quote_name(model._meta.db_table)


class TenantPolicy(_SchemaOnlyConstraint):
    """Row-level security keyed on ``app.organization_id``, forced even for the table owner."""

    def create_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        table = self._table(model, schema_editor)
        policy = schema_editor.quote_name(self.name)
        check = f"organization_id = {_setting_expression(ORGANIZATION_SETTING)}"
        return (
            f"DO $rls$ BEGIN "
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY; "
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY; "
            f"CREATE POLICY {policy} ON {table} USING ({check}) WITH CHECK ({check}); "
            f"END $rls$"
        )

    def remove_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        table = self._table(model, schema_editor)
        policy = schema_editor.quote_name(self.name)
        return (
            f"DO $rls$ BEGIN "
            f"DROP POLICY IF EXISTS {policy} ON {table}; "
            f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY; "
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY; "
            f"END $rls$"
        )


class _FieldConstraint(_SchemaOnlyConstraint):
    """A schema-only constraint about one field of the model."""

    def __init__(self, *, field: str, name: str) -> None:
        super().__init__(name=name)
        self.field = field

    def deconstruct(self) -> tuple[str, Sequence[Any], dict[str, Any]]:
        path, args, kwargs = super().deconstruct()
        kwargs["field"] = self.field
        return path, args, kwargs


class OwnRowsReadPolicy(_FieldConstraint):
    """An extra read-only policy: a user sees their own rows (``field`` = ``app.user_id``).

    Used by memberships, so ``/me`` can list a person's organizations without any tenant set.
    Writes still need the tenant policy.
    """

    def create_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        column = schema_editor.quote_name(_column(model, self.field))
        return (
            f"CREATE POLICY {schema_editor.quote_name(self.name)} "
            f"ON {self._table(model, schema_editor)} FOR SELECT "
            f"USING ({column} = {_setting_expression(USER_SETTING)})"
        )

    def remove_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        return (
            f"DROP POLICY IF EXISTS {schema_editor.quote_name(self.name)} "
            f"ON {self._table(model, schema_editor)}"
        )


class TenantForeignKey(_FieldConstraint):
    """``FOREIGN KEY (organization_id, <field>_id) REFERENCES <target> (organization_id, id)``."""

    def create_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        field = cast(models.ForeignKey[Any, Any], model._meta.get_field(self.field))
        target = cast(type[models.Model], field.related_model)._meta.db_table
        quote = schema_editor.quote_name
        return (
            f"ALTER TABLE {self._table(model, schema_editor)} ADD CONSTRAINT {quote(self.name)} "
            f"FOREIGN KEY (organization_id, {quote(_column(model, self.field))}) "
            f"REFERENCES {quote(target)} (organization_id, id) DEFERRABLE INITIALLY DEFERRED"
        )

    def remove_sql(
        self, model: type[models.Model] | None, schema_editor: BaseDatabaseSchemaEditor | None
    ) -> str:
        assert model is not None and schema_editor is not None
        return (
            f"ALTER TABLE {self._table(model, schema_editor)} "
            f"DROP CONSTRAINT IF EXISTS {schema_editor.quote_name(self.name)}"
        )


def tenant_constraints(model: type[models.Model]) -> list[BaseConstraint]:
    """The constraints every tenant table must carry (also what the schema tests check)."""
    from tenancy.models import TenantModel

    table = model._meta.db_table
    constraints: list[BaseConstraint] = [
        models.UniqueConstraint(
            fields=["organization", "id"], name=constraint_name(table, "org_id_uniq")
        ),
        TenantPolicy(name=constraint_name(table, "tenant_rls")),
    ]
    for field in model._meta.get_fields():
        if (
            isinstance(field, models.ForeignKey)
            and field.name != "organization"
            and isinstance(field.related_model, type)
            and issubclass(field.related_model, TenantModel)
        ):
            constraints.append(
                TenantForeignKey(
                    field=field.name, name=constraint_name(table, f"{field.column}_org_fk")
                )
            )
    return constraints


def apply_tenant_constraints() -> None:
    """Add the tenant constraints to every concrete tenant model (once all models are loaded)."""
    from django.apps import apps

    from tenancy.models import TenantModel

    for model in apps.get_models():
        if not issubclass(model, TenantModel) or model._meta.proxy or not model._meta.managed:
            continue
        existing = {constraint.name for constraint in model._meta.constraints}
        missing = [c for c in tenant_constraints(model) if c.name not in existing]
        if missing:
            model._meta.constraints = [*model._meta.constraints, *missing]
            # Migrations read a model's options from ``original_attrs`` (what Meta declared).
            model._meta.original_attrs["constraints"] = model._meta.constraints

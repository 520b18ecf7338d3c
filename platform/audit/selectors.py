from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import QuerySet

from audit.models import AuditEvent
from tenancy.models import Organization


def audit_event_list(
    *,
    organization: Organization,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.filter(organization=organization).select_related("actor")
    if action:
        events = events.filter(action=action)
    if target_type:
        events = events.filter(target_type=target_type)
    if target_id:
        events = events.filter(target_id=target_id)
    return events


Key = tuple[str, str]


def _label(row: Any) -> str:
    """What a person calls a row: its name, its person's name, its email, else its text."""
    if name := getattr(row, "name", None):
        return str(name)
    person = getattr(row, "user", None) if _has_field(type(row), "user") else None
    if person is not None:
        return str(person.name or person.email)
    return str(row)


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _model(label: str) -> type[models.Model] | None:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _related_model(model: type[models.Model] | None, field_name: str) -> type[models.Model] | None:
    """The model a snapshot field points to (``category`` of a member), or None."""
    if model is None or not _has_field(model, field_name):
        return None
    field = model._meta.get_field(field_name)
    related = field.related_model if (field.many_to_one or field.one_to_one) else None
    return related if isinstance(related, type) else None


def audit_names(*, events: list[AuditEvent]) -> dict[Key, str]:
    """Names for the rows a page of events mentions: each event's target and every id in its
    before/after that is a foreign key of the target's model. One query per kind of row on
    the page (a handful), whatever the number of events. Keys are ``(model label, id)``."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for event in events:
        wanted[event.target_type].add(event.target_id)
        model = _model(event.target_type)
        for side in (event.before, event.after):
            if not isinstance(side, dict):
                continue
            for field_name, value in side.items():
                related = _related_model(model, field_name)
                if related is not None and isinstance(value, (str, int)) and value != "":
                    wanted[related._meta.label_lower].add(str(value))
    names: dict[Key, str] = {}
    for label, ids in wanted.items():
        model = _model(label)
        if model is None:
            continue
        rows = model._default_manager.filter(pk__in=_valid_ids(model, ids))
        if _has_field(model, "user") and not _has_field(model, "name"):
            rows = rows.select_related("user")
        names.update({(label, str(row.pk)): _label(row) for row in rows})
    return names


def _valid_ids(model: type[models.Model], ids: set[str]) -> list[Any]:
    """The ids that fit the model's primary key (a probe or a stale value may not)."""
    valid = []
    for value in ids:
        try:
            valid.append(model._meta.pk.to_python(value))
        except ValidationError:
            continue
    return valid


def audit_changes(event: AuditEvent, names: dict[Key, str]) -> list[dict[str, Any]]:
    """What changed, field by field, with ids shown as the names of what they point to."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}
    model = _model(event.target_type)

    def shown(field_name: str, value: Any) -> Any:
        related = _related_model(model, field_name)
        if related is not None and value not in (None, ""):
            return names.get((related._meta.label_lower, str(value)), value)
        return value

    rows = []
    for field_name in [*before, *(key for key in after if key not in before)]:
        old, new = before.get(field_name), after.get(field_name)
        if field_name in before and field_name in after and old == new:
            continue
        rows.append(
            {
                "field": field_name,
                "before": shown(field_name, old) if field_name in before else None,
                "after": shown(field_name, new) if field_name in after else None,
            }
        )
    return rows

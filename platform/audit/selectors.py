from __future__ import annotations

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

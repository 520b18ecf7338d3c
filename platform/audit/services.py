"""The one helper every service calls to record a state change."""

from __future__ import annotations

import logging
from typing import Any

from django.db import models

from audit.context import client_ip
from audit.models import AuditEvent

logger = logging.getLogger(__name__)


def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record ``action`` on ``target`` in the organization in context.

    ``actor`` is the user who acted (``None`` for the system). Raises ``TenantNotSetError``
    when no organization is in context: every audited change belongs to one.
    """
    event = AuditEvent(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        before=before,
        after=after,
        ip=client_ip.get(),
    )
    event.save()
    logger.info("audit.recorded", extra={"action": action, "target_id": event.target_id})
    return event

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from notifications.kinds import KINDS
from notifications.models import Notification, NotificationPreference


def inbox(*, organization: Any, user: Any, unread: bool = False) -> QuerySet[Notification]:
    """``user``'s in-app notifications in ``organization``, newest first."""
    found = Notification.objects.filter(organization=organization, user=user, in_app=True)
    return found.filter(read_at__isnull=True) if unread else found


def preferences(*, organization: Any, user: Any) -> list[dict[str, Any]]:
    """Every kind, with ``user``'s choice in ``organization`` or the default (both)."""
    saved = {
        p.kind: p
        for p in NotificationPreference.objects.filter(organization=organization, user=user)
    }
    return [
        {
            "id": saved[kind.key].pk if kind.key in saved else None,
            "kind": kind.key,
            "description": kind.label,
            "in_app": saved[kind.key].in_app if kind.key in saved else True,
            "email": saved[kind.key].email if kind.key in saved else True,
        }
        for kind in KINDS.values()
    ]

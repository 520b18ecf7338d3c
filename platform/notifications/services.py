"""Notify a person: a row in their in-app list and, by a job, an email, each once per ``key``.
Their preference for the kind decides which of the two they get."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from audit.services import audit_record
from core.jobs import defer_on_commit
from notifications.kinds import KINDS
from notifications.models import Notification, NotificationPreference
from tenancy.context import require_organization


def preference_for(user_id: Any, kind: str) -> tuple[bool, bool]:
    """(in the app, by email) for the user and ``kind``; both unless they said otherwise."""
    if user_id is None:
        return False, True
    found = NotificationPreference.objects.filter(
        organization=require_organization(), user_id=user_id, kind=kind
    ).first()
    return (found.in_app, found.email) if found else (True, True)


def notify(
    *,
    kind: str,
    key: str,
    title: str,
    body: str = "",
    link: str = "",
    user_id: Any = None,
    email: str = "",
) -> None:
    """Tell a user (or, without an account, the address ``email``) about ``key``, once. The
    email goes to the account's address at sending time."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind: {kind}")
    if user_id is None and not email:
        return
    in_app, wants_email = preference_for(user_id, kind)
    if not in_app and not wants_email:
        return
    organization = require_organization()
    Notification.objects.bulk_create(
        [
            Notification(
                organization_id=organization.pk,
                user_id=user_id,
                email="" if user_id else email,
                kind=kind,
                key=key,
                title=title[:200],
                body=body,
                link=link,
                in_app=in_app,
                wants_email=wants_email,
            )
        ],
        ignore_conflicts=True,
    )
    if wants_email:
        defer_on_commit("notifications.send_email", organization_id=str(organization.pk), key=key)


def notification_mark(*, notification: Notification, read: bool) -> Notification:
    notification.read_at = (notification.read_at or timezone.now()) if read else None
    notification.save(update_fields=["read_at", "updated_at"])
    return notification


def notifications_mark_all_read(*, inbox: QuerySet[Notification]) -> int:
    now = timezone.now()
    return inbox.filter(read_at__isnull=True).update(read_at=now, updated_at=now)


def preferences_set(*, user: Any, actor: Any, choices: list[dict[str, Any]]) -> None:
    """Save ``user``'s choice for each kind listed (kind, in_app, email)."""
    organization = require_organization()
    before = {
        p.kind: {"in_app": p.in_app, "email": p.email}
        for p in NotificationPreference.objects.filter(organization=organization, user=user)
    }
    for choice in choices:
        NotificationPreference.objects.update_or_create(
            organization=organization,
            user=user,
            kind=choice["kind"],
            defaults={"in_app": choice["in_app"], "email": choice["email"]},
        )
    audit_record(
        actor=actor,
        action="notification_preferences.changed",
        target=user,
        before=before,
        after={c["kind"]: {"in_app": c["in_app"], "email": c["email"]} for c in choices},
    )

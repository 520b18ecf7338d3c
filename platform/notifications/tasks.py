"""Email a notification, once, in its tenant."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.jobs import job
from notifications.models import Notification
from tenancy.context import tenant
from tenancy.models import Organization


@job(name="notifications.send_email", queue="emails", retry=3)
def send_email(*, organization_id: str, key: str) -> bool:
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return False
    with tenant(organization), transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(key=key, wants_email=True, emailed_at__isnull=True)
            .first()
        )
        address = notification and (notification.email or getattr(notification.user, "email", ""))
        if notification is None or not address:
            return False
        message = notification.body
        if notification.link:
            message += f"\n\n{settings.SITE_URL}{notification.link}\n"
        send_mail(
            subject=notification.title,
            message=message,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[address],
        )
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at", "updated_at"])
    return True

"""Jobs of the tenancy app. Every job enters its tenant explicitly and is safe to run twice."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.jobs import job
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership

logger = logging.getLogger(__name__)

WELCOME_SUBJECT = "Welcome to {site}: {organization} is ready"


@job(name="tenancy.send_welcome_email", queue="emails", retry=3)
def send_welcome_email(*, organization_id: str, membership_id: str) -> None:
    """Email the owner of a new organization once (a second run finds it already sent)."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        membership = (
            OrganizationMembership.objects.select_for_update()
            .select_related("user")
            .filter(pk=membership_id)
            .first()
        )
        if membership is None or membership.welcome_sent_at is not None:
            return
        user = membership.user
        send_mail(
            subject=WELCOME_SUBJECT.format(site=settings.SITE_NAME, organization=organization.name),
            message=(
                f"Hello{' ' + user.name if user.name else ''},\n\n"
                f"{organization.name} is set up and you are its owner.\n"
                f"Open it at {settings.SITE_URL}/app/{organization.slug}/\n\n"
                "Next: add your regions and chapters, then invite your leaders.\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
        membership.welcome_sent_at = timezone.now()
        membership.save(update_fields=["welcome_sent_at"])
    logger.info("tenancy.welcome_email.sent", extra={"organization_id": organization_id})

"""Jobs of help given: chase follow-up, count 1-2-1s nobody answered. Each enters its tenant
and acts once."""

from __future__ import annotations

import datetime

from django.utils import timezone

from core.jobs import job
from groups.selectors import organization_today
from referrals import notices
from referrals.models import OneToOne, OneToOneParticipant, Referral
from referrals.services import one_to_one_count
from tenancy.context import tenant
from tenancy.models import Organization
from tenancy.policies import effective_policies


@job(name="referrals.follow_up_reminders", queue="emails", cron="0 9 * * *")
def follow_up_reminders(*, timestamp: int | None = None) -> int:
    """Remind receivers of referrals still new after the organization's follow-up window."""
    sent = 0
    for organization in Organization.objects.all():
        window = effective_policies(organization.settings)["follow_up_days"]
        cutoff = timezone.now() - datetime.timedelta(days=window)
        with tenant(organization):
            for referral in Referral.objects.filter(
                organization=organization,
                status=Referral.Status.NEW,
                reminded_at__isnull=True,
                created_at__lte=cutoff,
            ).select_related("giver", "receiver"):
                notices.follow_up_reminder(referral, window)
                Referral.objects.filter(pk=referral.pk).update(reminded_at=timezone.now())
                sent += 1
    return sent


@job(name="referrals.count_unanswered_one_to_ones", queue="default", cron="45 2 * * *")
def count_unanswered_one_to_ones(*, timestamp: int | None = None) -> int:
    """Where the policy says so, a 1-2-1 nobody disputed counts once it is old enough."""
    counted = 0
    for organization in Organization.objects.all():
        days = effective_policies(organization.settings)["one_to_one_count_after_days"]
        if not days:
            continue
        with tenant(organization):
            due = (
                OneToOne.objects.filter(
                    organization=organization,
                    counted_at__isnull=True,
                    met_on__lte=organization_today(organization) - datetime.timedelta(days=days),
                )
                .exclude(participants__answer=OneToOneParticipant.Answer.DISPUTED)
                .select_related("member__chapter")
            )
            for one_to_one in due:
                counted += one_to_one_count(one_to_one=one_to_one)
    return counted

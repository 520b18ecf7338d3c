"""Jobs of help given: tell the receiver, tell the giver what became of it, chase follow-up.
Each enters its tenant and sends each message once."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.jobs import job
from groups.selectors import organization_today
from referrals.models import OneToOne, OneToOneParticipant, Referral, ReferralStatusChange
from referrals.services import one_to_one_count
from tenancy.context import tenant
from tenancy.models import Organization
from tenancy.policies import effective_policies

RECEIVED_SUBJECT = "{giver} gave you a referral: {contact}"
MOVED_SUBJECT = "Your referral for {contact} is now {status}"
REMINDER_SUBJECT = "How did it go with {contact}?"


def _email(member: object) -> str:
    user = getattr(member, "user", None)
    return user.email if user else getattr(member, "invited_email", "")


def _link(organization: Organization) -> str:
    return f"{settings.SITE_URL}/app/{organization.slug}/referrals"


@job(name="referrals.notify_referral_received", queue="emails", retry=3)
def notify_referral_received(*, organization_id: str, referral_id: str) -> None:
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        referral = (
            Referral.objects.select_for_update(of=("self",))
            .select_related("giver", "receiver__user")
            .filter(pk=referral_id, receiver_notified_at__isnull=True)
            .first()
        )
        if referral is None:
            return
        if email := _email(referral.receiver):
            send_mail(
                subject=RECEIVED_SUBJECT.format(
                    giver=referral.giver.name, contact=referral.contact_name
                ),
                message=(
                    f"{referral.giver.name} passed you a referral: {referral.contact_name}"
                    f"{', ' + referral.contact_company if referral.contact_company else ''} "
                    f"(hotness {referral.hotness} of 5).\n\nContact them, then tell "
                    f"{referral.giver.name} how it went: {_link(organization)}\n"
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[email],
            )
        Referral.objects.filter(pk=referral.pk).update(receiver_notified_at=timezone.now())


@job(name="referrals.notify_status_changed", queue="emails", retry=3)
def notify_status_changed(*, organization_id: str, change_id: str) -> None:
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        change = (
            ReferralStatusChange.objects.select_for_update(of=("self",))
            .select_related("referral__giver__user", "referral__receiver")
            .filter(pk=change_id, giver_notified_at__isnull=True)
            .first()
        )
        if change is None:
            return
        referral = change.referral
        if email := _email(referral.giver):
            send_mail(
                subject=MOVED_SUBJECT.format(
                    contact=referral.contact_name, status=change.get_to_status_display().lower()
                ),
                message=(
                    f"{referral.receiver.name} moved your referral for {referral.contact_name} "
                    f"from {change.get_from_status_display().lower()} to "
                    f"{change.get_to_status_display().lower()}.\n{_link(organization)}\n"
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[email],
            )
        ReferralStatusChange.objects.filter(pk=change.pk).update(giver_notified_at=timezone.now())


@job(name="referrals.follow_up_reminders", queue="emails", cron="0 9 * * *")
def follow_up_reminders(*, timestamp: int | None = None) -> int:
    """Remind receivers of referrals still new after the organization's follow-up window."""
    sent = 0
    for organization in Organization.objects.all():
        window = effective_policies(organization.settings)["follow_up_days"]
        cutoff = timezone.now() - datetime.timedelta(days=window)
        with tenant(organization):
            for referral in Referral.objects.filter(
                status=Referral.Status.NEW, reminded_at__isnull=True, created_at__lte=cutoff
            ).select_related("giver", "receiver__user"):
                if email := _email(referral.receiver):
                    send_mail(
                        subject=REMINDER_SUBJECT.format(contact=referral.contact_name),
                        message=(
                            f"{referral.giver.name} gave you a referral for "
                            f"{referral.contact_name} {window} or more days ago. Follow-up is "
                            f"where most people fail: tell them how it went. "
                            f"{_link(organization)}\n"
                        ),
                        from_email=settings.DEFAULT_FROM_EMAIL,
                        recipient_list=[email],
                    )
                    sent += 1
                Referral.objects.filter(pk=referral.pk).update(reminded_at=timezone.now())
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
                    counted_at__isnull=True,
                    met_on__lte=organization_today(organization) - datetime.timedelta(days=days),
                )
                .exclude(participants__answer=OneToOneParticipant.Answer.DISPUTED)
                .select_related("member__chapter")
            )
            for one_to_one in due:
                counted += one_to_one_count(one_to_one=one_to_one)
    return counted

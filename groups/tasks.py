"""Jobs of the groups app. Every job enters its tenant explicitly and is safe to run twice."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.jobs import job
from groups.models import AbsenceAlert, Chapter, ChapterRole
from groups.selectors import organization_today
from tenancy.context import tenant
from tenancy.models import Organization

logger = logging.getLogger(__name__)

ABSENCE_ALERT_ROLES = (ChapterRole.Kind.VICE_PRESIDENT, ChapterRole.Kind.MEMBERSHIP_COMMITTEE)
ABSENCE_SUBJECT = "{member} has {absences} absences in {chapter}"


def chapter_leader_emails(*, chapter_id: object, roles: tuple[str, ...]) -> list[str]:
    """Emails of the seats holding one of ``roles`` in the chapter today (current tenant)."""
    today = organization_today()
    emails = set()
    for role in ChapterRole.objects.filter(
        chapter_id=chapter_id, role__in=roles, starts_on__lte=today, ends_on__gte=today
    ).select_related("member__user"):
        email = role.member.user.email if role.member.user else role.member.invited_email
        if email:
            emails.add(email)
    return sorted(emails)


@job(name="groups.send_absence_alert", queue="emails", retry=3)
def send_absence_alert(*, organization_id: str, alert_id: str) -> None:
    """Tell the vice president and the membership committee that a seat crossed the absence
    policy. Sent once: a second run finds ``notified_at`` set."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        alert = (
            AbsenceAlert.objects.select_for_update(of=("self",))
            .select_related("member__chapter", "meeting")
            .filter(pk=alert_id)
            .first()
        )
        if alert is None or alert.notified_at is not None:
            return
        member, chapter = alert.member, alert.member.chapter
        recipients = chapter_leader_emails(chapter_id=chapter.pk, roles=ABSENCE_ALERT_ROLES)
        if recipients:
            send_mail(
                subject=ABSENCE_SUBJECT.format(
                    member=member.name, absences=alert.absences, chapter=chapter.name
                ),
                message=(
                    f"{member.name} ({member.business_name or 'no business name'}) has "
                    f"{alert.absences} absences in the rolling window after the meeting of "
                    f"{alert.meeting.date:%d %B %Y}, more than the organization allows.\n\n"
                    "Please talk with them. Their attendance: "
                    f"{settings.SITE_URL}/app/{organization.slug}/members/{member.pk}\n"
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=recipients,
            )
        else:
            logger.warning("groups.absence_alert.no_recipients", extra={"alert_id": alert_id})
        alert.notified_at = timezone.now()
        alert.save(update_fields=["notified_at"])


@job(name="groups.schedule_meetings", queue="default", cron="15 2 * * *")
def schedule_meetings(*, timestamp: int | None = None) -> int:
    """Keep every running chapter's meetings generated a few weeks ahead (daily)."""
    from groups.meetings import meeting_schedule

    created = 0
    for organization in Organization.objects.all():
        with tenant(organization):
            for chapter in Chapter.objects.all():
                created += meeting_schedule(chapter=chapter)
    logger.info("groups.meetings.scheduled", extra={"created": created})
    return created

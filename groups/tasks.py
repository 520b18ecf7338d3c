"""Jobs of the groups app. Every job enters its tenant explicitly and is safe to run twice."""

from __future__ import annotations

import datetime
import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.formats import format_day
from core.jobs import job
from groups.applications import application_lapse
from groups.meetings import add_business_days, chapter_today, meeting_schedule
from groups.models import (
    AbsenceAlert,
    Application,
    Chapter,
    ChapterRole,
    Invitation,
    Meeting,
    Member,
    Visit,
)
from groups.selectors import organization_today
from groups.services import memberships_mark_late
from tenancy.context import tenant
from tenancy.models import Organization
from tenancy.policies import effective_policies

logger = logging.getLogger(__name__)

ABSENCE_ALERT_ROLES = (ChapterRole.Kind.VICE_PRESIDENT, ChapterRole.Kind.MEMBERSHIP_COMMITTEE)
ABSENCE_SUBJECT = "{member} has {absences} absences in {chapter}"
VISIT_CONFIRMATION_SUBJECT = "You are registered to visit {chapter}"
VISITOR_NOTICE_SUBJECT = "New visitor for {chapter}: {visitor}"
VISIT_REMINDER_SUBJECT = "See you soon at {chapter}"


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
                    f"{format_day(alert.meeting.date)}, more than the organization allows.\n\n"
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
    created = 0
    for organization in Organization.objects.all():
        with tenant(organization):
            for chapter in Chapter.objects.all():
                created += meeting_schedule(chapter=chapter)
    logger.info("groups.meetings.scheduled", extra={"created": created})
    return created


VISITOR_NOTICE_ROLES = (
    ChapterRole.Kind.VISITOR_HOST,
    ChapterRole.Kind.PRESIDENT,
    ChapterRole.Kind.VICE_PRESIDENT,
)


def _meeting_words(meeting: Meeting) -> str:
    chapter = meeting.chapter
    local = meeting.starts_at.astimezone(ZoneInfo(chapter.time_zone))
    where = (
        chapter.meeting_link
        if chapter.meeting_format == Chapter.Format.ONLINE
        else (chapter.meeting_place or chapter.meeting_link)
    )
    place = f", {where}" if where else ""
    return f"{local:%A}, {format_day(local)} at {local:%H:%M} ({chapter.time_zone}){place}"


@job(name="groups.notify_visitor_registered", queue="emails", retry=3)
def notify_visitor_registered(*, organization_id: str, visit_id: str) -> None:
    """Confirm the visit to the visitor and tell the chapter's leaders. Sent once."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        visit = (
            Visit.objects.select_for_update(of=("self",))
            .select_related("visitor__invited_by", "meeting__chapter")
            .filter(pk=visit_id)
            .first()
        )
        if visit is None or visit.confirmation_sent_at is not None:
            return
        visitor, chapter = visit.visitor, visit.meeting.chapter
        when = _meeting_words(visit.meeting)
        send_mail(
            subject=VISIT_CONFIRMATION_SUBJECT.format(chapter=chapter.name),
            message=(
                f"Hello {visitor.name},\n\nYou are registered to visit {chapter.name} "
                f"of {organization.name} on {when}.\n"
                + (f"{visitor.invited_by.name} invited you.\n" if visitor.invited_by else "")
                + "\nCome a few minutes early to meet the members. See you there!\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[visitor.email],
        )
        inviter = visitor.invited_by.name if visitor.invited_by else "the public link"
        leaders = chapter_leader_emails(chapter_id=chapter.pk, roles=VISITOR_NOTICE_ROLES)
        if leaders:
            send_mail(
                subject=VISITOR_NOTICE_SUBJECT.format(visitor=visitor.name, chapter=chapter.name),
                message=(
                    f"{visitor.name} ({visitor.profession or 'profession not given'}"
                    f"{', ' + visitor.business_name if visitor.business_name else ''}) "
                    f"will visit on {when}.\n"
                    f"Invited by: {inviter}\n"
                    f"Follow up: {settings.SITE_URL}/app/{organization.slug}/visitors\n"
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=leaders,
            )
        visit.confirmation_sent_at = timezone.now()
        visit.save(update_fields=["confirmation_sent_at"])


@job(name="groups.send_visit_reminders", queue="emails", cron="0 8 * * *")
def send_visit_reminders(*, timestamp: int | None = None) -> int:
    """Remind visitors two business days before their meeting (daily; each visit once)."""
    sent = 0
    for organization in Organization.objects.all():
        with tenant(organization):
            for visit in Visit.objects.filter(
                reminder_sent_at__isnull=True,
                meeting__report_status=Meeting.ReportStatus.DRAFT,
                meeting__date__gt=organization_today(organization),
            ).select_related("visitor", "meeting__chapter"):
                chapter = visit.meeting.chapter
                if visit.meeting.date != add_business_days(chapter_today(chapter), 2):
                    continue
                send_mail(
                    subject=VISIT_REMINDER_SUBJECT.format(chapter=chapter.name),
                    message=(
                        f"Hello {visit.visitor.name},\n\nA reminder: you are visiting "
                        f"{chapter.name} on {_meeting_words(visit.meeting)}.\n"
                        "Bring business cards and a 60-second introduction of your business.\n"
                    ),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=[visit.visitor.email],
                )
                Visit.objects.filter(pk=visit.pk).update(reminder_sent_at=timezone.now())
                sent += 1
    return sent


RENEWAL_SUBJECT = "Your membership of {chapter} renews on {date}"


@job(name="groups.daily_memberships", queue="default", cron="30 2 * * *")
def daily_memberships(*, timestamp: int | None = None) -> dict[str, int]:
    """Once a day: lapse unpaid approvals, mark overdue renewals late, remind members whose
    renewal is near (each once per term)."""
    counts = {"lapsed": 0, "late": 0, "reminded": 0}
    for organization in Organization.objects.all():
        policies = effective_policies(organization.settings)
        with tenant(organization):
            today = organization_today(organization)
            for application in Application.objects.filter(
                status=Application.Status.APPROVED, payment_due_on__lt=today
            ).select_related("member"):
                application_lapse(application=application, actor=None)
                counts["lapsed"] += 1
            counts["late"] += memberships_mark_late(today=today)
            horizon = today + datetime.timedelta(days=policies["renewal_reminder_days"])
            due = Member.objects.filter(
                status=Member.Status.ACTIVE, renewal_on__gte=today, renewal_on__lte=horizon
            ).select_related("user", "chapter")
            for member in due:
                if member.renewal_reminded_on and member.renewal_reminded_on >= (
                    member.renewal_on - datetime.timedelta(days=policies["renewal_reminder_days"])
                ):
                    continue
                email = member.user.email if member.user else member.invited_email
                if email:
                    send_mail(
                        subject=RENEWAL_SUBJECT.format(
                            chapter=member.chapter.name, date=format_day(member.renewal_on)
                        ),
                        message=(
                            f"Hello {member.name},\n\nYour seat in {member.chapter.name} renews "
                            f"on {format_day(member.renewal_on)}. Renew before then to keep your "
                            "category and your place in the chapter.\n"
                        ),
                        from_email=settings.DEFAULT_FROM_EMAIL,
                        recipient_list=[email],
                    )
                    counts["reminded"] += 1
                Member.objects.filter(pk=member.pk).update(renewal_reminded_on=today)
    logger.info("groups.daily_memberships", extra=counts)
    return counts


INVITATION_SUBJECT = "{inviter} invites you to {organization}"


@job(name="groups.send_invitation", queue="emails", retry=3)
def send_invitation(*, organization_id: str, invitation_id: str) -> None:
    """Email the invitation link (again after a resend: each token is sent once)."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    with tenant(organization), transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("chapter", "invited_by")
            .filter(pk=invitation_id, status=Invitation.Status.PENDING)
            .first()
        )
        if invitation is None or (
            invitation.sent_at is not None and invitation.sent_at >= invitation.updated_at
        ):
            return
        inviter = invitation.invited_by.name if invitation.invited_by else organization.name
        where = f"the {invitation.chapter.name} chapter of " if invitation.chapter else ""
        send_mail(
            subject=INVITATION_SUBJECT.format(inviter=inviter, organization=organization.name),
            message=(
                f"Hello,\n\n{inviter} invites you to join {where}{organization.name}.\n\n"
                f"Accept: {settings.SITE_URL}/app/invitations/{organization.slug}/"
                f"{invitation.token}\n\nThe link works until "
                f"{format_day(invitation.expires_at)}. Sign up or sign in with "
                f"{invitation.email}.\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[invitation.email],
        )
        invitation.sent_at = timezone.now()
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=invitation.sent_at)

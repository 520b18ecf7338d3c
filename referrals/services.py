"""Giving help: referrals and thank-yous, each one audited write that also keeps the daily
tally (``HelpTally``) current in the same transaction.

A slip belongs to its chapter's next meeting (``slip_meeting``); once that weekly report is
completed the slip is locked: changing it answers 409, except as a leader's audited correction.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from audit.services import audit_record
from core.errors import Conflict
from core.jobs import defer_on_commit
from groups.meetings import chapter_today
from groups.models import HOLDING_STATUSES, Chapter, Meeting, Member
from referrals.models import HelpTally, Referral, ReferralStatusChange, Slip, ThankYou
from tenancy.context import require_organization

R = Referral.Status
NOT_YOURSELF = "You cannot give help to yourself."
NOT_ACTIVE = "{name} does not hold an active seat."
CONSENT_NEEDED = "An outside referral needs the contact's consent to be contacted."
SLIP_LOCKED = "The weekly report of {date} is completed: this slip is locked."
NOT_YOUR_REFERRAL = "Only a referral you received can be thanked for."
TALLY_FIELDS = frozenset(
    {
        "referrals_given",
        "referrals_received",
        "thank_you_amount_generated",
        "thank_you_amount_received",
    }
)


def slip_meeting(chapter: Chapter) -> Meeting | None:
    """The meeting whose weekly report a slip logged now belongs to: the chapter's next one."""
    return (
        Meeting.objects.filter(
            chapter=chapter,
            report_status=Meeting.ReportStatus.DRAFT,
            date__gte=chapter_today(chapter),
        )
        .order_by("date")
        .first()
    )


def check_unlocked(slip: Slip, *, correction_reason: str = "") -> bool:
    """Raise ``Conflict`` when the slip's weekly report is completed, unless this is a
    correction (which the caller audits). Returns whether it is a correction."""
    meeting = slip.meeting
    if meeting is None or meeting.report_status != Meeting.ReportStatus.COMPLETED:
        return False
    if not correction_reason.strip():
        raise Conflict(SLIP_LOCKED.format(date=meeting.date.isoformat()))
    return True


def tally(*, member: Member, day: datetime.date, **increments: int | Decimal) -> None:
    """Add to ``member``'s help on ``day`` (one upsert)."""
    unknown = set(increments) - TALLY_FIELDS
    if unknown:
        raise ValueError(f"Unknown tally fields: {sorted(unknown)}")
    columns = sorted(increments)
    table = HelpTally._meta.db_table
    insert_columns = ", ".join(
        [
            "id",
            "organization_id",
            "member_id",
            "chapter_id",
            "day",
            "created_at",
            "updated_at",
            *columns,
        ]
    )
    zeros = {field: 0 for field in TALLY_FIELDS - set(columns)}
    zero_columns = "".join(f", {field}" for field in sorted(zeros))
    placeholders = ", ".join(["%s"] * (7 + len(columns))) + ", 0" * len(zeros)
    updates = ", ".join(f"{column} = {table}.{column} + EXCLUDED.{column}" for column in columns)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({insert_columns}{zero_columns}) VALUES ({placeholders}) "  # noqa: S608 (names are fixed above)
            f"ON CONFLICT (organization_id, member_id, day) DO UPDATE SET {updates}, "
            "updated_at = EXCLUDED.updated_at",
            [
                HelpTally._meta.pk.get_default(),
                require_organization().pk,
                member.pk,
                member.chapter_id,
                day,
                now,
                now,
                *[increments[column] for column in columns],
            ],
        )


def _check_people(giver: Member, receiver: Member, field: str) -> None:
    if giver.pk == receiver.pk:
        raise ValidationError({field: [NOT_YOURSELF]})
    if receiver.status not in HOLDING_STATUSES:
        raise ValidationError({field: [NOT_ACTIVE.format(name=receiver.name)]})


def referral_give(
    *,
    giver: Member,
    receiver: Member,
    actor: Any,
    contact_name: str,
    tier: str = Referral.Tier.OUTSIDE,
    hotness: int = 3,
    contact_company: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    notes: str = "",
    consent_confirmed: bool = False,
    expected_value: Decimal | None = None,
) -> Referral:
    """``giver`` passes ``receiver`` a business opportunity. Counts at once in both tallies."""
    _check_people(giver, receiver, "receiver")
    if tier == Referral.Tier.OUTSIDE and not consent_confirmed:
        raise ValidationError({"consent_confirmed": [CONSENT_NEEDED]})
    referral = Referral(
        chapter_id=giver.chapter_id,
        meeting=slip_meeting(giver.chapter),
        logged_by=actor if getattr(actor, "is_authenticated", False) else None,
        giver=giver,
        receiver=receiver,
        tier=tier,
        hotness=hotness,
        contact_name=contact_name.strip(),
        contact_company=contact_company.strip(),
        contact_email=contact_email.strip(),
        contact_phone=contact_phone.strip(),
        notes=notes.strip(),
        consent_confirmed=consent_confirmed,
        expected_value=expected_value,
    )
    referral.full_clean(
        exclude=["organization", "chapter", "meeting", "giver", "receiver", "logged_by"],
        validate_unique=False,
        validate_constraints=False,
    )
    referral.save()
    today = chapter_today(giver.chapter)
    tally(member=giver, day=today, referrals_given=1)
    tally(member=receiver, day=chapter_today(receiver.chapter), referrals_received=1)
    defer_on_commit(
        "referrals.notify_referral_received",
        organization_id=str(require_organization().pk),
        referral_id=str(referral.pk),
    )
    audit_record(
        actor=actor,
        action="referral.given",
        target=referral,
        after={"giver": str(giver.pk), "receiver": str(receiver.pk), "tier": tier},
    )
    return referral


def referral_change_status(*, referral: Referral, actor: Any, status: str) -> Referral:
    """The receiver reports what became of the referral; each move is recorded for the giver."""
    before = referral.status
    if status == before:
        return referral
    referral.status = status
    referral.status_changed_at = timezone.now()
    referral.save(update_fields=["status", "status_changed_at", "updated_at"])
    change = ReferralStatusChange.objects.create(
        referral=referral,
        from_status=before,
        to_status=status,
        changed_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    defer_on_commit(
        "referrals.notify_status_changed",
        organization_id=str(require_organization().pk),
        change_id=str(change.pk),
    )
    audit_record(
        actor=actor,
        action="referral.status_changed",
        target=referral,
        before={"status": before},
        after={"status": status},
    )
    return referral


def thank_you_record(
    *,
    thanking: Member,
    actor: Any,
    amount: Decimal,
    thanked: Member | None = None,
    thanked_name: str = "",
    currency: str = "",
    business: str = ThankYou.Business.NEW,
    referral: Referral | None = None,
) -> ThankYou:
    """``thanking`` got business worth ``amount`` and credits who gave it: a member (of any
    chapter, or a former member) or someone outside the network by name. A linked referral
    (one ``thanking`` received) becomes closed won."""
    organization = require_organization()
    if referral is not None and referral.receiver_id != thanking.pk:
        raise ValidationError({"referral": [NOT_YOUR_REFERRAL]})
    if referral is not None and thanked is None:
        thanked = referral.giver
    if thanked is not None and thanked.pk == thanking.pk:
        raise ValidationError({"thanked": [NOT_YOURSELF]})
    if thanked is None and not thanked_name.strip():
        raise ValidationError({"thanked": ["Name who gave you the business."]})
    thank_you = ThankYou(
        chapter_id=thanking.chapter_id,
        meeting=slip_meeting(thanking.chapter),
        logged_by=actor if getattr(actor, "is_authenticated", False) else None,
        thanking=thanking,
        thanked=thanked,
        thanked_name=thanked_name.strip() if thanked is None else "",
        amount=amount,
        currency=(currency or organization.currency).upper(),
        business=business,
        referral=referral,
    )
    thank_you.full_clean(
        exclude=[
            "organization",
            "chapter",
            "meeting",
            "thanking",
            "thanked",
            "referral",
            "logged_by",
        ],
        validate_unique=False,
        validate_constraints=False,
    )
    thank_you.save()
    # Totals add up amounts in the organization's currency only.
    if thank_you.currency == organization.currency:
        tally(
            member=thanking, day=chapter_today(thanking.chapter), thank_you_amount_received=amount
        )
        if thanked is not None:
            tally(
                member=thanked,
                day=chapter_today(thanked.chapter),
                thank_you_amount_generated=amount,
            )
    if referral is not None and referral.status != R.CLOSED_WON:
        referral_change_status(referral=referral, actor=actor, status=R.CLOSED_WON)
    audit_record(
        actor=actor,
        action="thank_you.recorded",
        target=thank_you,
        after={"amount": str(amount), "currency": thank_you.currency},
    )
    return thank_you

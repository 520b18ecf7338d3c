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
from django.utils import timezone

from audit.services import audit_record
from core.errors import Conflict
from groups.meetings import chapter_today
from groups.models import HOLDING_STATUSES, Chapter, Meeting, Member
from referrals import notices
from referrals.models import (
    EducationCredit,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    ReferralStatusChange,
    Slip,
    Testimonial,
    ThankYou,
)
from referrals.tallies import count
from tenancy.context import require_organization
from tenancy.policies import effective_policies

R = Referral.Status
NOT_YOURSELF = "You cannot give help to yourself."
NOT_ACTIVE = "{name} does not hold an active seat."
CONSENT_NEEDED = "An outside referral needs the contact's consent to be contacted."
SLIP_LOCKED = (
    "The weekly report of {date} is completed: this slip is locked. A chapter leader may "
    "still correct it, giving a reason."
)
NOT_YOUR_REFERRAL = "Only a referral you received can be thanked for."
IN_THE_FUTURE = "This date is in the future."
ALREADY_ANSWERED = "You already answered this 1-2-1."
ONE_OR_TWO = "Meet one or two other members."


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


def clean_slip(slip: Slip) -> None:
    """Check a slip's own fields (people and the meeting are checked by the services)."""
    slip.full_clean(
        exclude=[field.name for field in slip._meta.fields if field.many_to_one],
        validate_unique=False,
        validate_constraints=False,
    )


def check_consent(tier: str, consent_confirmed: bool) -> None:
    if tier == Referral.Tier.OUTSIDE and not consent_confirmed:
        raise ValidationError({"consent_confirmed": [CONSENT_NEEDED]})


def check_not_future(day: datetime.date, chapter: Chapter, field: str) -> None:
    if day > chapter_today(chapter):
        raise ValidationError({field: [IN_THE_FUTURE]})


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
    check_consent(tier, consent_confirmed)
    referral = Referral(
        **_slip_fields(giver, actor),
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
    clean_slip(referral)
    referral.save()
    count(referral)
    notices.referral_received(referral)
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
    change.referral = referral
    notices.referral_moved(change)
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
        **_slip_fields(thanking, actor),
        thanking=thanking,
        thanked=thanked,
        thanked_name=thanked_name.strip() if thanked is None else "",
        amount=amount,
        currency=(currency or organization.currency).upper(),
        business=business,
        referral=referral,
    )
    clean_slip(thank_you)
    thank_you.save()
    count(thank_you)
    if referral is not None and referral.status != R.CLOSED_WON:
        referral_change_status(referral=referral, actor=actor, status=R.CLOSED_WON)
    if thanked is not None and effective_policies(organization.settings)["notify_thank_yous"]:
        notices.thank_you_received(thank_you)
    audit_record(
        actor=actor,
        action="thank_you.recorded",
        target=thank_you,
        after={"amount": str(amount), "currency": thank_you.currency},
    )
    return thank_you


def _slip_fields(member: Member, actor: Any) -> dict[str, Any]:
    return {
        "chapter_id": member.chapter_id,
        "meeting": slip_meeting(member.chapter),
        "logged_by": actor if getattr(actor, "is_authenticated", False) else None,
    }


def one_to_one_log(
    *,
    member: Member,
    actor: Any,
    others: list[Member],
    met_on: datetime.date,
    mode: str = OneToOne.Mode.IN_PERSON,
    notes: str = "",
) -> OneToOne:
    """``member`` met one or two others; they are asked to confirm. It counts when one of them
    confirms (or, by policy, when left unanswered long enough)."""
    if not 1 <= len(others) <= 2 or len({other.pk for other in others}) != len(others):
        raise ValidationError({"others": [ONE_OR_TWO]})
    for other in others:
        _check_people(member, other, "others")
    check_not_future(met_on, member.chapter, "met_on")
    one_to_one = OneToOne.objects.create(
        member=member, met_on=met_on, mode=mode, notes=notes.strip(), **_slip_fields(member, actor)
    )
    OneToOneParticipant.objects.bulk_create(
        [
            OneToOneParticipant(
                organization_id=one_to_one.organization_id, one_to_one=one_to_one, member=other
            )
            for other in others
        ]
    )
    for other in others:
        notices.one_to_one_to_confirm(one_to_one, other)
    audit_record(actor=actor, action="one_to_one.logged", target=one_to_one)
    return one_to_one


def one_to_one_count(*, one_to_one: OneToOne) -> bool:
    """Count a 1-2-1 once: for the member who logged it and everyone who did not dispute it."""
    if one_to_one.counted_at is not None:
        return False
    one_to_one.counted_at = timezone.now()
    one_to_one.save(update_fields=["counted_at", "updated_at"])
    count(one_to_one)
    return True


def one_to_one_answer(*, participant: OneToOneParticipant, actor: Any, answer: str) -> None:
    """The other side confirms (it counts) or disputes (it never counts)."""
    if participant.answer != OneToOneParticipant.Answer.PENDING:
        raise Conflict(ALREADY_ANSWERED)
    participant.answer = answer
    participant.save(update_fields=["answer", "updated_at"])
    audit_record(actor=actor, action=f"one_to_one.{answer}", target=participant.one_to_one)
    if answer == OneToOneParticipant.Answer.CONFIRMED:
        one_to_one_count(one_to_one=participant.one_to_one)


def education_record(
    *,
    member: Member,
    actor: Any,
    title: str,
    completed_on: datetime.date,
    kind: str = EducationCredit.Kind.COURSE,
    credits: int = 1,
) -> EducationCredit:
    check_not_future(completed_on, member.chapter, "completed_on")
    credit = EducationCredit.objects.create(
        member=member,
        title=title.strip(),
        completed_on=completed_on,
        kind=kind,
        credits=credits,
        **_slip_fields(member, actor),
    )
    count(credit)
    audit_record(actor=actor, action="education.recorded", target=credit)
    return credit


def testimonial_give(*, giver: Member, receiver: Member, actor: Any, text: str) -> Testimonial:
    _check_people(giver, receiver, "receiver")
    testimonial = Testimonial.objects.create(
        giver=giver, receiver=receiver, text=text.strip(), **_slip_fields(giver, actor)
    )
    count(testimonial)
    audit_record(actor=actor, action="testimonial.given", target=testimonial)
    return testimonial


def other_help_give(
    *, giver: Member, receiver: Member, actor: Any, kind: str, note: str = ""
) -> OtherHelp:
    _check_people(giver, receiver, "receiver")
    help_given = OtherHelp.objects.create(
        giver=giver, receiver=receiver, kind=kind, note=note.strip(), **_slip_fields(giver, actor)
    )
    count(help_given)
    audit_record(actor=actor, action="other_help.given", target=help_given)
    return help_given

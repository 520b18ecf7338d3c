"""What members are told about help given, in the app and by email (``notifications``)."""

from __future__ import annotations

from core.formats import format_day, format_money
from groups.models import Member
from notifications.kinds import register
from notifications.services import notify
from referrals.models import OneToOne, Referral, ReferralStatusChange, ThankYou
from tenancy.context import require_organization

REFERRAL_RECEIVED = register("referral_received", "A member gives you a referral")
REFERRAL_MOVED = register("referral_moved", "A referral you gave moves on")
FOLLOW_UP = register("follow_up_reminder", "A referral you received waits for your follow-up")
THANK_YOU_RECEIVED = register("thank_you_received", "A member thanks you for closed business")
ONE_TO_ONE_TO_CONFIRM = register("one_to_one_to_confirm", "A member asks you to confirm a 1-2-1")


def _path(page: str) -> str:
    return f"/app/{require_organization().slug}/{page}"


def _tell(member: Member, *, kind: str, key: str, title: str, body: str, page: str) -> None:
    notify(
        kind=kind,
        key=key,
        title=title,
        body=body,
        link=_path(page),
        user_id=member.user_id,
        email="" if member.user_id else member.invited_email,
    )


def referral_received(referral: Referral) -> None:
    company = f", {referral.contact_company}" if referral.contact_company else ""
    _tell(
        referral.receiver,
        kind=REFERRAL_RECEIVED.key,
        key=f"referral_received:{referral.pk}",
        title=f"{referral.giver.name} gave you a referral: {referral.contact_name}",
        body=(
            f"{referral.giver.name} passed you a referral: {referral.contact_name}{company} "
            f"(hotness {referral.hotness} of 5). Contact them, then tell {referral.giver.name} "
            "how it went."
        ),
        page="referrals",
    )


def referral_moved(change: ReferralStatusChange) -> None:
    referral = change.referral
    moved_to = change.get_to_status_display().lower()
    _tell(
        referral.giver,
        kind=REFERRAL_MOVED.key,
        key=f"referral_moved:{change.pk}",
        title=f"Your referral for {referral.contact_name} is now {moved_to}",
        body=(
            f"{referral.receiver.name} moved your referral for {referral.contact_name} from "
            f"{change.get_from_status_display().lower()} to {moved_to}."
        ),
        page="referrals",
    )


def follow_up_reminder(referral: Referral, days: int) -> None:
    _tell(
        referral.receiver,
        kind=FOLLOW_UP.key,
        key=f"follow_up:{referral.pk}",
        title=f"How did it go with {referral.contact_name}?",
        body=(
            f"{referral.giver.name} gave you a referral for {referral.contact_name} {days} or "
            "more days ago. Follow-up is where most people fail: tell them how it went."
        ),
        page="referrals",
    )


def thank_you_received(thank_you: ThankYou) -> None:
    assert thank_you.thanked is not None
    amount = f" worth {format_money(thank_you.amount, thank_you.currency)}"
    _tell(
        thank_you.thanked,
        kind=THANK_YOU_RECEIVED.key,
        key=f"thank_you:{thank_you.pk}",
        title=f"{thank_you.thanking.name} thanks you for closed business",
        body=f"{thank_you.thanking.name} closed business{amount} thanks to you.",
        page="referrals",
    )


def one_to_one_to_confirm(one_to_one: OneToOne, other: Member) -> None:
    _tell(
        other,
        kind=ONE_TO_ONE_TO_CONFIRM.key,
        key=f"one_to_one:{one_to_one.pk}:{other.pk}",
        title=f"{one_to_one.member.name} logged a 1-2-1 with you",
        body=(
            f"{one_to_one.member.name} logged a 1-2-1 with you on "
            f"{format_day(one_to_one.met_on)}. Confirm it so it counts for you both."
        ),
        page="one-to-ones",
    )

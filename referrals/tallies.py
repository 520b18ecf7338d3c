"""The daily tally of help (``HelpTally``): what each slip adds for each member, kept current
in the same transaction as the slip, so leaderboards read a few rows per member."""

from __future__ import annotations

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import connection
from django.utils import timezone

from groups.models import Member
from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    Slip,
    Testimonial,
    ThankYou,
)
from tenancy.context import require_organization

TALLY_FIELDS = frozenset(
    {
        "referrals_given",
        "referrals_received",
        "thank_you_amount_generated",
        "thank_you_amount_received",
        "one_to_ones",
        "education",
        "testimonials_given",
        "other_help_given",
    }
)
Contribution = tuple[Member, datetime.date, dict[str, int | Decimal]]


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


def logged_day(slip: Slip, member: Member) -> datetime.date:
    """The day a slip counts on for ``member``: when it was logged, in their chapter's time."""
    return timezone.localtime(slip.created_at, ZoneInfo(member.chapter.time_zone)).date()


def contributions(slip: Slip) -> list[Contribution]:
    """What ``slip`` adds to the daily tally, member by member."""
    if isinstance(slip, Referral):
        return [
            (slip.giver, logged_day(slip, slip.giver), {"referrals_given": 1}),
            (slip.receiver, logged_day(slip, slip.receiver), {"referrals_received": 1}),
        ]
    if isinstance(slip, ThankYou):
        # Totals add up amounts in the organization's currency only.
        if slip.currency != require_organization().currency:
            return []
        found: list[Contribution] = [
            (
                slip.thanking,
                logged_day(slip, slip.thanking),
                {"thank_you_amount_received": slip.amount},
            )
        ]
        if slip.thanked is not None:
            found.append(
                (
                    slip.thanked,
                    logged_day(slip, slip.thanked),
                    {"thank_you_amount_generated": slip.amount},
                )
            )
        return found
    if isinstance(slip, OneToOne):
        if slip.counted_at is None:
            return []
        people = [slip.member] + [
            participant.member
            for participant in slip.participants.select_related("member__chapter")
            if participant.answer != OneToOneParticipant.Answer.DISPUTED
        ]
        return [(person, slip.met_on, {"one_to_ones": 1}) for person in people]
    if isinstance(slip, EducationCredit):
        return [(slip.member, logged_day(slip, slip.member), {"education": slip.credits})]
    if isinstance(slip, Testimonial):
        return [(slip.giver, logged_day(slip, slip.giver), {"testimonials_given": 1})]
    if isinstance(slip, OtherHelp):
        return [(slip.giver, logged_day(slip, slip.giver), {"other_help_given": 1})]
    raise TypeError(f"Not a slip: {type(slip).__name__}")


def add(counted: list[Contribution], sign: int = 1) -> None:
    """Add (or with ``sign=-1`` take out) figures worked out by ``contributions``."""
    for member, day, increments in counted:
        tally(
            member=member, day=day, **{field: sign * value for field, value in increments.items()}
        )


def count(slip: Slip, sign: int = 1) -> None:
    """Add (or with ``sign=-1`` take out) the slip's figures in the daily tally."""
    add(contributions(slip), sign)

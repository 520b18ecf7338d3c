"""A year of help given in the demo chapters: some generous givers, some who only receive.

Written in bulk (with the tally computed alongside), so ``make run`` stays quick. Safe to run
again: it adds nothing once the organization has referrals.
"""

from __future__ import annotations

import datetime
import random
from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db import connection
from django.utils import timezone

from groups.models import HOLDING_STATUSES, Chapter, Meeting, Member
from referrals.models import HelpTally, Referral, ThankYou
from tenancy.context import tenant
from tenancy.models import Organization

CONTACTS = [
    ("Grace Hill", "Hill Dental"), ("Omar Reed", "Reed Logistics"), ("Lena Park", "Park Cafe"),
    ("Tom Baker", "Baker Builders"), ("Nina Cruz", "Cruz Events"), ("Paul Kim", "Kim Motors"),
    ("Rita Shaw", "Shaw Retail"), ("Hugo Lane", "Lane Farms"), ("Ivy Moss", "Moss Studio"),
]  # fmt: skip
STATUS_WEIGHTS = {"closed_won": 30, "closed_lost": 20, "meeting": 15, "contacted": 25, "new": 10}


def seed_help_demo(*, organization: Organization) -> int:
    """Returns how many referrals were added."""
    with tenant(organization):
        if Referral.objects.exists():
            return 0
        referrals: list[Referral] = []
        thank_yous: list[ThankYou] = []
        created: dict[Any, datetime.datetime] = {}
        tallies: dict[tuple[Any, datetime.date], dict[str, Any]] = defaultdict(
            lambda: defaultdict(int)
        )
        for chapter in Chapter.objects.order_by("name"):
            _chapter_year(organization, chapter, referrals, thank_yous, created, tallies)
        Referral.objects.bulk_create(referrals, batch_size=1000)
        ThankYou.objects.bulk_create(thank_yous, batch_size=1000)
        members = {member.pk: member for member in Member.objects.all()}
        HelpTally.objects.bulk_create(
            [
                HelpTally(
                    organization=organization,
                    member_id=member_id,
                    chapter_id=members[member_id].chapter_id,
                    day=day,
                    **counts,
                )
                for (member_id, day), counts in tallies.items()
            ],
            batch_size=2000,
        )
        _backdate(Referral._meta.db_table, created)
        _backdate(ThankYou._meta.db_table, {t.pk: created[t.referral_id] for t in thank_yous})
    return len(referrals)


def _chapter_year(
    organization: Organization,
    chapter: Chapter,
    referrals: list[Referral],
    thank_yous: list[ThankYou],
    created: dict[Any, datetime.datetime],
    tallies: dict[tuple[Any, datetime.date], dict[str, Any]],
) -> None:
    rng = random.Random(f"help-{chapter.name}")  # noqa: S311 (repeatable demo data)
    members = list(Member.objects.filter(chapter=chapter, status__in=HOLDING_STATUSES))
    if len(members) < 3:
        return
    rng.shuffle(members)
    # A few generous givers, a long tail, and some who only receive.
    weights = [0.0 if index % 7 == 6 else 1 / (index + 1) ** 0.8 for index in range(len(members))]
    meetings = list(
        Meeting.objects.filter(chapter=chapter, report_status="completed").order_by("date")
    )
    for meeting in meetings:
        for _ in range(rng.randint(8, 16)):
            giver = rng.choices(members, weights=weights)[0]
            receiver = rng.choice([member for member in members if member.pk != giver.pk])
            day = meeting.date - datetime.timedelta(days=rng.randint(0, 6))
            contact, company = rng.choice(CONTACTS)
            status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
            tier = rng.choices(["outside", "inside", "tier_3"], weights=[70, 20, 10])[0]
            referral = Referral(
                organization=organization,
                chapter=chapter,
                meeting=meeting,
                giver=giver,
                receiver=receiver,
                tier=tier,
                hotness=rng.randint(1, 5),
                contact_name=contact,
                contact_company=company,
                contact_phone=f"555-01{rng.randint(10, 99)}",
                consent_confirmed=True,
                status=status,
                status_changed_at=None if status == "new" else timezone.now(),
            )
            referrals.append(referral)
            created[referral.pk] = datetime.datetime.combine(
                day, datetime.time(12), tzinfo=datetime.UTC
            )
            tallies[(giver.pk, day)]["referrals_given"] += 1
            tallies[(receiver.pk, day)]["referrals_received"] += 1
            if status == "closed_won" and rng.random() < 0.6:
                amount = Decimal(rng.choice([250, 400, 800, 1200, 2500, 4000, 9000]))
                thank_yous.append(
                    ThankYou(
                        organization=organization,
                        chapter=chapter,
                        meeting=meeting,
                        thanking=receiver,
                        thanked=giver,
                        amount=amount,
                        currency=organization.currency,
                        business=rng.choice(["new", "new", "repeat"]),
                        referral=referral,
                    )
                )
                tallies[(giver.pk, day)]["thank_you_amount_generated"] += amount
                tallies[(receiver.pk, day)]["thank_you_amount_received"] += amount


def _backdate(table: str, when: dict[Any, datetime.datetime]) -> None:
    """Give bulk-written slips the time they were logged (one statement)."""
    if not when:
        return
    rows = list(when.items())
    values = ", ".join(["(%s::uuid, %s::timestamptz)"] * len(rows))
    params = [item for pair in rows for item in pair]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS slip SET created_at = v.at, updated_at = v.at "  # noqa: S608 (a model's table)
            f"FROM (VALUES {values}) AS v(id, at) WHERE slip.id = v.id",
            params,
        )

"""A year of help given in the demo chapters: some generous givers, some who only receive.

Written in bulk (with the tally computed alongside), so ``make run`` stays quick. Then this
week's help for the demo member goes through the services, so they find notifications, a
referral to answer and a 1-2-1 to confirm. Safe to run again: it adds nothing once the
organization has referrals.
"""

from __future__ import annotations

import datetime
import random
from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db import connection
from django.utils import timezone

from groups.meetings import chapter_today
from groups.models import HOLDING_STATUSES, Chapter, Meeting, Member
from referrals import services
from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    ReferralStatusChange,
    Testimonial,
    ThankYou,
)
from tenancy.context import tenant
from tenancy.demo import DEMO_PEOPLE
from tenancy.models import Organization

CONTACTS = [
    ("Grace Hill", "Hill Dental"), ("Omar Reed", "Reed Logistics"), ("Lena Park", "Park Cafe"),
    ("Tom Baker", "Baker Builders"), ("Nina Cruz", "Cruz Events"), ("Paul Kim", "Kim Motors"),
    ("Rita Shaw", "Shaw Retail"), ("Hugo Lane", "Lane Farms"), ("Ivy Moss", "Moss Studio"),
]  # fmt: skip
RECENT_DAYS = 14  # referrals still new and 1-2-1s still unconfirmed are recent ones
STATUS_WEIGHTS = {"closed_won": 30, "closed_lost": 20, "meeting": 15, "contacted": 25, "new": 10}
COURSES = [
    "Referral skills",
    "Presenting in 60 seconds",
    "The givers gain podcast",
    "Networking 101",
]
PRAISE = [
    "Fixed our roof in a day and left the site spotless.",
    "Sorted our accounts before the deadline: thank you!",
    "The best printing job we have had in years.",
]


class Year:
    """Everything one run writes in bulk, and the tally that goes with it."""

    def __init__(self) -> None:
        self.slips: dict[type[Any], list[Any]] = defaultdict(list)
        self.participants: list[OneToOneParticipant] = []
        self.created: dict[type[Any], dict[Any, datetime.datetime]] = defaultdict(dict)
        self.tallies: dict[tuple[Any, datetime.date], dict[str, Any]] = defaultdict(
            lambda: defaultdict(int)
        )

    def add(self, slip: Any, day: datetime.date, **counts: Any) -> None:
        """``counts`` maps a member's id to ``{tally field: increment}``."""
        self.slips[type(slip)].append(slip)
        self.created[type(slip)][slip.pk] = datetime.datetime.combine(
            day, datetime.time(12), tzinfo=datetime.UTC
        )
        for member_id, fields in counts.items():
            for field, value in fields.items():
                self.tallies[(member_id, day)][field] += value


def seed_help_demo(*, organization: Organization) -> int:
    """Returns how many referrals were added."""
    with tenant(organization):
        if Referral.objects.exists():
            return 0
        year = Year()
        for chapter in Chapter.objects.order_by("name"):
            _chapter_year(organization, chapter, year)
        for model in (
            Referral,
            ReferralStatusChange,
            ThankYou,
            OneToOne,
            EducationCredit,
            Testimonial,
            OtherHelp,
        ):
            model.objects.bulk_create(year.slips[model], batch_size=1000)
            _backdate(model._meta.db_table, year.created[model])
        OneToOneParticipant.objects.bulk_create(year.participants, batch_size=1000)
        members = {str(member.pk): member for member in Member.objects.all()}
        HelpTally.objects.bulk_create(
            [
                HelpTally(
                    organization=organization,
                    member_id=member_id,
                    chapter_id=members[member_id].chapter_id,
                    day=day,
                    **counts,
                )
                for (member_id, day), counts in year.tallies.items()
            ],
            batch_size=2000,
        )
        _this_week(organization)
        return Referral.objects.count()


def _chapter_year(organization: Organization, chapter: Chapter, year: Year) -> None:
    today = chapter_today(chapter)
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
            if status == "new" and (today - day).days > RECENT_DAYS:
                status = "contacted"  # older ones were followed up
            # Most receivers answer within the follow-up window; some take longer.
            answered_at = datetime.datetime.combine(
                day, datetime.time(12), tzinfo=datetime.UTC
            ) + datetime.timedelta(hours=rng.choice([6, 20, 30, 44, 60, 110, 170]))
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
                status_changed_at=None if status == "new" else answered_at,
            )
            year.add(
                referral,
                day,
                **{str(giver.pk): {"referrals_given": 1}},
                **{str(receiver.pk): {"referrals_received": 1}},
            )
            if status != "new":
                change = ReferralStatusChange(
                    organization=organization,
                    referral=referral,
                    from_status="new",
                    to_status=status,
                )
                year.slips[ReferralStatusChange].append(change)
                year.created[ReferralStatusChange][change.pk] = answered_at
            if status == "closed_won" and rng.random() < 0.6:
                amount = Decimal(rng.choice([250, 400, 800, 1200, 2500, 4000, 9000]))
                year.add(
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
                    ),
                    day,
                    **{str(giver.pk): {"thank_you_amount_generated": amount}},
                    **{str(receiver.pk): {"thank_you_amount_received": amount}},
                )
        _more_help(organization, chapter, meeting, members, weights, rng, year)


def _more_help(
    organization: Organization,
    chapter: Chapter,
    meeting: Meeting,
    members: list[Member],
    weights: list[float],
    rng: random.Random,
    year: Year,
) -> None:
    """A week's 1-2-1s, education, testimonials and other help around ``meeting``."""
    today = chapter_today(chapter)
    slip = {"organization": organization, "chapter": chapter, "meeting": meeting}
    for _ in range(rng.randint(4, 9)):
        member = rng.choices(members, weights=weights)[0]
        other = rng.choice([m for m in members if m.pk != member.pk])
        day = meeting.date - datetime.timedelta(days=rng.randint(0, 6))
        confirmed = (today - day).days > RECENT_DAYS or rng.random() < 0.6
        one_to_one = OneToOne(
            **slip,
            member=member,
            met_on=day,
            mode=rng.choice(["in_person", "in_person", "video", "phone"]),
            counted_at=timezone.now() if confirmed else None,
        )
        year.participants.append(
            OneToOneParticipant(
                organization=organization,
                one_to_one=one_to_one,
                member=other,
                answer="confirmed" if confirmed else "pending",
            )
        )
        counted = {"one_to_ones": 1} if confirmed else {}
        year.add(one_to_one, day, **{str(member.pk): counted, str(other.pk): counted})
    for _ in range(rng.randint(0, 2)):
        member = rng.choices(members, weights=weights)[0]
        credits = rng.randint(1, 2)
        education = EducationCredit(
            **slip,
            member=member,
            title=rng.choice(COURSES),
            completed_on=meeting.date,
            credits=credits,
        )
        year.add(education, meeting.date, **{str(member.pk): {"education": credits}})
    for kind, model, field, count in (
        ("testimonial", Testimonial, "testimonials_given", rng.randint(0, 2)),
        ("other", OtherHelp, "other_help_given", rng.randint(1, 4)),
    ):
        for _ in range(count):
            giver = rng.choices(members, weights=weights)[0]
            receiver = rng.choice([m for m in members if m.pk != giver.pk])
            extra = (
                {"text": rng.choice(PRAISE)}
                if kind == "testimonial"
                else {"kind": rng.choice(["introduction", "lead", "information"])}
            )
            year.add(
                model(**slip, giver=giver, receiver=receiver, **extra),
                meeting.date,
                **{str(giver.pk): {field: 1}},
            )


def _this_week(organization: Organization) -> None:
    """The demo member's week, through the services: a referral to answer, a 1-2-1 to confirm,
    news of a referral they gave, thanks for closed business."""
    seat = (
        Member.objects.filter(user__email=DEMO_PEOPLE[4][0], status__in=HOLDING_STATUSES)
        .select_related("chapter", "user")
        .first()
    )
    if seat is None:
        return
    others = list(
        Member.objects.filter(chapter=seat.chapter, status__in=HOLDING_STATUSES)
        .exclude(pk=seat.pk)
        .select_related("chapter", "user")
        .order_by("name")[:3]
    )
    if len(others) < 3:
        return
    services.referral_give(
        giver=others[0],
        receiver=seat,
        actor=None,
        contact_name="Grace Hill",
        contact_company="Hill Dental",
        tier="outside",
        consent_confirmed=True,
        hotness=5,
    )
    services.one_to_one_log(
        member=others[1],
        actor=None,
        others=[seat],
        met_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    given = services.referral_give(
        giver=seat,
        receiver=others[2],
        actor=None,
        contact_name="Omar Reed",
        contact_company="Reed Logistics",
        tier="inside",
    )
    services.referral_change_status(referral=given, actor=None, status="meeting")
    services.thank_you_record(
        thanking=others[2], thanked=seat, actor=None, amount=Decimal("1800"), referral=None
    )


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

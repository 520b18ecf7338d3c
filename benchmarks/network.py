"""The benchmark data set "tenth of the largest network" (design.md), generated with COPY.

100 organizations, 1,100 chapters of 30 seats (33,000 members) and one year of activity:
weekly meetings and their attendance, referrals, thank-yous, 1-2-1s, testimonials, education
and other help (about 5 million rows), then the daily tally rolled up from them in SQL. One
organization is large: 100 chapters, 3,000 members. ``BENCH_SCALE`` (default 1) scales the
number of chapters, for a quicker look.

Rows are written by the owner role with row-level security relaxed for the load only (COPY is
refused under RLS); the benchmarks then read them as the runtime role, under RLS.
"""

from __future__ import annotations

import datetime
import os
import random
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import connections, models
from django.utils import timezone

from groups.models import Attendance, Chapter, Meeting, Member
from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    Testimonial,
    ThankYou,
)
from tenancy.context import tenant
from tenancy.models import Organization

SCALE = float(os.environ.get("BENCH_SCALE", "1"))
ORGANIZATIONS = 100
CHAPTERS = max(int(1100 * SCALE), 110)
LARGE_CHAPTERS = max(int(100 * SCALE), 10)
SEATS = 30
WEEKS = 52
# Help given per member per year, on average; each member's generosity weights it.
PER_YEAR = {"referrals": 40, "thank_yous": 12, "one_to_ones": 20, "small": 4}
GENEROSITY = (0.0, 0.2, 0.6, 1.0, 1.0, 1.4, 2.2, 3.0)  # some only receive, some give a lot
TABLES = [Chapter, Member, Meeting, Attendance, Referral, ThankYou, OneToOne]
TABLES += [OneToOneParticipant, Testimonial, EducationCredit, OtherHelp, HelpTally]


@dataclass
class Network:
    large: Organization
    chapter: Any  # a chapter of the large organization
    rows: int
    seconds: float


def _columns(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return list(model._meta.concrete_fields)


def copy_rows(cursor: Any, model: type[models.Model], rows: Iterable[dict[str, Any]]) -> int:
    """COPY ``rows`` (dicts by attribute name) into ``model``'s table; fields left out take
    their model default (a callable default is called per row)."""
    fields = _columns(model)
    now = timezone.now()
    fixed: dict[str, Any] = {}
    called: dict[str, Any] = {}
    for field in fields:
        if field.has_default():
            if callable(field.default):
                called[field.attname] = field.default
            else:
                fixed[field.attname] = field.get_default()
        elif field.attname in ("created_at", "updated_at"):
            fixed[field.attname] = now
        else:
            fixed[field.attname] = field.get_default()  # "" for text, else None
    names = ", ".join(field.column for field in fields)
    written = 0
    with cursor.copy(f"COPY {model._meta.db_table} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [
                    row[f.attname]
                    if f.attname in row
                    else (called[f.attname]() if f.attname in called else fixed[f.attname])
                    for f in fields
                ]
            )
            written += 1
    return written


def _organizations() -> list[Organization]:
    found = []
    for index in range(ORGANIZATIONS):
        slug = f"bench-{index:03d}" if index else "bench-large"
        found.append(
            Organization.objects.create(
                slug=slug,
                name=f"Network {index}" if index else "The Large Network",
                currency="USD",
                time_zone="America/New_York",
            )
        )
    return found


def _chapters(organizations: list[Organization]) -> Iterator[dict[str, Any]]:
    others = organizations[1:]
    for index in range(CHAPTERS):
        organization = (
            organizations[0]
            if index < LARGE_CHAPTERS
            else others[(index - LARGE_CHAPTERS) % len(others)]
        )
        yield {
            "id": uuid.uuid4(),
            "organization_id": organization.pk,
            "name": f"Chapter {index:04d}",
            "status": "active",
            "meeting_frequency": "weekly",
            "meeting_weekday": index % 5,
            "meeting_start_time": datetime.time(7, 0),
            "time_zone": "America/New_York",
        }


def build_network(seed: int = 7) -> Network:
    """Load the whole data set; returns the large organization and one of its chapters."""
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
    organizations = _organizations()
    owner = connections["owner"]
    today = timezone.localdate()
    first_day = today - datetime.timedelta(days=364)
    tables = [model._meta.db_table for model in TABLES]
    written = 0
    with owner.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        try:
            chapters = list(_chapters(organizations))
            written += copy_rows(cursor, Chapter, chapters)
            seats: dict[Any, list[tuple[Any, Any, float]]] = {}  # chapter: (seat, org, weight)
            members = []
            for chapter in chapters:
                for number in range(SEATS):
                    seat = uuid.uuid4()
                    seats.setdefault(chapter["id"], []).append(
                        (seat, chapter["organization_id"], rng.choice(GENEROSITY))
                    )
                    members.append(
                        {
                            "id": seat,
                            "organization_id": chapter["organization_id"],
                            "chapter_id": chapter["id"],
                            "name": f"Member {number:02d} of {chapter['name']}",
                            "business_name": f"Business {number}",
                            "status": "active",
                            "joined_on": first_day,
                        }
                    )
            written += copy_rows(cursor, Member, members)
            _step("organizations, chapters, members", started)
            written += _meetings_and_attendance(cursor, chapters, seats, first_day)
            _step("meetings and attendance", started)
            written += _help(cursor, rng, seats, first_day)
            _step("help given", started)
            cursor.execute(_ROLLUP)
            written += cursor.rowcount
            _step("daily tally", started)
        finally:
            for table in tables:
                cursor.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        cursor.execute("VACUUM ANALYZE")  # the steady state autovacuum keeps
    large = organizations[0]
    with tenant(large):
        chapter = Chapter.objects.order_by("name").first()
    return Network(
        large=large, chapter=chapter, rows=written, seconds=time.perf_counter() - started
    )


def _step(label: str, started: float) -> None:
    print(f"  {label}: done at {time.perf_counter() - started:.0f} s", flush=True)


def _meetings_and_attendance(
    cursor: Any, chapters: list[dict[str, Any]], seats: dict[Any, Any], first_day: datetime.date
) -> int:
    meetings: list[dict[str, Any]] = []
    for chapter in chapters:
        for week in range(WEEKS):
            day = first_day + datetime.timedelta(weeks=week)
            meetings.append(
                {
                    "id": uuid.uuid4(),
                    "organization_id": chapter["organization_id"],
                    "chapter_id": chapter["id"],
                    "date": day,
                    "starts_at": datetime.datetime.combine(day, datetime.time(12), datetime.UTC),
                    "report_status": "completed",
                }
            )
    written = copy_rows(cursor, Meeting, meetings)
    statuses = ["present"] * 17 + ["absent", "late", "substitute"]

    def attendance() -> Iterator[dict[str, Any]]:
        for index, meeting in enumerate(meetings):
            for number, (seat, organization, _) in enumerate(seats[meeting["chapter_id"]]):
                status = statuses[(index * 7 + number * 3) % len(statuses)]
                yield {
                    "id": uuid.uuid4(),
                    "organization_id": organization,
                    "meeting_id": meeting["id"],
                    "member_id": seat,
                    "status": status,
                    "substitute_name": "A substitute" if status == "substitute" else "",
                }

    return written + copy_rows(cursor, Attendance, attendance())


def _help(cursor: Any, rng: random.Random, seats: dict[Any, Any], first_day: datetime.date) -> int:
    """Help between members of the same chapter, spread over the year by each one's weight."""
    start = datetime.datetime.combine(first_day, datetime.time(8), datetime.UTC)

    def when() -> datetime.datetime:
        return start + datetime.timedelta(minutes=rng.randrange(364 * 24 * 60))

    def pairs(kind: str) -> Iterator[tuple[Any, Any, Any, Any]]:
        for chapter, people in seats.items():
            for giver, organization, weight in people:
                for _ in range(round(PER_YEAR[kind] * weight)):
                    receiver = rng.choice(people)[0]
                    if receiver != giver:
                        yield chapter, organization, giver, receiver

    statuses = ["new", "contacted", "meeting", "closed_won", "closed_won", "closed_lost"]
    written = copy_rows(
        cursor,
        Referral,
        (
            {
                "id": uuid.uuid4(),
                "organization_id": organization,
                "chapter_id": chapter,
                "giver_id": giver,
                "receiver_id": receiver,
                "tier": "inside",
                "hotness": rng.randint(1, 5),
                "contact_name": "A contact",
                "status": rng.choice(statuses),
                "created_at": when(),
            }
            for chapter, organization, giver, receiver in pairs("referrals")
        ),
    )
    written += copy_rows(
        cursor,
        ThankYou,
        (
            {
                "id": uuid.uuid4(),
                "organization_id": organization,
                "chapter_id": chapter,
                "thanking_id": receiver,
                "thanked_id": giver,
                "amount": Decimal(rng.randrange(100, 20000)),
                "currency": "USD",
                "created_at": when(),
            }
            for chapter, organization, giver, receiver in pairs("thank_yous")
        ),
    )
    participants: list[dict[str, Any]] = []

    def one_to_ones() -> Iterator[dict[str, Any]]:
        for chapter, organization, giver, other in pairs("one_to_ones"):
            logged = when()
            one_to_one = uuid.uuid4()
            participants.append(
                {
                    "id": uuid.uuid4(),
                    "organization_id": organization,
                    "one_to_one_id": one_to_one,
                    "member_id": other,
                    "answer": "confirmed",
                }
            )
            yield {
                "id": one_to_one,
                "organization_id": organization,
                "chapter_id": chapter,
                "member_id": giver,
                "met_on": logged.date(),
                "counted_at": logged,
                "created_at": logged,
            }

    written += copy_rows(cursor, OneToOne, one_to_ones())
    written += copy_rows(cursor, OneToOneParticipant, participants)
    written += copy_rows(
        cursor,
        Testimonial,
        (
            {
                "id": uuid.uuid4(),
                "organization_id": organization,
                "chapter_id": chapter,
                "giver_id": giver,
                "receiver_id": receiver,
                "text": "Great work.",
                "created_at": when(),
            }
            for chapter, organization, giver, receiver in pairs("small")
        ),
    )
    written += copy_rows(
        cursor,
        OtherHelp,
        (
            {
                "id": uuid.uuid4(),
                "organization_id": organization,
                "chapter_id": chapter,
                "giver_id": giver,
                "receiver_id": receiver,
                "kind": "introduction",
                "created_at": when(),
            }
            for chapter, organization, giver, receiver in pairs("small")
        ),
    )
    written += copy_rows(
        cursor,
        EducationCredit,
        (
            {
                "id": uuid.uuid4(),
                "organization_id": organization,
                "chapter_id": chapter,
                "member_id": giver,
                "title": "A course",
                "completed_on": first_day,
                "created_at": when(),
            }
            for chapter, organization, giver, _ in pairs("small")
        ),
    )
    return written


# The daily tally, rolled up from the slips (what the services keep current one slip at a time).
_ROLLUP = """
INSERT INTO referrals_helptally (
    id, organization_id, created_at, updated_at, member_id, chapter_id, day,
    referrals_given, referrals_received, thank_you_amount_generated, thank_you_amount_received,
    one_to_ones, education, testimonials_given, other_help_given
)
SELECT gen_random_uuid(), s.organization_id, now(), now(), s.member_id, m.chapter_id, s.day,
       sum(s.rg), sum(s.rr), sum(s.tg), sum(s.tr), sum(s.oo), sum(s.ed), sum(s.te), sum(s.oh)
FROM (
    SELECT organization_id, giver_id AS member_id, created_at::date AS day,
           1 AS rg, 0 AS rr, 0 AS tg, 0 AS tr, 0 AS oo, 0 AS ed, 0 AS te, 0 AS oh
      FROM referrals_referral
    UNION ALL SELECT organization_id, receiver_id, created_at::date, 0, 1, 0, 0, 0, 0, 0, 0
      FROM referrals_referral
    UNION ALL SELECT organization_id, thanked_id, created_at::date, 0, 0, amount, 0, 0, 0, 0, 0
      FROM referrals_thankyou WHERE thanked_id IS NOT NULL
    UNION ALL SELECT organization_id, thanking_id, created_at::date, 0, 0, 0, amount, 0, 0, 0, 0
      FROM referrals_thankyou
    UNION ALL SELECT organization_id, member_id, met_on, 0, 0, 0, 0, 1, 0, 0, 0
      FROM referrals_onetoone
    UNION ALL SELECT p.organization_id, p.member_id, o.met_on, 0, 0, 0, 0, 1, 0, 0, 0
      FROM referrals_onetooneparticipant p JOIN referrals_onetoone o ON o.id = p.one_to_one_id
    UNION ALL SELECT organization_id, member_id, created_at::date, 0, 0, 0, 0, 0, credits, 0, 0
      FROM referrals_educationcredit
    UNION ALL SELECT organization_id, giver_id, created_at::date, 0, 0, 0, 0, 0, 0, 1, 0
      FROM referrals_testimonial
    UNION ALL SELECT organization_id, giver_id, created_at::date, 0, 0, 0, 0, 0, 0, 0, 1
      FROM referrals_otherhelp
) s
JOIN groups_member m ON m.id = s.member_id
GROUP BY s.organization_id, s.member_id, m.chapter_id, s.day
"""

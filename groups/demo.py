"""Demo chapters and members for ``make run``'s demo organization. Safe to run again."""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from accounts.models import User
from groups import services
from groups.applications import application_decide, application_submit
from groups.invitations import invitation_create
from groups.meetings import chapter_today, meeting_schedule
from groups.models import (
    Attendance,
    Category,
    Chapter,
    ChapterRole,
    MedicalLeave,
    Meeting,
    Member,
    Visit,
    Visitor,
)
from groups.selectors import organization_today
from tenancy.context import tenant
from tenancy.models import Organization, Region

FIRST_NAMES = [
    "Ava", "Ben", "Chloe", "Dev", "Elena", "Felix", "Grace", "Hugo", "Isla", "Jamal",
    "Kira", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tariq",
]  # fmt: skip
LAST_NAMES = [
    "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones",
    "Khan", "Lopez", "Murphy", "Nguyen", "Okafor", "Patel", "Rossi", "Silva", "Taylor", "Weber",
]  # fmt: skip
# Demo logins that sit in a chapter: (chapter, seat index, chapter role or None).
DEMO_SEATS = {
    "vp@demo.example.com": ("Downtown Breakfast", 0, ChapterRole.Kind.VICE_PRESIDENT),
    "member@demo.example.com": ("Downtown Breakfast", 1, None),
}
# Every chapter's leadership team, by seat index.
LEADERSHIP = {
    2: ChapterRole.Kind.PRESIDENT,
    0: ChapterRole.Kind.VICE_PRESIDENT,
    3: ChapterRole.Kind.SECRETARY_TREASURER,
    5: ChapterRole.Kind.MEMBERSHIP_COMMITTEE,
    6: ChapterRole.Kind.MEMBERSHIP_COMMITTEE,
    7: ChapterRole.Kind.VISITOR_HOST,
    8: ChapterRole.Kind.EDUCATION_COORDINATOR,
}
# How a year of meetings went: mostly present, a few lates, substitutes and absences.
ATTENDANCE_WEIGHTS = {"present": 88, "late": 4, "substitute": 4, "absent": 4}
HOLIDAYS = {(12, 24), (12, 25), (12, 31), (1, 1), (7, 4)}
INTERESTS = ["cycling", "golf", "cooking", "hiking", "jazz", "football", "gardening", "chess"]
CHAPTERS: list[dict[str, Any]] = [
    {
        "name": "Downtown Breakfast",
        "region": "North",
        "meeting_weekday": 1,
        "meeting_start_time": datetime.time(7, 0),
        "meeting_place": "Riverside Hotel, Room 2",
        "members": 32,
    },
    {
        "name": "Lakeside Lunch",
        "region": "South",
        "meeting_weekday": 3,
        "meeting_start_time": datetime.time(12, 0),
        "meeting_place": "The Boathouse",
        "members": 28,
    },
    {
        "name": "Evening Connect",
        "region": "North",
        "meeting_weekday": 2,
        "meeting_start_time": datetime.time(18, 30),
        "meeting_format": Chapter.Format.ONLINE,
        "meeting_frequency": Chapter.Frequency.BIWEEKLY,
        "meeting_link": "https://meet.example.com/evening-connect",
        "members": 24,
    },
]


def seed_groups_demo(*, organization: Organization, actor: Any) -> int:
    """Three chapters with members across categories. Returns how many seats were created."""
    services.category_seed_defaults(organization=organization)
    names = (f"{first} {last}" for last, first in itertools.product(LAST_NAMES, FIRST_NAMES))
    created = 0
    with tenant(organization):
        categories = list(Category.objects.order_by("name"))
        today = organization_today(organization)
        for spec in CHAPTERS:
            spec = dict(spec)
            size = spec.pop("members")
            if Chapter.objects.filter(name=spec["name"]).exists():
                continue
            spec["region"] = Region.objects.filter(name=spec.pop("region")).first()
            chapter = services.chapter_create(
                organization=organization, actor=actor, status=Chapter.Status.ACTIVE, **spec
            )
            for index in range(size):
                category = categories[index % len(categories)]
                member = services.member_create(
                    chapter=chapter,
                    actor=actor,
                    name=next(names),
                    business_name=f"{category.name} Co.",
                    category=category,
                    # Two different interests each (the service stores each once anyway).
                    interests=[
                        INTERESTS[index % len(INTERESTS)],
                        INTERESTS[(index + 1 + index // len(INTERESTS)) % len(INTERESTS)],
                    ],
                    # Yearly terms spread over the coming year, relative to today; a couple
                    # of renewals per chapter are a few weeks overdue.
                    renewal_on=today
                    + datetime.timedelta(
                        days=-(10 + index) if index % 11 == 10 else 7 + (index * 37 + 60) % 350
                    ),
                    joined_on=today - datetime.timedelta(days=30 + (index * 53) % 700),
                )
                # Most seats are active; a few applicants wait, one member is on leave.
                if index % 10 != 9:
                    services.member_change_status(
                        member=member, actor=actor, status=Member.Status.ACTIVE
                    )
                if index == 4:
                    services.member_change_status(
                        member=member, actor=actor, status=Member.Status.ON_LEAVE
                    )
                created += 1
            # The demo obeys the daily job's rule: seats past their renewal date are late.
            services.memberships_mark_late(today=today)
            _seed_leadership(chapter=chapter, actor=actor)
            _seed_meetings(chapter=chapter)
            _seed_visitors(chapter=chapter)
            _seed_applications(chapter=chapter, actor=actor)
    return created


def _seed_leadership(*, chapter: Chapter, actor: Any) -> None:
    """Give the chapter its leadership team for this term, and seat the demo logins."""
    seats = list(Member.objects.filter(chapter=chapter).order_by("created_at", "id"))
    for email, (chapter_name, index, _) in DEMO_SEATS.items():
        if chapter_name == chapter.name:
            person = User.objects.filter(email=email).first()
            if person is not None:
                services.member_link_user(member=seats[index], user=person)
    today = chapter_today(chapter)
    term_start = today.replace(month=1 if today.month < 7 else 7, day=1)
    for index, role in LEADERSHIP.items():
        ChapterRole.objects.create(
            chapter=chapter,
            member=seats[index],
            role=role,
            starts_on=term_start,
            ends_on=term_start.replace(year=term_start.year + 1) - datetime.timedelta(days=1),
        )


def _seed_meetings(*, chapter: Chapter) -> None:
    """A year of completed meetings with realistic attendance, and the weeks ahead."""
    today = chapter_today(chapter)
    year_ago = today - datetime.timedelta(weeks=52)
    meeting_schedule(chapter=chapter, today=year_ago, weeks=52 + 8)
    rng = random.Random(chapter.name)  # noqa: S311 (repeatable demo data, not a secret)
    members = list(
        Member.objects.filter(chapter=chapter, status__in=("active", "late", "on_leave"))
    )
    on_leave = [member for member in members if member.status == "on_leave"]
    for member in on_leave:
        MedicalLeave.objects.create(
            member=member,
            starts_on=today - datetime.timedelta(weeks=6),
            ends_on=today + datetime.timedelta(weeks=6),
            note="Recovering from surgery",
        )
    records = []
    past = Meeting.objects.filter(chapter=chapter, date__lt=today).order_by("date")
    for meeting in past:
        if (meeting.date.month, meeting.date.day) in HOLIDAYS or (
            meeting.date.month == 12 and meeting.date.day > 22
        ):
            Meeting.objects.filter(pk=meeting.pk).update(report_status="holiday", note="Holiday")
            continue
        for member in members:
            if member.joined_on and member.joined_on > meeting.date:
                continue
            if member in on_leave and meeting.date >= today - datetime.timedelta(weeks=6):
                status = "medical"
            else:
                status = rng.choices(
                    list(ATTENDANCE_WEIGHTS), weights=list(ATTENDANCE_WEIGHTS.values())
                )[0]
            records.append(
                Attendance(
                    organization_id=chapter.organization_id,
                    meeting=meeting,
                    member=member,
                    status=status,
                    substitute_name="A colleague" if status == "substitute" else "",
                )
            )
    Attendance.objects.bulk_create(records, batch_size=2000)
    past.filter(report_status="draft").update(
        report_status="completed", completed_at=datetime.datetime.now(datetime.UTC)
    )


VISITORS = [
    ("Nora Quinn", "Wedding photography", "new", 0),
    ("Omar Haddad", "Commercial cleaning", "contacted", 1),
    ("Pia Larsen", "Interior design", "interested", 2),
    ("Rafael Costa", "Solar installation", "applied", 2),
    ("Sofia Marin", "Dog grooming", "not_interested", 1),
    ("Theo Brandt", "Event catering", "new", 0),
]


def _seed_visitors(*, chapter: Chapter) -> None:
    """Guests at every stage of the pipeline: past visits attended, some booked ahead."""
    today = chapter_today(chapter)
    past = list(
        Meeting.objects.filter(chapter=chapter, date__lt=today, report_status="completed").order_by(
            "-date"
        )[:4]
    )
    upcoming = list(
        Meeting.objects.filter(chapter=chapter, date__gte=today, report_status="draft").order_by(
            "date"
        )[:2]
    )
    hosts = list(Member.objects.filter(chapter=chapter, status="active").order_by("name")[:6])
    slug = chapter.name.lower().replace(" ", "-")
    for index, (name, profession, status, visits) in enumerate(VISITORS):
        visitor = Visitor.objects.create(
            chapter=chapter,
            name=name,
            email=f"{name.split()[0].lower()}.{slug}@guest.example.com",
            profession=profession,
            business_name=f"{name.split()[1]} {profession.split()[-1].title()}",
            invited_by=hosts[index % len(hosts)] if hosts else None,
            source=Visitor.Source.PUBLIC_LINK if index == 5 else Visitor.Source.MEMBER,
            status=status,
        )
        for meeting in past[index % 2 : index % 2 + visits]:
            Visit.objects.create(visitor=visitor, meeting=meeting, attended=True)
        if status in ("new", "interested") and upcoming:
            Visit.objects.create(visitor=visitor, meeting=upcoming[index % len(upcoming)])


def _seed_applications(*, chapter: Chapter, actor: Any) -> None:
    """The visitor who applied waits for the committee; a direct applicant was approved and has
    days left to pay."""
    applied = Visitor.objects.filter(chapter=chapter, status=Visitor.Status.APPLIED).first()
    if applied is not None:
        application_submit(chapter=chapter, actor=actor, visitor=applied)
    direct = application_submit(
        chapter=chapter,
        actor=actor,
        name="Uma Novak",
        email=f"uma.{chapter.name.lower().replace(' ', '-')}@guest.example.com",
        business_name="Novak Bookkeeping",
    )
    application_decide(
        application=direct, actor=actor, approve=True, notes="Strong references from two members."
    )
    # The approved applicant's seat waits for them to sign up.
    assert direct.member is not None
    invitation_create(actor=actor, email=direct.email, chapter=chapter, member=direct.member)

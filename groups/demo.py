"""Demo chapters and members for ``make run``'s demo organization. Safe to run again."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

from groups import services
from groups.models import Category, Chapter, Member
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
                    interests=[INTERESTS[index % len(INTERESTS)], INTERESTS[(index * 3) % 8]],
                    joined_on=datetime.date(2025, 1 + index % 12, 1 + index % 27),
                    renewal_on=datetime.date(2026, 1 + index % 12, 1 + index % 27),
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
    return created

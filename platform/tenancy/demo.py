"""The demo organization loaded by ``make run`` (``manage.py seed_demo``). Safe to run again."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction

from accounts.models import User
from config.paths import VAR_DIR
from tenancy import services
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership, Region, Role

DEMO_SLUG = "demo"
DEMO_PEOPLE = [
    ("owner@demo.example.com", "Olivia Owner", Role.OWNER, None),
    ("admin@demo.example.com", "Adam Admin", Role.ADMIN, None),
    ("staff@demo.example.com", "Sam Staff", Role.STAFF, None),
    ("director@demo.example.com", "Dana Director", Role.REGION_DIRECTOR, "North"),
    ("member@demo.example.com", "Max Member", Role.MEMBER, None),
    # A member of the organization who leads a chapter: vice president of Downtown Breakfast.
    ("vp@demo.example.com", "Vera Vice", Role.MEMBER, None),
]
DEMO_REGIONS = ["North", "South"]


@dataclass(frozen=True)
class DemoCredentials:
    emails: list[str]
    password: str


def demo_password() -> str:
    """One random password for every demo login, kept under var/ so reruns print the same."""
    path = VAR_DIR / "demo-password"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(9))
    return path.read_text().strip()


def _person(email: str, name: str, password: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, password, name=name)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


@transaction.atomic
def seed_demo() -> DemoCredentials:
    password = demo_password()
    people = {email: _person(email, name, password) for email, name, _, _ in DEMO_PEOPLE}
    owner = people[DEMO_PEOPLE[0][0]]
    organization = Organization.objects.filter(slug=DEMO_SLUG).first()
    if organization is None:
        organization = services.organization_create(
            actor=owner,
            name="Demo Business Network",
            slug=DEMO_SLUG,
            currency="USD",
            time_zone="America/New_York",
        )
    with tenant(organization):
        regions = {}
        for name in DEMO_REGIONS:
            region = Region.objects.filter(name=name).first()
            regions[name] = region or services.region_create(
                organization=organization, actor=owner, name=name
            )
        existing = set(OrganizationMembership.objects.values_list("user__email", flat=True))
        for email, _, role, region_name in DEMO_PEOPLE:
            if email not in existing:
                services.membership_create(
                    organization=organization,
                    actor=owner,
                    user=people[email],
                    role=role,
                    region=regions[region_name] if region_name else None,
                )
    return DemoCredentials(emails=[email for email, *_ in DEMO_PEOPLE], password=password)

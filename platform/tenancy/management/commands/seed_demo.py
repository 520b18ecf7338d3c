from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.models import User
from groups.demo import seed_groups_demo
from referrals.demo import seed_help_demo
from tenancy.demo import DEMO_PEOPLE, DEMO_SLUG, seed_demo
from tenancy.models import Organization


class Command(BaseCommand):
    help = "Load the demo organization (idempotent) and print its logins."

    def handle(self, *args: Any, **options: Any) -> None:
        credentials = seed_demo()
        organization = Organization.objects.get(slug=DEMO_SLUG)
        seats = seed_groups_demo(
            organization=organization, actor=User.objects.get(email=DEMO_PEOPLE[0][0])
        )
        referrals = seed_help_demo(organization=organization)
        self.stdout.write(self.style.SUCCESS(f"Demo organization '{DEMO_SLUG}' is ready."))
        if seats:
            self.stdout.write(f"  Added 3 chapters with {seats} member seats.")
        if referrals:
            self.stdout.write(f"  Added a year of help given: {referrals} referrals.")
        self.stdout.write(f"  Open {settings.SITE_URL}/  (API docs: {settings.SITE_URL}/api/docs/)")
        for email in credentials.emails:
            self.stdout.write(f"  login: {email:<28} password: {credentials.password}")

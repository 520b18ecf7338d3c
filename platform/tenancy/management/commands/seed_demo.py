from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from tenancy.demo import DEMO_SLUG, seed_demo


class Command(BaseCommand):
    help = "Load the demo organization (idempotent) and print its logins."

    def handle(self, *args: Any, **options: Any) -> None:
        credentials = seed_demo()
        self.stdout.write(self.style.SUCCESS(f"Demo organization '{DEMO_SLUG}' is ready."))
        self.stdout.write(f"  Open {settings.SITE_URL}/  (API docs: {settings.SITE_URL}/api/docs/)")
        for email in credentials.emails:
            self.stdout.write(f"  login: {email:<28} password: {credentials.password}")

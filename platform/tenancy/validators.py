"""Validators for organization fields, shared by the model and the API."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache
from typing import Any

import pycountry
from django.core.exceptions import ValidationError

from tenancy.policies import validate_policies

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$")
SLUG_INVALID = (
    "Use 3 to 50 lowercase letters, digits and hyphens, starting and ending with a letter or digit."
)
# Words the app uses in its own URLs (/app/auth/..., /app/onboarding, ...), never a slug.
RESERVED_SLUGS = frozenset(
    {
        "account",
        "admin",
        "api",
        "app",
        "auth",
        "invitations",
        "new",
        "onboarding",
        "public",
        "settings",
        "static",
        "visit",
    }
)
SLUG_RESERVED = "This word is reserved; choose another slug."
CURRENCY_INVALID = "Not an ISO 4217 currency code (for example USD, EUR, GBP)."
TIME_ZONE_INVALID = "Not an IANA time zone (for example Europe/London, America/New_York)."


def validate_slug(value: str) -> None:
    if not isinstance(value, str) or not SLUG_PATTERN.match(value):
        raise ValidationError(SLUG_INVALID, code="invalid")
    validate_slug_not_reserved(value)


def validate_slug_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(SLUG_RESERVED, code="reserved")


def validate_currency(value: str) -> None:
    if not isinstance(value, str) or len(value) != 3 or value != value.upper():
        raise ValidationError(CURRENCY_INVALID, code="invalid")
    if pycountry.currencies.get(alpha_3=value) is None:
        raise ValidationError(CURRENCY_INVALID, code="invalid")


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in _time_zones():
        raise ValidationError(TIME_ZONE_INVALID, code="invalid")


def validate_organization_settings(value: Any) -> None:
    validate_policies(value)

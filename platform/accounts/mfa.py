"""Two-factor login (allauth's TOTP authenticators) and the organizations that require it."""

from __future__ import annotations

from typing import Any

from allauth.mfa.models import Authenticator

from tenancy.policies import effective_policies

MFA_REQUIRED = (
    "This organization requires two-factor authentication; set it up for your account first."
)
MFA_NEEDED_TO_REQUIRE = (
    "Set up two-factor authentication for your own account before requiring it of everyone."
)


def has_totp(user: Any) -> bool:
    """Whether ``user`` signs in with an authenticator app (an active TOTP authenticator)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def requires_mfa(organization: Any) -> bool:
    return bool(effective_policies(organization.settings).get("require_mfa"))


def mfa_missing(*, organization: Any, user: Any) -> bool:
    """The organization requires two-factor login and ``user`` has not set it up. Asks the
    database only for organizations that require it."""
    return requires_mfa(organization) and not has_totp(user)

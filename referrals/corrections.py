"""Changing or withdrawing a slip after it was logged.

Until its weekly report is completed, the member who logged a slip may fix it. Afterwards it is
locked (409); a leader may still correct it by giving a reason, audited as ``*.corrected``.
Each change takes the slip's old figures out of the daily tally and puts the new ones in, in
the same transaction, so the leaderboard always equals the sum of the slips.
"""

from __future__ import annotations

from typing import Any

from audit.services import audit_record
from referrals.models import (
    EducationCredit,
    OneToOne,
    OtherHelp,
    Referral,
    Slip,
    Testimonial,
    ThankYou,
)
from referrals.services import check_consent, check_not_future, check_unlocked, clean_slip
from referrals.tallies import add, contributions, count

# What may change, per kind of slip (who is involved never does: withdraw and log it again).
CHANGEABLE: dict[type[Slip], tuple[str, ...]] = {
    Referral: (
        "tier",
        "hotness",
        "contact_name",
        "contact_company",
        "contact_email",
        "contact_phone",
        "notes",
        "consent_confirmed",
        "expected_value",
    ),
    ThankYou: ("amount", "currency", "business"),
    OneToOne: ("met_on", "mode", "notes"),
    EducationCredit: ("kind", "title", "completed_on", "credits"),
    Testimonial: ("text",),
    OtherHelp: ("kind", "note"),
}
AUDIT_NAMES: dict[type[Slip], str] = {
    Referral: "referral",
    ThankYou: "thank_you",
    OneToOne: "one_to_one",
    EducationCredit: "education",
    Testimonial: "testimonial",
    OtherHelp: "other_help",
}


def _check(slip: Slip) -> None:
    if isinstance(slip, Referral):
        check_consent(slip.tier, slip.consent_confirmed)
    for field in ("met_on", "completed_on"):
        day = getattr(slip, field, None)
        if day is not None:
            check_not_future(day, slip.chapter, field)
    if isinstance(slip, ThankYou):
        slip.currency = slip.currency.upper()
    clean_slip(slip)


def _values(slip: Slip, fields: tuple[str, ...]) -> dict[str, Any]:
    return {field: str(getattr(slip, field)) for field in fields}


def slip_change(
    *, slip: Slip, actor: Any, changes: dict[str, Any], correction_reason: str = ""
) -> Slip:
    """Change the fields of ``slip`` named in ``changes`` (only those in ``CHANGEABLE``)."""
    allowed = CHANGEABLE[type(slip)]
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"Cannot change {sorted(unknown)}")
    correcting = check_unlocked(slip, correction_reason=correction_reason)
    changed = tuple(f for f in allowed if f in changes and changes[f] != getattr(slip, f))
    if not changed:
        return slip
    before = _values(slip, changed)
    counted = contributions(slip)
    for field in changed:
        setattr(slip, field, changes[field])
    _check(slip)  # bad input stops here, before anything is written
    slip.save()
    add(counted, -1)
    count(slip)
    name = AUDIT_NAMES[type(slip)]
    after: dict[str, Any] = _values(slip, changed)
    if correcting:
        after["correction_reason"] = correction_reason.strip()
    audit_record(
        actor=actor,
        action=f"{name}.corrected" if correcting else f"{name}.changed",
        target=slip,
        before=before,
        after=after,
    )
    return slip


def slip_withdraw(*, slip: Slip, actor: Any, correction_reason: str = "") -> None:
    """Take back a slip logged by mistake: it no longer counts anywhere."""
    correcting = check_unlocked(slip, correction_reason=correction_reason)
    count(slip, -1)
    name = AUDIT_NAMES[type(slip)]
    audit_record(
        actor=actor,
        action=f"{name}.withdrawn",
        target=slip,
        before=_values(slip, CHANGEABLE[type(slip)]),
        after={"correction_reason": correction_reason.strip()} if correcting else None,
    )
    slip.delete()

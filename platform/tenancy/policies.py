"""An organization's policies: the rules of domain.md, each a setting with its default.

Stored in ``Organization.settings``. Unknown keys and wrong types are refused with the key named.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

# name -> (type, default, help). Integers are bounded to keep figures meaningful.
POLICIES: dict[str, tuple[type, Any, str]] = {
    "category_lock": (
        bool,
        True,
        "Only one active member of each profession (category) in a chapter.",
    ),
    "multiple_seats": (bool, False, "Let one person be a member of more than one chapter."),
    "max_absences": (
        int,
        3,
        "More absences than this in the window alert the vice president and the committee.",
    ),
    "absence_window_months": (int, 6, "How far back absences are counted, in months."),
    "lates_per_absence": (int, 0, "This many lates count as one absence; 0 means lates never do."),
    "visitor_max_meetings": (
        int,
        2,
        "How many meetings a guest may visit before they must apply to join.",
    ),
    "term_years": (int, 1, "How long a membership lasts before it is renewed: 1 or 2 years."),
    "payment_window_days": (
        int,
        7,
        "After approval, an applicant who has not paid within this many days lapses.",
    ),
    "renewal_reminder_days": (
        int,
        30,
        "Members are reminded this many days before their renewal date.",
    ),
    "penalise_substitutes": (bool, False, "When on, sending a substitute costs attendance points."),
    "show_thank_you_amounts": (
        bool,
        False,
        "When off, members see only totals of thanked business.",
    ),
    "notify_thank_yous": (
        bool,
        True,
        "Send a notification when someone records a thank-you for a member.",
    ),
    "hide_contacts_from_other_chapters": (
        bool,
        False,
        "Hide member contact fields across chapters.",
    ),
    "contacts_leaders_only": (
        bool,
        False,
        "Only chapter leaders and staff see members' phone, email and website.",
    ),
    "follow_up_days": (
        int,
        3,
        "A member who has not answered a referral in this many days is reminded.",
    ),
    "score_points_referral": (int, 10, "Leaderboard points for each referral given."),
    "score_points_per_thousand": (
        int,
        5,
        "Leaderboard points per 1,000 (organization currency) of thanked business generated.",
    ),
    "score_points_one_to_one": (int, 5, "Leaderboard points for each 1-2-1 that counts."),
    "score_points_visitor": (int, 8, "Leaderboard points for each visitor invited who came."),
    "score_points_education": (int, 3, "Leaderboard points for each education credit."),
    "score_points_testimonial": (int, 3, "Leaderboard points for each testimonial given."),
    "score_points_other_help": (int, 2, "Leaderboard points for each introduction, lead or tip."),
    "one_to_one_count_after_days": (
        int,
        0,
        "Days after which an unanswered 1-2-1 counts (0: only confirmed ones count).",
    ),
    "require_mfa": (bool, False, "Everyone in the organization must set up two-factor login."),
}
INT_BOUNDS: dict[str, tuple[int, int]] = {
    "max_absences": (0, 52),
    "absence_window_months": (1, 24),
    "lates_per_absence": (0, 10),
    "visitor_max_meetings": (1, 10),
    "term_years": (1, 2),
    "payment_window_days": (1, 60),
    "renewal_reminder_days": (1, 120),
    "follow_up_days": (1, 30),
    "score_points_referral": (0, 100),
    "score_points_per_thousand": (0, 100),
    "score_points_one_to_one": (0, 100),
    "score_points_visitor": (0, 100),
    "score_points_education": (0, 100),
    "score_points_testimonial": (0, 100),
    "score_points_other_help": (0, 100),
    "one_to_one_count_after_days": (0, 60),
}
# How the settings page presents each policy, in words a chapter leader uses: the sections in
# their order, then per policy (section, label). The one-line help is the POLICIES text above.
POLICY_SECTIONS = (
    ("membership", "Membership"),
    ("attendance", "Attendance"),
    ("visitors", "Visitors"),
    ("help", "Referrals and thank-yous"),
    ("privacy", "Privacy and sign-in"),
    ("points", "Scorecard and leaderboard points"),
)
POLICY_PRESENTATION: dict[str, tuple[str, str]] = {
    "category_lock": ("membership", "One member per profession in a chapter"),
    "multiple_seats": ("membership", "A person may sit in several chapters"),
    "term_years": ("membership", "Membership term (years)"),
    "payment_window_days": ("membership", "Days a new member has to pay"),
    "renewal_reminder_days": ("membership", "Renewal reminder (days before)"),
    "max_absences": ("attendance", "Absences allowed"),
    "absence_window_months": ("attendance", "Absences counted over (months)"),
    "lates_per_absence": ("attendance", "Lates that make one absence"),
    "visitor_max_meetings": ("visitors", "Visits before a visitor applies"),
    "follow_up_days": ("help", "Days to answer a referral"),
    "show_thank_you_amounts": ("help", "Members see each thank-you amount"),
    "notify_thank_yous": ("help", "Tell members when they are thanked"),
    "one_to_one_count_after_days": ("help", "Count an unanswered 1-2-1 after (days)"),
    "hide_contacts_from_other_chapters": ("privacy", "Hide contact details from other chapters"),
    "contacts_leaders_only": ("privacy", "Only leaders and staff see contact details"),
    "require_mfa": ("privacy", "Everyone signs in with two-factor authentication"),
    "penalise_substitutes": ("points", "A substitute counts against the scorecard"),
    "score_points_referral": ("points", "Points per referral given"),
    "score_points_per_thousand": ("points", "Points per 1,000 of thanked business"),
    "score_points_one_to_one": ("points", "Points per 1-2-1"),
    "score_points_visitor": ("points", "Points per visitor who came"),
    "score_points_education": ("points", "Points per education credit"),
    "score_points_testimonial": ("points", "Points per testimonial given"),
    "score_points_other_help": ("points", "Points per introduction, lead or tip"),
}
UNKNOWN_POLICY = "Unknown policy."
WRONG_TYPE = "Must be {kind}."
OUT_OF_RANGE = "Must be between {low} and {high}."
NOT_AN_OBJECT = "Must be an object of policies."


def default_policies() -> dict[str, Any]:
    return {name: default for name, (_, default, _) in POLICIES.items()}


def validate_policies(value: Any) -> None:
    """Raise ``ValidationError`` keyed by policy name for any unknown key or bad value."""
    if not isinstance(value, dict):
        raise ValidationError(NOT_AN_OBJECT)
    errors: dict[str, list[str]] = {}
    for key, item in value.items():
        if key not in POLICIES:
            errors[key] = [UNKNOWN_POLICY]
            continue
        kind = POLICIES[key][0]
        # bool is an int in Python; refuse it where a number is expected, and vice versa.
        if type(item) is not kind:
            errors[key] = [
                WRONG_TYPE.format(kind="true or false" if kind is bool else "a whole number")
            ]
            continue
        if key in INT_BOUNDS and isinstance(item, int):
            low, high = INT_BOUNDS[key]
            if not low <= item <= high:
                errors[key] = [OUT_OF_RANGE.format(low=low, high=high)]
    if errors:
        raise ValidationError(errors)


def effective_policies(stored: dict[str, Any]) -> dict[str, Any]:
    """Defaults overlaid with what the organization chose."""
    return {**default_policies(), **stored}

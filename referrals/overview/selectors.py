"""The figures of an organization's overview, in a fixed number of queries."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum
from django.utils import timezone

from groups.models import Application, Chapter, Meeting, Member, Visit, Visitor
from groups.selectors import organization_today
from referrals.models import HelpTally, Referral
from tenancy.models import Organization
from tenancy.policies import effective_policies

HELP_FIELDS = (
    "referrals_given",
    "thank_you_amount_generated",
    "one_to_ones",
    "education",
    "testimonials_given",
    "other_help_given",
)
# What needs attention, in the order the home lists it.
ATTENTION_KINDS = (
    "applications_to_decide",
    "applications_awaiting_payment",
    "visitors_to_follow_up",
    "renewals_overdue",
    "reports_not_completed",
    "referrals_waiting",
)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date


@dataclass(frozen=True)
class Overview:
    organization: Any
    today: datetime.date
    chapters: dict[str, int]
    members: dict[str, int]
    this_period: Period
    last_period: Period
    help_this_period: dict[str, Any]
    help_last_period: dict[str, Any]
    attention: list[dict[str, Any]]


def same_days_last_month(today: datetime.date) -> tuple[Period, Period]:
    """This month from the 1st to ``today``, and last month from the 1st to the same day (its
    last day when it is shorter): like with like, whatever the day of the month."""
    first = today.replace(day=1)
    last_month_end = first - datetime.timedelta(days=1)
    last_first = last_month_end.replace(day=1)
    days_in_last = calendar.monthrange(last_first.year, last_first.month)[1]
    return (
        Period(first, today),
        Period(last_first, last_first.replace(day=min(today.day, days_in_last))),
    )


def _help_in(period: Period) -> dict[str, Any]:
    """Sums of the day tallies plus visitors who came, for one period, as aggregate keys."""
    in_period = Q(day__gte=period.start, day__lte=period.end)
    return {field: Sum(field, filter=in_period, default=0) for field in HELP_FIELDS}


def organization_overview(*, organization: Organization) -> Overview:
    """Chapters, members, this month's help against the same days of last month, visitors who
    came in each, and the counts of what needs attention. Nine queries whatever the size."""
    today = organization_today(organization)
    this, last = same_days_last_month(today)
    chapters = Chapter.objects.aggregate(
        total=Count("id"),
        active=Count("id", filter=Q(status=Chapter.Status.ACTIVE)),
    )
    members = Member.objects.aggregate(
        active=Count("id", filter=Q(status=Member.Status.ACTIVE)),
        on_leave=Count("id", filter=Q(status=Member.Status.ON_LEAVE)),
        pending=Count("id", filter=Q(status=Member.Status.PENDING)),
        renewals_overdue=Count(
            "id",
            filter=Q(status=Member.Status.LATE)
            | Q(status=Member.Status.ACTIVE, renewal_on__lt=today),
        ),
    )
    tallies = HelpTally.objects.filter(day__gte=last.start, day__lte=this.end)
    sums = tallies.aggregate(
        **{f"this_{key}": value for key, value in _help_in(this).items()},
        **{f"last_{key}": value for key, value in _help_in(last).items()},
    )
    visits = Visit.objects.filter(
        attended=True, meeting__date__gte=last.start, meeting__date__lte=this.end
    ).aggregate(
        this=Count("visitor", distinct=True, filter=Q(meeting__date__gte=this.start)),
        last=Count("visitor", distinct=True, filter=Q(meeting__date__lte=last.end)),
    )
    applications = Application.objects.aggregate(
        to_decide=Count("id", filter=Q(status=Application.Status.APPLIED)),
        awaiting_payment=Count("id", filter=Q(status=Application.Status.APPROVED)),
    )
    visitors_to_follow_up = (
        Visitor.objects.filter(status=Visitor.Status.NEW, visits__attended=True).distinct().count()
    )
    reports_not_completed = Meeting.objects.filter(
        date__lt=today, report_status=Meeting.ReportStatus.DRAFT
    ).count()
    follow_up_days = effective_policies(organization.settings)["follow_up_days"]
    referrals_waiting = Referral.objects.filter(
        status=Referral.Status.NEW,
        created_at__lte=timezone.now() - datetime.timedelta(days=follow_up_days),
    ).count()

    def help_of(prefix: str, came: int) -> dict[str, Any]:
        figures: dict[str, Any] = {key: sums[f"{prefix}_{key}"] for key in HELP_FIELDS}
        figures["thank_you_amount_generated"] = Decimal(figures["thank_you_amount_generated"])
        figures["visitors"] = came
        return figures

    counts = {
        "applications_to_decide": applications["to_decide"],
        "applications_awaiting_payment": applications["awaiting_payment"],
        "visitors_to_follow_up": visitors_to_follow_up,
        "renewals_overdue": members.pop("renewals_overdue"),
        "reports_not_completed": reports_not_completed,
        "referrals_waiting": referrals_waiting,
    }
    return Overview(
        organization=organization.pk,
        today=today,
        chapters=chapters,
        members=members,
        this_period=this,
        last_period=last,
        help_this_period=help_of("this", visits["this"]),
        help_last_period=help_of("last", visits["last"]),
        attention=[{"kind": kind, "count": counts[kind]} for kind in ATTENTION_KINDS],
    )

"""Reads of help given: who may see which referral, and the help-given leaderboard."""

from __future__ import annotations

import datetime
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Min, Q, QuerySet, Sum
from django.utils import timezone

from groups.models import HOLDING_STATUSES, Chapter, Member, Visit
from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    Testimonial,
    ThankYou,
)
from tenancy.models import Organization
from tenancy.policies import effective_policies

PERIODS = ("week", "month", "quarter", "half", "year", "all")
METRICS = (
    "score",
    "referrals",
    "thank_you_amount",
    "one_to_ones",
    "visitors",
    "education",
    "testimonials",
    "other_help",
)
# Each counted metric: its tally column (visitors come from visits) and its points policy.
COUNTS = {
    "referrals": ("referrals_given", "score_points_referral"),
    "one_to_ones": ("one_to_ones", "score_points_one_to_one"),
    "visitors": (None, "score_points_visitor"),
    "education": ("education", "score_points_education"),
    "testimonials": ("testimonials_given", "score_points_testimonial"),
    "other_help": ("other_help_given", "score_points_other_help"),
}
BEGINNING = datetime.date(2000, 1, 1)


def scoring(organization: Organization, *, amounts_counted: bool = True) -> dict[str, Any]:
    """The points a board's score gives each kind of help, and each thousand thanked (none
    when the board leaves thank-you amounts out: ``amounts_counted``)."""
    policies = effective_policies(organization.settings)
    points = {name: policies[policy] for name, (_, policy) in COUNTS.items()}
    per_thousand = policies["score_points_per_thousand"] if amounts_counted else 0
    return {**points, "per_thousand": per_thousand, "thank_you_amounts_counted": amounts_counted}


def referrals_visible(
    *, organization: Organization, seats: Iterable[Any], chapters: frozenset[str] | None
) -> QuerySet[Referral]:
    """Referrals the caller may read: theirs (given or received), and with ``chapters`` those
    of the chapters they lead (``None``: every chapter, for staff)."""
    referrals = Referral.objects.filter(organization=organization)
    seat_ids = list(seats)
    mine = Q(giver_id__in=seat_ids) | Q(receiver_id__in=seat_ids)
    if chapters is None:
        return referrals
    led = Q(giver__chapter_id__in=chapters) | Q(receiver__chapter_id__in=chapters)
    return referrals.filter(mine | led)


def thank_yous_visible(
    *, organization: Organization, seats: Iterable[Any], chapters: frozenset[str] | None
) -> QuerySet[ThankYou]:
    thank_yous = ThankYou.objects.filter(organization=organization)
    seat_ids = list(seats)
    mine = Q(thanking_id__in=seat_ids) | Q(thanked_id__in=seat_ids)
    if chapters is None:
        return thank_yous
    led = Q(thanking__chapter_id__in=chapters) | Q(thanked__chapter_id__in=chapters)
    return thank_yous.filter(mine | led)


def period_bounds(period: str, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The named period that contains ``today`` (week from Monday; half-years Jan and Jul)."""
    if period == "week":
        start = today - datetime.timedelta(days=today.weekday())
        return start, start + datetime.timedelta(days=6)
    if period == "all":
        return BEGINNING, today
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[period]
    first_month = (today.month - 1) // months * months + 1
    start = today.replace(month=first_month, day=1)
    end_month_index = start.year * 12 + first_month - 1 + months
    end = datetime.date(end_month_index // 12, end_month_index % 12 + 1, 1)
    return start, end - datetime.timedelta(days=1)


def previous_bounds(
    period: str | None, start: datetime.date, end: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """The period just before: the previous week, month, ... or as many days for a range."""
    if period == "all":
        return None
    if period in PERIODS:
        return period_bounds(period, start - datetime.timedelta(days=1))
    length = end - start
    return start - length - datetime.timedelta(days=1), start - datetime.timedelta(days=1)


def month_so_far_before(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The same days of the month before as this month has had so far: on 4 December, 1-4
    November; on 31 March, all of February. A month under way is compared with like."""
    start = today.replace(day=1)
    previous_start, previous_end = period_bounds("month", start - datetime.timedelta(days=1))
    return previous_start, min(previous_start + (today - start), previous_end)


@dataclass(frozen=True)
class BoardMember:
    """What a board shows of a seat (read as plain values: boards rank thousands of seats)."""

    id: Any
    name: str
    business_name: str
    chapter_id: Any
    chapter_name: str
    user_id: Any
    sort_name: str

    @property
    def pk(self) -> Any:
        return self.id


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int
    member: BoardMember
    score: int
    counts: dict[str, int]
    thank_you_amount: Decimal
    rank_change: int | None

    @property
    def referrals(self) -> int:
        return self.counts["referrals"]


def _totals(
    scope: dict[str, Any], start: datetime.date, end: datetime.date
) -> dict[Any, dict[str, Any]]:
    """Per member, in the ``scope`` (an organization, and a chapter or region): each count and
    the thanked amount generated, in two queries that read the day's tally by range."""
    sums = {name: Sum(column) for name, (column, _) in COUNTS.items() if column is not None}
    # The tally and the visit name their chapter: a board reads the help given in its scope.
    place = {key: value for key, value in scope.items() if key != "organization"}
    totals: dict[Any, dict[str, Any]] = {
        row["member_id"]: row
        for row in HelpTally.objects.filter(
            organization=scope["organization"], **place, day__gte=start, day__lte=end
        )
        .values("member_id")
        .annotate(amount=Sum("thank_you_amount_generated"), **sums)
    }
    # A visitor counts for the member who invited them once they came.
    visit_scope = {f"meeting__{key}": value for key, value in place.items()}
    for row in (
        Visit.objects.filter(
            organization=scope["organization"],
            **visit_scope,
            attended=True,
            meeting__date__gte=start,
            meeting__date__lte=end,
        )
        .values("visitor__invited_by_id")
        .annotate(visitors=Count("id"))
    ):
        totals.setdefault(row["visitor__invited_by_id"], {})["visitors"] = row["visitors"]
    return totals


Ranked = tuple[BoardMember, int, dict[str, int], Decimal]
NO_HELP: dict[str, Any] = {}


def _ranked(
    members: list[BoardMember],
    totals: dict[Any, dict[str, Any]],
    metric: str,
    policies: dict[str, Any],
    amounts_counted: bool = True,
) -> list[Ranked]:
    names = tuple(COUNTS)
    weights = tuple(policies[policy] for _, policy in COUNTS.values())
    per_thousand = policies["score_points_per_thousand"]
    nothing = dict.fromkeys(names, 0)
    keyed = []
    for member in members:
        found = totals.get(member.id, NO_HELP)
        if found is NO_HELP:
            counts, amount, score = dict(nothing), Decimal("0"), 0
        else:
            counts = {name: found.get(name) or 0 for name in names}
            # Left out, the amount is not in the score, the order or the row at all.
            amount = (found.get("amount") or Decimal("0")) if amounts_counted else Decimal("0")
            score = sum(map(operator.mul, counts.values(), weights))
            score += int(amount * per_thousand / 1000)
        if metric == "score":
            value: int | Decimal = score
        elif metric == "thank_you_amount":
            value = amount
        else:
            value = counts[metric]
        # Ties are listed the same way every time: the score, then the name, then the seat's id.
        keyed.append(((-value, -score, member.sort_name), (member, score, counts, amount)))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def competition_ranks(keys: list[Any]) -> list[int]:
    """Standard competition ranks ("1224") of ``keys`` already in board order: seats with an
    equal key share the rank of the first of them, and the next key skips the shared places."""
    ranks: list[int] = []
    for index, key in enumerate(keys):
        ranks.append(ranks[-1] if index and key == keys[index - 1] else index + 1)
    return ranks


def _board_ranks(rows: list[Ranked], metric: str) -> list[int]:
    """The rank of each row: equal on the board's measure (and on the score that orders equal
    measures) means the same rank; the name only decides who is listed first."""
    return competition_ranks([(_measure(row, metric), row[1]) for row in rows])


def _measure(row: Ranked, metric: str) -> int | Decimal:
    _, score, counts, amount = row
    if metric == "score":
        return score
    if metric == "thank_you_amount":
        return amount
    return counts[metric]


def _chapter_scope(scope: dict[str, Any]) -> dict[str, Any]:
    """The same scope, said of chapters."""
    return {
        {"chapter_id": "id", "chapter__region_id": "region_id"}.get(key, key): value
        for key, value in scope.items()
    }


def board_members(scope: dict[str, Any]) -> list[BoardMember]:
    """The seats a board ranks (two queries, plain values)."""
    chapters = dict(Chapter.objects.filter(**_chapter_scope(scope)).values_list("id", "name"))
    return [
        BoardMember(
            id=pk,
            name=name,
            business_name=business,
            chapter_id=chapter_id,
            chapter_name=chapters.get(chapter_id, ""),
            user_id=user_id,
            sort_name=f"{name.lower()}\x00{pk}",
        )
        for pk, name, business, chapter_id, user_id in Member.objects.filter(
            **scope, status__in=HOLDING_STATUSES
        ).values_list("id", "name", "business_name", "chapter_id", "user_id")
    ]


def help_given_leaderboard(
    *,
    organization: Organization,
    start: datetime.date,
    end: datetime.date,
    previous: tuple[datetime.date, datetime.date] | None,
    metric: str = "score",
    chapter: Any = None,
    region: Any = None,
    amounts_counted: bool = True,
) -> list[LeaderboardRow]:
    """Every seat in the scope ranked by help given between ``start`` and ``end`` (inclusive),
    with its move against the ``previous`` period. Five queries, whatever the number of slips.

    ``amounts_counted=False`` (a board for someone who may not see others' thank-you amounts)
    leaves the amounts out of everything: no score, rank or move can be worked back to one."""
    if not amounts_counted and metric == "thank_you_amount":
        raise ValueError("a board without amounts cannot rank by them")
    policies = effective_policies(organization.settings)
    scope: dict[str, Any] = {"organization": organization}
    if chapter is not None:
        scope["chapter_id"] = chapter
    if region is not None:
        scope["chapter__region_id"] = region
    members = board_members(scope)
    current = _ranked(members, _totals(scope, start, end), metric, policies, amounts_counted)
    before: dict[Any, int] = {}
    if previous is not None:
        earlier = _ranked(members, _totals(scope, *previous), metric, policies, amounts_counted)
        before = {
            row[0].id: rank
            for row, rank in zip(earlier, _board_ranks(earlier, metric), strict=True)
        }
    return [
        LeaderboardRow(
            rank=rank,
            member=member,
            score=score,
            counts=counts,
            thank_you_amount=amount,
            rank_change=(before[member.id] - rank) if member.id in before else None,
        )
        for (member, score, counts, amount), rank in zip(
            current, _board_ranks(current, metric), strict=True
        )
    ]


def follow_up(referrals: QuerySet[Referral], *, follow_up_days: int) -> tuple[float | None, int]:
    """Of ``referrals`` received in the last twelve months and old enough to judge, the share
    answered (a first status change) within ``follow_up_days``, and how many were judged."""
    window = datetime.timedelta(days=follow_up_days)
    now = timezone.now()
    received = (
        referrals.filter(created_at__gte=now - datetime.timedelta(days=365))
        .annotate(first_answer=Min("changes__created_at"))
        .values_list("created_at", "first_answer")
    )
    considered = answered = 0
    for created_at, first_answer in received:
        if first_answer is None and created_at > now - window:
            continue  # still inside its window: too early to judge
        considered += 1
        answered += first_answer is not None and first_answer - created_at <= window
    return (round(answered / considered, 3) if considered else None), considered


@dataclass(frozen=True)
class HelpSummary:
    member: Any
    this_month: dict[str, Any]
    last_month: dict[str, Any]
    compared_with: dict[str, datetime.date]
    given: dict[str, Any]
    received: dict[str, Any]
    follow_up_rate: float | None
    follow_up_considered: int


def _sums(member: Member, start: datetime.date, end: datetime.date) -> dict[str, Any]:
    row = HelpTally.objects.filter(member=member, day__gte=start, day__lte=end).aggregate(
        referrals_given=Sum("referrals_given"),
        referrals_received=Sum("referrals_received"),
        thank_you_amount_generated=Sum("thank_you_amount_generated"),
        thank_you_amount_received=Sum("thank_you_amount_received"),
        one_to_ones=Sum("one_to_ones"),
        education=Sum("education"),
        testimonials_given=Sum("testimonials_given"),
        other_help_given=Sum("other_help_given"),
    )
    return {key: value or 0 for key, value in row.items()}


def help_summary(*, member: Member, today: datetime.date, follow_up_days: int) -> HelpSummary:
    """A member's month so far against the same days of the month before
    (``month_so_far_before``), help given against received over the last twelve months, and
    their follow-up rate: of the referrals they received (old enough to judge), the share they
    answered within ``follow_up_days``. Five queries."""
    month = period_bounds("month", today)
    previous = month_so_far_before(today)
    year = (today - datetime.timedelta(days=365), today)
    totals = _sums(member, *year)
    rate, considered = follow_up(
        Referral.objects.filter(receiver=member), follow_up_days=follow_up_days
    )
    return HelpSummary(
        member=member.pk,
        this_month=_sums(member, *month),
        last_month=_sums(member, *previous),
        compared_with={"from": previous[0], "to": previous[1]},
        given={
            "referrals": totals["referrals_given"],
            "thank_you_amount": totals["thank_you_amount_generated"],
        },
        received={
            "referrals": totals["referrals_received"],
            "thank_you_amount": totals["thank_you_amount_received"],
        },
        follow_up_rate=rate,
        follow_up_considered=considered,
    )


@dataclass(frozen=True)
class ChapterDashboard:
    chapter: Any
    period_start: datetime.date
    period_end: datetime.date
    this_month: dict[str, Any]
    last_month: dict[str, Any]
    compared_with: dict[str, datetime.date]
    seats: int
    top_givers: list[LeaderboardRow]
    quiet_members: list[BoardMember]
    overdue_referrals: list[Referral]
    overdue_count: int
    overdue_renewals: int
    follow_up_rate: float | None
    unconfirmed_one_to_ones: int


def _chapter_totals(rows: list[LeaderboardRow]) -> dict[str, Any]:
    totals: dict[str, Any] = {name: sum(row.counts[name] for row in rows) for name in COUNTS}
    totals["thank_you_amount"] = sum((row.thank_you_amount for row in rows), Decimal("0"))
    totals["score"] = sum(row.score for row in rows)
    return totals


def chapter_help_dashboard(
    *, organization: Organization, chapter: Any, today: datetime.date, follow_up_days: int
) -> ChapterDashboard:
    """A chapter's month for its leaders: totals against the same days of last month
    (``month_so_far_before``), who gave most, who gave nothing yet, referrals waiting past the
    follow-up window. A fixed number of queries."""
    month = period_bounds("month", today)
    last = previous_bounds("month", *month)
    assert last is not None
    compared = month_so_far_before(today)
    rows = help_given_leaderboard(
        organization=organization, start=month[0], end=month[1], previous=last, chapter=chapter.pk
    )
    last_rows = help_given_leaderboard(
        organization=organization,
        start=compared[0],
        end=compared[1],
        previous=None,
        chapter=chapter.pk,
    )
    received = Referral.objects.filter(receiver__chapter=chapter)
    overdue = received.filter(
        status=Referral.Status.NEW,
        created_at__lte=timezone.now() - datetime.timedelta(days=follow_up_days),
    )
    rate, _ = follow_up(received, follow_up_days=follow_up_days)
    return ChapterDashboard(
        chapter=chapter.pk,
        period_start=month[0],
        period_end=month[1],
        this_month=_chapter_totals(rows),
        last_month=_chapter_totals(last_rows),
        compared_with={"from": compared[0], "to": compared[1]},
        seats=len(rows),
        top_givers=[row for row in rows[:5] if row.score > 0],
        quiet_members=[row.member for row in rows if row.score == 0],
        overdue_referrals=list(
            overdue.select_related("giver", "receiver").order_by("created_at")[:10]
        ),
        overdue_count=overdue.count(),
        overdue_renewals=Member.objects.filter(
            chapter=chapter, status__in=HOLDING_STATUSES, renewal_on__lt=today
        ).count(),
        follow_up_rate=rate,
        unconfirmed_one_to_ones=OneToOneParticipant.objects.filter(
            member__chapter=chapter, answer=OneToOneParticipant.Answer.PENDING
        ).count(),
    )


@dataclass(frozen=True)
class MeetingSlip:
    """One slip of a meeting's weekly report, as its page lists it."""

    kind: str
    id: Any
    created_at: datetime.datetime
    by_name: str
    to_name: str
    detail: str


def meeting_slips(*, meeting: Any) -> list[MeetingSlip]:
    """The slips that belong to ``meeting``'s weekly report (logged at it or in the week before
    it), oldest first. No referral contact details: the page is read by the chapter's leaders,
    and a thank-you shows its amount as the report does. Six queries, whatever the count."""
    found: list[MeetingSlip] = []
    for referral in Referral.objects.filter(meeting=meeting).select_related("giver", "receiver"):
        found.append(
            MeetingSlip(
                "referral",
                referral.pk,
                referral.created_at,
                referral.giver.name,
                referral.receiver.name,
                referral.get_tier_display(),
            )
        )
    for thanks in ThankYou.objects.filter(meeting=meeting).select_related("thanking", "thanked"):
        found.append(
            MeetingSlip(
                "thank_you",
                thanks.pk,
                thanks.created_at,
                thanks.thanking.name,
                thanks.thanked.name if thanks.thanked else thanks.thanked_name,
                f"{thanks.amount} {thanks.currency}",
            )
        )
    for one in OneToOne.objects.filter(meeting=meeting).select_related("member"):
        found.append(
            MeetingSlip(
                "one_to_one", one.pk, one.created_at, one.member.name, "", one.get_mode_display()
            )
        )
    for credit in EducationCredit.objects.filter(meeting=meeting).select_related("member"):
        found.append(
            MeetingSlip(
                "education_credit",
                credit.pk,
                credit.created_at,
                credit.member.name,
                "",
                credit.title,
            )
        )
    for said in Testimonial.objects.filter(meeting=meeting).select_related("giver", "receiver"):
        found.append(
            MeetingSlip(
                "testimonial", said.pk, said.created_at, said.giver.name, said.receiver.name, ""
            )
        )
    for other in OtherHelp.objects.filter(meeting=meeting).select_related("giver", "receiver"):
        found.append(
            MeetingSlip(
                "other_help",
                other.pk,
                other.created_at,
                other.giver.name,
                other.receiver.name,
                other.get_kind_display(),
            )
        )
    return sorted(found, key=lambda slip: (slip.created_at, str(slip.id)))

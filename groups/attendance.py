"""Attendance (PALMS) and the absence policy.

The whole roster of a meeting is read and set at once: whoever a save does not mention is
present. Medical needs a leader's pre-approval covering the date; a substitute needs a name.
Absences count over a rolling window (organization policy); substitutes and medical never do,
and lates may (``lates_per_absence``). Crossing the limit alerts the chapter's vice president
and membership committee once (``groups.send_absence_alert``).
"""

from __future__ import annotations

import calendar
import datetime
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Q

from audit.services import audit_record
from core.errors import Conflict
from core.jobs import defer_on_commit
from groups.models import HOLDING_STATUSES, AbsenceAlert, Attendance, MedicalLeave, Meeting, Member
from tenancy.context import require_organization
from tenancy.policies import effective_policies

A = Attendance.Status
R = Meeting.ReportStatus
COUNTED_REPORTS = (R.DRAFT, R.COMPLETED)
NO_ATTENDANCE = "A {status} meeting takes no attendance."
LOCKED = (
    "The weekly report of {date} is completed and locked; "
    "send a correction reason to change its attendance."
)
NOT_ON_ROSTER = "This member is not on the meeting's roster."
LISTED_TWICE = "This member is listed more than once."
SUBSTITUTE_NAME = "Name the substitute."
NAME_ONLY_FOR_SUBSTITUTE = "Only a substitute has a name."
MEDICAL_NOT_APPROVED = "Medical needs a pre-approved medical leave covering {date}."


@dataclass(frozen=True)
class RosterLine:
    member: Member
    status: str
    substitute_name: str
    recorded: bool


def attendance_roster(*, meeting: Meeting) -> list[RosterLine]:
    """Everyone expected at ``meeting`` (seats of the chapter that had joined by then) and
    anyone already recorded, with their status; present when nothing is recorded. Two queries."""
    records = {
        record.member_id: record
        for record in Attendance.objects.filter(meeting=meeting).only(
            "member_id", "status", "substitute_name"
        )
    }
    members = (
        Member.objects.filter(chapter_id=meeting.chapter_id)
        .filter(
            Q(status__in=HOLDING_STATUSES)
            & (Q(joined_on__isnull=True) | Q(joined_on__lte=meeting.date))
            | Q(pk__in=list(records))
        )
        .select_related("category")
        .order_by("name", "id")
    )
    lines = []
    for member in members:
        record = records.get(member.pk)
        lines.append(
            RosterLine(
                member=member,
                status=record.status if record else A.PRESENT,
                substitute_name=record.substitute_name if record else "",
                recorded=record is not None,
            )
        )
    return lines


def _check_entries(
    meeting: Meeting, roster: dict[Any, Member], entries: list[dict[str, Any]]
) -> None:
    errors: dict[str, list[str]] = {}
    seen: set[Any] = set()
    medical_members = {entry["member"] for entry in entries if entry.get("status") == A.MEDICAL}
    approved = (
        set(
            MedicalLeave.objects.filter(
                member_id__in=medical_members,
                starts_on__lte=meeting.date,
                ends_on__gte=meeting.date,
            ).values_list("member_id", flat=True)
        )
        if medical_members
        else set()
    )
    for index, entry in enumerate(entries):
        member_id, status = entry["member"], entry["status"]
        name = entry.get("substitute_name", "").strip()
        where = f"entries[{index}]"
        if member_id not in roster:
            errors[f"{where}.member"] = [NOT_ON_ROSTER]
        elif member_id in seen:
            errors[f"{where}.member"] = [LISTED_TWICE]
        seen.add(member_id)
        if status == A.SUBSTITUTE and not name:
            errors[f"{where}.substitute_name"] = [SUBSTITUTE_NAME]
        elif status != A.SUBSTITUTE and name:
            errors[f"{where}.substitute_name"] = [NAME_ONLY_FOR_SUBSTITUTE]
        if status == A.MEDICAL and member_id not in approved:
            errors[f"{where}.status"] = [MEDICAL_NOT_APPROVED.format(date=meeting.date)]
    if errors:
        raise ValidationError(errors)


def attendance_set(
    *, meeting: Meeting, actor: Any, entries: list[dict[str, Any]], correction_reason: str = ""
) -> list[RosterLine]:
    """Set the whole roster of ``meeting`` in one write; unmentioned members are present.

    400 (and nothing changes) when any entry is wrong; 409 for a holiday or discarded meeting,
    or a completed one without ``correction_reason`` (a correction is audited as such).
    """
    if meeting.report_status in (R.HOLIDAY, R.DISCARDED):
        raise Conflict(NO_ATTENDANCE.format(status=meeting.get_report_status_display().lower()))
    correcting = meeting.report_status == R.COMPLETED
    if correcting and not correction_reason.strip():
        raise Conflict(LOCKED.format(date=meeting.date.isoformat()), field="correction_reason")
    roster = attendance_roster(meeting=meeting)
    members = {line.member.pk: line.member for line in roster}
    _check_entries(meeting, members, entries)
    wanted = {line.member.pk: (A.PRESENT, "") for line in roster}
    for entry in entries:
        wanted[entry["member"]] = (entry["status"], entry.get("substitute_name", "").strip())
    before = {line.member.pk: (line.status, line.substitute_name) for line in roster}
    changed = {pk for pk, value in wanted.items() if value != before[pk]}
    unrecorded = {line.member.pk for line in roster if not line.recorded}
    to_write = changed | unrecorded
    Attendance.objects.bulk_create(
        [
            Attendance(
                organization_id=meeting.organization_id,
                meeting=meeting,
                member_id=pk,
                status=wanted[pk][0],
                substitute_name=wanted[pk][1],
            )
            for pk in sorted(to_write, key=str)
        ],
        update_conflicts=True,
        unique_fields=["organization", "meeting", "member"],
        update_fields=["status", "substitute_name", "updated_at"],
    )
    if changed or correcting:
        audit_record(
            actor=actor,
            action="attendance.corrected" if correcting else "attendance.saved",
            target=meeting,
            before={str(pk): before[pk][0] for pk in sorted(changed, key=str)},
            after={
                **{str(pk): wanted[pk][0] for pk in sorted(changed, key=str)},
                **({"correction_reason": correction_reason.strip()} if correcting else {}),
            },
        )
    newly_away = [pk for pk in changed if wanted[pk][0] in (A.ABSENT, A.LATE)]
    if newly_away:
        _alert_crossings(meeting=meeting, member_ids=newly_away)
    return [
        RosterLine(
            member=line.member,
            status=wanted[line.member.pk][0],
            substitute_name=wanted[line.member.pk][1],
            recorded=True,
        )
        for line in roster
    ]


def attendance_fill_present(*, meeting: Meeting) -> None:
    """Record everyone on the roster who has no record yet as present (completing a report)."""
    Attendance.objects.bulk_create(
        [
            Attendance(
                organization_id=meeting.organization_id,
                meeting=meeting,
                member=line.member,
                status=A.PRESENT,
            )
            for line in attendance_roster(meeting=meeting)
            if not line.recorded
        ],
        ignore_conflicts=True,
    )


def months_before(date: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (clamped to the month's last day)."""
    year, month_zero = divmod(date.year * 12 + date.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_zero + 1)[1]
    return datetime.date(year, month_zero + 1, min(date.day, last_day))


@dataclass(frozen=True)
class AbsenceSummary:
    window_start: datetime.date
    window_end: datetime.date
    present: int
    absent: int
    late: int
    medical: int
    substitute: int
    counted_absences: int
    limit: int

    @property
    def over_limit(self) -> bool:
        return self.counted_absences > self.limit


def absence_summaries(*, member_ids: list[Any], on: datetime.date) -> dict[Any, AbsenceSummary]:
    """Each member's attendance over the policy's rolling window ending ``on``. One query."""
    policies = effective_policies(require_organization().settings)
    start = months_before(on, policies["absence_window_months"])
    lates_per_absence = policies["lates_per_absence"]
    counts = {
        row["member_id"]: row
        for row in Attendance.objects.filter(
            member_id__in=member_ids,
            meeting__date__gt=start,
            meeting__date__lte=on,
            meeting__report_status__in=COUNTED_REPORTS,
        )
        .values("member_id")
        .annotate(**{status: Count("id", filter=Q(status=status)) for status in A.values})
    }
    summaries = {}
    for member_id in member_ids:
        row = Counter(counts.get(member_id, {}))
        late_absences = row["late"] // lates_per_absence if lates_per_absence else 0
        summaries[member_id] = AbsenceSummary(
            window_start=start,
            window_end=on,
            present=row["present"],
            absent=row["absent"],
            late=row["late"],
            medical=row["medical"],
            substitute=row["substitute"],
            counted_absences=row["absent"] + late_absences,
            limit=policies["max_absences"],
        )
    return summaries


def _alert_crossings(*, meeting: Meeting, member_ids: list[Any]) -> None:
    """Alert once per crossing: no alert when one was raised within the current window."""
    summaries = absence_summaries(member_ids=member_ids, on=meeting.date)
    over = [pk for pk, summary in summaries.items() if summary.over_limit]
    if not over:
        return
    start = next(iter(summaries.values())).window_start
    already = set(
        AbsenceAlert.objects.filter(
            member_id__in=over, meeting__date__gt=start, meeting__date__lte=meeting.date
        ).values_list("member_id", flat=True)
    )
    organization_id = str(require_organization().pk)
    for pk in over:
        if pk in already:
            continue
        alert = AbsenceAlert.objects.create(
            member_id=pk, meeting=meeting, absences=summaries[pk].counted_absences
        )
        defer_on_commit(
            "groups.send_absence_alert", organization_id=organization_id, alert_id=str(alert.pk)
        )


def medical_leave_create(
    *,
    member: Member,
    actor: Any,
    starts_on: datetime.date,
    ends_on: datetime.date,
    note: str = "",
) -> MedicalLeave:
    """Pre-approve Medical for ``member`` between two dates (inclusive)."""
    if ends_on < starts_on:
        raise ValidationError({"ends_on": ["The leave cannot end before it starts."]})
    leave = MedicalLeave.objects.create(
        member=member,
        starts_on=starts_on,
        ends_on=ends_on,
        note=note.strip(),
        approved_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        action="medical_leave.approved",
        target=leave,
        after={"member": str(member.pk), "starts_on": str(starts_on), "ends_on": str(ends_on)},
    )
    return leave


def medical_leave_remove(*, leave: MedicalLeave, actor: Any) -> None:
    """Withdraw an approval; Medical already recorded under it stays as recorded."""
    audit_record(
        actor=actor,
        action="medical_leave.removed",
        target=leave,
        before={
            "member": str(leave.member_id),
            "starts_on": str(leave.starts_on),
            "ends_on": str(leave.ends_on),
        },
    )
    leave.delete()

"""The roster as a file: import a chapter's members from CSV, export them as CSV or XLSX.

An import is checked whole before anything is written: a dry run reports every bad row (line,
column, why); applying writes every row or, when any row is bad, nothing at all.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction

from core.spreadsheets import csv_bytes, xlsx_bytes
from core.text import CONTROL_CHARACTERS, has_control_characters
from groups import services
from groups.models import HOLDING_STATUSES, Category, Chapter, Member
from tenancy.context import require_organization
from tenancy.policies import effective_policies

MAX_ROWS = 5000
COLUMNS = (
    "name",
    "email",
    "business_name",
    "category",
    "phone",
    "website",
    "joined_on",
    "renewal_on",
    "term_years",
    "status",
    "interests",
)
REQUIRED = ("name",)
IMPORT_STATUSES = (Member.Status.ACTIVE, Member.Status.PENDING)


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    message: str


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    problems: list[RowProblem] = field(default_factory=list)


class ImportRejected(Exception):
    """The file has bad rows; nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.problems)} problems")
        self.report = report


def _read(content: bytes) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError({"file": ["The file must be CSV in UTF-8."]}) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "name" not in header:
        raise ValidationError({"file": ["The first line must name the columns, including name."]})
    unknown = sorted(set(header) - set(COLUMNS))
    if unknown:
        raise ValidationError(
            {"file": [f"Unknown columns: {', '.join(unknown)}. Known: {', '.join(COLUMNS)}."]}
        )
    reader.fieldnames = header
    rows = [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]
    if len(rows) > MAX_ROWS:
        raise ValidationError({"file": [f"At most {MAX_ROWS} rows per file."]})
    return header, rows


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _check_row(
    row: dict[str, str], line: int, categories: dict[str, Category]
) -> tuple[dict[str, Any], list[RowProblem]]:
    problems: list[RowProblem] = []
    fields: dict[str, Any] = {}

    def problem(column: str, message: str) -> None:
        problems.append(RowProblem(line=line, column=column, message=message))

    for column in REQUIRED:
        if not row.get(column):
            problem(column, "Required.")
    for column, value in row.items():
        if isinstance(value, str) and has_control_characters(value):
            problem(str(column), CONTROL_CHARACTERS)
    fields["name"] = row.get("name", "")[:150]
    for column, limit in (("business_name", 200), ("phone", 40)):
        value = row.get(column, "")
        if len(value) > limit:
            problem(column, f"At most {limit} characters.")
        fields[column] = value
    if email := row.get("email", ""):
        try:
            EmailValidator()(email)
            fields["invited_email"] = email
        except ValidationError:
            problem("email", f'"{email}" is not an email address.')
    if website := row.get("website", ""):
        try:
            URLValidator()(website)
            fields["website"] = website
        except ValidationError:
            problem("website", f'"{website}" is not a web address (https://...).')
    if category := row.get("category", ""):
        found = categories.get(category.lower())
        if found is None:
            problem("category", f'No category named "{category}".')
        fields["category"] = found
    for column in ("joined_on", "renewal_on"):
        if value := row.get(column, ""):
            try:
                fields[column] = _date(value)
            except ValueError:
                problem(column, f'"{value}" is not a date (YYYY-MM-DD).')
    if term := row.get("term_years", ""):
        if term not in ("1", "2"):
            problem("term_years", "Must be 1 or 2.")
        else:
            fields["term_years"] = int(term)
    status = row.get("status", "").lower() or Member.Status.ACTIVE
    if status not in IMPORT_STATUSES:
        problem("status", "Must be active or pending.")
    fields["status"] = status
    if interests := row.get("interests", ""):
        fields["interests"] = [tag.strip()[:60] for tag in interests.split(";") if tag.strip()]
    return fields, problems


def roster_import(*, chapter: Chapter, actor: Any, content: bytes, apply: bool) -> ImportReport:
    """Check every row of a CSV roster for ``chapter``; with ``apply``, create the seats.

    Raises ``ImportRejected`` (nothing written) when any row is bad and ``apply`` is set.
    """
    _, rows = _read(content)
    categories = {category.name.lower(): category for category in Category.objects.all()}
    lock = effective_policies(require_organization().settings)["category_lock"]
    held = {
        category_id: name
        for category_id, name in Member.objects.filter(
            chapter=chapter, holds_category=True
        ).values_list("category_id", "name")
    }
    emails = set(
        email.lower()
        for email in Member.objects.filter(chapter=chapter)
        .exclude(invited_email="")
        .values_list("invited_email", flat=True)
    )
    report = ImportReport(rows=len(rows))
    checked = []
    for index, row in enumerate(rows, start=2):  # line 1 is the header
        fields, problems = _check_row(row, index, categories)
        email = fields.get("invited_email", "").lower()
        if email and email in emails:
            problems.append(RowProblem(index, "email", f"{email} already has a seat here."))
        if email:
            emails.add(email)
        category = fields.get("category")
        if lock and category is not None and fields["status"] in HOLDING_STATUSES:
            if category.pk in held:
                problems.append(
                    RowProblem(index, "category", f"{held[category.pk]} already holds it.")
                )
            held.setdefault(category.pk, fields["name"])
        report.problems.extend(problems)
        checked.append(fields)
    if not apply:
        return report
    if report.problems:
        raise ImportRejected(report)
    with transaction.atomic():
        for fields in checked:
            status = fields.pop("status")
            member = services.member_create(chapter=chapter, actor=actor, **fields)
            if status == Member.Status.ACTIVE:
                services.member_change_status(member=member, actor=actor, status=status)
            report.created += 1
    return report


EXPORT_COLUMNS = (
    ("name", "Name"),
    ("business_name", "Business"),
    ("category", "Category"),
    ("status", "Status"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("website", "Website"),
    ("joined_on", "Joined"),
    ("renewal_on", "Renewal"),
    ("term_years", "Term (years)"),
    ("interests", "Interests"),
)


def roster_rows(members: Any) -> list[list[Any]]:
    """The export's rows (header first), one per seat."""
    rows: list[list[Any]] = [[label for _, label in EXPORT_COLUMNS]]
    for member in members:
        rows.append(
            [
                member.name,
                member.business_name,
                member.category.name if member.category else "",
                member.get_status_display(),
                member.phone,
                member.user.email if member.user else member.invited_email,
                member.website,
                member.joined_on or "",
                member.renewal_on or "",
                member.term_years,
                "; ".join(member.interests),
            ]
        )
    return rows


def roster_csv(members: Any) -> bytes:
    return csv_bytes(roster_rows(members))


def roster_xlsx(members: Any, *, title: str) -> bytes:
    return xlsx_bytes(roster_rows(members), title=title or "Roster")

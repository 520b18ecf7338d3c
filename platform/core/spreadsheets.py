"""Every CSV and XLSX the product writes goes through here, so that no cell can run as a
formula when a leader opens the file, and no stored character can break the file.

In a CSV file, a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is written with a leading apostrophe (the spreadsheet convention for "this is text"), as
OWASP recommends against CSV injection. In an XLSX file every text cell is typed as text, so it
keeps its exact value and never runs. Numbers and dates are written as they are. Characters
that XLSX cannot hold (C0 controls other than tab, newline and carriage return) are dropped from
the cell, whatever an older row holds.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Cell = str | int | float | Decimal | datetime.date | None


def _value(value: Any) -> Cell:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal | datetime.date):
        return value
    return _UNWRITABLE.sub("", str(value))


def csv_cell(value: Any) -> Cell:
    """One CSV cell: text that a spreadsheet would read as a formula gets an apostrophe."""
    cell = _value(value)
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def csv_bytes(rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read accents right."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: Iterable[Sequence[Any]], *, title: str) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    cell = _value(value)
    if not isinstance(cell, str):
        return cell
    typed = WriteOnlyCell(sheet, value=None)
    typed.value = cell
    typed.data_type = "s"  # text, even when it starts with "="
    return typed


def _sheet_title(title: str) -> str:
    """Sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", _UNWRITABLE.sub("", title)).strip()
    return cleaned[:31] or "Sheet"

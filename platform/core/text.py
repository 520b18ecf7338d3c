"""What stored text may hold, and what every date the API takes may be.

Control characters (C0 other than tab, newline and carriage return; DEL and C1, where ANSI
escapes live) and the bidirectional overrides and isolates (which make text display other than
it reads) are refused wherever text comes in: they break exports, terminals and the database
(PostgreSQL refuses NUL) long after they were accepted.
"""

from __future__ import annotations

import datetime
import re

CONTROL_CHARACTERS = "Must not contain control characters."
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# No date the product takes means anything outside these (and arithmetic on year 1 overflows).
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)
DATE_OUT_OF_RANGE = f"Must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}."


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def mask_control_characters(text: str) -> str:
    return _CONTROL.sub("?", text)

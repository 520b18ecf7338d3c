"""Money and days as people read them, the same in notices and emails as on the pages.

The pages format with ``Intl`` (``formatAmount`` and ``formatDay`` in the front end): in the
product's English, money as "$1,800.00" ("€1,800.00", "¥1,800") and days as "Dec 3, 2026". This
module writes the same text on the server so that a notification never says "1800 USD" or
"2026-12-03" where the page says "$1,800.00" and "Dec 3, 2026".
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_EVEN, Decimal

# Intl's US English symbols for the currencies organizations use; any other code is written
# before the number ("CHF 1,800.00"), as Intl does.
SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CAD": "CA$",
    "AUD": "A$",
    "NZD": "NZ$",
    "INR": "₹",
    "CNY": "CN¥",
    "MXN": "MX$",
    "BRL": "R$",
    "KRW": "₩",
    "ILS": "₪",
    "HKD": "HK$",
}
# ISO 4217 minor units that are not two.
MINOR_DIGITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_money(amount: Decimal | int | str, currency: str) -> str:
    """``Decimal("1800")``, ``"USD"`` -> ``"$1,800.00"``; a negative amount as ``"-$50.00"``."""
    code = currency.upper()
    digits = MINOR_DIGITS.get(code, 2)
    value = Decimal(amount).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    number = f"{abs(value):,.{digits}f}"
    sign = "-" if value < 0 else ""
    symbol = SYMBOLS.get(code)
    if symbol is None:
        return f"{sign}{code}\N{NO-BREAK SPACE}{number}"
    return f"{sign}{symbol}{number}"


def format_day(day: datetime.date | datetime.datetime) -> str:
    """A calendar day as ``"Dec 3, 2026"`` (a datetime: the day it names, already localized)."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"

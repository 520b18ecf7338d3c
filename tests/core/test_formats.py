import datetime
from decimal import Decimal

import pytest

from core.formats import format_day, format_money


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (Decimal("1800"), "USD", "$1,800.00"),
        (Decimal("1234.5"), "EUR", "€1,234.50"),
        (Decimal("-50"), "usd", "-$50.00"),
        (Decimal("1800"), "JPY", "¥1,800"),
        (Decimal("1800"), "CHF", "CHF\N{NO-BREAK SPACE}1,800.00"),
    ],
)
def test_money_reads_as_on_the_pages(amount, currency, text) -> None:
    assert format_money(amount, currency) == text


def test_a_day_reads_as_on_the_pages() -> None:
    assert format_day(datetime.date(2026, 12, 3)) == "Dec 3, 2026"

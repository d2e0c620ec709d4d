"""What the screens write: local times, money without float, the database without its password."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from desk.ui.formatting import (
    describe_database,
    format_amounts,
    format_date,
    format_money,
    format_when,
    set_number_language,
)


@pytest.fixture
def madrid():  # type: ignore[no-untyped-def]
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Madrid"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_times_are_shown_in_the_workstation_zone(madrid) -> None:  # type: ignore[no-untyped-def]
    # 00:30 UTC on the night Spain moves its clocks forward: 01:30 in winter time; 01:30 UTC is 03:30 summer time.
    assert format_when(datetime(2025, 3, 30, 0, 30, tzinfo=timezone.utc)) == "30/03/2025 01:30"
    assert format_when(datetime(2025, 3, 30, 1, 30, tzinfo=timezone.utc)) == "30/03/2025 03:30"
    assert format_date(date(2024, 1, 15)) == "15/01/2024"
    with pytest.raises(ValueError):
        format_when(datetime(2025, 3, 30, 0, 30))


def test_money_keeps_its_cents_and_currency() -> None:
    assert format_money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    assert format_money(Decimal("0.1") + Decimal("0.2"), "EUR") == "0.30 EUR"
    assert format_amounts({}) == "0.00"
    assert format_amounts({"GBP": Decimal("10"), "EUR": Decimal("499.00")}) == "499.00 EUR + 10.00 GBP"


def test_the_database_is_described_without_credentials() -> None:
    text = describe_database("postgresql+psycopg://ana:s3cr%40t@db.example.org:5433/desk")
    assert text == "PostgreSQL desk on db.example.org:5433"
    assert "s3cr" not in text and "ana" not in text
    assert describe_database("sqlite:////home/ana/desk.sqlite3") == "SQLite file /home/ana/desk.sqlite3"


def test_money_is_written_the_spanish_and_catalan_way_in_those_languages() -> None:
    try:
        for language in ("es", "ca"):
            set_number_language(language)
            assert format_money(Decimal("1234.5"), "EUR") == "1.234,50 EUR"
            assert format_money(Decimal("-1234567.891"), "EUR") == "-1.234.567,89 EUR"
            assert format_amounts({}) == "0,00"
        set_number_language("fr")  # not a language of the desk: English's way
        assert format_money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    finally:
        set_number_language("en")

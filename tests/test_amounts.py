"""Amounts as people type them at a Spanish counter: either style, never a thousand times off."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.errors import InvalidInput
from desk.policy import parse_amount


@pytest.mark.parametrize(("typed", "value"), [
    ("50", "50.00"), ("50,5", "50.50"), ("50.5", "50.50"), ("1.500,50", "1500.50"), ("1,500.50", "1500.50"),
    ("1.500.000", "1500000.00") if False else ("12.500.000", None), ("80 €", "80.00"), (" 0,99 ", "0.99"),
    ("1 500,00", "1500.00"), ("0.500", "0.50"),
])  # fmt: skip
def test_both_styles_are_read(typed: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(InvalidInput, match="not plausible"):
            parse_amount(typed, "Amount")
    else:
        assert parse_amount(typed, "Amount") == Decimal(value)


@pytest.mark.parametrize("typed", ["1.500", "1,500", "12.345"])
def test_a_thousands_or_decimals_doubt_is_asked_not_guessed(typed: str) -> None:
    with pytest.raises(InvalidInput, match="could mean"):
        parse_amount(typed, "Amount")


@pytest.mark.parametrize(("typed", "message"), [("abc", "is not an amount"), ("-5", "zero or more"),
                                                ("1e9", "not plausible"), ("10,001", "could mean"),
                                                ("10,0001", "more than two decimals"), ("NaN", "zero or more"),
                                                ("1.2.3,4", "is not an amount")])  # fmt: skip
def test_nonsense_is_refused_readably(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_amount(typed, "Amount")


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("999999.99"), places=2))
def test_what_the_desk_prints_reads_back_the_same(value: Decimal) -> None:
    english = f"{value:,.2f}"
    spanish = english.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_amount(english, "Amount") == value == parse_amount(spanish, "Amount")
    assert parse_amount(f"{value:.2f}", "Amount") == value

"""Returnability rules without a database: windows at their edges, time zones, quantities, serials, fees."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desk.enums import ItemCondition, SalesChannel
from desk.rules.returns import PurchasedLine, ReturnAsk, assess_return
from desk.rules.settings import default_rules

RULES = default_rules().returns
UTC = timezone.utc
# 10:00 in Madrid on 1 March 2025 (UTC+1)
BOUGHT = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

LINE = PurchasedLine(
    order_line_id=1, order_number="PED-1", channel=SalesChannel.STORE, ordered_at=BOUGHT, delivered_at=None,
    store_timezone="Europe/Madrid", product_id=1, product_name="Cafetera", sku="CAF-1", category="Cafeteras",
    return_window_days=30, warranty_months=24, serialised=False, quantity=2, already_returned=0,
    unit_price=Decimal("99.95"), currency="EUR", serial_number=None,
)  # fmt: skip
UNOPENED = ReturnAsk(1, ItemCondition.UNOPENED)


def madrid(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Madrid")).astimezone(UTC)


def test_store_window_includes_its_last_day_and_not_the_day_after() -> None:
    last_minute = madrid(2025, 3, 31, 23, 59)
    verdict = assess_return(LINE, UNOPENED, RULES, last_minute)
    assert verdict.returnable and verdict.window_ends.isoformat() == "2025-03-31"
    next_morning = madrid(2025, 4, 1, 0, 1)
    late = assess_return(LINE, UNOPENED, RULES, next_morning)
    assert late.needs_exception and not late.refused and late.days_past_window == 1
    assert "ended on 31/03/2025 (1 day ago)" in " ".join(late.reasons)


def test_a_purchase_just_after_midnight_in_madrid_counts_from_that_local_day() -> None:
    # 23:30 UTC on 31 January is 00:30 on 1 February in Madrid: the window runs to 3 March, not 2 March.
    line = replace(LINE, ordered_at=datetime(2025, 1, 31, 23, 30, tzinfo=UTC))
    assert assess_return(line, UNOPENED, RULES, madrid(2025, 3, 3, 20)).returnable
    assert assess_return(line, UNOPENED, RULES, madrid(2025, 3, 4, 0, 5)).needs_exception


def test_same_instant_is_a_different_day_in_the_canaries() -> None:
    line = replace(LINE, ordered_at=datetime(2025, 1, 31, 23, 30, tzinfo=UTC), store_timezone="Atlantic/Canary")
    verdict = assess_return(line, UNOPENED, RULES, datetime(2025, 3, 2, 23, 30, tzinfo=UTC))
    assert verdict.window_ends.isoformat() == "2025-03-02" and verdict.returnable


def test_web_orders_count_from_delivery_and_carry_the_legal_withdrawal() -> None:
    line = replace(LINE, channel=SalesChannel.WEB, return_window_days=7,
                   delivered_at=madrid(2025, 3, 5, 12))  # fmt: skip
    # Store window ended on 12 March; the legal 14 days run to 19 March.
    verdict = assess_return(line, ReturnAsk(1, ItemCondition.OPENED), RULES, madrid(2025, 3, 19, 21))
    assert verdict.returnable and verdict.withdrawal_ends.isoformat() == "2025-03-19"
    assert verdict.restocking_fee == 0
    assert any("right of withdrawal" in r for r in verdict.reasons)
    after = assess_return(line, ReturnAsk(1, ItemCondition.OPENED), RULES, madrid(2025, 3, 20, 9))
    assert after.needs_exception and after.days_past_window == 8


def test_an_order_not_yet_delivered_has_not_started_its_window() -> None:
    line = replace(LINE, channel=SalesChannel.PHONE, delivered_at=None)
    verdict = assess_return(line, UNOPENED, RULES, madrid(2025, 6, 1, 10))
    assert verdict.returnable and verdict.window_ends is None
    assert "Not delivered yet" in verdict.reasons[0]


def test_partial_quantities_and_double_returns() -> None:
    now = madrid(2025, 3, 10, 12)
    assert assess_return(LINE, ReturnAsk(2, ItemCondition.UNOPENED), RULES, now).value == Decimal("199.90")
    one_back = replace(LINE, already_returned=1)
    assert assess_return(one_back, ReturnAsk(1, ItemCondition.UNOPENED), RULES, now).returnable
    too_many = assess_return(one_back, ReturnAsk(2, ItemCondition.UNOPENED), RULES, now)
    assert too_many.refused and "Only 1 of 2 can still be returned (1 already returned)" in too_many.reasons[0]
    all_back = assess_return(replace(LINE, already_returned=2), UNOPENED, RULES, now)
    assert all_back.refused and "already been returned" in all_back.reasons[0]
    assert assess_return(LINE, ReturnAsk(0, ItemCondition.UNOPENED), RULES, now).refused


def test_serial_numbers_must_match_the_one_sold() -> None:
    line = replace(LINE, serialised=True, serial_number="SN123", quantity=1)
    now = madrid(2025, 3, 10, 12)
    assert assess_return(line, ReturnAsk(1, ItemCondition.UNOPENED, " sn 123 "), RULES, now).returnable
    wrong = assess_return(line, ReturnAsk(1, ItemCondition.UNOPENED, "SN999"), RULES, now)
    assert wrong.refused and "SN999 is not the one sold on this line (SN123)" in " ".join(wrong.reasons)
    assert assess_return(line, UNOPENED, RULES, now).refused  # no serial given
    no_serial_sold = replace(line, serial_number=None)
    assert assess_return(no_serial_sold, UNOPENED, RULES, now).refused
    assert assess_return(no_serial_sold, ReturnAsk(1, ItemCondition.UNOPENED, "X1"), RULES, now).returnable


def test_fees_by_condition_and_category() -> None:
    now = madrid(2025, 3, 10, 12)
    tv = replace(LINE, category="Televisores", unit_price=Decimal("899.00"), quantity=1)
    assert assess_return(tv, ReturnAsk(1, ItemCondition.OPENED), RULES, now).restocking_fee == Decimal("89.90")
    assert assess_return(tv, ReturnAsk(1, ItemCondition.UNOPENED), RULES, now).restocking_fee == 0
    parts = assess_return(tv, ReturnAsk(1, ItemCondition.MISSING_PARTS), RULES, now)
    assert parts.restocking_fee == Decimal("134.85") and parts.refund == Decimal("764.15")
    damaged = assess_return(tv, ReturnAsk(1, ItemCondition.DAMAGED), RULES, now)
    assert damaged.needs_exception and "not accepted without an exception" in " ".join(damaged.reasons)


def test_damaged_item_inside_the_legal_withdrawal_is_accepted_with_its_fee() -> None:
    line = replace(LINE, channel=SalesChannel.WEB, delivered_at=madrid(2025, 3, 5, 12))
    verdict = assess_return(line, ReturnAsk(1, ItemCondition.DAMAGED), RULES, madrid(2025, 3, 8, 12))
    assert verdict.returnable and verdict.restocking_fee == Decimal("24.99")


@given(
    price=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("20000"), places=2),
    quantity=st.integers(1, 5),
    condition=st.sampled_from(list(ItemCondition)),
    days=st.integers(0, 120),
    channel=st.sampled_from(list(SalesChannel)),
)
def test_money_always_adds_up_and_the_window_decides_exceptions(
    price: Decimal, quantity: int, condition: ItemCondition, days: int, channel: SalesChannel
) -> None:
    line = replace(LINE, unit_price=price, quantity=5, channel=channel,
                   delivered_at=BOUGHT + timedelta(days=2) if channel != SalesChannel.STORE else None)  # fmt: skip
    verdict = assess_return(line, ReturnAsk(quantity, condition), RULES, BOUGHT + timedelta(days=days, hours=1))
    assert verdict.value == price * quantity
    assert 0 <= verdict.restocking_fee <= verdict.value
    assert verdict.refund + verdict.restocking_fee == verdict.value
    assert verdict.refund.as_tuple().exponent == -2
    assert not verdict.refused
    in_any_window = days <= 30 + (2 if channel != SalesChannel.STORE else 0)
    assert verdict.needs_exception == (not in_any_window or condition not in RULES.accepted_conditions
                                       and not (verdict.withdrawal_ends and days <= 16))  # fmt: skip

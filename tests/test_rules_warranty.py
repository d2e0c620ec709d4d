"""Warranty entitlement without a database: legal periods by country and date, brand warranty, serials, causes,
repaired faults and replacements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desk.enums import Entitlement, SalesChannel
from desk.rules.returns import PurchasedLine
from desk.rules.settings import default_rules, parse_rules, default_rules_text
from desk.rules.warranty import PriorClaim, WarrantyAsk, replacement_cover_until, repair_cover_until, warranty_verdict

RULES = default_rules().warranty
UTC = timezone.utc
LINE = PurchasedLine(
    order_line_id=1, order_number="PED-7", channel=SalesChannel.STORE,
    ordered_at=datetime(2022, 3, 15, 10, tzinfo=UTC), delivered_at=None, store_timezone="Europe/Madrid",
    product_id=1, product_name="Lavadora", sku="GRA-1", category="Gran electrodoméstico", return_window_days=14,
    warranty_months=0, serialised=True, quantity=1, already_returned=0, unit_price=Decimal("649.00"),
    currency="EUR", serial_number="WM-1",
)  # fmt: skip
ASK = WarrantyAsk("WM-1")


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def test_spain_three_years_for_goods_bought_from_2022_inclusive_of_the_last_day() -> None:
    assert warranty_verdict(LINE, ASK, RULES, at("2025-03-15")).entitlement == Entitlement.IN_WARRANTY
    late = warranty_verdict(LINE, ASK, RULES, at("2025-03-16"))
    assert late.entitlement == Entitlement.OUT_OF_WARRANTY
    assert late.cover_until == date(2025, 3, 15) and "cover ended on 15/03/2025 (1 day ago)" in late.text


def test_spain_two_years_for_goods_bought_before_2022() -> None:
    line = replace(LINE, ordered_at=datetime(2021, 12, 31, 10, tzinfo=UTC))
    verdict = warranty_verdict(line, ASK, RULES, at("2023-12-31"))
    assert verdict.entitlement == Entitlement.IN_WARRANTY and verdict.legal_until == date(2023, 12, 31)
    assert "24-month legal guarantee in ES for goods bought from 2000-01-01" in verdict.text
    assert warranty_verdict(line, ASK, RULES, at("2024-01-01")).entitlement == Entitlement.OUT_OF_WARRANTY


def test_purchase_at_new_year_midnight_in_madrid_falls_under_the_2022_rule() -> None:
    # 23:30 UTC on 31 Dec 2021 is 00:30 on 1 Jan 2022 in Madrid.
    line = replace(LINE, ordered_at=datetime(2021, 12, 31, 23, 30, tzinfo=UTC))
    verdict = warranty_verdict(line, ASK, RULES, at("2024-06-01"))
    assert verdict.entitlement == Entitlement.IN_WARRANTY and verdict.legal_until == date(2025, 1, 1)


def test_other_countries_get_the_eu_minimum() -> None:
    verdict = warranty_verdict(replace(LINE, country="FR"), ASK, RULES, at("2024-03-16"))
    assert verdict.entitlement == Entitlement.OUT_OF_WARRANTY and verdict.legal_until == date(2024, 3, 15)
    inside = warranty_verdict(replace(LINE, country="FR"), ASK, RULES, at("2024-03-15"))
    assert "24-month legal minimum, until 15/03/2024" in inside.text


def test_a_longer_brand_warranty_wins_over_the_legal_guarantee() -> None:
    line = replace(LINE, warranty_months=60)
    verdict = warranty_verdict(line, ASK, RULES, at("2026-01-10"))
    assert verdict.entitlement == Entitlement.IN_WARRANTY and verdict.cover_until == date(2027, 3, 15)
    assert "brand's 60-month warranty" in verdict.text and "legal guarantee ended on 15/03/2025" in verdict.text


def test_web_orders_are_covered_from_delivery() -> None:
    line = replace(LINE, channel=SalesChannel.WEB, delivered_at=datetime(2022, 3, 25, 10, tzinfo=UTC))
    assert warranty_verdict(line, ASK, RULES, at("2025-03-25")).entitlement == Entitlement.IN_WARRANTY
    assert warranty_verdict(line, ASK, RULES, at("2025-03-26")).entitlement == Entitlement.OUT_OF_WARRANTY


def test_wrong_serial_and_excluded_causes_are_not_covered() -> None:
    wrong = warranty_verdict(LINE, WarrantyAsk("WM-9"), RULES, at("2023-01-01"))
    assert wrong.entitlement == Entitlement.NOT_COVERED and "WM-9 is neither the one sold" in wrong.text
    liquid = warranty_verdict(LINE, WarrantyAsk("WM-1", cause="liquid_damage"), RULES, at("2023-01-01"))
    assert liquid.entitlement == Entitlement.NOT_COVERED and "Not covered by any guarantee: liquid damage." in liquid.text


def test_no_purchase_on_file_is_out_of_warranty_with_a_way_forward() -> None:
    verdict = warranty_verdict(None, ASK, RULES, at("2023-01-01"))
    assert verdict.entitlement == Entitlement.OUT_OF_WARRANTY and "grant it as a decision" in verdict.text


def test_a_repaired_fault_stays_covered_after_the_original_cover_ends() -> None:
    handed_back = date(2025, 1, 20)
    prior = [PriorClaim("W-2025-000001", "repair", None, None, None, repair_cover_until(handed_back, RULES))]
    same = WarrantyAsk("WM-1", same_fault_as="W-2025-000001")
    assert warranty_verdict(LINE, same, RULES, at("2026-01-20"), prior).entitlement == Entitlement.IN_WARRANTY
    assert warranty_verdict(LINE, same, RULES, at("2026-01-21"), prior).entitlement == Entitlement.OUT_OF_WARRANTY
    other_fault = warranty_verdict(LINE, ASK, RULES, at("2025-06-01"), prior)
    assert other_fault.entitlement == Entitlement.OUT_OF_WARRANTY


def test_replacement_items_follow_the_configured_rule() -> None:
    original_cover = date(2025, 3, 15)
    replaced_on = date(2024, 6, 1)
    remaining = replacement_cover_until(original_cover, replaced_on, "ES", RULES)
    assert remaining == original_cover
    restart_rules = parse_rules(default_rules_text().replace('replacement_cover = "remaining"',
                                                             'replacement_cover = "restart"')).warranty  # fmt: skip
    assert replacement_cover_until(original_cover, replaced_on, "ES", restart_rules) == date(2027, 6, 1)
    prior = [PriorClaim("W-2024-000009", "replace", "WM-2", replaced_on, date(2027, 6, 1), None)]
    verdict = warranty_verdict(LINE, WarrantyAsk("WM-2"), restart_rules, at("2026-01-01"), prior)
    assert verdict.entitlement == Entitlement.IN_WARRANTY and verdict.replacement_of == "W-2024-000009"


@given(days=st.integers(-5, 2000), months=st.sampled_from([0, 12, 24, 36, 60]))
def test_in_warranty_exactly_until_the_later_of_legal_and_commercial_cover(days: int, months: int) -> None:
    line = replace(LINE, warranty_months=months)
    start = date(2022, 3, 15)
    now = datetime(2022, 3, 15, 12, tzinfo=UTC) + timedelta(days=max(days, 0))
    verdict = warranty_verdict(line, ASK, RULES, now)
    assert verdict.cover_until == max(date(2025, 3, 15), verdict.commercial_until or start)
    expected = Entitlement.IN_WARRANTY if now.date() <= verdict.cover_until else Entitlement.OUT_OF_WARRANTY
    assert verdict.entitlement == expected

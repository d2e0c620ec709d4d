"""The empowerment evaluation at its edges: exactly at a limit, one cent over, other currency, daily and 12-month
totals, days past the window, routing to the lowest role that covers it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.enums import DecisionKind, RoleCode
from desk.rules.empowerment import Ask, Cap, Outcome, Usage, evaluate

A, M, S = RoleCode.AGENT, RoleCode.STORE_MANAGER, RoleCode.SUPERVISOR
D = Decimal
ROLES = {
    A: Cap(D("50.00"), D("200.00"), D("150.00"), 7),
    M: Cap(D("150.00"), D("600.00"), D("450.00"), 30),
    S: Cap(D("500.00"), None, D("1500.00"), 90),
}
NONE = Usage(D(0), D(0))
VOUCHER = DecisionKind.GOODWILL_VOUCHER


def ask(amount: str, currency: str = "EUR", days: int | None = None) -> Ask:
    return Ask(VOUCHER, D(amount), currency, days)


def test_exactly_at_the_limit_is_granted_one_cent_over_goes_up() -> None:
    at = evaluate(ask("50.00"), A, ROLES[A], ROLES, NONE)
    assert at.outcome == Outcome.GRANT and "You can grant up to 50.00 EUR" in at.text
    over = evaluate(ask("50.01"), A, ROLES[A], ROLES, NONE)
    assert over.outcome == Outcome.APPROVAL and over.approver_role == M
    assert over.text == ("50.01 EUR is above your limit of 50.00 EUR per decision. You can grant up to 50.00 EUR; "
                         "50.01 EUR will go to a store manager for approval.")  # fmt: skip


def test_routing_goes_to_the_lowest_role_that_covers_it_and_nobody_covers_too_much() -> None:
    assert evaluate(ask("150.00"), A, ROLES[A], ROLES, NONE).approver_role == M
    assert evaluate(ask("150.01"), A, ROLES[A], ROLES, NONE).approver_role == S
    assert evaluate(ask("200.00"), M, ROLES[M], ROLES, NONE).approver_role == S
    beyond = evaluate(ask("500.01"), A, ROLES[A], ROLES, NONE)
    assert beyond.outcome == Outcome.NOT_ALLOWED and "the highest limit is 500.00 EUR per decision" in beyond.text
    top = evaluate(ask("600.00"), S, ROLES[S], ROLES, NONE)
    assert top.outcome == Outcome.NOT_ALLOWED  # a supervisor's own request never goes to a peer


def test_another_currency_has_limits_of_its_own_or_none() -> None:
    result = evaluate(ask("10.00", "USD"), A, None, {A: None, M: None, S: None}, NONE)
    assert result.outcome == Outcome.NOT_ALLOWED
    assert "You have no limit for goodwill voucher in USD." in result.text
    assert "no limit is set for goodwill voucher in USD" in result.text


def test_the_daily_total_is_the_requesters_and_the_12_month_cap_binds_approvers_too() -> None:
    day = evaluate(ask("40.00"), A, ROLES[A], ROLES, Usage(D("160.01"), D(0)))
    assert day.outcome == Outcome.APPROVAL and day.approver_role == M
    assert "You have granted 160.01 EUR today of your 200.00 EUR a day." in day.text
    assert evaluate(ask("40.00"), A, ROLES[A], ROLES, Usage(D("160.00"), D(0))).outcome == Outcome.GRANT
    customer = evaluate(ask("40.00"), A, ROLES[A], ROLES, Usage(D(0), D("110.01")))
    assert customer.approver_role == M and "This customer has had 110.01 EUR in 12 months" in customer.text
    capped = evaluate(ask("40.00"), A, ROLES[A], ROLES, Usage(D(0), D("1460.01")))
    assert capped.outcome == Outcome.NOT_ALLOWED


def test_days_past_the_window_go_to_whoever_may_accept_that_many() -> None:
    late = Ask(DecisionKind.RETURN_OUTSIDE_WINDOW, D("20.00"), "EUR", 8)
    result = evaluate(late, A, ROLES[A], ROLES, NONE)
    assert result.approver_role == M and "8 days past the window; you may accept up to 7." in result.text
    assert evaluate(Ask(late.kind, late.amount, "EUR", 31), A, ROLES[A], ROLES, NONE).approver_role == S
    assert evaluate(Ask(late.kind, late.amount, "EUR", 91), A, ROLES[A], ROLES, NONE).outcome == Outcome.NOT_ALLOWED


def test_a_personal_override_replaces_the_role_limit() -> None:
    generous = Cap(D("120.00"), D("500.00"), None, 14)
    assert evaluate(ask("100.00"), A, generous, ROLES, NONE).outcome == Outcome.GRANT
    strict = Cap(D("10.00"))
    assert evaluate(ask("20.00"), A, strict, ROLES, NONE).approver_role == M


@pytest.mark.parametrize("amount", ["0", "-5", "NaN"])
def test_nothing_or_less_is_never_granted(amount: str) -> None:
    assert evaluate(ask(amount), A, ROLES[A], ROLES, NONE).outcome == Outcome.NOT_ALLOWED


cents = st.decimals(min_value=D("0.01"), max_value=D("2000"), places=2)


@given(amount=cents, today=cents, customer=cents, days=st.none() | st.integers(0, 120))
def test_the_outcome_follows_the_limits_exactly(amount: Decimal, today: Decimal, customer: Decimal,
                                                days: int | None) -> None:
    usage = Usage(today, customer)
    result = evaluate(Ask(VOUCHER, amount, "EUR", days), A, ROLES[A], ROLES, usage)
    own = ROLES[A]
    within = (amount <= own.per_decision and today + amount <= own.per_agent_day
              and customer + amount <= own.per_customer_12m and (not days or days <= own.days_past_window))
    assert (result.outcome == Outcome.GRANT) == within
    if result.outcome == Outcome.APPROVAL:
        cap = ROLES[result.approver_role]
        assert amount <= cap.per_decision and customer + amount <= cap.per_customer_12m
        assert not days or days <= cap.days_past_window
        lower = [r for r in (M,) if r != result.approver_role and result.approver_role == S]
        for role in lower:  # nobody lower would have covered it
            c = ROLES[role]
            assert (amount > c.per_decision or customer + amount > c.per_customer_12m
                    or bool(days and days > c.days_past_window))
    assert result.reasons and all(r.endswith(".") for r in result.reasons)


def test_roles_skipped_on_the_way_up_say_why() -> None:
    capped = evaluate(ask("40.00"), A, ROLES[A], ROLES, Usage(D(0), D("440.00")))
    assert capped.approver_role == S
    assert ("A store manager cannot grant it either: this customer's 12-month total would pass the cap of "
            "450.00 EUR.") in capped.text
    big = evaluate(ask("200.00"), A, ROLES[A], ROLES, NONE)
    assert "A store manager cannot grant it either: the limit is 150.00 EUR per decision." in big.text

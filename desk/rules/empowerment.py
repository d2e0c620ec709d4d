"""May this person grant this, or who must approve it? The empowerment evaluation as one pure function.

`evaluate(ask, role, own, roles, usage)`:
- the person's own limit (their personal override, else their role's) must cover the amount per decision, the days
  past the return window, their total granted today, and the customer's total over the rolling 12 months;
- otherwise the decision goes for approval to the lowest role above theirs whose limit covers the amount, the days
  and the customer's 12-month total (a daily total is the requester's own budget, not the approver's);
- when no role covers it, it is not allowed.
Limits are per decision kind and currency: another currency has limits of its own, or none. Every outcome carries
its reasons in words an agent can read at the counter. No database here: the caller reads the limits and the usage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desk.enums import DecisionKind, RoleCode

ROLE_LEVEL = {RoleCode.AGENT: 10, RoleCode.STORE_MANAGER: 20, RoleCode.SUPERVISOR: 30, RoleCode.ADMINISTRATOR: 40}
ROLE_NAME = {RoleCode.AGENT: "an agent", RoleCode.STORE_MANAGER: "a store manager",
             RoleCode.SUPERVISOR: "a supervisor", RoleCode.ADMINISTRATOR: "an administrator"}  # fmt: skip


class Outcome(StrEnum):
    GRANT = "grant"  # within the person's own limits: granted at once
    APPROVAL = "approval"  # goes to `approver_role` for approval
    NOT_ALLOWED = "not_allowed"  # nobody may grant it


@dataclass(frozen=True)
class Cap:
    """One role's or one person's limits for one decision kind in one currency."""

    per_decision: Decimal
    per_agent_day: Decimal | None = None
    per_customer_12m: Decimal | None = None
    days_past_window: int | None = None


@dataclass(frozen=True)
class Ask:
    kind: DecisionKind
    amount: Decimal
    currency: str
    days_past_window: int | None = None


@dataclass(frozen=True)
class Usage:
    agent_today: Decimal  # what the person granted themselves today, of this kind and currency
    customer_12m: Decimal  # what the customer was granted over the last 12 months, of this kind and currency


@dataclass(frozen=True)
class Evaluation:
    outcome: Outcome
    approver_role: RoleCode | None
    own_limit: Decimal | None  # what the person may grant per decision (None: nothing of this kind)
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


def money(amount: Decimal, currency: str) -> str:
    return f"{amount:.2f} {currency}"


def evaluate(
    ask: Ask, role: RoleCode, own: Cap | None, roles: Mapping[RoleCode, Cap | None], usage: Usage
) -> Evaluation:
    amount, currency = ask.amount, ask.currency
    if not amount.is_finite() or amount <= 0:
        return Evaluation(Outcome.NOT_ALLOWED, None, own.per_decision if own else None,
                          ("A decision is worth more than zero.",))  # fmt: skip
    blocks = _own_blocks(ask, own, usage)
    if not blocks:
        return Evaluation(Outcome.GRANT, None, own.per_decision if own else None, (
            f"You can grant up to {money(own.per_decision, currency)}; "  # type: ignore[union-attr]
            f"{money(amount, currency)} is within your limits.",
        ))  # fmt: skip
    level = ROLE_LEVEL[role]
    skipped: list[str] = []  # why the roles between the requester and the approver cannot approve it
    for candidate in sorted(roles, key=ROLE_LEVEL.__getitem__):
        if ROLE_LEVEL[candidate] <= level:
            continue
        if covers(roles[candidate], ask, usage):
            head = (f"You can grant up to {money(own.per_decision, currency)}; " if own else "")
            return Evaluation(Outcome.APPROVAL, candidate, own.per_decision if own else None, (
                *blocks, *skipped, f"{head}{money(amount, currency)} will go to {ROLE_NAME[candidate]} for approval.",
            ))  # fmt: skip
        skipped.append(f"{ROLE_NAME[candidate].capitalize()} cannot grant it either: "
                       f"{_why_not(roles[candidate], ask, usage)}.")  # fmt: skip
    highest = max((cap.per_decision for cap in roles.values() if cap is not None), default=None)
    limit = (f"the highest limit is {money(highest, currency)} per decision" if highest is not None
             else f"no limit is set for {ask.kind.value.replace('_', ' ')} in {currency}")  # fmt: skip
    return Evaluation(Outcome.NOT_ALLOWED, None, own.per_decision if own else None,
                      (*blocks, f"Nobody may grant this: {limit}."))  # fmt: skip


def _own_blocks(ask: Ask, own: Cap | None, usage: Usage) -> list[str]:
    """Why the person's own limits do not cover the ask (empty when they do)."""
    currency = ask.currency
    if own is None:
        return [f"You have no limit for {ask.kind.value.replace('_', ' ')} in {currency}."]
    blocks = []
    if ask.amount > own.per_decision:
        blocks.append(f"{money(ask.amount, currency)} is above your limit of {money(own.per_decision, currency)} "
                      "per decision.")  # fmt: skip
    if ask.days_past_window and own.days_past_window is not None and ask.days_past_window > own.days_past_window:
        blocks.append(f"{ask.days_past_window} days past the window; you may accept up to {own.days_past_window}.")
    if blocks:
        return blocks  # the totals would only repeat it: the amount or the days alone are beyond the person
    if own.per_agent_day is not None and usage.agent_today + ask.amount > own.per_agent_day:
        blocks.append(f"You have granted {money(usage.agent_today, currency)} today of your "
                      f"{money(own.per_agent_day, currency)} a day.")  # fmt: skip
    if own.per_customer_12m is not None and usage.customer_12m + ask.amount > own.per_customer_12m:
        blocks.append(f"This customer has had {money(usage.customer_12m, currency)} in 12 months; the cap is "
                      f"{money(own.per_customer_12m, currency)}.")  # fmt: skip
    return blocks


def _why_not(cap: Cap | None, ask: Ask, usage: Usage) -> str:
    if cap is None:
        return "no limit is set for it"
    if ask.amount > cap.per_decision:
        return f"the limit is {money(cap.per_decision, ask.currency)} per decision"
    if ask.days_past_window and cap.days_past_window is not None and ask.days_past_window > cap.days_past_window:
        return f"at most {cap.days_past_window} days past the window"
    return (f"this customer's 12-month total would pass the cap of "
            f"{money(cap.per_customer_12m or Decimal(0), ask.currency)}")  # fmt: skip


def covers(cap: Cap | None, ask: Ask, usage: Usage) -> bool:
    """Whether an approver with this cap may approve the ask (per decision, days past the window, customer cap)."""
    if cap is None or ask.amount > cap.per_decision:
        return False
    if ask.days_past_window and cap.days_past_window is not None and ask.days_past_window > cap.days_past_window:
        return False
    return cap.per_customer_12m is None or usage.customer_12m + ask.amount <= cap.per_customer_12m


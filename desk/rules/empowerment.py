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
from desk.messages import Said, say

ROLE_LEVEL = {RoleCode.AGENT: 10, RoleCode.STORE_MANAGER: 20, RoleCode.SUPERVISOR: 30, RoleCode.ADMINISTRATOR: 40}
# A role inside a sentence ("will go to a store manager for approval").
ROLE_NAME = {RoleCode.AGENT: say("an agent"), RoleCode.STORE_MANAGER: say("a store manager"),
             RoleCode.SUPERVISOR: say("a supervisor"), RoleCode.ADMINISTRATOR: say("an administrator")}  # fmt: skip
ROLE_SUBJECT = {RoleCode.AGENT: say("An agent"), RoleCode.STORE_MANAGER: say("A store manager"),
                RoleCode.SUPERVISOR: say("A supervisor"), RoleCode.ADMINISTRATOR: say("An administrator")}  # fmt: skip


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
    reasons: tuple[Said, ...]

    @property
    def text(self) -> str:
        """The reasons in English (the screens word each reason in their language: desk.ui.wording)."""
        return " ".join(self.reasons)


def routing(own: Cap | None, amount: Decimal, currency: str, approver: RoleCode,
            instead_of: RoleCode | None = None) -> Said:  # fmt: skip
    """The last reason of a decision going for approval: to whom, and why not the usual role."""
    if instead_of is not None:
        return say("{amount:.2f} {currency} will go to {approver} for approval (your store has no {usual}).",
                   amount=amount, currency=currency, approver=ROLE_NAME[approver], usual=instead_of)
    if own is not None:
        return say("You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} will go to {approver} for "
                   "approval.", limit=own.per_decision, amount=amount, currency=currency,
                   approver=ROLE_NAME[approver])  # fmt: skip
    return say("{amount:.2f} {currency} will go to {approver} for approval.", amount=amount, currency=currency,
               approver=ROLE_NAME[approver])


def evaluate(
    ask: Ask, role: RoleCode, own: Cap | None, roles: Mapping[RoleCode, Cap | None], usage: Usage
) -> Evaluation:
    amount, currency = ask.amount, ask.currency
    if not amount.is_finite() or amount <= 0:
        return Evaluation(Outcome.NOT_ALLOWED, None, own.per_decision if own else None,
                          (say("A decision is worth more than zero."),))  # fmt: skip
    blocks = _own_blocks(ask, own, usage)
    if not blocks:
        return Evaluation(Outcome.GRANT, None, own.per_decision if own else None, (
            say("You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} is within your limits.",
                limit=own.per_decision, amount=amount, currency=currency),  # type: ignore[union-attr]
        ))  # fmt: skip
    level = ROLE_LEVEL[role]
    skipped: list[Said] = []  # why the roles between the requester and the approver cannot approve it
    for candidate in sorted(roles, key=ROLE_LEVEL.__getitem__):
        if ROLE_LEVEL[candidate] <= level:
            continue
        if covers(roles[candidate], ask, usage):
            return Evaluation(Outcome.APPROVAL, candidate, own.per_decision if own else None,
                              (*blocks, *skipped, routing(own, amount, currency, candidate)))  # fmt: skip
        skipped.append(say("{role} cannot grant it either: {why}.", role=ROLE_SUBJECT[candidate],
                           why=_why_not(roles[candidate], ask, usage)))  # fmt: skip
    highest = max((cap.per_decision for cap in roles.values() if cap is not None), default=None)
    if highest is not None:
        last = say("Nobody may grant this: the highest limit is {limit:.2f} {currency} per decision.",
                   limit=highest, currency=currency)
    else:
        last = say("Nobody may grant this: no limit is set for {kind} in {currency}.", kind=ask.kind,
                   currency=currency)
    return Evaluation(Outcome.NOT_ALLOWED, None, own.per_decision if own else None, (*blocks, last))


def _own_blocks(ask: Ask, own: Cap | None, usage: Usage) -> list[Said]:
    """Why the person's own limits do not cover the ask (empty when they do)."""
    currency = ask.currency
    if own is None:
        return [say("You have no limit for {kind} in {currency}.", kind=ask.kind, currency=currency)]
    blocks = []
    if ask.amount > own.per_decision:
        blocks.append(say("{amount:.2f} {currency} is above your limit of {limit:.2f} {currency} per decision.",
                          amount=ask.amount, limit=own.per_decision, currency=currency))
    if ask.days_past_window and own.days_past_window is not None and ask.days_past_window > own.days_past_window:
        blocks.append(say("{days} days past the window; you may accept up to {most}.", days=ask.days_past_window,
                          most=own.days_past_window))
    if blocks:
        return blocks  # the totals would only repeat it: the amount or the days alone are beyond the person
    if own.per_agent_day is not None and usage.agent_today + ask.amount > own.per_agent_day:
        blocks.append(say("You have granted {today:.2f} {currency} today of your {day:.2f} {currency} a day.",
                          today=usage.agent_today, day=own.per_agent_day, currency=currency))
    if own.per_customer_12m is not None and usage.customer_12m + ask.amount > own.per_customer_12m:
        blocks.append(say("This customer has had {had:.2f} {currency} in 12 months; the cap is {cap:.2f} {currency}.",
                          had=usage.customer_12m, cap=own.per_customer_12m, currency=currency))
    return blocks


def _why_not(cap: Cap | None, ask: Ask, usage: Usage) -> Said:
    if cap is None:
        return say("no limit is set for it")
    if ask.amount > cap.per_decision:
        return say("the limit is {limit:.2f} {currency} per decision", limit=cap.per_decision, currency=ask.currency)
    if ask.days_past_window and cap.days_past_window is not None and ask.days_past_window > cap.days_past_window:
        return say("at most {days} days past the window", days=cap.days_past_window)
    return say("this customer's 12-month total would pass the cap of {cap:.2f} {currency}",
               cap=cap.per_customer_12m or Decimal(0), currency=ask.currency)


def covers(cap: Cap | None, ask: Ask, usage: Usage) -> bool:
    """Whether an approver with this cap may approve the ask (per decision, days past the window, customer cap)."""
    if cap is None or ask.amount > cap.per_decision:
        return False
    if ask.days_past_window and cap.days_past_window is not None and ask.days_past_window > cap.days_past_window:
        return False
    return cap.per_customer_12m is None or usage.customer_12m + ask.amount <= cap.per_customer_12m


"""The after-sales rules as data: return windows, legal periods, restocking fees, warranty cover.

`parse_rules(toml_text)` checks a whole rules file and returns `AfterSalesRules`, or raises InvalidInput naming
the first thing wrong. The shipped defaults are resources/rules/after_sales.toml; the copy in force for the
whole chain lives in the shared database (desk.rule_store). No database and no Qt here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from desk.enums import ItemCondition, SalesChannel
from desk.errors import InvalidInput
from desk.messages import Said, say
from desk.resources import resource_path

DEFAULT_RULES_FILE = resource_path("rules", "after_sales.toml")
REPLACEMENT_COVER = ("remaining", "restart")


@dataclass(frozen=True)
class LegalGuarantee:
    country: str
    since: date
    months: int


@dataclass(frozen=True)
class ReturnRules:
    withdrawal_days: int
    withdrawal_channels: frozenset[SalesChannel]
    withdrawal_fee_free: frozenset[ItemCondition]
    accepted_conditions: frozenset[ItemCondition]
    fee_percent: dict[ItemCondition, Decimal]
    category_fee_percent: dict[str, dict[ItemCondition, Decimal]]
    due_days: int

    def restocking_percent(self, category: str, condition: ItemCondition) -> Decimal:
        return self.category_fee_percent.get(category, {}).get(condition, self.fee_percent.get(condition, Decimal(0)))


@dataclass(frozen=True)
class WarrantyRules:
    default_legal_months: int
    legal: tuple[LegalGuarantee, ...]
    not_covered_causes: frozenset[str]
    repair_cover_months: int
    replacement_cover: str  # "remaining" or "restart"
    due_days: int

    def legal_guarantee(self, country: str, purchased_on: date) -> tuple[int, Said]:
        """Months of legal guarantee for goods bought on `purchased_on` in `country`, and where that comes from."""
        rules = [r for r in self.legal if r.country == country.upper() and r.since <= purchased_on]
        if not rules:
            return self.default_legal_months, say("legal minimum")
        rule = max(rules, key=lambda r: r.since)
        return rule.months, say("legal guarantee in {country} for goods bought from {since:%Y-%m-%d}",
                                country=rule.country, since=rule.since)


@dataclass(frozen=True)
class ApprovalRules:
    remind_after_minutes: int
    escalate_after_minutes: int
    expire_after_hours: int


@dataclass(frozen=True)
class AfterSalesRules:
    returns: ReturnRules
    warranty: WarrantyRules
    approvals: ApprovalRules


def parse_rules(text: str) -> AfterSalesRules:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(say("The rules file is not valid TOML: {problem}", problem=str(exc))) from None
    return rules_from_dict(data)


@cache
def default_rules() -> AfterSalesRules:
    return parse_rules(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))


def default_rules_text() -> str:
    return DEFAULT_RULES_FILE.read_text(encoding="utf-8")


def rules_from_dict(data: dict[str, Any]) -> AfterSalesRules:
    returns = _table(data, "returns")
    warranty = _table(data, "warranty")
    approvals = _table(data, "approvals")
    fees = _table(returns, "restocking_fee", "returns.")
    categories = fees.get("categories", {})
    if not isinstance(categories, dict):
        raise InvalidInput(say("returns.restocking_fee.categories must be a table of "
                               "category = {{ condition = percent }}."))
    return AfterSalesRules(
        returns=ReturnRules(
            withdrawal_days=_int(returns, "withdrawal_days", "returns.", 0, 365),
            withdrawal_channels=frozenset(_enums(returns, "withdrawal_channels", SalesChannel, "returns.")),
            withdrawal_fee_free=frozenset(_enums(returns, "withdrawal_fee_free", ItemCondition, "returns.")),
            accepted_conditions=frozenset(_enums(returns, "accepted_conditions", ItemCondition, "returns.")),
            fee_percent=_percents(fees.get("default", {}), "returns.restocking_fee.default"),
            category_fee_percent={
                str(name): _percents(value, f"returns.restocking_fee.categories.{name}")
                for name, value in categories.items()
            },
            due_days=_int(returns, "due_days", "returns.", 1, 365),
        ),
        warranty=WarrantyRules(
            default_legal_months=_int(warranty, "default_legal_months", "warranty.", 0, 240),
            legal=tuple(_legal(item, i) for i, item in enumerate(warranty.get("legal", []), start=1)),
            not_covered_causes=frozenset(_strings(warranty, "not_covered_causes", "warranty.")),
            repair_cover_months=_int(warranty, "repair_cover_months", "warranty.", 0, 240),
            replacement_cover=_choice(warranty, "replacement_cover", REPLACEMENT_COVER, "warranty."),
            due_days=_int(warranty, "due_days", "warranty.", 1, 365),
        ),
        approvals=ApprovalRules(
            remind_after_minutes=_int(approvals, "remind_after_minutes", "approvals.", 1, 10080),
            escalate_after_minutes=_int(approvals, "escalate_after_minutes", "approvals.", 1, 10080),
            expire_after_hours=_int(approvals, "expire_after_hours", "approvals.", 1, 2160),
        ),
    )


# --- checks, each naming the setting that is wrong ------------------------------------------------


def _table(data: dict[str, Any], key: str, prefix: str = "") -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise InvalidInput(say("The rules need a [{setting}] table.", setting=prefix + key))
    return value


def _int(data: dict[str, Any], key: str, prefix: str, low: int, high: int) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInput(say("{setting} must be a whole number from {low} to {high}.", setting=prefix + key, low=low,
                               high=high))  # fmt: skip
    return value


def _strings(data: dict[str, Any], key: str, prefix: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InvalidInput(say("{setting} must be a list of words.", setting=prefix + key))
    return [v.strip() for v in value]


def _enums(data: dict[str, Any], key: str, enum: type, prefix: str) -> list[Any]:
    result = []
    for value in _strings(data, key, prefix):
        try:
            result.append(enum(value))
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise InvalidInput(say("{setting}: '{value}' is not one of {allowed}.", setting=prefix + key, value=value,
                                   allowed=allowed)) from None  # fmt: skip
    return result


def _choice(data: dict[str, Any], key: str, allowed: tuple[str, ...], prefix: str) -> str:
    value = data.get(key)
    if value not in allowed:
        raise InvalidInput(say("{setting} must be one of {allowed}.", setting=prefix + key, allowed=", ".join(allowed)))
    return str(value)


def _percents(table: object, where: str) -> dict[ItemCondition, Decimal]:
    if not isinstance(table, dict):
        raise InvalidInput(say("{setting} must be a table of condition = percent.", setting=where))
    result = {}
    for name, value in table.items():
        try:
            condition = ItemCondition(name)
        except ValueError:
            raise InvalidInput(say("{setting}: '{name}' is not a condition.", setting=where, name=str(name))) from None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            raise InvalidInput(say("{setting} must be a percent from 0 to 100.", setting=f"{where}.{name}"))
        result[condition] = Decimal(str(value))
    return result


def _legal(item: object, number: int) -> LegalGuarantee:
    if not isinstance(item, dict):
        raise InvalidInput(say("warranty.legal rule {number} must be a table with country, from and months.",
                               number=number))  # fmt: skip
    country, since, months = item.get("country"), item.get("from"), item.get("months")
    if not isinstance(country, str) or len(country) != 2 or not country.isalpha():
        raise InvalidInput(say("warranty.legal rule {number}: country must be a two-letter code such as ES.",
                               number=number))  # fmt: skip
    if not isinstance(since, date) or isinstance(since, datetime):
        raise InvalidInput(say("warranty.legal rule {number}: from must be a date such as 2022-01-01.", number=number))
    if not isinstance(months, int) or isinstance(months, bool) or not 0 < months <= 240:
        raise InvalidInput(say("warranty.legal rule {number}: months must be a whole number from 1 to 240.",
                               number=number))  # fmt: skip
    return LegalGuarantee(country.upper(), since, months)

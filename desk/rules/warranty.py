"""Is this fault covered? The entitlement verdict of a warranty claim, as one pure function.

Cover starts on the day of purchase (store sales) or of delivery (web and phone orders), in the store's time
zone, and lasts the longer of the legal guarantee (by country and purchase date, from the rules) and the
product's commercial warranty; the last day is covered. On top of that:
- a serial sold on the line must be the one brought in, or the replacement an earlier claim handed over;
- causes no guarantee covers (accidental damage, liquid, misuse, wear) give "not covered" whatever the dates;
- a fault repaired under an earlier claim stays covered `repair_cover_months` after the repaired item was handed
  back, even after the original cover ends;
- a replacement item keeps the original cover ("remaining") or starts a new legal period ("restart").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desk.enums import Entitlement, SalesChannel
from desk.rules.dates import add_months, local_date
from desk.rules.returns import PurchasedLine
from desk.rules.settings import WarrantyRules
from desk.text import normalise_identifier

FAULT = "fault"  # the cause of an ordinary defect; other causes come from the rules' not_covered_causes


@dataclass(frozen=True)
class PriorClaim:
    """An earlier warranty claim on the same order line."""

    case_number: str
    resolution: str | None  # repair, replace, refund
    replacement_serial: str | None
    replaced_on: date | None
    replacement_cover_until: date | None
    repair_cover_until: date | None


@dataclass(frozen=True)
class WarrantyAsk:
    serial_number: str | None
    cause: str = FAULT
    same_fault_as: str | None = None  # case number of an earlier repair of this same fault


@dataclass(frozen=True)
class WarrantyVerdict:
    entitlement: Entitlement
    cover_starts: date | None
    legal_until: date | None
    commercial_until: date | None
    cover_until: date | None
    reasons: tuple[str, ...]
    replacement_of: str | None = None  # the claim whose replacement item this is

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


def warranty_verdict(
    line: PurchasedLine | None,
    ask: WarrantyAsk,
    rules: WarrantyRules,
    now: datetime,
    prior: Sequence[PriorClaim] = (),
) -> WarrantyVerdict:
    if line is None:
        return WarrantyVerdict(
            Entitlement.OUT_OF_WARRANTY, None, None, None, None,
            ("No purchase on file: the cover cannot be shown. Quote the repair, or grant it as a decision.",),
        )  # fmt: skip
    today = local_date(now, line.store_timezone)
    reasons: list[str] = []
    given = normalise_identifier(ask.serial_number or "")
    replaced = next((p for p in prior if p.replacement_serial and p.replacement_serial == given), None)
    if line.serial_number and given and given != line.serial_number and replaced is None:
        return WarrantyVerdict(
            Entitlement.NOT_COVERED, None, None, None, None,
            (f"Serial {given} is neither the one sold on order {line.order_number} ({line.serial_number}) nor a "
             "replacement handed over for it.",),
        )  # fmt: skip
    if line.serial_number and not given:
        reasons.append(f"Serial not given yet (sold: {line.serial_number}).")
    elif line.serial_number:
        reasons.append("Serial matches the one sold." if replaced is None else
                       f"Serial {given} is the replacement handed over under {replaced.case_number}.")  # fmt: skip

    start = _cover_start(line)
    bought_on = local_date(line.ordered_at, line.store_timezone)
    legal_months, legal_source = rules.legal_guarantee(line.country, bought_on)
    legal_until = add_months(start, legal_months)
    commercial_until = add_months(start, line.warranty_months) if line.warranty_months else None
    if replaced is not None and replaced.replacement_cover_until is not None:
        legal_until = replaced.replacement_cover_until
        commercial_until = None
        reasons.append(f"The replacement is covered until {legal_until:%d/%m/%Y} ({rules.replacement_cover} rule).")
    cover_until = max(d for d in (legal_until, commercial_until) if d is not None)

    if ask.cause != FAULT:
        if ask.cause in rules.not_covered_causes:
            reasons.append(f"{ask.cause.replace('_', ' ').capitalize()} is not covered by any guarantee.")
            return WarrantyVerdict(Entitlement.NOT_COVERED, start, legal_until, commercial_until, cover_until,
                                   tuple(reasons), replaced.case_number if replaced else None)  # fmt: skip
        reasons.append(f"Cause given: {ask.cause.replace('_', ' ')}.")

    replacement_of = replaced.case_number if replaced else None
    if today <= cover_until:
        if replaced is None:
            covering = "legal" if commercial_until is None or legal_until >= commercial_until else "commercial"
            if covering == "legal":
                reasons.append(f"In warranty: {legal_months}-month {legal_source}, until {legal_until:%d/%m/%Y}.")
            else:
                reasons.append(
                    f"In warranty: the brand's {line.warranty_months}-month warranty, until {commercial_until:%d/%m/%Y}"
                    f" (the legal guarantee ended on {legal_until:%d/%m/%Y})."
                    if today > legal_until else
                    f"In warranty: the brand's {line.warranty_months}-month warranty, until {commercial_until:%d/%m/%Y}."
                )  # fmt: skip
        return WarrantyVerdict(Entitlement.IN_WARRANTY, start, legal_until, commercial_until, cover_until,
                               tuple(reasons), replacement_of)  # fmt: skip

    repaired = next((p for p in prior if ask.same_fault_as and p.case_number == ask.same_fault_as), None)
    if repaired is not None and repaired.repair_cover_until is not None and today <= repaired.repair_cover_until:
        reasons.append(
            f"The fault repaired under {repaired.case_number} stays covered until "
            f"{repaired.repair_cover_until:%d/%m/%Y}."
        )
        return WarrantyVerdict(Entitlement.IN_WARRANTY, start, legal_until, commercial_until,
                               repaired.repair_cover_until, tuple(reasons), replacement_of)  # fmt: skip
    if ask.same_fault_as and repaired is None:
        reasons.append(f"{ask.same_fault_as} is not an earlier repair of this item.")
    days = (today - cover_until).days
    reasons.append(f"Out of warranty: cover ended on {cover_until:%d/%m/%Y} ({days} day{'s' if days != 1 else ''} ago).")
    return WarrantyVerdict(Entitlement.OUT_OF_WARRANTY, start, legal_until, commercial_until, cover_until,
                           tuple(reasons), replacement_of)  # fmt: skip


def repair_cover_until(handed_back_on: date, rules: WarrantyRules) -> date | None:
    """Until when a repaired fault stays covered, counted from the day the repaired item was handed back."""
    return add_months(handed_back_on, rules.repair_cover_months) if rules.repair_cover_months else None


def replacement_cover_until(
    original_cover_until: date | None, replaced_on: date, country: str, rules: WarrantyRules
) -> date:
    """The cover of a replacement item, by the rules' `replacement_cover`."""
    if rules.replacement_cover == "restart" or original_cover_until is None:
        months, _ = rules.legal_guarantee(country, replaced_on)
        return add_months(replaced_on, months)
    return max(original_cover_until, replaced_on)


def _cover_start(line: PurchasedLine) -> date:
    if line.channel != SalesChannel.STORE and line.delivered_at is not None:
        return local_date(line.delivered_at, line.store_timezone)
    return local_date(line.ordered_at, line.store_timezone)

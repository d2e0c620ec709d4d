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
from desk.messages import Said, say
from desk.rules.dates import add_months, local_date
from desk.rules.returns import PurchasedLine
from desk.rules.settings import WarrantyRules
from desk.text import normalise_identifier

FAULT = "fault"  # the cause of an ordinary defect; other causes come from the rules' not_covered_causes
# The causes the desk offers, in words (a cause the rules file adds is written as its code).
CAUSE_NAME = {"accidental_damage": say("accidental damage"), "liquid_damage": say("liquid damage"),
              "misuse": say("misuse"), "normal_wear": say("normal wear")}  # fmt: skip


def cause_name(code: str) -> str:
    return CAUSE_NAME.get(code) or code.replace("_", " ")


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
    reasons: tuple[Said, ...]
    replacement_of: str | None = None  # the claim whose replacement item this is

    @property
    def text(self) -> Said:
        """The reasons one after the other, as one Said (stored with the claim and its line)."""
        return together(self.reasons)


def together(reasons: Sequence[str]) -> Said:
    """Whole sentences one after the other, each kept with its wording."""
    if not reasons:
        return say("{text}", text="")
    text = reasons[-1] if isinstance(reasons[-1], Said) else say("{text}", text=reasons[-1])
    for reason in reversed(reasons[:-1]):
        text = say("{reason} {more}", reason=reason, more=text)
    return text


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
            (say("No purchase on file: the cover cannot be shown. Quote the repair, or grant it as a decision."),),
        )  # fmt: skip
    today = local_date(now, line.store_timezone)
    reasons: list[Said] = []
    given = normalise_identifier(ask.serial_number or "")
    replaced = next((p for p in prior if p.replacement_serial and p.replacement_serial == given), None)
    if line.serial_number and given and given != line.serial_number and replaced is None:
        return WarrantyVerdict(
            Entitlement.NOT_COVERED, None, None, None, None,
            (say("Serial {given} is neither the one sold on order {order} ({sold}) nor a replacement handed over "
                 "for it.", given=given, order=line.order_number, sold=line.serial_number),),
        )  # fmt: skip
    if line.serial_number and not given:
        reasons.append(say("Serial not given yet (sold: {sold}).", sold=line.serial_number))
    elif line.serial_number:
        reasons.append(say("Serial matches the one sold.") if replaced is None else
                       say("Serial {given} is the replacement handed over under {case}.", given=given,
                           case=replaced.case_number))  # fmt: skip

    start = _cover_start(line)
    bought_on = local_date(line.ordered_at, line.store_timezone)
    legal_months, legal_source = rules.legal_guarantee(line.country, bought_on)
    legal_until = add_months(start, legal_months)
    commercial_until = add_months(start, line.warranty_months) if line.warranty_months else None
    if replaced is not None and replaced.replacement_cover_until is not None:
        legal_until = replaced.replacement_cover_until
        commercial_until = None
        if rules.replacement_cover == "restart":
            reasons.append(say("The replacement is covered until {until:%d/%m/%Y} (restart rule).", until=legal_until))
        else:
            reasons.append(say("The replacement is covered until {until:%d/%m/%Y} (remaining rule).",
                               until=legal_until))
    cover_until = max(d for d in (legal_until, commercial_until) if d is not None)

    if ask.cause != FAULT:
        if ask.cause in rules.not_covered_causes:
            reasons.append(say("Not covered by any guarantee: {cause}.", cause=cause_name(ask.cause)))
            return WarrantyVerdict(Entitlement.NOT_COVERED, start, legal_until, commercial_until, cover_until,
                                   tuple(reasons), replaced.case_number if replaced else None)  # fmt: skip
        reasons.append(say("Cause given: {cause}.", cause=cause_name(ask.cause)))

    replacement_of = replaced.case_number if replaced else None
    if today <= cover_until:
        if replaced is None:
            covering = "legal" if commercial_until is None or legal_until >= commercial_until else "commercial"
            if covering == "legal":
                reasons.append(say("In warranty: {months}-month {source}, until {until:%d/%m/%Y}.", months=legal_months,
                                   source=legal_source, until=legal_until))
            else:
                reasons.append(
                    say("In warranty: the brand's {months}-month warranty, until {until:%d/%m/%Y} (the legal "
                        "guarantee ended on {legal:%d/%m/%Y}).", months=line.warranty_months, until=commercial_until,
                        legal=legal_until)
                    if today > legal_until else
                    say("In warranty: the brand's {months}-month warranty, until {until:%d/%m/%Y}.",
                        months=line.warranty_months, until=commercial_until)
                )  # fmt: skip
        return WarrantyVerdict(Entitlement.IN_WARRANTY, start, legal_until, commercial_until, cover_until,
                               tuple(reasons), replacement_of)  # fmt: skip

    repaired = next((p for p in prior if ask.same_fault_as and p.case_number == ask.same_fault_as), None)
    if repaired is not None and repaired.repair_cover_until is not None and today <= repaired.repair_cover_until:
        reasons.append(say("The fault repaired under {case} stays covered until {until:%d/%m/%Y}.",
                           case=repaired.case_number, until=repaired.repair_cover_until))
        return WarrantyVerdict(Entitlement.IN_WARRANTY, start, legal_until, commercial_until,
                               repaired.repair_cover_until, tuple(reasons), replacement_of)  # fmt: skip
    if ask.same_fault_as and repaired is None:
        reasons.append(say("{case} is not an earlier repair of this item.", case=ask.same_fault_as))
    days = (today - cover_until).days
    if days == 1:
        reasons.append(say("Out of warranty: cover ended on {until:%d/%m/%Y} ({days} day ago).", until=cover_until,
                           days=days))
    else:
        reasons.append(say("Out of warranty: cover ended on {until:%d/%m/%Y} ({days} days ago).", until=cover_until,
                           days=days))
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

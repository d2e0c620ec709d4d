"""May this purchased line be returned, and for how much? One pure function, `assess_return`.

The rules, in the order they are applied:
- the window starts on the day of purchase (store sales) or of delivery (web and phone orders), in the store's
  time zone, and ends at the end of the day `return_window_days` later;
- distance sales also have the legal right of withdrawal (`withdrawal_days` from delivery), whatever the
  store's window says; inside it, unopened and opened items carry no restocking fee;
- no more can be returned than was bought, less what earlier returns took back;
- a serial number sold on the line must be the one handed back;
- inside the window, some conditions are accepted (others need an exception); outside it, every line needs one;
- the restocking fee is a percent of the value by category and condition.
An exception is not a refusal: the agent may still accept the line, and that acceptance is a decision checked
against the empowerment policy. A line is refused outright only when it cannot be right (quantity, serial).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desk.enums import ItemCondition, SalesChannel
from desk.messages import Said, say
from desk.rules.dates import local_date
from desk.rules.settings import ReturnRules
from desk.text import normalise_identifier

CENT = Decimal("0.01")


@dataclass(frozen=True)
class PurchasedLine:
    """What the desk knows of one order line (plain data, read by desk.purchases)."""

    order_line_id: int
    order_number: str
    channel: SalesChannel
    ordered_at: datetime
    delivered_at: datetime | None
    store_timezone: str
    product_id: int
    product_name: str
    sku: str
    category: str
    return_window_days: int
    warranty_months: int
    serialised: bool
    quantity: int
    already_returned: int
    unit_price: Decimal
    currency: str
    serial_number: str | None
    country: str = "ES"
    customer_id: int | None = None
    order_id: int | None = None

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.already_returned)


@dataclass(frozen=True)
class ReturnAsk:
    quantity: int
    condition: ItemCondition
    serial_number: str | None = None


@dataclass(frozen=True)
class ReturnVerdict:
    refusals: tuple[Said, ...]  # why it cannot be returned at all (quantity, serial): change the line or leave it out
    needs_exception: bool  # outside the window, or a condition not accepted: only as an exception (a decision)
    window_ends: date | None  # last day of the store's window (None before delivery)
    withdrawal_ends: date | None  # last day of the legal withdrawal (distance sales, once delivered)
    days_past_window: int
    value: Decimal  # unit price x quantity
    restocking_fee: Decimal
    refund: Decimal  # value - fee
    reasons: tuple[Said, ...]

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    @property
    def returnable(self) -> bool:
        """Returnable as things stand, without an exception."""
        return not self.refused and not self.needs_exception


def assess_return(line: PurchasedLine, ask: ReturnAsk, rules: ReturnRules, now: datetime) -> ReturnVerdict:
    today = local_date(now, line.store_timezone)
    refusals: list[Said] = []
    if line.remaining == 0:
        refusals.append(say("All {quantity} bought on this line have already been returned.", quantity=line.quantity))
    elif ask.quantity < 1:
        refusals.append(say("Return at least one item."))
    elif ask.quantity > line.remaining:
        if line.already_returned:
            refusals.append(say("Only {remaining} of {quantity} can still be returned ({returned} already returned).",
                                remaining=line.remaining, quantity=line.quantity, returned=line.already_returned))
        else:
            refusals.append(say("Only {quantity} were bought on this line.", quantity=line.quantity))
    serial_note = _serial_check(line, ask, refusals)
    reasons: list[Said] = [*refusals, *([serial_note] if serial_note else [])]

    start = _window_start(line)
    window_ends = start + timedelta(days=line.return_window_days) if start else None
    withdrawal_ends = None
    if line.channel in rules.withdrawal_channels and line.delivered_at is not None:
        withdrawal_ends = local_date(line.delivered_at, line.store_timezone) + timedelta(days=rules.withdrawal_days)

    in_window = window_ends is None or today <= window_ends
    in_withdrawal = withdrawal_ends is not None and today <= withdrawal_ends
    days_past = 0 if in_window or window_ends is None else (today - window_ends).days
    if window_ends is None:
        reasons.append(say("Not delivered yet: the return window has not started."))
    elif in_window:
        reasons.append(say("Inside the {days}-day return window (until {until:%d/%m/%Y}).",
                           days=line.return_window_days, until=window_ends))
    elif days_past == 1:
        reasons.append(say("The {days}-day return window ended on {ended:%d/%m/%Y} (1 day ago).",
                           days=line.return_window_days, ended=window_ends))
    else:
        reasons.append(say("The {days}-day return window ended on {ended:%d/%m/%Y} ({ago} days ago).",
                           days=line.return_window_days, ended=window_ends, ago=days_past))
    if in_withdrawal:
        reasons.append(say("Distance sale: the legal {days}-day right of withdrawal runs until {until:%d/%m/%Y}.",
                           days=rules.withdrawal_days, until=withdrawal_ends))

    condition_ok = ask.condition in rules.accepted_conditions or in_withdrawal
    needs_exception = not (in_window or in_withdrawal) or not condition_ok
    if not condition_ok:
        reasons.append(say("Condition {condition} is not accepted without an exception.", condition=ask.condition))
    if not (in_window or in_withdrawal):
        reasons.append(say("Outside the window: it can only be accepted as an exception."))

    value = (line.unit_price * max(ask.quantity, 0)).quantize(CENT)
    if in_withdrawal and ask.condition in rules.withdrawal_fee_free:
        percent = Decimal(0)
    else:
        percent = rules.restocking_percent(line.category, ask.condition)
    fee = (value * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    if fee:
        reasons.append(say("Restocking fee {percent:f}% for {condition} items.", percent=percent.normalize(),
                           condition=ask.condition))
    return ReturnVerdict(
        refusals=tuple(refusals),
        needs_exception=needs_exception,
        window_ends=window_ends,
        withdrawal_ends=withdrawal_ends,
        days_past_window=days_past,
        value=value,
        restocking_fee=fee,
        refund=value - fee,
        reasons=tuple(reasons),
    )


def _window_start(line: PurchasedLine) -> date | None:
    """Store sales count from the purchase; web and phone orders from delivery (None while on the way)."""
    if line.channel == SalesChannel.STORE:
        return local_date(line.ordered_at, line.store_timezone)
    if line.delivered_at is None:
        return None
    return local_date(line.delivered_at, line.store_timezone)


def _serial_check(line: PurchasedLine, ask: ReturnAsk, refusals: list[Said]) -> Said | None:
    """Adds a refusal when the serial is missing or wrong; returns a note when it matches."""
    given = normalise_identifier(ask.serial_number or "")
    if line.serial_number:
        if not given:
            refusals.append(say("Scan or type the serial number (sold with serial {serial}).",
                                serial=line.serial_number))
        elif given != line.serial_number:
            refusals.append(say("Serial {given} is not the one sold on this line ({sold}).", given=given,
                                sold=line.serial_number))
        else:
            return say("Serial number matches the one sold.")
    elif line.serialised and not given:
        refusals.append(say("Serialised product: record the serial number handed back."))
    return None

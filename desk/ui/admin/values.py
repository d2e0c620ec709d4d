"""What the limits screen reads and writes: amounts typed either way, days, and the words for kinds and roles.

Plain functions of plain data (no widgets), so the rules of the form are tested without a window. Amounts are read
the way people in a Spanish shop type them, in Spanish ("1.500,50") or English ("1,500.50") style; a number whose
one separator is followed by exactly three digits ("1.500", "1,500") means a thousand times more in one style than
in the other, so it is refused with both readings rather than guessed. The service then has the last word
(desk.policy.parse_amount): negative, absurd or over-precise amounts come back with its message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desk.enums import DecisionKind, RoleCode
from desk.errors import InvalidInput
from desk.policy import Limit, parse_amount
from desk.ui.formatting import decision_kind_label as kind_label  # noqa: F401 - the screen's name for it
from desk.ui.formatting import format_money

_SEPARATOR = re.compile(r"[.,]")


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def read_amount(text: str, field: str) -> Decimal | None:
    """A typed amount as the service reads it; empty means no cap (None)."""
    typed = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not typed:
        return None
    marks = set(_SEPARATOR.findall(typed))
    if len(marks) == 2:  # 1.500,50 or 1,500.50: the last mark is the decimal one, the other groups thousands
        decimal_mark = typed[max(typed.rfind(","), typed.rfind("."))]
        group = "." if decimal_mark == "," else ","
        if re.fullmatch(rf"-?\d{{1,3}}(\{group}\d{{3}})+\{decimal_mark}\d+", typed):
            typed = typed.replace(group, "").replace(decimal_mark, ".")
    elif len(marks) == 1:
        mark = marks.pop()
        whole, _, part = typed.partition(mark)
        if typed.count(mark) > 1 and re.fullmatch(rf"-?\d{{1,3}}(\{mark}\d{{3}})+", typed):
            typed = typed.replace(mark, "")  # 1.500.000: only thousands have more than one mark
        elif len(part) == 3 and part.isdigit() and whole.lstrip("-") not in ("", "0"):
            small = str(Decimal(f"{whole}.{part}").normalize()).replace(".", ",")
            raise InvalidInput(translate("admin", "{field}: “{text}” could mean {thousands} or {small}. Type {thousands} without a "
                                   "separator, or {whole},{cents} with two decimals.").format(
                field=field, text=text.strip(), thousands=whole + part, small=small, whole=whole,
                cents=part[:2]))  # fmt: skip
    return parse_amount(typed.replace(",", "."), field)


def read_days(text: str, field: str) -> int | None:
    """Days past the return window; empty means no cap. The service checks the range (0 to 365)."""
    typed = text.strip()
    if not typed:
        return None
    if not re.fullmatch(r"-?\d{1,6}", typed):
        raise InvalidInput(translate("admin", "{field}: type a whole number of days from 0 to 365, or leave it empty for no cap.")
                           .format(field=field))  # fmt: skip
    return int(typed)


@dataclass(frozen=True)
class Typed:
    """The form's boxes as typed, with the field names the messages use (translated on the GUI thread)."""

    per_decision: str
    per_agent_day: str
    per_customer_12m: str
    days_past_window: str
    names: tuple[str, str, str, str]


def build_limit(kind: DecisionKind, currency: str, typed: Typed) -> Limit:
    """The Limit the service saves; raises InvalidInput with the words to show beside the form."""
    per_decision = read_amount(typed.per_decision, typed.names[0])
    if per_decision is None:
        raise InvalidInput(translate("admin", "{field}: type the most that may be granted per decision (0 lets nobody grant it).")
                           .format(field=typed.names[0]))  # fmt: skip
    return Limit(
        kind=kind, currency=currency.strip().upper(), per_decision=per_decision,
        per_agent_day=read_amount(typed.per_agent_day, typed.names[1]),
        per_customer_12m=read_amount(typed.per_customer_12m, typed.names[2]),
        days_past_window=read_days(typed.days_past_window, typed.names[3]),
    )  # fmt: skip


def amount_text(amount: Decimal | None) -> str:
    """How the table shows an amount (its currency has a column of its own); empty for no cap."""
    return "" if amount is None else format_money(amount, "").strip()


def editable_text(amount: Decimal | None) -> str:
    """An amount put back in a box: no thousands separator, so it reads the same in either style."""
    return "" if amount is None else f"{amount:.2f}"


def role_label(role: RoleCode) -> str:
    return {RoleCode.AGENT: translate("admin", "Agents"), RoleCode.STORE_MANAGER: translate("admin", "Store managers"),
            RoleCode.SUPERVISOR: translate("admin", "Supervisors"),
            RoleCode.ADMINISTRATOR: translate("admin", "Administrators")}[RoleCode(role)]  # fmt: skip


def person_label(full_name: str | None, username: str | None) -> str:
    return f"{full_name} ({username})" if full_name and username else full_name or username or ""

"""The services' messages (desk.messages.Said) in the desk's language.

`spoken(x)` takes what a service handed over (a Said, a plain text, or an exception raised with one) and returns it
in the language of the installed translators: the template through QCoreApplication.translate("", ...), its values
written this language's way (amounts 1.234,56 in Spanish, enums as the desk's labels, nested messages worded too).
A translation that does not take the message's values (a translator's typo) falls back to the English text rather
than showing a broken sentence.
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk import enums
from desk.messages import Said, said_in
from desk.ui import formatting

_LABELS = {
    enums.CaseState: formatting.state_label,
    enums.CaseKind: formatting.case_kind_label,
    enums.Channel: formatting.channel_label,
    enums.ItemCondition: formatting.condition_label,
    enums.RefundMethod: formatting.refund_method_label,
    enums.Entitlement: formatting.entitlement_label,
    enums.DecisionStatus: formatting.decision_status_label,
    enums.DecisionKind: formatting.decision_kind_label,
    enums.RoleCode: formatting.role_label,
    enums.EventKind: formatting.kind_label,
    enums.LoyaltyTier: formatting.tier_label,
    enums.ContactKind: formatting.contact_kind_label,
}
_PLACES = re.compile(r"^[,_]?\.(\d+)f$")


class _Number:
    """A Decimal in a sentence, written the desk language's way; a format spec's precision is kept."""

    def __init__(self, value: Decimal) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if not self.value.is_finite():
            return str(self.value)
        match = _PLACES.match(spec)
        exponent = self.value.as_tuple().exponent
        places = int(match.group(1)) if match else max(0, -exponent) if isinstance(exponent, int) else 0
        return formatting.format_number(self.value, places)


class _Count:
    """An int in a sentence: grouped the desk language's way when its spec asks for grouping ({n:,})."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if "," in spec and not spec.strip(",d"):
            return formatting.format_number(Decimal(self.value), 0)
        return format(self.value, spec)


class _Label:
    def __init__(self, text: str) -> None:
        self.text = text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def _local(value: Any, opens: bool) -> Any:
    if isinstance(value, Said):
        return _Label(spoken(value))
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return _Number(value)
    if isinstance(value, int) and not isinstance(value, enum.Enum):
        return _Count(value)
    if isinstance(value, enum.Enum):
        label = _LABELS.get(type(value))
        text = label(value) if label is not None else str(value.value).replace("_", " ")
        # A label is a heading ("Awaiting items"); inside a sentence it is a word ("it is now awaiting items").
        return _Label(text if opens else lower_first(text))
    if isinstance(value, datetime) and value.tzinfo is not None:
        return formatting.local_time(value)
    return value


def spoken(what: object) -> str:
    """`what` in the desk's language: a Said worded, an exception's message, any other text as it is."""
    said = said_in(what)
    if said is None:
        return str(what) if what is not None else ""
    template = QCoreApplication.translate("", said.template)
    try:
        return template.format(**{name: _local(value, name in _opening(template))
                                  for name, value in said.values.items()})  # fmt: skip
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(said)


def _opening(template: str) -> set[str]:
    """The placeholders that open the text or a sentence of it (after ". ", ": " or a line break)."""
    opening, before = set(), ""
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        before += literal
        if name is not None:
            if not before.strip() or before.rstrip(" ").endswith((".", ":", "\n", "!", "?", "·", "•")):
                opening.add(name)
            before += "x"
    return opening


def spoken_all(texts: Iterable[object], sep: str = " ") -> str:
    """Several messages (an evaluation's reasons) as one text."""
    return sep.join(spoken(text) for text in texts)


def lower_first(text: str) -> str:
    """A label inside a sentence: "Decision letter" -> "decision letter"."""
    return text[:1].lower() + text[1:]

"""The services' words for people, kept so that each desk can say them in its own language.

A service never hands a person a finished sentence in one language: it writes `say("Inside the {days}-day return
window (until {until:%d/%m/%Y}).", days=30, until=day)`. The result is a `Said`, which *is* the English text (a
str: logs, the command line, exports and older code read it as before) and also keeps its template and values. The
desk's screens word it in Spanish, Catalan or English through Qt's translations (desk.ui.wording): the template is a
Qt message of the unnamed context, found by lupdate because `say` is declared an alias of QT_TR_NOOP (Makefile,
`make translations`).

Values are kept typed, so each language writes them its own way: Decimal (amounts, 1.234,56 in Spanish), int,
date and datetime, an enum of desk.enums (worded as the desk's label for it) and a nested Said. Any other value is
shown as it is (names, order numbers, text people typed).

Texts stored in the database (a timeline title, a case's summary, the rules' assessment of a line) keep their
English text in their own column and the Said beside it as JSON (`to_json` / `from_json`), so an old or imported
row without one still shows its text.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desk import enums

class Said(str):
    """English text that remembers the template and values it was made from."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Said:
        text = template.format(**{name: english(value) for name, value in values.items()})
        self = super().__new__(cls, text)
        self.template = template
        self.values = dict(values)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (and copies) as itself, template and values included
        return (_rebuild, (self.template, self.values))

    def to_json(self) -> dict[str, Any]:
        return {"t": self.template, "v": {name: _encode(value) for name, value in self.values.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Said:
        return cls(data["t"], **{name: _decode(value) for name, value in data.get("v", {}).items()})


def say(template: str, /, **values: Any) -> Said:
    """A message for people: `template` is English with {named} placeholders (format specs allowed: {amount:.2f},
    {day:%d/%m/%Y}); lupdate collects it for translation."""
    return Said(template, **values)


def one_after_another(texts: Sequence[str], *, lines: bool = False) -> str:
    """Whole sentences one after the other (a space between them, or a line each), each worded on its own: a Said
    when the first one is."""
    if not texts:
        return ""
    joined = texts[0]
    for text in texts[1:]:
        joined = say("{first}\n{second}", first=joined, second=text) if lines else say("{first} {second}",
                                                                                          first=joined, second=text)
    return joined


def _rebuild(template: str, values: Mapping[str, Any]) -> Said:
    return Said(template, **values)


class _English:
    """An enum in an English sentence: its value with spaces ("pending approval")."""

    def __init__(self, member: enum.Enum) -> None:
        self.text = str(member.value).replace("_", " ")

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def english(value: Any) -> Any:
    return _English(value) if isinstance(value, enum.Enum) else value


def in_english(value: Any) -> str:
    """A value as the English text writes it: an enum as its value with spaces, a Said as its text."""
    return format(english(value), "")


def said_in(value: Any) -> Said | None:
    """The Said behind a text or an exception (a DeskError raised with one), if there is one."""
    if isinstance(value, BaseException):
        value = value.args[0] if len(value.args) == 1 else None
    return value if isinstance(value, Said) else None


def wording_of(text: str | None) -> dict[str, Any] | None:
    """What to store beside a text in the database: its Said as JSON, or None for a plain text."""
    return text.to_json() if isinstance(text, Said) else None


def stored(text: str, wording: Mapping[str, Any] | None) -> str:
    """A stored text back as a Said when its wording was kept (and still reads), else as it is."""
    if wording:
        try:
            return Said.from_json(wording)
        except (KeyError, ValueError, TypeError, AttributeError, IndexError):
            return text  # a template that no longer takes these values: the English stored with it still reads
    return text


def _encode(value: Any) -> Any:
    if isinstance(value, Said):
        return {"said": value.to_json()}
    if isinstance(value, enum.Enum):
        return {"enum": type(value).__name__, "value": value.value}
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return str(value)


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "said" in value:
        return Said.from_json(value["said"])
    if "enum" in value:
        kind = getattr(enums, value["enum"], None)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value["value"])
        return str(value["value"])
    if "decimal" in value:
        return Decimal(value["decimal"])
    if "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    if "date" in value:
        return date.fromisoformat(value["date"])
    raise ValueError(f"not a stored value: {value!r}")

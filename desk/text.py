"""Normalising what people type: names, emails, phones, identifiers, free text.

One function per rule, used by every writer (services, import, demo and scale data) and by search,
so that what is stored and what is looked up always agree.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from desk.errors import InvalidInput
from desk.messages import Said, say

# Catalan "l·l" and apostrophes join parts of one name; anything else that is not a letter or digit splits words.
_NON_WORD = re.compile(r"[^0-9a-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PHONE_CHARS = re.compile(r"^[+0-9 ()./\-]+$")
MAX_NAME_WORD = 80


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Begoña Martí' -> 'begona marti'.

    Compatibility forms are decomposed before and after case folding ('𝐀' -> 'A' -> 'a', 'ǅ' -> 'dž' -> 'dz'),
    so folding what is already folded changes nothing.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(text: str) -> list[str]:
    """The searchable words of a name, folded; 'Núria Puig-Ferré' -> ['nuria', 'puig', 'ferre']."""
    folded = fold(text).replace("·", "")
    return [w[:MAX_NAME_WORD] for w in _NON_WORD.split(folded) if w]


def normalise_name(text: str) -> str:
    return " ".join(name_words(text))


def normalise_email(text: str) -> str | None:
    """Lower-case email, or None when it is not a plausible address."""
    value = text.strip().lower()
    if len(value) > 254 or value.count("@") != 1:
        return None
    local, _, domain = value.partition("@")
    if not local or "." not in domain or any(ch.isspace() for ch in value):
        return None
    return value


def looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return 6 <= digits <= 17 and bool(_PHONE_CHARS.match(text.strip()))


def normalise_phone(text: str, region: str = "ES") -> str | None:
    """E.164 ('+34612345678') for any common way of writing a number, or None if it is not one."""
    if not looks_like_phone(text):
        return None
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_identifier(text: str) -> str:
    """Order, receipt and serial numbers as stored: upper-case, no spaces."""
    return "".join(text.split()).upper()


def clean_text(value: str | None, field: str, *, max_length: int, required: bool = True) -> str:
    """Free text an agent typed, trimmed; refused with a readable message when it cannot be stored.

    `field` names the field for people: say("Summary"), so the message is worded in the desk's language.
    """
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(say("{field} is empty; please fill it in.", field=field))
    if _CONTROL.search(text):
        raise InvalidInput(say("{field} contains invisible control characters; please retype it.", field=field))
    if len(text) > max_length:
        raise InvalidInput(say("{field} is too long ({length} characters; at most {most}).", field=field,
                              length=len(text), most=max_length))
    return value if isinstance(value, Said) and text == value else text  # a service's own text keeps its wording


def strip_control(text: str) -> str:
    """For search boxes: control characters (a pasted NUL, a tab) become spaces instead of errors."""
    return _CONTROL.sub(" ", text).replace("\t", " ")


SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before them) as a formula;
    a leading apostrophe keeps it text. For every CSV or workbook the desk writes."""
    return "'" + text if text[:1] in SPREADSHEET_TRIGGERS else text

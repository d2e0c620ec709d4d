"""Normalisation rules, without a database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.errors import InvalidInput
from desk.text import clean_text, fold, name_words, normalise_email, normalise_identifier, normalise_phone


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Begoña García", ["begona", "garcia"]),
        ("Núria Puig-Ferré", ["nuria", "puig", "ferre"]),
        ("Jordi Puig i Col·lell", ["jordi", "puig", "i", "collell"]),
        ("  MARTÍ  ", ["marti"]),
        ("O'Brien & Sons, S.L.", ["o", "brien", "sons", "s", "l"]),
        ("🙂", []),
    ],
)
def test_name_words_fold_accents_case_and_punctuation(typed: str, words: list[str]) -> None:
    assert name_words(typed) == words


@pytest.mark.parametrize("typed", ["612 34 56 78", "+34612345678", "0034 612-345-678", "(+34) 612.34.56.78"])
def test_spanish_mobile_in_any_format_is_one_e164_number(typed: str) -> None:
    assert normalise_phone(typed, "ES") == "+34612345678"


@pytest.mark.parametrize("typed", ["", "12345", "phone me", "612 34 56 78 ext 3", "+" + "9" * 30])
def test_non_phones_are_not_phones(typed: str) -> None:
    assert normalise_phone(typed) is None


def test_emails_are_lower_cased_and_implausible_ones_refused() -> None:
    assert normalise_email("  Maria.Garcia@Example.COM ") == "maria.garcia@example.com"
    for bad in ["maria", "maria@", "@x.es", "a@b@c.es", "a b@c.es", "maria@localhost"]:
        assert normalise_email(bad) is None


def test_identifiers_are_upper_case_without_spaces() -> None:
    assert normalise_identifier(" w-2024 000123 ") == "W-2024000123"


def test_clean_text_refuses_empty_control_and_long_text_with_readable_messages() -> None:
    assert clean_text("  hola 🙂 ", "Summary", max_length=10) == "hola 🙂"
    with pytest.raises(InvalidInput, match="Summary is empty"):
        clean_text("   ", "Summary", max_length=10)
    with pytest.raises(InvalidInput, match="control characters"):
        clean_text("a\x00b", "Summary", max_length=10)
    with pytest.raises(InvalidInput, match="too long"):
        clean_text("x" * 11, "Summary", max_length=10)


@given(st.text(max_size=200))
def test_folding_is_idempotent_and_words_are_plain_ascii_alnum(text: str) -> None:
    words = name_words(text)
    assert name_words(" ".join(words)) == words
    assert all(w.isascii() and w.isalnum() for w in words)
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(("typed", "folded"), [("𝐀", "a"), ("ǅ", "dz"), ("ﬁ", "fi"), ("Straße", "strasse")])
def test_folding_handles_compatibility_forms_before_case(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_spreadsheet_safe_keeps_formulas_as_text() -> None:
    from desk.text import spreadsheet_safe

    for hostile in ("=SUM(A1)", "+34 612", "-1", "@cmd", "\t=1", "\r=1"):
        assert spreadsheet_safe(hostile) == "'" + hostile
    assert spreadsheet_safe("Lavadora 6 kg") == "Lavadora 6 kg" and spreadsheet_safe("") == ""

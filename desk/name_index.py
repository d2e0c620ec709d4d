"""The table of distinct name words and their one-deletion variants, for typo-tolerant name search.

Two words one edit apart (a wrong, missing, extra or swapped letter) always share a one-deletion
variant, so the candidates for a mistyped word are found through the primary key of
name_word_variant, on either database, without reading customers. Candidates are then confirmed
with a true edit distance.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk.models import NameWord, NameWordVariant

MIN_TYPO_LENGTH = 4  # shorter words have too many neighbours one letter away to guess from


def deletion_variants(word: str) -> set[str]:
    """The word itself and every string made by deleting one of its letters."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance <= 1 (a swap of neighbouring letters counts as one edit)."""
    return OSA.distance(a, b, score_cutoff=1) <= 1


def insert_ignoring_duplicates(session: Session, model: type, rows: list[dict[str, str]]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(model).on_conflict_do_nothing(), rows)


def index_words(session: Session, words: Iterable[str]) -> None:
    """Make sure every word (already folded) is in the name-word tables."""
    new_words = sorted(set(words))
    if not new_words:
        return
    known = set(session.scalars(select(NameWord.word).where(NameWord.word.in_(new_words))))
    missing = [w for w in new_words if w not in known]
    insert_ignoring_duplicates(session, NameWord, [{"word": w} for w in missing])
    variants = [{"variant": v, "word": w} for w in missing for v in sorted(deletion_variants(w))]
    insert_ignoring_duplicates(session, NameWordVariant, variants)


def corrections(session: Session, typed: str) -> list[str]:
    """Known name words within one edit of `typed` (not including `typed` itself), closest first."""
    if len(typed) < MIN_TYPO_LENGTH:
        return []
    rows = session.scalars(
        select(NameWordVariant.word).where(NameWordVariant.variant.in_(sorted(deletion_variants(typed))))
    )
    found = {w for w in rows if w != typed and within_one_edit(w, typed)}
    return sorted(found)

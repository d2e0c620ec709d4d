"""Customer search: one box for a name, phone, email, order, receipt, serial or customer number.

Tiers, strongest first (SearchHit.rank):
  0  an exact identifier: phone, email, order/receipt/serial/customer/case number (b-tree lookups);
  1  a name whose words include every query word whole ('marti' finds Martí);
  2  a name whose words start with every query word ('marti' finds Martínez, 'begona garc' Begoña García);
  3  the same with one typo per word corrected through the name-word index (desk.name_index).
Name tiers read the database's full-text index (FTS5 `customer_fts` on SQLite, the GIN index on
`to_tsvector('simple', search_name)` on PostgreSQL), each fetching a bounded candidate set; the
final order (rank, then name, then id) is decided here. A customer found several ways appears once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement, Integer, Row, Select, String, and_, bindparam, cast, column, func, literal, literal_column, null, or_,
    select, table, text, union_all,
)  # fmt: skip
from sqlalchemy.orm import Session

from desk import name_index
from desk.db import Database
from desk.enums import CaseKind, CaseState, ContactKind
from desk.messages import say
from desk.models import Case, CaseLine, ContactPoint, Customer, NameWord, OrderLine, SalesOrder
from desk.text import name_words, normalise_email, normalise_identifier, normalise_phone, strip_control

MAX_LIMIT = 50
MAX_QUERY = 200  # characters of the query that are looked at; the rest of a paste is ignored
MAX_NAME_TERMS = 12  # no name has more words; beyond this the query cannot be a name
CANDIDATES = 4 * MAX_LIMIT  # rows a name tier fetches from the index before ranking here
MAX_IDENTIFIER = 60  # the widest identifier column (serial numbers)
_IDENTIFIER = re.compile(r"^[\x21-\x7e]+$")  # identifiers are printed ASCII

_CUSTOMER_FTS = table("customer_fts", column("rowid"))  # SQLite's FTS5 index (migration 0001)

RANK_IDENTIFIER, RANK_WORD, RANK_PREFIX, RANK_TYPO = 0, 1, 2, 3


@dataclass(frozen=True)
class SearchHit:
    customer_id: int
    customer_number: str
    full_name: str
    matched_on: str  # phone, email, order number, receipt number, serial number, customer number, name, ...
    detail: str  # a short line shown under the name
    rank: int  # 0 = exact identifier; larger = weaker match
    case_id: int | None = None  # a case number was typed or scanned: the desk opens that case too


@dataclass(frozen=True)
class _Found:
    """A customer matched one way; `strength` orders matches of one rank (more whole words first)."""

    customer_id: int
    customer_number: str
    full_name: str
    search_name: str
    matched_on: str
    detail: str
    rank: int
    strength: int = 0
    case_id: int | None = None

    def key(self) -> tuple[int, int, str, str, int]:
        return (self.rank, -self.strength, self.search_name, self.full_name, self.customer_id)


def search_customers(db: Database, query: str, *, phone_region: str = "ES", limit: int = MAX_LIMIT) -> list[SearchHit]:
    """Customers matching what an agent typed, best first, at most `limit` (and never more than 50)."""
    limit = min(max(limit, 0), MAX_LIMIT)
    typed = _clean_query(query)
    if not typed or limit == 0:
        return []
    phone, email = normalise_phone(typed, phone_region), normalise_email(typed)
    # A query shaped like a phone or an email is not a name (names have neither '@' nor only digits).
    words = [] if phone or email else name_words(typed)
    with db.read() as session:
        best: dict[int, _Found] = {}
        _keep(best, _identifier_matches(session, typed, phone, email))
        if _could_be_name(words):
            # Each tier is weaker than the one before: a tier runs only while the result is not full.
            for tier in (_whole_word_matches, _prefix_matches, _typo_matches):
                if len(best) >= limit:
                    break
                _keep(best, tier(session, words))
        ranked = sorted(best.values(), key=_Found.key)[:limit]
        return _with_details(session, ranked)


def _clean_query(query: str) -> str:
    """The part of the query worth looking at: bounded, no control characters, valid UTF-8."""
    cut = strip_control((query or "")[:MAX_QUERY])
    return cut.encode("utf-8", "ignore").decode("utf-8").strip()  # drops lone surrogates


def _could_be_name(words: Sequence[str]) -> bool:
    """Single letters alone are too unselective to search names by (and no index holds 1-letter prefixes)."""
    return 0 < len(words) <= MAX_NAME_TERMS and max(map(len, words)) >= 2


def _keep(best: dict[int, _Found], found: Iterable[_Found]) -> None:
    for hit in found:
        current = best.get(hit.customer_id)
        if current is None or hit.key() < current.key():
            best[hit.customer_id] = hit


# --- identifiers ---------------------------------------------------------------------------------


def _identifier_matches(session: Session, typed: str, phone: str | None, email: str | None) -> list[_Found]:
    """Every identifier the text could be, looked up in one statement (UNION ALL of b-tree lookups): one round trip
    instead of one per kind of identifier."""
    ident = normalise_identifier(typed)
    as_ident = len(ident) <= MAX_IDENTIFIER and bool(_IDENTIFIER.match(ident))
    if phone is None and email is None and not as_ident:
        return []
    statement = _identifier_statement(phone is not None, email is not None, as_ident)
    rows = session.execute(statement, {"phone": phone, "email": email, "ident": ident, "typed": typed}).all()
    order = {b: i for i, b in enumerate(_BRANCHES)}
    return [_identifier_hit(row, ident) for row in sorted(rows, key=lambda r: order[r.branch])]


_STATEMENTS: dict[tuple[bool, bool, bool], Select] = {}


def _identifier_statement(phone: bool, email: bool, ident: bool) -> Select:
    """Built once per shape and kept: building a union of seven selects costs more than running it, and a kept
    statement also keeps its compiled form's cache key."""
    key = (phone, email, ident)
    if key not in _STATEMENTS:
        branches: list[Select] = []
        if phone:
            branches.append(_contact_branch(ContactKind.PHONE, bindparam("phone"), "phone"))
        if email:
            branches.append(_contact_branch(ContactKind.EMAIL, bindparam("email"), "email"))
        if ident:
            value, typed = bindparam("ident"), bindparam("typed")
            branches += [
                _branch("order", SalesOrder.order_number, SalesOrder.receipt_number)
                .join(SalesOrder, SalesOrder.customer_id == Customer.id)
                .where(_live(or_(SalesOrder.order_number == value, SalesOrder.receipt_number == value))),
                _branch("serial_sold", SalesOrder.order_number)
                .join(SalesOrder, SalesOrder.customer_id == Customer.id)
                .join(OrderLine, OrderLine.order_id == SalesOrder.id)
                .where(_live(OrderLine.serial_number == value)).limit(MAX_LIMIT),
                _branch("serial_claimed", Case.case_number)
                .join(Case, Case.customer_id == Customer.id).join(CaseLine, CaseLine.case_id == Case.id)
                .where(_live(CaseLine.serial_number == value)).limit(MAX_LIMIT),
                _branch("customer_number").where(_live(or_(Customer.customer_number == typed,
                                                           Customer.customer_number == value))),
                _branch("case", Case.case_number, None, Case.id, Case.kind, Case.state)
                .join(Case, Case.customer_id == Customer.id).where(_live(Case.case_number == value)),
            ]  # fmt: skip
        members = [select(*b.subquery().c) for b in branches]  # a LIMIT inside a compound needs its own subquery
        _STATEMENTS[key] = union_all(*members) if len(members) > 1 else members[0]  # type: ignore[assignment]
    return _STATEMENTS[key]


_BRANCHES = ("phone", "email", "order", "serial_sold", "serial_claimed", "customer_number", "case")


def _branch(name: str, ref: ColumnElement | None = None, ref2: ColumnElement | None = None,
            case_id: ColumnElement | None = None, case_kind: ColumnElement | None = None,
            case_state: ColumnElement | None = None) -> Select:  # fmt: skip
    """One kind of identifier: the customer's columns, which kind matched, and what it matched."""
    def or_null(value: ColumnElement | None, type_: Any) -> ColumnElement:
        return cast(value if value is not None else null(), type_)

    return select(*_customer_columns(), literal(name, String).label("branch"),
                  or_null(ref, String).label("ref"), or_null(ref2, String).label("ref2"),
                  or_null(case_id, Integer).label("case_id"), or_null(case_kind, String).label("case_kind"),
                  or_null(case_state, String).label("case_state"))  # fmt: skip


def _contact_branch(kind: ContactKind, value: ColumnElement, name: str) -> Select:
    return (_branch(name, ContactPoint.value).join(ContactPoint, ContactPoint.customer_id == Customer.id)
            .where(_live(ContactPoint.kind == kind, ContactPoint.value_norm == value)).limit(MAX_LIMIT))  # fmt: skip


def _identifier_hit(row: Row, ident: str) -> _Found:
    if row.branch in ("phone", "email"):
        return _identified(row, row.branch, row.ref)
    if row.branch == "order":
        if row.ref == ident:
            return _identified(row, "order number", say("Order {order}", order=row.ref))
        return _identified(row, "receipt number", say("Receipt {receipt}, order {order}", receipt=row.ref2,
                                                      order=row.ref))  # fmt: skip
    if row.branch == "serial_sold":
        return _identified(row, "serial number", say("Serial {serial}, order {order}", serial=ident, order=row.ref))
    if row.branch == "serial_claimed":
        return _identified(row, "serial number", say("Serial {serial}, case {case}", serial=ident, case=row.ref))
    if row.branch == "customer_number":
        return _identified(row, "customer number", "")
    state = CaseState(row.case_state)
    kind = CaseKind(row.case_kind)
    if kind == CaseKind.RETURN:
        label = say("Return {case}, {state}", case=ident, state=state)
    elif kind == CaseKind.WARRANTY:
        label = say("Warranty claim {case}, {state}", case=ident, state=state)
    else:
        label = say("Goodwill {case}, {state}", case=ident, state=state)
    return replace(_identified(row, "case number", label), case_id=row.case_id)


def _customer_columns() -> tuple[ColumnElement, ...]:
    return (Customer.id, Customer.customer_number, Customer.full_name, Customer.search_name)


def _identified(row: Row, matched_on: str, detail: str) -> _Found:
    return _Found(row.id, row.customer_number, row.full_name, row.search_name, matched_on, detail, RANK_IDENTIFIER)


def _live(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    """Erased customers are never found."""
    return and_(Customer.erased_at.is_(None), *conditions)


# --- names ---------------------------------------------------------------------------------------


def _whole_word_matches(session: Session, words: Sequence[str]) -> list[_Found]:
    """Tier 1: every query word is a whole word of the name (its own tier, so the LIMIT cannot cut it off)."""
    return _ranked(_fts(session, [[_Term(w, prefix=False)] for w in words]), words, {})


def _prefix_matches(session: Session, words: Sequence[str]) -> list[_Found]:
    """Tier 2: every query word starts a word of the name."""
    return _ranked(_fts(session, [[_Term(w, prefix=True)] for w in words]), words, {})


def _typo_matches(session: Session, words: Sequence[str]) -> list[_Found]:
    """Tier 3: query words that are no known name word may instead be a known word one edit away."""
    fixable = [w for w in words if len(w) >= name_index.MIN_TYPO_LENGTH and any(ch.isalpha() for ch in w)]
    if not fixable:
        return []
    known = set(session.scalars(select(NameWord.word).where(NameWord.word.in_(sorted(set(fixable))))))
    fixes = {w: name_index.corrections(session, w) for w in fixable if w not in known}
    fixes = {w: found for w, found in fixes.items() if found}
    if not fixes:
        return []
    terms = [[_Term(w, prefix=True), *(_Term(c, prefix=False) for c in fixes.get(w, ()))] for w in words]
    return _ranked(_fts(session, terms), words, fixes)


@dataclass(frozen=True)
class _Term:
    word: str  # folded: only [a-z0-9], so it is safe inside either full-text query syntax
    prefix: bool


def _fts(session: Session, groups: list[list[_Term]]) -> Sequence[Row]:
    """Customers whose name has, for every group, at least one of its terms; at most CANDIDATES rows.

    The query text is built from folded words only, every one quoted (SQLite) and bound as a parameter.
    """
    if session.get_bind().dialect.name == "postgresql":
        tsquery = " & ".join(_group([t.word + (":*" if t.prefix else "") for t in g], " | ") for g in groups)
        return session.execute(_FTS_POSTGRESQL, {"tsquery": tsquery, "candidates": CANDIDATES}).all()
    match = " AND ".join(_group([f'"{t.word}"' + ("*" if t.prefix else "") for t in g], " OR ") for g in groups)
    return session.execute(_FTS_SQLITE, {"match": match, "candidates": CANDIDATES}).all()


# Built once (see _identifier_statement). PostgreSQL: the GIN index on to_tsvector('simple', search_name); the
# 'simple' is a constant so the expression is the index's. SQLite: driven by the FTS5 table and joined by rowid, so
# LIMIT stops reading the index early.
_SIMPLE = literal_column("'simple'")
_FTS_POSTGRESQL = select(*_customer_columns()).where(_live(
    func.to_tsvector(_SIMPLE, Customer.search_name).op("@@")(func.to_tsquery(_SIMPLE, bindparam("tsquery")))
)).limit(bindparam("candidates"))  # fmt: skip
_FTS_SQLITE = (
    select(*_customer_columns()).select_from(_CUSTOMER_FTS).join(Customer, Customer.id == _CUSTOMER_FTS.c.rowid)
    .where(_live(text("customer_fts MATCH :match"))).limit(bindparam("candidates"))
)  # fmt: skip


def customers_named(session: Session, word: str) -> list[int]:
    """Live customers whose name has this folded word, whole (at most CANDIDATES), through the full-text index."""
    return [row.id for row in _fts(session, [[_Term(word, prefix=False)]])]


def _group(alternatives: list[str], operator: str) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + operator.join(alternatives) + ")"


def _ranked(rows: Sequence[Row], words: Sequence[str], fixes: dict[str, list[str]]) -> list[_Found]:
    return [hit for row in rows if (hit := _rank_name(row, words, fixes)) is not None]


def _rank_name(row: Row, words: Sequence[str], fixes: dict[str, list[str]]) -> _Found | None:
    """How well the stored name words match the query words; None when one query word is not matched."""
    stored = row.search_name.split()
    whole = prefix = corrected = 0
    for word in words:
        if word in stored:
            whole += 1
        elif any(s.startswith(word) for s in stored):
            prefix += 1
        elif any(c in stored for c in fixes.get(word, ())):
            corrected += 1
        else:
            return None
    if corrected:
        rank, matched_on = RANK_TYPO, "name (typo corrected)"
    else:
        rank, matched_on = (RANK_PREFIX if prefix else RANK_WORD), "name"
    return _Found(row.id, row.customer_number, row.full_name, row.search_name, matched_on, "", rank, whole)


# --- details -------------------------------------------------------------------------------------


def _with_details(session: Session, ranked: list[_Found]) -> list[SearchHit]:
    """Hits without a detail of their own show the customer's primary phone, or else primary email."""
    needing = [f.customer_id for f in ranked if not f.detail]
    contacts: dict[int, str] = {}
    if needing:
        rows = session.execute(
            select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)
            .where(
                ContactPoint.customer_id.in_(needing),
                ContactPoint.is_primary.is_(True),
                ContactPoint.kind.in_([ContactKind.PHONE, ContactKind.EMAIL]),
            )
            .order_by(ContactPoint.customer_id, ContactPoint.id)
        )
        for row in rows:
            if row.kind == ContactKind.PHONE or row.customer_id not in contacts:
                contacts[row.customer_id] = row.value
    return [
        SearchHit(
            f.customer_id, f.customer_number, f.full_name, f.matched_on, f.detail or contacts.get(f.customer_id, ""),
            f.rank, f.case_id,
        )
        for f in ranked
    ]

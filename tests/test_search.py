"""Customer search: names (accents, prefixes, several words, typos), phones, emails, identifiers, ranking,
limits, duplicates, and hostile input — on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select, text

from desk.cases import NewCaseLine, add_case
from desk.customers import NewCustomer, add_customer
from desk.db import Database
from desk.enums import CaseKind, CaseState, Channel, SalesChannel
from desk.errors import InvalidInput
from desk.models import Customer, Product
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.search import SearchHit, search_customers
from tests.factories import Staff, make_customer

BOUGHT = datetime(2024, 3, 1, 10, 30, tzinfo=timezone.utc)


def names(hits: list[SearchHit]) -> list[str]:
    return [h.full_name for h in hits]


def only(hits: list[SearchHit]) -> SearchHit:
    assert len(hits) == 1, hits
    return hits[0]


def add_product(db: Database) -> int:
    with db.write() as s:
        product = Product(sku="LAP-14", name="Laptop 14", category="Laptops", price=Decimal("899.00"),
                          warranty_months=24, serialised=True)  # fmt: skip
        s.add(product)
        s.flush()
        return product.id


def add_sale(db: Database, staff: Staff, customer_id: int, order_number: str, *, receipt: str | None = None,
             serial: str | None = None) -> None:  # fmt: skip
    product_id = add_product(db)
    with db.write() as s:
        line = NewOrderLine(product_id, 1, Decimal("899.00"), serial)
        add_order(s, NewOrder(order_number, SalesChannel.STORE, staff.shop_id, BOUGHT, customer_id, [line],
                              receipt_number=receipt))  # fmt: skip


# --- names ---------------------------------------------------------------------------------------


def test_accents_and_case_are_ignored_both_ways(db: Database, staff: Staff) -> None:
    begona = make_customer(db, staff.agent, "Begoña García López")
    plain = make_customer(db, staff.agent, "Nuria Puig")
    make_customer(db, staff.agent, "Jordi Soler")

    assert [h.customer_id for h in search_customers(db, "begona")] == [begona]
    assert [h.customer_id for h in search_customers(db, "BEGOÑA")] == [begona]
    assert [h.customer_id for h in search_customers(db, "Núria")] == [plain]  # accent typed, none stored
    hit = only(search_customers(db, "garcía"))
    assert (hit.customer_id, hit.matched_on, hit.rank) == (begona, "name", 1)


def test_prefixes_and_several_words(db: Database, staff: Staff) -> None:
    make_customer(db, staff.agent, "Begoña García López")
    make_customer(db, staff.agent, "Begoña Martí")
    make_customer(db, staff.agent, "Jordi García")

    assert names(search_customers(db, "beg")) == ["Begoña García López", "Begoña Martí"]
    assert names(search_customers(db, "begona garc")) == ["Begoña García López"]
    assert names(search_customers(db, "garc begona")) == ["Begoña García López"]  # word order does not matter
    assert names(search_customers(db, "lop beg garcia")) == ["Begoña García López"]
    assert search_customers(db, "begona soler") == []  # every word must match
    assert names(search_customers(db, "j garc")) == ["Jordi García"]  # an initial is a prefix too
    assert search_customers(db, "j g") == []  # single letters alone are too vague to search by


def test_whole_word_ranks_above_prefix(db: Database, staff: Staff) -> None:
    # By name alone Martínez would come first; the whole-word match must win.
    make_customer(db, staff.agent, "Anna Martínez")
    make_customer(db, staff.agent, "Pau Martí")

    hits = search_customers(db, "marti")
    assert [(h.full_name, h.rank) for h in hits] == [("Pau Martí", 1), ("Anna Martínez", 2)]


def test_whole_word_matches_are_not_cut_off_by_the_candidate_limit(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desk.search.CANDIDATES", 3)  # as if thousands of Martínez came first
    for first in ["Anna", "Berta", "Carla", "Dani", "Eva"]:
        make_customer(db, staff.agent, f"{first} Martínez")
    make_customer(db, staff.agent, "Pau Martí")

    hits = search_customers(db, "marti")
    assert (hits[0].full_name, hits[0].rank) == ("Pau Martí", 1)
    assert len(hits) == 4  # the whole-word tier's one, then the prefix tier's three


@pytest.mark.parametrize("typo", ["begoma", "begna", "begonna", "bgeona"])  # wrong, missing, extra, swapped
def test_one_typo_per_word_is_corrected(db: Database, staff: Staff, typo: str) -> None:
    begona = make_customer(db, staff.agent, "Begoña García López")
    make_customer(db, staff.agent, "Jordi Soler")

    hit = only(search_customers(db, typo))
    assert (hit.customer_id, hit.matched_on, hit.rank) == (begona, "name (typo corrected)", 3)
    assert [h.customer_id for h in search_customers(db, f"{typo} garc")] == [begona]
    assert [h.customer_id for h in search_customers(db, f"{typo} garcai")] == [begona]  # one typo in each word


def test_typo_matches_rank_below_prefix_matches_and_known_words_are_not_corrected(
    db: Database, staff: Staff
) -> None:
    make_customer(db, staff.agent, "Begoña García")
    make_customer(db, staff.agent, "Begnat Soler")  # 'begna' is the start of this name
    make_customer(db, staff.agent, "Marta Vidal")
    make_customer(db, staff.agent, "Marti Roca")

    assert [(h.full_name, h.rank) for h in search_customers(db, "begna")] == [
        ("Begnat Soler", 2),
        ("Begoña García", 3),
    ]
    # 'marta' is a known name word, so it is taken as typed (Marti is one edit away but not offered).
    assert names(search_customers(db, "marta")) == ["Marta Vidal"]
    # Words shorter than four letters are never corrected: too many names are one letter away.
    assert search_customers(db, "pou") == []


def test_name_hits_show_the_primary_phone_or_else_email(db: Database, staff: Staff) -> None:
    make_customer(db, staff.agent, "Pau Roca", emails=["pau@roca.cat"], phones=["612 34 56 78"])
    make_customer(db, staff.agent, "Pau Vidal", emails=["pau@vidal.cat"])
    make_customer(db, staff.agent, "Pau Soler")

    assert [(h.full_name, h.detail) for h in search_customers(db, "pau")] == [
        ("Pau Roca", "612 34 56 78"),
        ("Pau Soler", ""),
        ("Pau Vidal", "pau@vidal.cat"),
    ]


# --- phones, emails, identifiers -----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["612 34 56 78", "+34612345678", "0034 612-345-678", "(+34) 612.34.56.78"])
def test_phone_in_any_common_format(db: Database, staff: Staff, typed: str) -> None:
    customer = make_customer(db, staff.agent, "Begoña García", phones=["612345678"])
    make_customer(db, staff.agent, "Jordi Soler", phones=["612 34 56 79"])

    hit = only(search_customers(db, typed))
    assert (hit.customer_id, hit.matched_on, hit.rank, hit.detail) == (customer, "phone", 0, "612345678")


def test_foreign_phone(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "John Smith", phones=["+44 20 7946 0958"])

    for typed in ["+44 20 7946 0958", "0044 20 7946 0958", "+442079460958"]:
        assert [h.customer_id for h in search_customers(db, typed)] == [customer], typed
    # A national number is read in the desk's region: the same digits in Spain are someone else.
    assert search_customers(db, "020 7946 0958") == []
    assert [h.customer_id for h in search_customers(db, "020 7946 0958", phone_region="GB")] == [customer]


def test_email_in_mixed_case(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García", emails=["Begona.Garcia@Example.com"])
    make_customer(db, staff.agent, "Jordi Soler", emails=["jordi@example.com"])

    hit = only(search_customers(db, "  BEGONA.garcia@EXAMPLE.com "))
    assert (hit.customer_id, hit.matched_on, hit.rank, hit.detail) == (
        customer, "email", 0, "Begona.Garcia@Example.com"
    )  # fmt: skip


def test_order_receipt_serial_and_customer_numbers(db: Database, staff: Staff) -> None:
    buyer = make_customer(db, staff.agent, "Begoña García", customer_number="C0000077")
    claimant = make_customer(db, staff.agent, "Jordi Soler")
    add_sale(db, staff, buyer, "W-2024-000123", receipt="T0042 1234", serial="SN ABC 123")
    with db.write() as s:
        add_case(s, staff.agent, customer_id=claimant, kind=CaseKind.WARRANTY, state=CaseState.RECEIVED,
                 channel=Channel.STORE, store_id=staff.shop_id, summary="Does not start", opened_at=BOUGHT,
                 lines=[NewCaseLine("Phone", serial_number="imei 3569 8701")])  # fmt: skip

    cases = {
        "w-2024-000123": (buyer, "order number", "Order W-2024-000123"),
        " W-2024- 000 123 ": (buyer, "order number", "Order W-2024-000123"),
        "t0042 1234": (buyer, "receipt number", "Receipt T00421234, order W-2024-000123"),
        "sn abc123": (buyer, "serial number", "Serial SNABC123, order W-2024-000123"),
        "IMEI35698701": (claimant, "serial number", f"Serial IMEI35698701, case W-{BOUGHT.year}-000001"),
        "c0000077": (buyer, "customer number", ""),
        "C 0000077": (buyer, "customer number", ""),
    }
    for typed, expected in cases.items():
        hit = only(search_customers(db, typed))
        assert (hit.customer_id, hit.matched_on, hit.detail, hit.rank) == (*expected, 0), typed


def test_identifiers_rank_before_names(db: Database, staff: Staff) -> None:
    named = make_customer(db, staff.agent, "Anna Rosa")  # would sort first by name
    buyer = make_customer(db, staff.agent, "Jordi Puig")
    add_sale(db, staff, buyer, "ROSA")

    hits = search_customers(db, "rosa")
    assert [(h.customer_id, h.matched_on, h.rank) for h in hits] == [
        (buyer, "order number", 0),
        (named, "name", 1),
    ]


def test_a_customer_found_several_ways_appears_once_with_its_best_match(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Marta Soler", customer_number="SOLER")
    add_sale(db, staff, customer, "W-1", serial="SN-1")
    with db.write() as s:
        add_case(s, staff.agent, customer_id=customer, kind=CaseKind.WARRANTY, state=CaseState.RECEIVED,
                 channel=Channel.STORE, store_id=staff.shop_id, summary="Broken", opened_at=BOUGHT,
                 lines=[NewCaseLine("Laptop", serial_number="SN-1")])  # fmt: skip

    hit = only(search_customers(db, "soler"))  # customer number and name
    assert (hit.customer_id, hit.matched_on, hit.rank) == (customer, "customer number", 0)
    hit = only(search_customers(db, "sn-1"))  # sold and claimed with the same serial
    assert (hit.customer_id, hit.matched_on) == (customer, "serial number")


def test_at_most_fifty_ranked_results(db: Database, staff: Staff) -> None:
    with db.write() as s:
        for i in range(60):
            add_customer(s, staff.agent, NewCustomer(f"Cliente {i:02d} García", f"G{i:05d}", date(2024, 1, 1)))

    hits = search_customers(db, "garcia")
    assert len(hits) == 50
    assert len({h.customer_id for h in hits}) == 50
    assert names(hits) == [f"Cliente {i:02d} García" for i in range(50)]  # deterministic: by name
    assert len(search_customers(db, "garc", limit=500)) == 50
    assert len(search_customers(db, "garc", limit=7)) == 7
    assert search_customers(db, "garc", limit=0) == []


def test_erased_customers_are_not_found(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García", phones=["612 34 56 78"], customer_number="C9")
    with db.write() as s:
        s.get_one(Customer, customer).erased_at = datetime.now(timezone.utc)

    for typed in ["begona", "begoma", "612345678", "C9"]:
        assert search_customers(db, typed) == [], typed


# --- the index is used ---------------------------------------------------------------------------


@contextmanager
def captured_name_queries(db: Database) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if "customer_fts" in statement or "to_tsquery" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)


def test_name_search_reads_the_full_text_index(db: Database, staff: Staff) -> None:
    make_customer(db, staff.agent, "Begoña García López")
    with captured_name_queries(db) as seen:
        assert search_customers(db, "begona garc")
    assert seen
    with db.engine.connect() as conn:
        for statement, parameters in seen:
            if db.dialect == "sqlite":
                plan = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
                assert "VIRTUAL TABLE" in plan and "INTEGER PRIMARY KEY" in plan, plan
                assert not re.search(r"SCAN customer\b", plan), plan
            else:
                conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table would rather be scanned
                plan = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
                assert "ix_customer_search_name_fts" in plan and "Seq Scan" not in plan, plan


# --- hostile input -------------------------------------------------------------------------------

HOSTILE = [
    "",
    "   \t  ",
    "a" * 10_000,
    "begoña " * 2_000,
    "'; DROP TABLE customer; --",
    "%",
    "_",
    '"',
    "*",
    '"begona"*',
    "begona*",
    "NEAR(begona garcia)",
    "begona AND garcia",
    "begona OR",
    "AND",
    "NOT",
    "begona:* & !garcia",
    "(((",
    "\\",
    "😀",
    "😀 begoña",
    "beg\x00ona",
    "\x00\x01\x02\x1b[31m",
    "a b c d e f g h i j k l m n o p",
    "x" * 81,
    "@",
    "@@",
    "+",
    "0" * 60,
    "\u200b\u202e\ufeff",
    "\ud800begona",
]


def test_hostile_input_is_harmless(db: Database, staff: Staff) -> None:
    begona = make_customer(db, staff.agent, "Begoña García", phones=["612 34 56 78"])
    make_customer(db, staff.agent, "Jordi Soler")

    for typed in HOSTILE:
        try:
            hits = search_customers(db, typed)
        except InvalidInput:
            continue
        assert len(hits) <= 50, typed
        assert all(h.customer_id == begona for h in hits), typed  # nothing turns into "match everything"
    # Syntax of either full-text language is taken as plain words, and a NUL splits like a space.
    assert [h.customer_id for h in search_customers(db, '"begona"* (garcia:*')] == [begona]
    assert search_customers(db, "begona OR jordi") == []  # 'or' is one more word to match, not an operator
    assert [h.customer_id for h in search_customers(db, "begona\x00garcia")] == [begona]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == 2


@pytest.fixture
def a_few_customers(db: Database, staff: Staff) -> None:
    make_customer(db, staff.agent, "Begoña García López", phones=["612 34 56 78"], emails=["bego@example.com"])
    make_customer(db, staff.agent, "Jordi Martí Soler")


# Arbitrary text, and text made of the things agents type, so the name and identifier paths run too.
TYPED = st.text(max_size=300) | st.lists(
    st.sampled_from(["begona", "beg", "garc", "bgeona", "612 34 56 78", "bego@example.com", "C0000001", "'", '"',
                     "*", "%", "AND", "NEAR(", "😀", "\x00", "-", ":*", "&", "|", "!"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=TYPED)
def test_any_text_is_answered_or_refused_clearly(db: Database, a_few_customers: None, typed: str) -> None:
    try:
        hits = search_customers(db, typed)
    except InvalidInput:
        return
    assert len(hits) <= 50
    assert len({h.customer_id for h in hits}) == len(hits)

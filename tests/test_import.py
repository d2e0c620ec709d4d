"""desk-admin import: customers, orders and interactions from CSV, all or nothing, and idempotent."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.actors import system_actor
from desk.db import Database
from desk.errors import DeskError
from desk.importer import ImportRejected, import_csv
from desk.models import (
    AuditEntry,
    Base,
    ContactPoint,
    Customer,
    Interaction,
    NameWord,
    Product,
    SalesOrder,
    TimelineEvent,
)
from desk.scripts import admin
from tests.factories import Staff

ADMIN = system_actor("tests", "importer")
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc)
DATA = Path(__file__).parent / "data"  # the good files; the bad ones are written by each test

CUSTOMERS = DATA / "customers.csv"

ORDERS = DATA / "orders.csv"

INTERACTIONS = DATA / "interactions.csv"


@pytest.fixture
def ready(db: Database, staff: Staff) -> Database:
    """Stores and staff (the staff fixture) and a small catalogue."""
    with db.write() as s:
        s.add_all([
            Product(sku="TV-55", name='TV 55"', category="Televisores", price=Decimal("899.00"),
                    warranty_months=36, serialised=True),
            Product(sku="CABLE-2M", name="Cable HDMI", category="Accesorios", price=Decimal("19.99")),
        ])  # fmt: skip
    return db


def write(tmp_path: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def run(db: Database, what: str, path: Path) -> object:
    return import_csv(db, what, path, ADMIN, phone_region="ES", now=NOW)


def rejected(db: Database, what: str, path: Path) -> dict[int, str]:
    before = counts(db)
    with pytest.raises(ImportRejected) as caught:
        run(db, what, path)
    assert counts(db) == before  # nothing written: no customer, order, event or audit entry
    assert "nothing was imported" in str(caught.value) or caught.value.problems[0].line == 1
    return {p.line: p.reason for p in caught.value.problems}


def test_customers_import_with_normalised_contacts_and_a_second_import_changes_nothing(ready: Database) -> None:
    report = run(ready, "customers", CUSTOMERS)
    assert (report.rows, report.added, report.unchanged) == (3, 3, 0)
    assert "3 added" in str(report)
    with ready.read() as s:
        begona = s.scalar(select(Customer).where(Customer.customer_number == "C100"))
        assert begona.search_name == "begona garcia lopez" and begona.loyalty_tier == "gold"
        contacts = {(p.kind, p.value_norm) for p in begona.contact_points}
        assert contacts == {("email", "begona.garcia@gmail.com"), ("email", "bgarcia@empresa.es"),
                            ("phone", "+34612345678"), ("address", "calle de alcala 10 28009 madrid")}  # fmt: skip
        hostile = s.scalar(select(Customer).where(Customer.customer_number == "C101"))
        assert hostile.full_name == "O'Brien; DROP TABLE customer;--"  # stored as text, harmless
        assert s.scalar(select(Customer.search_name).where(Customer.customer_number == "C102")) == "nuria puig"
        assert s.scalar(select(Customer.preferred_language).where(Customer.customer_number == "C102")) == "ca"
        assert "garcia" in set(s.scalars(select(NameWord.word)))
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[-4:] == ["customer.create"] * 3 + ["import.csv"]

    before = counts(ready)
    again = run(ready, "customers", CUSTOMERS)
    assert (again.added, again.unchanged) == (0, 3)
    assert "3 already present unchanged" in str(again)
    assert counts(ready) == before


def test_orders_import_one_row_per_line_in_local_time_and_idempotent(ready: Database) -> None:
    run(ready, "customers", CUSTOMERS)
    report = run(ready, "orders", ORDERS)
    assert (report.rows, report.records, report.added) == (3, 2, 2)
    assert str(report).startswith("Orders: 3 rows read (2 orders); 2 added")
    with ready.read() as s:
        order = s.scalar(select(SalesOrder).where(SalesOrder.order_number == "PED-1"))
        assert order.total == Decimal("938.98") and order.receipt_number == "TK-1"
        # 10:00 in Madrid in July is 08:00 UTC (summer time).
        assert order.ordered_at == datetime(2024, 7, 1, 8, 0, tzinfo=timezone.utc)
        assert [(line.quantity, line.serial_number) for line in order.lines] == [(1, "SN123"), (2, None)]
        web = s.scalar(select(SalesOrder).where(SalesOrder.order_number == "PED-2"))
        assert web.customer_id is None and web.total == Decimal("19.99")
        assert web.ordered_at == datetime(2024, 1, 10, 21, 15, tzinfo=timezone.utc)
        events = s.scalars(select(TimelineEvent.title).where(TimelineEvent.customer_id == order.customer_id)).all()
        assert events == ["Order PED-1: TV 55\" and 2 more, 938.98 EUR"]
        assert s.scalar(select(func.count()).where(AuditEntry.action == "order.create")) == 2

    before = counts(ready)
    again = run(ready, "orders", ORDERS)
    assert (again.added, again.unchanged) == (0, 2)
    assert counts(ready) == before


def test_interactions_import_by_the_named_agent_and_idempotent(ready: Database, staff: Staff) -> None:
    run(ready, "customers", CUSTOMERS)
    report = run(ready, "interactions", INTERACTIONS)
    assert (report.rows, report.added) == (2, 2)
    with ready.read() as s:
        by_ref = {i.external_ref: i for i in s.scalars(select(Interaction))}
        assert by_ref["CRM-1"].agent_id == staff.agent.user_id and by_ref["CRM-1"].store_id == staff.shop_id
        assert by_ref["CRM-1"].summary == "Pregunta por la entrega.\nSegunda línea."
        assert by_ref["CRM-2"].agent_id is None and by_ref["CRM-2"].direction == "inbound"
        assert by_ref["CRM-2"].occurred_at == datetime(2024, 7, 3, 6, 0, tzinfo=timezone.utc)
        audit = s.execute(select(AuditEntry.actor_name, AuditEntry.workstation)
                          .where(AuditEntry.action == "interaction.create").order_by(AuditEntry.id)).all()  # fmt: skip
        assert audit == [("ana", "tests"), ("importer", "tests")]
        assert s.scalar(select(func.count()).where(TimelineEvent.kind == "interaction")) == 2

    before = counts(ready)
    assert run(ready, "interactions", INTERACTIONS).unchanged == 2
    assert counts(ready) == before


def test_bad_customer_rows_are_all_reported_with_their_lines_and_nothing_is_written(
    ready: Database, tmp_path: Path
) -> None:
    run(ready, "customers", CUSTOMERS)
    long_name = "x" * 10_000
    bad = (
        "customer_number,full_name,email,phone,customer_since\n"
        "C200,Marta Soler,marta@example.es,600111222,2024-01-01\n"  # 2: good
        ",Sin Número,,,2024-01-01\n"  # 3
        "C201,Mail Malo,not-an-email,,2024-01-01\n"  # 4
        "C202,Teléfono Malo,,12ab,2024-01-01\n"  # 5
        "C203,Del Futuro,,,2099-01-01\n"  # 6
        "C204,\"Con\x07Control\",,,2024-01-01\n"  # 7
        f"C205,{long_name},,,2024-01-01\n"  # 8
        "C200,Marta Otra Vez,,,2024-01-01\n"  # 9: repeated in the file
        "C100,Begoña García Cambiada,,,2021-03-05\n"  # 10: exists with other data
        "C1';DROP--,Hostil,,,2024-01-01\n"  # 11
        "C206,😀😀,,,2024-01-01\n"  # 12: no letters at all
        "C207,Fecha Mala,,,05/03/2024\n"  # 13
    )
    problems = rejected(ready, "customers", write(tmp_path, "bad.csv", bad))
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert "customer_number is empty" in problems[3]
    assert "not an email address" in problems[4]
    assert "not a phone number" in problems[5]
    assert "in the future" in problems[6]
    assert "control characters" in problems[7]
    assert "too long (10000 characters" in problems[8]
    assert "already on line 2" in problems[9]
    assert problems[10] == "customer C100 already exists with different data (full_name)."
    assert "may hold letters, digits" in problems[11]
    assert "no letters or digits" in problems[12]
    assert "ISO 8601 date" in problems[13]


def test_bad_order_rows_are_all_reported_with_their_lines_and_nothing_is_written(
    ready: Database, tmp_path: Path
) -> None:
    run(ready, "customers", CUSTOMERS)
    run(ready, "orders", ORDERS)
    head = "order_number,customer_number,channel,store_code,ordered_at,sku,quantity,unit_price,serial_number\n"
    bad = head + (
        "PED-10,C100,store,BCN1,2024-02-01 10:00,TV-55,1,899.00,SN-9\n"  # 2: good
        "PED-11,C100,store,NOPE,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 3: unknown store
        "PED-12,C100,web,WEB,2024-02-01 10:00,NO-SUCH-SKU,1,19.99,\n"  # 4: unknown product
        "PED-13,C999,web,WEB,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 5: unknown customer
        "PED-14,C100,web,WEB,2024-02-01 10:00,CABLE-2M,-1,19.99,\n"  # 6: negative quantity
        "PED-15,C100,web,WEB,2024-02-01 10:00,CABLE-2M,1,-19.99,\n"  # 7: negative price
        "PED-16,C100,web,WEB,2099-02-01 10:00,CABLE-2M,1,19.99,\n"  # 8: in the future
        "PED-10,C100,store,BCN1,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 9: PED-10 again, not next to its rows
        "PED-2,,web,WEB,2024-01-10T21:15:00Z,CABLE-2M,3,19.99,\n"  # 10: stored with other lines
        "PED-17,C100,web,WEB,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 11: good first row ...
        "PED-17,C101,web,WEB,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 12: ... then another customer
        "PED-18,C100,telepathy,WEB,2024-02-01 10:00,CABLE-2M,1,19.99,\n"  # 13: no such channel
        "PED-19,C100,store,BCN1,2024-02-01 10:00,TV-55,2,899.00,SN-1\n"  # 14: two items, one serial
        "PED-20,C100,web,WEB,2024-02-01 10:00,CABLE-2M,1,19.999,\n"  # 15: a third decimal
    )
    problems = rejected(ready, "orders", write(tmp_path, "bad.csv", bad))
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15]
    assert "no store with code NOPE" in problems[3]
    assert "no product with SKU NO-SUCH-SKU" in problems[4]
    assert "no customer C999" in problems[5]
    assert "quantity '-1' must be a whole number" in problems[6]
    assert "unit_price must be zero or more" in problems[7]
    assert "in the future" in problems[8]
    assert "Order PED-10 is already on line 2" in problems[9]
    assert problems[10] == "order PED-2 already exists with different data (lines)."
    assert "than on line 11" in problems[12]
    assert "is not one of store, web, phone" in problems[13]
    assert "quantity must be 1" in problems[14]
    assert "more than two decimals" in problems[15]


def test_bad_interaction_rows_are_all_reported_with_their_lines_and_nothing_is_written(
    ready: Database, tmp_path: Path
) -> None:
    run(ready, "customers", CUSTOMERS)
    run(ready, "interactions", INTERACTIONS)
    long_summary = "y" * 10_000
    bad = "external_ref,customer_number,channel,occurred_at,reason,summary,outcome,agent_username\n" + (
        "CRM-10,C100,chat,2024-03-01 12:00,Duda,Pregunta algo.,Resuelto,\n"  # 2: good
        "CRM-11,C999,chat,2024-03-01 12:00,Duda,Pregunta algo.,Resuelto,\n"  # 3: unknown customer
        "CRM-12,C100,chat,2099-03-01 12:00,Duda,Pregunta algo.,Resuelto,\n"  # 4: future
        "CRM-13,C100,chat,2024-03-01 12:00,Duda,\"Texto\x00nulo\",Resuelto,\n"  # 5: a NUL
        f"CRM-14,C100,chat,2024-03-01 12:00,Duda,{long_summary},Resuelto,\n"  # 6: too long
        "CRM-10,C100,chat,2024-03-01 12:00,Duda,Pregunta algo.,Resuelto,\n"  # 7: repeated
        "CRM-1,C100,phone,2024-07-02 09:30,Estado del pedido,Otro resumen,Informado,\n"  # 8: stored, other data
        "CRM-15,C100,chat,2024-03-01 12:00,Duda,Pregunta algo.,Resuelto,nadie\n"  # 9: no such agent
        "CRM-16,C100,pigeon,2024-03-01 12:00,Duda,Pregunta algo.,Resuelto,\n"  # 10: no such channel
        "CRM-17,C100,chat,2024-03-01 12:00,,Pregunta algo.,Resuelto,\n"  # 11: no reason
    )
    problems = rejected(ready, "interactions", write(tmp_path, "bad.csv", bad))
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "no customer C999" in problems[3]
    assert "in the future" in problems[4]
    assert "control characters" in problems[5]
    assert "summary is too long" in problems[6]
    assert "already on line 2" in problems[7]
    assert problems[8] == "interaction CRM-1 already exists with different data (summary)."
    assert "no user nadie" in problems[9]
    assert "is not one of store, web, phone, email, chat, social" in problems[10]
    assert "reason is empty" in problems[11]


def test_semicolons_a_byte_order_mark_and_decimal_commas_are_read(ready: Database, tmp_path: Path) -> None:
    customers = (
        "\ufeffcustomer_number;full_name;phone;customer_since\r\n"
        "C300;\"Puig; Ferrer\";93 123 45 67;2022-05-05\r\n"
    )
    assert run(ready, "customers", write(tmp_path, "c.csv", customers)).added == 1
    orders = (
        "\ufefforder_number;customer_number;channel;store_code;ordered_at;sku;quantity;unit_price\r\n"
        "PED-30;C300;store;BCN1;2024-02-01T10:00:00+01:00;CABLE-2M;2;19,99\r\n"
    )
    assert run(ready, "orders", write(tmp_path, "o.csv", orders)).added == 1
    with ready.read() as s:
        assert s.scalar(select(Customer.full_name).where(Customer.customer_number == "C300")) == "Puig; Ferrer"
        assert s.scalar(select(ContactPoint.value_norm).where(ContactPoint.kind == "phone")) == "+34931234567"
        assert s.scalar(select(SalesOrder.total).where(SalesOrder.order_number == "PED-30")) == Decimal("39.98")


def test_line_numbers_are_the_file_lines_even_after_a_value_spanning_lines(ready: Database, tmp_path: Path) -> None:
    content = (
        "customer_number,full_name,address,customer_since\n"
        'C1,Ana Vidal,"Carrer de Mallorca 1\n08013 Barcelona",2024-01-01\n'  # lines 2-3
        "\n"  # line 4: blank, skipped
        "C2,Pere Roca,,2099-01-01\n"  # line 5
    )
    problems = rejected(ready, "customers", write(tmp_path, "multi.csv", content))
    assert list(problems) == [5]


@pytest.mark.parametrize(
    ("content", "message", "detail"),
    [
        ("", "is empty", None),
        ("\ufeff\n", "is empty", None),
        ("customer_number,full_name,customer_since\n", "has a header but no rows", None),
        ("customer_number,full_name,customer_since,shoe_size\nC1,Ana,2024-01-01,38\n", "header does not fit",
         "unknown column(s): 'shoe_size'"),
        ("customer_number,email\nC1,a@b.es\n", "header does not fit", "missing required column(s): full_name"),
        ("customer_number,full_name,customer_since\nC1,Ana\n", "cannot be imported", "has 2 fields; the header has 3"),
    ],
)
def test_files_that_cannot_be_read_are_refused_clearly(
    ready: Database, tmp_path: Path, content: str, message: str, detail: str | None
) -> None:
    path = write(tmp_path, "customers.csv", content)
    before = counts(ready)
    with pytest.raises(ImportRejected, match=message) as caught:
        run(ready, "customers", path)
    assert counts(ready) == before
    if detail:
        assert any(detail in p.reason for p in caught.value.problems)


def test_a_file_that_is_not_utf8_is_refused(ready: Database, tmp_path: Path) -> None:
    content = "customer_number,full_name,customer_since\nC1,Begoña,2024-01-01\n"
    path = write(tmp_path, "latin1.csv", content, "latin-1")
    with pytest.raises(ImportRejected, match="not UTF-8") as caught:
        run(ready, "customers", path)
    assert isinstance(caught.value, DeskError) and caught.value.problems[0].line == 2


def test_the_command_line_lists_each_bad_line(
    ready: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = "customer_number,full_name,customer_since\n"
    bad = write(tmp_path, "bad.csv", head + "C1,Ana,2024-01-01\nC2,,2024-01-01\n")
    assert admin.main(["--database-url", ready.url, "import", "customers", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "1 row of 2 cannot be imported" in err and "line 3: full_name is empty" in err
    good = write(tmp_path, "good.csv", head + "C1,Ana,2024-01-01\n")
    assert admin.main(["--database-url", ready.url, "import", "customers", str(good)]) == 0
    assert "1 added" in capsys.readouterr().out

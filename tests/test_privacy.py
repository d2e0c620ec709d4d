"""Personal data: export everything held about a customer, erase what identifies them, log who opened whom."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, or_, select

from desk import approvals, customer360, documents, privacy
from desk.cases import NewCaseLine, NewWarrantyClaim, add_case, add_survey
from desk.db import Database
from desk.enums import CaseKind, CaseState, Channel, DecisionKind
from desk.errors import InvalidInput, NotFound
from desk.goodwill import GoodwillRequest, grant_goodwill
from desk.interactions import ContactForm, log_contact
from desk.models import (
    ApprovalRequest,
    AuditEntry,
    Case,
    ContactPoint,
    Customer,
    CustomerAccess,
    Decision,
    Document,
    Interaction,
    NameWord,
    NameWordVariant,
    SalesOrder,
    Survey,
    TimelineEvent,
    WarrantyClaim,
)
from desk.scripts.admin import main
from desk.search import search_customers
from desk.ui.context import DeskContext
from tests.factories import Staff, make_customer, make_order, make_product
from tests.ui_fixtures import ctx, wait_idle  # noqa: F401 - ctx is a fixture

NAME = "Begoña Zubizarreta Olaechea"
EMAIL = "bego.zubi@example.com"
PHONE = "612 34 56 78"
ADDRESS = "Carrer de Mallorca 401, 08013 Barcelona"
NUMBER = "C-000123"
# What must not survive an erase anywhere the desk shows or exports (the audit aside: see docs/privacy.md).
PERSONAL = ["Begoña", "Zubizarreta", "zubizarreta", "bego.zubi", "612 34 56 78", "+34612345678", "Mallorca"]


@dataclass(frozen=True)
class History:
    customer_id: int
    order_number: str
    case_numbers: list[str]
    letter_bytes: bytes


def build_history(db: Database, staff: Staff) -> History:
    """A customer with something in every table that holds personal data, written through the services."""
    now = datetime.now(timezone.utc)
    customer = make_customer(db, staff.admin, NAME, customer_number=NUMBER, emails=[EMAIL], phones=[PHONE],
                             addresses=[ADDRESS])  # fmt: skip
    product = make_product(db, "CAF-1", "Cafetera Express", "499.00", serialised=True)
    make_order(db, staff.shop_id, customer, "S-1001", now - timedelta(days=40), [(product, 1, "499.00", "SN-77")],
               receipt="T-1001")  # fmt: skip
    log_contact(db, staff.agent, customer, ContactForm(
        Channel.PHONE, "Product fault", f"{NAME} called from {PHONE}: the machine leaks", "Case opened"))  # fmt: skip
    letter = f"Dear {NAME}, {ADDRESS}".encode()
    with db.write() as s:
        claim = add_case(
            s, staff.agent, customer_id=customer, kind=CaseKind.WARRANTY, state=CaseState.RECEIVED,
            channel=Channel.STORE, store_id=staff.shop_id, summary=f"Leak reported by {NAME}",
            opened_at=now - timedelta(days=2),
            lines=[NewCaseLine("Cafetera Express", serial_number="SN-77", reason=f"{NAME} says it leaks")],
            warranty=NewWarrantyClaim("SN-77", f"Leaks at {ADDRESS}", visible_damage="scratch by Begoña's cat",
                                      diagnosis="Pump seal worn"),
        )  # fmt: skip
        documents.store_document(s, staff.agent, claim, "warranty_intake", "es", f"{claim.case_number} intake.docx",
                                 letter, "application/octet-stream", "Intake form printed")  # fmt: skip
        documents.add_attachment(s, staff.agent, claim, documents.NewAttachment("DNI Begoña Zubizarreta.jpg", b"jpg"))
        add_survey(s, customer_id=customer, case_id=claim.id, channel=Channel.EMAIL, csat=2, ces=None, nps=None,
                   comment=f"Soy {NAME}, muy mal", answered_at=now - timedelta(hours=1))  # fmt: skip
        claim_number = claim.case_number
    # 80 EUR is above the agent's 50: a request to the store manager, who rejects it in the customer's name.
    voucher = GoodwillRequest(customer, DecisionKind.GOODWILL_VOUCHER, "80", "late_delivery",
                              f"{NAME} waited 3 weeks", Channel.STORE)  # fmt: skip
    goodwill = grant_goodwill(db, staff.agent, voucher)
    with db.read() as s:
        request_id = s.scalar(select(ApprovalRequest.id))
    approvals.decide(db, staff.manager, request_id, approve=False, reason=f"{NAME} had a voucher last month")
    grant_goodwill(db, staff.agent, GoodwillRequest(
        customer, DecisionKind.GOODWILL_VOUCHER, "12.50", "late_delivery", "sorry", Channel.STORE))  # fmt: skip
    customer360.open_customer(db, staff.agent, customer)
    with db.read() as s:
        case_numbers = sorted(s.scalars(select(Case.case_number)))
    assert claim_number in case_numbers and goodwill.case_number in case_numbers and len(case_numbers) == 3
    return History(customer, "S-1001", case_numbers, letter)


def audit_actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def run(db: Database, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--database-url", db.url, *args])


# --- export --------------------------------------------------------------------------------------------


def test_export_holds_everything_and_is_audited(db: Database, staff: Staff) -> None:
    history = build_history(db, staff)
    data = privacy.export_customer(db, staff.admin, NUMBER)

    assert data["customer"]["full_name"] == NAME and data["customer"]["erased_at"] is None
    assert data["customer"]["customer_since"] == "2024-01-15"
    assert sorted(p["value"] for p in data["contact_points"]) == sorted([EMAIL, PHONE, ADDRESS])
    (order,) = data["orders"]
    assert (order["order_number"], order["total"], order["lines"][0]["serial_number"]) == ("S-1001", "499.00", "SN-77")
    assert sorted(c["case_number"] for c in data["cases"]) == history.case_numbers
    claim = next(c for c in data["cases"] if c["kind"] == "warranty")
    assert claim["warranty_claim"]["fault_description"] == f"Leaks at {ADDRESS}" and claim["lines"][0]["reason"]
    goodwill = next(c for c in data["cases"] if c["kind"] == "goodwill" and c["state"] == "rejected")
    (decision,) = goodwill["decisions"]
    assert (decision["amount"], decision["status"]) == ("80.00", "rejected")
    (request,) = decision["approval_requests"]
    assert request["requester_note"] == f"{NAME} waited 3 weeks" and request["state"] == "rejected"
    assert [i["summary"] for i in data["interactions"]][0].startswith(NAME)
    assert [s["comment"] for s in data["surveys"]] == [f"Soy {NAME}, muy mal"]
    assert len(data["timeline"]) >= 6
    assert {(d["kind"], d["size"]) for d in data["documents"]} == {("warranty_intake", len(history.letter_bytes)),
                                                                   ("attachment", 3)}  # fmt: skip
    assert all("content_base64" not in d and len(d["sha256"]) == 64 for d in data["documents"])
    (access,) = data["access_log"]
    assert (access["actor_name"], access["actor_id"], access["purpose"]) == ("ana", staff.agent.user_id,
                                                                           "customer_screen")  # fmt: skip
    opened = datetime.fromisoformat(access["accessed_at"])
    assert opened.utcoffset() == timedelta(0) and access["accessed_at"].endswith("+00:00")
    json.dumps(data)  # plain JSON: no Decimal, datetime or bytes left
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "customer.export")).one()
        assert entry.entity_id == str(history.customer_id) and entry.after["with_documents"] is False

    by_id = privacy.export_customer(db, staff.admin, str(history.customer_id), with_documents=True)
    assert by_id["customer"]["customer_number"] == NUMBER
    intake = next(d for d in by_id["documents"] if d["kind"] == "warranty_intake")
    assert base64.b64decode(intake["content_base64"]) == history.letter_bytes
    assert audit_actions(db).count("customer.export") == 2


# --- erase ---------------------------------------------------------------------------------------------


def test_erase_removes_personal_data_and_keeps_the_records(db: Database, staff: Staff) -> None:
    history = build_history(db, staff)
    make_customer(db, staff.admin, "Jordi Olaechea Puig", phones=["699 00 11 22"])  # shares a name word
    with db.read() as s:
        money_before = sorted((d.kind, d.amount, d.status) for d in s.scalars(select(Decision)))
        cases_before = sorted((c.case_number, c.state, c.version) for c in s.scalars(select(Case)))
        orders_before = [(o.order_number, o.total) for o in s.scalars(select(SalesOrder))]
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
        intake_hash = s.scalar(select(Document.sha256).where(Document.kind == "warranty_intake"))

    report = privacy.erase_customer(db, staff.admin, NUMBER)
    assert (report.customer_number, report.contact_points, report.documents) == (NUMBER, 3, 2)

    with db.read() as s:
        customer = s.get_one(Customer, history.customer_id)
        assert customer.full_name == f"Erased customer {NUMBER}" and customer.erased_at is not None
        assert customer.search_name == "erased customer c 000123"
        assert s.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer.id)).all() == []
        # The name-word index forgets a word only this customer had, and keeps one another customer still has.
        assert s.get(NameWord, "zubizarreta") is None
        variants = select(func.count()).select_from(NameWordVariant).where(NameWordVariant.word == "zubizarreta")
        assert s.scalar(variants) == 0
        assert s.get(NameWord, "olaechea") is not None
        # Money, cases, orders and their states are untouched (a case's version moves: its text changed).
        assert sorted((d.kind, d.amount, d.status) for d in s.scalars(select(Decision))) == money_before
        assert [(n, st) for n, st, _ in sorted((c.case_number, c.state, c.version) for c in s.scalars(select(Case)))] \
            == [(n, st) for n, st, _ in cases_before]  # fmt: skip
        assert [(o.order_number, o.total) for o in s.scalars(select(SalesOrder))] == orders_before
        assert {i.summary for i in s.scalars(select(Interaction))} == {privacy.ERASED}
        assert {i.reason for i in s.scalars(select(Interaction))} == {"Product fault"}  # a label, kept
        claim = s.scalars(select(WarrantyClaim)).one()
        assert (claim.fault_description, claim.visible_damage, claim.diagnosis, claim.serial_number) == (
            privacy.ERASED, privacy.ERASED, "Pump seal worn", "SN-77")
        assert {r.requester_note for r in s.scalars(select(ApprovalRequest))} == {privacy.ERASED}
        assert {s_.comment for s_ in s.scalars(select(Survey))} == {privacy.ERASED}
        letter = s.scalars(select(Document).where(Document.kind == "warranty_intake")).one()
        assert (letter.content, letter.size, letter.sha256) == (b"", 0, hashlib.sha256(b"").hexdigest())
        assert letter.sha256 != intake_hash and letter.filename.endswith("intake.docx")
        attachment = s.scalars(select(Document).where(Document.kind == "attachment")).one()
        assert attachment.filename == f"erased-attachment-{attachment.id}.jpg"
        order_event = s.scalars(select(TimelineEvent).where(TimelineEvent.source_table == "sales_order")).one()
        assert "SN-77" in order_event.detail  # what was bought stays readable on the timeline
        # The wordings kept beside stored texts (desk.models.wording) hold no personal data either.
        kept = [*s.execute(select(TimelineEvent.title_wording, TimelineEvent.detail_wording)).all(),
                *s.execute(select(Case.summary_wording)).all(), *s.execute(select(Interaction.summary_wording)).all()]
        assert not [word for word in PERSONAL if word in json.dumps([list(row) for row in kept], ensure_ascii=False)]
        worded = s.execute(select(TimelineEvent.source_table).where(TimelineEvent.source_table != "sales_order", or_(
            TimelineEvent.title_wording.is_not(None), TimelineEvent.detail_wording.is_not(None)))).all()  # fmt: skip
        assert worded == []  # only what was bought keeps its wording: it names no one
        erase_entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "customer.erase")).all()
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before + 1
        (entry,) = erase_entries
        assert entry.after["number"] == NUMBER and entry.after["contact_points_removed"] == 3
        assert not any(word in json.dumps([entry.before, entry.after], ensure_ascii=False) for word in PERSONAL)

    # Nothing the desk shows or exports holds the old personal data any more.
    exported = json.dumps(privacy.export_customer(db, staff.admin, NUMBER, with_documents=True), ensure_ascii=False)
    assert not [word for word in PERSONAL if word in exported]
    for query in [NAME, "zubizarreta", "zubizareta", "begona olaechea", PHONE, "+34 612345678", EMAIL, NUMBER,
                  "erased customer", "SN-77", history.case_numbers[0]]:  # fmt: skip
        assert search_customers(db, query) == [], query
    assert [hit.full_name for hit in search_customers(db, "olaechea")] == ["Jordi Olaechea Puig"]
    header = customer360.customer_header(db, history.customer_id)
    assert (header.full_name, header.contact_points, header.order_count) == (f"Erased customer {NUMBER}", [], 1)
    assert header.erased_at is not None
    info, content = documents.document_content(db, letter.id)  # no "damaged" error: the checksum still holds
    assert (info.size, content) == (0, b"")


def test_erase_refuses_an_erased_customer_and_changes_nothing(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Pau Serra", customer_number="C-7")
    privacy.erase_customer(db, staff.admin, "c-7")  # typed in lower case: customer numbers are identifiers
    actions = audit_actions(db)
    with pytest.raises(InvalidInput, match="C-7 was already erased on .*nothing was changed"):
        privacy.erase_customer(db, staff.admin, str(customer))
    assert audit_actions(db) == actions


@pytest.mark.parametrize("key", ["", "   ", "'; DROP TABLE customer;--", "C-999999", "99999999999999999999",
                                 "\x00\x1b[2J", "1 OR 1=1", "x" * 500, "٣"])  # fmt: skip
def test_hostile_or_unknown_ids_are_refused_and_change_nothing(db: Database, staff: Staff, key: str) -> None:
    make_customer(db, staff.admin, "Pau Serra", customer_number="C-1")
    actions = audit_actions(db)
    with pytest.raises((InvalidInput, NotFound)) as refused:
        privacy.erase_customer(db, staff.admin, key)
    assert str(refused.value) and "Traceback" not in str(refused.value)
    with pytest.raises((InvalidInput, NotFound)):
        privacy.export_customer(db, staff.admin, key)
    assert audit_actions(db) == actions
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer).where(Customer.erased_at.is_not(None))) == 0
        assert s.scalar(select(Customer.full_name)) == "Pau Serra"


def test_a_number_that_is_also_another_customers_id_is_refused(db: Database, staff: Staff) -> None:
    other = make_customer(db, staff.admin, "Pau Serra")
    mine = make_customer(db, staff.admin, "Núria Puig", customer_number=str(other))
    with pytest.raises(InvalidInput, match="give the customer number of the one you mean"):
        privacy.erase_customer(db, staff.admin, str(other))
    assert privacy.find_customer(db, mine).full_name == "Núria Puig"  # an int is always an id


# --- the command line ----------------------------------------------------------------------------------


def test_cli_export_to_screen_and_to_a_private_file(db, staff, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    history = build_history(db, staff)
    assert run(db, "customer", "export", NUMBER, monkeypatch=monkeypatch) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["orders"][0]["order_number"] == history.order_number
    target = tmp_path / "export.json"
    assert run(db, "customer", "export", str(history.customer_id), "--output", str(target), "--with-documents",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    assert f"Customer {NUMBER} exported to {target}" in capsys.readouterr().out
    assert json.loads(target.read_text(encoding="utf-8"))["documents"][0]["content_base64"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    missing_folder = str(tmp_path / "no" / "x.json")
    assert run(db, "customer", "export", NUMBER, "--output", missing_folder, monkeypatch=monkeypatch) == 2
    assert "does not exist; nothing was exported" in capsys.readouterr().err
    assert audit_actions(db).count("customer.export") == 2


def test_cli_erase_asks_for_the_number_then_refuses_a_second_time(db, staff, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(db, staff.admin, NAME, customer_number=NUMBER, phones=[PHONE])
    assert run(db, "customer", "erase", NUMBER, stdin="C-000124\n", monkeypatch=monkeypatch) == 1
    out = capsys.readouterr()
    assert f"{NAME} ({NUMBER})" in out.out and "nothing was erased" in out.err
    assert run(db, "customer", "erase", NUMBER, stdin="", monkeypatch=monkeypatch) == 1  # end of input: no
    capsys.readouterr()
    with db.read() as s:
        assert s.get_one(Customer, customer).erased_at is None
    assert run(db, "customer", "erase", str(customer), stdin=f"{NUMBER}\n", monkeypatch=monkeypatch) == 0
    assert f"Customer {NUMBER} erased: 1 contact points removed" in capsys.readouterr().out
    assert run(db, "customer", "erase", NUMBER, "--yes", monkeypatch=monkeypatch) == 2
    assert f"Customer {NUMBER} was already erased" in capsys.readouterr().err
    for key, message in [("", "Give a customer number"), ("C-404", "No customer has the number or id 'C-404'")]:
        assert run(db, "customer", "erase", key, "--yes", monkeypatch=monkeypatch) == 2
        assert message in capsys.readouterr().err
    assert audit_actions(db).count("customer.erase") == 1


# --- access log ----------------------------------------------------------------------------------------


def test_opening_a_customer_logs_who_looked(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Pau Serra")
    when = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
    header = customer360.open_customer(db, staff.manager, customer, now=when)
    assert header.full_name == "Pau Serra"
    with pytest.raises(NotFound):
        customer360.open_customer(db, staff.manager, 987654)
    with db.read() as s:
        (row,) = s.scalars(select(CustomerAccess)).all()
    assert (row.customer_id, row.actor_id, row.actor_name, row.workstation, row.purpose, row.accessed_at) == (
        customer, staff.manager.user_id, "marc", "tests", "customer_screen", when)
    customer360.customer_header(db, customer)  # other readers (the approval queue) do not log
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CustomerAccess)) == 1


@pytest.mark.gui
def test_the_customer_screen_logs_its_opening_and_shows_an_erased_customer(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811, E501
    from desk.ui.customer.view import CustomerView

    customer = make_customer(ctx.db, ctx.actor, NAME, customer_number=NUMBER, phones=[PHONE])
    view = CustomerView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.headerShown, timeout=5000):
        view.open_customer(customer)
    wait_idle(qtbot)
    with ctx.db.read() as s:
        rows = s.scalars(select(CustomerAccess)).all()
    assert [(r.customer_id, r.actor_id, r.actor_name, r.workstation) for r in rows] == [
        (customer, ctx.actor.user_id, "ana", "tests")]
    assert view.header.name.text() == NAME
    with qtbot.waitSignal(view.headerShown, timeout=5000):
        view._refresh_header()  # a reload after a change on screen is not a new opening
    wait_idle(qtbot)
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CustomerAccess)) == 1

    privacy.erase_customer(ctx.db, ctx.actor, NUMBER)
    with qtbot.waitSignal(view.headerShown, timeout=5000):
        view.open_customer(customer)
    wait_idle(qtbot)
    assert view.header.name.text() == f"Erased customer {NUMBER}"
    assert "612" not in view.header.contacts.text()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CustomerAccess)) == 2

"""Faults: local drafts that survive anything the disk or an agent throws at them, and a database that goes away.

- Drafts (desk.drafts, no Qt, no database): round trip, atomic replacement, corrupt files ignored with a log
  line, hostile text kept exactly or refused clearly, no passwords, bounded size, safe names.
- The database going away, on a PostgreSQL server of this module's own (never the session-wide one other tests
  share, since these tests stop it): a service call while it is down says DatabaseUnavailable and writes
  nothing; once it is back the same call works. A transaction whose backend is killed midway (from a second
  connection, while the first is held inside the service at a known point) leaves no case, case line, decision,
  timeline event or audit entry behind, and the desk reports DatabaseUnavailable.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from desk import drafts, goodwill, returns
from desk.db import Database
from desk.drafts import MAX_DRAFT_BYTES, DraftRefused, DraftStore, customer_subject, user_folder_name
from desk.enums import Channel, DecisionKind, ItemCondition, RefundMethod
from desk.errors import DatabaseUnavailable
from desk.goodwill import GoodwillRequest, grant_goodwill
from desk.interactions import ContactForm, log_contact
from desk.models import ApprovalRequest, AuditEntry, Case, CaseLine, Decision, Interaction, TimelineEvent
from desk.returns import ReturnLineRequest, ReturnRequest, take_return
from tests.factories import make_customer, make_order, make_product, make_staff
from tests.pg_server import ThrowawayPostgres, required_bin_dir

HOSTILE = {
    "emoji": "Cliente enfadado 😡👍🏽🇪🇸 — ñ, ç, l·l, 中文, עברית",
    "control": "a\x00b\x01c\x1b[31mred\x1b[0m\r\n\t\x7f\x85\u2028\u2029\ufeff end",
    "sql": "'; DROP TABLE customer; -- \" OR 1=1 /* */ \\ %s %(x)s $1 \\x00",
    "json": '{"version": 2, "fields": null}\n]}]}',
    "lone_surrogate": "half an emoji: \ud83d and the other half \ude00",
    "big": ("Llamada larga: el cliente explica el fallo otra vez 😡. " * 2000)[:100_000],
}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path, "ana")


# --- drafts ----------------------------------------------------------------------------------------------------


def test_a_draft_round_trips_in_its_own_file_under_the_data_folder(store: DraftStore, tmp_path: Path) -> None:
    fields = {"kind": "goodwill_voucher", "amount": "40,50", "reason_code": None, "words": "Llegó tarde",
              "lines": [{"order_line_id": 7, "quantity": 2, "exception": True}], "ratio": 0.5}  # fmt: skip
    moment = datetime(2026, 3, 2, 16, 42, 5, tzinfo=timezone.utc)
    saved = store.save("goodwill", customer_subject(42), fields, now=moment)
    path = tmp_path / "drafts" / "ana" / "goodwill-customer-42.json"
    assert store.path("goodwill", "customer-42") == path and path.is_file()
    loaded = store.load("goodwill", "customer-42")
    assert loaded == saved and loaded.fields == fields and loaded.saved_at == moment
    assert store.load("goodwill", "customer-43") is None  # another customer: nothing
    assert DraftStore(tmp_path, "pau").load("goodwill", "customer-42") is None  # another agent: nothing
    assert customer_subject(42, 7) == "customer-42-case-7"
    assert store.subjects("goodwill") == ["customer-42"]
    if os.name == "posix":  # a draft names a customer's matter: only this OS user reads it
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    store.discard("goodwill", "customer-42")
    assert not path.exists() and store.load("goodwill", "customer-42") is None
    store.discard("goodwill", "customer-42")  # twice is not an error


def test_the_default_folder_is_the_desk_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    store = DraftStore.for_user("ana")
    expected = tmp_path / "data" / "drafts" / "ana" / "log_contact-customer-1.json"
    assert store.path("log_contact", "customer-1") == expected


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_kept_exactly(store: DraftStore, name: str) -> None:
    value = HOSTILE[name]
    store.save("log_contact", "customer-1", {"summary": value, "reason": value[:120]})
    loaded = store.load("log_contact", "customer-1")
    assert loaded is not None and loaded.fields["summary"] == value and loaded.fields["reason"] == value[:120]
    store.path("log_contact", "customer-1").read_bytes().decode("ascii")  # every odd character escaped


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(max_size=12).filter(lambda k: bool(k) and not drafts._SECRET.search(k)),
                       st.one_of(st.text(alphabet=st.characters(blacklist_categories=())), st.integers(),
                                 st.booleans(), st.none()), max_size=8))  # fmt: skip
def test_any_plain_fields_round_trip(fields: dict[str, Any]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore(Path(folder), "ana")
        store.save("goodwill", "customer-5", fields)
        loaded = store.load("goodwill", "customer-5")
        assert loaded is not None and loaded.fields == fields


def test_an_absurd_size_is_refused_clearly_and_the_last_draft_stays(store: DraftStore) -> None:
    store.save("log_contact", "customer-1", {"summary": "the last good one"})
    with pytest.raises(DraftRefused, match=r"too long to keep as a draft .*at most 1024 KB"):
        store.save("log_contact", "customer-1", {"summary": "x" * (MAX_DRAFT_BYTES + 1)})
    with pytest.raises(DraftRefused, match="too long"):
        store.save("log_contact", "customer-1", {"summary": "😡" * (MAX_DRAFT_BYTES // 8)})  # escaped, 12 bytes each
    assert store.load("log_contact", "customer-1").fields == {"summary": "the last good one"}


@pytest.mark.parametrize("fields", [
    {"password": "demo1234"}, {"db_password": "x"}, {"Passwd": "x"}, {"login": {"secret": "x"}},
    {"lines": [{"api_token": "x"}]}, {"pin": "1234"},
])  # fmt: skip
def test_a_password_is_never_kept(store: DraftStore, fields: dict[str, Any]) -> None:
    with pytest.raises(DraftRefused, match="password is never kept"):
        store.save("log_contact", "customer-1", fields)
    assert not store.path("log_contact", "customer-1").exists()


@pytest.mark.parametrize("fields", [
    {"amount": Decimal("1.5")}, {"when": datetime.now(timezone.utc)}, {"ratio": float("nan")},
    {"x": object()}, {1: "numbered"}, {"deep": [[[[["too deep"]]]]]}, {f"f{i}": i for i in range(1200)},
])  # fmt: skip
def test_only_small_plain_data_is_kept(store: DraftStore, fields: dict[Any, Any]) -> None:
    with pytest.raises(DraftRefused):
        store.save("log_contact", "customer-1", fields)


@pytest.mark.parametrize("form, subject", [
    ("../goodwill", "customer-1"), ("goodwill", "../../etc/passwd"), ("goodwill", "customer/1"), ("", "x"),
    ("Goodwill", "customer-1"), ("goodwill", "customer-1\x00"), ("good-will", "customer-1"), ("goodwill", ""),
])  # fmt: skip
def test_form_and_subject_must_be_plain_names(store: DraftStore, form: str, subject: str) -> None:
    with pytest.raises(ValueError):
        store.path(form, subject)


@pytest.mark.parametrize("username", ["../admin", "ana/../../x", "..", ".", "", "Ana María", "a\x00b", "x" * 200])
def test_an_odd_user_name_becomes_a_safe_folder(tmp_path: Path, username: str) -> None:
    store = DraftStore(tmp_path, username)
    assert store.folder.parent == tmp_path / "drafts" and store.folder.name.startswith("user-")
    assert user_folder_name(username) == store.folder.name  # stable: the same agent finds their drafts again
    store.save("log_contact", "customer-1", {"summary": "x"})
    assert store.load("log_contact", "customer-1").fields == {"summary": "x"}


def test_a_write_that_fails_leaves_the_last_draft_whole_and_no_debris(store: DraftStore,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    store.save("goodwill", "customer-9", {"words": "first version"})
    folder = store.folder
    for broken in ("replace", "fsync"):
        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(drafts.os, broken, fail)
            with pytest.raises(OSError):
                store.save("goodwill", "customer-9", {"words": "second version " * 100})
        assert store.load("goodwill", "customer-9").fields == {"words": "first version"}
        assert sorted(p.name for p in folder.iterdir()) == ["goodwill-customer-9.json"]  # no temp file left


def test_a_temp_file_left_by_a_crash_is_not_a_draft(store: DraftStore) -> None:
    store.save("goodwill", "customer-9", {"words": "kept"})
    (store.folder / ".goodwill-customer-9.abc123.tmp").write_text('{"version": 1, "fields": {"words": "half')
    assert store.load("goodwill", "customer-9").fields == {"words": "kept"}
    assert store.subjects("goodwill") == ["customer-9"]


GOOD = {"version": 1, "form": "log_contact", "subject": "customer-1", "saved_at": "2026-03-02T16:42:00+00:00",
        "fields": {"summary": "ok"}}  # fmt: skip


@pytest.mark.parametrize("content", [
    b"", b"{", b"\xff\xfe\x00garbage", b"[]", b"null", b'"just text"', b"[" * 100_000,
    json.dumps(GOOD | {"version": 99}).encode(), json.dumps(GOOD | {"form": "goodwill"}).encode(),
    json.dumps(GOOD | {"subject": "customer-2"}).encode(), json.dumps(GOOD | {"fields": ["a"]}).encode(),
    json.dumps(GOOD | {"saved_at": "yesterday"}).encode(),
    json.dumps(GOOD | {"saved_at": "2026-03-02T16:42:00"}).encode(),  # no time zone
    json.dumps(GOOD | {"fields": {"password": "demo1234"}}).encode(),
    json.dumps({k: v for k, v in GOOD.items() if k != "fields"}).encode(),
    json.dumps(GOOD).encode().replace(b'"ok"', b"NaN"), json.dumps(GOOD).encode()[:-7],
    json.dumps(GOOD, ensure_ascii=False).encode("utf-16"),
])  # fmt: skip
def test_a_corrupt_draft_is_ignored_with_a_log_line_and_replaced_by_the_next(store: DraftStore, content: bytes,
                                                                             caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    path = store.path("log_contact", "customer-1")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="desk.drafts"):
        assert store.load("log_contact", "customer-1") is None
    assert any("Ignoring the draft" in record.getMessage() for record in caplog.records)
    store.save("log_contact", "customer-1", {"summary": "new"})
    assert store.load("log_contact", "customer-1").fields == {"summary": "new"}


def test_a_huge_or_unreadable_draft_is_ignored_without_reading_it(store: DraftStore,
                                                                 caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    path = store.path("log_contact", "customer-1")
    path.parent.mkdir(parents=True)
    with path.open("wb") as out:
        out.truncate(50 * MAX_DRAFT_BYTES)  # sparse: as big as a disk error could make it
    with caplog.at_level(logging.WARNING, logger="desk.drafts"):
        assert store.load("log_contact", "customer-1") is None
    path.unlink()
    path.mkdir()  # something else in its place
    with caplog.at_level(logging.WARNING, logger="desk.drafts"):
        assert store.load("log_contact", "customer-1") is None
    assert len([r for r in caplog.records if "Ignoring the draft" in r.getMessage()]) == 2


def test_the_good_draft_file_format_is_what_the_desk_reads(store: DraftStore) -> None:
    """A guard for the fixtures above: the hand-written good payload is a readable draft."""
    path = store.path("log_contact", "customer-1")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(GOOD))
    loaded = store.load("log_contact", "customer-1")
    assert loaded is not None and loaded.fields == {"summary": "ok"}
    assert loaded.saved_at == datetime(2026, 3, 2, 16, 42, tzinfo=timezone.utc)


# --- the database going away: a PostgreSQL server of this module's own ----------------------------------------


def dedicated_server() -> Iterator[ThrowawayPostgres]:
    """A server these tests may stop and start (with a migrated template database `faults_template`)."""
    server = ThrowawayPostgres(required_bin_dir())
    server.start()
    try:
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE faults_template"))
        admin.dispose()
        template = Database(server.url("faults_template"))
        template.upgrade()
        template.dispose()
        yield server
    finally:
        server.stop()


def dedicated_database(server: ThrowawayPostgres, name: str) -> Iterator[Database]:
    """A fresh database on the dedicated server; the server runs again afterwards whatever the test did."""
    if not server.is_running():
        server.restart()
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE faults_template'))
    db = Database(server.url(name))
    try:
        yield db
    finally:
        db.dispose()
        if not server.is_running():
            server.restart()
        admin.dispose()
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


_names = iter(range(10**6))


@pytest.fixture(scope="module")
def faults_pg() -> Iterator[ThrowawayPostgres]:
    yield from dedicated_server()


@pytest.fixture
def faults_db(faults_pg: ThrowawayPostgres) -> Iterator[Database]:
    yield from dedicated_database(faults_pg, f"faults_{os.getpid()}_{next(_names)}")


ROW_MODELS: dict[str, type] = {"case": Case, "case line": CaseLine, "decision": Decision, "approval": ApprovalRequest,
                               "timeline event": TimelineEvent, "audit entry": AuditEntry,
                               "interaction": Interaction}  # fmt: skip


def row_counts(session: Session) -> dict[str, int]:
    return {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in ROW_MODELS.items()}


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return row_counts(session)


@pytest.mark.postgres_only
def test_a_service_call_while_the_server_is_down_says_so_writes_nothing_and_works_once_it_is_back(
    faults_pg: ThrowawayPostgres, faults_db: Database
) -> None:
    db = faults_db
    staff = make_staff(db)
    customer = make_customer(db, staff.admin, "Begoña García López")
    form = ContactForm(Channel.PHONE, "Product fault", "The TV has no sound", "Case opened")
    before = counts(db)

    faults_pg.shut_down()
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="cannot be reached right now. Nothing was saved"):
        log_contact(db, staff.agent, customer, form)
    with pytest.raises(DatabaseUnavailable):
        db.current_revision()  # what the desk's "is it back?" probe asks
    assert time.monotonic() - started < 5  # a refused connection is an answer at once, not a hang

    faults_pg.restart()
    assert counts(db) == before  # nothing was written
    assert db.current_revision()  # the pool dropped its dead connections by itself
    log_contact(db, staff.agent, customer, form)
    after = counts(db)
    assert after["interaction"] == before["interaction"] + 1


def _hold_inside(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> tuple[threading.Event,
                                                                                    threading.Event, dict[str, Any]]:  # fmt: skip
    """Wrap module.name (called with a session first): after it ran, flush, note the backend's pid and the rows
    the transaction can see, then wait until the test says go on."""
    inside, go_on, seen = threading.Event(), threading.Event(), {}
    original: Callable[..., Any] = getattr(module, name)

    def held(session: Session, *args: Any, **kwargs: Any) -> Any:
        result = original(session, *args, **kwargs)
        session.flush()
        seen["pid"] = session.execute(text("SELECT pg_backend_pid()")).scalar()
        seen["rows"] = row_counts(session)
        inside.set()
        if not go_on.wait(30):
            raise TimeoutError("the test never let the transaction go on")
        return result

    monkeypatch.setattr(module, name, held)
    return inside, go_on, seen


def _kill_midway(db: Database, call: Callable[[], Any], inside: threading.Event, go_on: threading.Event,
                 seen: dict[str, Any]) -> BaseException | None:  # fmt: skip
    """Run `call` in a thread; once it is held inside its transaction, kill its backend from a second
    connection, let it go on, and return what it raised."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    try:
        assert inside.wait(30), "the service never reached the point where it is held"
        killer = create_engine(db.engine.url, isolation_level="AUTOCOMMIT")
        with killer.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": seen["pid"]}).scalar() is True
            deadline = time.monotonic() + 10
            while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                               {"pid": seen["pid"]}).scalar():  # fmt: skip
                assert time.monotonic() < deadline, "the backend did not go away"
                time.sleep(0.02)
        killer.dispose()
    finally:
        go_on.set()
        worker.join(30)
    assert not worker.is_alive()
    assert "result" not in outcome, f"the service committed although its backend was killed: {outcome['result']}"
    return outcome.get("error")


@pytest.mark.postgres_only
def test_a_goodwill_case_killed_midway_leaves_nothing_behind(faults_db: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    db = faults_db
    staff = make_staff(db)
    customer = make_customer(db, staff.admin, "Jordi Puig i Ferrer")
    request = GoodwillRequest(customer, DecisionKind.GOODWILL_VOUCHER, "40", "late_delivery", "Llegó tarde",
                              Channel.PHONE)  # fmt: skip
    before = counts(db)
    # Held after the decision (with its audit entry and timeline event) was written, before the case is granted.
    inside, go_on, seen = _hold_inside(monkeypatch, goodwill, "request_decision")

    error = _kill_midway(db, lambda: grant_goodwill(db, staff.agent, request), inside, go_on, seen)

    assert isinstance(error, DatabaseUnavailable), repr(error)
    assert "Nothing was saved" in str(error)
    midway = seen["rows"]
    for name in ("case", "decision", "timeline event", "audit entry"):  # it really was halfway through
        assert midway[name] > before[name], name
    assert counts(db) == before  # and none of it is left
    monkeypatch.undo()
    grant_goodwill(db, staff.agent, request)  # the desk works on at once: the pool replaced the dead connection
    assert counts(db)["case"] == before["case"] + 1


@pytest.mark.postgres_only
def test_a_return_killed_midway_leaves_nothing_behind(faults_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db = faults_db
    staff = make_staff(db)
    customer = make_customer(db, staff.admin, "Núria Puig i Col·lell")
    coffee = make_product(db, "CAF-1", "Cafetera Krups", "99.95")
    (line,) = make_order(db, staff.shop_id, customer, "PED-1", datetime.now(timezone.utc) - timedelta(days=3),
                         [(coffee, 2, "99.95", None)], receipt="T-1")  # fmt: skip
    lines = (ReturnLineRequest(1, ItemCondition.OPENED, line, reason="No la quiere"),
             ReturnLineRequest(1, ItemCondition.UNOPENED, description="Molinillo, sin ticket", amount="35,50"))
    request = ReturnRequest(customer, Channel.STORE, lines, RefundMethod.ORIGINAL_PAYMENT, items_received=True,
                            reason_text="Cliente habitual")  # fmt: skip
    before = counts(db)
    # Held after the case with its line, timeline event and audit entry was written, before its decisions.
    inside, go_on, seen = _hold_inside(monkeypatch, returns, "add_case")

    error = _kill_midway(db, lambda: take_return(db, staff.agent, request), inside, go_on, seen)

    assert isinstance(error, DatabaseUnavailable), repr(error)
    midway = seen["rows"]
    for name in ("case", "case line", "timeline event", "audit entry"):
        assert midway[name] > before[name], name
    assert counts(db) == before
    monkeypatch.undo()
    taken = take_return(db, staff.agent, request)
    after = counts(db)
    assert after["case"] == before["case"] + 1 and after["case line"] == before["case line"] + 2
    assert after["decision"] > before["decision"]  # no receipt: a decision, written this time with the rest
    with db.read() as session:
        assert session.get(Case, taken.case_id) is not None


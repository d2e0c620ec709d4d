"""Drafts in the dialogs, and the database going away while an agent types.

What is typed is kept on this computer 400 ms after the last change, offered back (filled in, with "Restored what
you typed at 17:42; it has not been saved yet" and a way to discard it) when the same dialog opens for the same
customer again, even after a restart of the desk, and removed once saved or thrown away.

On a PostgreSQL server of this module's own, stopped and started again by the tests: Save while it is down says
the database cannot be reached, keeps the draft on disk and writes nothing; the dialog asks the database in the
background until it answers, says "The database is back: press Save again", and never saves by itself.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from sqlalchemy import func, select

from desk.config import Config
from desk.db import Database
from desk.drafts import DraftStore
from desk.enums import Channel, DecisionKind, Direction, ItemCondition, RefundMethod, StoreKind
from desk.models import Case, Interaction, utcnow
from desk.ui import forms
from desk.ui.context import DeskContext
from desk.ui.customer.log_contact import LogContactDialog
from desk.ui.goodwill import GoodwillDialog
from desk.ui.returns import ReturnDialog
from desk.ui.warranty import WarrantyClaimDialog
from tests.factories import make_customer, make_order, make_product, make_staff
from tests.pg_server import ThrowawayPostgres
from tests.test_faults import HOSTILE, dedicated_database, dedicated_server
from tests.ui_fixtures import ctx, wait_idle  # noqa: F401 - ctx is a fixture

pytestmark = pytest.mark.gui
NAME = "Begoña García López"
RESTORED = re.compile(r"Restored what you typed at \d\d:\d\d; it has not been saved yet\.")
SHOTS = Path(os.environ.get("DESK_SHOTS", "/tmp"))
_databases = itertools.count()


@pytest.fixture
def customer(ctx: DeskContext) -> int:
    return make_customer(ctx.db, ctx.actor, NAME)


def draft_file(ctx: DeskContext, form: str, customer_id: int) -> Path:
    return DraftStore(ctx.config.data_dir, ctx.actor.username).path(form, f"customer-{customer_id}")


def draft_fields(path: Path) -> dict[str, object]:
    return json.loads(path.read_text())["fields"]


def log_contact_dialog(ctx: DeskContext, qtbot, customer_id: int, *,  # type: ignore[no-untyped-def]
                       goes_away: bool = False) -> LogContactDialog:
    """`goes_away`: the test destroys it as a closing desk would (so pytest-qt must not close it afterwards)."""
    dialog = LogContactDialog(ctx, customer_id, NAME, store_kind=StoreKind.STORE)
    if not goes_away:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def goodwill_dialog(ctx: DeskContext, qtbot, customer_id: int, *,  # type: ignore[no-untyped-def]
                    goes_away: bool = False) -> GoodwillDialog:
    dialog = GoodwillDialog(ctx, customer_id, NAME, store_kind=StoreKind.STORE)
    if not goes_away:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_contact(qtbot, dialog: LogContactDialog, summary: str) -> None:  # type: ignore[no-untyped-def]
    """Type a contact; back once the draft on disk holds it."""
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.OUTBOUND))
    dialog.reason.setCurrentText("Product fault")
    dialog.outcome.setCurrentText("Call back")
    with qtbot.waitSignal(dialog.drafts.stored, timeout=3000):
        dialog.summary.setPlainText(summary)


def desk_goes_away(dialog) -> None:  # type: ignore[no-untyped-def]
    """The desk closed (or crashed) with the dialog open: the window is gone without anyone pressing Cancel."""
    dialog.hide()
    shiboken6.delete(dialog)


def interactions(db: Database, customer_id: int) -> list[Interaction]:
    with db.read() as s:
        return list(s.scalars(select(Interaction).where(Interaction.customer_id == customer_id)))


# --- drafts --------------------------------------------------------------------------------------------------


def test_a_contact_typed_comes_back_after_a_restart_and_goes_once_saved(ctx: DeskContext, customer: int,
                                                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = log_contact_dialog(ctx, qtbot, customer, goes_away=True)
    assert not dialog.banner.isVisible()
    path = draft_file(ctx, "log_contact", customer)
    assert path == ctx.config.data_dir / "drafts" / "ana" / f"log_contact-customer-{customer}.json"
    summary = HOSTILE["emoji"] + "\n" + HOSTILE["sql"]
    type_contact(qtbot, dialog, summary)
    assert draft_fields(path) == {"channel": "store", "direction": "outbound", "reason": "Product fault",
                                  "summary": summary, "outcome": "Call back"}  # fmt: skip
    desk_goes_away(dialog)
    assert path.exists()

    again = log_contact_dialog(ctx, qtbot, customer)
    assert again.banner.isVisible() and RESTORED.fullmatch(again.banner.note.text())
    assert (again.channel.currentData(), again.direction.currentData()) == (Channel.STORE, Direction.OUTBOUND)
    assert again.reason.currentText() == "Product fault" and again.outcome.currentText() == "Call back"
    assert again.summary.toPlainText() == summary  # every character as typed
    again.activateWindow()
    again.grab().save(str(SHOTS / "draft_restored_log_contact.png"))

    with qtbot.waitSignal(again.finished, timeout=5000):
        again.save_button.click()
    assert not path.exists()
    (saved,) = interactions(ctx.db, customer)
    assert saved.summary == summary
    third = log_contact_dialog(ctx, qtbot, customer)
    assert not third.banner.isVisible() and third.summary.toPlainText() == ""  # saved: nothing to offer back


def test_the_draft_can_be_discarded_from_the_banner_or_by_closing(ctx: DeskContext, customer: int, qtbot,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = draft_file(ctx, "log_contact", customer)
    dialog = log_contact_dialog(ctx, qtbot, customer, goes_away=True)
    type_contact(qtbot, dialog, "Wants a call back tomorrow")
    desk_goes_away(dialog)

    restored = log_contact_dialog(ctx, qtbot, customer)
    assert restored.summary.toPlainText() == "Wants a call back tomorrow"
    restored.banner.discard_button.click()
    assert not path.exists() and not restored.banner.isVisible()
    assert restored.summary.toPlainText() == "" and restored.reason.currentText() == ""
    assert restored.direction.currentData() == Direction.INBOUND and restored.channel.currentData() == Channel.STORE
    with qtbot.waitSignal(restored.drafts.stored, timeout=3000):
        restored.summary.setPlainText("Something new")  # typing again keeps the new text
    assert draft_fields(path)["summary"] == "Something new"

    monkeypatch.setattr(forms, "confirm_discard", lambda parent, text: False)  # "Keep editing"
    restored.reject()
    assert restored.isVisible() and path.exists()
    monkeypatch.setattr(forms, "confirm_discard", lambda parent, text: True)  # "Discard what I typed"
    restored.reject()
    assert not restored.isVisible() and not path.exists()


def test_a_form_emptied_by_hand_leaves_no_draft(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = draft_file(ctx, "log_contact", customer)
    dialog = log_contact_dialog(ctx, qtbot, customer)
    type_contact(qtbot, dialog, "typo")
    dialog.reason.setCurrentText("")
    dialog.outcome.setCurrentText("")
    with qtbot.waitSignal(dialog.drafts.stored, timeout=3000):
        dialog.summary.clear()
    assert not path.exists()


def test_a_corrupt_draft_opens_an_empty_form(ctx: DeskContext, customer: int, qtbot,
                                             caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    path = draft_file(ctx, "log_contact", customer)
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"version": 1, "form": "log_contact", "fields": {"summary": "cut off he')
    with caplog.at_level(logging.WARNING, logger="desk.drafts"):
        dialog = log_contact_dialog(ctx, qtbot, customer)
    assert not dialog.banner.isVisible() and dialog.summary.toPlainText() == ""
    assert any("Ignoring the draft" in r.getMessage() for r in caplog.records)
    type_contact(qtbot, dialog, "typed again")
    assert draft_fields(path)["summary"] == "typed again"  # the next keystrokes replace the broken file


def test_a_draft_too_large_to_keep_is_said_when_the_database_is_away(ctx: DeskContext, customer: int, qtbot,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk import drafts, interactions as service
    from desk.errors import DatabaseUnavailable

    monkeypatch.setattr(drafts, "MAX_DRAFT_BYTES", 2000)

    def unreachable(*_args: object, **_kwargs: object) -> int:
        raise DatabaseUnavailable("The database cannot be reached right now.")

    monkeypatch.setattr(service, "log_contact", unreachable)
    dialog = log_contact_dialog(ctx, qtbot, customer)
    dialog.reason.setCurrentText("Complaint")
    dialog.summary.setPlainText("x" * 3000)
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible() and dialog.summary.toPlainText() == "x" * 3000
    assert dialog.error.text().startswith("The database cannot be reached right now. Nothing was saved, and what "
                                          "you typed could not be kept on this computer either (What was typed is "
                                          "too long")  # fmt: skip
    assert dialog.error.text().endswith("Keep this window open.")


def test_a_goodwill_draft_comes_back_with_its_verdict_and_goes_once_granted(ctx: DeskContext, customer: int,
                                                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    path = draft_file(ctx, "goodwill", customer)
    dialog = goodwill_dialog(ctx, qtbot, customer, goes_away=True)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DecisionKind.GOODWILL_VOUCHER))
    dialog.reason.setCurrentIndex(dialog.reason.findData("late_delivery"))
    dialog.words.setPlainText(HOSTILE["control"])
    words = dialog.words.toPlainText()  # as the box holds it (it makes \r\n and U+2028 plain line breaks)
    assert "\x00" in words and "\x1b" in words
    with qtbot.waitSignal(dialog.drafts.stored, timeout=3000):
        dialog.amount.setText("40,50")
    assert draft_fields(path) == {"kind": "goodwill_voucher", "amount": "40,50", "reason_code": "late_delivery",
                                  "words": words, "channel": "store"}  # fmt: skip
    wait_idle(qtbot)
    desk_goes_away(dialog)

    again = goodwill_dialog(ctx, qtbot, customer)
    assert again.banner.isVisible() and RESTORED.fullmatch(again.banner.note.text())
    assert again.amount.text() == "40,50" and again.reason.currentData() == "late_delivery"
    assert again.words.toPlainText() == words
    qtbot.waitUntil(lambda: again.evaluation.words.text().startswith("You can grant up to 50.00 EUR"), timeout=5000)
    again.grab().save(str(SHOTS / "draft_restored_goodwill.png"))
    # Control characters are kept in the draft as typed; the service refuses them, and the draft stays.
    again.save()
    qtbot.waitUntil(again.error.isVisible, timeout=5000)
    assert "control characters" in again.error.text() and path.exists()
    with qtbot.waitSignal(again.granted, timeout=5000):
        again.words.setPlainText("Llegó cinco días tarde")
        again.save()
    assert not path.exists()
    wait_idle(qtbot)


def test_a_return_comes_back_with_its_lines_and_goes_once_taken(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lines from the customer's purchases, one from another customer's receipt and one with no order on file."""
    now = utcnow()
    kettle = make_product(ctx.db, "HERV-1", "Hervidor Bosch", "39.90", category="Pequeño electrodoméstico")
    tv = make_product(ctx.db, "TV-1", 'TV LG 55"', "899.00", category="Televisores", serialised=True)
    (kettle_line,) = make_order(ctx.db, ctx.actor.store_id, customer, "PED-1", now - timedelta(days=3),
                                [(kettle, 2, "39.90", None)], receipt="T-1")  # fmt: skip
    someone = make_customer(ctx.db, ctx.actor, "Jordi Puig i Ferrer")
    (tv_line,) = make_order(ctx.db, ctx.actor.store_id, someone, "PED-2", now - timedelta(days=2),
                            [(tv, 1, "899.00", "TVSN1")], receipt="T-2")  # fmt: skip
    path = draft_file(ctx, "return", customer)

    dialog = ReturnDialog(ctx, customer, NAME, store_kind=StoreKind.STORE)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.purchases.rowCount() == 1, timeout=5000)
    dialog._add_line(0)
    (kettle_editor,) = dialog.editors
    kettle_editor.quantity.setValue(2)
    kettle_editor.condition.setCurrentIndex(kettle_editor.condition.findData(ItemCondition.OPENED))
    kettle_editor.reason.setText("No calienta 😡")
    dialog.scan.setText("T-2")
    dialog._scan()
    qtbot.waitUntil(lambda: dialog.purchases.rowCount() == 2, timeout=5000)
    dialog._add_line(0)  # the TV bought by someone else, scanned from its receipt
    dialog.editors[1].serial.setText("TVSN1")
    gift = dialog._add_editor(None)
    gift.description.setText("Tostadora sin ticket")
    gift.amount.setText("15,00")
    dialog.method.setCurrentIndex(dialog.method.findData(RefundMethod.STORE_CREDIT))
    with qtbot.waitSignal(dialog.drafts.stored, timeout=3000):
        dialog.reason.setPlainText("Regalo repetido; cliente habitual")
    typed = [editor.draft() for editor in dialog.editors]
    assert draft_fields(path)["lines"] == typed
    wait_idle(qtbot)
    desk_goes_away(dialog)

    again = ReturnDialog(ctx, customer, NAME, store_kind=StoreKind.STORE)
    qtbot.addWidget(again)
    again.show()
    assert again.banner.isVisible() and RESTORED.fullmatch(again.banner.note.text())
    qtbot.waitUntil(lambda: len(again.editors) == 3, timeout=5000)
    assert sorted(map(repr, (e.draft() for e in again.editors))) == sorted(map(repr, typed))
    assert again.method.currentData() == RefundMethod.STORE_CREDIT
    assert again.reason.toPlainText() == "Regalo repetido; cliente habitual"
    assert {e.line.order_line_id for e in again.editors if e.line} == {kettle_line, tv_line}
    wait_idle(qtbot)
    again.grab().save(str(SHOTS / "draft_restored_return.png"))
    again.banner.discard_button.click()
    assert not path.exists() and again.editors == [] and again.reason.toPlainText() == ""
    wait_idle(qtbot)


def test_a_warranty_claim_comes_back_with_its_item_and_goes_once_opened(ctx: DeskContext, customer: int,
                                                                        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tv = make_product(ctx.db, "TV-LG55", "Televisor LG OLED 55 C3", "1299.00", category="TV", serialised=True)
    (tv_line,) = make_order(ctx.db, ctx.actor.store_id, customer, "PED-2026-004211", utcnow() - timedelta(days=60),
                            [(tv, 1, "1299.00", "LG55C3-8841207")])  # fmt: skip
    photo = tmp_path / "pantalla.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    path = draft_file(ctx, "warranty", customer)

    dialog = WarrantyClaimDialog(ctx, customer, NAME, store_kind=StoreKind.STORE)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.picker.list.count() == 1 and dialog.due.isEnabled(), timeout=5000)
    dialog.picker.select(tv_line)
    dialog.serial.setText("LG55C3-8841207-B")  # typed by hand: differs from the one sold
    dialog.cause.setCurrentIndex(dialog.cause.findData("liquid_damage"))
    dialog.accessories.setText("mando, cable")
    dialog.attachments.add_files([str(photo)])
    dialog.technician.setCurrentIndex(1)
    technician = dialog.technician.currentData()
    with qtbot.waitSignal(dialog.drafts.stored, timeout=3000):
        dialog.fault.setPlainText("La pantalla parpadea; se mojó 'un poco' -- según el cliente")
    assert draft_fields(path)["item"] == {"order_line_id": tv_line, "order_number": "PED-2026-004211"}
    wait_idle(qtbot)
    desk_goes_away(dialog)

    again = WarrantyClaimDialog(ctx, customer, NAME, store_kind=StoreKind.STORE)
    qtbot.addWidget(again)
    again.show()
    assert again.banner.isVisible() and RESTORED.fullmatch(again.banner.note.text())
    qtbot.waitUntil(lambda: again.picker.line is not None and again.technician.currentData() == technician,
                    timeout=5000)  # fmt: skip
    assert again.picker.line.order_line_id == tv_line and again.serial.text() == "LG55C3-8841207-B"
    assert again.fault.toPlainText() == "La pantalla parpadea; se mojó 'un poco' -- según el cliente"
    assert again.cause.currentData() == "liquid_damage" and again.accessories.text() == "mando, cable"
    assert [f.path for f in again.attachments.files] == [photo]
    wait_idle(qtbot)
    again.grab().save(str(SHOTS / "draft_restored_warranty.png"))
    with qtbot.waitSignal(again.claimOpened, timeout=5000):
        again.save()
    assert not path.exists()
    wait_idle(qtbot)


# --- the database going away: a PostgreSQL server of this module's own -----------------------------------------


@pytest.fixture(scope="module")
def outage_pg() -> Iterator[ThrowawayPostgres]:
    yield from dedicated_server()


@pytest.fixture
def outage_ctx(outage_pg: ThrowawayPostgres, tmp_path: Path, qtbot, monkeypatch) -> Iterator[DeskContext]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(forms, "PROBE_MS", 150)  # ask often: the tests wait for the answer
    for db in dedicated_database(outage_pg, f"outage_{os.getpid()}_{next(_databases)}"):
        staff = make_staff(db)
        config = Config(database_url=db.url, data_dir=tmp_path, phone_region="ES", workstation="tests")
        yield DeskContext(db, staff.agent, config)
        if not outage_pg.is_running():
            outage_pg.restart()
        wait_idle(qtbot, timeout=10000)


@pytest.mark.postgres_only
def test_save_while_the_database_is_down_keeps_everything_and_says_when_it_is_back(
    outage_ctx: DeskContext, outage_pg: ThrowawayPostgres, qtbot  # type: ignore[no-untyped-def]
) -> None:
    ctx = outage_ctx
    customer = make_customer(ctx.db, ctx.actor, NAME)
    path = draft_file(ctx, "log_contact", customer)
    dialog = log_contact_dialog(ctx, qtbot, customer)
    type_contact(qtbot, dialog, "The TV has no sound since Monday; customer very upset")

    outage_pg.shut_down()
    dialog.save_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == ("The database cannot be reached right now. Nothing was saved. What you typed is "
                                   "kept on this computer: it comes back even if this window or the desk is closed.")
    assert dialog.isVisible() and dialog.save_button.isEnabled() and dialog.save_button.text() == "Save"
    assert dialog.summary.toPlainText() == "The TV has no sound since Monday; customer very upset"
    assert draft_fields(path)["summary"] == "The TV has no sound since Monday; customer very upset"
    assert dialog.watch.isVisible() and dialog.watch.watching
    qtbot.waitUntil(lambda: dialog.watch.text().startswith("Still out of reach at"), timeout=10000)
    dialog.grab().save(str(SHOTS / "database_unreachable_log_contact.png"))

    outage_pg.restart()
    qtbot.waitUntil(lambda: dialog.watch.text() == "The database is back: press Save again.", timeout=10000)
    assert not dialog.error.isVisible() and dialog.isVisible()  # it says so, and saves nothing by itself
    assert interactions(ctx.db, customer) == [] and path.exists()
    dialog.grab().save(str(SHOTS / "database_back_log_contact.png"))

    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.save_button.click()
    (saved,) = interactions(ctx.db, customer)
    assert saved.summary == "The TV has no sound since Monday; customer very upset"
    assert not path.exists()


@pytest.mark.postgres_only
def test_a_desk_restarted_while_the_database_is_down_offers_the_goodwill_back(
    outage_ctx: DeskContext, outage_pg: ThrowawayPostgres, qtbot  # type: ignore[no-untyped-def]
) -> None:
    ctx = outage_ctx
    customer = make_customer(ctx.db, ctx.actor, NAME)
    path = draft_file(ctx, "goodwill", customer)
    dialog = goodwill_dialog(ctx, qtbot, customer, goes_away=True)
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged_packaging"))
    dialog.words.setPlainText("Caja rota al llegar")
    with qtbot.waitSignal(dialog.evaluationShown, timeout=5000):
        dialog.amount.setText("30")
    wait_idle(qtbot)

    outage_pg.shut_down()
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text().startswith("The database cannot be reached right now. Nothing was saved. What you "
                                          "typed is kept on this computer")  # fmt: skip
    assert dialog.pages.currentWidget() is dialog.form_page and path.exists()
    dialog.grab().save(str(SHOTS / "database_unreachable_goodwill.png"))
    desk_goes_away(dialog)  # the agent restarts the desk meanwhile
    wait_idle(qtbot, timeout=10000)

    outage_pg.restart()
    again = goodwill_dialog(ctx, qtbot, customer)
    assert again.banner.isVisible() and RESTORED.fullmatch(again.banner.note.text())
    assert (again.amount.text(), again.reason.currentData(), again.words.toPlainText()) == (
        "30", "damaged_packaging", "Caja rota al llegar")  # fmt: skip
    with qtbot.waitSignal(again.evaluationShown, timeout=10000):
        pass
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0  # nothing was half-written
    with qtbot.waitSignal(again.granted, timeout=10000):
        again.save()
    assert not path.exists()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1

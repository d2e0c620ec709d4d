"""The return dialog driven like an agent at the counter: keyboard, live verdicts, refusals that keep what was
typed, the refund, the receipt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.enums import CaseState, DecisionStatus, ItemCondition, StoreKind
from desk.models import Case, Decision, utcnow
from desk.ui.context import DeskContext
from desk.ui.returns import ReturnDialog
from tests.factories import Staff, make_customer, make_order, make_product
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


@pytest.fixture
def customer(ctx: DeskContext, staff: Staff) -> dict[str, int]:
    now = utcnow()
    person = make_customer(ctx.db, ctx.actor, "Núria Puig i Col·lell")
    tv = make_product(ctx.db, "TV-LG-55", 'LG OLED 55"', "1299.00", category="Televisores", serialised=True)
    jbl = make_product(ctx.db, "AUR-JBL", "JBL Tune 520BT", "49.99", category="Auriculares", return_days=15)
    make_order(ctx.db, staff.web_id, person, "WEB-77", now - timedelta(days=70), [(jbl, 1, "49.99", None)],
               channel="web", delivered_at=now - timedelta(days=67))  # fmt: skip
    make_order(ctx.db, staff.shop_id, person, "PED-101", now - timedelta(days=6), [(tv, 1, "1299.00", "SNTV1")],
               receipt="T-88812")  # fmt: skip
    return {"customer": person}


def open_dialog(ctx: DeskContext, qtbot, customer_id: int) -> ReturnDialog:  # type: ignore[no-untyped-def]
    dialog = ReturnDialog(ctx, customer_id, "Núria Puig i Col·lell", store_kind=StoreKind.STORE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # focus and shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.purchases.rowCount() == 2, timeout=5000)
    return dialog


def verdict_shown(dialog: ReturnDialog, qtbot, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.previewShown, timeout=5000):
        action()


def test_at_the_counter_by_keyboard_then_refund_now(ctx: DeskContext, customer: dict[str, int], qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer["customer"])
    view = dialog.purchases_view
    assert dialog.purchases.line(0).order_number == "PED-101"  # newest first
    window = dialog.purchases.WINDOW
    assert dialog.purchases.index(0, window).data().startswith("until ")  # returnable: said before it is added
    assert dialog.purchases.index(1, window).data().startswith("ended ")
    view.setFocus()
    verdict_shown(dialog, qtbot, lambda: qtbot.keyClick(view, Qt.Key.Key_Return))
    (editor,) = dialog.editors
    assert editor.serial.hasFocus()  # a serialised product: scan its serial first
    assert "✗ Scan or type the serial number" in editor.verdict.text()
    verdict_shown(dialog, qtbot, lambda: qtbot.keyClicks(editor.serial, "sntv1"))
    assert editor.verdict.text().startswith("✗ choose its condition")  # no default: the fee depends on it
    qtbot.keyClick(editor.serial, Qt.Key.Key_Backtab)
    assert editor.condition.hasFocus()
    verdict_shown(dialog, qtbot, lambda: qtbot.keyClick(editor.condition, Qt.Key.Key_Down))  # unopened
    assert editor.verdict.text().startswith("✓ refund 1,299.00 EUR")
    assert "refund 1,299.00 EUR" in dialog.summary.text()
    with qtbot.waitSignal(dialog.returnTaken, timeout=5000) as taken:
        qtbot.keyClick(editor.serial, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case_id, number = taken.args
    assert dialog.pages.currentIndex() == 1 and number in dialog.done_page.title.text()
    assert dialog.done_page.refund_button.isVisible() and dialog.done_page.refund_button.hasFocus()
    qtbot.keyClick(dialog.done_page.refund_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Refunded" in dialog.done_page.text.text(), timeout=5000)
    with ctx.db.read() as s:
        case = s.get(Case, case_id)
        assert case.state == CaseState.REFUNDED and case.lines[0].serial_number == "SNTV1"
    wait_idle(qtbot)


def test_outside_the_window_is_refused_until_accepted_as_an_exception(ctx: DeskContext, customer: dict[str, int],
                                                                      qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer["customer"])
    verdict_shown(dialog, qtbot, lambda: dialog._add_line(1))  # the headphones, window over
    (editor,) = dialog.editors
    verdict_shown(dialog, qtbot, lambda: editor.condition.setCurrentIndex(1))  # opened
    assert "outside the rules" in editor.verdict.text() and "window ended" in editor.verdict.text()
    editor.reason.setText("No le gusta el sonido")
    dialog.take()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "accept it as an exception" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0 and editor.reason.text() == "No le gusta el sonido"  # nothing lost
    verdict_shown(dialog, qtbot, lambda: editor.exception.setChecked(True))
    assert editor.verdict.text().startswith("! refund 49.99 EUR")
    assert "49.99 EUR will go to a supervisor for approval" in dialog.summary.text()  # 52 days late: above a manager
    editor.reason.setText("")  # without the line's own reason, the exception needs the reason box
    dialog.take()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "Say why in the reason box" in dialog.error.text()
    dialog.reason.setPlainText("Clienta habitual; precintado")
    with qtbot.waitSignal(dialog.returnTaken, timeout=5000) as taken:
        dialog.take()
    assert not dialog.done_page.refund_button.isVisible()
    assert "Waiting for approval before the money goes back" in dialog.done_page.text.text()
    with ctx.db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == taken.args[0])).all()
        assert decision.status == DecisionStatus.PENDING_APPROVAL and decision.reason_text == "Clienta habitual; precintado"
    wait_idle(qtbot)


def test_a_scanned_receipt_lists_its_lines_and_no_order_items_need_a_description(
    ctx: DeskContext, customer: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer["customer"])
    dialog.purchases_view.setCurrentIndex(dialog.purchases.index(1, 0))
    qtbot.keyClicks(dialog.scan, "t-88812")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PED-101 is listed at the top" in dialog.purchases_status.text(), timeout=5000)
    assert dialog.purchases_view.currentIndex().row() == 0 and dialog.purchases.rowCount() == 2
    qtbot.keyClicks(dialog.scan, "NOPE-1")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No order or receipt “NOPE-1”" in dialog.purchases_status.text(), timeout=5000)

    editor = dialog._add_editor(None)
    editor.amount.setText("35,50")
    editor.condition.setCurrentIndex(editor.condition.findData(ItemCondition.OPENED))
    editor.condition.setCurrentIndex(editor.condition.findData(ItemCondition.OPENED))
    dialog.take()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "description is empty" in dialog.error.text() and editor.amount.text() == "35,50"
    wait_idle(qtbot)


def test_print_the_receipt_opens_a_word_file(ctx: DeskContext, customer: dict[str, int], qtbot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    launched: list[tuple[Path, bool]] = []
    monkeypatch.setattr("desk.ui.documents.launch", lambda path, print_it, printer="": launched.append((path, print_it)) or "")
    dialog = open_dialog(ctx, qtbot, customer["customer"])
    dialog._add_line(0)
    dialog.editors[0].serial.setText("SNTV1")
    dialog.editors[0].condition.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.returnTaken, timeout=5000):
        dialog.take()
    dialog.done_page.print_button.click()
    qtbot.waitUntil(lambda: bool(launched), timeout=10000)
    path, print_it = launched[0]
    assert print_it and path.suffix == ".docx" and path.read_bytes()[:2] == b"PK"
    assert dialog.done_page.note.text() == "Receipt sent."
    wait_idle(qtbot)

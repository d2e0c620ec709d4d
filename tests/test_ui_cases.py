"""The case window and the worklist, driving real widgets on real cases (both databases).

A return goes received then refunded from the keyboard and buttons; a warranty claim is assigned, diagnosed,
replaced and handed back; a refused step and a stale screen say why and change nothing; letters and documents
reach the (stand-in) system viewer as files; the worklist lists the agent's cases and opens one with Enter.
"""

from __future__ import annotations

from decimal import Decimal
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk import case_workflow, warranty
from desk.case_view import case_detail
from desk.db import Database
from desk.enums import CaseState, Channel, ItemCondition, RefundMethod
from desk.returns import ReturnLineRequest, ReturnRequest, take_return
from desk.ui import documents as ui_documents
from desk.ui.cases import CaseWindow, MyCasesPanel, open_case
from desk.ui.cases.actions import Act
from desk.ui.cases.dialogs import AssignDialog, ReasonDialog, ResolveDialog
from desk.ui.context import DeskContext
from desk.ui.ops import changes
from desk.warranty import ClaimRequest, open_claim
from tests.factories import make_customer, make_order, make_product
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - ctx, settings are fixtures

pytestmark = pytest.mark.gui
NOW = datetime.now(timezone.utc)


def shop(ctx: DeskContext) -> dict[str, int]:
    """A customer who bought a coffee machine last week and a serialised washing machine a year ago."""
    db, admin, store = ctx.db, ctx.actor, ctx.actor.store_id
    assert store is not None
    customer = make_customer(db, admin, "Núria Puig i Col·lell")
    coffee = make_product(db, "CAF-1", "Cafetera Krups", "99.95")
    washer = make_product(db, "GRA-1", "Lavadora Bosch Serie 6", "649.00", serialised=True)
    (coffee_line,) = make_order(db, store, customer, "PED-1", NOW - timedelta(days=5), [(coffee, 1, "99.95", None)])
    (washer_line,) = make_order(db, store, customer, "PED-2", NOW - timedelta(days=400), [(washer, 1, "649.00", "WM-1")])
    return {"customer": customer, "coffee": coffee_line, "washer": washer_line}


def a_return(ctx: DeskContext, data: dict[str, int], *, received: bool, exception: bool = False) -> int:
    condition = ItemCondition.MISSING_PARTS if exception else ItemCondition.OPENED  # a 15 % fee, then waived
    if exception:  # Ana may waive 5.00 EUR at most: the 14.99 EUR fee goes to her manager
        from desk.actors import system_actor
        from desk.enums import DecisionKind
        from desk.policy import Limit, set_limit

        with ctx.db.write() as s:
            set_limit(s, system_actor("tests"), Limit(DecisionKind.FEE_WAIVER, "EUR", Decimal("5.00")), role=None,
                      username=ctx.actor.username)  # fmt: skip
    line = ReturnLineRequest(1, condition, data["coffee"], reason="Hace ruido", waive_fee=exception)
    request = ReturnRequest(data["customer"], Channel.STORE, (line,), RefundMethod.ORIGINAL_PAYMENT, received,
                            "Clienta habitual" if exception else "")  # fmt: skip
    return take_return(ctx.db, ctx.actor, request).case_id


def a_claim(ctx: DeskContext, data: dict[str, int], now: datetime | None = None) -> int:
    request = ClaimRequest(data["customer"], Channel.STORE, "No centrifuga", data["washer"], "WM-1",
                           accessories="Manguera")  # fmt: skip
    return open_claim(ctx.db, ctx.actor, request, now).case_id


def shown(qtbot, window: CaseWindow, state: CaseState) -> None:  # type: ignore[no-untyped-def]
    """Until the window shows the case in `state` and nothing is under way."""
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.state == state, timeout=5000)
    wait_idle(qtbot)


def visible_actions(window: CaseWindow) -> set[Act]:
    return {act for act, button in window.buttons.items() if button.isVisibleTo(window)}


def state_of(db: Database, case_id: int) -> tuple[CaseState, int]:
    detail = case_detail(db, case_id)
    return detail.state, detail.version


def test_a_return_is_shown_then_received_from_the_keyboard_and_refunded(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = shop(ctx)
    case_id = a_return(ctx, data, received=False)
    window = open_case(None, ctx, case_id)
    qtbot.addWidget(window)
    shown(qtbot, window, CaseState.AWAITING_ITEMS)
    assert open_case(None, ctx, case_id) is window  # asked again: the same window, raised

    detail = window.detail
    assert window.header.number.text() == detail.number and detail.number.startswith("R-")
    assert window.header.state.text() == "Awaiting items" and window.header.state.property("tone") == "waiting"
    assert window.header.customer.text().startswith("Núria Puig i Col·lell · C")
    assert window.header.due.isVisibleTo(window) and window.header.due.text().startswith("Due ")
    assert window.header.money.text() == "Refund 99.95 EUR to original payment"
    assert window.lines.view.topLevelItemCount() == 1
    item = window.lines.view.topLevelItem(0)
    assert [item.text(c) for c in (0, 1, 4, 5)] == ["Cafetera Krups", "PED-1", "Opened", "99.95 EUR"]
    assert "Inside the 30-day return window" in item.toolTip(0)
    assert not window.blocked.isVisibleTo(window) and not window.decisions.isVisibleTo(window)
    assert visible_actions(window) == {Act.RECEIVED, Act.REJECT, Act.CANCEL}
    assert window.buttons[Act.RECEIVED].objectName() == "primaryButton"
    assert window.letter_buttons["return_receipt"].isVisibleTo(window)
    assert "opened" in window.history.view.toPlainText()

    announced: list[dict] = []
    changes().changed.connect(announced.append)
    window.activateWindow()  # mnemonics work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "&Items received"
    shown(qtbot, window, CaseState.RECEIVED)
    assert state_of(ctx.db, case_id) == (CaseState.RECEIVED, window.detail.version)
    assert announced[-1] == {"case": case_id, "customer": data["customer"]}
    assert visible_actions(window) == {Act.REFUND, Act.REJECT}
    assert window.buttons[Act.REFUND].text() == "&Refund 99.95 EUR"

    window.buttons[Act.REFUND].click()
    shown(qtbot, window, CaseState.REFUNDED)
    assert state_of(ctx.db, case_id)[0] == CaseState.REFUNDED
    assert visible_actions(window) == set() and window.header.state.property("tone") == "done"
    assert window.header.ended.text().startswith("Closed ") and not window.header.due.isVisibleTo(window)
    assert not window.message.isVisibleTo(window)
    changes().changed.disconnect(announced.append)


def test_a_warranty_claim_is_assigned_diagnosed_replaced_and_handed_back(ctx: DeskContext, staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = a_claim(ctx, shop(ctx))
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, CaseState.RECEIVED)
    assert window.claim.isVisibleTo(window)
    assert window.claim.fields["serial"].text() == "WM-1" and window.claim.fields["fault"].text() == "No centrifuga"
    assert window.claim.fields["accessories"].text() == "Manguera"
    assert window.claim.fields["entitlement"].text() == "In warranty"
    assert window.claim.fields["technician"].text() == "not assigned yet"
    assert visible_actions(window) == {Act.ASSIGN, Act.DIAGNOSE, Act.REJECT}
    assert window.buttons[Act.ASSIGN].objectName() == "primaryButton"  # nobody repairs it yet
    assert [k for k, b in window.letter_buttons.items() if b.isVisibleTo(window)] == ["warranty_intake"]

    window.buttons[Act.ASSIGN].click()
    qtbot.waitUntil(lambda: window.findChild(AssignDialog) is not None)
    assign = window.findChild(AssignDialog)
    assign.technician.setCurrentIndex(assign.technician.findData(staff.manager.user_id))
    qtbot.keyClicks(assign.centre, "SAT Bosch Barcelona")
    with qtbot.waitSignal(assign.finished, timeout=5000):
        qtbot.keyClick(assign.centre, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.claim.fields["technician"].text() == "Marc · SAT Bosch Barcelona")
    wait_idle(qtbot)

    window.buttons[Act.DIAGNOSE].click()
    shown(qtbot, window, CaseState.DIAGNOSING)
    assert visible_actions(window) == {Act.ASSIGN, Act.AWAIT_PARTS, Act.RESOLVE, Act.REJECT}

    dialog = window.act(Act.RESOLVE)
    assert isinstance(dialog, ResolveDialog)
    dialog.resolution.setCurrentIndex(dialog.resolution.findData("replace"))
    assert dialog.serial.isVisibleTo(dialog) and not dialog.amount.isVisibleTo(dialog)
    dialog.diagnosis.setPlainText("Rodamiento del tambor roto")
    dialog.bearer.setCurrentIndex(dialog.bearer.findData("supplier"))
    dialog.serial.setText("wm-2")
    dialog.save()  # charged to whom? nobody said
    wait_idle(qtbot)
    assert dialog.isVisible() and dialog.error.text() == "Charged to is empty; please fill it in."
    assert dialog.diagnosis.toPlainText() == "Rodamiento del tambor roto" and dialog.serial.text() == "wm-2"
    assert state_of(ctx.db, case_id)[0] == CaseState.DIAGNOSING
    dialog.charge_to.setText("BSH Electrodomésticos")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save_button.click()
    shown(qtbot, window, CaseState.REPLACED)
    assert window.claim.fields["replacement"].text() == "WM-2"
    assert window.claim.fields["bearer"].text() == "The supplier, charged to BSH Electrodomésticos"
    assert window.letter_buttons["warranty_outcome"].isVisibleTo(window)
    assert visible_actions(window) == {Act.HAND_BACK}

    window.buttons[Act.HAND_BACK].click()
    shown(qtbot, window, CaseState.RETURNED_TO_CUSTOMER)
    assert visible_actions(window) == set() and not window.detail.is_open
    assert state_of(ctx.db, case_id)[0] == CaseState.RETURNED_TO_CUSTOMER


def test_a_refused_refund_says_why_and_changes_nothing(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = a_return(ctx, shop(ctx), received=True, exception=True)  # the waived fee waits for approval
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, CaseState.RECEIVED)
    assert window.blocked.isVisibleTo(window)
    assert "Waiting for approval:" in window.blocked.text() and "Fee waived" in window.blocked.text()
    assert window.decisions.view.topLevelItem(0).text(2) == "Waiting for approval"
    assert window.lines.view.topLevelItem(0).text(6) == "waived"
    assert window.buttons[Act.REFUND].objectName() == "actionButton"  # not the invitation while it waits
    before = state_of(ctx.db, case_id)

    window.buttons[Act.REFUND].click()
    qtbot.waitUntil(lambda: window.message.isVisibleTo(window))
    wait_idle(qtbot)
    assert window.message.text().startswith(f"Return {window.detail.number} cannot be settled yet:")
    assert "is waiting for approval" in window.message.text()
    assert state_of(ctx.db, case_id) == before
    assert window.buttons[Act.REFUND].isEnabled()  # free to try again once approved


def test_a_stale_screen_is_refused_then_reloaded(ctx: DeskContext, staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = a_return(ctx, shop(ctx), received=False)
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, CaseState.AWAITING_ITEMS)
    old = window.detail.version
    newer = case_workflow.change_state(ctx.db, staff.manager, case_id, CaseState.RECEIVED, old)  # another desk

    window.buttons[Act.RECEIVED].click()
    shown(qtbot, window, CaseState.RECEIVED)
    assert "was changed by someone else a moment ago (it is now received)" in window.message.text()
    assert window.message.isVisibleTo(window) and window.detail.version == newer
    assert visible_actions(window) == {Act.REFUND, Act.REJECT}
    assert state_of(ctx.db, case_id) == (CaseState.RECEIVED, newer)


def test_a_reason_is_asked_and_kept_when_refused(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = a_return(ctx, shop(ctx), received=False)
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, CaseState.AWAITING_ITEMS)
    dialog = window.act(Act.CANCEL)
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible() and dialog.error.text() == "Reason is empty; please fill it in."
    qtbot.keyClicks(dialog.reason, "La clienta se lo queda")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown(qtbot, window, CaseState.CANCELLED)
    assert window.header.ended.text().endswith("Reason: La clienta se lo queda")
    assert window.header.state.property("tone") == "stopped"


def test_letters_and_documents_reach_the_viewer_as_files(ctx: DeskContext, qtbot, monkeypatch,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    launched: list[tuple[Path, bool]] = []
    monkeypatch.setattr(ui_documents, "launch", lambda path, print_it, printer="": launched.append((path, print_it)) or "")
    case_id = a_claim(ctx, shop(ctx))
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, CaseState.RECEIVED)
    assert window.documents.view.topLevelItemCount() == 0 and window.documents.empty.isVisibleTo(window)
    assert not window.open_button.isEnabled()

    window.letter_buttons["warranty_intake"].click()
    qtbot.waitUntil(lambda: window.documents.view.topLevelItemCount() == 1, timeout=5000)
    wait_idle(qtbot)
    ((path, print_it),) = launched
    assert path.suffix == ".docx" and path.exists() and print_it
    assert path.read_bytes()[:2] == b"PK"  # a Word file

    photo = tmp_path / "golpe lateral.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 1000)
    window.attach_files([str(photo)])
    qtbot.waitUntil(lambda: window.documents.view.topLevelItemCount() == 2, timeout=5000)
    wait_idle(qtbot)
    view = window.documents.view
    assert view.topLevelItem(0).text(0) == "golpe lateral.jpg"  # newest first
    view.setCurrentItem(view.topLevelItem(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens
    qtbot.waitUntil(lambda: len(launched) == 2, timeout=5000)
    assert launched[1][0].name.endswith("golpe lateral.jpg") and launched[1][0].read_bytes() == photo.read_bytes()
    assert launched[1][1] is False
    window.print_button.click()
    qtbot.waitUntil(lambda: len(launched) == 3, timeout=5000)
    assert launched[2][1] is True
    wait_idle(qtbot)


def test_my_cases_lists_the_agents_cases_and_enter_opens_one(ctx: DeskContext, staff, qtbot,
                                                              qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    data = shop(ctx)
    late_claim = a_claim(ctx, data, NOW - timedelta(days=40))  # due 30 days after intake: 10 days late
    return_id = a_return(ctx, data, received=False)
    panel = MyCasesPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    wait_idle(qtbot)
    qtmodeltester.check(panel.model)
    model = panel.model
    assert [model.row_at(r).id for r in range(2)] == [late_claim, return_id]  # the overdue one first
    first, second = (model.index(r, 0) for r in range(2))
    assert first.data().endswith(" · Núria Puig i Col·lell")
    assert model.second_line(model.row_at(0)).startswith("Warranty claim · Received · due ")
    assert model.second_line(model.row_at(0)).endswith("(overdue)")
    assert model.second_line(model.row_at(1)).startswith("Return · Awaiting items · due ")
    assert panel.count.text() == "2 cases"

    panel.view.setCurrentIndex(second)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.caseChosen, timeout=2000) as chosen:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert chosen.args == [return_id]

    case_workflow.change_state(ctx.db, staff.manager, return_id, CaseState.CANCELLED, None, "Error")
    changes().changed.emit({"case": return_id})  # as another window's op would
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.selector.setCurrentIndex(1)  # overdue warranty claims
    assert [model.row_at(r).id for r in range(model.rowCount())] == [late_claim]
    version = warranty.reject_claim(ctx.db, staff.manager, late_claim, None, "Golpe")
    warranty.hand_back(ctx.db, staff.manager, late_claim, version)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.empty.isVisibleTo(panel), timeout=5000)
    assert panel.empty.text() == "No warranty claim is overdue." and panel.count.text() == ""
    wait_idle(qtbot)

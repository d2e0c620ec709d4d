"""The goodwill dialog driven like an agent at the counter: the empowerment verdict live while typing, the button
that follows it, grants and approval requests written, refusals that keep what was typed, Ctrl+D from the
customer on screen. Ana (agent) may grant vouchers up to 50 EUR; a store manager 150; a supervisor 500."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.case_letters import letters_for
from desk.documents import case_documents
from desk.enums import ApprovalState, CaseKind, CaseState, DecisionKind, DecisionStatus, RoleCode, StoreKind
from desk.models import ApprovalRequest, Case, Decision, Role
from desk.rules.empowerment import Outcome
from desk.ui.context import DeskContext
from desk.ui.goodwill import GoodwillDialog
from desk.ui.main_window import MainWindow
from desk.ui.ops import changes
from desk.ui.settings import Settings
from tests.factories import Staff, make_customer
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui
NAME = "Begoña García López"


@pytest.fixture
def customer(ctx: DeskContext, staff: Staff) -> int:
    return make_customer(ctx.db, staff.admin, NAME)


def open_dialog(ctx: DeskContext, qtbot, customer_id: int) -> GoodwillDialog:  # type: ignore[no-untyped-def]
    dialog = GoodwillDialog(ctx, customer_id, NAME, store_kind=StoreKind.STORE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keys and shortcuts need the active window; offscreen, another test's may hold it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_amount(qtbot, dialog: GoodwillDialog, amount: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the amount by typing it; back once the verdict on screen answers what is typed."""
    dialog.amount.clear()
    with qtbot.waitSignal(dialog.evaluationShown, timeout=5000):
        qtbot.keyClicks(dialog.amount, amount)
    wait_idle(qtbot)


def choose_reason(qtbot, dialog: GoodwillDialog, key: Qt.Key = Qt.Key.Key_Down) -> None:  # type: ignore[no-untyped-def]
    """By keyboard: Tab from the amount into the reason, then Down (the first reason) or End ("Other")."""
    dialog.amount.setFocus()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClick(dialog.reason, key)


def ctrl_enter(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def goodwill_cases(ctx: DeskContext) -> list[Case]:
    with ctx.db.read() as s:
        return list(s.scalars(select(Case).where(Case.kind == CaseKind.GOODWILL)))


def test_a_voucher_within_the_limit_by_keyboard_is_granted_at_once(ctx: DeskContext, customer: int, qtbot,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    announced: list[dict[str, Any]] = []
    changes().changed.connect(announced.append)
    dialog = open_dialog(ctx, qtbot, customer)
    assert dialog.focusWidget() is dialog.amount  # a voucher unless said otherwise: the amount is what to type
    assert dialog.kind.currentData() == DecisionKind.GOODWILL_VOUCHER and dialog.reason.currentIndex() == -1
    assert "Type the amount" in dialog.evaluation.text

    type_amount(qtbot, dialog, "40")
    assert dialog.evaluation.outcome == Outcome.GRANT
    assert dialog.evaluation.headline.text() == "✓  Within your limits: you grant it yourself"
    assert dialog.evaluation.words.text() == "You can grant up to 50.00 EUR; 40.00 EUR is within your limits."
    assert dialog.evaluation.property("outcome") == "grant"  # the colour follows
    assert dialog.save_button.text() == "Grant" and dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter in a one-line field does not grant
    assert dialog.pages.currentWidget() is dialog.form_page and goodwill_cases(ctx) == []

    choose_reason(qtbot, dialog)
    assert dialog.reason.currentData() == "late_delivery"
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.words
    qtbot.keyClicks(dialog.words, "El pedido llego cinco dias tarde")
    with qtbot.waitSignal(dialog.granted, timeout=5000) as granted:
        ctrl_enter(qtbot, dialog.words)
    case_id, number, status = granted.args
    assert status == DecisionStatus.GRANTED.value
    with ctx.db.read() as s:
        case = s.get(Case, case_id)
        assert case.kind == CaseKind.GOODWILL and case.state == CaseState.GRANTED and case.case_number == number
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == case_id)).all()
        assert decision.status == DecisionStatus.GRANTED and str(decision.amount) == "40.00"
        assert decision.kind == DecisionKind.GOODWILL_VOUCHER and decision.decided_by == ctx.actor.user_id
        assert decision.reason_code == "late_delivery" and decision.reason_text == "El pedido llego cinco dias tarde"
    assert {"customer": customer, "case": case_id} in announced

    page = dialog.done_page
    assert dialog.pages.currentWidget() is page
    assert page.title.text() == f"✓  Granted: goodwill voucher 40.00 EUR ({number})"
    letters = letters_for(CaseKind.GOODWILL, CaseState.GRANTED)
    assert len(page.print_buttons) == len(letters)  # one per letter the case can print; none, no button
    if page.print_buttons:
        assert page.print_buttons[0].hasFocus()
        launched: list[Path] = []
        monkeypatch.setattr("desk.ui.documents.launch", lambda path, print_it, printer="": launched.append(path) or "")
        qtbot.mouseClick(page.print_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(launched), timeout=5000)
        assert [doc.kind for doc in case_documents(ctx.db, case_id)] == [letters[0]]
    wait_idle(qtbot)
    dialog.reject()  # saved: Escape closes without a question
    assert not dialog.isVisible()


def test_above_the_limit_it_asks_a_store_manager(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer)
    type_amount(qtbot, dialog, "80")
    assert dialog.evaluation.outcome == Outcome.APPROVAL
    assert dialog.evaluation.headline.text().endswith("Goes to a store manager for approval")
    assert dialog.evaluation.words.text() == ("You can grant up to 50.00 EUR; 80.00 EUR will go to a store manager "
                                              "for approval.")  # fmt: skip
    assert "above your limit of 50.00 EUR" in dialog.evaluation.details.text()
    assert dialog.save_button.text() == "Ask for approval" and dialog.save_button.isEnabled()
    assert dialog.shortcut_hint.text() == "Ctrl+Enter asks for approval"

    choose_reason(qtbot, dialog)
    with qtbot.waitSignal(dialog.granted, timeout=5000) as granted:
        ctrl_enter(qtbot, dialog.reason)
    case_id, number, status = granted.args
    assert status == DecisionStatus.PENDING_APPROVAL.value
    with ctx.db.read() as s:
        assert s.get(Case, case_id).state == CaseState.OPEN  # waits for the manager's answer
        decision = s.scalar(select(Decision).where(Decision.case_id == case_id))
        assert decision.status == DecisionStatus.PENDING_APPROVAL and decision.decided_by is None
        request, role = s.execute(select(ApprovalRequest, Role.code).join(Role, Role.id == ApprovalRequest.required_role_id)
                                  .where(ApprovalRequest.decision_id == decision.id)).one()  # fmt: skip
        assert request.state == ApprovalState.PENDING and role == RoleCode.STORE_MANAGER
        assert request.requested_by == ctx.actor.user_id
    page = dialog.done_page
    assert page.title.text() == "!  Sent for approval to a store manager"
    assert page.details.text().startswith(f"Goodwill voucher 80.00 EUR · case {number}")
    assert len(page.print_buttons) == len(letters_for(CaseKind.GOODWILL, CaseState.OPEN))
    with qtbot.waitSignal(dialog.openCaseRequested, timeout=2000) as asked:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert asked.args == [case_id] and not dialog.isVisible()  # the case window takes over


def test_above_everyones_limit_nothing_can_be_saved(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer)
    choose_reason(qtbot, dialog)
    type_amount(qtbot, dialog, "600")
    assert dialog.evaluation.outcome == Outcome.NOT_ALLOWED and dialog.evaluation.property("outcome") == "not_allowed"
    assert dialog.evaluation.headline.text() == "✗  Nobody may grant this"
    assert dialog.evaluation.words.text() == "Nobody may grant this: the highest limit is 500.00 EUR per decision."
    assert not dialog.save_button.isEnabled()
    ctrl_enter(qtbot, dialog.amount)  # disabled button, but the key still gets an answer
    assert dialog.error.isVisible() and dialog.error.text().startswith("Nothing was saved: nobody may grant")
    wait_idle(qtbot)
    assert goodwill_cases(ctx) == [] and dialog.amount.text() == "600"

    shown: list[str] = []
    dialog.evaluationShown.connect(lambda: shown.append(dialog.evaluation.words.text()))
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "15")
    dialog.timer.timeout.emit()  # a verdict for "15" is asked for at once ...
    with qtbot.waitSignal(dialog.evaluationShown, timeout=5000):
        qtbot.keyClicks(dialog.amount, "0")  # ... and is stale before it arrives: only the one for 150 shows
    wait_idle(qtbot)
    assert shown[1:] == ["You can grant up to 50.00 EUR; 150.00 EUR will go to a store manager for approval."]
    assert not dialog.error.isVisible() and dialog.save_button.isEnabled()  # the error goes, the button is back


def test_refusals_keep_what_was_typed(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer)
    type_amount(qtbot, dialog, "40")
    choose_reason(qtbot, dialog, Qt.Key.Key_End)
    assert dialog.reason.currentData() == "other" and "(required)" in dialog.words_label.text()
    ctrl_enter(qtbot, dialog.reason)  # "Other" with no words: said at once, nothing sent
    assert dialog.error.text() == "“Other” needs a few words: say why in “In your words”."
    assert dialog.focusWidget() is dialog.words

    qtbot.keyClicks(dialog.words, "Se le rayo la encimera al instalarla")
    assert not dialog.error.isVisible()  # typing answers it
    type_amount(qtbot, dialog, "abc")  # the service refuses what the preview already flagged
    ctrl_enter(qtbot, dialog.words)
    qtbot.waitUntil(lambda: dialog.error.text() == "Amount: 'abc' is not an amount.", timeout=5000)
    wait_idle(qtbot)
    assert (dialog.amount.text(), dialog.reason.currentData()) == ("abc", "other")
    assert dialog.words.toPlainText() == "Se le rayo la encimera al instalarla"
    assert dialog.pages.currentWidget() is dialog.form_page and goodwill_cases(ctx) == []


def test_amounts_that_are_not_amounts_are_said_plainly(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot, customer)
    dialog.timer.setInterval(20)  # the pause while typing is not what this test is about
    for typed, said in [("abc", "Amount: 'abc' is not an amount."), ("-5", "Amount must be zero or more."),
                        ("1e9", "Amount above 1,000,000.00 is not plausible."),
                        ("0", "Type the amount, more than zero.")]:  # fmt: skip
        type_amount(qtbot, dialog, typed)
        assert dialog.evaluation.text == f"✗  {said}", typed
        assert dialog.evaluation.property("outcome") == "error" and dialog.save_button.text() == "Grant"
    type_amount(qtbot, dialog, "1.000")  # a thousand, or one euro? asked, never guessed
    assert "could mean 1000 or 1,00" in dialog.evaluation.text
    type_amount(qtbot, dialog, "1.000,00")  # a Spanish thousand
    assert dialog.evaluation.outcome == Outcome.NOT_ALLOWED and "1,000.00 EUR is above" in dialog.evaluation.text
    type_amount(qtbot, dialog, "12,5")
    assert dialog.evaluation.words.text() == "You can grant up to 50.00 EUR; 12.50 EUR is within your limits."


def test_ctrl_d_opens_goodwill_for_the_customer_on_screen(ctx: DeskContext, settings: Settings, customer: int,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.customer.findChild(GoodwillDialog) is not None, timeout=5000)
    dialog = window.customer.findChild(GoodwillDialog)
    assert dialog.customer_id == customer and dialog.windowTitle() == f"Goodwill for {NAME}"
    dialog.reject()
    wait_idle(qtbot)


def test_an_open_dialog_follows_a_limit_changed_elsewhere(ctx: DeskContext, staff, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk.enums import DecisionKind
    from desk.policy import Limit, save_limit
    from desk.ui.ops import changes

    dialog = open_dialog(ctx, qtbot, customer)
    type_amount(qtbot, dialog, "60")
    assert dialog.evaluation.outcome == Outcome.APPROVAL
    save_limit(ctx.db, staff.admin, Limit(DecisionKind.GOODWILL_VOUCHER, "EUR", Decimal("75.00")), role=None,
               username="ana")  # the administrator, on another desk
    with qtbot.waitSignal(dialog.evaluationShown, timeout=5000):
        changes().changed.emit({"policy": 1})
    assert dialog.evaluation.outcome == Outcome.GRANT

"""The approvals tab and live updates, driving real widgets on real requests (both databases).

Marc decides Ana's request from the keyboard with its context on screen; a rejection needs a reason and keeps
it when refused; two approvers pressing at once get one winner and a readable conflict; Ana sees her answers and
withdraws; other desks' changes arrive by polling (SQLite, and PostgreSQL's fallback) and by LISTEN/NOTIFY
(PostgreSQL, also after the connection drops); the escalation timer runs; delegations are made and revoked.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from desk import approvals
from desk.db import Database
from desk.enums import ApprovalState, CaseState, Channel, DecisionKind, DecisionStatus
from desk.goodwill import GoodwillRequest, grant_goodwill
from desk.models import ApprovalRequest, Case, Decision, utcnow
from desk.ui.approvals import ApprovalsPanel, DelegateDialog
from desk.ui.approvals.dialogs import ReasonDialog
from desk.ui.approvals.model import MINE, QUEUE, SECOND_LINE_ROLE
from desk.ui.cases import CaseWindow
from desk.ui.context import DeskContext
from desk.ui.live import LiveUpdates
from desk.ui.main_window import APPROVALS_WIDTH, MainWindow
from desk.ui.ops import changes
from desk.ui.settings import Settings
from tests.factories import Staff, make_customer
from tests.ui_fixtures import add_tv_order, ctx, settings, wait_idle

pytestmark = pytest.mark.gui
WORDS = "Llegó con cinco días de retraso"


def gesture(customer: int, amount: str = "80", kind: DecisionKind = DecisionKind.GOODWILL_VOUCHER) -> GoodwillRequest:
    return GoodwillRequest(customer, kind, amount, "late_delivery", WORDS, Channel.PHONE)


@pytest.fixture
def customer(ctx: DeskContext) -> int:
    return make_customer(ctx.db, ctx.actor, "Begoña García López")


def as_(ctx: DeskContext, actor) -> DeskContext:  # type: ignore[no-untyped-def]
    return dataclasses.replace(ctx, actor=actor)


def panel_for(ctx: DeskContext, qtbot) -> ApprovalsPanel:  # type: ignore[no-untyped-def]
    panel = ApprovalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(460, 720)
    panel.show()
    qtbot.waitUntil(lambda: panel.pages[QUEUE].loaded and panel.pages[MINE].loaded, timeout=5000)
    wait_idle(qtbot)
    return panel


def live_for(ctx: DeskContext, qtbot, **options) -> LiveUpdates:  # type: ignore[no-untyped-def]
    """Started, with its first look done (and, on PostgreSQL with NOTIFY, listening)."""
    live = LiveUpdates(ctx, None, **options)
    notify = options.get("notify", ctx.db.dialect == "postgresql")
    if notify:
        with qtbot.waitSignal(live.listening, timeout=5000, check_params_cb=lambda on: on):
            live.start()
    else:
        live.start()
    wait_idle(qtbot)
    return live


def request_of(db: Database, case_id: int) -> ApprovalRequest:
    with db.read() as s:
        decision = s.scalar(select(Decision).where(Decision.case_id == case_id))
        return s.scalar(select(ApprovalRequest).where(ApprovalRequest.decision_id == decision.id))


def approvals_said(what: str):  # type: ignore[no-untyped-def]
    return lambda change: isinstance(change.get("approvals"), dict) and change["approvals"].get("what") == what


def test_the_queue_shows_the_context_and_approves_from_the_keyboard(ctx: DeskContext, staff: Staff, customer: int,
                                                                    qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    add_tv_order(ctx.db, staff, customer, "S-100")
    grant_goodwill(ctx.db, ctx.actor, gesture(customer, "30"))  # within Ana's limit: granted at once
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
    panel = panel_for(as_(ctx, staff.manager), qtbot)
    model = panel.pages[QUEUE].model
    qtmodeltester.check(model)
    assert panel.mode == QUEUE and model.rowCount() == 1 and panel.queue_button.text() == "To decide (1)"
    first = model.index(0, 0)
    assert first.data() == "80.00 EUR goodwill voucher · Begoña García López"
    second = first.data(SECOND_LINE_ROLE)
    assert second.startswith("Ana · Barcelona Diagonal · ") and second.endswith(" · store manager")
    fields = panel.detail.fields
    assert panel.detail.what.text() == "80.00 EUR goodwill voucher"
    assert panel.detail.customer.text().startswith("for Begoña García López · C")
    assert fields["tier"].text() == "No tier" and fields["spend"].text() == "499.00 EUR"
    assert fields["goodwill"].text() == "30.00 EUR"
    assert fields["reason"].text() == "Late delivery" and fields["words"].text() == f"“{WORDS}”"
    assert fields["case"].text() == result.case_number and fields["needs"].text() == "a store manager"
    assert not fields["days"].isVisibleTo(panel) and not fields["behalf"].isVisibleTo(panel)
    assert panel.approve_button.isEnabled() and not panel.withdraw_button.isVisibleTo(panel)

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.pages[QUEUE].view.setFocus()
    with qtbot.waitSignal(panel.decided, timeout=5000):
        qtbot.keyClick(panel.pages[QUEUE].view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    wait_idle(qtbot)
    with ctx.db.read() as s:
        decision = s.scalar(select(Decision).where(Decision.case_id == result.case_id))
        assert decision.status == DecisionStatus.GRANTED and decision.decided_by == staff.manager.user_id
        assert s.get(Case, result.case_id).state == CaseState.GRANTED
    assert panel.pages[QUEUE].empty.isVisibleTo(panel) and panel.pages[QUEUE].empty.text().startswith("Nothing to")
    assert panel.message.text().startswith("Approved: 80.00 EUR goodwill voucher · Begoña García López")
    assert panel.queue_button.text() == "To decide (0)" and not panel.detail.isVisibleTo(panel)


def test_rejecting_asks_for_a_reason_and_keeps_it_when_refused(ctx: DeskContext, staff: Staff, customer: int,
                                                               qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "90"))
    panel = panel_for(as_(ctx, staff.manager), qtbot)
    dialog = panel.reject()
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    assert "asked by Ana" in dialog.prompt.text()
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.isVisible() and dialog.error.text() == "Reason is empty; please fill it in."
    assert request_of(ctx.db, result.case_id).state == ApprovalState.PENDING
    qtbot.keyClicks(dialog.reason, "Ya tuvo un vale este mes")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.pages[QUEUE].model.rowCount() == 0, timeout=5000)
    wait_idle(qtbot)
    request = request_of(ctx.db, result.case_id)
    assert request.state == ApprovalState.REJECTED and request.decision_reason == "Ya tuvo un vale este mes"
    with ctx.db.read() as s:
        assert s.get(Case, result.case_id).state == CaseState.REJECTED
    assert panel.message.text().startswith("Rejected: ")


def test_two_approvers_at_once_one_wins_the_other_reads_who(ctx: DeskContext, staff: Staff, customer: int,
                                                            qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
    marc = panel_for(as_(ctx, staff.manager), qtbot)
    lucia = panel_for(as_(ctx, staff.supervisor), qtbot)
    assert lucia.current_row() is not None and lucia.current_row().id == marc.current_row().id
    marc.approve()
    lucia.approve()  # in the same moment, before Marc's answer reached anyone
    qtbot.waitUntil(lambda: lucia.message.isVisibleTo(lucia) and lucia.message.property("tone") == "error",
                    timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: lucia.pages[QUEUE].model.rowCount() == 0, timeout=5000)  # reloaded
    wait_idle(qtbot)
    assert "This request was already approved by Marc. Nothing was changed." in lucia.message.text()
    assert lucia.message.text().endswith("The list has been reloaded.")
    assert marc.message.text().startswith("Approved: ")
    with ctx.db.read() as s:
        decision = s.scalar(select(Decision).where(Decision.case_id == result.case_id))
        assert decision.decided_by == staff.manager.user_id


def test_my_requests_show_the_answer_and_a_pending_one_is_withdrawn(ctx: DeskContext, staff: Staff, customer: int,
                                                                    qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    refused = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "90"))
    waiting = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "70", DecisionKind.GOODWILL_REFUND))
    approvals.decide(ctx.db, staff.manager, request_of(ctx.db, refused.case_id).id, False, "Ya tuvo un vale este mes")
    panel = panel_for(ctx, qtbot)
    assert panel.mode == MINE and panel.queue_button.isHidden() and panel.delegate_button.isHidden()
    model = panel.pages[MINE].model
    assert model.rowCount() == 2 and panel.mine_button.text() == "My requests (1)"
    newest, older = model.row_at(0), model.row_at(1)
    assert newest.case_id == waiting.case_id and older.case_id == refused.case_id
    assert model.index(0, 0).data(SECOND_LINE_ROLE).startswith("Waiting for a store manager · asked ")
    assert model.index(1, 0).data(SECOND_LINE_ROLE).startswith("Rejected by Marc")
    panel.pages[MINE].view.setCurrentIndex(model.index(1, 0))
    assert panel.detail.fields["answer"].text().startswith("Rejected by Marc")
    assert panel.detail.fields["answer_reason"].text() == "Ya tuvo un vale este mes"
    assert not panel.withdraw_button.isEnabled()  # answered: nothing to take back

    panel.pages[MINE].view.setCurrentIndex(model.index(0, 0))
    assert panel.withdraw_button.isEnabled() and not panel.approve_button.isVisibleTo(panel)
    dialog = panel.withdraw()
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Prefiere un cambio")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save_button.click()  # a withdrawal's reason is optional, but it was given
    qtbot.waitUntil(lambda: model.row_at(0).state == ApprovalState.WITHDRAWN, timeout=5000)
    wait_idle(qtbot)
    request = request_of(ctx.db, waiting.case_id)
    assert request.state == ApprovalState.WITHDRAWN and request.decision_reason == "Prefiere un cambio"
    assert panel.mine_button.text() == "My requests" and panel.message.text().startswith("Withdrawn: ")


def test_polling_brings_a_request_made_elsewhere_without_a_refresh(ctx: DeskContext, staff: Staff, customer: int,
                                                                   qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    marc = as_(ctx, staff.manager)
    panel = panel_for(marc, qtbot)
    live = live_for(marc, qtbot, poll_ms=40, notify=False)  # SQLite's way, and PostgreSQL's while NOTIFY is down
    try:
        with qtbot.waitSignal(changes().changed, timeout=5000, check_params_cb=approvals_said("changed")):
            grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))  # Ana, on her own desk
        qtbot.waitUntil(lambda: panel.pages[QUEUE].model.rowCount() == 1, timeout=5000)
    finally:
        live.stop()
    wait_idle(qtbot)


@pytest.mark.postgres_only
def test_notify_brings_a_request_at_once_and_after_the_connection_drops(ctx: DeskContext, staff: Staff,
                                                                        customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    live = live_for(as_(ctx, staff.manager), qtbot, poll_ms=60_000, backoff_s=0.05)
    try:
        with qtbot.waitSignal(changes().changed, timeout=5000, check_params_cb=approvals_said("opened")) as said:
            grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
        payload = said.args[0]["approvals"]
        assert payload["requested_by"] == staff.agent.user_id and payload["request"] > 0

        with qtbot.waitSignal(live.listening, timeout=5000, check_params_cb=lambda on: on):
            with qtbot.waitSignal(live.listening, timeout=5000, check_params_cb=lambda on: not on):
                with ctx.db.read() as s:  # the server ends the listener's connection (a restart, a network cut)
                    s.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE application_name = 'posventa-desk live' AND datname = current_database()"))
        with qtbot.waitSignal(changes().changed, timeout=5000, check_params_cb=approvals_said("opened")):
            grant_goodwill(ctx.db, ctx.actor, gesture(customer, "85"))
    finally:
        live.stop()
    assert not live.connected
    wait_idle(qtbot)


@pytest.mark.postgres_only
def test_a_desk_destroyed_without_stop_still_closes_its_listener(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    live = LiveUpdates(ctx, owner)
    with qtbot.waitSignal(live.listening, timeout=5000, check_params_cb=lambda on: on):
        live.start()
    assert listeners(ctx.db) == 1
    shiboken6.delete(owner)  # the window went away without closeEvent: its listener ends with it
    qtbot.waitUntil(lambda: listeners(ctx.db) == 0, timeout=5000)
    wait_idle(qtbot)


def listeners(db: Database) -> int:
    with db.read() as s:
        return s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'posventa-desk live' "
                             "AND datname = current_database()"))  # fmt: skip


def test_the_requester_is_told_the_answer(ctx: DeskContext, staff: Staff, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
    live = live_for(ctx, qtbot, poll_ms=40)  # Ana's desk: NOTIFY on PostgreSQL, polling on SQLite
    try:
        with qtbot.waitSignal(live.answered, timeout=5000) as told:
            with qtbot.waitSignal(changes().changed, timeout=5000,
                                  check_params_cb=lambda c: c.get("case") == result.case_id):  # fmt: skip
                approvals.decide(ctx.db, staff.manager, request_of(ctx.db, result.case_id).id, True)  # Marc's desk
        assert told.args == ["Goodwill voucher 80.00 EUR for Begoña García López was approved by Marc",
                             result.case_id]  # fmt: skip
    finally:
        live.stop()
    wait_idle(qtbot)


def test_the_escalation_timer_reminds_a_forgotten_request(ctx: DeskContext, customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"), now=utcnow() - timedelta(minutes=40))
    live = LiveUpdates(ctx, None, poll_ms=60_000, escalate_ms=30, notify=False)
    try:
        with qtbot.waitSignal(changes().changed, timeout=5000, check_params_cb=approvals_said("escalated")):
            live.start()
    finally:
        live.stop()
    wait_idle(qtbot)
    assert request_of(ctx.db, result.case_id).reminded_at is not None


def test_a_delegation_is_made_and_revoked(ctx: DeskContext, staff: Staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    lucia = as_(ctx, staff.supervisor)
    dialog = DelegateDialog(lucia)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.colleague.count() >= 2, timeout=5000)
    wait_idle(qtbot)
    assert dialog.colleague.findData("lucia") == -1  # never oneself
    assert dialog.empty.isVisibleTo(dialog) and not dialog.revoke_button.isEnabled()
    dialog.colleague.setCurrentIndex(dialog.colleague.findData("marc"))
    dialog.ends.setDate(dialog.starts.date().addDays(3))
    dialog.delegate_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    wait_idle(qtbot)
    (given,) = approvals.delegations_of(ctx.db, staff.supervisor.user_id)
    assert (given.delegator, given.delegate, (given.ends_on - given.starts_on).days) == ("Lucia", "Marc", 3)
    assert dialog.list.item(0).text().startswith("Marc decides for you · ")
    assert dialog.message.text().startswith("Marc can decide for you from ")

    dialog.colleague.setEditText("nadie")
    dialog.delegate_button.click()
    qtbot.waitUntil(lambda: "no active colleague called nadie" in dialog.message.text(), timeout=5000)
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    wait_idle(qtbot)
    assert approvals.delegations_of(ctx.db, staff.supervisor.user_id) == []


def test_the_main_window_counts_the_queue_and_tells_the_requester(ctx: DeskContext, staff: Staff, customer: int,
                                                                  settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    result = grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
    marc = MainWindow(as_(ctx, staff.manager), settings, store_label="Barcelona Diagonal")
    qtbot.addWidget(marc)
    marc.show()
    tab = marc.left.indexOf(marc.approvals)
    qtbot.waitUntil(lambda: marc.left.tabText(tab) == "Approvals (1)", timeout=5000)
    marc.activateWindow()
    qtbot.waitUntil(marc.isActiveWindow)
    narrow = marc.splitter.sizes()[0]
    qtbot.keyClick(marc, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert marc.left.currentWidget() is marc.approvals and marc.approvals.delegate_button.isVisibleTo(marc)
    assert marc.approvals.pages[QUEUE].view.hasFocus() and marc.splitter.sizes()[0] == APPROVALS_WIDTH > narrow
    marc.left.setCurrentWidget(marc.search)
    assert marc.splitter.sizes()[0] == narrow  # the width the person chose comes back
    marc.show_approvals()

    ana = MainWindow(ctx, settings, store_label="Barcelona Diagonal")
    qtbot.addWidget(ana)
    ana.show()
    wait_idle(qtbot)
    assert ana.left.tabText(ana.left.indexOf(ana.approvals)) == "Approvals"
    with qtbot.waitSignal(ana.live.answered, timeout=5000):
        with qtbot.waitSignal(marc.approvals.decided, timeout=5000):
            marc.approvals.approve()
    qtbot.waitUntil(lambda: marc.left.tabText(tab) == "Approvals", timeout=5000)
    message = "Goodwill voucher 80.00 EUR for Begoña García López was approved by Marc"
    assert ana.answer_note.isVisibleTo(ana) and ana.answer_note.toolTip() == message
    assert ana.answers_button.isVisibleTo(ana) and ana.answers_button.text() == "Answers (1)"
    (answer,) = ana.answers_button.menu().actions()
    assert answer.text() == message
    answer.trigger()  # opens the case the answer is about
    qtbot.waitUntil(lambda: any(isinstance(w, CaseWindow) and w.case_id == result.case_id and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)  # fmt: skip
    wait_idle(qtbot)
    marc.close()
    ana.close()
    assert not marc.live.running and not ana.live.running
    wait_idle(qtbot)


def test_a_request_decided_elsewhere_never_hands_its_place_to_an_unread_one(ctx: DeskContext, staff: Staff,
                                                                            customer: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The trial's worst case: the request on screen is decided on another desk, the list reloads, and the
    approver's Ctrl+Enter must not approve the next request, which they never read."""
    grant_goodwill(ctx.db, ctx.actor, gesture(customer, "80"))
    grant_goodwill(ctx.db, ctx.actor, gesture(customer, "90"))
    panel = panel_for(as_(ctx, staff.manager), qtbot)
    page = panel.pages[QUEUE]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    looked_at = panel.current_row()
    assert looked_at is not None
    approvals.decide(ctx.db, staff.supervisor, looked_at.id, True)  # Lucía, on her desk, a moment earlier
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.refresh()
    assert page.model.rowCount() == 1 and panel.current_row() is None
    assert not panel.approve_button.isVisibleTo(panel)
    panel.approve()  # Ctrl+Enter with nothing selected
    wait_idle(qtbot)
    (left,) = approvals.queue(ctx.db, staff.manager)
    assert left.state == ApprovalState.PENDING  # the unread request is untouched

"""The approvals tab: the queue a store manager or supervisor decides (oldest first), with the context to decide
beside it, and everyone's own requests with their answers.

- Both lists load through Ops (approvals.queue, approvals.requests_of) and reload themselves on any announcement
  that mentions "approvals" or "case", whichever window or desk it came from (LiveUpdates brings the other desks').
- Approve (Ctrl+Enter) and Reject… (a reason, in a small dialog) call approvals.decide; the requester may
  Withdraw… a pending one. Each announces {"approvals", "case", "customer"} so every view refreshes itself.
- When someone else decided first the service says so (Conflict): the panel shows its words and reloads.
- After a decision the next request is selected, so a queue is worked through from the keyboard.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import approvals
from desk.approvals import ApprovalRow
from desk.enums import ApprovalState, RoleCode
from desk.errors import DeskError
from desk.rules.empowerment import ROLE_LEVEL
from desk.ui.approvals import texts
from desk.ui.approvals.delegate import DelegateDialog
from desk.ui.approvals.detail import ApprovalDetail
from desk.ui.approvals.dialogs import REJECT, WITHDRAW, ReasonDialog
from desk.ui.two_lines import TwoLineDelegate
from desk.ui.approvals.model import MINE, QUEUE, ApprovalListModel
from desk.ui.cases import open_case
from desk.ui.context import DeskContext
from desk.ui.ops import Op, changes, failure_text

MINE_DAYS = 30  # the requester's answered requests stay listed this long; pending ones always


class _ListPage(QStackedWidget):
    """One list and what it says when it is empty."""

    def __init__(self, which: str, empty: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = ApprovalListModel(which, self)
        self.view = QListView(self)
        self.view.setObjectName("approvalList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(130)  # never fewer than two requests in sight
        self.empty = QLabel(empty, self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._empty_text = empty
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.loaded = False

    def show_rows(self, rows: list[ApprovalRow]) -> None:
        """New rows, keeping the selected request. When it is gone (decided here or elsewhere), nothing is selected:
        a click or Ctrl+Enter must never land on a request the approver has not looked at. Only the very first load
        selects the oldest request for them."""
        current = self.view.currentIndex()
        keep = self.model.row_at(current.row()).id if current.isValid() else None
        first = not self.loaded
        self.model.set_rows(rows)
        self.loaded = True
        if rows:
            found = self.model.row_of(keep) if keep is not None else -1
            if found >= 0 or first:
                self.view.setCurrentIndex(self.model.index(max(found, 0), 0))
            else:
                self.view.selectionModel().clearCurrentIndex()
                self.view.clearSelection()
            self.setCurrentWidget(self.view)
        else:
            self.empty.setText(self._empty_text)
            self.setCurrentWidget(self.empty)

    def current(self) -> ApprovalRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.currentWidget() is self.view else None


class ApprovalsPanel(QWidget):
    countChanged = Signal(int)  # requests waiting for the signed-in person to decide, after each load
    loaded = Signal(str, int)  # which list ("queue" or "mine") and how many rows, after each load
    decided = Signal(int, str)  # request id and its new state, after a decision made from this panel

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPanel")
        self._ctx = ctx
        self._seq = {QUEUE: 0, MINE: 0}
        self._busy = False
        self.approver = ROLE_LEVEL[ctx.actor.role] >= ROLE_LEVEL[RoleCode.STORE_MANAGER]

        self.queue_button = self._toggle(self.tr("To decide"), self.tr("Requests waiting for your decision"))
        self.mine_button = self._toggle(self.tr("My requests"), self.tr("What you asked for, and the answers"))
        self.toggle = QButtonGroup(self)
        self.toggle.setExclusive(True)
        for button in (self.queue_button, self.mine_button):
            self.toggle.addButton(button)
            button.toggled.connect(lambda on: self._switched() if on else None)
        self.delegate_button = QPushButton(self.tr("&Delegate…"), self)
        self.delegate_button.setObjectName("delegateButton")
        self.delegate_button.setToolTip(self.tr("Let a colleague decide your requests while you are away"))
        self.delegate_button.clicked.connect(self.open_delegate)
        self.delegate_button.setVisible(self.approver)

        self.message = QLabel(self)
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._quiet = QTimer(self)  # a confirmation goes after a while; a refusal stays until the next action
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(15_000)
        self._quiet.timeout.connect(lambda: self._say("") if self.message.property("tone") == "ok" else None)

        nothing = self.tr("Nothing to decide.\nRequests above your team's limits appear here the moment they "
                          "are made.")  # fmt: skip
        none_mine = self.tr("No requests of yours in the last {days} days.\nWhen something you grant is above your "
                            "limit, it waits here until someone answers.").format(days=MINE_DAYS)  # fmt: skip
        self.pages = {QUEUE: _ListPage(QUEUE, nothing, self), MINE: _ListPage(MINE, none_mine, self)}
        self.lists = QStackedWidget(self)
        for page in self.pages.values():
            self.lists.addWidget(page)
            page.empty.setText(self.tr("Loading…"))
            page.setCurrentWidget(page.empty)
            page.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
            page.view.activated.connect(lambda _index: self.open_current_case())
        self.detail = ApprovalDetail(self)
        scroll = self.detail_scroll = QScrollArea(self)
        scroll.setObjectName("approvalDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("approvalSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([270, 430])  # about five requests, and their context below without scrolling

        self.approve_button = self._action(self.tr("&Approve"), self.tr("Approve the selected request (Ctrl+Enter)"),
                                           self.approve, "approveButton")  # fmt: skip
        self.reject_button = self._action(self.tr("&Reject…"), self.tr("Reject it, with a reason for the requester"),
                                          self.reject, "rejectButton")  # fmt: skip
        self.withdraw_button = self._action(self.tr("&Withdraw…"), self.tr("Take your request back"), self.withdraw)
        self.case_button = self._action(self.tr("&Open the case"), self.tr("Open the case this request belongs to"),
                                        self.open_current_case)  # fmt: skip

        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.queue_button)
        top.addWidget(self.mine_button)
        top.addStretch(1)
        top.addWidget(self.delegate_button)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.approve_button, self.reject_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.approve, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh, context=context)
        self.ages = QTimer(self)  # "12 min ago" keeps telling the truth
        self.ages.setInterval(60_000)
        self.ages.timeout.connect(self._repaint_ages)
        self.ages.start()

        (self.queue_button if self.approver else self.mine_button).setChecked(True)
        self.queue_button.setVisible(self.approver)
        changes().changed.connect(self._changed)
        self.refresh()

    def _toggle(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("approvalToggle")
        button.setCheckable(True)
        button.setToolTip(tip)
        return button

    def _action(self, text: str, tip: str, slot: Any, name: str = "actionButton") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- state -------------------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return MINE if self.mine_button.isChecked() else QUEUE

    def page(self, which: str | None = None) -> _ListPage:
        return self.pages[which or self.mode]

    def current_row(self) -> ApprovalRow | None:
        return self.page().current()

    def show_list(self, which: str) -> None:
        (self.mine_button if which == MINE else self.queue_button).setChecked(True)

    def focus_list(self) -> None:
        page = self.page()
        (page.view if page.currentWidget() is page.view else self).setFocus()

    def _switched(self) -> None:
        self.lists.setCurrentWidget(self.page())
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self.detail.show_row(row)
        self._fit()

    def _fit(self) -> None:
        """Buttons for what can be done to the request on screen; with no request, no pane and no buttons."""
        row = self.current_row()
        pending = row is not None and row.state == ApprovalState.PENDING
        deciding = self.mode == QUEUE
        self.detail_scroll.setVisible(row is not None)  # an empty list gets the whole height for its words
        self.approve_button.setVisible(deciding and row is not None)
        self.reject_button.setVisible(deciding and row is not None)
        self.withdraw_button.setVisible(not deciding and row is not None)
        self.case_button.setVisible(row is not None)
        for button in (self.approve_button, self.reject_button, self.withdraw_button):
            button.setEnabled(pending and not self._busy)
        self.case_button.setEnabled(row is not None and row.case_id is not None)
        self.approve_button.setObjectName("primaryButton" if pending and not self._busy else "approveButton")
        self.approve_button.style().unpolish(self.approve_button)
        self.approve_button.style().polish(self.approve_button)

    def _counts(self) -> None:
        queue, mine = self.pages[QUEUE], self.pages[MINE]
        waiting = queue.model.rowCount()
        decide = self.tr("To decide ({n})").format(n=waiting) if queue.loaded else self.tr("To decide")
        self.queue_button.setText(decide)
        pending = sum(1 for r in mine.model.rows() if r.state == ApprovalState.PENDING)
        self.mine_button.setText(self.tr("My requests ({n})").format(n=pending) if pending else self.tr("My requests"))
        if waiting and self.queue_button.isHidden():  # an agent decides as someone's delegate
            self.queue_button.setVisible(True)

    # --- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        self._load(QUEUE, lambda: approvals.queue(db, actor))
        user_id = actor.user_id or 0
        since = datetime.now(timezone.utc) - timedelta(days=MINE_DAYS)
        self._load(MINE, lambda: approvals.requests_of(db, user_id, since=since))

    def _load(self, which: str, fn: Any) -> None:
        self._seq[which] += 1
        seq = self._seq[which]
        Op(self, fn).success(lambda rows: self._arrived(which, seq, rows)).failure(
            lambda exc: self._failed(which, seq, exc)
        ).run()

    def _arrived(self, which: str, seq: int, rows: list[ApprovalRow]) -> None:
        if seq != self._seq[which]:
            return  # an older answer: a newer load is on its way
        self.pages[which].show_rows(rows)
        self._counts()
        self._show_current()
        if which == QUEUE:
            self.countChanged.emit(len(rows))
        self.loaded.emit(which, len(rows))

    def _failed(self, which: str, seq: int, exc: BaseException) -> None:
        if seq != self._seq[which]:
            return
        page = self.pages[which]
        if page.loaded:
            self._say(self.tr("Could not reload: {reason}").format(reason=failure_text(exc)), error=True)
        else:
            page.empty.setText(failure_text(exc))

    def _changed(self, what: dict[str, Any]) -> None:
        if "approvals" in what or "case" in what:
            self.refresh()

    def _repaint_ages(self) -> None:
        for page in self.pages.values():
            page.view.viewport().update()
        self.detail.refresh_ages()

    # --- deciding ----------------------------------------------------------------------------------------

    def _announcement(self, row: ApprovalRow, what: str) -> dict[str, Any]:
        return {"approvals": {"request": row.id, "what": what}, "case": row.case_id, "customer": row.customer_id}

    def approve(self) -> None:
        row = self.current_row()
        if self._busy or row is None or self.mode != QUEUE or row.state != ApprovalState.PENDING:
            return
        db, actor, request_id = self._ctx.db, self._ctx.actor, row.id
        self._set_busy(True)
        self._say("")
        Op(self, lambda: approvals.decide(db, actor, request_id, True)).success(
            lambda state: self._decided(row, state)
        ).failure(self._refused).announce(self._announcement(row, "approved")).run()

    def reject(self) -> ReasonDialog | None:
        row = self.current_row()
        if self._busy or row is None or self.mode != QUEUE or row.state != ApprovalState.PENDING:
            return None
        db, actor, request_id = self._ctx.db, self._ctx.actor, row.id
        call = lambda reason: approvals.decide(db, actor, request_id, False, reason)
        return self._open_reason(ReasonDialog(self, REJECT, row, call, self._announcement(row, "rejected")), row)

    def withdraw(self) -> ReasonDialog | None:
        row = self.current_row()
        if self._busy or row is None or self.mode != MINE or row.state != ApprovalState.PENDING:
            return None
        db, actor, request_id = self._ctx.db, self._ctx.actor, row.id
        call = lambda reason: approvals.withdraw(db, actor, request_id, reason)
        return self._open_reason(ReasonDialog(self, WITHDRAW, row, call, self._announcement(row, "withdrawn")), row)

    def _open_reason(self, dialog: ReasonDialog, row: ApprovalRow) -> ReasonDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.stale.connect(self.refresh)
        purpose = dialog.purpose
        dialog.saved.connect(lambda state: self._decided(row, state if purpose == REJECT else ApprovalState.WITHDRAWN))
        self._say("")
        dialog.open()  # window-modal, not exec(): other answers keep arriving meanwhile
        return dialog

    def _decided(self, row: ApprovalRow, state: ApprovalState) -> None:
        self._set_busy(False)
        done = {ApprovalState.APPROVED: self.tr("Approved: {what}. {name} is told at once."),
                ApprovalState.REJECTED: self.tr("Rejected: {what}. {name} is told at once, with your reason."),
                ApprovalState.WITHDRAWN: self.tr("Withdrawn: {what}.")}[ApprovalState(state)]  # fmt: skip
        self._say(done.format(what=texts.title(row), name=row.requester), error=False)
        self.decided.emit(row.id, str(state))

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = failure_text(exc)
        if isinstance(exc, DeskError):  # decided elsewhere, moved up, gone: what is on screen is out of date
            text += "\n" + self.tr("The list has been reloaded.")
            self.refresh()
        self._say(text, error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._fit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("tone", "error" if error else "ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and not error:
            self._quiet.start()

    # --- elsewhere ---------------------------------------------------------------------------------------

    def open_current_case(self) -> None:
        row = self.current_row()
        if row is not None and row.case_id is not None:
            open_case(self, self._ctx, row.case_id)

    def open_delegate(self) -> DelegateDialog:
        dialog = DelegateDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

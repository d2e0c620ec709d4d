"""One case in its own window: what it is, what was decided, what happened, and the next steps as buttons.

The window holds the case as plain data (CaseDetail) and loads it through an Op; every step is a service call
through an Op that carries the version on screen, so a case someone changed meanwhile is refused (Conflict):
the window then says so and reloads. After a step it announces {"case", "customer"}; every window showing that
case (this one included) reloads itself from the announcement, wherever the change came from.
`open_case` keeps one window per case: asking again raises the one already open.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk import case_view, documents, staff
from desk.case_view import CaseDetail
from desk.enums import CaseState, DecisionStatus
from desk.errors import Conflict, DeskError
from desk.ui import documents as ui_documents
from desk.ui.cases import steps
from desk.ui.cases.actions import LETTER_BUTTON, Act, available_actions, letter_button
from desk.ui.cases.dialogs import ActionDialog, AssignDialog, ReasonDialog, ResolveDialog
from desk.ui.cases.header import CaseHeader
from desk.ui.cases.sections import DecisionsSection, DocumentsSection, HistorySection, LinesSection, WarrantySection
from desk.ui.context import DeskContext
from desk.ui.dashboard.survey_dialog import SurveyDialog
from desk.ui.formatting import format_money, local_time
from desk.ui.ops import Op, changes, failure_text

DEFAULT_SIZE = (1280, 860)
_windows: dict[tuple[str, int], CaseWindow] = {}  # (database, case id): one window per case


def open_case(parent: QWidget | None, ctx: DeskContext, case_id: int) -> CaseWindow:
    """The window of this case: the one already open, raised, or a new one."""
    key = (ctx.db.url, case_id)
    window = _windows.get(key)
    if window is None or not shiboken6.isValid(window):
        window = CaseWindow(ctx, case_id, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows[key] = window
        window.destroyed.connect(lambda *_: _windows.pop(key, None) if _windows.get(key) is window else None)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class CaseWindow(QMainWindow):
    loaded = Signal(int)  # the case's version, each time it is on screen (first load and every reload)

    def __init__(self, ctx: DeskContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window even with the main window as parent
        self._ctx = ctx
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._seq = 0
        self._busy = False
        self.setWindowTitle(self.tr("Case"))

        self.header = CaseHeader(self)
        self.header.show_loading(self.tr("Loading…"))
        self.blocked = self._banner("caseBlocked", rich=True)
        self.message = self._banner("caseMessage")

        self.buttons: dict[Act, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for act in Act:
            button = QPushButton(self)
            button.setObjectName("actionButton")
            button.clicked.connect(lambda _=False, a=act: self.act(a))
            button.hide()
            self.buttons[act] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.letter_buttons: dict[str, QPushButton] = {}
        for kind in LETTER_BUTTON:
            text, tip = letter_button(kind)
            button = QPushButton(text, self)
            button.setObjectName("letterButton")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=kind: self.print_letter(k))
            button.hide()
            self.letter_buttons[kind] = button
            actions.addWidget(button)
        self.survey_button = QPushButton(self.tr("Sur&vey…"), self)  # a settled case: the customer's answers
        self.survey_button.setObjectName("surveyButton")
        self.survey_button.setToolTip(self.tr("Record the customer's survey answers, or that the survey was sent"))
        self.survey_button.clicked.connect(lambda: self.open_survey())
        self.survey_button.hide()
        actions.addWidget(self.survey_button)

        self.lines = LinesSection(self)
        self.decisions = DecisionsSection(self)
        self.claim = WarrantySection(self)
        left = QWidget(self)
        left.setObjectName("caseBody")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(18)
        for section in (self.claim, self.lines, self.decisions):  # a claim's facts first; hidden on a return
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)

        self.documents = DocumentsSection(self)
        self.open_button = self._doc_button(self.tr("Op&en"), self.tr("Open the selected document (Enter)"),
                                            lambda: self.open_document(print_it=False))  # fmt: skip
        self.print_button = self._doc_button(self.tr("Prin&t"), self.tr("Print the selected document"),
                                             lambda: self.open_document(print_it=True))  # fmt: skip
        self.attach_button = self._doc_button(self.tr("Attach &files…"),
                                              self.tr("Attach photos or documents to the case (Alt+F)"),
                                              lambda: self.attach_files())  # fmt: skip
        self.documents.buttons.addStretch(1)
        self.documents.view.itemActivated.connect(lambda *_: self.open_document(print_it=False))
        self.documents.view.currentItemChanged.connect(lambda *_: self._set_enabled(not self._busy))
        self.history = HistorySection(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        right.addWidget(self.documents)
        right.addWidget(self.history)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 5)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.setObjectName("caseSplitter")
        body.setChildrenCollapsible(False)
        body.addWidget(scroll)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([850, 410])

        page = QWidget(self)
        page.setObjectName("casePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.blocked)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)
        self.setCentralWidget(page)
        self.resize(*DEFAULT_SIZE)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        changes().changed.connect(self._changed)
        self._set_enabled(False)
        self.reload()

    def _banner(self, name: str, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _doc_button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.documents.buttons.addWidget(button)
        return button

    # --- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._seq += 1
        seq, db, case_id = self._seq, self._ctx.db, self.case_id
        self.statusBar().showMessage(self.tr("Loading…"))
        Op(self, lambda: case_view.case_detail(db, case_id)).success(lambda d: self._arrived(seq, d)).failure(
            lambda exc: self._load_failed(seq, exc)
        ).run()

    def _arrived(self, seq: int, detail: CaseDetail) -> None:
        if seq != self._seq:
            return  # an older answer: a newer load is on its way
        self.detail = detail
        name = f" · {detail.customer_name}" if detail.customer_name else ""
        self.setWindowTitle(f"{detail.number}{name}")
        self.header.show_case(detail)
        self._show_blocked(detail)
        self._show_actions(detail)
        self.lines.show_lines(detail)
        self.decisions.show_decisions(detail.decisions)
        self.claim.show_claim(detail.warranty, detail.currency)
        self.documents.show_documents(detail.documents)
        self.history.show_history(detail.history)
        self._set_enabled(not self._busy)
        self.statusBar().showMessage(
            self.tr("Up to date at {time} · F5 reloads").format(time=local_time_now())
        )
        self.loaded.emit(detail.version)

    def _load_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.statusBar().clearMessage()
        if self.detail is None:
            self.header.show_loading(self.tr("Case not shown"))
        self._say(failure_text(exc))

    def _changed(self, what: dict[str, Any]) -> None:
        if what.get("case") == self.case_id:
            self.reload()

    def _show_blocked(self, detail: CaseDetail) -> None:
        if not detail.blocked or not detail.is_open:
            self.blocked.hide()
            return
        refused = any(d.status == DecisionStatus.REJECTED for d in detail.decisions)
        title = self.tr("Cannot be settled yet:") if refused else self.tr("Waiting for approval:")
        items = "".join(f"<br>•&nbsp;&nbsp;{html.escape(reason)}" for reason in detail.blocked)
        self.blocked.setText(f"<b>{html.escape(title)}</b>{items}")
        self.blocked.show()

    def _show_actions(self, detail: CaseDetail) -> None:
        shown = {a.act: a for a in available_actions(detail)}
        for act, button in self.buttons.items():
            action = shown.get(act)
            button.setVisible(action is not None)
            if action is None:
                continue
            text = action.text
            if act == Act.REFUND and detail.refund_amount is not None:
                text = self.tr("&Refund {amount}").format(amount=format_money(detail.refund_amount, detail.currency))
            button.setText(text)
            button.setToolTip(action.tip)
            button.setObjectName("primaryButton" if action.primary else "actionButton")
            button.style().unpolish(button)
            button.style().polish(button)
        for kind, button in self.letter_buttons.items():
            button.setVisible(kind in detail.letters)
        self.survey_button.setVisible(not detail.is_open and detail.state != CaseState.CANCELLED
                                      and detail.customer_id is not None)  # fmt: skip

    def _set_enabled(self, enabled: bool) -> None:
        for button in (*self.buttons.values(), *self.letter_buttons.values(), self.attach_button,
                       self.survey_button):  # fmt: skip
            button.setEnabled(enabled and self.detail is not None)
        has_document = self.documents.current_document() is not None
        for button in (self.open_button, self.print_button):
            button.setEnabled(has_document)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- steps -------------------------------------------------------------------------------------------

    def _announcement(self) -> dict[str, Any]:
        return {"case": self.case_id, "customer": self.detail.customer_id if self.detail else None}

    def current_version(self) -> int:
        assert self.detail is not None
        return self.detail.version

    def act(self, act: Act) -> ActionDialog | None:
        """Run a step; the steps that need more (a reason, a technician, a resolution) ask in a dialog first."""
        if self.detail is None or self._busy:
            return None
        step = steps.plain_step(self._ctx, self.case_id, self.detail.version, act)
        if step is not None:
            self._run_step(step)
            return None
        if act == Act.ASSIGN:
            self._set_busy(True)
            db = self._ctx.db
            Op(self, lambda: staff.active_staff(db)).success(self._open_assign).failure(self._refused).run()
            return None
        return self._open_dialog(self._dialog_for(act))

    def _run_step(self, fn: Callable[[], Any]) -> None:
        self._set_busy(True)
        self._say("")
        Op(self, fn).success(lambda _v: self._set_busy(False)).failure(self._refused).announce(
            self._announcement()
        ).run()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = failure_text(exc)
        if isinstance(exc, Conflict):
            text += "\n" + self.tr("The case has been reloaded with the latest changes.")
            self.reload()
        self._say(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._set_enabled(not busy)

    def _dialog_for(self, act: Act) -> ActionDialog:
        detail, ctx, case_id = self.detail, self._ctx, self.case_id
        assert detail is not None
        announce, version = self._announcement(), self.current_version
        if act == Act.RESOLVE:
            diagnosis = detail.warranty.diagnosis if detail.warranty else ""
            return ResolveDialog(self, steps.resolutions_open(detail.next_states), diagnosis, detail.currency,
                                 steps.resolve_call(ctx, case_id), version, announce)  # fmt: skip
        purpose = "cancel" if act == Act.CANCEL else "reject_claim" if detail.warranty else "reject_return"
        return ReasonDialog(self, purpose, detail.number, steps.reason_call(ctx, case_id, purpose), version, announce)

    def _open_assign(self, people: list[staff.StaffRow]) -> None:
        self._set_busy(False)
        if self.detail is None:
            return
        claim = self.detail.warranty
        due = local_time(self.detail.due_at).date() if self.detail.due_at else None
        dialog = AssignDialog(
            self, people, claim.technician_id if claim else None, claim.repair_centre if claim else None, due,
            steps.assign_call(self._ctx, self.case_id), self.current_version, self._announcement(),
        )  # fmt: skip
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: ActionDialog) -> ActionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.stale.connect(self.reload)
        self._say("")
        dialog.open()  # window-modal, not exec(): other answers keep arriving meanwhile
        return dialog

    def open_survey(self) -> SurveyDialog | None:
        if self.detail is None or self.detail.customer_id is None:
            return None
        dialog = SurveyDialog(self, self._ctx, self.case_id, self.detail.customer_id, self.detail.number,
                              self._announcement())  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Survey recorded"), 8000))
        dialog.open()
        return dialog

    # --- documents ---------------------------------------------------------------------------------------

    def open_document(self, *, print_it: bool) -> None:
        document_id = self.documents.current_document()
        if document_id is not None:
            ui_documents.open_document(self, self._ctx, document_id, print_it=print_it, done=self._launched)

    def print_letter(self, kind: str) -> None:
        if self.detail is None:
            return
        ui_documents.print_letter(self, self._ctx, self.case_id, kind, print_it=True,
                                  customer_id=self.detail.customer_id, done=self._launched)  # fmt: skip

    def _launched(self, path: Path, note: str) -> None:
        self.statusBar().showMessage(note or self.tr("Opened {name}").format(name=path.name), 10000)

    def attach_files(self, paths: list[str] | None = None) -> None:
        """Ask which files (unless given), then read and store them on the worker: all of them or none."""
        if self.detail is None:
            return
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Attach files to {number}").format(number=self.detail.number), "",
                self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;All files (*)"),
            )  # fmt: skip
        if not paths:
            return
        db, actor, case_id, chosen = self._ctx.db, self._ctx.actor, self.case_id, list(paths)

        def attach() -> list[documents.DocumentInfo]:
            files = [documents.NewAttachment(Path(p).name, read_small_file(Path(p))) for p in chosen]
            return documents.attach_files(db, actor, case_id, files)

        self._say("")
        Op(self, attach).success(self._attached).failure(self._refused).announce(self._announcement()).run()

    def _attached(self, stored: list[documents.DocumentInfo]) -> None:
        text = self.tr("1 file attached") if len(stored) == 1 else self.tr("{count} files attached")
        self.statusBar().showMessage(text.format(count=len(stored)), 8000)


def read_small_file(path: Path) -> bytes:
    """At most one byte more than an attachment may hold: a huge file is refused by the service, not read whole."""
    try:
        with path.open("rb") as handle:
            return handle.read(documents.MAX_ATTACHMENT + 1)
    except OSError as exc:
        raise DeskError(f"{path.name} could not be read ({exc.strerror or exc}).") from exc


def local_time_now() -> str:
    return datetime.now().strftime("%H:%M")

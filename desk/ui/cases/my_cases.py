"""The agent's worklist: "my open cases" or "overdue warranty claims", two lines a case, most urgent first.

The lists are short (the service caps them), so the model holds the light CaseRow tuples of one answer and
no paging is needed. The panel refreshes itself whenever a change mentions a case, from any window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import case_view
from desk.case_view import CaseRow
from desk.ui.context import DeskContext
from desk.ui.formatting import case_kind_label, format_date, local_time, state_label
from desk.ui.ops import Op, changes, failure_text
from desk.ui.two_lines import SECOND_LINE_ROLE, TAG_COLOUR_ROLE, TAG_ROLE, TwoLineDelegate
from desk.ui.wording import spoken

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # the second line without its due date
DUE_ROLE = Qt.ItemDataRole.UserRole + 5
MINE, OVERDUE = "mine", "overdue"
OVERDUE_COLOUR = QColor("#b42318")


class CaseListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of_case(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.number} · {row.customer_name}" if row.customer_name else row.number
        if role == SECOND_LINE_ROLE:
            return self.status(row)  # the due date is the line's tag, at its right
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.number} · {row.customer_name}\n{self.second_line(row)}\n{spoken(row.summary)}".strip()
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == STATUS_ROLE:
            return self.status(row)
        if role in (DUE_ROLE, TAG_ROLE):
            return self.due(row)
        if role == TAG_COLOUR_ROLE:
            return OVERDUE_COLOUR if row.overdue else None
        if role == ROW_ROLE:
            return row
        return None

    def second_line(self, row: CaseRow) -> str:
        """ "Return · Awaiting items · due 25/11/2025 (overdue)" """
        return " · ".join(part for part in (self.status(row), self.due(row)) if part)

    def status(self, row: CaseRow) -> str:
        text = f"{case_kind_label(row.kind)} · {state_label(row.state)}"
        return text + " · " + self.tr("waiting for approval") if row.waiting else text

    def due(self, row: CaseRow) -> str:
        if row.due_at is None:
            return ""
        day = format_date(local_time(row.due_at).date())
        return self.tr("due {day} (overdue)").format(day=day) if row.overdue else self.tr("due {day}").format(day=day)


class MyCasesPanel(QWidget):
    caseChosen = Signal(int)  # Enter or double-click on a case
    loaded = Signal(int)  # how many cases are listed, after each load

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myCasesPanel")
        self._ctx = ctx
        self._seq = 0
        self.selector = QComboBox(self)
        self.selector.setObjectName("caseListSelector")
        self.selector.addItem(self.tr("My open cases"), MINE)
        self.selector.addItem(self.tr("Overdue warranty claims"), OVERDUE)
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.setMinimumContentsLength(12)  # a narrow panel shortens the combo, never the count beside it
        self.selector.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel(self)
        self.count.setObjectName("caseListCount")
        show = QLabel(self.tr("Sho&w"), self)
        show.setBuddy(self.selector)

        self.model = CaseListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("caseList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)  # Enter, and double-click (single click on some desktops)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(show)
        top.addWidget(self.selector, 1)
        top.addWidget(self.count)
        top.addSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        changes().changed.connect(self._changed)
        self.refresh()

    @property
    def which(self) -> str:
        return str(self.selector.currentData())

    def refresh(self) -> None:
        self._seq += 1
        seq, db, user_id = self._seq, self._ctx.db, self._ctx.actor.user_id
        load: Callable[[], list[CaseRow]] = (
            (lambda: case_view.overdue_claims(db)) if self.which == OVERDUE
            else (lambda: case_view.my_open_cases(db, user_id))
        )  # fmt: skip
        self.count.setText(self.tr("Loading…"))
        Op(self, load).success(lambda rows: self._arrived(seq, rows)).failure(
            lambda exc: self._failed(seq, exc)
        ).run()

    def _arrived(self, seq: int, rows: list[CaseRow]) -> None:
        if seq != self._seq:
            return
        current = self.view.currentIndex()
        keep = self.model.row_at(current.row()).id if current.isValid() else None
        self.model.set_rows(rows)
        self.count.setText(self.count_text(len(rows)))
        if rows:
            row = self.model.row_of_case(keep) if keep is not None else -1
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(
                self.tr("No warranty claim is overdue.") if self.which == OVERDUE
                else self.tr("Nothing open on your name. Cases you take or are given show up here.")
            )  # fmt: skip
            self.stack.setCurrentWidget(self.empty)
        self.loaded.emit(len(rows))

    def count_text(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr("1 case") if count == 1 else self.tr("{count} cases").format(count=count)

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.count.setText("")
        self.empty.setText(failure_text(exc))
        self.stack.setCurrentWidget(self.empty)

    def _changed(self, what: dict[str, Any]) -> None:
        if "case" in what:
            self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.caseChosen.emit(self.model.row_at(index.row()).id)

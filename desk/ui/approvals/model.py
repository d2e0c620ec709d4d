"""The approval lists: the queue to decide (oldest first) and the requester's own requests, two lines a row.

The service caps both lists (approvals.MAX_QUEUE), so the model holds the light ApprovalRow tuples of one answer
and needs no paging. Ages ("12 min ago") are computed when painted, so a list left open keeps telling the truth
when the panel repaints it each minute.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.approvals import ApprovalRow
from desk.enums import ApprovalState
from desk.ui.approvals import texts
from desk.ui.two_lines import SECOND_COLOUR_ROLE, SECOND_LINE_ROLE, TAG_COLOUR_ROLE, TAG_ROLE

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_ROLE = TAG_ROLE  # "escalated · reminded", drawn in amber at the right
AMBER = QColor("#8a5a00")
TONES = {"good": QColor("#1e6b34"), "bad": QColor("#b42318")}  # the colour of an answered request
QUEUE, MINE = "queue", "mine"
_TONE = {ApprovalState.APPROVED: "good", ApprovalState.REJECTED: "bad", ApprovalState.WITHDRAWN: "quiet",
         ApprovalState.EXPIRED: "bad"}  # fmt: skip


class ApprovalListModel(QAbstractListModel):
    """ApprovalRow tuples of one answer; `which` says whether the second line is the queue's or the requester's."""

    def __init__(self, which: str = QUEUE, parent: Any = None) -> None:
        super().__init__(parent)
        self.which = which
        self._rows: list[ApprovalRow] = []

    def set_rows(self, rows: list[ApprovalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ApprovalRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ApprovalRow:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.title(row)
        if role == SECOND_LINE_ROLE:
            return texts.queue_line(row) if self.which == QUEUE else texts.mine_line(row)
        if role == FLAG_ROLE:
            return texts.flags(row) if row.state == ApprovalState.PENDING else ""
        if role == TAG_COLOUR_ROLE:
            return AMBER
        if role == SECOND_COLOUR_ROLE:
            return TONES.get(_TONE.get(row.state, "")) if self.which == MINE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            second = self.data(index, SECOND_LINE_ROLE)
            flag = self.data(index, FLAG_ROLE)
            return "\n".join(p for p in (texts.title(row), second, flag, row.case_number or "") if p)
        if role == ROW_ROLE:
            return row
        return None



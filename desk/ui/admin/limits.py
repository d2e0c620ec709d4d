"""The administrator's limits screen: the whole empowerment policy on one table, changed one limit at a time.

Role limits come first, grouped by role (agents, store managers, supervisors, administrators), then each person's
overrides under their name. Edit (Enter or double-click) opens the small form (desk.ui.admin.limit_form); "Add
personal override…" opens it for a colleague; "Remove override" asks first, then lets the role's limit apply again.
Everything is read and written through Ops; a write announces {"policy": id} and every open limits screen reloads
itself from the announcement. Anyone but an administrator sees the same table read-only, with a note that says so
(the service refuses their writes anyway).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import policy, staff
from desk.enums import DecisionKind, RoleCode
from desk.policy import LimitRow
from desk.staff import StaffRow
from desk.ui import forms
from desk.ui.admin.limit_form import LimitForm, Target
from desk.ui.admin.values import amount_text, kind_label, person_label, role_label
from desk.ui.context import DeskContext
from desk.ui.formatting import format_when
from desk.ui.ops import Op, changes, failure_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
K = DecisionKind
# A return's exceptions, then a claim's, then goodwill: the order in which a case meets them.
KIND_ORDER = (K.REFUND, K.RETURN_OUTSIDE_WINDOW, K.FEE_WAIVER, K.FREE_REPAIR, K.GOODWILL_VOUCHER, K.GOODWILL_REFUND,
              K.PRICE_ADJUSTMENT)  # fmt: skip
MUTED = QColor("#7b8794")
_dialogs: dict[str, LimitsDialog] = {}  # one limits screen per database


def open_limits(parent: QWidget | None, ctx: DeskContext) -> LimitsDialog:
    """The limits screen: the one already open, raised, or a new one."""
    dialog = _dialogs.get(ctx.db.url)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = LimitsDialog(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = ctx.db.url
        _dialogs[key] = dialog
        dialog.destroyed.connect(lambda *_: _dialogs.pop(key, None))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class LimitsDialog(QDialog):
    loaded = Signal(int)  # how many limits are listed, after each load

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limitsDialog")
        self.setWindowTitle(self.tr("Empowerment limits"))
        self.setWindowFlag(Qt.WindowType.Window, True)  # a window of its own, with maximise, beside the desk
        self._ctx = ctx
        self._seq = 0
        self._keep: int | None = None  # the limit to select after the next load
        self._said = ""  # what the last action did, shown beside the count after the reload it causes
        self.rows: list[LimitRow] = []
        self.editable = ctx.actor.role == RoleCode.ADMINISTRATOR
        self.form: LimitForm | None = None
        self.confirm_box: QMessageBox | None = None

        title = QLabel(self.tr("Empowerment limits"), self)
        title.setObjectName("sectionTitle")
        self.note = QLabel(self._note_text(), self)
        self.note.setObjectName("limitsNote")
        self.note.setWordWrap(True)
        self.note.setProperty("readOnly", not self.editable)  # amber when the screen only shows
        self.view = self._table()
        self.status = QLabel(self)
        self.status.setObjectName("quiet")
        self.error = forms.error_label(self)

        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Change the selected limit (Enter)"), self.edit)
        self.add_button = self._button(self.tr("&Add personal override…"),
                                       self.tr("Give one colleague a limit of their own (Alt+A)"), self.add)
        self.remove_button = self._button(self.tr("&Remove override"),
                                          self.tr("Their role's limit applies again (Delete)"), self.remove)
        self.close_button = self._button(self.tr("Close"), self.tr("Close (Esc)"), self.close)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.add_button, self.remove_button):
            button.setVisible(self.editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(1100, 800)

        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        changes().changed.connect(self._changed)
        self._set_enabled()
        self.reload()

    def _note_text(self) -> str:
        if self.editable:
            return self.tr("What each role may grant without asking for approval. A personal override replaces its "
                           "person's role limit for that kind and currency. An empty cell means no cap; above a limit, "
                           "the request goes to the lowest role whose limit covers it.")  # fmt: skip
        return self.tr("Read only: only an administrator can change the limits. Ask one if a limit is in your way; "
                       "meanwhile, anything above your limit goes for approval.")  # fmt: skip

    def _table(self) -> QTreeWidget:
        view = QTreeWidget(self)
        view.setObjectName("limitsTable")
        columns = [self.tr("Kind"), self.tr("Currency"), self.tr("Per\ndecision"), self.tr("Per agent\nper day"),
                   self.tr("Per customer\nover 12 months"), self.tr("Days past\nthe window"),
                   self.tr("Last changed")]  # fmt: skip
        view.setColumnCount(len(columns))
        view.setHeaderLabels(columns)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAllColumnsShowFocus(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setObjectName("limitsTable")
        header = view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no kind ever cut short
        header.setStretchLastSection(True)  # the room left over goes after the last date
        for column in range(2, 5):
            view.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        view.headerItem().setTextAlignment(5, Qt.AlignmentFlag.AlignCenter)
        view.itemActivated.connect(lambda item, _column: self.edit() if self.row_of(item) else None)
        view.currentItemChanged.connect(lambda *_: self._set_enabled())
        return view

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in the table edits; it never presses a button
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._seq += 1
        seq, db = self._seq, self._ctx.db
        current = self.current_row()
        if self._keep is None and current is not None:
            self._keep = current.id
        self.status.setText(self.tr("Loading…"))
        Op(self, lambda: policy.limits_table(db)).success(lambda rows: self._arrived(seq, rows)).failure(
            lambda exc: self._failed(seq, exc)
        ).run()

    def _arrived(self, seq: int, rows: list[LimitRow]) -> None:
        if seq != self._seq:
            return  # an older answer: a newer load is on its way
        self.rows = rows
        keep, self._keep = self._keep, None
        self.view.clear()
        chosen: QTreeWidgetItem | None = None
        for label, members in self._groups(rows):
            group = QTreeWidgetItem([label])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not a limit, never selected
            font = QFont(self.view.font())
            font.setWeight(QFont.Weight.DemiBold)
            group.setFont(0, font)
            self.view.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in members:
                item = self._item(row)
                group.addChild(item)
                if row.id == keep:
                    chosen = item
        self.view.expandAll()
        first = chosen or self._first_limit()
        if first is not None:
            self.view.setCurrentItem(first)
        count = self.tr("{count} limits").format(count=len(rows))
        self.status.setText(" · ".join(part for part in (count, self._said) if part))
        self._said = ""
        self.error.hide()
        self._set_enabled()
        self.loaded.emit(len(rows))

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.status.setText("")
        self.error.setText(failure_text(exc))
        self.error.show()

    def _groups(self, rows: list[LimitRow]) -> list[tuple[str, list[LimitRow]]]:
        """Role limits by role, then one group per person with an override (the service's order kept inside)."""
        groups: dict[tuple[int, str], tuple[str, list[LimitRow]]] = {}
        for row in rows:
            if row.role is not None:
                key, label = (0, row.role.value), role_label(row.role)
            else:
                name = person_label(row.full_name, row.username)
                key, label = (1, row.username or ""), self.tr("{person} · personal override").format(person=name)
            groups.setdefault(key, (label, []))[1].append(row)
        order = {kind: index for index, kind in enumerate(KIND_ORDER)}
        return [(label, sorted(members, key=lambda r: (order[r.limit.kind], r.limit.currency)))
                for label, members in groups.values()]  # fmt: skip

    def _item(self, row: LimitRow) -> QTreeWidgetItem:
        limit = row.limit
        days_apply = limit.kind == DecisionKind.RETURN_OUTSIDE_WINDOW or limit.days_past_window is not None
        days = "" if not days_apply else self.tr("no cap") if limit.days_past_window is None else str(
            limit.days_past_window)  # fmt: skip
        when = format_when(row.updated_at) if isinstance(row.updated_at, datetime) else ""
        texts = [kind_label(limit.kind), limit.currency, amount_text(limit.per_decision),
                 amount_text(limit.per_agent_day) or self.tr("no cap"),
                 amount_text(limit.per_customer_12m) or self.tr("no cap"), days, when]  # fmt: skip
        item = QTreeWidgetItem(texts)
        item.setData(0, ROW_ROLE, row)
        for column in range(2, 6):
            align = Qt.AlignmentFlag.AlignCenter if column == 5 else Qt.AlignmentFlag.AlignRight
            item.setTextAlignment(column, align | Qt.AlignmentFlag.AlignVCenter)
            if texts[column] == self.tr("no cap"):
                item.setForeground(column, QBrush(MUTED))
        who = role_label(row.role) if row.role is not None else person_label(row.full_name, row.username)
        item.setToolTip(0, f"{who} · {kind_label(limit.kind)} · {limit.currency}")
        return item

    def _first_limit(self) -> QTreeWidgetItem | None:
        group = self.view.topLevelItem(0)
        return group.child(0) if group is not None and group.childCount() else None

    # --- what is selected --------------------------------------------------------------------------------

    @staticmethod
    def row_of(item: QTreeWidgetItem | None) -> LimitRow | None:
        return item.data(0, ROW_ROLE) if item is not None else None

    def current_row(self) -> LimitRow | None:
        return self.row_of(self.view.currentItem())

    def item_of(self, limit_id: int) -> QTreeWidgetItem | None:
        for g in range(self.view.topLevelItemCount()):
            group = self.view.topLevelItem(g)
            for c in range(group.childCount()):
                row = self.row_of(group.child(c))
                if row is not None and row.id == limit_id:
                    return group.child(c)
        return None

    def _set_enabled(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(self.editable and row is not None)
        self.remove_button.setEnabled(self.editable and row is not None and row.username is not None)

    # --- actions -----------------------------------------------------------------------------------------

    def edit(self) -> None:
        row = self.current_row()
        if not self.editable or row is None:
            return
        self._open_form(Target(row.role, row.username, row))

    def add(self) -> None:
        if not self.editable:
            return
        self.add_button.setEnabled(False)
        db = self._ctx.db
        Op(self, lambda: staff.active_staff(db)).success(self._add_with).failure(self._add_failed).run()

    def _add_with(self, people: list[StaffRow]) -> None:
        self.add_button.setEnabled(True)
        self._open_form(Target(None, None), people)

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.error.setText(failure_text(exc))
        self.error.show()

    def _open_form(self, target: Target, people: list[StaffRow] | None = None) -> None:
        if self.form is not None and shiboken6.isValid(self.form) and self.form.isVisible():
            self.form.raise_()
            return
        self.form = LimitForm(self._ctx, target, self, people)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.accepted.connect(lambda: self._say(self.tr("Saved.")))
        self.form.open()  # window-modal, and the event loop keeps running

    def remove(self) -> None:
        row = self.current_row()
        if not self.editable or row is None or row.username is None:
            return
        text = self.tr("Remove {person}'s own limit for {kind} in {currency}? Their role's limit applies again from "
                       "their next decision.").format(person=person_label(row.full_name, row.username),
                                                      kind=kind_label(row.limit.kind), currency=row.limit.currency)
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text, QMessageBox.StandardButton.NoButton,
                          self)  # fmt: skip
        remove = box.addButton(self.tr("Remove override"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(row) if button is remove else None)
        self.confirm_box = box
        box.open()  # not exec(): other answers keep arriving while it asks

    def _remove(self, row: LimitRow) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        self.remove_button.setEnabled(False)
        Op(self, lambda: policy.remove_override(db, actor, row.id)).success(
            lambda _: self._say(self.tr("Override removed."))
        ).failure(self._refused).announce({"policy": row.id}).run()

    def _say(self, text: str) -> None:
        self._said = text
        self.status.setText(text)

    def _refused(self, exc: BaseException) -> None:
        self._set_enabled()
        self.error.setText(failure_text(exc))
        self.error.show()

    def _changed(self, what: dict[str, Any]) -> None:
        if "policy" in what:
            if isinstance(what["policy"], int) and self.item_of(what["policy"]) is None:
                self._keep = what["policy"]  # a new override: selected once it is listed
            self.reload()

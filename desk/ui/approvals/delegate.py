"""Delegate approving while away: a colleague decides what you could decide, for the days you choose (inclusive);
the delegations given and received are listed below, and a given one can be revoked at once.

Everything goes through approvals.delegate / revoke_delegation / delegations_of in Ops; the dialog stays open after
each change so the list shows what is now in force. The colleague is chosen by name from active staff, or typed as
a user name (the service looks it up and says when there is nobody by that name).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import approvals, staff
from desk.approvals import MAX_DELEGATION_DAYS, DelegationRow
from desk.ui import forms
from desk.ui.approvals import texts
from desk.ui.context import DeskContext
from desk.ui.formatting import format_date
from desk.ui.ops import Op, failure_text

GIVEN_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class DelegateDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegateDialog")
        self.setWindowTitle(self.tr("Delegate approvals"))
        self.setMinimumWidth(560)
        self._ctx = ctx
        self._busy = False
        self._names: dict[str, str] = {}  # full name -> user name, so typing "Marc Soler" works too
        intro = QLabel(self.tr("While you are away, a colleague can decide the requests you could decide. You can "
                               "still decide them yourself, and you can end it at any time."), self)  # fmt: skip
        intro.setObjectName("approvalPrompt")
        intro.setWordWrap(True)
        self.colleague = QComboBox(self)
        self.colleague.setEditable(True)
        self.colleague.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.colleague.lineEdit().setPlaceholderText(self.tr("Name or user name"))
        today = QDate.currentDate()
        self.starts = self._date_edit(today)
        self.ends = self._date_edit(today.addDays(6))
        self.starts.dateChanged.connect(self._starts_moved)
        days = QHBoxLayout()
        days.setSpacing(8)
        days.addWidget(self.starts)
        until = QLabel(self.tr("&until"), self)
        until.setBuddy(self.ends)
        days.addWidget(until)
        days.addWidget(self.ends)
        days.addStretch(1)
        self.delegate_button = QPushButton(self.tr("&Delegate"), self)
        self.delegate_button.setObjectName("primaryButton")
        self.delegate_button.clicked.connect(self.delegate)
        starts = QLabel(self.tr("&From"), self)
        starts.setBuddy(self.starts)
        save_row = QHBoxLayout()
        save_row.addWidget(self.delegate_button)
        save_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Colleague"), self.colleague)
        form.addRow(starts, days)
        form.addRow("", save_row)
        self.message = forms.error_label(self)

        current = QLabel(self.tr("In force or planned"), self)
        current.setObjectName("sectionTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("delegationList")
        self.list.setMinimumHeight(110)
        self.list.currentItemChanged.connect(lambda *_: self._fit())
        self.empty = QLabel(self.tr("No delegation given or received."), self)
        self.empty.setObjectName("quiet")
        self.revoke_button = QPushButton(self.tr("&Revoke"), self)
        self.revoke_button.setToolTip(self.tr("End the selected delegation you gave, now"))
        self.revoke_button.clicked.connect(self.revoke)
        revoke_row = QHBoxLayout()
        revoke_row.addWidget(self.empty)
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(current)
        layout.addWidget(self.list, 1)
        layout.addLayout(revoke_row)
        layout.addWidget(buttons)
        self._fit()
        self.colleague.setFocus()
        db = ctx.db
        Op(self, lambda: staff.active_staff(db)).success(self._people).failure(self._say_error).run()
        self.reload()

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(QDate.currentDate())
        return edit

    def _starts_moved(self, day: QDate) -> None:
        """The end follows the start: never before it, never more than the longest delegation after it."""
        self.ends.setMinimumDate(day)
        self.ends.setMaximumDate(day.addDays(MAX_DELEGATION_DAYS - 1))

    def _people(self, people: list[staff.StaffRow]) -> None:
        typed = self.colleague.currentText()
        self.colleague.clear()
        for person in people:
            if person.id == self._ctx.actor.user_id:
                continue
            label = f"{person.full_name} ({person.username}) · {texts.role_label(person.role)}"
            self.colleague.addItem(label, person.username)
            self._names[person.full_name.casefold()] = person.username
        self.colleague.setCurrentIndex(-1)
        self.colleague.setEditText(typed)

    def username(self) -> str:
        """The chosen colleague's user name; typed, a full name or a user name (the service says if nobody has it)."""
        text = self.colleague.currentText().strip()
        found = self.colleague.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return str(self.colleague.itemData(found))
        return self._names.get(text.casefold(), text)

    def period(self) -> tuple[date, date]:
        return self.starts.date().toPython(), self.ends.date().toPython()  # type: ignore[return-value]

    # --- changes -----------------------------------------------------------------------------------------

    def delegate(self) -> None:
        if self._busy:
            return
        username = self.username()
        if not username:
            self._say_error(self.tr("Choose the colleague who decides while you are away."))
            return
        db, actor, (first, last) = self._ctx.db, self._ctx.actor, self.period()
        self._set_busy(True)
        Op(self, lambda: approvals.delegate(db, actor, username, first, last)).success(
            lambda _id: self._delegated(first, last)
        ).failure(self._refused).announce({"approvals": {"what": "delegated"}}).run()

    def _delegated(self, first: date, last: date) -> None:
        self._set_busy(False)
        who = self.colleague.currentText().split(" (")[0]
        self._say(self.tr("{name} can decide for you from {first} until {last}.").format(
            name=who, first=format_date(first), last=format_date(last)), error=False)  # fmt: skip
        self.colleague.setCurrentIndex(-1)
        self.colleague.setEditText("")
        self.reload()

    def revoke(self) -> None:
        item = self.list.currentItem()
        if self._busy or item is None or not item.data(GIVEN_ROLE):
            return
        db, actor, delegation_id = self._ctx.db, self._ctx.actor, int(item.data(ID_ROLE))
        self._set_busy(True)
        Op(self, lambda: approvals.revoke_delegation(db, actor, delegation_id)).success(self._revoked).failure(
            self._refused
        ).announce({"approvals": {"what": "revoked"}}).run()

    def _revoked(self, _result: object) -> None:
        self._set_busy(False)
        self._say(self.tr("The delegation has ended."), error=False)
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say_error(exc)

    # --- the list ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        db, user_id = self._ctx.db, self._ctx.actor.user_id or 0
        Op(self, lambda: approvals.delegations_of(db, user_id)).success(self._listed).failure(self._say_error).run()

    def _listed(self, rows: list[DelegationRow]) -> None:
        self.list.clear()
        me = self._ctx.actor.user_id
        for row in rows:
            given = row.delegator_id == me
            span = f"{format_date(row.starts_on)} – {format_date(row.ends_on)}"
            text = (self.tr("{name} decides for you · {span}") if given
                    else self.tr("You decide for {name} · {span}")).format(
                name=row.delegate if given else row.delegator, span=span)  # fmt: skip
            item = QListWidgetItem(text, self.list)
            item.setData(GIVEN_ROLE, given)
            item.setData(ID_ROLE, row.id)
        if rows:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not rows)
        self._fit()

    def _fit(self) -> None:
        item = self.list.currentItem()
        self.revoke_button.setEnabled(not self._busy and item is not None and bool(item.data(GIVEN_ROLE)))
        self.delegate_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._fit()

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("error", "true" if error else "false")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_error(self, what: Any) -> None:
        self._say(failure_text(what) if isinstance(what, BaseException) else str(what))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)


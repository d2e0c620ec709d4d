"""The small form behind the limits table: change one limit, or add a person's override.

It saves through an Op that reads the boxes (desk.ui.admin.values) and calls `desk.policy.save_limit` on the
database worker, so whatever is refused (an amount that is not one, a negative one, a user who does not exist, days
out of range, not an administrator) comes back as the service's words in red above the buttons, with everything
typed still there. Saved, it announces {"policy": id} and closes; the table reloads itself from the announcement.
Enter in a box never saves half a form: the Save button or Ctrl+Enter does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.enums import DecisionKind, RoleCode
from desk.policy import LimitRow, save_limit
from desk.staff import StaffRow
from desk.ui import forms
from desk.ui.admin.values import Typed, build_limit, editable_text, kind_label, person_label, role_label
from desk.ui.context import DeskContext
from desk.ui.ops import Op, failure_text


@dataclass(frozen=True)
class Target:
    """Whose limit the form saves: a role's or a person's (exactly one of them); `row` when it changes one."""

    role: RoleCode | None
    username: str | None
    row: LimitRow | None = None


class LimitForm(QDialog):
    def __init__(self, ctx: DeskContext, target: Target, parent: QWidget | None = None,
                 staff: list[StaffRow] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("limitForm")
        self.setMinimumWidth(560)
        self._ctx, self._target = ctx, target
        self._saving = False
        self.adding = target.row is None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._who_and_what(target, staff or [])
        self.per_decision = self._box(self.tr("e.g. 60,00 (required)"))
        self.per_agent_day = self._box(self.tr("empty: no cap"))
        self.per_customer_12m = self._box(self.tr("empty: no cap"))
        self.days = self._box(self.tr("0 to 365; empty: no cap"))
        self.form.addRow(self.tr("Most per &decision"), self.per_decision)
        self.form.addRow(self.tr("Most per agent per d&ay"), self.per_agent_day)
        self.form.addRow(self.tr("Most per customer over &12 months"), self.per_customer_12m)
        self.form.addRow(self.tr("Days past the return &window"), self.days)
        self.hint = QLabel(self.tr("Amounts as 1500,00 or 1500.00. An empty box means no cap; 0 sends every such "
                                   "decision for approval."), self)  # fmt: skip
        self.hint.setObjectName("quiet")
        self.hint.setWordWrap(True)
        if target.row is not None:
            limit = target.row.limit
            self.per_decision.setText(editable_text(limit.per_decision))
            self.per_agent_day.setText(editable_text(limit.per_agent_day))
            self.per_customer_12m.setText(editable_text(limit.per_customer_12m))
            self.days.setText("" if limit.days_past_window is None else str(limit.days_past_window))
        self._first = self._typed_now()
        self.error = forms.error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._fit())
        self._fit()
        (self.user if self.adding else self.per_decision).setFocus()

    def _who_and_what(self, target: Target, staff: list[StaffRow]) -> None:
        """Fixed words when changing a limit (its kind and currency are what it is); boxes when adding one."""
        self.user = QComboBox(self)
        self.user.setEditable(True)
        self.user.lineEdit().setPlaceholderText(self.tr("Choose or type a user name"))
        for person in staff:
            self.user.addItem(person_label(person.full_name, person.username), person.username)
        self.user.setCurrentIndex(-1)
        self.kind = QComboBox(self)
        for kind in DecisionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.currency = QLineEdit("EUR", self)
        self.currency.setMaxLength(3)
        if self.adding:
            self.setWindowTitle(self.tr("Add a personal override"))
            intro = QLabel(self.tr("The person's own limit for one kind of decision: it replaces their role's limit "
                                   "for that kind and currency, higher or lower."), self)  # fmt: skip
            intro.setWordWrap(True)
            self.form.addRow(intro)
            self.form.addRow(self.tr("&User"), self.user)
            self.form.addRow(self.tr("&Kind"), self.kind)
            self.form.addRow(self.tr("&Currency"), self.currency)
            return
        row = target.row
        assert row is not None
        for fixed in (self.user, self.kind, self.currency):  # kept for save(), never shown: not in the layout
            fixed.hide()
        self.kind.setCurrentIndex(self.kind.findData(row.limit.kind))
        self.currency.setText(row.limit.currency)
        who = role_label(row.role) if row.role is not None else person_label(row.full_name, row.username)
        self.setWindowTitle(self.tr("Change a limit"))
        heading = QLabel(f"{who} · {kind_label(row.limit.kind)} · {row.limit.currency}", self)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        self.form.addRow(heading)

    def _box(self, placeholder: str) -> QLineEdit:
        box = QLineEdit(self)
        box.setPlaceholderText(placeholder)
        box.setMaxLength(20)
        return box

    def _fit(self) -> None:
        """Days past the window matter only to returns accepted as an exception (or a value already set)."""
        kind = self.kind.currentData()
        self.form.setRowVisible(self.days, kind == DecisionKind.RETURN_OUTSIDE_WINDOW or bool(self.days.text()))

    # --- saving ------------------------------------------------------------------------------------------

    def username(self) -> str:
        """The chosen colleague's user name, or what was typed when it is not one of the list."""
        text = self.user.currentText().strip()
        index = self.user.findText(text)
        return str(self.user.itemData(index)) if index >= 0 else text.lower()

    def typed(self) -> bool:
        """Whether closing would lose something typed."""
        return self._typed_now() != self._first

    def _typed_now(self) -> tuple[str, ...]:
        return (self.user.currentText(), self.per_decision.text(), self.per_agent_day.text(),
                self.per_customer_12m.text(), self.days.text(), self.currency.text())  # fmt: skip

    def save(self) -> None:
        if self._saving:
            return
        db, actor = self._ctx.db, self._ctx.actor
        kind, currency = DecisionKind(self.kind.currentData()), self.currency.text()
        role = self._target.role
        username = self.username() if self.adding else self._target.username
        typed = Typed(self.per_decision.text(), self.per_agent_day.text(), self.per_customer_12m.text(),
                      self.days.text() if self.form.isRowVisible(self.days) else "",
                      (self.tr("Per decision"), self.tr("Per agent per day"), self.tr("Per customer over 12 months"),
                       self.tr("Days past the return window")))  # fmt: skip
        if self.adding and not username:
            self._refused_text(self.tr("Choose the colleague whose limit this is."))
            return

        def call() -> int:
            return save_limit(db, actor, build_limit(kind, currency, typed), role=role, username=username)

        self._set_saving(True)
        self.error.hide()
        Op(self, call).success(self._saved).failure(self._refused).announce(lambda limit_id: {"policy": limit_id}).run()

    def _saved(self, _limit_id: int) -> None:
        self._set_saving(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        self._refused_text(failure_text(exc))

    def _refused_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._grow()

    def _grow(self) -> None:
        """Tall enough for every line, the wrapped red one included, at the width the agent gave the form."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)
        self._grow()

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        asked = self.typed() and self.isVisible()
        if asked and not forms.confirm_discard(self, self.tr("Close without saving? What you typed will be lost.")):
            return
        super().reject()

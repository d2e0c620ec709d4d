"""The small forms a case step needs: a reason, an assignment, a resolution.

Each saves through an Op. When the service refuses (a missing field, a stale case, the database out of reach)
the dialog stays open with everything typed and says why in red above its buttons; on a stale case it also
asks its window to reload, and saving again uses the version the window then shows. Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import Conflict
from desk.staff import StaffRow
from desk.ui.formatting import cost_bearer_label, resolution_label
from desk.ui import forms
from desk.ui.ops import Op, failure_text

Call = Callable[[int, dict[str, Any]], Any]  # (version, values) -> the service's answer; runs on the worker


class ActionDialog(QDialog):
    stale = Signal()  # the case changed under the dialog: its window should reload

    def __init__(self, parent: QWidget, title: str, save_text: str, call: Call, version: Callable[[], int],
                 announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._call, self._version, self._announce = call, version, announce
        self._save_text = save_text
        self._saving = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = forms.error_label(self)
        self.buttons = QDialogButtonBox(self)
        # Named before it joins the box: a button styled by the box first would never turn blue.
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("primaryButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)  # Enter in a one-line field must not save half a form
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def typed(self) -> bool:
        """Whether closing would lose something the agent typed."""
        return False

    def save(self) -> None:
        if self._saving:
            return
        call, version, values = self._call, self._version(), self.values()
        self._set_saving(True)
        self.error.hide()
        Op(self, lambda: call(version, values)).success(self._saved).failure(self._refused).announce(
            self._announce
        ).run()

    def _saved(self, _result: object) -> None:
        self._set_saving(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        text = failure_text(exc)
        if isinstance(exc, Conflict):
            text += "\n" + self.tr("The case on screen has been reloaded: check it, then save again.")
            self.stale.emit()
        self.error.setText(text)
        self.error.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self._save_text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)  # Enter in a one-line field must not save half a form

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        if self.typed() and self.isVisible():
            if not forms.confirm_discard(self, self.tr("Close without saving? What you typed will be lost.")):
                return
        super().reject()


def _text_box(parent: QWidget, placeholder: str, height: int = 110) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    return box


class ReasonDialog(ActionDialog):
    """Reject (a return, or a claim as not covered) or cancel: one reason, which the customer may read in a letter."""

    def __init__(self, parent: QWidget, purpose: str, number: str, call: Call, version: Callable[[], int],
                 announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent, "", "", call, version, announce)
        title, save_text, prompt = {
            "reject_claim": (self.tr("Reject claim {number}"), self.tr("Reject claim"),
                             self.tr("The claim is not covered. The item still goes back to the customer afterwards.")),
            "reject_return": (self.tr("Reject return {number}"), self.tr("Reject return"),
                              self.tr("The return is refused: nothing is refunded and the items stay with the "
                                      "customer.")),
            "cancel": (self.tr("Cancel case {number}"), self.tr("Cancel the case"),
                       self.tr("The case is closed and nothing more happens on it (taken by mistake, the customer "
                               "changed their mind).")),
        }[purpose]  # fmt: skip
        self.setWindowTitle(title.format(number=number))
        self._save_text = save_text
        self.save_button.setText(save_text)
        self.setObjectName("reasonDialog")
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.reason = _text_box(self, self.tr("Why, in a sentence the customer understands"))
        label = QLabel(self.tr("&Reason"), self)
        label.setBuddy(self.reason)
        self.form.addRow(self.prompt)
        self.form.addRow(label, self.reason)
        self.reason.setFocus()

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText()}

    def typed(self) -> bool:
        return bool(self.reason.toPlainText().strip())


def due_moment(day: date) -> datetime:
    """A due date means the end of that working day, in the workstation's zone (stored as UTC by the service)."""
    return datetime.combine(day, time(20, 0)).astimezone()


class AssignDialog(ActionDialog):
    """Who repairs the claim: a technician (active staff), a repair centre, or both; and by when."""

    def __init__(self, parent: QWidget, staff: list[StaffRow], technician_id: int | None, repair_centre: str | None,
                 due: date | None, call: Call, version: Callable[[], int], announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Assign the repair"), self.tr("Assign"), call, version, announce)
        self.setObjectName("assignDialog")
        self.technician = QComboBox(self)
        self.technician.addItem(self.tr("Nobody in the shop (repair centre only)"), None)
        for person in staff:
            self.technician.addItem(person.full_name, person.id)
        found = self.technician.findData(technician_id) if technician_id is not None else -1
        self.technician.setCurrentIndex(found if found >= 0 else 0)
        self.centre = QLineEdit(repair_centre or "", self)
        self.centre.setPlaceholderText(self.tr("e.g. SAT Bosch Barcelona"))
        self._first_due = due or date.today()
        self.due = QDateEdit(QDate(self._first_due), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setMinimumDate(min(QDate(self._first_due), QDate.currentDate()))  # an overdue date stays put
        self.form.addRow(self.tr("&Technician"), self.technician)
        self.form.addRow(self.tr("Repair &centre"), self.centre)
        self.form.addRow(self.tr("&Due by"), self.due)
        if self._first_due < date.today():  # reassigning a late claim is the moment to promise a new date
            late = QLabel(self.tr("This date has passed: choose the new one you can promise the customer."), self)
            late.setObjectName("formError")
            late.setWordWrap(True)
            self.form.addRow("", late)
        self.technician.setFocus()

    def values(self) -> dict[str, Any]:
        day = self.due.date().toPython()
        return {
            "technician_id": self.technician.currentData(),
            "repair_centre": self.centre.text(),
            "due_at": due_moment(day) if day != self._first_due else None,  # unchanged: keep the exact moment
        }


class ResolveDialog(ActionDialog):
    """How the claim ends: repair, replace (new serial) or refund (amount); the diagnosis; who bears the cost."""

    CHARGED_BACK = ("supplier", "brand")

    def __init__(self, parent: QWidget, resolutions: list[str], diagnosis: str, currency: str, call: Call,
                 version: Callable[[], int], announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Resolve the claim"), self.tr("Resolve"), call, version, announce)
        self.setObjectName("resolveDialog")
        self.resolution = QComboBox(self)
        for resolution in resolutions:
            self.resolution.addItem(resolution_label(resolution), resolution)
        self.diagnosis = _text_box(self, self.tr("What the technician found"), 90)
        self.diagnosis.setPlainText(diagnosis)
        self.bearer = QComboBox(self)
        for bearer in ("store", "supplier", "brand", "customer"):
            self.bearer.addItem(cost_bearer_label(bearer), bearer)
        self.bearer.setCurrentIndex(-1)  # no silent default: chargebacks depend on it
        self.bearer.setPlaceholderText(self.tr("Who pays for it?"))
        self.charge_to = QLineEdit(self)
        self.charge_to.setPlaceholderText(self.tr("Supplier or brand, e.g. BSH"))
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("Scan or type the new item's serial number"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 649.00"))
        self.amount_label = QLabel(self.tr("Refund &amount ({currency})").format(currency=currency), self)
        self.amount_label.setBuddy(self.amount)
        self.form.addRow(self.tr("&Resolution"), self.resolution)
        self.form.addRow(self.tr("&Diagnosis"), self.diagnosis)
        self.form.addRow(self.tr("&New serial"), self.serial)
        self.form.addRow(self.amount_label, self.amount)
        self.form.addRow(self.tr("Cost &borne by"), self.bearer)
        self.form.addRow(self.tr("&Charged to"), self.charge_to)
        self.resolution.currentIndexChanged.connect(self._fit)
        self.bearer.currentIndexChanged.connect(self._fit)
        self._fit()
        self.resolution.setFocus()

    def _fit(self) -> None:
        """Only the fields this resolution needs: a serial for a replacement, an amount for a refund."""
        resolution = self.resolution.currentData()
        self.form.setRowVisible(self.serial, resolution == "replace")
        self.form.setRowVisible(self.amount, resolution == "refund")
        self.form.setRowVisible(self.charge_to, self.bearer.currentData() in self.CHARGED_BACK)

    def values(self) -> dict[str, Any]:
        resolution = self.resolution.currentData()
        return {
            "resolution": resolution or "",
            "diagnosis": self.diagnosis.toPlainText(),
            "cost_bearer": self.bearer.currentData() or "",
            "charge_to": self.charge_to.text() if self.bearer.currentData() in self.CHARGED_BACK else "",
            "replacement_serial": self.serial.text() if resolution == "replace" else None,
            "refund_amount": self.amount.text() if resolution == "refund" else None,
        }

    def typed(self) -> bool:
        return bool(self.diagnosis.toPlainText().strip() or self.serial.text().strip())

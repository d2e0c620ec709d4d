"""Take a warranty claim at the counter or on the phone: which item, the claim, the cover, then open it.

Three columns read left to right in the order of the intake (1 which item, 2 the claim, 3 the cover), so the
whole claim fits a 1280×800 screen without scrolling and Tab walks it top to bottom, column after column.
The cover is asked of `assess_claim` whenever what it depends on changes (item, serial, cause, earlier
repair), after a short pause, with stale answers dropped by sequence number; out of warranty, what the store
would bear is evaluated against the agent's limits the same way (`preview_decision`), so the box says "within
your limits" or "goes to a store manager for approval" before anything is saved. "Open claim" (or Ctrl+Enter)
saves through an Op; a refusal keeps everything typed and says why above the buttons, as every desk form
does. Once opened, the dialog turns into a done page from which the intake form is printed.

What is typed is kept on this computer as a draft (desk.drafts) and offered back when a claim is opened for the
same customer again, even after a restart of the desk: the item is chosen again once the purchases are listed
(looked up again by its order number when it came from a scan), the technician and due date once they are
loaded, and the files picked are attached again if they are still there. Opening the claim removes the draft. A
save that finds the database out of reach says so and watches for it to answer again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import staff, warranty
from desk.actors import Actor
from desk.db import Database
from desk.drafts import Draft, customer_subject
from desk.empowerment import preview_decision
from desk.enums import DecisionKind, Entitlement, RoleCode, StoreKind
from desk.errors import DatabaseUnavailable, DeskError, InvalidInput
from desk.policy import parse_amount
from desk.rule_store import current_rules_text
from desk.rules.empowerment import Ask, Evaluation
from desk.rules.settings import parse_rules
from desk.staff import StaffRow
from desk.ui import forms
from desk.ui.context import DeskContext
from desk.ui.formatting import CAUSES, cause_label, format_money
from desk.ui.forms import default_channel
from desk.ui.ops import Op, failure_text
from desk.ui.warranty.attachments import AttachmentList, read_attachments
from desk.ui.warranty.done import DonePage
from desk.ui.warranty.item_picker import ItemPicker, hint
from desk.ui.warranty.verdict import VerdictPanel
from desk.warranty import ClaimAssessment, ClaimRequest, OpenedClaim

log = logging.getLogger(__name__)
VERDICT_DEBOUNCE_MS = 300


def rules_due_days(db: Database) -> int:
    """Runs on the worker: the days a claim is given by the rules in force (the default due date)."""
    text, _default = current_rules_text(db)
    return parse_rules(text).warranty.due_days


def free_repair_evaluation(db: Database, actor: Actor, customer_id: int, typed: str, currency: str,
                           field: str) -> Evaluation | None:  # fmt: skip
    """Runs on the worker: what would happen to the store's part of the repair (None: zero, nothing asked)."""
    amount = parse_amount(typed, field)
    if not amount:
        return None
    return preview_decision(db, actor, customer_id, Ask(DecisionKind.FREE_REPAIR, amount, currency.upper()))


def open_and_route(db: Database, actor: Actor, request: ClaimRequest) -> tuple[OpenedClaim, RoleCode | None]:
    """Runs on the worker: open the claim; the result says whom its free-repair request went to."""
    opened = warranty.open_claim(db, actor, request)
    return opened, opened.approver_role


def due_moment(day: date) -> datetime:
    """A chosen due day as an aware moment: the same time of day as now, as the service's default is."""
    now = datetime.now().astimezone()
    return now.replace(year=day.year, month=day.month, day=day.day)


def section(title: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("claimSection")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    heading = QLabel(title, frame)
    heading.setObjectName("claimStep")
    layout.addWidget(heading)
    return frame, layout


class WarrantyClaimDialog(QDialog):
    claimOpened = Signal(int, str)  # case id, case number
    verdictShown = Signal(str)  # the entitlement now on screen ("in_warranty", ...), "" for none
    freeRepairShown = Signal(str)  # the evaluation of the store's part on screen ("grant", ...), "" for none

    def __init__(
        self,
        ctx: DeskContext,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        store_kind: StoreKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warrantyClaimDialog")
        self._ctx = ctx
        self._customer_id = customer_id
        self._store_kind = store_kind
        self._saving = False
        self._verdict_seq = 0
        self._free_seq = 0
        self._prefilled_serial: str | None = None
        self._due_default: date | None = None
        self.opened: OpenedClaim | None = None
        self.setWindowTitle(self.tr("Warranty claim for {name}").format(name=customer_name))

        self.stack = QStackedWidget(self)
        self.form_page = QWidget(self)
        self.done_page = DonePage(ctx, customer_id, self)
        self.done_page.closeRequested.connect(self.accept)
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.done_page)
        self._build_form(customer_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)
        self.resize(1180, 720)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.verdict_timer = QTimer(self)
        self.verdict_timer.setSingleShot(True)
        self.verdict_timer.setInterval(VERDICT_DEBOUNCE_MS)
        self.verdict_timer.timeout.connect(self._assess)
        self.free_timer = QTimer(self)
        self.free_timer.setSingleShot(True)
        self.free_timer.setInterval(VERDICT_DEBOUNCE_MS)
        self.free_timer.timeout.connect(self._evaluate_free)
        self.verdict.freeChanged.connect(self._schedule_free)

        # Parts of a restored draft that wait for something to load (the purchases, the staff, the rules).
        self._pending_item: dict[str, object] | None = None
        self._pending_serial: str | None = None
        self._pending_technician: int | None = None
        self._pending_due: str | None = None
        self.drafts = forms.DraftKeeper(self, ctx, "warranty", customer_subject(customer_id), self._draft_fields)
        if (draft := self.drafts.load()) is not None:
            self._restore(draft)
        self.picker.loaded.connect(self._restore_item)
        for edited in (self.picker.itemChanged, self.picker.description.textEdited, self.serial.textEdited,
                       self.fault.textChanged, self.cause.currentIndexChanged, self.same_fault.textEdited,
                       self.accessories.textEdited, self.damage.textEdited, self.received.toggled,
                       self.technician.currentIndexChanged, self.repair_centre.textEdited, self.due.dateChanged,
                       self.verdict.quote.textEdited, self.verdict.free.textEdited, self.verdict.reason.textChanged,
                       self.attachments.changed):  # fmt: skip
            edited.connect(self.drafts.changed)
        self.drafts.arm()

        self.picker.load()
        db = ctx.db
        Op(self, lambda: staff.active_staff(db)).success(self._staff_loaded).failure(lambda _exc: None).run()
        Op(self, lambda: rules_due_days(db)).success(self._due_days_loaded).failure(lambda _exc: None).run()
        self.picker.scan.setFocus()

    # --- building ----------------------------------------------------------------------------------------

    def _build_form(self, customer_name: str) -> None:
        page = self.form_page
        item_box, item_layout = section(self.tr("1  Which item"), page)
        self.picker = ItemPicker(self._ctx.db, self._customer_id, customer_name, item_box)
        self.picker.itemChanged.connect(self._item_changed)
        self.picker.serialScanned.connect(self._serial_scanned)
        item_layout.addWidget(self.picker, 1)

        claim_box, claim_layout = section(self.tr("2  The claim"), page)
        self.serial = QLineEdit(claim_box)
        self.serial.setPlaceholderText(self.tr("as printed on the item's label"))
        self.serial.textEdited.connect(self._serial_edited)
        self.serial_hint = QLabel(claim_box)
        self.serial_hint.setObjectName("claimHint")
        self.serial_hint.setWordWrap(True)
        self.serial_hint.hide()
        self.fault = QPlainTextEdit(claim_box)
        self.fault.setTabChangesFocus(True)
        self.fault.setPlaceholderText(self.tr("What fails, since when, what the customer already tried"))
        self.fault.setMinimumHeight(84)
        self.cause = QComboBox(claim_box)
        for cause in CAUSES:
            self.cause.addItem(cause_label(cause), cause)
        self.cause.currentIndexChanged.connect(self._schedule_verdict)
        self.same_fault = QLineEdit(claim_box)
        self.same_fault.setPlaceholderText(self.tr("earlier case, e.g. W-2025-000123"))
        self.same_fault.textEdited.connect(self._schedule_verdict)
        self.accessories = QLineEdit(claim_box)
        self.accessories.setPlaceholderText(self.tr("e.g. charger, box, remote control"))
        self.damage = QLineEdit(claim_box)
        self.damage.setPlaceholderText(self.tr("e.g. scratch on the lid; none"))
        self.received = QCheckBox(self.tr("Item &received at the counter"), claim_box)
        self.received.setChecked(self._store_kind == StoreKind.STORE)
        self.received.toggled.connect(self._received_toggled)
        self.received_hint = QLabel(claim_box)
        self.received_hint.setObjectName("claimHint")
        self.received_hint.setWordWrap(True)
        self.technician = QComboBox(claim_box)
        self.technician.addItem(self.tr("Not assigned yet"), None)
        self.repair_centre = QLineEdit(claim_box)
        self.repair_centre.setPlaceholderText(self.tr("outside centre, e.g. SAT Bosch"))
        self.due = QDateEdit(claim_box)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setEnabled(False)  # until the rules say how long a claim is given
        self.attachments = AttachmentList(claim_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(7)
        form.addRow(self.tr("&Serial number"), self.serial)
        form.addRow("", self.serial_hint)
        form.addRow(self.tr("&Fault"), self.fault)
        form.addRow(self.tr("&Cause"), self.cause)
        form.addRow(self.tr("Same fault &as"), self.same_fault)
        form.addRow(self.tr("Acc&essories"), self.accessories)
        form.addRow(self.tr("&Visible damage"), self.damage)
        form.addRow("", self.received)
        form.addRow("", self.received_hint)
        form.addRow(self.tr("Tec&hnician"), self.technician)
        form.addRow(self.tr("Repa&ir centre"), self.repair_centre)
        form.addRow(self.tr("&Due date"), self.due)
        form.addRow(self.tr("Photos, files"), self.attachments)
        claim_layout.addLayout(form)
        claim_layout.addStretch(1)
        self._received_toggled(self.received.isChecked())

        cover_box, cover_layout = section(self.tr("3  Cover"), page)
        self.verdict = VerdictPanel(cover_box)
        cover_layout.addWidget(self.verdict, 1)

        self.error = forms.error_label(page)
        self.banner = forms.DraftBanner(page)
        self.banner.discardRequested.connect(self.discard_draft)
        self.buttons = QDialogButtonBox(page)
        self.save_button = QPushButton(self.tr("&Open claim"), page)
        self.save_button.setObjectName("primaryButton")  # named before the box polishes it, or the name is ignored
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Open the claim (Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a one-line field must not open half a claim
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.watch = forms.DatabaseWatch(self._ctx.db, self.save_button, self.error, page)
        shortcut_hint = QLabel(self.tr("Ctrl+Enter opens the claim"), page)
        shortcut_hint.setObjectName("quiet")
        bottom = QHBoxLayout()
        bottom.addWidget(shortcut_hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addWidget(item_box, 11)
        columns.addWidget(claim_box, 10)
        columns.addWidget(cover_box, 8)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.watch)
        layout.addLayout(bottom)

        chain = [self.picker.scan, self.picker.list, self.picker.no_proof, self.picker.description, self.serial,
                 self.fault, self.cause, self.same_fault, self.accessories, self.damage, self.received,
                 self.technician, self.repair_centre, self.due, self.attachments.add_button,
                 self.attachments.list, self.attachments.remove_button, self.verdict.quote, self.verdict.free,
                 self.verdict.reason, self.save_button, self.cancel_button]  # fmt: skip
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)

    # --- loading -----------------------------------------------------------------------------------------

    def _staff_loaded(self, rows: list[StaffRow]) -> None:
        for row in rows:
            self.technician.addItem(row.full_name, row.id)
        if self._pending_technician is not None:
            forms.select_data(self.technician, self._pending_technician)
            self._pending_technician = None

    def _due_days_loaded(self, days: int) -> None:
        self._due_default = date.today() + timedelta(days=days)
        self.due.setDate(QDate(self._due_default.year, self._due_default.month, self._due_default.day))
        self.due.setToolTip(self.tr("The rules give a claim {days} days").format(days=days))
        self.due.setEnabled(True)
        if self._pending_due is not None:
            try:
                chosen = date.fromisoformat(self._pending_due)
            except ValueError:
                chosen = None
            if chosen is not None and chosen >= date.today():  # a day already past is not offered back
                self.due.setDate(QDate(chosen.year, chosen.month, chosen.day))
            self._pending_due = None

    # --- the draft on this computer --------------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, object] | None:
        """What is typed and chosen, as plain data; None when nothing was."""
        line = self.picker.line
        item = {"order_line_id": line.order_line_id, "order_number": line.order_number} if line is not None \
            else self._pending_item  # fmt: skip
        if not (self._typed() or item or self.picker.no_proof.isChecked() or self.serial.text().strip()):
            return None
        chosen_due = self.due.date().toPython() if self.due.isEnabled() else None
        due = chosen_due.isoformat() if chosen_due and chosen_due != self._due_default else self._pending_due
        technician = self.technician.currentData()
        return {
            "item": item, "no_proof": self.picker.no_proof.isChecked(), "description": self.picker.description.text(),
            "serial": self.serial.text(), "fault": self.fault.toPlainText(), "cause": self.cause.currentData(),
            "same_fault": self.same_fault.text(), "accessories": self.accessories.text(), "damage": self.damage.text(),
            "received": self.received.isChecked(),
            "technician_id": technician if technician is not None else self._pending_technician,
            "repair_centre": self.repair_centre.text(), "due": due, "quote": self.verdict.quote.text(),
            "free": self.verdict.free.text(), "free_reason": self.verdict.reason.toPlainText(),
            "attachments": [str(picked.path) for picked in self.attachments.files],
        }  # fmt: skip

    def _restore(self, draft: Draft) -> None:
        fields = draft.fields
        text = lambda key: str(fields.get(key) or "")  # noqa: E731
        self.picker.no_proof.setChecked(fields.get("no_proof") is True)
        self.picker.description.setText(text("description"))
        self.fault.setPlainText(text("fault"))
        forms.select_data(self.cause, fields.get("cause"))
        self.same_fault.setText(text("same_fault"))
        self.accessories.setText(text("accessories"))
        self.damage.setText(text("damage"))
        self.received.setChecked(fields.get("received") is True)
        self.repair_centre.setText(text("repair_centre"))
        self.verdict.quote.setText(text("quote"))
        self.verdict.free.setText(text("free"))
        self.verdict.reason.setPlainText(text("free_reason"))
        self.serial.setText(text("serial"))
        self._prefilled_serial = None  # typed (or checked) by the agent: never overwritten by the item chosen
        paths = fields.get("attachments")
        if isinstance(paths, list) and paths:
            self.attachments.add_files([p for p in paths if isinstance(p, str)])  # gone since: said under the list
        item = fields.get("item")
        if isinstance(item, dict) and isinstance(item.get("order_line_id"), int):
            self._pending_item = item
            self._pending_serial = text("serial")
        technician = fields.get("technician_id")
        self._pending_technician = technician if isinstance(technician, int) and not isinstance(technician, bool) \
            else None  # fmt: skip
        due = fields.get("due")
        self._pending_due = due if isinstance(due, str) else None
        self.banner.show_restored(draft.saved_at)

    def _restore_item(self, listed: bool) -> None:
        """The purchases are listed: choose the draft's item again (looked up by its number if it came from a
        scan); the serial as it was typed then goes back in its box."""
        item = self._pending_item
        if item is None or not listed:
            return
        if self.picker.select(item["order_line_id"]):  # type: ignore[arg-type]
            self._item_restored()
            return
        number = item.get("order_number")
        if isinstance(number, str) and number:
            self.picker.lookupDone.connect(self._looked_up_again)
            self.picker.scan.setText(number)
            self.picker.look_up()

    def _looked_up_again(self, _count: int) -> None:
        self.picker.lookupDone.disconnect(self._looked_up_again)
        item = self._pending_item
        if item is not None and self.picker.select(item["order_line_id"]):  # type: ignore[arg-type]
            self._item_restored()

    def _item_restored(self) -> None:
        self._pending_item = None
        if self._pending_serial is not None:
            self.serial.setText(self._pending_serial)
            self._prefilled_serial = None
            self._pending_serial = None
            self._schedule_verdict()

    def discard_draft(self) -> None:
        """The agent throws the restored draft away: the form is empty again, as a new one."""
        self.drafts.discard()
        self.banner.hide()
        self._pending_item = self._pending_serial = None
        self._pending_technician = None
        self._pending_due = None
        self.picker.no_proof.setChecked(False)
        self.picker.list.setCurrentRow(-1)
        self.picker.description.clear()
        for edit in (self.serial, self.same_fault, self.accessories, self.damage, self.repair_centre,
                     self.verdict.quote, self.verdict.free):  # fmt: skip
            edit.clear()
        for box in (self.fault, self.verdict.reason):
            box.clear()
        self.cause.setCurrentIndex(0)
        self.received.setChecked(self._store_kind == StoreKind.STORE)
        self.technician.setCurrentIndex(0)
        if self._due_default is not None:
            self.due.setDate(QDate(self._due_default.year, self._due_default.month, self._due_default.day))
        while self.attachments.files:
            self.attachments.list.setCurrentRow(0)
            self.attachments.remove_current()
        self._prefilled_serial = None
        self._schedule_verdict()
        self.picker.scan.setFocus()

    # --- the item and its serial -------------------------------------------------------------------------

    def _item_changed(self) -> None:
        line = self.picker.line
        sold = line.serial_number if line is not None else None
        current = self.serial.text().strip()
        # Never overwrite a serial typed by hand; one that came from another line (prefilled or scanned) goes.
        if not current or current == self._prefilled_serial or current.upper() in self.picker.sold_serials():
            self.serial.setText(sold or "")
            self._prefilled_serial = sold
        if sold:
            hint(self.serial_hint, self.tr("Required. Sold with {serial}: check it against the item's label.").format(
                serial=sold))  # fmt: skip
        else:
            hint(self.serial_hint, "")
        self._schedule_verdict()

    def _serial_scanned(self, serial: str) -> None:
        """The serial read off the item found its line: it is the one brought in, not a guess."""
        self.serial.setText(serial)
        self._prefilled_serial = None
        self._schedule_verdict()

    def _serial_edited(self, _text: str) -> None:
        self._prefilled_serial = None
        self._schedule_verdict()

    def _received_toggled(self, received: bool) -> None:
        hint(self.received_hint, "" if received else self.tr("The claim will wait for the item to arrive."))

    # --- the live verdict ----------------------------------------------------------------------------------

    def _schedule_verdict(self, *_args: object) -> None:
        self._verdict_seq += 1  # whatever is in flight is stale from now on
        if not self.picker.chosen:
            self.verdict_timer.stop()
            self.verdict.show_prompt()
            self.verdictShown.emit("")
            return
        self.verdict.show_checking()
        self.verdict_timer.start()

    def _assess(self) -> None:
        if not self.picker.chosen:
            return
        self._verdict_seq += 1
        seq, db = self._verdict_seq, self._ctx.db
        line = self.picker.line
        line_id = line.order_line_id if line is not None else None
        serial = self.serial.text().strip() or None
        cause = self.cause.currentData()
        same = self.same_fault.text().strip() or None
        Op(self, lambda: warranty.assess_claim(db, line_id, serial, cause, same)).success(
            lambda assessment: self._assessed(seq, assessment)
        ).failure(lambda exc: self._assess_failed(seq, exc)).run()

    def _assessed(self, seq: int, assessment: ClaimAssessment) -> None:
        if seq != self._verdict_seq:
            return
        self.verdict.show_assessment(assessment)
        self.verdictShown.emit(assessment.verdict.entitlement.value)
        if self.verdict.asks_payment and self.verdict.free.text().strip():
            self._schedule_free()  # the item's currency may have changed with it

    def _assess_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._verdict_seq:
            self.verdict.show_error(failure_text(exc))

    # --- what the store bears, evaluated live -------------------------------------------------------------

    def _schedule_free(self) -> None:
        self._free_seq += 1  # whatever is in flight is stale from now on
        if not self.verdict.free.text().strip():
            self.free_timer.stop()
            self.verdict.show_free_prompt()
            self.freeRepairShown.emit("")
            return
        self.verdict.show_free_checking()
        self.free_timer.start()

    def _evaluate_free(self) -> None:
        seq, db, actor, customer = self._free_seq, self._ctx.db, self._ctx.actor, self._customer_id
        typed, currency = self.verdict.free.text(), self.verdict.currency
        field = self.tr("Store bears")
        Op(self, lambda: free_repair_evaluation(db, actor, customer, typed, currency, field)).success(
            lambda evaluation: self._free_evaluated(seq, evaluation)
        ).failure(lambda exc: self._free_failed(seq, exc)).run()

    def _free_evaluated(self, seq: int, evaluation: Evaluation | None) -> None:
        if seq != self._free_seq:
            return
        self.verdict.show_free_evaluation(evaluation)
        self.freeRepairShown.emit(evaluation.outcome.value if evaluation is not None else "")

    def _free_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._free_seq:
            self.verdict.show_free_error(failure_text(exc))
            self.freeRepairShown.emit("error")

    # --- saving ----------------------------------------------------------------------------------------------

    def request(self) -> ClaimRequest:
        """The claim as typed (without the files' bytes: those are read by the save, off the GUI thread)."""
        line = self.picker.line
        paid = self.verdict.asks_payment
        chosen_due = self.due.date().toPython() if self.due.isEnabled() else None
        return ClaimRequest(
            customer_id=self._customer_id,
            channel=default_channel(self._store_kind),
            fault_description=self.fault.toPlainText(),
            order_line_id=line.order_line_id if line is not None else None,
            serial_number=self.serial.text().strip() or None,
            description=self.picker.description.text() if self.picker.no_proof.isChecked() else "",
            cause=self.cause.currentData(),
            same_fault_as=self.same_fault.text().strip() or None,
            accessories=self.accessories.text(),
            visible_damage=self.damage.text(),
            item_received=self.received.isChecked(),
            technician_id=self.technician.currentData(),
            repair_centre=self.repair_centre.text().strip() or None,
            due_at=due_moment(chosen_due) if chosen_due and chosen_due != self._due_default else None,
            quote_amount=(self.verdict.quote.text().strip() or None) if paid else None,
            free_repair_amount=(self.verdict.free.text().strip() or None) if paid else None,
            reason_text=self.verdict.reason.toPlainText() if paid else "",
        )

    def save(self) -> None:
        if self._saving or self.stack.currentWidget() is not self.form_page:
            return
        if not self.picker.chosen:
            self._show_error(self.tr("Choose the item first: pick it from the purchases, scan its serial or "
                                     "receipt, or tick “Not bought here”."))  # fmt: skip
            self.picker.scan.setFocus()
            return
        ctx, customer_id, request = self._ctx, self._customer_id, self.request()
        files = list(self.attachments.files)
        self._set_saving(True)
        self.error.hide()
        self.watch.stop()

        def open_it() -> tuple[OpenedClaim, RoleCode | None]:
            return open_and_route(ctx.db, ctx.actor, replace(request, attachments=read_attachments(files)))

        Op(self, open_it).success(lambda answer: self._opened(*answer)).failure(self._refused).announce(
            lambda answer: {"customer": customer_id, "case": answer[0].case_id}
        ).run()

    def _opened(self, opened: OpenedClaim, approver: RoleCode | None) -> None:
        self._set_saving(False)
        self.opened = opened
        self.drafts.finish()
        for timer in (self.verdict_timer, self.free_timer):
            timer.stop()
        self._verdict_seq += 1  # a verdict still in flight has nothing to update
        self._free_seq += 1
        due = self.due.date().toPython() if self.due.isEnabled() else None
        free = self._money(self.verdict.free.text().strip()) if opened.decision_status is not None else None
        self.done_page.show_claim(opened, due, self._summary(opened), free, approver)
        self.stack.setCurrentWidget(self.done_page)
        self.done_page.print_button.setFocus()
        self.claimOpened.emit(opened.case_id, opened.case_number)

    def _summary(self, opened: OpenedClaim) -> str:
        """What was taken, in the agent's words, to check before the customer signs."""
        line = self.picker.line
        item = line.product_name if line is not None else self.picker.description.text().strip()
        serial = self.serial.text().strip()
        lines = [self.tr("Item: {item}").format(item=item) + (self.tr(" · serial {serial}").format(serial=serial)
                                                               if serial else "")]  # fmt: skip
        if line is not None:
            lines.append(self.tr("Order {order}").format(order=line.order_number))
        lines.append(self.tr("Fault: {fault}").format(fault=" ".join(self.fault.toPlainText().split())))
        if opened.verdict.entitlement != Entitlement.IN_WARRANTY:
            lines.append(self.tr("Cover: {reasons}").format(reasons=opened.verdict.text))
        if self.attachments.files:
            lines.append(self.tr("{count} file(s) attached").format(count=len(self.attachments.files)))
        return "\n".join(lines)

    def _money(self, typed: str) -> str:
        currency = self.picker.line.currency if self.picker.line is not None else self.verdict.currency
        try:
            amount = parse_amount(typed, "Amount")
        except InvalidInput:
            return typed
        return format_money(amount, currency) if amount is not None else typed

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DatabaseUnavailable):
            kept = self.drafts.store_now()
            self._show_error(forms.unreachable_text(kept, self.drafts.problem))
            self.watch.start()
            return
        message = failure_text(exc)
        if not isinstance(exc, DeskError):
            message = self.tr("The claim was not opened. {reason}").format(reason=message)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        forms.set_form_message(self.error, message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Opening…") if saving else self.tr("&Open claim"))

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        if self.opened is not None:
            self.accept()  # the claim exists: closing is never "cancel"
            return
        if self._typed() and self.isVisible():
            if not forms.confirm_discard(self, self.tr("Close without opening the claim? What you typed will be lost.")):
                return
        if self.isVisible():  # the agent closed it: thrown away on purpose (or nothing typed), no draft comes back
            self.drafts.finish()
        self.watch.stop()
        super().reject()

    def _typed(self) -> bool:
        texts = [self.fault.toPlainText(), self.picker.description.text(), self.accessories.text(),
                 self.damage.text(), self.same_fault.text(), self.repair_centre.text(), self.verdict.quote.text(),
                 self.verdict.free.text(), self.verdict.reason.toPlainText()]  # fmt: skip
        return any(t.strip() for t in texts) or bool(self.attachments.files)

"""The customer 360 view: header, timeline with its detail, and the actions: log a contact (Ctrl+L), take a
return (Ctrl+R), take a warranty claim (Ctrl+G), goodwill (Ctrl+D); a case or document in the timeline opens
from its detail.

`open_customer(id)` loads the header and the first timeline page through Ops. When a change is announced
for the customer on screen (a contact logged here or in any other window), both refresh themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desk import customer360
from desk.customer360 import CustomerHeader
from desk.enums import StoreKind
from desk.ui.context import DeskContext
from desk.ui.customer.header import CustomerHeaderWidget
from desk.ui.customer.log_contact import LogContactDialog
from desk.ui.customer.timeline_model import PageFn, TimelineModel, service_pages
from desk.ui.customer.timeline_panel import TimelinePanel
from desk.ui.cases import CaseWindow, open_case
from desk.ui.documents import open_document
from desk.ui.goodwill import GoodwillDialog
from desk.ui.ops import Op, changes, failure_text
from desk.ui.returns import ReturnDialog
from desk.ui.warranty import WarrantyClaimDialog

HeaderFn = Callable[[int], CustomerHeader]  # runs on the worker
DialogT = TypeVar("DialogT", bound=QDialog)


class CustomerView(QWidget):
    headerShown = Signal(int)  # customer id, once its header is on screen

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        load_header: HeaderFn | None = None,
        pages: PageFn | None = None,
        store_kind: StoreKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerView")
        self._ctx = ctx
        # Every opening is written to the access log (who looked at whom) in the same transaction as the read;
        # a reload of the header after a change on screen is not a new opening.
        self._open_header = load_header or (
            lambda customer_id: customer360.open_customer(ctx.db, ctx.actor, customer_id)
        )
        self._load_header = load_header or (lambda customer_id: customer360.customer_header(ctx.db, customer_id))
        self.store_kind = store_kind  # the signed-in agent's kind of store: the dialogs' defaults
        self._customer_id: int | None = None
        self._header_seq = 0
        self.current: CustomerHeader | None = None

        self.header = CustomerHeaderWidget(self)
        self.log_button = QPushButton(self.tr("Log a contact   Ctrl+L"), self)
        self.log_button.setObjectName("primaryButton")
        self.log_button.setShortcut(QKeySequence("Ctrl+L"))  # window-wide, like the search keys
        self.log_button.setToolTip(self.tr("Log a contact with this customer (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_contact)
        self.return_button = QPushButton(self.tr("Return…   Ctrl+R"), self)
        self.return_button.setShortcut(QKeySequence("Ctrl+R"))
        self.return_button.setToolTip(self.tr("Take a return from this customer (Ctrl+R)"))
        self.return_button.clicked.connect(self.take_return)
        self.claim_button = QPushButton(self.tr("Warranty claim…   Ctrl+G"), self)
        self.claim_button.setShortcut(QKeySequence("Ctrl+G"))  # G for garantía, what the counter calls it
        self.claim_button.setToolTip(self.tr("Take a warranty claim from this customer (Ctrl+G)"))
        self.claim_button.clicked.connect(self.open_claim)
        self.goodwill_button = QPushButton(self.tr("Goodwill…   Ctrl+D"), self)
        self.goodwill_button.setShortcut(QKeySequence("Ctrl+D"))
        self.goodwill_button.setToolTip(self.tr("A voucher, refund, free repair or fee waived for this customer "
                                                "(Ctrl+D)"))  # fmt: skip
        self.goodwill_button.clicked.connect(self.grant_goodwill)
        self.actions = (self.log_button, self.return_button, self.claim_button, self.goodwill_button)
        for button in self.actions:
            button.setEnabled(False)
        buttons = QWidget(self)
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for button in self.actions:
            column.addWidget(button)
        self.header.add_action_widget(buttons)

        self.timeline = TimelineModel(pages or service_pages(ctx), self)
        self.timeline_panel = TimelinePanel(self.timeline, self)
        self.timeline_panel.caseRequested.connect(self.show_case)
        self.timeline_panel.documentRequested.connect(lambda document_id: open_document(self, ctx, document_id))

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 12, 12, 6)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.timeline_panel, 1)

        self.empty = QLabel(
            self.tr("Find a customer on the left, then open them to see their whole history here."), self
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        changes().changed.connect(self._changed)

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def open_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        self.current = None
        for button in self.actions:  # until the header says who this is
            button.setEnabled(False)
        self.stack.setCurrentIndex(1)
        self._refresh_header(opening=True)
        self.timeline_panel.show_customer(customer_id)

    def _refresh_header(self, *, opening: bool = False) -> None:
        assert self._customer_id is not None
        self._header_seq += 1
        load = self._open_header if opening else self._load_header
        seq, customer_id = self._header_seq, self._customer_id
        Op(self, lambda: load(customer_id)).success(lambda h: self._header_arrived(seq, h)).failure(
            lambda exc: self._header_failed(seq, exc)
        ).run()

    def _header_arrived(self, seq: int, header: CustomerHeader) -> None:
        if seq != self._header_seq:
            return
        self.current = header
        self.header.show_header(header)
        for button in self.actions:
            button.setEnabled(True)
        self.headerShown.emit(header.customer_id)

    def _header_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._header_seq:
            return
        self.header.name.setText(failure_text(exc))

    def _changed(self, what: dict[str, Any]) -> None:
        if self._customer_id is not None and what.get("customer") == self._customer_id:
            self._refresh_header()
            self.timeline.reload()

    def show_case(self, case_id: int) -> CaseWindow:
        return open_case(self.window(), self._ctx, case_id)

    def take_return(self) -> ReturnDialog | None:
        if self.current is None:
            return None
        dialog = ReturnDialog(
            self._ctx, self.current.customer_id, self.current.full_name, self, store_kind=self.store_kind,
            order_id=self.timeline_panel.selected_order_id(),
        )
        dialog.openCaseRequested.connect(lambda case_id: (dialog.accept(), self.show_case(case_id)))
        return self._open(dialog)

    def open_claim(self) -> WarrantyClaimDialog | None:
        if self.current is None:
            return None
        dialog = WarrantyClaimDialog(
            self._ctx, self.current.customer_id, self.current.full_name, self, store_kind=self.store_kind
        )
        return self._open(dialog)

    def grant_goodwill(self) -> GoodwillDialog | None:
        if self.current is None:
            return None
        dialog = GoodwillDialog(
            self._ctx, self.current.customer_id, self.current.full_name, self, store_kind=self.store_kind
        )
        dialog.openCaseRequested.connect(self.show_case)
        return self._open(dialog)

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, not exec(): answers of other ops keep arriving meanwhile
        return dialog

    def log_contact(self) -> LogContactDialog | None:
        if self.current is None:
            return None
        dialog = LogContactDialog(
            self._ctx, self.current.customer_id, self.current.full_name, self, store_kind=self.store_kind
        )
        return self._open(dialog)

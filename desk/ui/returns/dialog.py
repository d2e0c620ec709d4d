"""Take a return: pick what comes back (from the customer's purchases, a scanned receipt, or with no order on
file), say its condition, choose how the money goes back, and take it.

While the agent fills it in, the rules' verdict for every line and the totals are asked for in the background
(debounced; a stale answer is dropped), so nothing is a surprise when "Take return" (Ctrl+Enter) is pressed.
A refused return keeps everything typed. Once taken, the dialog offers the receipt and the case.

What is typed is kept on this computer as a draft (desk.drafts) and offered back when a return is opened for the
same customer again, even after a restart of the desk: its lines come back once the purchases are loaded (a line
from another customer's receipt is looked up again by its order number). Taking the return removes the draft.
A save that finds the database out of reach says so and watches for it to answer again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk import catalogue, purchases, returns
from desk.drafts import Draft, customer_subject
from desk.enums import Channel, RefundMethod, StoreKind
from desk.errors import DatabaseUnavailable
from desk.returns import MAX_LINES, ReturnPreview, ReturnRequest, TakenReturn
from desk.ui import forms
from desk.ui.context import DeskContext
from desk.ui.formatting import channel_label, decision_kind_label, format_money, refund_method_label
from desk.ui.ops import Op, failure_text
from desk.ui.returns.done_page import ReturnDonePage
from desk.ui.returns.line_editor import ReturnLineEditor
from desk.ui.returns.purchases import PurchasesModel
from desk.ui.wording import spoken_all

PREVIEW_MS = 300


class ReturnDialog(QDialog):
    returnTaken = Signal(int, str)  # case id, case number
    openCaseRequested = Signal(int)  # case id
    previewShown = Signal()  # the verdicts on screen match what is typed

    def __init__(self, ctx: DeskContext, customer_id: int, customer_name: str, parent: QWidget | None = None, *,
                 store_kind: StoreKind | None = None, order_id: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self._ctx, self._customer_id = ctx, customer_id
        self._store_kind = store_kind
        self._order_id = order_id  # the order selected on the customer's screen: its first line comes first
        self._seq = 0
        self._saving = False
        self.taken: TakenReturn | None = None
        self.preview: ReturnPreview | None = None
        self.editors: list[ReturnLineEditor] = []
        self.setWindowTitle(self.tr("Return for {name}").format(name=customer_name))
        self.resize(1000, 720)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page(store_kind))
        self.done_page = ReturnDonePage(ctx, customer_id, self)
        self.done_page.openCaseRequested.connect(self.openCaseRequested)
        self.done_page.closeRequested.connect(self.accept)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # Property keywords in QTimer's constructor corrupt a refcount in PySide6 6.12: set them one by one.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._run_preview)
        self.product_timer = QTimer(self)
        self.product_timer.setSingleShot(True)
        self.product_timer.setInterval(PREVIEW_MS)
        self.product_timer.timeout.connect(self._find_products)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.take)

        # Lines of a restored draft not on screen yet (the purchases are loading, or a receipt is looked up again):
        # they stay in the draft until they are.
        self._pending_lines: list[dict[str, object]] = []
        self._pending_exchange: int | None = None
        self.drafts = forms.DraftKeeper(self, ctx, "return", customer_subject(customer_id), self._draft_fields)
        if (draft := self.drafts.load()) is not None:
            self._restore(draft)
        self.exchange_search.textEdited.connect(self.drafts.changed)
        self.drafts.arm()
        self._load_purchases()
        self._update_exchange_row()
        self.purchases_view.setFocus()

    # --- building -----------------------------------------------------------------------------------------

    def _form_page(self, store_kind: StoreKind | None) -> QWidget:
        page = QWidget(self)
        self.scan = QLineEdit(page)
        self.scan.setObjectName("scanBox")
        self.scan.setPlaceholderText(self.tr("Scan or type a receipt or order number, then Enter"))
        self.scan.returnPressed.connect(self._scan)
        self.purchases = PurchasesModel(self._customer_id, page)
        self.purchases_view = QTreeView(page)
        self.purchases_view.setObjectName("purchasesView")
        self.purchases_view.setModel(self.purchases)
        self.purchases_view.setRootIsDecorated(False)
        self.purchases_view.setAlternatingRowColors(True)
        self.purchases_view.setUniformRowHeights(True)
        self.purchases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.purchases_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PurchasesModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.purchases_view.doubleClicked.connect(lambda index: self._add_line(index.row()))
        self.purchases_view.installEventFilter(self)
        self.purchases_view.setMinimumHeight(160)
        self.purchases_view.setMaximumHeight(200)
        self.purchases_status = QLabel(self.tr("Loading the customer's purchases…"), page)
        self.purchases_status.setObjectName("quiet")
        add = QPushButton(self.tr("&Add to the return"), page)
        add.setToolTip(self.tr("Add the selected purchase (Enter)"))
        add.clicked.connect(lambda: self._add_line(self.purchases_view.currentIndex().row()))
        no_order = QPushButton(self.tr("Item with &no order on file…"), page)
        no_order.setToolTip(self.tr("Receipt lost or bought elsewhere: the refund becomes a decision"))
        no_order.clicked.connect(lambda: self._add_editor(None))

        self.lines_box = QWidget(page)
        self.lines_layout = QVBoxLayout(self.lines_box)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_lines = QLabel(self.tr("Nothing added yet: pick a purchase above and press Enter."), page)
        self.empty_lines.setObjectName("quiet")
        self.lines_layout.addWidget(self.empty_lines)
        self.lines_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.lines_box)
        scroll.setMinimumHeight(210)

        self.method = QComboBox(page)
        for method in RefundMethod:
            self.method.addItem(refund_method_label(method), method)
        self.exchange_search = QLineEdit(page)
        self.exchange_search.setPlaceholderText(self.tr("Search the product to give: SKU or name"))
        self.exchange_product = QComboBox(page)
        self.exchange_quantity = QSpinBox(page)
        self.exchange_quantity.setRange(1, 99)
        exchange_row = QHBoxLayout()
        exchange_row.addWidget(self.exchange_search, 2)
        exchange_row.addWidget(self.exchange_product, 3)
        exchange_row.addWidget(QLabel(self.tr("Qty"), page))
        exchange_row.addWidget(self.exchange_quantity)
        self.exchange_widget = QWidget(page)
        self.exchange_widget.setLayout(exchange_row)
        exchange_row.setContentsMargins(0, 0, 0, 0)
        self.channel = QComboBox(page)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        at_counter = store_kind == StoreKind.STORE
        self.channel.setCurrentIndex(self.channel.findData(forms.default_channel(store_kind)))
        self.received = QCheckBox(self.tr("The customer hands the items over &now"), page)
        self.received.setChecked(at_counter)
        self.received.setToolTip(self.tr("Unticked: the return waits for the items (sent by post or courier)"))
        self.reason = QPlainTextEdit(page)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Needed for exceptions, waived fees and items with no order on file"))
        self.reason.setFixedHeight(50)

        money = QGridLayout()
        money.setHorizontalSpacing(10)
        money.addWidget(self._buddy(self.tr("Refund &method"), self.method, page), 0, 0)
        money.addWidget(self.method, 0, 1)
        money.addWidget(self._buddy(self.tr("C&hannel"), self.channel, page), 0, 2)
        money.addWidget(self.channel, 0, 3)
        self.exchange_label = self._buddy(self.tr("E&xchange for"), self.exchange_search, page)
        money.addWidget(self.exchange_label, 1, 0)
        money.addWidget(self.exchange_widget, 1, 1, 1, 3)
        money.addWidget(self.received, 2, 1, 1, 3)
        money.addWidget(self._buddy(self.tr("R&eason"), self.reason, page), 3, 0, Qt.AlignmentFlag.AlignTop)
        money.addWidget(self.reason, 3, 1, 1, 3)
        money.setColumnStretch(1, 1)
        money.setColumnStretch(3, 1)

        self.summary = QLabel(page)
        self.summary.setObjectName("returnSummary")
        self.summary.setWordWrap(True)
        self.error = forms.error_label(page)
        self.banner = forms.DraftBanner(page)
        self.banner.discardRequested.connect(self.discard_draft)
        self.buttons = QDialogButtonBox(page)
        self.take_button = self.buttons.addButton(self.tr("Take return"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setObjectName("primaryButton")
        self.take_button.setToolTip(self.tr("Take the return (Ctrl+Enter)"))
        self.take_button.setAutoDefault(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.take)
        self.buttons.rejected.connect(self.reject)
        self.watch = forms.DatabaseWatch(self._ctx.db, self.take_button, self.error, page)

        for widget in (self.method, self.channel):
            widget.currentIndexChanged.connect(self._changed)
        self.method.currentIndexChanged.connect(self._update_exchange_row)
        self.exchange_product.currentIndexChanged.connect(self._changed)
        self.exchange_quantity.valueChanged.connect(self._changed)
        self.exchange_search.textEdited.connect(lambda _t: self.product_timer.start())
        self.received.toggled.connect(self._changed)
        self.reason.textChanged.connect(self._changed)

        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(add)
        top.addWidget(no_order)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self._title(self.tr("1. What is coming back"), page))
        layout.addLayout(top)
        layout.addWidget(self.purchases_view)
        layout.addWidget(self.purchases_status)
        layout.addWidget(self._title(self.tr("2. The items returned"), page))
        layout.addWidget(scroll, 1)
        layout.addWidget(self._title(self.tr("3. The money"), page))
        layout.addLayout(money)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.watch)
        layout.addWidget(self.buttons)
        return page

    @staticmethod
    def _buddy(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _title(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("sectionTitle")
        return label

    # --- purchases ----------------------------------------------------------------------------------------

    def _load_purchases(self) -> None:
        db, customer_id = self._ctx.db, self._customer_id

        def load():  # type: ignore[no-untyped-def]
            lines = purchases.customer_lines(db, customer_id)
            return lines, returns.return_windows(db, lines)

        Op(self, load).success(lambda found: self._purchases_loaded(*found)).failure(self._purchases_failed).run()

    def _purchases_failed(self, exc: BaseException) -> None:
        self.purchases_status.setText(failure_text(exc))
        self._restore_lines(purchases_known=False)  # the draft's order lines wait in the draft

    def _purchases_loaded(self, lines: list, windows: dict) -> None:  # type: ignore[type-arg]
        self.purchases.set_lines(lines, windows)
        self.purchases_status.setText(
            self.tr("No purchases on file: scan a receipt, or add an item with no order on file.") if not lines
            else self.tr("Enter or double-click adds the selected purchase.")
        )  # fmt: skip
        if lines:
            chosen = next((row for row, line in enumerate(lines) if line.order_id == self._order_id), 0)
            self.purchases_view.setCurrentIndex(self.purchases.index(chosen, 0))
            self.purchases_view.scrollTo(self.purchases.index(chosen, 0))
        self._restore_lines(purchases_known=True)

    def _scan(self) -> None:
        typed, db = self.scan.text().strip(), self._ctx.db
        if not typed:
            return
        def find():  # type: ignore[no-untyped-def]
            lines = purchases.lines_by_number(db, typed)
            return lines, returns.return_windows(db, lines)

        Op(self, find).success(lambda found: self._scanned(typed, *found)).run()

    def _scanned(self, typed: str, lines: list, windows: dict) -> None:  # type: ignore[type-arg]
        if not lines:
            self.purchases_status.setText(self.tr("No order or receipt “{number}”.").format(number=typed))
            return
        row = self.purchases.add_on_top(lines, windows)
        other = any(line.customer_id != self._customer_id for line in lines)
        self.purchases_status.setText(
            self.tr("Order {order} was bought by another customer.").format(order=lines[0].order_number) if other
            else self.tr("Order {order} is listed at the top.").format(order=lines[0].order_number)
        )  # fmt: skip
        self.scan.clear()
        if row >= 0:
            self.purchases_view.setCurrentIndex(self.purchases.index(row, 0))
            self.purchases_view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.purchases_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._add_line(self.purchases_view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _add_line(self, row: int) -> None:
        if not 0 <= row < self.purchases.rowCount():
            return
        line = self.purchases.line(row)
        existing = next((e for e in self.editors if e.line and e.line.order_line_id == line.order_line_id), None)
        if existing is not None:
            existing.first_field().setFocus()
            return
        self._add_editor(line)

    def _add_editor(self, line) -> ReturnLineEditor:  # type: ignore[no-untyped-def]
        editor = ReturnLineEditor(line, self.lines_box)
        editor.changed.connect(self._changed)
        editor.reason.textEdited.connect(self.drafts.changed)  # not in the verdict, but typed: kept in the draft
        editor.removeRequested.connect(self._remove_editor)
        self.editors.append(editor)
        self.lines_layout.insertWidget(self.lines_layout.count() - 1, editor)
        self.empty_lines.hide()
        editor.show()  # focus goes only to a visible widget
        editor.first_field().setFocus()
        self._changed()
        return editor

    def _remove_editor(self, editor: ReturnLineEditor) -> None:
        self.editors.remove(editor)
        editor.deleteLater()
        self.empty_lines.setVisible(not self.editors)
        self._changed()

    # --- exchange ----------------------------------------------------------------------------------------

    def _update_exchange_row(self) -> None:
        exchange = self.method.currentData() == RefundMethod.EXCHANGE
        self.exchange_widget.setVisible(exchange)
        self.exchange_label.setVisible(exchange)

    def _find_products(self) -> None:
        typed, db = self.exchange_search.text(), self._ctx.db
        Op(self, lambda: catalogue.find_products(db, typed)).success(self._products_found).run()

    def _products_found(self, products: list) -> None:  # type: ignore[type-arg]
        self.exchange_product.clear()
        for product in products:
            label = f"{product.name} · {product.sku} · {format_money(product.price, product.currency)}"
            self.exchange_product.addItem(label, product.id)
        if not products:
            self.exchange_product.addItem(self.tr("No product matches"), None)
        if self._pending_exchange is not None:  # the product a restored draft had chosen
            forms.select_data(self.exchange_product, self._pending_exchange)
            self._pending_exchange = None

    # --- the draft on this computer --------------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, object] | None:
        """What is typed, as plain data; None when nothing was (the refund method and channel alone are defaults)."""
        lines = [editor.draft() for editor in self.editors] + self._pending_lines
        reason, search = self.reason.toPlainText(), self.exchange_search.text()
        if not (lines or reason.strip() or search.strip()):
            return None
        product = self.exchange_product.currentData()
        return {"lines": lines, "method": str(self.method.currentData()), "channel": str(self.channel.currentData()),
                "received": self.received.isChecked(), "reason": reason, "exchange_search": search,
                "exchange_product_id": product if product is not None else self._pending_exchange,
                "exchange_quantity": self.exchange_quantity.value()}  # fmt: skip

    def _restore(self, draft: Draft) -> None:
        fields = draft.fields
        forms.select_data(self.method, fields.get("method"))
        forms.select_data(self.channel, fields.get("channel"))
        self.received.setChecked(fields.get("received") is True)
        self.reason.setPlainText(str(fields.get("reason") or ""))
        quantity = fields.get("exchange_quantity")
        if isinstance(quantity, int) and not isinstance(quantity, bool):
            self.exchange_quantity.setValue(quantity)
        lines = fields.get("lines")
        self._pending_lines = [line for line in lines if isinstance(line, dict)][:MAX_LINES] \
            if isinstance(lines, list) else []  # fmt: skip
        product = fields.get("exchange_product_id")
        self._pending_exchange = product if isinstance(product, int) and not isinstance(product, bool) else None
        search = str(fields.get("exchange_search") or "")
        self.exchange_search.setText(search)
        if search.strip():
            self._find_products()
        self.banner.show_restored(draft.saved_at)

    def _restore_lines(self, *, purchases_known: bool) -> None:
        """Put the restored draft's lines on screen: from the purchases, with no order, or looked up again."""
        waiting: list[dict[str, object]] = []
        lookups: set[str] = set()
        for fields in self._pending_lines:
            line_id = fields.get("order_line_id")
            if line_id is None:
                self._add_editor(None).restore(fields)
                continue
            row = self.purchases.row_of(line_id) if isinstance(line_id, int) else -1
            if row >= 0 and not any(e.line and e.line.order_line_id == line_id for e in self.editors):
                self._add_editor(self.purchases.line(row)).restore(fields)
                continue
            if row < 0:
                waiting.append(fields)
                if purchases_known and isinstance(fields.get("order_number"), str):
                    lookups.add(str(fields["order_number"]))  # another customer's receipt, scanned earlier
        self._pending_lines = waiting
        db = self._ctx.db
        for number in sorted(lookups):
            def find(number: str = number):  # type: ignore[no-untyped-def]
                lines = purchases.lines_by_number(db, number)
                return lines, returns.return_windows(db, lines)

            Op(self, find).success(lambda found: self._found_again(*found)).failure(lambda _exc: None).run()

    def _found_again(self, lines: list, windows: dict) -> None:  # type: ignore[type-arg]
        if lines:
            self.purchases.add_on_top(lines, windows)
        found = {line.order_line_id for line in lines}
        ready = [fields for fields in self._pending_lines if fields.get("order_line_id") in found]
        self._pending_lines = [fields for fields in self._pending_lines if fields not in ready]
        for fields in ready:
            row = self.purchases.row_of(fields["order_line_id"])  # type: ignore[arg-type]
            if row >= 0:
                self._add_editor(self.purchases.line(row)).restore(fields)

    def discard_draft(self) -> None:
        """The agent throws the restored draft away: the form is empty again, as a new one."""
        self.drafts.discard()
        self.banner.hide()
        self._pending_lines, self._pending_exchange = [], None
        for editor in list(self.editors):
            self._remove_editor(editor)
        self.method.setCurrentIndex(0)
        self.channel.setCurrentIndex(self.channel.findData(forms.default_channel(self._store_kind)))
        self.received.setChecked(self._store_kind == StoreKind.STORE)
        self.reason.clear()
        self.exchange_search.clear()
        self.exchange_product.clear()
        self.exchange_quantity.setValue(1)
        self.purchases_view.setFocus()

    # --- the verdict, live -------------------------------------------------------------------------------

    def request(self) -> ReturnRequest:
        exchange = self.method.currentData() == RefundMethod.EXCHANGE
        return ReturnRequest(
            customer_id=self._customer_id,
            channel=self.channel.currentData(),
            lines=tuple(editor.request() for editor in self.editors),
            refund_method=self.method.currentData(),
            items_received=self.received.isChecked(),
            reason_text=self.reason.toPlainText(),
            exchange_product_id=self.exchange_product.currentData() if exchange else None,
            exchange_quantity=self.exchange_quantity.value(),
        )

    def _changed(self) -> None:
        self._seq += 1  # whatever preview is in flight no longer matches the form
        self.error.hide()  # the last refusal was about the form as it was
        self.timer.start()
        self.drafts.changed()

    def _run_preview(self) -> None:
        seq, db, request = self._seq, self._ctx.db, self.request()
        if not request.lines:
            self.preview = None
            self.summary.setText("")
            self.previewShown.emit()
            return
        actor = self._ctx.actor
        Op(self, lambda: returns.preview_return(db, request, actor=actor)).success(lambda p: self._previewed(seq, p)).failure(
            lambda exc: self._preview_failed(seq, exc)
        ).run()

    def _previewed(self, seq: int, preview: ReturnPreview) -> None:
        if seq != self._seq:
            return
        self.preview = preview
        for editor, line in zip(self.editors, preview.lines, strict=False):
            editor.show_preview(line, preview.currency)
        self.summary.setText(self._summary_text(preview))
        self.previewShown.emit()

    def _preview_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.summary.setText(failure_text(exc))
            self.previewShown.emit()

    def _summary_text(self, p: ReturnPreview) -> str:
        money = lambda amount: format_money(amount, p.currency)  # noqa: E731
        parts = [self.tr("Value {value} · fees {fees} · <b>refund {refund}</b>").format(
            value=money(p.value_total), fees=money(p.fee_total), refund=money(p.refund_total))]  # fmt: skip
        if p.price_difference is not None:
            parts.append(
                self.tr("Exchange: the customer pays {amount}").format(amount=money(p.price_difference))
                if p.price_difference >= 0 else
                self.tr("Exchange: the customer gets {amount} back").format(amount=money(-p.price_difference))
            )  # fmt: skip
        for decision, evaluation in zip(p.decisions, p.evaluations, strict=False):
            # The policy's own words: "You can grant up to 40.00 EUR; 89.90 EUR will go to a store manager ..."
            parts.append(f"{decision_kind_label(decision.kind)}: {spoken_all(evaluation.reasons)}")
        return "<br>".join(parts)

    # --- taking it ---------------------------------------------------------------------------------------

    def take(self) -> None:
        if self._saving or self.pages.currentIndex() != 0:
            return
        if not self.editors:
            self._refused_text(self.tr("Add at least one item to return."))
            return
        ctx, request = self._ctx, self.request()
        self._set_saving(True)
        self.error.hide()
        self.watch.stop()
        Op(self, lambda: returns.take_return(ctx.db, ctx.actor, request)).success(self._taken).failure(
            self._refused
        ).announce(lambda t: {"customer": self._customer_id, "case": t.case_id}).run()

    def _taken(self, taken: TakenReturn) -> None:
        self._set_saving(False)
        self.taken = taken
        self.drafts.finish()
        self.returnTaken.emit(taken.case_id, taken.case_number)
        self.done_page.show_taken(taken, self.method.currentData())
        self.pages.setCurrentIndex(1)
        self.done_page.focus_next_step()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DatabaseUnavailable):
            kept = self.drafts.store_now()
            self._refused_text(forms.unreachable_text(kept, self.drafts.problem))
            self.watch.start()
            return
        self._refused_text(failure_text(exc))

    def _refused_text(self, message: str) -> None:
        forms.set_form_message(self.error, message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.take_button.setEnabled(not saving)
        self.take_button.setText(self.tr("Taking…") if saving else self.tr("Take return"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)  # Enter in a one-line field must not submit the form

    def reject(self) -> None:
        if self._saving:
            return
        if self.pages.currentIndex() == 0 and self.editors and self.isVisible():
            if not forms.confirm_discard(self, self.tr("Close without taking the return? What you typed will be lost.")):
                return
        if self.isVisible():  # the agent closed it: thrown away on purpose (or nothing typed), no draft comes back
            self.drafts.finish()
        self.watch.stop()
        super().reject()

"""Step 1 of a warranty claim: which item. The customer's purchases, a box for what the scanner reads, or
"not bought here" with a description.

The box takes a serial first (what a scanner reads off the item itself), then an order or receipt number
(what it reads off a receipt). A line found that way may belong to another customer, or to nobody (a till
sale): it joins the list and the agent is told, because the claim is still taken for the customer on screen.
Lookups carry a sequence number like the search panel's, so a slow early answer never replaces a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk import purchases
from desk.db import Database
from desk.rules.dates import local_date
from desk.rules.returns import PurchasedLine
from desk.ui.formatting import channel_label, format_date
from desk.ui.ops import Op, failure_text
from desk.ui.two_lines import SECOND_LINE_ROLE, TwoLineDelegate

LINE_ID = Qt.ItemDataRole.UserRole + 10  # clear of the two-line delegate's roles


@dataclass(frozen=True)
class Lookup:
    """What a scanned or typed number found, and how (by "serial", by "number", or "" for nothing)."""

    typed: str
    matched_on: str
    lines: tuple[PurchasedLine, ...]


def find_lines(db: Database, typed: str) -> Lookup:
    """Runs on the worker: the serial of the item in hand first, then the order or receipt number."""
    lines = purchases.lines_by_serial(db, typed)
    if lines:
        return Lookup(typed, "serial", tuple(lines))
    lines = purchases.lines_by_number(db, typed)
    return Lookup(typed, "number" if lines else "", tuple(lines))


def hint(label: QLabel, text: str, tone: str = "") -> None:
    """A quiet line under a field; `tone` "warn" or "error" colours it (the words carry the meaning too)."""
    label.setProperty("tone", tone)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class ItemPicker(QWidget):
    itemChanged = Signal()  # the chosen line, or "not bought here", changed
    serialScanned = Signal(str)  # a serial read off the item found its line: it is the serial brought in
    lookupDone = Signal(int)  # how many lines the latest lookup found, once shown
    loaded = Signal(bool)  # the customer's purchases are listed (True), or could not be loaded (False)

    def __init__(self, db: Database, customer_id: int, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id = customer_id
        self._customer_name = customer_name
        self._lines: dict[int, PurchasedLine] = {}
        self._seq = 0
        self._row_before = -1  # the row chosen before "not bought here" was ticked

        self.scan_label = QLabel(self.tr("Sca&n or type the serial, order or receipt number"), self)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scanBox")
        self.scan.setPlaceholderText(self.tr("e.g. SN-4411-AB, PED-2026-0042 or T-0815"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.look_up)
        self.scan.installEventFilter(self)
        self.scan_label.setBuddy(self.scan)
        self.message = QLabel(self)
        self.message.setObjectName("claimHint")
        self.message.setWordWrap(True)
        self.message.hide()

        self.list_label = QLabel(self.tr("&Purchases of {name}").format(name=customer_name), self)
        self.list_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("purchaseList")
        self.list.setItemDelegate(TwoLineDelegate(self.list))  # the product in full, then order, day and serial
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(150)
        self.list.currentItemChanged.connect(lambda *_: self.itemChanged.emit())
        self.list_label.setBuddy(self.list)
        self.list_note = QLabel(self.tr("Loading the purchases…"), self)
        self.list_note.setObjectName("claimHint")
        self.list_note.setWordWrap(True)

        self.no_proof = QCheckBox(self.tr("No&t bought here / no proof of purchase"), self)
        self.no_proof.toggled.connect(self._no_proof_toggled)
        self.description_label = QLabel(self.tr("What is the ite&m? Brand, model, colour"), self)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. Cafetera Krups EA8108 negra, comprada en otra tienda"))
        self.description_label.setBuddy(self.description)
        self.description_label.hide()
        self.description.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.scan_label)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.list_note)
        layout.addSpacing(6)
        layout.addWidget(self.no_proof)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description)

    # --- what the claim needs ----------------------------------------------------------------------------

    @property
    def line(self) -> PurchasedLine | None:
        """The chosen order line; None when nothing is chosen or the item was not bought here."""
        if self.no_proof.isChecked():
            return None
        item = self.list.currentItem()
        return self._lines.get(item.data(LINE_ID)) if item is not None else None

    def sold_serials(self) -> set[str]:
        """The serials sold on the lines in the list: a serial field holding one of them was not typed by hand."""
        return {line.serial_number for line in self._lines.values() if line.serial_number}

    @property
    def chosen(self) -> bool:
        """An item is named: a line chosen, or "not bought here" ticked."""
        return self.no_proof.isChecked() or self.line is not None

    # --- filling the list ----------------------------------------------------------------------------------

    def load(self) -> None:
        db, customer_id = self._db, self._customer_id
        Op(self, lambda: purchases.customer_lines(db, customer_id)).success(self._loaded).failure(
            self._load_failed
        ).run()

    def _load_failed(self, exc: BaseException) -> None:
        hint(self.list_note, failure_text(exc), "error")
        self.loaded.emit(False)

    def _loaded(self, lines: list[PurchasedLine]) -> None:
        current = self.line
        for line in lines:
            self._add(line)
        if current is not None:  # a scan answered first: keep its choice
            self.select(current.order_line_id)
        if lines:
            hint(self.list_note, "")
        else:
            hint(self.list_note, self.tr("No purchases on file for this customer: scan the receipt or the serial, "
                                         "or tick “Not bought here”."))  # fmt: skip
        self.loaded.emit(True)

    def _add(self, line: PurchasedLine) -> QListWidgetItem:
        """One row per order line (once): product, then order, day and serial sold; another customer's says so."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LINE_ID) == line.order_line_id:
                return item
        self._lines[line.order_line_id] = line
        bought = format_date(local_date(line.ordered_at, line.store_timezone))
        name = line.product_name
        if line.customer_id != self._customer_id:
            name = self.tr("{product} (other customer)").format(product=name) if line.customer_id else \
                self.tr("{product} (till sale)").format(product=name)  # fmt: skip
        serial = self.tr("S/N {serial}").format(serial=line.serial_number) if line.serial_number else \
            self.tr("no serial")  # fmt: skip
        if line.remaining == 0:  # taken back by a return: the customer no longer has it
            name = self.tr("{product} (returned)").format(product=name)
        item = QListWidgetItem(name)
        item.setData(SECOND_LINE_ROLE, f"{line.order_number} · {bought} · {serial}")
        item.setData(LINE_ID, line.order_line_id)
        item.setToolTip(self.tr("{product} · SKU {sku} · {channel} · {months} months of brand warranty").format(
            product=line.product_name, sku=line.sku, channel=channel_label(line.channel), months=line.warranty_months))
        if line.customer_id == self._customer_id:
            self.list.addItem(item)
        else:
            self.list.insertItem(0, item)  # what was just scanned goes where the eye is
        return item

    def select(self, order_line_id: int) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LINE_ID) == order_line_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    # --- the scan box ---------------------------------------------------------------------------------------

    def look_up(self) -> None:
        typed = self.scan.text().strip()
        self._seq += 1
        seq, db = self._seq, self._db
        if not typed:
            hint(self.message, "")
            return
        hint(self.message, self.tr("Looking up “{typed}”…").format(typed=typed))
        Op(self, lambda: find_lines(db, typed)).success(lambda found: self._found(seq, found)).failure(
            lambda exc: self._lookup_failed(seq, exc)
        ).run()

    def _found(self, seq: int, found: Lookup) -> None:
        if seq != self._seq:
            return  # an older scan: the box holds something else now
        self.scan.selectAll()  # the next scan replaces it
        if not found.lines:
            hint(self.message, self.tr("Nothing was sold with the number “{typed}”. Check it, choose from the list, "
                                       "or tick “Not bought here”.").format(typed=found.typed), "error")  # fmt: skip
            self.lookupDone.emit(0)
            return
        self.no_proof.setChecked(False)
        items = [self._add(line) for line in reversed(found.lines)][::-1]  # scanned lines go on top, in order
        first = found.lines[0]
        self.list.setCurrentItem(items[0])
        self.list.scrollToItem(items[0])
        if found.matched_on == "serial":
            self.serialScanned.emit(first.serial_number or found.typed)
        notes = []
        if len(found.lines) > 1:
            notes.append(self.tr("Order {order} has {count} items: choose the one brought in (↑ ↓).").format(
                order=first.order_number, count=len(found.lines)))  # fmt: skip
            self.list.setFocus()
        if first.customer_id is None:
            notes.append(self.tr("Order {order} has no customer on file: the claim is taken for {name}.").format(
                order=first.order_number, name=self._customer_name))  # fmt: skip
            tone = ""
        elif first.customer_id != self._customer_id:
            notes.append(self.tr("Bought by another customer (order {order}). Check the proof of purchase: the claim "
                                 "is taken for {name}.").format(order=first.order_number, name=self._customer_name))
            tone = "warn"
        else:
            tone = ""
        if not notes:
            notes.append(self.tr("Found: {product}, order {order}.").format(product=first.product_name,
                                                                             order=first.order_number))  # fmt: skip
        hint(self.message, " ".join(notes), tone)
        self.lookupDone.emit(len(found.lines))

    def _lookup_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            hint(self.message, failure_text(exc), "error")
            self.lookupDone.emit(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the scan box goes into the list, as in the search panel."""
        if watched is self.scan and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.list.count() and self.list.isEnabled():
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                if self.list.currentItem() is None:
                    self.list.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    # --- not bought here -------------------------------------------------------------------------------------

    def _no_proof_toggled(self, checked: bool) -> None:
        """The list loses its highlight (nothing in it is the item now) and unticking brings the choice back;
        the description takes its place."""
        if checked:
            self._row_before = self.list.currentRow()
            self.list.setCurrentRow(-1)
        self.list.setEnabled(not checked)
        self.description_label.setVisible(checked)
        self.description.setVisible(checked)
        if checked:
            self.description.setFocus()
        elif self._row_before >= 0:
            self.list.setCurrentRow(self._row_before)
        self.itemChanged.emit()

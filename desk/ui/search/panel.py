"""The search panel: one box for name, phone, email, order, receipt or serial number; results as you type.

Typing restarts a short timer; when it fires the query runs through an Op. Every query carries a sequence
number, and an answer to anything but the latest query is dropped, so a slow early answer never replaces a
newer one. Enter right after typing (or a barcode scanner's Enter) waits for the answer to the text now in
the box and then opens its first hit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desk.ui.ops import Op, failure_text
from desk.ui.search.results import Hit, SearchResultsModel
from desk.ui.two_lines import TwoLineDelegate

DEBOUNCE_MS = 60  # a pause between keys; the search itself takes ~25 ms (p95) to paint, stale answers are dropped
MIN_CHARS = 2
SearchFn = Callable[[str], Sequence[Hit]]  # runs on the worker: query -> hits


class SearchPanel(QWidget):
    customerChosen = Signal(int)  # customer id
    focusRequested = Signal()  # Ctrl+F / Ctrl+K: whoever hosts the panel shows it before it takes the focus
    caseChosen = Signal(int)  # case id, when the hit was a case number (typed, or scanned from a letter)
    resultsShown = Signal(int)  # number of hits of the latest query, once they are on screen

    def __init__(self, search: SearchFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._search = search
        self._seq = 0  # number of the latest query asked for
        self._in_flight = False
        self._open_when_ready = False

        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Name, phone, email, order, serial… (Ctrl+K)"))
        self.box.setToolTip(self.tr("Find a customer by name, phone, email, order, receipt, serial or case number. "
                                    "Ctrl+K or Ctrl+F from anywhere."))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.box.textEdited.connect(self._text_edited)
        self.box.textChanged.connect(self._text_changed)

        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the box; arrows move here
        self.results.clicked.connect(lambda index: self._choose(index.row()))

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run_query)

        # On the window the panel is built in, so the keys work even while the panel sits in a hidden tab.
        for keys in ("Ctrl+F", "Ctrl+K"):
            shortcut = QShortcut(QKeySequence(keys), self.window(), context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.focus_box)
        self._show_message(self.tr("Find a customer by name, phone, email, order, receipt, serial or case number."))

    # --- public ------------------------------------------------------------------------------------------

    def focus_box(self) -> None:
        self.focusRequested.emit()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()

    @property
    def busy(self) -> bool:
        return self.timer.isActive() or self._in_flight

    # --- typing ------------------------------------------------------------------------------------------

    def _text_edited(self, _text: str) -> None:
        self._open_when_ready = False
        self.timer.start()  # restarts: only a pause in typing sends a query

    def _text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (Escape, the clear button, or code): back to the start at once
            self.timer.stop()
            self._seq += 1  # whatever is in flight is now stale
            self.model.set_hits([])
            self._show_message(self.tr("Find a customer by name, phone, email, order, receipt, serial or case number."))

    def _run_query(self) -> None:
        query = self.box.text().strip()
        self._seq += 1
        seq = self._seq
        if len(query) < MIN_CHARS:
            self.model.set_hits([])
            self._show_message(self.tr("Type at least {n} characters.").format(n=MIN_CHARS) if query else "")
            return
        self._in_flight = True
        self._show_message(self.tr("Searching…"))
        search = self._search
        Op(self, lambda: list(search(query))).success(lambda hits: self._answer(seq, query, hits)).failure(
            lambda exc: self._failed(seq, exc)
        ).run()

    def _answer(self, seq: int, query: str, hits: list[Hit]) -> None:
        if seq != self._seq:
            return  # an older query: the box holds something else now
        self._in_flight = False
        self.model.set_hits(hits)
        if hits:
            self._show_message("")
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_message(self.tr("No customer matches “{query}”.").format(query=query))
        self.resultsShown.emit(len(hits))
        if self._open_when_ready:
            self._open_when_ready = False
            if hits:
                self._choose(0)

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self._in_flight = False
        self._open_when_ready = False
        self._show_message(failure_text(exc))
        self.message.setProperty("error", True)
        self.message.style().polish(self.message)

    def _show_message(self, text: str) -> None:
        self.message.setProperty("error", False)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- keyboard in the box -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
        row = min(max(row + step, 0), count - 1) if row >= 0 else 0
        self.results.setCurrentIndex(self.model.index(row, 0))
        self.results.scrollTo(self.model.index(row, 0))

    def _enter(self) -> None:
        if self.busy:  # the list shows an older query's hits: answer the text in the box first
            self._open_when_ready = True
            if self.timer.isActive():
                self.timer.stop()
                self._run_query()
            return
        if self.model.rowCount():
            row = self.results.currentIndex().row()
            self._choose(row if row >= 0 else 0)

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(row, 0))
            hit = self.model.hit(row)
            self.customerChosen.emit(hit.customer_id)
            case_id = getattr(hit, "case_id", None)
            if case_id is not None:
                self.caseChosen.emit(case_id)

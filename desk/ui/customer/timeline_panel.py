"""The timeline with its filters (kind, channel) and a detail pane for the selected event."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.enums import Channel, EventKind
from desk.timeline import TimelineRow
from desk.ui.customer.timeline_model import TimelineModel
from desk.ui.formatting import channel_label, format_when, kind_label
from desk.ui.wording import spoken


class TimelinePanel(QWidget):
    caseRequested = Signal(int)  # "Open the case" in the detail of an event that belongs to a case
    documentRequested = Signal(int)  # "Open the document" in the detail of a document event

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._keep_event: int | None = None  # the event to select again after a reload

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in EventKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.channel_filter = QComboBox(self)
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(channel_label(channel), channel)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.channel_filter.currentIndexChanged.connect(self._filters_changed)
        self.status = QLabel(self)
        self.status.setObjectName("timelineStatus")

        filters = QHBoxLayout()
        filters.setSpacing(8)
        title = QLabel(self.tr("History"), self)
        title.setObjectName("sectionTitle")
        filters.addWidget(title)
        filters.addSpacing(12)
        show = QLabel(self.tr("&Show"), self)
        show.setBuddy(self.kind_filter)
        filters.addWidget(show)
        filters.addWidget(self.kind_filter)
        on = QLabel(self.tr("o&n"), self)
        on.setBuddy(self.channel_filter)
        filters.addWidget(on)
        filters.addWidget(self.channel_filter)
        filters.addStretch(1)
        filters.addWidget(self.status)

        self.view = QTreeView(self)
        self.view.setObjectName("timelineView")
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TimelineModel.WHEN, 140)
        header.resizeSection(TimelineModel.KIND, 90)
        header.resizeSection(TimelineModel.CHANNEL, 80)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)  # Enter or double-click: open what the event is about

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("eventDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.detail.setPlaceholderText(self.tr("Select an event to read it in full."))

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        self.splitter = split

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(lambda: self._show_detail(None))
        model.pageLoaded.connect(self._page_loaded)
        model.loadFailed.connect(self._load_failed)

    # --- filters -----------------------------------------------------------------------------------------

    def kinds(self) -> frozenset[EventKind] | None:
        kind = self.kind_filter.currentData()
        return frozenset({kind}) if kind else None

    def channels(self) -> frozenset[Channel] | None:
        channel = self.channel_filter.currentData()
        return frozenset({channel}) if channel else None

    def show_customer(self, customer_id: int | None) -> None:
        """Another customer: from the whole history again, so nothing of theirs is hidden by an old filter."""
        self._keep_event = None
        for combo in (self.kind_filter, self.channel_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.load(customer_id, self.kinds(), self.channels())
        self._loading_status()

    def _filters_changed(self) -> None:
        if self.model.customer_id is not None:
            self.model.load(self.model.customer_id, self.kinds(), self.channels())
            self._loading_status()

    def _loading_status(self) -> None:
        self.status.setProperty("error", False)
        self.status.style().polish(self.status)
        self.status.setText(self.tr("Loading…") if self.model.loading else "")

    # --- after a page ------------------------------------------------------------------------------------

    def _remember_selection(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self.model.customer_id is not None:
            self._keep_event = self.model.row_at(current.row()).id

    def _page_loaded(self, first: bool) -> None:
        self._loading_status()
        if first and self.model.rowCount() == 0:
            self.status.setText(self.tr("Nothing to show with these filters."))
        if self._keep_event is not None:
            row = self.model.row_of_event(self._keep_event)
            if row >= 0:
                self._keep_event = None
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _load_failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.setProperty("error", True)
        self.status.style().polish(self.status)

    # --- detail ------------------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_detail(self.model.row_at(indexes[0].row()) if indexes else None)

    def _show_detail(self, row: TimelineRow | None) -> None:
        if row is None:
            self.detail.clear()
            return
        who = self.tr("by {name}").format(name=row.actor_name) if row.actor_name else ""
        facts = " · ".join(
            part for part in (format_when(row.occurred_at), kind_label(row.kind), channel_label(row.channel), who)
            if part
        )
        body = html.escape(spoken(row.detail)).replace("\n", "<br>") if row.detail else ""
        links = []
        if row.kind == EventKind.DOCUMENT and row.source_table == "document":
            label = html.escape(self.tr("Open the document"))  # not inside the f-string: lupdate would not see it
            links.append(f"<a href='document:{row.source_id}'>{label}</a>")
        if row.case_id is not None:
            label = html.escape(self.tr("Open the case"))
            links.append(f"<a href='case:{row.case_id}'>{label}</a>")
        self.detail.setHtml(
            f"<p style='font-size:large; font-weight:600; margin-bottom:2px'>{html.escape(spoken(row.title))}</p>"
            f"<p style='color:#5f6b7a; margin-top:0'>{html.escape(facts)}</p>"
            f"<p>{body}</p>" + (f"<p>{' &nbsp;·&nbsp; '.join(links)}</p>" if links else "")
        )

    def selected_order_id(self) -> int | None:
        """The order of the selected event, when it is an order: a return started now starts from it."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.source_id if row.kind == EventKind.ORDER and row.source_table == "sales_order" else None

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(index.row())
        if row.kind == EventKind.DOCUMENT and row.source_table == "document":
            self.documentRequested.emit(row.source_id)
        elif row.case_id is not None:
            self.caseRequested.emit(row.case_id)

    def _link(self, url: QUrl) -> None:
        what, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        (self.caseRequested if what == "case" else self.documentRequested).emit(int(number))

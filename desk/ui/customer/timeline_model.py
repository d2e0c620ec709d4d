"""The customer timeline as a Qt table model that pages: 50 events at a time, newest first.

The model holds light TimelineRow tuples, never ORM objects. `load()` starts over (another customer, other
filters, or a change announced for this customer); `fetchMore()` asks the worker for the page after the last
row. At most one page is in flight per load, and a page that arrives for an earlier load is dropped, so a slow
answer for the previous customer never lands in this one's list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desk import timeline
from desk.enums import Channel, EventKind
from desk.timeline import TimelineCursor, TimelinePage, TimelineRow
from desk.ui.context import DeskContext
from desk.ui.formatting import channel_label, format_when, kind_label
from desk.ui.ops import Op, failure_text
from desk.ui.wording import spoken

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50
# (customer_id, kinds, channels, after, limit) -> page; runs on the worker
Kinds, Channels = frozenset[EventKind] | None, frozenset[Channel] | None
PageFn = Callable[[int, Kinds, Channels, TimelineCursor | None, int], TimelinePage]


def service_pages(ctx: DeskContext) -> PageFn:
    def page(customer_id, kinds, channels, after, limit):  # type: ignore[no-untyped-def]
        return timeline.timeline_page(ctx.db, customer_id, kinds=kinds, channels=channels, after=after, limit=limit)

    return page


class TimelineModel(QAbstractTableModel):
    WHEN, KIND, CHANNEL, TITLE = range(4)

    pageLoaded = Signal(bool)  # a page landed; True when it was the first page of a load
    loadFailed = Signal(str)  # the message for the agent

    def __init__(self, pages: PageFn, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._pages = pages
        self._page_size = page_size
        self._rows: list[TimelineRow] = []
        self._customer_id: int | None = None
        self._kinds: frozenset[EventKind] | None = None
        self._channels: frozenset[Channel] | None = None
        self._cursor: TimelineCursor | None = None
        self._has_more = False
        self._loading = False
        self._generation = 0  # bumped by every load(); a page of an older generation is dropped
        self._headers = [self.tr("When"), self.tr("Kind"), self.tr("Channel"), self.tr("What happened")]

    # --- what is shown -----------------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def loading(self) -> bool:
        return self._loading

    def load(
        self,
        customer_id: int | None,
        kinds: frozenset[EventKind] | None = None,
        channels: frozenset[Channel] | None = None,
    ) -> None:
        """Start over from the newest event of this customer with these filters (None: everything)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._customer_id = customer_id
        self._kinds, self._channels = kinds or None, channels or None
        self._cursor = None
        self._has_more = customer_id is not None
        self._loading = False
        self.endResetModel()
        if customer_id is not None:
            self._fetch()

    def reload(self) -> None:
        self.load(self._customer_id, self._kinds, self._channels)

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def row_of_event(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    # --- paging ------------------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        assert self._customer_id is not None
        self._loading = True
        generation, first = self._generation, not self._rows
        args = (self._customer_id, self._kinds, self._channels, self._cursor, self._page_size)
        pages = self._pages
        Op(self, lambda: pages(*args)).success(lambda page: self._page_arrived(generation, first, page)).failure(
            lambda exc: self._page_failed(generation, exc)
        ).run()

    def _page_arrived(self, generation: int, first: bool, page: TimelinePage) -> None:
        if generation != self._generation:
            return  # for a customer or filter no longer shown
        self._loading = False
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None
        known = {r.id for r in self._rows[-self._page_size :]}  # keyset pages never overlap; belt and braces
        rows = [r for r in page.rows if r.id not in known]
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.pageLoaded.emit(first)

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False  # canFetchMore is true again: scrolling down retries
        self.loadFailed.emit(failure_text(exc))

    # --- the table ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return format_when(row.occurred_at)
            if column == self.KIND:
                return kind_label(row.kind)
            if column == self.CHANNEL:
                return channel_label(row.channel)
            if column == self.TITLE:
                return spoken(row.title)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return spoken(row.title)
        elif role == ROW_ROLE:
            return row
        return None

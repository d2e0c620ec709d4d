"""The main window: assembles the features (search on the left, the customer on the right) and nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from desk.enums import StoreKind
from desk.ui.context import DeskContext
from desk.ui.customer import CustomerView
from desk.ui.formatting import describe_database
from desk.ui.search import SearchPanel, customer_search
from desk.ui.search.panel import SearchFn
from desk.ui.settings import Settings

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: DeskContext,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        search: SearchFn | None = None,
        store_label: str | None = None,
        store_kind: StoreKind | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Posventa Desk"))

        self.search = SearchPanel(search or customer_search(ctx), self)
        self.customer = CustomerView(ctx, self, store_kind=store_kind)
        self.search.customerChosen.connect(self.customer.open_customer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.customer)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, DEFAULT_SIZE[0] - 360])
        self.setCentralWidget(self.splitter)

        actor = ctx.actor
        store = store_label or (self.tr("store #{id}").format(id=actor.store_id) if actor.store_id else "")
        role = actor.role.value.replace("_", " ")
        who = self.tr("Signed in as {name} ({role})").format(name=actor.full_name, role=role)
        self.status_user = QLabel(" · ".join(part for part in (who, store) if part), self)
        self.status_database = QLabel(describe_database(ctx.db.url), self)
        self.status_database.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.status_user, 1)
        self.statusBar().addPermanentWidget(self.status_database)

        self.resize(*DEFAULT_SIZE)
        if (geometry := settings.window_geometry("main")) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_geometry("main/splitter")) is not None:
            self.splitter.restoreState(state)
        self.search.focus_box()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_window_geometry("main", self.saveGeometry())
        self._settings.set_window_geometry("main/splitter", self.splitter.saveState())
        super().closeEvent(event)

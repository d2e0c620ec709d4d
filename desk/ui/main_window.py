"""The main window: assembles the features (search and my open cases on the left, the customer on the right)
and nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from desk import staff

from desk.enums import StoreKind
from desk.ui.context import DeskContext
from desk.ui.customer import CustomerView
from desk.ui.cases import MyCasesPanel
from desk.ui.formatting import describe_database
from desk.ui.ops import Op
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

        self._ctx = ctx
        self.search = SearchPanel(search or customer_search(ctx), self)
        self.customer = CustomerView(ctx, self, store_kind=store_kind)
        self.search.customerChosen.connect(self.customer.open_customer)
        self.search.caseChosen.connect(self.customer.show_case)
        self.my_cases = MyCasesPanel(ctx, self)
        self.my_cases.caseChosen.connect(self.customer.show_case)
        self.left = QTabWidget(self)
        self.left.setObjectName("leftTabs")
        self.left.addTab(self.search, self.tr("&Search"))
        self.left.addTab(self.my_cases, self.tr("My &cases (Ctrl+M)"))
        self.left.currentChanged.connect(lambda index: self.my_cases.refresh() if index == 1 else None)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.show_my_cases)
        self.search.focusRequested.connect(lambda: self.left.setCurrentWidget(self.search))  # Ctrl+K from any tab

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.customer)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, DEFAULT_SIZE[0] - 360])
        self.setCentralWidget(self.splitter)

        self.status_user = QLabel(self)
        self._show_who(store_label or "")
        if store_label is None and ctx.actor.store_id is not None:
            store_id, db = ctx.actor.store_id, ctx.db
            Op(self, lambda: staff.store_info(db, store_id)).success(self._store_known).run()
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

    def show_my_cases(self) -> None:
        self.left.setCurrentWidget(self.my_cases)
        self.my_cases.setFocus()

    def _show_who(self, store: str) -> None:
        actor = self._ctx.actor
        role = actor.role.value.replace("_", " ")
        who = self.tr("Signed in as {name} ({role})").format(name=actor.full_name, role=role)
        self.status_user.setText(" · ".join(part for part in (who, store) if part))

    def _store_known(self, info: staff.StoreInfo | None) -> None:
        if info is None:
            return
        self._show_who(info.name)
        if self.customer.store_kind is None:
            self.customer.store_kind = info.kind

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_window_geometry("main", self.saveGeometry())
        self._settings.set_window_geometry("main/splitter", self.splitter.saveState())
        super().closeEvent(event)

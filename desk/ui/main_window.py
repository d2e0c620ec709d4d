"""The main window: assembles the features (search, my open cases and approvals on the left, the customer on the
right), starts the desk's live updates and its lock (desk/ui/session_lock.py), and ends the session when the account
is disabled or the person signs out from the lock screen."""

from __future__ import annotations

import logging
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from desk import auth, staff
from desk.stores import store_choices, store_name
from desk.enums import StoreKind
from desk.ui.admin import open_limits
from desk.ui.approvals import ApprovalsPanel
from desk.ui.cases import MyCasesPanel, open_case
from desk.ui.context import DeskContext
from desk.ui.customer import CustomerView
from desk.ui.dashboard import add_entry_point as add_dashboard
from desk.ui import restart
from desk.ui.formatting import describe_database, language_label, role_label
from desk.ui.live import LiveUpdates
from desk.ui.ops import Op, session_events
from desk.ui.search import SearchPanel, customer_search
from desk.ui.search.panel import SearchFn
from desk.ui.session_lock import SessionLock
from desk.ui.settings import Settings
from desk.ui.settings_dialog import SettingsDialog, open_settings
from desk.ui.translations import effective_language, speaking

DEFAULT_SIZE = (1280, 800)
KEEP_ANSWERS = 5  # the requester's latest answers, a click away in the status bar
ANSWER_MS = 10_000  # how long a new answer stays spelled out in the status bar
APPROVALS_WIDTH = 560  # the queue and its context need more room than a search list: the left side grows to it
EXIT_ACCOUNT_DISABLED = 3  # the program's exit code when the session ended because the account was disabled

log = logging.getLogger(__name__)


def quit_desk(code: int) -> None:
    """End the program (every window is already closed). Tests replace it: nothing may end their event loop."""
    QCoreApplication.exit(code)


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
        lock_ms: int | None = None,  # idle time before the desk locks; default: the config's minutes (0: never)
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Posventa Desk"))
        if ctx.settings is None:  # every feature reads this workstation's settings (the printer) through ctx
            ctx = replace(ctx, settings=settings)

        self._ctx = ctx
        self._ended = False
        self.farewell: QMessageBox | None = None  # the account-disabled message, once
        db, actor = ctx.db, ctx.actor
        self.session_lock = SessionLock(
            actor, lambda password: auth.confirm_password(db, actor, password), self,
            idle_ms=ctx.config.lock_minutes * 60_000 if lock_ms is None else lock_ms,
        )  # fmt: skip
        self.session_lock.signOutRequested.connect(self.sign_out)
        session_events().accountDisabled.connect(self._account_disabled)
        self.search = SearchPanel(search or customer_search(ctx), self)
        self.customer = CustomerView(ctx, self, store_kind=store_kind)
        self.search.customerChosen.connect(self.customer.open_customer)
        self.search.caseChosen.connect(self.customer.show_case)
        self.my_cases = MyCasesPanel(ctx, self)
        self.my_cases.caseChosen.connect(self.customer.show_case)
        self.left = QTabWidget(self)
        self.left.setObjectName("leftTabs")
        self.left.addTab(self.search, self.tr("&Search"))
        self.left.addTab(self.my_cases, self.tr("My &cases"))  # the shortcut in the tooltip: three tabs fit in Catalan
        self.left.setTabToolTip(self.left.indexOf(self.my_cases), self.tr("The cases on your name (Ctrl+M)"))
        self.left.currentChanged.connect(lambda index: self.my_cases.refresh() if index == 1 else None)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.show_my_cases)
        self.approvals = ApprovalsPanel(ctx, self)
        self.left.addTab(self.approvals, self.tr("Approvals"))
        self.left.setTabToolTip(self.left.indexOf(self.approvals),
                                self.tr("Requests waiting for your decision, and your own (Ctrl+Shift+A)"))  # fmt: skip
        self.approvals.countChanged.connect(self._approvals_waiting)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=self.show_approvals)
        self._narrow_left: int | None = None  # the left width before the approvals tab widened it
        self.left.currentChanged.connect(self._fit_left)
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
        self.answers_button = QToolButton(self)
        self.answers_button.setObjectName("answersButton")
        self.answers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.answers_button.setMenu(QMenu(self.answers_button))
        self.answers_button.hide()
        self._answers: list[tuple[str, int]] = []
        # A permanent label, not showMessage(): QStatusBar re-shows the widgets a temporary message hid whenever
        # it lays itself out again (a permanent widget appearing is enough), and both texts then overlap.
        self.answer_note = QLabel(self)
        self.answer_note.setObjectName("answerNote")
        self.answer_note.hide()
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(ANSWER_MS)
        self._answer_timer.timeout.connect(self._answer_gone)
        # Everyone may read the limits (an agent sees what they may grant); only an administrator changes them.
        self.limits_button = QToolButton(self)
        self.limits_button.setObjectName("limitsButton")
        self.limits_button.setText(self.tr("Empowerment limits…"))
        self.limits_button.setAutoRaise(True)
        self.limits_button.clicked.connect(lambda: open_limits(self, ctx))
        self.lock_button = QToolButton(self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the desk now (Ctrl+Shift+L, from any window); your password unlocks "
                                            "it with everything as it was"))  # fmt: skip
        self.lock_button.setAutoRaise(True)
        self.lock_button.clicked.connect(self.session_lock.lock)
        self.statusBar().addWidget(self.status_user, 1)
        self.settings_button = QToolButton(self)  # this workstation's database, store, language and printer
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(self.tr("Settings…"))
        self.settings_button.setAutoRaise(True)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        # Where this desk stands (the settings' store), beside the button that changes it; hidden when none is set.
        self.status_place = QLabel(self)
        self.status_place.setObjectName("statusPlace")
        self.status_place.setToolTip(self.tr("The store this computer stands in, as chosen in the settings"))
        self.status_place.hide()
        self.statusBar().addPermanentWidget(self.status_place)
        self.statusBar().addPermanentWidget(self.settings_button)
        self.statusBar().addPermanentWidget(self.lock_button)
        self.statusBar().addPermanentWidget(self.limits_button)
        self.dashboard_button = add_dashboard(self, ctx)  # store managers and up: Ctrl+Shift+D
        self.statusBar().addPermanentWidget(self.answer_note)
        self.statusBar().addPermanentWidget(self.answers_button)
        self.statusBar().addPermanentWidget(self.status_database)

        self.show_place()

        self.live = LiveUpdates(ctx, self)
        self.live.answered.connect(self._answered)
        self.live.start()
        self.session_lock.start()

        self.resize(*DEFAULT_SIZE)
        if (geometry := settings.window_geometry("main")) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_geometry("main/splitter")) is not None:
            self.splitter.restoreState(state)
        self.search.focus_box()

    def open_settings(self) -> SettingsDialog:
        """This workstation's settings, the stores offered from the database; saved, the place shown follows, and a
        changed language offers to start the desk again (the screens take their language at start)."""
        db = self._ctx.db
        dialog = open_settings(self, self._settings, current_url=db.url, stores=lambda: store_choices(db))
        dialog.accepted.connect(self.show_place)
        dialog.accepted.connect(self._language_saved)
        return dialog

    def _language_saved(self) -> None:
        chosen = effective_language(self._settings.language)
        if chosen == speaking():  # what the screens speak now, even when an earlier save was left for "Later"
            return
        if restart.ask_restart(self, language_label(chosen)) and restart.start_again():
            self.close()
            QCoreApplication.quit()

    def show_place(self) -> None:
        """"At <store>" in the status bar, the store's name looked up on the database worker; nothing when none."""
        code = self._settings.workstation_store
        if not code:
            self.status_place.clear()
            self.status_place.hide()
            return
        db = self._ctx.db
        Op(self, lambda: store_name(db, code)).success(lambda name: self._place_known(code, name)).failure(
            lambda _exc: self._place_known(code, code)).run()  # fmt: skip  # out of reach: the code will do

    def _place_known(self, code: str, name: str | None) -> None:
        if code != self._settings.workstation_store:
            return  # changed again meanwhile: that lookup's answer is the one to show
        if name is None:
            text = self.tr("At {code} (unknown store)").format(code=code)
        else:
            text = self.tr("At {name}").format(name=name)
        self.status_place.setText(text)
        self.status_place.show()

    def show_my_cases(self) -> None:
        self.left.setCurrentWidget(self.my_cases)
        self.my_cases.setFocus()

    def show_approvals(self) -> None:
        self.left.setCurrentWidget(self.approvals)
        self.approvals.focus_list()

    def _approvals_waiting(self, count: int) -> None:
        index = self.left.indexOf(self.approvals)
        self.left.setTabText(index, self.tr("Approvals ({n})").format(n=count) if count else self.tr("Approvals"))

    def _fit_left(self, index: int) -> None:
        """Widen the left side while the approvals tab is open; give the width back when another tab is chosen."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self.left.widget(index) is self.approvals:
            if sizes[0] < APPROVALS_WIDTH and total > 2 * APPROVALS_WIDTH:
                self._narrow_left = sizes[0]
                self.splitter.setSizes([APPROVALS_WIDTH, total - APPROVALS_WIDTH])
        elif self._narrow_left is not None:
            self.splitter.setSizes([self._narrow_left, total - self._narrow_left])
            self._narrow_left = None

    def _answered(self, message: str, case_id: int) -> None:
        """An answer to one of this person's requests: spelled out in the status bar for a while, then a click
        away in the Answers menu (which opens the case)."""
        metrics = self.answer_note.fontMetrics()
        room = max(self.statusBar().width() - self.status_database.width() - 180, 240)
        self.answer_note.setText(metrics.elidedText(message, Qt.TextElideMode.ElideRight, room))
        self.answer_note.setToolTip(message)
        self.status_user.hide()  # the answer takes the room while it is new, as a status bar message would
        self.answer_note.show()
        self._answer_timer.start()
        self._answers = [(message, case_id), *self._answers][:KEEP_ANSWERS]
        menu = self.answers_button.menu()
        menu.clear()
        for text, case in self._answers:
            action = menu.addAction(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 720))
            action.setEnabled(bool(case))
            action.triggered.connect(lambda _=False, c=case: open_case(self, self._ctx, c))
        self.answers_button.setText(self.tr("Answers ({n})").format(n=len(self._answers)))
        self.answers_button.setToolTip("\n".join(text for text, _ in self._answers))
        self.answers_button.show()

    def _answer_gone(self) -> None:
        self.answer_note.hide()
        self.status_user.show()

    def _show_who(self, store: str) -> None:
        actor = self._ctx.actor
        role = role_label(actor.role)
        who = self.tr("Signed in as {name} ({role})").format(name=actor.full_name, role=role)
        self.status_user.setText(" · ".join(part for part in (who, store) if part))
        self.session_lock.screen.set_place(store)

    def _store_known(self, info: staff.StoreInfo | None) -> None:
        if info is None:
            return
        self._show_who(info.name)
        if self.customer.store_kind is None:
            self.customer.store_kind = info.kind

    # --- the end of the session ----------------------------------------------------------------------------

    def sign_out(self) -> None:
        """From the lock screen: every window closes without questions (the lock screen said unsaved text is lost)."""
        if self._ended:
            return
        log.info("Signed out from the lock screen")
        self._close_all(self._stop_session())
        quit_desk(0)

    def _account_disabled(self, message: str) -> None:
        """An op was refused because an administrator disabled this account: say so once, close everything, end."""
        if self._ended:
            return
        log.warning("The signed-in account (user %s) was disabled; this desk closes", self._ctx.actor.username)
        windows = self._stop_session()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Posventa Desk"), message, QMessageBox.StandardButton.Ok)
        box.setObjectName("accountDisabledBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: quit_desk(EXIT_ACCOUNT_DISABLED))
        self.farewell = box
        box.open()  # before the windows close: once the last one closes the program ends, and it must say why first
        self._close_all(windows)

    def _stop_session(self) -> list[QWidget]:
        """No more updates, no more lock; every window of the desk, hidden (those the lock held included)."""
        self._ended = True
        self.live.stop()
        held = self.session_lock.hidden_windows()  # a locked desk: its windows are hidden, not closed
        self.session_lock.stop()
        skip = {id(self), id(self.session_lock.screen)}
        windows: list[QWidget] = []
        for window in [*held, *(w for w in QApplication.topLevelWidgets() if w.isVisible())]:
            if id(window) not in skip:
                skip.add(id(window))
                windows.append(window)
                window.hide()
        self.hide()
        return windows

    def _close_all(self, windows: list[QWidget]) -> None:
        """Close them for good: dialogs without their "discard what I typed?" question; this window last."""
        for window in windows:
            if not shiboken6.isValid(window):
                continue
            if isinstance(window, QDialog):
                QDialog.done(window, QDialog.DialogCode.Rejected)  # the base class: nothing left to ask
            else:
                window.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session_lock.stop()
        self.live.stop()
        if self._narrow_left is not None:  # remember the user's own width, not the approvals tab's
            self._fit_left(self.left.indexOf(self.search))
        self._settings.set_window_geometry("main", self.saveGeometry())
        self._settings.set_window_geometry("main/splitter", self.splitter.saveState())
        super().closeEvent(event)

"""`desk`: start the desk. Check the database, sign in, open the main window.

The sign-in dialog appears at once; the schema check runs in the background meanwhile (a PostgreSQL server
out of reach can take a while to say so). A database the desk cannot use ends the program with a message
and a non-zero exit code.

DESK_SMOKE_TEST=1 (used by installer/smoke_test.py on the built desk): once the sign-in window is shown and the
schema check passed (on PostgreSQL, which checks it at sign-in: once it is shown), print "sign-in window ready" and
quit with code 0; a database the desk cannot use prints its message and quits with code 2, with no message box.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk import auth, config
from desk.db import Database
from desk.errors import DatabaseUnavailable, SchemaMismatch
from desk.resources import resource_path
from desk.ui.context import DeskContext
from desk.ui.login import LoginDialog
from desk.ui.ops import Op, failure_text, runner
from desk.ui.settings import APPLICATION, ORGANISATION, Settings, apply_locale
from desk.ui.translations import install_translators
from desk.ui.wording import spoken

STYLE_SHEET = resource_path("style.qss")
EXIT_DATABASE = 2
SMOKE_READY = "sign-in window ready"


def smoke_test() -> bool:
    return os.environ.get("DESK_SMOKE_TEST") == "1"


def apply_look(app: QApplication) -> None:
    """Readable at the end of a long day: a slightly larger font and the desk's style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def settle_memory() -> None:
    """Everything built so far lives as long as the desk: move it out of the garbage collector's way, so a full
    collection (which holds the interpreter lock, on whichever thread) never stalls the GUI for ~100 ms."""
    gc.collect()
    gc.freeze()


class Startup(QObject):
    """Drives the start: schema check and sign-in side by side, then the main window."""

    def __init__(self, app: QApplication, cfg: config.Config, db: Database, settings: Settings) -> None:
        super().__init__()
        self._app, self._cfg, self._db, self._settings = app, cfg, db, settings
        self.window: QWidget | None = None  # the main window, once signed in
        self.login = LoginDialog(db, cfg.workstation, settings)
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(lambda: app.exit(0))

    def start(self) -> None:
        if auth.uses_database_logins(self._db):
            self.login.show()  # the schema is checked as the person signs in: the database wants them first
            if smoke_test():
                QTimer.singleShot(0, self._smoke_ready)  # once the event loop runs: exit() does nothing before
            return
        self.login.set_checking(True)
        self.login.show()
        Op(self, self._db.check_schema).success(self._checked).failure(self._unusable).run()

    def _checked(self, _result: object) -> None:
        self.login.set_checking(False)
        if smoke_test():
            self._smoke_ready()

    def _smoke_ready(self) -> None:
        print(SMOKE_READY, flush=True)
        self._app.exit(0)

    def _unusable(self, exc: BaseException) -> None:
        self.login.hide()
        title = QCoreApplication.translate("app", "Posventa Desk cannot start")
        if isinstance(exc, (SchemaMismatch, DatabaseUnavailable)):
            text = spoken(exc)
        else:
            text = failure_text(exc)
        stored = not smoke_test() and self._cfg.database_url == self._settings.database_url  # chosen in the settings
        if stored:  # not the environment's: the person can choose another one, or they could never start again
            text += "\n\n" + QCoreApplication.translate(
                "app", "The settings open next: choose another database there, then start the desk again.")
        if smoke_test():
            print(f"{title}: {text}", file=sys.stderr, flush=True)
        else:
            QMessageBox.critical(None, title, text)
        if stored:
            from desk.ui import settings_dialog

            settings_dialog.settings_after_failure(self._settings, self._cfg.database_url)
        self._app.exit(EXIT_DATABASE)

    def _signed_in(self) -> None:
        from desk.ui.main_window import MainWindow  # imported once signed in: the sign-in window comes up sooner

        signed = self.login.signed_in
        assert signed is not None
        self.window = MainWindow(DeskContext(signed.db, signed.actor, self._cfg, self._settings), self._settings)
        self.window.show()
        settle_memory()
        self._app.setQuitOnLastWindowClosed(True)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationDisplayName("Posventa Desk")
    apply_look(app)
    app.setQuitOnLastWindowClosed(False)  # the sign-in dialog closing is not the end; Startup decides
    settings = Settings()
    install_translators(settings.language)  # before any window: texts are translated as widgets are built
    apply_locale(settings.language)
    cfg = config.load(settings.database_url)  # DESK_DATABASE_URL still wins over the database chosen in the settings
    db = Database(cfg.database_url)
    startup = Startup(app, cfg, db, settings)
    startup.start()
    try:
        return app.exec()
    finally:
        runner().wait_for_done()
        signed = startup.login.signed_in
        if signed is not None and signed.db is not db:
            signed.db.dispose()  # the person's own connection (PostgreSQL)
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())

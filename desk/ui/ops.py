"""The one way the UI calls a service: off the GUI thread, with the answer back on it.

    Op(self, lambda: customer_header(db, customer_id)).success(self.show_header).run()

- `fn` runs on the database worker: a single thread for the whole process, so calls run one after the other
  in the order they were asked for. Services open their own Session inside `fn`; nothing crosses threads but
  plain data. Slow work that is not database work does not belong on this queue.
- `success(result)` / `failure(exc)` run on the GUI thread, delivered by a queued signal. If `parent` was
  destroyed meanwhile they are dropped: a deleted dialog is never called back (its announcement still goes out).
- Without a failure callback, a DeskError's message is shown as it is; anything else is logged with its
  traceback and the agent reads a short "Something went wrong".
- `announce(...)` tells every view what changed after a write (the `changes()` hub), so a dialog never reaches
  into another window to refresh it.
- AccountDisabled (the signed-in person was disabled since signing in, desk.db.Database.bind_user) is not the
  caller's business: it goes to `session_events().accountDisabled` instead of the failure callback, whoever asked
  (a dialog, a background poll, a window already closed), and the main window ends the session once. Only when
  nothing listens (no main window yet) does the usual failure path see it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import AccountDisabled, DeskError
from desk.ui.wording import spoken

log = logging.getLogger(__name__)
T = TypeVar("T")
Changes = dict[str, Any]


class ChangeHub(QObject):
    """Announces what a write changed, e.g. {"customer": 12, "interaction": 345}; views refresh themselves."""

    changed = Signal(dict)


class SessionEvents(QObject):
    """What happens to the signed-in session rather than to the data: one place for the whole application."""

    accountDisabled = Signal(str)  # the message for the person (desk.errors.AccountDisabled)

    def listened(self) -> bool:
        return self.receivers(SIGNAL("accountDisabled(QString)")) > 0


class Runner(QObject):
    """The database worker: one thread, one queue. `pending` counts ops whose callbacks have not run yet."""

    idle = Signal()  # the queue drained: every op asked for has delivered its answer

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # SQLite has one writer anyway; order of calls is kept
        self.pool.setExpiryTimeout(-1)  # keep the thread: starting one per call costs more than it saves
        self.pending = 0
        self._relays: set[_Relay] = set()  # keeps relays alive until they deliver

    def submit(self, fn: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None]) -> None:
        relay = _Relay(deliver, self._delivered)
        self._relays.add(relay)
        self.pending += 1
        self.pool.start(_Job(fn, relay))

    def _delivered(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self.pending -= 1
        if self.pending == 0:
            self.idle.emit()

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """At exit: let the running call end before the database is disposed."""
        return self.pool.waitForDone(msecs)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits `finished`, Qt queues it, `_deliver` runs on the GUI thread."""

    finished = Signal(object, object)

    def __init__(
        self, deliver: Callable[[Any, BaseException | None], None], done: Callable[[_Relay], None]
    ) -> None:
        super().__init__()
        self._deliver_to = deliver
        self._done = done
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            self._deliver_to(result, error)
        finally:
            self._done(self)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread: never touch a widget here
        try:
            result, error = self._fn(), None
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            result, error = None, exc
        self._relay.finished.emit(result, error)


_runner: Runner | None = None
_hub: ChangeHub | None = None
_session: SessionEvents | None = None


def runner() -> Runner:
    global _runner
    if _runner is None:
        _runner = Runner()
    return _runner


def changes() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def session_events() -> SessionEvents:
    global _session
    if _session is None:
        _session = SessionEvents()
    return _session


class Op(Generic[T]):
    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._announce: Callable[[T], Changes | None] | None = None

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        """Replace the default message box; `callback` receives the exception (DeskError or not)."""
        self._failure = callback
        return self

    def announce(self, what: Changes | Callable[[T], Changes | None]) -> Op[T]:
        """After success, emit `changes().changed` with this dict (or the dict made from the result)."""
        self._announce = what if callable(what) else (lambda _result: what)
        return self

    def run(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None and QThread.currentThread() is app.thread(), "Op.run() belongs on the GUI thread"
        runner().submit(self._fn, self._deliver)

    # --- GUI thread --------------------------------------------------------------------------------------

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, DeskError):
            log.error("Operation failed", exc_info=(type(error), error, error.__traceback__))
        alive = shiboken6.isValid(self._parent)  # the window that asked may be gone: nobody to call back
        if error is not None:
            if not isinstance(error, Exception):
                raise error  # KeyboardInterrupt, SystemExit: not ours to swallow
            if isinstance(error, AccountDisabled) and session_events().listened():
                session_events().accountDisabled.emit(spoken(error))  # instead of the caller's handler: said once
                return
            if alive:
                (self._failure or (lambda exc: show_failure(self._parent, exc)))(error)
            return
        if alive and self._success is not None:
            self._success(result)
        if self._announce is not None:  # a write happened whether or not its window is still open
            what = self._announce(result)
            if what:
                changes().changed.emit(what)


def failure_text(exc: BaseException) -> str:
    """What the agent reads for an exception: a DeskError's own words, otherwise a short generic sentence."""
    if isinstance(exc, DeskError):
        return spoken(exc)
    return QCoreApplication.translate("ops", "Something went wrong. The details were written to the log.")


def show_failure(parent: QObject | None, exc: BaseException) -> QMessageBox:
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("ops", "Posventa Desk"), failure_text(exc),
        QMessageBox.StandardButton.Ok, widget,
    )  # fmt: skip
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): the event loop keeps running, other answers keep arriving
    return box

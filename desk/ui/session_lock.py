"""The desk locks itself after a while without use, and on Ctrl+Shift+L; the same person's password unlocks it.

- An application-wide event filter notes the time of the last real (spontaneous) key press, click, mouse move,
  wheel or touch in any window of the desk; a single-shot QTimer looks at that time and, once the desk has been
  idle for `idle_ms`, locks it (0: never by itself). The filter also catches Ctrl+Shift+L in every window, so a
  goodwill dialog or a case window locks as readily as the main window.
- Locking hides every window of the desk (main window, case windows, open dialogs with what was typed in them)
  and shows the lock screen: who is signed in, a password field, Unlock, and Sign out. A window that opens while
  the desk is locked (an error from a background op) is hidden as it appears, and comes back with the others.
  Popups and tooltips are closed. A question asked with exec() (a blocking box such as "Discard what I typed?")
  cannot wait hidden, because hiding ends it: it gets its safe answer (its Escape button: "Keep editing").
- Unlocking checks the password with `desk.auth.confirm_password` through an Op (on PostgreSQL it opens a
  connection), then shows the windows again in the order parents before dialogs, reactivates the one that was
  active and puts the cursor back where it was. Nothing typed is lost: the widgets were only hidden.
- The password is read from the field once, the field is emptied at once, and it goes to the check and nowhere
  else: no log, no signal, no message.
- Sign out: `signOutRequested`; the main window closes everything and ends the program (unsaved text is lost, and
  the lock screen says so before anyone presses it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk.actors import Actor
from desk.errors import InvalidInput
from desk.ui.formatting import role_label
from desk.ui.ops import Op, failure_text

PasswordCheck = Callable[[str], object]  # raises (InvalidInput, DatabaseUnavailable, ...) when it cannot unlock

LOCK_KEY = Qt.Key.Key_L
LOCK_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_CHORD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.MetaModifier)  # fmt: skip
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})  # fmt: skip
_RESTORABLE = frozenset({Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Drawer,
                         Qt.WindowType.Tool})  # fmt: skip  (popups, tooltips and splash screens are only hidden)


class LockScreen(QWidget):
    """What a locked desk shows: unmistakably locked, whose desk it is, and the two ways on."""

    def __init__(self, actor: Actor) -> None:
        super().__init__(None, Qt.WindowType.Window)  # no parent: it must stay visible while the desk is hidden
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Posventa Desk — locked"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # while it is up, no other window takes input
        self._actor = actor
        self._place = ""

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setMaximumWidth(640)
        self.title = QLabel(self.tr("This desk is locked"), card)
        self.title.setObjectName("lockTitle")
        self.who = QLabel(card)
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        self.detail = QLabel(card)
        self.detail.setObjectName("lockDetail")
        self.detail.setWordWrap(True)
        self.when = QLabel(card)
        self.when.setObjectName("lockWhen")
        self.when.setWordWrap(True)

        self.password = QLineEdit(card)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setAutoDefault(False)
        self.password_label = QLabel(card)
        self.password_label.setObjectName("lockLabel")
        self.password_label.setBuddy(self.password)
        self.message = QLabel(card)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()

        line = QFrame(card)
        line.setObjectName("lockRule")
        line.setFrameShape(QFrame.Shape.HLine)
        self.sign_out_button = QPushButton(self.tr("Sign out"), card)
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_note = QLabel(card)
        self.sign_out_note.setObjectName("lockNote")
        self.sign_out_note.setWordWrap(True)

        entry = QHBoxLayout()
        entry.setSpacing(8)
        entry.addWidget(self.password, 1)
        entry.addWidget(self.unlock_button)
        leave = QHBoxLayout()
        leave.setSpacing(14)
        leave.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignTop)
        leave.addWidget(self.sign_out_note, 1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 28)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addWidget(self.detail)
        inner.addWidget(self.when)
        inner.addSpacing(14)
        inner.addWidget(self.password_label)
        inner.addLayout(entry)
        inner.addWidget(self.message)
        inner.addSpacing(14)
        inner.addWidget(line)
        inner.addSpacing(4)
        inner.addLayout(leave)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        self.password.returnPressed.connect(self.unlock_button.click)
        self._show_who()

    def set_place(self, place: str) -> None:
        """The store's name, once the main window knows it."""
        self._place = place
        self._show_who()

    def _show_who(self) -> None:
        actor = self._actor
        self.who.setText(self.tr("{name} is signed in").format(name=actor.full_name))
        parts = [actor.username, role_label(actor.role), self._place]
        self.detail.setText(" · ".join(p for p in parts if p))
        self.password_label.setText(self.tr("&Password for {name}").format(name=actor.full_name))

    def prepare(self, idle_minutes: float | None, open_forms: int) -> None:
        """Before showing: why and since when it is locked, and what signing out would throw away."""
        at = datetime.now().astimezone().strftime("%H:%M")
        if idle_minutes is None:
            text = self.tr("Locked at {time}. Everything you had open is kept as it was.")
        elif round(idle_minutes) == 1:
            text = self.tr("Locked at {time} after a minute without use. Everything you had open is kept as it was.")
        elif idle_minutes >= 1:
            text = self.tr("Locked at {time} after {minutes} minutes without use. Everything you had open is kept "
                           "as it was.")  # fmt: skip
        else:
            text = self.tr("Locked at {time} after a while without use. Everything you had open is kept as it was.")
        self.when.setText(text.format(time=at, minutes=f"{idle_minutes or 0:.0f}"))
        if open_forms == 1:
            lost = self.tr("1 form is open: what was typed in it and not saved will be lost.")
        elif open_forms:
            lost = self.tr("{n} forms are open: what was typed in them and not saved will be lost.").format(
                n=open_forms)  # fmt: skip
        else:
            lost = self.tr("No form is open.")
        self.sign_out_note.setText(
            self.tr("Not {name}, or leaving? Sign out closes the desk. {lost}").format(
                name=self._actor.full_name, lost=lost)  # fmt: skip
        )
        self.message.hide()
        self.set_checking(False)
        self.password.clear()

    def set_checking(self, checking: bool) -> None:
        self.unlock_button.setEnabled(not checking)
        self.password.setEnabled(not checking)
        self.unlock_button.setText(self.tr("Checking…") if checking else self.tr("Unlock"))

    def tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not getattr(self, "_closing", False):
            event.ignore()  # the window manager's close button must not reveal the desk: Unlock or Sign out
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.password.clear()  # Esc empties the field, it never closes the lock
            return
        super().keyPressEvent(event)

    def dismiss(self) -> None:
        """Hide for good (the program is ending) or until the next lock."""
        self._closing = True
        self.hide()
        self._closing = False


class _Hidden:
    """One window the lock hid: what to give back and where the cursor was."""

    def __init__(self, window: QWidget, focus: QWidget | None) -> None:
        self.window = window
        self.focus = focus
        self.finished = False  # a dialog that ended while hidden (its save answered): not shown again
        self.connection: object = None


class SessionLock(QObject):
    locked = Signal()
    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(self, actor: Actor, check: PasswordCheck, parent: QObject | None = None, *, idle_ms: int) -> None:
        super().__init__(parent)
        self._actor = actor
        self.check = check  # replaceable (tests); it receives the password and nothing else does
        self._idle_ms = max(0, idle_ms)
        self._last_input = time.monotonic()
        self._locked = False
        self._checking = False
        self._running = False
        self._idle_lock = False
        self._hidden: list[_Hidden] = []
        self._active: QWidget | None = None
        self._late: list[QWidget] = []  # windows that appeared while locked, hidden on the next turn of the loop

        self._timer = QTimer(self)  # setters, not keywords (PySide6: kwargs on QTimer corrupt refcounts)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._look)
        self._late_timer = QTimer(self)
        self._late_timer.setSingleShot(True)
        self._late_timer.setInterval(0)
        self._late_timer.timeout.connect(self._hide_late)

        self.screen = LockScreen(actor)
        self.screen.unlock_button.clicked.connect(self._try_unlock)
        self.screen.sign_out_button.clicked.connect(self.signOutRequested)
        self.destroyed.connect(self.screen.deleteLater)

    # --- running ---------------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int) -> None:
        """A new idle time, counted from now (0: never by itself)."""
        self._idle_ms = max(0, idle_ms)
        self._timer.stop()
        self._restart_clock()

    def start(self) -> None:
        if self._running:
            return
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._running = True
        self._restart_clock()

    def stop(self) -> None:
        """For good: the filter removed, the timers stopped, the lock screen gone (the windows are the caller's)."""
        if self._running and (app := QApplication.instance()) is not None:
            app.removeEventFilter(self)
        self._running = False
        self._timer.stop()
        self._late_timer.stop()
        if shiboken6.isValid(self.screen):
            self.screen.dismiss()
        self._locked = False

    def hidden_windows(self) -> list[QWidget]:
        """What the lock is keeping hidden (for the main window when the session ends while locked)."""
        return [h.window for h in self._hidden if shiboken6.isValid(h.window)]

    def _restart_clock(self) -> None:
        self._last_input = time.monotonic()
        if self._idle_ms > 0 and self._running and not self._locked:
            self._timer.start(self._idle_ms)

    def _look(self) -> None:
        """The timer: lock if nothing happened for idle_ms, otherwise look again when it would be that long."""
        if not self._running or self._locked:
            return
        quiet_ms = (time.monotonic() - self._last_input) * 1000
        if quiet_ms >= self._idle_ms - 1:
            self._idle_lock = True
            self.lock()
        else:
            self._timer.start(max(1, int(self._idle_ms - quiet_ms)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            if self._locked:
                return False
            if kind == QEvent.Type.KeyPress and self._is_lock_key(event):  # type: ignore[arg-type]
                self.lock()
                return True
            if event.spontaneous():  # a person, not the program sending itself events
                self._last_input = time.monotonic()
        elif kind == QEvent.Type.Show and self._locked and isinstance(watched, QWidget) and watched.isWindow():
            if not self._is_ours(watched):
                self._late.append(watched)
                self._late_timer.start()  # not inside the show itself: the native window is shown after this event
        return False

    @staticmethod
    def _is_lock_key(event: QKeyEvent) -> bool:
        return event.key() == LOCK_KEY and (event.modifiers() & _CHORD) == LOCK_MODIFIERS

    def _is_ours(self, widget: QWidget) -> bool:
        """The lock screen and anything opened from it (its field's context menu)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self.screen:
                return True
            current = current.parentWidget()
        return False

    # --- locking ---------------------------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked or not self._running:
            return
        self._locked = True
        self._timer.stop()
        idle_minutes = self._idle_ms / 60_000 if self._idle_lock else None
        self._idle_lock = False
        QToolTip.hideText()
        for _ in range(10):  # menus, combo lists, completers (nested ones too)
            if (popup := QApplication.activePopupWidget()) is None:
                break
            popup.close()
        self._active = QApplication.activeWindow()
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and w is not self.screen and not self._is_ours(w)]  # fmt: skip
        anchor = next((w for w in windows if w is self.parent()), None)

        screen = self.screen
        open_forms = sum(1 for w in windows if isinstance(w, QDialog) and not isinstance(w, QMessageBox))
        screen.prepare(idle_minutes, open_forms)
        # Shown before the others hide, so there is always a window; application-modal, so nothing else takes input.
        if anchor is not None and anchor.isMinimized():
            screen.showMinimized()  # they work in another program: the lock waits in the taskbar, never pops up
        elif anchor is not None and (anchor.isMaximized() or anchor.isFullScreen()):
            screen.showMaximized()
        else:
            if anchor is not None:
                screen.setGeometry(anchor.geometry())
            elif not screen.testAttribute(Qt.WidgetAttribute.WA_Resized):
                screen.resize(1024, 700)
            screen.show()
        if not screen.isMinimized():
            screen.raise_()
            screen.activateWindow()
        screen.password.setFocus(Qt.FocusReason.OtherFocusReason)
        for window in windows:
            self._hide(window)
        self.locked.emit()

    def _hide(self, window: QWidget) -> None:
        if not shiboken6.isValid(window) or not window.isVisible():
            return
        if window.windowType() not in _RESTORABLE:
            window.hide()
            return
        if isinstance(window, QDialog) and window.windowModality() == Qt.WindowModality.ApplicationModal:
            self._answer_safely(window)  # a blocking question (exec()): hiding would end it anyway
            return
        entry = _Hidden(window, window.focusWidget())
        if isinstance(window, QDialog):
            entry.connection = window.finished.connect(lambda _result, e=entry: setattr(e, "finished", True))
        self._hidden.append(entry)
        window.hide()

    @staticmethod
    def _answer_safely(dialog: QDialog) -> None:
        escape = dialog.escapeButton() if isinstance(dialog, QMessageBox) else None
        if escape is not None:
            escape.click()
        else:
            QDialog.done(dialog, QDialog.DialogCode.Rejected)  # the base class: no "are you sure?" of its own
        dialog.hide()

    def _hide_late(self) -> None:
        late, self._late = self._late, []
        if not self._locked:
            return
        for window in late:
            if shiboken6.isValid(window) and not any(h.window is window for h in self._hidden):
                self._hide(window)

    # --- unlocking -------------------------------------------------------------------------------------

    def _try_unlock(self) -> None:
        if not self._locked or self._checking:
            return
        screen = self.screen
        password = screen.password.text()
        screen.password.clear()  # from here on it lives only in the one call that checks it
        if not password:
            screen.tell(self.tr("Type your password to unlock."))
            screen.password.setFocus()
            return
        self._checking = True
        screen.set_checking(True)
        screen.message.hide()
        check = self.check
        Op(self, lambda: check(password)).success(lambda _ok: self._confirmed()).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        if not self._locked:
            return
        self.screen.set_checking(False)
        if isinstance(exc, InvalidInput):  # desk.auth says "Unknown user or wrong password": the user is known here
            self.screen.tell(self.tr("Wrong password for {name}. Type it again.").format(name=self._actor.full_name))
        else:
            self.screen.tell(failure_text(exc))  # the database out of reach: it stays locked, and says why
        self.screen.password.clear()
        self.screen.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirmed(self) -> None:
        self._checking = False
        if self._locked:
            self.unlock()

    def unlock(self) -> None:
        """Give everything back as it was. Called once the password is confirmed (tests may call it directly)."""
        if not self._locked:
            return
        self._late_timer.stop()
        self._late = []  # a window that appeared a moment ago and was not hidden yet simply stays
        hidden, self._hidden = self._hidden, []
        for entry in hidden:
            if entry.connection is not None and shiboken6.isValid(entry.window):
                QObject.disconnect(entry.connection)  # type: ignore[arg-type]
        alive = [h for h in hidden if shiboken6.isValid(h.window) and not h.finished]
        alive.sort(key=lambda h: (isinstance(h.window, QDialog), _depth(h.window)))  # parents before their dialogs
        self._locked = False
        for entry in alive:
            entry.window.show()
        self.screen.dismiss()  # after: there is always a window on screen
        windows = [h.window for h in alive]
        active = next((w for w in windows if w is self._active), None)
        if active is None and windows:
            active = windows[-1]  # the innermost dialog, else the main window
        self._active = None
        if active is not None:
            active.raise_()
            active.activateWindow()
        for entry in sorted(alive, key=lambda h: h.window is active):  # the active window's cursor last
            focus = entry.focus
            if focus is not None and shiboken6.isValid(focus) and focus.isVisibleTo(entry.window):
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restart_clock()
        self.unlocked.emit()


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth

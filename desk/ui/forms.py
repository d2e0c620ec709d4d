"""What every form dialog of the desk does the same way: Enter never submits half a form, and closing with
typed text asks first, with buttons that say what they do."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desk.db import Database
from desk.drafts import Draft, DraftRefused, DraftStore
from desk.enums import Channel, StoreKind
from desk.errors import DatabaseUnavailable
from desk.ui.context import DeskContext
from desk.ui.ops import Op
from desk.ui.wording import spoken


def error_label(parent: QWidget) -> QLabel:
    """The red line above a form's buttons that says why a save was refused (hidden until then)."""
    label = QLabel(parent)
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # so it can be copied to support
    label.hide()
    return label


def clear_default_buttons(dialog: QWidget) -> None:
    """QDialogButtonBox makes its first accept button the default when shown, so Enter in any one-line field
    would submit. Call from showEvent: only the button itself and Ctrl+Enter submit."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def confirm_discard(parent: QWidget, text: str) -> bool:
    """True when the agent chooses to throw away what they typed; "Keep editing" is the safe default."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    discard = box.addButton(translate("forms", "Discard what I typed"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("forms", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)  # fmt: skip
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def default_channel(store_kind: StoreKind | None) -> Channel:
    """Staff in a shop mostly log walk-ins; everyone else (call centre, web shop, unknown) mostly calls."""
    return Channel.STORE if store_kind == StoreKind.STORE else Channel.PHONE


# --- drafts and the database going away ---------------------------------------------------------------------
# What an agent types is kept on this computer (desk.drafts) while they type, offered back when the same form is
# opened for the same customer again, and removed once it is saved or discarded. When a save finds the database
# out of reach, the form stays open with everything typed, says so, and asks the database in the background
# every few seconds whether it answers again; it never resubmits by itself (a save cut off at its commit may
# have landed), the agent presses the button again.

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 400  # after the last keystroke
PROBE_MS = 4000  # between two questions to a database out of reach


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def set_form_message(label: QLabel, text: str, *, error: bool = True) -> None:
    """The line above a form's buttons: red when something was refused, grey when it only informs."""
    label.setProperty("error", error)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.show()


def select_data(combo: Any, value: object) -> bool:
    """Choose the item of a combo box whose data is `value` (from a draft: it may no longer exist)."""
    index = combo.findData(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def unreachable_text(kept: bool, problem: str = "") -> str:
    """What a form says when its save found the database out of reach."""
    if kept:
        return translate("forms", "The database cannot be reached right now. Nothing was saved. What you typed is kept on this "
                   "computer: it comes back even if this window or the desk is closed.")  # fmt: skip
    return translate("forms", "The database cannot be reached right now. Nothing was saved, and what you typed could not be kept "
               "on this computer either ({problem}). Keep this window open.").format(
        problem=problem or "?")  # fmt: skip


def restored_text(saved_at: datetime, now: datetime | None = None) -> str:
    local = saved_at.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    if local.date() == today:
        return translate("forms", "Restored what you typed at {time}; it has not been saved yet.").format(
            time=local.strftime("%H:%M"))  # fmt: skip
    return translate("forms", "Restored what you typed on {day} at {time}; it has not been saved yet.").format(
        day=local.strftime("%d/%m/%Y"), time=local.strftime("%H:%M"))  # fmt: skip


class DraftKeeper(QObject):
    """Keeps what is typed in one form as a local draft, DRAFT_DELAY_MS after the last change.

    The dialog calls `changed()` from every edit; nothing is written until `arm()`, so building the form or
    filling a restored draft in never overwrites the draft on disk with a half-built form. `collect()` returns
    the form's fields as plain data, or None when nothing worth keeping is typed (the draft is then removed).
    A draft that cannot be written is logged and said in `problem`; the form itself never fails because of it.
    """

    stored = Signal()  # the file now matches the form (written, or removed because the form is empty)

    def __init__(self, parent: QWidget, ctx: DeskContext, form: str, subject: str,
                 collect: Callable[[], dict[str, Any] | None]) -> None:  # fmt: skip
        super().__init__(parent)
        self._store = DraftStore.for_user(ctx.actor.username, ctx.config.data_dir)
        self._form, self._subject, self._collect = form, subject, collect
        self.path = self._store.path(form, subject)
        self._armed = False
        self.kept_at: datetime | None = None  # when the draft on disk was written by this form
        self.problem = ""  # why the last write failed ("" when it did not)
        # Property keywords in QTimer's constructor corrupt a refcount in PySide6 6.12: set them one by one.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.store_now)

    def load(self) -> Draft | None:
        """The draft left by an earlier window for this form and subject (None: none, or not usable)."""
        draft = self._store.load(self._form, self._subject)
        if draft is not None:
            self.kept_at = draft.saved_at
        return draft

    def arm(self) -> None:
        self._armed = True

    def changed(self, *_args: object) -> None:
        if self._armed:
            self.timer.start()  # restarts: only a pause in typing writes

    def store_now(self) -> bool:
        """Write the form as it is now; True when what is on screen is on disk."""
        self.timer.stop()
        if not self._armed:
            return False
        fields = self._collect()
        if fields is None:
            self._store.discard(self._form, self._subject)
            self.kept_at, self.problem = None, ""
            self.stored.emit()
            return False
        try:
            draft = self._store.save(self._form, self._subject, fields)
        except DraftRefused as exc:
            self.problem = spoken(exc)
            log.info("Draft %s not kept: %s", self.path.name, exc)
            return False
        except OSError as exc:
            self.problem = translate("forms", "this computer refused to write it: {reason}").format(reason=exc.strerror or exc)
            log.warning("Draft %s could not be written: %s", self.path, exc)
            return False
        self.kept_at, self.problem = draft.saved_at, ""
        self.stored.emit()
        return True

    def discard(self) -> None:
        """Remove the draft (the agent threw it away); later edits are kept again."""
        self.timer.stop()
        self._store.discard(self._form, self._subject)
        self.kept_at = None

    def finish(self) -> None:
        """The form was saved to the database (or closed on purpose): remove the draft and keep nothing more."""
        self._armed = False
        self.discard()


class DraftBanner(QFrame):
    """The line at the top of a form filled in from a draft: when it was typed, and a way to throw it away."""

    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.note = QLabel(self)
        self.note.setObjectName("draftNote")
        self.note.setWordWrap(True)
        self.discard_button = QPushButton(translate("forms", "Discard the draft"), self)
        self.discard_button.setObjectName("draftDiscard")
        self.discard_button.setToolTip(translate("forms", "Empty the form: what was typed earlier is thrown away"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discardRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.discard_button)
        self.hide()

    def show_restored(self, saved_at: datetime) -> None:
        self.note.setText(restored_text(saved_at))
        self.show()


class DatabaseWatch(QLabel):
    """The grey line under a form whose save found the database out of reach: asks the database, off the GUI
    thread, every PROBE_MS whether it answers again, and says so ("The database is back: press Save again").
    It never saves by itself: a save cut off at its commit may have landed, so the agent decides."""

    back = Signal()

    def __init__(self, db: Database, button: QPushButton, error: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setProperty("error", False)
        self.setWordWrap(True)
        self.hide()
        self._db, self._button, self._error = db, button, error
        self._seq = 0  # an answer to an earlier watch (or after stop) is dropped
        self.watching = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # the next question only after the last one was answered
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._ask)

    def start(self) -> None:
        self._seq += 1
        self.watching = True
        self.setText(translate("forms", "The desk checks every few seconds whether the database answers again."))
        self.show()
        self.timer.start()

    def stop(self) -> None:
        """A new save is under way (or the form is done): its answer speaks now."""
        self._seq += 1
        self.watching = False
        self.timer.stop()
        self.hide()

    def _ask(self) -> None:
        seq, db = self._seq, self._db
        Op(self, db.current_revision).success(lambda _revision: self._answered(seq)).failure(
            lambda exc: self._unanswered(seq, exc)
        ).run()

    def _answered(self, seq: int) -> None:
        if seq != self._seq or not self.watching:
            return
        self.watching = False
        self._error.hide()  # it said the database cannot be reached: no longer true
        action = self._button.text().replace("&", "")
        self.setText(translate("forms", "The database is back: press {action} again.").format(action=action))
        self.back.emit()

    def _unanswered(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq or not self.watching:
            return
        if not isinstance(exc, DatabaseUnavailable):
            log.warning("Database check failed: %s", exc)
        self.setText(translate("forms", "Still out of reach at {time}; the desk checks again every few seconds.").format(
            time=datetime.now().strftime("%H:%M:%S")))  # fmt: skip
        self.timer.start()

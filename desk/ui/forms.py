"""What every form dialog of the desk does the same way: Enter never submits half a form, and closing with
typed text asks first, with buttons that say what they do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from desk.enums import Channel, StoreKind


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
    tr = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    discard = box.addButton(tr("forms", "Discard what I typed"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("forms", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def default_channel(store_kind: StoreKind | None) -> Channel:
    """Staff in a shop mostly log walk-ins; everyone else (call centre, web shop, unknown) mostly calls."""
    return Channel.STORE if store_kind == StoreKind.STORE else Channel.PHONE

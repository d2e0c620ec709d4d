"""Starting the desk again: how a changed language (which the screens take at start) applies without hunting for the
program. What was typed in open forms is kept as a draft (desk.drafts) and offered back; the person signs in again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def this_program() -> tuple[str, list[str]]:
    """The command that started this desk: the built program itself, or Python with the `desk` script."""
    if getattr(sys, "frozen", False):  # the one-folder build (PyInstaller): the executable is the desk
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.argv)


def start_again() -> bool:
    """Start a new desk process, detached; True when it started."""
    program, arguments = this_program()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def ask_restart(parent: QWidget, language: str) -> bool:
    """Whether to restart now for `language` (its own name: "Català"); "Later" is the default. Tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("restart", "Language"), translate(
        "restart", "The desk speaks {language} from its next start. Restart it now? What you typed in open forms is "
        "kept and offered back; you sign in again.").format(language=language),
        QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    now = box.addButton(translate("restart", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("restart", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now

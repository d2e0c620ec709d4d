"""Opening and printing a case's documents from any screen.

The bytes are read (and their checksum checked) on the database worker; the file is written to the desk's
"opened" folder and handed to the system's viewer (Word, LibreOffice, an image viewer), from which the agent
prints. On Windows "Print" sends it to the default printer directly. `launch` is the one place that talks
to the operating system, so tests replace it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desk.case_letters import generate_letter
from desk.documents import DocumentInfo, document_content, safe_filename
from desk.errors import DeskError
from desk.ui.context import DeskContext
from desk.ui.ops import Op, show_failure

OPENED_FOLDER = "opened documents"
Done = Callable[[Path, str], None]  # the local copy, and a note for the agent


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def opened_folder(ctx: DeskContext) -> Path:
    return ctx.config.data_dir / OPENED_FOLDER


def write_copy(folder: Path, info: DocumentInfo, content: bytes) -> Path:
    """A local copy to open; named after the document (with its id, so two letters never overwrite)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_filename(f"{info.id} {info.filename}")
    path.write_bytes(content)
    return path


def launch(path: Path, print_it: bool) -> str:
    """Hand the file to the system; returns what the agent should know (empty when nothing)."""
    if print_it and sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return ""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise OSError(translate("documents", "no program on this computer opens {kind} files").format(kind=path.suffix or "these"))
    return translate("documents", "Opened in your word processor: print it from there (Ctrl+P).") if print_it else ""


def open_document(parent: QObject, ctx: DeskContext, document_id: int, *, print_it: bool = False,
                  done: Done | None = None) -> None:  # fmt: skip
    """Read the document off the GUI thread, then open (or print) the local copy."""
    folder = opened_folder(ctx)

    def read() -> Path:
        info, content = document_content(ctx.db, document_id)
        return write_copy(folder, info, content)

    Op(parent, read).success(lambda path: _launched(parent, path, print_it, done)).run()


def print_letter(parent: QObject, ctx: DeskContext, case_id: int, kind: str, *, print_it: bool = True,
                 customer_id: int | None = None, done: Done | None = None) -> None:  # fmt: skip
    """Generate a letter for the case (stored with it), then open or print it."""
    folder = opened_folder(ctx)

    def make() -> Path:
        info = generate_letter(ctx.db, ctx.actor, case_id, kind)
        stored, content = document_content(ctx.db, info.id)
        return write_copy(folder, stored, content)

    announce = {"case": case_id} | ({"customer": customer_id} if customer_id else {})
    Op(parent, make).success(lambda path: _launched(parent, path, print_it, done)).announce(announce).run()


def _launched(parent: QObject, path: Path, print_it: bool, done: Done | None) -> None:
    try:
        note = launch(path, print_it)
    except OSError as exc:  # no viewer for .docx, no default printer: say so, and where the file is
        note = translate("documents", "The computer could not open {name} ({why}). It is saved in {folder}.").format(
            name=path.name, why=exc, folder=path.parent)  # fmt: skip
        if done is None:
            show_failure(parent, DeskError(note))
            return
    if done is not None:
        done(path, note)
    elif note and isinstance(parent, QWidget):
        window = parent.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(note, 8000)

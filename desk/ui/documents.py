"""Opening and printing a case's documents from any screen.

The bytes are read (and their checksum checked) on the database worker; the file is written to the desk's
"opened" folder and handed to the system's viewer (Word, LibreOffice, an image viewer). "Print" sends it to the
printer chosen in the settings (Settings.printer, "" for the system's default) directly where the computer can:
on Windows through the file's own program (the "printto" verb, or "print" for the default printer); elsewhere through
LibreOffice run headless, in a process of its own so the GUI never waits for it. Where neither is possible the file
opens in the word processor and the agent prints from there. `launch` is the one place that talks to the operating
system, so tests replace it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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


def launch(path: Path, print_it: bool, printer: str = "") -> str:
    """Hand the file to the system; returns what the agent should know (empty when nothing).

    `printer`: where "print" goes, "" for the system's default printer."""
    if print_it and sys.platform == "win32":
        if printer:  # ShellExecute's "printto" verb: the program that prints the file gets the printer's name
            os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined]  # Windows only
        else:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return sent_note(printer)
    if print_it and (office := office_program()):
        command = [office, "--headless", "--norestore", *(["--pt", printer] if printer else ["-p"]), str(path)]
        _printing.append(subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))  # fmt: skip  # never waited for here
        _printing[:] = [process for process in _printing if process.poll() is None]  # the finished ones, reaped
        return sent_note(printer)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise OSError(translate("documents", "no program on this computer opens {kind} files").format(kind=path.suffix or "these"))
    if not print_it:
        return ""
    if printer:
        return translate("documents", "Opened in your word processor: print it from there (Ctrl+P) on {printer}.").format(
            printer=printer)  # fmt: skip
    return translate("documents", "Opened in your word processor: print it from there (Ctrl+P).")


def office_program() -> str:
    """LibreOffice's program, when this computer has it on its path ("" when not): it prints without a window."""
    return shutil.which("soffice") or shutil.which("libreoffice") or ""


def sent_note(printer: str) -> str:
    if printer:
        return translate("documents", "Sent to printer {name}.").format(name=printer)
    return translate("documents", "Sent to the default printer.")


_printing: list[subprocess.Popen[bytes]] = []  # LibreOffice processes still printing (kept, so they can be reaped)


def open_document(parent: QObject, ctx: DeskContext, document_id: int, *, print_it: bool = False,
                  done: Done | None = None) -> None:  # fmt: skip
    """Read the document off the GUI thread, then open (or print) the local copy, on the printer of the settings."""
    folder = opened_folder(ctx)

    def read() -> Path:
        info, content = document_content(ctx.db, document_id)
        return write_copy(folder, info, content)

    Op(parent, read).success(lambda path: _launched(parent, path, print_it, done, ctx.printer)).run()


def print_letter(parent: QObject, ctx: DeskContext, case_id: int, kind: str, *, print_it: bool = True,
                 customer_id: int | None = None, done: Done | None = None) -> None:  # fmt: skip
    """Generate a letter for the case (stored with it), then open or print it, on the printer of the settings."""
    folder = opened_folder(ctx)

    def make() -> Path:
        info = generate_letter(ctx.db, ctx.actor, case_id, kind)
        stored, content = document_content(ctx.db, info.id)
        return write_copy(folder, stored, content)

    announce = {"case": case_id} | ({"customer": customer_id} if customer_id else {})
    Op(parent, make).success(lambda path: _launched(parent, path, print_it, done, ctx.printer)).announce(announce).run()


def _launched(parent: QObject, path: Path, print_it: bool, done: Done | None, printer: str = "") -> None:
    try:
        note = launch(path, print_it, printer)
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

"""Opening a document: a computer without a program for it says so, and where the file is. Printing: the file goes to
the printer chosen in the settings, directly where the computer can (Windows, LibreOffice), or through the word
processor."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from desk.enums import Channel
from desk.ui import documents
from desk.ui.context import DeskContext
from desk.ui.settings import Settings
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - ctx and settings are fixtures


def test_a_failed_open_is_an_error_naming_the_saved_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(documents, "office_program", lambda: "")  # no LibreOffice to print with: the viewer opens it
    path = tmp_path / "R-2026-000001 Return receipt (es).docx"
    path.write_bytes(b"PK")
    with pytest.raises(OSError, match="no program on this computer opens .docx files"):
        documents.launch(path, print_it=True)
    notes: list[str] = []
    documents._launched(None, path, True, lambda _path, note: notes.append(note))  # type: ignore[arg-type]
    assert notes == [f"The computer could not open {path.name} (no program on this computer opens .docx files). "
                     f"It is saved in {tmp_path}."]  # fmt: skip


def test_a_successful_open_to_print_says_where_to_print(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(documents, "office_program", lambda: "")
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK")
    note = documents.launch(path, print_it=True)
    assert opened == [str(path)] and "print it from there" in note


# --- printing to the printer chosen in the settings -----------------------------------------------------------


class FakePopen:
    """subprocess.Popen's stand-in: records the command, and the process is "still printing"."""

    commands: list[list[str]] = []

    def __init__(self, command: list[str], **_kwargs: object) -> None:
        FakePopen.commands.append(command)

    def poll(self) -> int | None:
        return None


@pytest.fixture
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the word processor (QDesktopServices), instead of opening it."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    return opened


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "R-2026-000001 Return receipt (es).docx"
    path.write_bytes(b"PK")
    return path


@pytest.mark.parametrize(("printer", "command", "note"), [
    ("Counter laser", ("printto", '"Counter laser"'), "Sent to printer Counter laser."),
    ("", ("print",), "Sent to the default printer."),
])  # fmt: skip
def test_on_windows_the_file_goes_to_the_chosen_printer(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, letter: Path, no_viewer: list[str], printer: str, command: tuple[str, ...],
    note: str, qtbot,
) -> None:
    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(documents.sys, "platform", "win32")
    monkeypatch.setattr(documents.os, "startfile", lambda *args: started.append(args), raising=False)
    monkeypatch.setattr(documents.subprocess, "Popen", FakePopen)
    FakePopen.commands = []
    assert documents.launch(letter, print_it=True, printer=printer) == note
    assert started == [(str(letter), *command)]
    assert no_viewer == [] and FakePopen.commands == []


@pytest.mark.parametrize("program", ["soffice", "libreoffice"])
@pytest.mark.parametrize(("printer", "options", "note"), [
    ("Counter laser", ["--pt", "Counter laser"], "Sent to printer Counter laser."),
    ("", ["-p"], "Sent to the default printer."),
])  # fmt: skip
def test_elsewhere_libreoffice_prints_headless_without_waiting(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, letter: Path, no_viewer: list[str], program: str, printer: str,
    options: list[str], note: str, qtbot,
) -> None:
    monkeypatch.setattr(documents.sys, "platform", "linux")
    monkeypatch.setattr(documents.shutil, "which", lambda name: f"/usr/bin/{name}" if name == program else None)
    monkeypatch.setattr(documents.subprocess, "Popen", FakePopen)
    FakePopen.commands = []
    assert documents.launch(letter, print_it=True, printer=printer) == note
    assert FakePopen.commands == [[f"/usr/bin/{program}", "--headless", "--norestore", *options, str(letter)]]
    assert no_viewer == []
    FakePopen.commands = []
    assert documents.launch(letter, print_it=False, printer=printer) == ""  # opening is not printing
    assert FakePopen.commands == [] and no_viewer == [str(letter)]


def test_without_a_way_to_print_directly_the_word_processor_opens_and_the_printer_is_named(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, letter: Path, no_viewer: list[str], qtbot
) -> None:
    monkeypatch.setattr(documents.sys, "platform", "linux")
    monkeypatch.setattr(documents.shutil, "which", lambda name: None)
    monkeypatch.setattr(documents.subprocess, "Popen", FakePopen)
    FakePopen.commands = []
    note = documents.launch(letter, print_it=True, printer="Counter laser")
    assert note == "Opened in your word processor: print it from there (Ctrl+P) on Counter laser."
    assert documents.launch(letter, print_it=True) == "Opened in your word processor: print it from there (Ctrl+P)."
    assert no_viewer == [str(letter), str(letter)] and FakePopen.commands == []


def test_a_printer_that_cannot_start_is_said_with_where_the_file_is(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, letter: Path, qtbot
) -> None:
    def refuse(command: list[str], **_kwargs: object) -> None:
        raise PermissionError("permission denied")

    monkeypatch.setattr(documents.sys, "platform", "linux")
    monkeypatch.setattr(documents.shutil, "which", lambda name: "/usr/bin/soffice" if name == "soffice" else None)
    monkeypatch.setattr(documents.subprocess, "Popen", refuse)
    notes: list[str] = []
    documents._launched(None, letter, True, lambda _path, note: notes.append(note), "Counter laser")  # type: ignore[arg-type]
    assert notes == [f"The computer could not open {letter.name} (permission denied). It is saved in {letter.parent}."]


def test_a_case_letter_goes_to_the_printer_of_the_settings_read_when_printing(  # type: ignore[no-untyped-def]
    ctx: DeskContext, settings: Settings, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from desk.enums import CaseState
    from desk.ui.cases import CaseWindow
    from desk.warranty import ClaimRequest, open_claim
    from tests.factories import make_customer, make_order, make_product

    launched: list[tuple[bool, str]] = []
    monkeypatch.setattr(documents, "launch", lambda path, print_it, printer="": launched.append((print_it, printer)) or "")
    customer = make_customer(ctx.db, ctx.actor, "Núria Puig")
    washer = make_product(ctx.db, "GRA-1", "Lavadora Bosch Serie 6", "649.00", serialised=True)
    (line,) = make_order(ctx.db, ctx.actor.store_id, customer, "PED-2", datetime.now(timezone.utc) - timedelta(days=40),
                         [(washer, 1, "649.00", "WM-1")])  # fmt: skip
    case_id = open_claim(ctx.db, ctx.actor, ClaimRequest(customer, Channel.STORE, "No centrifuga", line, "WM-1")).case_id
    settings.printer = "Counter laser"
    window = CaseWindow(replace(ctx, settings=settings), case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.state == CaseState.RECEIVED, timeout=5000)
    wait_idle(qtbot)
    window.letter_buttons["warranty_intake"].click()
    qtbot.waitUntil(lambda: len(launched) == 1, timeout=5000)
    settings.printer = ""  # changed in the settings meanwhile: the next print goes to the default printer
    window.letter_buttons["warranty_intake"].click()
    qtbot.waitUntil(lambda: len(launched) == 2, timeout=5000)
    wait_idle(qtbot)
    assert launched == [(True, "Counter laser"), (True, "")]
    assert DeskContext(ctx.db, ctx.actor, ctx.config).printer == ""  # no settings: the system's default

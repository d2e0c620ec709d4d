"""Opening a document: a computer without a program for it says so, and where the file is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from desk.ui import documents


def test_a_failed_open_is_an_error_naming_the_saved_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
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
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK")
    note = documents.launch(path, print_it=True)
    assert opened == [str(path)] and "print it from there" in note

"""Photos and files that go with a claim: picked now, read when the claim is saved.

Sizes and the count are checked the moment a file is picked (against the limits of desk.documents), so the
agent hears "too large" while the customer is still at the counter, not after typing the whole claim. The
bytes are read only by `read_attachments`, inside the save's Op, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desk.documents import MAX_ATTACHMENT, MAX_ATTACHMENTS, NewAttachment
from desk.errors import InvalidInput
from desk.ui.warranty.item_picker import hint

MB = 1024 * 1024


@dataclass(frozen=True)
class PickedFile:
    path: Path
    size: int


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def file_size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{max(1, round(size / 1024))} KB"


def check_files(current: Sequence[PickedFile], paths: Sequence[str]) -> tuple[list[PickedFile], list[str]]:
    """Which of `paths` may join the claim, and why each of the others may not (one sentence each)."""
    taken = {f.path for f in current}
    accepted: list[PickedFile] = []
    problems: list[str] = []
    for text in paths:
        path = Path(text)
        if path in taken:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            problems.append(translate("attachments", "{name} cannot be read.").format(name=path.name))
            continue
        if size == 0:
            problems.append(translate("attachments", "{name} is empty.").format(name=path.name))
        elif size > MAX_ATTACHMENT:
            problems.append(translate("attachments", "{name} is {size:.1f} MB, larger than {limit} MB: send a smaller photo.").format(
                name=path.name, size=size / MB, limit=MAX_ATTACHMENT // MB))  # fmt: skip
        elif len(current) + len(accepted) >= MAX_ATTACHMENTS:
            problems.append(translate("attachments", "A claim holds at most {limit} files: {name} was left out.").format(
                limit=MAX_ATTACHMENTS, name=path.name))  # fmt: skip
        else:
            accepted.append(PickedFile(path, size))
            taken.add(path)
    return accepted, problems


def read_attachments(files: Sequence[PickedFile]) -> tuple[NewAttachment, ...]:
    """Runs on the worker, inside the save: the bytes as they are now (a file may have changed since)."""
    out = []
    for picked in files:
        try:
            content = picked.path.read_bytes()
        except OSError:
            raise InvalidInput(f"{picked.path.name} cannot be read any more: remove it or pick it again.") from None
        out.append(NewAttachment(picked.path.name, content))
    return tuple(out)


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files: list[PickedFile] = []
        self.add_button = QPushButton(self.tr("Add photos or fi&les…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the chosen file (Delete)"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter elsewhere must never open a file dialog
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_current)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setFixedHeight(58)
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.list.hide()
        self.note = QLabel(self)
        self.note.setObjectName("claimHint")
        self.note.setWordWrap(True)
        self.note.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.note)

    def pick(self) -> None:
        file_filter = self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;All files (*)")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos or files for the claim"), "", file_filter)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> None:
        accepted, problems = check_files(self.files, paths)
        for picked in accepted:
            self.files.append(picked)
            self.list.addItem(f"{picked.path.name}  ({file_size(picked.size)})")
        self.list.setVisible(bool(self.files))
        hint(self.note, " ".join(problems), "error" if problems else "")
        if accepted:
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.list.takeItem(row)
            self.list.setVisible(bool(self.files))
            hint(self.note, "")
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

"""A tile: a caption above a figure, with an optional quieter note below (the customer header, the service
figures). Styled by resources/style.qss (#tile, #tileCaption, #tileValue, #tileNote)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Tile(QFrame):
    """A caption above a figure, with an optional quieter note below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = QLabel(caption.upper(), self)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel("", self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set(self, value: str, note: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setProperty("alert", alert)
        self.style().polish(self)
        self.value.style().polish(self.value)

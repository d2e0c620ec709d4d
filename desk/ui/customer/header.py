"""The customer 360 header: who the customer is and what they are worth, at a glance.

A widget of plain data: `show_header(CustomerHeader)`; the customer view decides when to load it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.customer360 import CustomerHeader
from desk.enums import ContactKind, LoyaltyTier
from desk.ui.formatting import (
    channel_label,
    contact_kind_label,
    format_amounts,
    format_date,
    format_when,
    language_label,
    tier_label,
)
from desk.ui.tiles import Tile


class CustomerHeaderWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHeader")
        self.name = QLabel(self)
        self.name.setObjectName("customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)
        self.facts = QLabel(self)  # number · tier · since · language
        self.facts.setObjectName("customerFacts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts = QLabel(self)
        self.contacts.setObjectName("customerContacts")
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.spend = Tile(self.tr("Lifetime spend"), self)
        self.orders = Tile(self.tr("Orders"), self)
        self.open_cases = Tile(self.tr("Open cases"), self)
        self.goodwill = Tile(self.tr("Goodwill, last 12 months"), self)
        self.contacts_tile = Tile(self.tr("Contacts"), self)
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(8)
        for column, (tile, stretch) in enumerate(
            [(self.spend, 3), (self.orders, 2), (self.open_cases, 2), (self.goodwill, 3), (self.contacts_tile, 3)]
        ):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, stretch)

        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.name)
        top.addWidget(self.facts)
        top.addWidget(self.contacts)
        self._top_row = QHBoxLayout()
        self._top_row.addLayout(top, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._top_row)
        layout.addLayout(tiles)

    def add_action_widget(self, widget: QWidget) -> None:
        """Room at the top right for the view's buttons (e.g. "Log a contact")."""
        self._top_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def show_header(self, h: CustomerHeader) -> None:
        self.name.setText(h.full_name)
        facts = [h.customer_number]
        if h.is_company:
            facts.append(self.tr("Company"))
        if h.loyalty_tier != LoyaltyTier.NONE:
            facts.append(tier_label(h.loyalty_tier))
        facts.append(self.tr("Customer since {date}").format(date=format_date(h.customer_since)))
        facts.append(language_label(h.preferred_language))
        self.facts.setText("  ·  ".join(facts))
        self.contacts.setText(self._contact_text(h))

        self.spend.set(format_amounts(h.lifetime_spend) if h.lifetime_spend else self.tr("None yet"))
        self.orders.set(str(h.order_count))
        self.open_cases.set(str(h.open_cases), alert=h.open_cases > 0)
        goodwill = format_amounts(h.goodwill_12m) if h.goodwill_12m else self.tr("None")
        self.goodwill.set(goodwill, alert=bool(h.goodwill_12m))
        total = sum(h.contacts_by_channel.values())
        by_channel = ", ".join(
            f"{channel_label(channel)}\u00a0{count}"  # never split a channel from its count
            for channel, count in sorted(h.contacts_by_channel.items(), key=lambda item: (-item[1], item[0]))
        )
        last = self.tr("last {when}").format(when=format_when(h.last_contact_at)) if h.last_contact_at else ""
        self.contacts_tile.set(str(total), "\n".join(part for part in (by_channel, last) if part))

    def _contact_text(self, h: CustomerHeader) -> str:
        if not h.contact_points:
            return self.tr("No phone, email or address on file")
        order = {ContactKind.PHONE: 0, ContactKind.EMAIL: 1, ContactKind.ADDRESS: 2}
        points = sorted(h.contact_points, key=lambda p: (order[p.kind], not p.is_primary))
        return "    ".join(f"{contact_kind_label(p.kind)}: {p.value}" for p in points)

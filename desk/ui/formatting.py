"""How the desk writes dates, money and vocabulary for people: one place, so every screen says it the same way.

Plain functions of plain data (no widgets), so they are tested without a window.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

from desk.enums import Channel, ContactKind, Direction, EventKind, LoyaltyTier


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def local_time(moment: datetime) -> datetime:
    """A stored UTC moment in the workstation's zone."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: stored times are UTC-aware")
    return moment.astimezone()


def format_when(moment: datetime) -> str:
    return local_time(moment).strftime("%d/%m/%Y %H:%M")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_money(amount: Decimal, currency: str) -> str:
    """1234.5 EUR -> "1,234.50 EUR". Decimal in, text out: never through float."""
    return f"{amount.quantize(Decimal('0.01')):,.2f} {currency}"


def format_amounts(amounts: dict[str, Decimal]) -> str:
    """Amounts in several currencies, largest first; "0.00" when there is none."""
    if not amounts:
        return "0.00"
    ordered = sorted(amounts.items(), key=lambda item: (-item[1], item[0]))
    return " + ".join(format_money(amount, currency) for currency, amount in ordered)


def kind_label(kind: EventKind) -> str:
    return {
        EventKind.ORDER: _tr("Order"),
        EventKind.INTERACTION: _tr("Contact"),
        EventKind.CASE: _tr("Case"),
        EventKind.DECISION: _tr("Decision"),
        EventKind.SURVEY: _tr("Survey"),
        EventKind.DOCUMENT: _tr("Document"),
    }[kind]


def channel_label(channel: Channel | None) -> str:
    if channel is None:
        return ""
    return {
        Channel.STORE: _tr("Store"),
        Channel.WEB: _tr("Web"),
        Channel.PHONE: _tr("Phone"),
        Channel.EMAIL: _tr("Email"),
        Channel.CHAT: _tr("Chat"),
        Channel.SOCIAL: _tr("Social"),
    }[channel]


def direction_label(direction: Direction) -> str:
    return {
        Direction.INBOUND: _tr("Inbound: the customer contacted us"),
        Direction.OUTBOUND: _tr("Outbound: we contacted the customer"),
    }[direction]


def tier_label(tier: LoyaltyTier) -> str:
    return {
        LoyaltyTier.NONE: _tr("No tier"),
        LoyaltyTier.SILVER: _tr("Silver"),
        LoyaltyTier.GOLD: _tr("Gold"),
        LoyaltyTier.PLATINUM: _tr("Platinum"),
    }[tier]


def contact_kind_label(kind: ContactKind) -> str:
    return {ContactKind.EMAIL: _tr("Email"), ContactKind.PHONE: _tr("Phone"), ContactKind.ADDRESS: _tr("Address")}[kind]


LANGUAGES = {"es": "Español", "ca": "Català", "en": "English"}


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code)


def describe_database(url: str) -> str:
    """Where the desk's data lives, for the status bar: the SQLite file or the PostgreSQL host and database.

    Never shows a user name or password that the URL may carry.
    """
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return _tr("SQLite file {path}").format(path=path or _tr("in memory"))
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    name = unquote(parts.path.lstrip("/")) or "?"
    return _tr("PostgreSQL {name} on {host}").format(name=name, host=f"{host}{port}")

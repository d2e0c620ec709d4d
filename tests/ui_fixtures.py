"""Shared pieces of the Qt tests (tests/test_ui_*.py): a signed-in context, throwaway settings, data helpers.

Import the fixtures by name in a test module: `from tests.ui_fixtures import ctx, settings  # noqa: F401`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desk.config import Config
from desk.db import Database
from desk.enums import Channel, EventKind, SalesChannel
from desk.models import Product
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.timeline import record_event
from desk.ui.context import DeskContext
from desk.ui.ops import runner
from desk.ui.settings import Settings
from tests.factories import Staff

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def wait_idle(qtbot, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Until every op asked for has delivered its answer (and the callbacks have run)."""
    qtbot.waitUntil(lambda: runner().pending == 0, timeout=timeout)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(db: Database, staff: Staff, qtbot, tmp_path: Path) -> Iterator[DeskContext]:  # type: ignore[no-untyped-def]
    """Ana, an agent of the Barcelona shop, signed in on the test database."""
    config = Config(database_url=db.url, data_dir=tmp_path, phone_region="ES", workstation="tests")
    yield DeskContext(db, staff.agent, config)
    wait_idle(qtbot)  # before the database goes away


def add_events(db: Database, customer_id: int, count: int, start: datetime = T0) -> None:
    """`count` events a minute apart, kinds and channels in turn; titles "event 0" (oldest) ... """
    kinds = [EventKind.ORDER, EventKind.INTERACTION, EventKind.CASE, EventKind.DECISION, EventKind.SURVEY]
    channels = [Channel.STORE, Channel.WEB, Channel.PHONE, Channel.EMAIL]
    with db.write() as s:
        for i in range(count):
            record_event(
                s, customer_id=customer_id, kind=kinds[i % len(kinds)], channel=channels[i % len(channels)],
                occurred_at=start + timedelta(minutes=i), title=f"event {i}", detail=f"detail of event {i}",
                source_table="test", source_id=i,
            )  # fmt: skip


def add_tv_order(db: Database, staff: Staff, customer_id: int, number: str, when: datetime = T0) -> None:
    with db.write() as s:
        product = Product(sku=f"TV-{number}", name="TV 55", category="TV", price=Decimal("499.00"), warranty_months=24)
        s.add(product)
        s.flush()
        line = NewOrderLine(product.id, 1, Decimal("499.00"), serial_number=f"SN{number}")
        add_order(s, NewOrder(number, SalesChannel.STORE, staff.shop_id, when, customer_id, [line]))


# --- a stand-in search for panel tests that need control over timing or results ----------------------------


@dataclass(frozen=True)
class FakeHit:
    customer_id: int
    customer_number: str
    full_name: str
    matched_on: str
    detail: str
    rank: float = 1.0


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def fake_search(people: dict[int, tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A stand-in with the service's shape: name words as prefixes, accents ignored. people: id -> (number, name)."""

    def search(query: str) -> Sequence[FakeHit]:
        words = _fold(query).split()
        return [
            FakeHit(cid, number, name, "name", name)
            for cid, (number, name) in sorted(people.items())
            if all(any(part.startswith(w) for part in _fold(name).split()) for w in words)
        ]

    return search

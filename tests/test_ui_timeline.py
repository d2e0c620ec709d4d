"""The timeline model pages 50 at a time without duplicates, passes Qt's model checks, and filters by kind."""

from __future__ import annotations

import threading

import pytest

from desk.enums import Channel, EventKind
from desk.interactions import ContactForm, log_contact
from desk.timeline import TimelinePage, TimelineRow
from desk.ui.context import DeskContext
from desk.ui.customer.timeline_model import TimelineModel, service_pages
from desk.ui.customer.timeline_panel import TimelinePanel
from tests.factories import make_customer
from tests.ui_fixtures import T0, add_events, ctx, wait_idle  # noqa: F401 - ctx is a fixture

pytestmark = pytest.mark.gui


def test_pages_of_fifty_until_the_end(ctx: DeskContext, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Begoña García")
    add_events(ctx.db, customer, 120)
    model = TimelineModel(service_pages(ctx))
    model.load(customer)
    qtbot.waitUntil(lambda: model.rowCount() == 50)
    assert model.canFetchMore()
    assert model.data(model.index(0, TimelineModel.TITLE)) == "event 119"  # newest first
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 120)
    wait_idle(qtbot)
    assert not model.canFetchMore()
    model.fetchMore()  # nothing left: no request, no change
    wait_idle(qtbot)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == 120
    titles = [model.data(model.index(i, TimelineModel.TITLE)) for i in range(120)]
    assert titles == [f"event {i}" for i in range(119, -1, -1)]
    qtmodeltester.check(model)


def test_the_model_stays_consistent_while_pages_arrive(ctx: DeskContext, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Jordi Puig")
    add_events(ctx.db, customer, 120)
    model = TimelineModel(service_pages(ctx))
    qtmodeltester.check(model)  # stays attached: every reset and insert below is checked
    model.load(customer)  # Qt's tester calls fetchMore after each insert, so it walks every page
    qtbot.waitUntil(lambda: model.rowCount() == 120)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 120)
    wait_idle(qtbot)
    assert len({model.row_at(i).id for i in range(120)}) == 120


def test_one_fetch_at_a_time_and_stale_pages_dropped(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = make_customer(ctx.db, ctx.actor, "Jordi Puig")
    second = make_customer(ctx.db, ctx.actor, "Núria Martí")
    add_events(ctx.db, first, 60)
    add_events(ctx.db, second, 3)
    gate = threading.Event()
    calls: list[int] = []
    real = service_pages(ctx)

    def pages(customer_id, *args) -> TimelinePage:  # type: ignore[no-untyped-def]
        calls.append(customer_id)
        if customer_id == first:
            gate.wait(2)  # the first customer's page is slow
        return real(customer_id, *args)

    model = TimelineModel(pages)
    model.load(first)
    assert not model.canFetchMore()  # its first page is in flight
    model.fetchMore()  # ignored: never two fetches in flight
    model.load(second)  # the agent opened someone else meanwhile
    gate.set()
    wait_idle(qtbot)
    assert calls == [first, second]
    assert model.rowCount() == 3
    assert {model.row_at(i).title for i in range(3)} == {"event 0", "event 1", "event 2"}


def test_choosing_kind_contact_shows_only_contacts(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Martí Vidal")
    add_events(ctx.db, customer, 20)  # 4 of every kind
    log_contact(ctx.db, ctx.actor, customer, ContactForm(Channel.CHAT, "Delivery problem", "Late van", "Resolved"))
    panel = TimelinePanel(TimelineModel(service_pages(ctx)))
    qtbot.addWidget(panel)
    panel.show_customer(customer)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 21)

    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(EventKind.INTERACTION))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    rows: list[TimelineRow] = [panel.model.row_at(i) for i in range(5)]
    assert {r.kind for r in rows} == {EventKind.INTERACTION}
    assert panel.model.data(panel.model.index(0, TimelineModel.KIND)) == "Contact"
    assert panel.model.data(panel.model.index(0, TimelineModel.TITLE)) == "Chat from customer: Delivery problem"

    panel.channel_filter.setCurrentIndex(panel.channel_filter.findData(Channel.CHAT))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert "Late van" in panel.detail.toPlainText()
    assert "Outcome: Resolved" in panel.detail.toPlainText()

    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(EventKind.DOCUMENT))
    qtbot.waitUntil(lambda: panel.status.text() == "Nothing to show with these filters.")
    assert panel.model.rowCount() == 0

"""Search as you type, pick with the keyboard, see the customer: the desk's main flow, and the panel's rules."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from desk.enums import Channel
from desk.interactions import ContactForm, log_contact
from desk.ui.context import DeskContext
from desk.ui.main_window import MainWindow
from desk.ui.search import SearchPanel
from desk.ui.search.panel import DEBOUNCE_MS
from desk.ui.settings import Settings
from tests.factories import Staff, make_customer
from tests.ui_fixtures import (  # noqa: F401 - ctx, settings are fixtures
    FakeHit,
    add_tv_order,
    ctx,
    fake_search,
    settings,
    wait_idle,
)

pytestmark = pytest.mark.gui


def test_type_pick_with_the_keyboard_and_see_the_customer(
    ctx: DeskContext, staff: Staff, settings: Settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    begona = make_customer(ctx.db, ctx.actor, "Begoña García López", phones=["612 34 56 78"],
                           emails=["bego@example.com"])  # fmt: skip
    other = make_customer(ctx.db, ctx.actor, "Begoña Martí Soler")
    make_customer(ctx.db, ctx.actor, "Jordi Puig")
    add_tv_order(ctx.db, staff, begona, "S-100")
    log_contact(ctx.db, ctx.actor, begona, ContactForm(Channel.PHONE, "Delivery problem", "Van late", "Call back"))
    log_contact(ctx.db, ctx.actor, other, ContactForm(Channel.EMAIL, "Invoice question", "VAT", "Resolved"))
    window = MainWindow(ctx, settings)  # the real search service
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Posventa Desk"
    assert "Ana" in window.status_user.text()
    assert window.status_database.text().startswith(("SQLite file", "PostgreSQL"))

    with qtbot.waitSignal(window.search.resultsShown, timeout=5000) as shown:
        qtbot.keyClicks(window.search.box, "begona")  # QTest types ASCII only; accents are folded anyway
    assert shown.args == [2]
    model = window.search.model
    names = [model.hit(i).full_name for i in range(2)]
    assert sorted(names) == ["Begoña García López", "Begoña Martí Soler"]

    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    chosen = model.hit(1)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.customer.customer_id == chosen.customer_id
    header = window.customer.header
    timeline = window.customer.timeline
    if chosen.customer_id == begona:
        assert header.name.text() == "Begoña García López"
        assert "Phone: 612 34 56 78" in header.contacts.text()
        assert header.orders.value.text() == "1"
        assert header.spend.value.text() == "499.00 EUR"
        assert header.contacts_tile.value.text() == "1"
        titles = ["Phone from customer: Delivery problem", "Order S-100: TV 55, 499.00 EUR"]
    else:
        assert header.name.text() == "Begoña Martí Soler"
        assert header.orders.value.text() == "0"
        assert header.contacts_tile.value.text() == "1"
        titles = ["Email from customer: Invoice question"]
    qtbot.waitUntil(lambda: timeline.rowCount() == len(titles))
    assert [timeline.data(timeline.index(i, timeline.TITLE)) for i in range(len(titles))] == titles

    # Escape clears the box; Ctrl+K brings the keyboard back to it from anywhere.
    window.activateWindow()  # shortcuts work in the active window; offscreen, other tests' windows may hold it
    qtbot.waitUntil(window.isActiveWindow)
    window.customer.timeline_panel.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    assert window.search.box.selectedText() == "begona"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    assert window.search.model.rowCount() == 0
    wait_idle(qtbot)


# --- the panel on its own, with a stand-in search --------------------------------------------------------------


@pytest.fixture
def panel(qtbot) -> SearchPanel:  # type: ignore[no-untyped-def]
    people = {1: ("C1", "Begoña García"), 2: ("C2", "Jordi Puig"), 3: ("C3", "Jordina Vidal")}
    widget = SearchPanel(fake_search(people))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_idle(qtbot)


def test_typing_sends_one_query_after_a_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def search(query: str) -> Sequence[FakeHit]:
        asked.append(query)
        return []

    widget = SearchPanel(search)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.resultsShown, timeout=3000):
        qtbot.keyClicks(widget.box, "jordi puig")
    assert asked == ["jordi puig"]
    assert widget.message.text() == "No customer matches “jordi puig”."
    assert widget.timer.interval() == DEBOUNCE_MS


def test_a_slow_answer_to_an_older_query_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    slow = threading.Event()
    people = {1: ("C1", "Jordi Puig"), 2: ("C2", "Jordina Vidal")}
    fast = fake_search(people)

    def search(query: str) -> Sequence[FakeHit]:
        if query == "jord":
            slow.wait(2)
        return fast(query)

    widget = SearchPanel(search)
    qtbot.addWidget(widget)
    widget.box.setText("jord")
    widget._text_edited("jord")
    widget.timer.timeout.emit()  # "jord" is asked and hangs
    widget.box.setText("jordina")
    widget._text_edited("jordina")
    widget.timer.timeout.emit()  # then "jordina"
    slow.set()
    wait_idle(qtbot)
    assert [widget.model.hit(i).full_name for i in range(widget.model.rowCount())] == ["Jordina Vidal"]


def test_enter_right_after_typing_opens_the_first_hit_of_that_text(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.customerChosen, timeout=3000) as chosen:
        qtbot.keyClicks(panel.box, "jordina")  # like a scanner: the text, then Enter at once
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert chosen.args == [3]


def test_arrows_move_in_the_results_and_stop_at_the_ends(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.resultsShown, timeout=3000):
        qtbot.keyClicks(panel.box, "jord")
    assert panel.results.currentIndex().row() == 0
    for key, row in [(Qt.Key.Key_Down, 1), (Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, 0), (Qt.Key.Key_Up, 0)]:
        qtbot.keyClick(panel.box, key)
        assert panel.results.currentIndex().row() == row
    with qtbot.waitSignal(panel.customerChosen, timeout=1000) as chosen:
        qtbot.keyClick(panel.box, Qt.Key.Key_Down)
        qtbot.keyClick(panel.box, Qt.Key.Key_Enter)
    assert chosen.args == [3]


@pytest.mark.parametrize(
    ("matched_on", "detail", "line"),
    [
        ("name", "632 61 17 35", "C0000001 · 632 61 17 35"),
        ("phone", "+34 632 61 17 35", "C0000001 · phone: +34 632 61 17 35"),
        ("email", "bego@example.com", "C0000001 · email: bego@example.com"),
        ("order number", "Order PED-2026-0000013", "C0000001 · Order PED-2026-0000013"),
        ("serial number", "Serial SN123, case W-1", "C0000001 · Serial SN123, case W-1"),
        ("customer number", "", "C0000001"),
        ("name", "Begoña García López", "C0000001"),
        ("case number", "Warranty claim W-2026-000007, received", "C0000001 · Warranty claim W-2026-000007, received"),
    ],
)
def test_the_second_line_says_why_without_repeating_itself(matched_on: str, detail: str, line: str) -> None:
    from desk.ui.search.results import second_line

    assert second_line(FakeHit(1, "C0000001", "Begoña García López", matched_on, detail)) == line

"""Log a contact: saved from the keyboard, on top of the timeline at once; refused saves keep every word typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk import interactions
from desk.enums import Channel, Direction, StoreKind
from desk.errors import DatabaseUnavailable
from desk.interactions import ContactForm, log_contact
from desk.timeline import timeline_page
from desk.ui.context import DeskContext
from desk.ui.customer.log_contact import LogContactDialog, default_channel
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from tests.factories import make_customer
from tests.ui_fixtures import ctx, fake_search, settings, wait_idle  # noqa: F401 - ctx, settings are fixtures

pytestmark = pytest.mark.gui


def test_a_logged_contact_is_at_the_top_at_once(ctx: DeskContext, settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Jordi Puig i Ferrer", phones=["933 00 11 22"])
    log_contact(ctx.db, ctx.actor, customer, ContactForm(Channel.EMAIL, "Invoice question", "VAT number", "Resolved"))
    window = MainWindow(ctx, settings, search=fake_search({customer: ("", "Jordi Puig i Ferrer")}))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    timeline = window.customer.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() == 1)
    assert window.customer.header.contacts_tile.value.text() == "1"

    window.activateWindow()  # shortcuts work in the active window; offscreen, other tests' windows may hold it
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.customer.findChild(LogContactDialog) is not None)  # a button's shortcut animates
    dialog = window.customer.findChild(LogContactDialog)
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.channel.currentData() == Channel.STORE  # Ana works in a shop: a walk-in is likelier
    assert dialog.focusWidget() in (dialog.reason, dialog.reason.lineEdit())  # the first thing to say
    qtbot.keyClicks(dialog.reason.lineEdit(), "Product fault")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.summary
    qtbot.keyClicks(dialog.summary, "TV has no sound since Monday")
    dialog.outcome.setCurrentIndex(dialog.outcome.findText("Case opened"))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.interaction_id is not None

    first_title = lambda: timeline.data(timeline.index(0, timeline.TITLE)) if timeline.rowCount() else None  # noqa: E731
    qtbot.waitUntil(lambda: first_title() == "Customer visit: Product fault", timeout=5000)
    qtbot.waitUntil(lambda: window.customer.header.contacts_tile.value.text() == "2", timeout=5000)
    assert timeline.rowCount() == 2
    assert "Store\u00a01" in window.customer.header.contacts_tile.note.text()
    wait_idle(qtbot)


def test_a_refused_save_keeps_the_text_and_says_why(ctx: DeskContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Núria Martí Soler")
    dialog = LogContactDialog(ctx, customer, "Núria Martí Soler", store_kind=StoreKind.STORE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.channel.currentData() == Channel.STORE  # shop staff mostly log walk-ins
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.OUTBOUND))
    dialog.reason.setCurrentText("Return request")
    dialog.outcome.setCurrentText("Call back")

    dialog.save_button.click()  # no summary
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Summary is empty; please fill it in."
    assert dialog.isVisible()
    assert dialog.reason.currentText() == "Return request"
    assert dialog.save_button.isEnabled()

    def unreachable(*_args, **_kwargs) -> int:  # type: ignore[no-untyped-def]
        raise DatabaseUnavailable("The database cannot be reached right now. Nothing was saved; your text is kept.")

    monkeypatch.setattr(interactions, "log_contact", unreachable)
    qtbot.keyClicks(dialog.summary, "Wants to return the kettle, box opened")
    dialog.save()
    wait_idle(qtbot)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("The database cannot be reached right now.")
    assert dialog.isVisible()
    assert dialog.form() == ContactForm(
        channel=Channel.STORE, direction=Direction.OUTBOUND, reason="Return request",
        summary="Wants to return the kettle, box opened", outcome="Call back",
    )  # fmt: skip
    assert timeline_page(ctx.db, customer).rows == []  # nothing was written

    monkeypatch.undo()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save()  # the database is back: the same text saves
    rows = timeline_page(ctx.db, customer).rows
    assert [r.title for r in rows] == ["In store, to the customer: Return request"]


def test_the_default_channel_follows_the_workplace() -> None:
    assert default_channel(StoreKind.STORE) == Channel.STORE
    assert default_channel(StoreKind.CALL_CENTRE) == Channel.PHONE
    assert default_channel(None) == Channel.PHONE


def test_enter_in_a_field_does_not_save_and_an_old_complaint_goes_away(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, "Jordi Puig i Ferrer")
    dialog = LogContactDialog(ctx, customer, "Jordi Puig i Ferrer")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.save()  # nothing typed: refused
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    qtbot.keyClicks(dialog.reason.lineEdit(), "Product fault")
    assert not dialog.error.isVisible()  # the complaint was about the empty reason
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert not dialog.error.isVisible()  # Enter alone never tried to save half a form

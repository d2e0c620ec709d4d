"""The case features inside the main window: the buttons on the customer, a scanned case number, the timeline's
links, the my-cases tab."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from desk.enums import Channel, EventKind, ItemCondition, StoreKind
from desk.models import utcnow
from desk.returns import ReturnLineRequest, ReturnRequest, take_return
from desk.ui.cases import CaseWindow
from desk.ui.context import DeskContext
from desk.ui.main_window import MainWindow
from desk.ui.returns import ReturnDialog
from desk.ui.settings import Settings
from desk.ui.warranty import WarrantyClaimDialog
from tests.factories import Staff, make_customer, make_order, make_product
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def case_windows() -> list[CaseWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseWindow) and w.isVisible()]


@pytest.fixture
def returned(ctx: DeskContext, staff: Staff) -> dict[str, object]:
    customer = make_customer(ctx.db, ctx.actor, "Martí Vidal")
    kettle = make_product(ctx.db, "PEQ-1", "Hervidor Bosch", "39.90", category="Pequeño electrodoméstico")
    (line,) = make_order(ctx.db, staff.shop_id, customer, "PED-5", utcnow() - timedelta(days=3),
                         [(kettle, 2, "39.90", None)])  # fmt: skip
    taken = take_return(ctx.db, ctx.actor, ReturnRequest(
        customer, Channel.STORE, (ReturnLineRequest(1, ItemCondition.OPENED, line),), "original_payment", False,  # type: ignore[arg-type]
    ))  # fmt: skip
    return {"customer": customer, "case_id": taken.case_id, "number": taken.case_number}


def window_for(ctx: DeskContext, settings: Settings, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_scanned_case_number_opens_the_customer_and_the_case(ctx: DeskContext, settings: Settings,
                                                               returned: dict[str, object], qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, settings, qtbot)
    qtbot.waitUntil(lambda: "Barcelona Diagonal" in window.status_user.text(), timeout=5000)  # the store's name
    assert window.customer.store_kind == StoreKind.STORE
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        qtbot.keyClicks(window.search.box, str(returned["number"]).lower())
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # a barcode scanner types, then Enter
    qtbot.waitUntil(lambda: any(w.case_id == returned["case_id"] for w in case_windows()), timeout=5000)
    for w in case_windows():
        w.close()
    wait_idle(qtbot)


def test_customer_buttons_open_the_return_and_claim_dialogs(ctx: DeskContext, settings: Settings,
                                                            returned: dict[str, object], qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, settings, qtbot)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(int(returned["customer"]))  # type: ignore[arg-type]
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.customer.findChild(ReturnDialog) is not None, timeout=5000)
    dialog = window.customer.findChild(ReturnDialog)
    qtbot.waitUntil(lambda: dialog.purchases.rowCount() == 1, timeout=5000)
    assert dialog.purchases.line(0).remaining == 1  # one of the two already on its way back
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.customer.findChild(WarrantyClaimDialog) is not None, timeout=5000)
    window.customer.findChild(WarrantyClaimDialog).reject()
    wait_idle(qtbot)


def test_the_timeline_opens_the_case_and_my_cases_lists_it(ctx: DeskContext, settings: Settings,
                                                           returned: dict[str, object], qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, settings, qtbot)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(int(returned["customer"]))  # type: ignore[arg-type]
    timeline = window.customer.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() > 0, timeout=5000)
    row = next(r for r in range(timeline.rowCount()) if timeline.row_at(r).kind == EventKind.CASE)
    panel = window.customer.timeline_panel
    panel.view.setCurrentIndex(timeline.index(row, 0))
    assert "Open the case" in panel.detail.toHtml()
    with qtbot.waitSignal(panel.caseRequested, timeout=2000) as asked:
        panel.detail.anchorClicked.emit(QUrl(f"case:{returned['case_id']}"))
    assert asked.args == [returned["case_id"]]
    qtbot.waitUntil(lambda: any(w.case_id == returned["case_id"] for w in case_windows()), timeout=5000)
    for w in case_windows():
        w.close()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.my_cases.loaded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.left.currentWidget() is window.my_cases and window.my_cases.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.left.currentWidget() is window.search and window.search.box.hasFocus()
    wait_idle(qtbot)


def test_a_return_starts_from_the_order_selected_in_the_timeline(ctx: DeskContext, settings: Settings, staff: Staff,
                                                                 returned: dict[str, object], qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = int(returned["customer"])  # type: ignore[arg-type]
    mug = make_product(ctx.db, "ACC-1", "Taza térmica", "12.50", category="Accesorios")
    make_order(ctx.db, staff.shop_id, customer, "PED-OLD", utcnow() - timedelta(days=20), [(mug, 1, "12.50", None)])
    window = window_for(ctx, settings, qtbot)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    timeline = window.customer.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() >= 3, timeout=5000)
    row = next(r for r in range(timeline.rowCount()) if timeline.row_at(r).title.startswith("Order PED-OLD"))
    window.customer.timeline_panel.view.setCurrentIndex(timeline.index(row, 0))
    dialog = window.customer.take_return()
    qtbot.waitUntil(lambda: dialog.purchases.rowCount() == 2, timeout=5000)
    assert dialog.purchases.line(dialog.purchases_view.currentIndex().row()).order_number == "PED-OLD"
    dialog.reject()
    wait_idle(qtbot)


def test_the_limits_open_from_the_status_bar_read_only_for_an_agent(ctx: DeskContext, settings: Settings,
                                                                    qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.admin.limits import LimitsDialog

    window = window_for(ctx, settings, qtbot)
    window.limits_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LimitsDialog))
    qtbot.waitUntil(lambda: dialog.view.topLevelItemCount() > 0, timeout=5000)
    assert not dialog.editable
    dialog.close()
    wait_idle(qtbot)

"""The administrator's limits screen, driving real widgets on both databases.

The table lists the default policy grouped by role; an administrator changes the agents' voucher limit typed
Spanish style and it is saved; a negative amount is refused in the service's words with nothing changed and the
form keeping what was typed; an override for Ana is added, then removed after the confirmation; anyone else sees the
table read-only. The amount reading rules are tested without a window.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem

from desk.enums import DecisionKind, RoleCode
from desk.errors import InvalidInput
from desk.policy import LimitRow, limits_table
from desk.ui.admin import LimitsDialog, open_limits
from desk.ui.admin.values import read_amount, read_days
from desk.ui.context import DeskContext
from tests.factories import Staff
from tests.ui_fixtures import ctx, wait_idle  # noqa: F401 - ctx is a fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_ctx(ctx: DeskContext, staff: Staff) -> DeskContext:
    return replace(ctx, actor=staff.admin)


def shown(qtbot, dialog: LimitsDialog) -> None:  # type: ignore[no-untyped-def]
    """Until the dialog has listed the policy and nothing is under way."""
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=5000)
    wait_idle(qtbot)


def limits_dialog(qtbot, ctx: DeskContext) -> LimitsDialog:  # type: ignore[no-untyped-def]
    dialog = LimitsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown(qtbot, dialog)
    return dialog


def closed(widget) -> bool:  # type: ignore[no-untyped-def]
    """A form closes and deletes itself: gone, or at least hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def find(dialog: LimitsDialog, kind: DecisionKind, *, role: RoleCode | None = None,
         username: str | None = None) -> QTreeWidgetItem:  # fmt: skip
    for g in range(dialog.view.topLevelItemCount()):
        group = dialog.view.topLevelItem(g)
        for c in range(group.childCount()):
            row: LimitRow = group.child(c).data(0, Qt.ItemDataRole.UserRole + 1)
            if row.limit.kind == kind and row.role == role and row.username == username:
                return group.child(c)
    raise AssertionError(f"no row for {kind} {role} {username}")


def in_database(ctx: DeskContext, kind: DecisionKind, *, role: RoleCode | None = None,
                username: str | None = None) -> list[LimitRow]:  # fmt: skip
    return [r for r in limits_table(ctx.db) if r.limit.kind == kind and r.role == role and r.username == username]


def test_the_table_lists_the_default_limits_grouped_by_role(admin_ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = limits_dialog(qtbot, admin_ctx)
    groups = [dialog.view.topLevelItem(g).text(0) for g in range(dialog.view.topLevelItemCount())]
    assert groups == ["Agents", "Store managers", "Supervisors"]
    assert [dialog.view.topLevelItem(g).childCount() for g in range(3)] == [7, 7, 7]
    assert dialog.status.text() == "21 limits"
    voucher = find(dialog, DecisionKind.GOODWILL_VOUCHER, role=RoleCode.AGENT)
    assert [voucher.text(c) for c in range(6)] == ["Goodwill voucher", "EUR", "50.00", "200.00", "150.00", ""]
    refund = find(dialog, DecisionKind.REFUND, role=RoleCode.STORE_MANAGER)
    assert [refund.text(c) for c in (2, 3, 4)] == ["1,500.00", "6,000.00", "no cap"]
    assert find(dialog, DecisionKind.RETURN_OUTSIDE_WINDOW, role=RoleCode.SUPERVISOR).text(5) == "90"
    assert dialog.edit_button.isVisibleTo(dialog) and dialog.add_button.isVisibleTo(dialog)
    assert not dialog.remove_button.isEnabled()  # a role's limit is changed, never removed
    assert "Read only" not in dialog.note.text()


def test_the_agents_voucher_limit_is_changed_to_60(admin_ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = limits_dialog(qtbot, admin_ctx)
    dialog.view.setCurrentItem(find(dialog, DecisionKind.GOODWILL_VOUCHER, role=RoleCode.AGENT))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter edits the selected limit
    form = dialog.form
    assert form is not None and form.isVisible() and form.per_decision.text() == "50.00"
    assert not form.form.isRowVisible(form.days)  # days past the window only matter to late returns
    form.per_decision.setText("60,00")
    form.save_button.click()
    qtbot.waitUntil(lambda: closed(form), timeout=5000)
    qtbot.waitUntil(lambda: find(dialog, DecisionKind.GOODWILL_VOUCHER, role=RoleCode.AGENT).text(2) == "60.00",
                    timeout=5000)  # fmt: skip
    wait_idle(qtbot)
    (saved,) = in_database(admin_ctx, DecisionKind.GOODWILL_VOUCHER, role=RoleCode.AGENT)
    assert saved.limit.per_decision == Decimal("60.00")
    assert saved.limit.per_agent_day == Decimal("200.00") and saved.limit.per_customer_12m == Decimal("150.00")
    assert dialog.current_row() is not None and dialog.current_row().id == saved.id  # still selected
    assert dialog.status.text() == "21 limits · Saved."


def test_a_negative_amount_is_refused_and_nothing_changes(admin_ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = limits_dialog(qtbot, admin_ctx)
    dialog.view.setCurrentItem(find(dialog, DecisionKind.FEE_WAIVER, role=RoleCode.STORE_MANAGER))
    dialog.edit_button.click()
    form = dialog.form
    assert form is not None
    form.per_decision.setText("-5")
    form.per_agent_day.setText("1.000,50")
    form.save_button.click()
    qtbot.waitUntil(form.error.isVisible, timeout=5000)
    wait_idle(qtbot)
    assert form.error.text() == "Per decision must be zero or more."
    assert form.isVisible() and form.per_decision.text() == "-5" and form.per_agent_day.text() == "1.000,50"
    (row,) = in_database(admin_ctx, DecisionKind.FEE_WAIVER, role=RoleCode.STORE_MANAGER)
    assert row.limit.per_decision == Decimal("120.00") and row.limit.per_agent_day == Decimal("480.00")

    form.per_decision.setText("1,500")  # a thousand and a half, or one and a half? asked, not guessed
    form.save_button.click()
    qtbot.waitUntil(lambda: "could mean 1500 or 1,5" in form.error.text(), timeout=5000)
    wait_idle(qtbot)
    assert in_database(admin_ctx, DecisionKind.FEE_WAIVER, role=RoleCode.STORE_MANAGER) == [row]
    form.reject()  # typed text: the conftest answers "discard"
    assert closed(form)


def test_an_override_for_ana_is_added_then_removed(admin_ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = limits_dialog(qtbot, admin_ctx)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible(), timeout=5000)
    form = dialog.form
    assert form.adding and form.user.count() >= 3  # active colleagues, administrators aside
    form.user.setCurrentIndex(form.user.findData("ana"))
    form.kind.setCurrentIndex(form.kind.findData(DecisionKind.GOODWILL_VOUCHER))
    form.per_decision.setText("80")
    form.per_agent_day.setText("250,00")
    form.save_button.click()
    qtbot.waitUntil(lambda: dialog.view.topLevelItemCount() == 4, timeout=5000)
    wait_idle(qtbot)
    assert dialog.view.topLevelItem(3).text(0) == "Ana (ana) · personal override"
    (override,) = in_database(admin_ctx, DecisionKind.GOODWILL_VOUCHER, username="ana")
    assert override.limit.per_decision == Decimal("80.00") and override.limit.per_agent_day == Decimal("250.00")
    assert override.limit.per_customer_12m is None
    assert dialog.current_row() == override  # the new override is selected
    assert dialog.remove_button.isEnabled()

    dialog.remove_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible() and "Ana (ana)" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    keep.click()  # the safe answer changes nothing
    wait_idle(qtbot)
    assert in_database(admin_ctx, DecisionKind.GOODWILL_VOUCHER, username="ana") == [override]

    dialog.remove_button.click()
    box = dialog.confirm_box
    remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    remove.click()
    qtbot.waitUntil(lambda: dialog.view.topLevelItemCount() == 3, timeout=5000)
    wait_idle(qtbot)
    assert in_database(admin_ctx, DecisionKind.GOODWILL_VOUCHER, username="ana") == []
    assert dialog.status.text() == "21 limits · Override removed."


def test_an_unknown_user_is_refused_in_the_services_words(admin_ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = limits_dialog(qtbot, admin_ctx)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible(), timeout=5000)
    form = dialog.form
    form.user.setEditText("nobody")
    form.per_decision.setText("10")
    form.save_button.click()
    qtbot.waitUntil(form.error.isVisible, timeout=5000)
    wait_idle(qtbot)
    assert form.error.text() == "There is no user nobody." and form.isVisible()
    assert len(limits_table(admin_ctx.db)) == 21


def test_anyone_but_an_administrator_sees_it_read_only(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_limits(None, ctx)  # Ana, an agent
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert open_limits(None, ctx) is dialog  # asked again: the same window, raised
    assert dialog.note.isVisibleTo(dialog) and dialog.note.text().startswith("Read only: only an administrator")
    assert not any(b.isVisibleTo(dialog) for b in (dialog.edit_button, dialog.add_button, dialog.remove_button))
    dialog.view.setCurrentItem(find(dialog, DecisionKind.GOODWILL_VOUCHER, role=RoleCode.AGENT))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    dialog.edit()
    dialog.remove()
    assert dialog.form is None and dialog.confirm_box is None
    assert dialog.status.text() == "21 limits"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("60,00", "60.00"), ("60.00", "60.00"), ("1.500,50", "1500.50"), ("1,500.50", "1500.50"),
     ("1 500,00", "1500.00"), ("12", "12.00"), ("50 €", "50.00"), ("0", "0.00"), ("", None), ("  ", None)],
)  # fmt: skip
def test_amounts_are_read_in_spanish_or_english_style(typed: str, amount: str | None) -> None:
    assert read_amount(typed, "Per decision") == (Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    ("typed", "message"),
    [("-5", "Per decision must be zero or more."), ("abc", "is not an amount"), ("0,125", "more than two decimals"),
     ("1.500", "could mean 1500 or 1,5"), ("2000000", "is not plausible")],
)  # fmt: skip
def test_amounts_that_cannot_be_read_say_why(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_amount(typed, "Per decision")


def test_days_are_whole_numbers_or_empty() -> None:
    assert read_days("", "Days") is None and read_days(" 7 ", "Days") == 7
    with pytest.raises(InvalidInput, match="whole number of days"):
        read_days("7,5", "Days")

"""The warranty claim dialog: a claim taken by keyboard alone, by scan, without an order, outside the cover; files
checked before saving; the intake form printed from the done page."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.documents import MAX_ATTACHMENT, MAX_ATTACHMENTS, case_documents
from desk.enums import CaseState, DecisionKind, DecisionStatus, Entitlement, StoreKind
from desk.models import Case, CaseLine, Decision, WarrantyClaim
from desk.ui.context import DeskContext
from desk.ui.ops import changes
from desk.ui.warranty import WarrantyClaimDialog
from desk.ui.warranty.attachments import PickedFile, check_files
from tests.factories import make_customer, make_order, make_product
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - ctx, settings are fixtures

pytestmark = pytest.mark.gui
NAME = "Montserrat Vidal i Casanovas"


def recently() -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=60)


def open_dialog(ctx: DeskContext, qtbot, customer: int, **kwargs: Any) -> WarrantyClaimDialog:  # type: ignore[no-untyped-def]
    dialog = WarrantyClaimDialog(ctx, customer, NAME, store_kind=kwargs.pop("store_kind", StoreKind.STORE))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keys and focus need the active window; offscreen, another test's may hold it
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_idle(qtbot)  # purchases, staff and the rules' due date loaded
    return dialog


def wait_verdict(qtbot, dialog: WarrantyClaimDialog, entitlement: Entitlement) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.verdict.entitlement == entitlement and not dialog.verdict_timer.isActive(),
                    timeout=5000)  # fmt: skip
    wait_idle(qtbot)


def ctrl_enter(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_claim_in_warranty_by_keyboard_then_the_intake_form(ctx: DeskContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, NAME)
    tv = make_product(ctx.db, "TV-LG55", "Televisor LG OLED 55 C3", "1299.00", category="TV", serialised=True)
    cable = make_product(ctx.db, "HDMI-2", "Cable HDMI 2.1", "19.90", category="Accesorios")
    tv_line, _ = make_order(ctx.db, ctx.actor.store_id, customer, "PED-2026-004211", recently(),
                            [(tv, 1, "1299.00", "LG55C3-8841207"), (cable, 1, "19.90", None)])  # fmt: skip
    announced: list[dict[str, Any]] = []
    changes().changed.connect(announced.append)
    dialog = open_dialog(ctx, qtbot, customer)
    assert dialog.focusWidget() is dialog.picker.scan  # a scanner is the quickest way in
    assert dialog.picker.list.count() == 2 and dialog.picker.line is None  # no silent choice
    assert dialog.received.isChecked()  # shop staff take the item at the counter
    assert dialog.due.isEnabled()  # the rules' default due date is on screen

    qtbot.keyClick(dialog.picker.scan, Qt.Key.Key_Down)  # into the list, on the newest purchase
    assert dialog.focusWidget() is dialog.picker.list
    assert dialog.picker.line is not None and dialog.picker.line.order_line_id == tv_line
    assert dialog.serial.text() == "LG55C3-8841207"  # the serial sold, to check against the label
    for _ in range(2):  # "not bought here", then the serial (the description is hidden)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.serial
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.fault
    qtbot.keyClicks(dialog.fault, "La pantalla parpadea y se apaga sola")
    wait_verdict(qtbot, dialog, Entitlement.IN_WARRANTY)
    assert dialog.verdict.badge.text() == "In warranty"
    assert dialog.verdict.cover.text().startswith("Covered until ")
    assert "Serial matches the one sold." in dialog.verdict.reasons.text()
    assert not dialog.verdict.asks_payment

    qtbot.keyClicks(dialog.accessories, "Mando a distancia")
    qtbot.keyClick(dialog.accessories, Qt.Key.Key_Return)  # Enter in a one-line field does not open the claim
    assert dialog.stack.currentWidget() is dialog.form_page and not dialog._saving
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        ctrl_enter(qtbot, dialog.accessories)
    case_id, number = opened.args
    with ctx.db.read() as s:
        case, claim = s.get(Case, case_id), s.get(WarrantyClaim, case_id)
        assert case.customer_id == customer and case.state == CaseState.RECEIVED and case.case_number == number
        assert claim.entitlement == Entitlement.IN_WARRANTY and claim.serial_number == "LG55C3-8841207"
        assert claim.order_line_id == tv_line and claim.accessories == "Mando a distancia"
        assert claim.fault_description == "La pantalla parpadea y se apaga sola"
    assert dialog.stack.currentWidget() is dialog.done_page
    assert dialog.done_page.title.text().startswith(f"Claim {number} opened — In warranty until ")
    assert {"customer": customer, "case": case_id} in announced

    launched: list[tuple[Path, bool]] = []
    monkeypatch.setattr("desk.ui.documents.launch", lambda path, print_it, printer="": launched.append((path, print_it)) or "")
    qtbot.mouseClick(dialog.done_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(launched), timeout=5000)
    (path, print_it), = launched
    assert path.suffix == ".docx" and path.exists() and print_it
    assert any(doc.kind == "warranty_intake" for doc in case_documents(ctx.db, case_id))
    wait_idle(qtbot)
    dialog.reject()  # Escape or Close once opened: no question, the claim exists
    assert not dialog.isVisible()


def test_a_scanned_serial_of_another_customer_is_found_and_said(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, NAME)
    other = make_customer(ctx.db, ctx.actor, "Joan Ferrer Pujol")
    laptop = make_product(ctx.db, "POR-HP", "Portátil HP Pavilion 15", "799.00", serialised=True)
    (line,) = make_order(ctx.db, ctx.actor.store_id, other, "PED-2026-77120", recently(),
                         [(laptop, 1, "799.00", "5CD3-HP-99812")])  # fmt: skip
    dialog = open_dialog(ctx, qtbot, customer, store_kind=StoreKind.CALL_CENTRE)
    assert dialog.picker.list.count() == 0 and not dialog.received.isChecked()  # a call: the item is not here

    qtbot.keyClicks(dialog.picker.scan, "nada-123")
    with qtbot.waitSignal(dialog.picker.lookupDone, timeout=5000):
        qtbot.keyClick(dialog.picker.scan, Qt.Key.Key_Return)
    assert "Nothing was sold with the number “nada-123”" in dialog.picker.message.text()
    dialog.picker.scan.clear()
    qtbot.keyClicks(dialog.picker.scan, "5cd3-hp-99812")
    with qtbot.waitSignal(dialog.picker.lookupDone, timeout=5000):
        qtbot.keyClick(dialog.picker.scan, Qt.Key.Key_Return)  # looks up; never opens the claim
    assert dialog.picker.line is not None and dialog.picker.line.order_line_id == line
    assert "Bought by another customer (order PED-2026-77120)" in dialog.picker.message.text()
    assert dialog.picker.list.item(0).text() == "Portátil HP Pavilion 15 (other customer)"
    assert dialog.serial.text() == "5CD3-HP-99812"
    qtbot.keyClicks(dialog.fault, "No arranca; el led de carga parpadea en naranja")
    wait_verdict(qtbot, dialog, Entitlement.IN_WARRANTY)
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        ctrl_enter(qtbot, dialog.fault)
    with ctx.db.read() as s:
        case, claim = s.get(Case, opened.args[0]), s.get(WarrantyClaim, opened.args[0])
        assert case.customer_id == customer and case.state == CaseState.AWAITING_ITEMS
        assert claim.order_line_id == line and claim.serial_number == "5CD3-HP-99812"
    assert "waits for the item" in dialog.done_page.next.text()


def test_no_order_needs_a_description_and_a_refusal_keeps_the_text(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, NAME)
    dialog = open_dialog(ctx, qtbot, customer)
    ctrl_enter(qtbot, dialog.picker.scan)  # nothing chosen yet: said at once, nothing sent
    assert dialog.error.isVisible() and dialog.error.text().startswith("Choose the item first")

    dialog.picker.no_proof.setFocus()
    qtbot.keyClick(dialog.picker.no_proof, Qt.Key.Key_Space)
    assert dialog.picker.description.isVisible() and dialog.focusWidget() is dialog.picker.description
    qtbot.keyClicks(dialog.fault, "No calienta el agua")
    qtbot.keyClicks(dialog.damage, "Golpe en la tapa")
    wait_verdict(qtbot, dialog, Entitlement.OUT_OF_WARRANTY)  # no purchase to count from
    assert "No purchase on file" in dialog.verdict.reasons.text()
    ctrl_enter(qtbot, dialog.fault)
    qtbot.waitUntil(lambda: dialog.error.text() == "Describe the item: there is no order on file for it.")
    wait_idle(qtbot)
    assert dialog.isVisible() and dialog.stack.currentWidget() is dialog.form_page
    assert dialog.fault.toPlainText() == "No calienta el agua" and dialog.damage.text() == "Golpe en la tapa"
    assert dialog.picker.no_proof.isChecked() and dialog.save_button.isEnabled()
    with ctx.db.read() as s:
        assert s.scalars(select(Case)).all() == []

    qtbot.keyClicks(dialog.picker.description, "Hervidor Philips, comprado en otra tienda")
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        ctrl_enter(qtbot, dialog.picker.description)
    with ctx.db.read() as s:
        claim = s.get(WarrantyClaim, opened.args[0])
        (case_line,) = s.scalars(select(CaseLine).where(CaseLine.case_id == opened.args[0])).all()
        assert claim.order_line_id is None and claim.entitlement == Entitlement.OUT_OF_WARRANTY
        assert case_line.description == "Hervidor Philips, comprado en otra tienda" and claim.visible_damage
    assert dialog.done_page.title.text().endswith("— Out of warranty")


def out_of_warranty_claim(ctx: DeskContext, qtbot) -> WarrantyClaimDialog:  # type: ignore[no-untyped-def]
    """A washer bought in 2019, its cover long ended: the paid-repair box is on screen."""
    customer = make_customer(ctx.db, ctx.actor, NAME)
    washer = make_product(ctx.db, "LAV-B6", "Lavadora Bosch Serie 6", "649.00", category="Gran electrodoméstico",
                          warranty_months=0, serialised=True)  # fmt: skip
    make_order(ctx.db, ctx.actor.store_id, customer, "PED-2019-002190", datetime(2019, 5, 3, 11, tzinfo=timezone.utc),
               [(washer, 1, "649.00", "WGG-7761-0032")])  # fmt: skip
    dialog = open_dialog(ctx, qtbot, customer)
    dialog.picker.list.setCurrentRow(0)
    qtbot.keyClicks(dialog.fault, "No centrifuga y hace ruido al girar")
    wait_verdict(qtbot, dialog, Entitlement.OUT_OF_WARRANTY)
    assert dialog.verdict.asks_payment and dialog.verdict.paid.isVisible()
    assert dialog.verdict.cover.text().startswith("Cover ended on ")
    assert "whether you can grant it" in dialog.verdict.evaluation.text  # nothing typed: what the box will say
    return dialog


def type_free_part(qtbot, dialog: WarrantyClaimDialog, amount: str) -> str:  # type: ignore[no-untyped-def]
    """Type what the store bears; the live evaluation of it, once it matches what is typed."""
    with qtbot.waitSignal(dialog.freeRepairShown, timeout=5000) as shown:
        qtbot.keyClicks(dialog.verdict.free, amount)
    qtbot.waitUntil(lambda: not dialog.free_timer.isActive())
    wait_idle(qtbot)
    return shown.args[0]


def test_out_of_warranty_a_free_part_within_the_agents_limit_is_granted_at_once(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = out_of_warranty_claim(ctx, qtbot)
    qtbot.keyClicks(dialog.verdict.quote, "120,00")
    assert type_free_part(qtbot, dialog, "60") == "grant"  # Ana may grant 80 EUR
    assert dialog.verdict.evaluation.text == ("✓  Within your limits: you grant it yourself You can grant up to "
                                              "80.00 EUR; 60.00 EUR is within your limits.")  # fmt: skip
    qtbot.keyClicks(dialog.verdict.reason, "Clienta desde 2012")
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        ctrl_enter(qtbot, dialog.verdict.reason)
    with ctx.db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == opened.args[0])).all()
        assert decision.status == DecisionStatus.GRANTED and str(decision.amount) == "60.00"
    assert dialog.opened is not None and dialog.opened.decision_status == DecisionStatus.GRANTED
    assert "repair (60.00 EUR) is granted by you" in dialog.done_page.next.text()


def test_out_of_warranty_a_free_repair_above_the_limit_waits_for_approval(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = out_of_warranty_claim(ctx, qtbot)
    qtbot.keyClicks(dialog.verdict.quote, "120,00")
    assert type_free_part(qtbot, dialog, "1oo") == "error"  # a typo says so at once, in the service's words
    assert "'1oo' is not an amount" in dialog.verdict.evaluation.text
    dialog.verdict.free.clear()
    assert type_free_part(qtbot, dialog, "100") == "approval"
    assert "You can grant up to 80.00 EUR; 100.00 EUR will go to a store manager for approval." in (
        dialog.verdict.evaluation.text)  # fmt: skip
    assert dialog.verdict.evaluation.headline.text().endswith("Goes to a store manager for approval")
    ctrl_enter(qtbot, dialog.verdict.free)
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Say why in the reason box"))
    wait_idle(qtbot)
    assert dialog.verdict.free.text() == "100"  # kept
    qtbot.keyClicks(dialog.verdict.reason, "Clienta desde 2012; la tienda asume la mitad")
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        ctrl_enter(qtbot, dialog.verdict.reason)
    with ctx.db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == opened.args[0])).all()
        assert decision.kind == DecisionKind.FREE_REPAIR and str(decision.amount) == "100.00"
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        assert str(s.get(WarrantyClaim, opened.args[0]).quote_amount) == "120.00"
    assert "(100.00 EUR) was sent for approval to a store manager" in dialog.done_page.next.text()
    assert " — Out of warranty: cover ended on " in dialog.done_page.title.text()


def test_a_file_too_large_is_refused_before_saving(ctx: DeskContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, NAME)
    kettle = make_product(ctx.db, "HER-1", "Hervidor Philips", "39.90")
    make_order(ctx.db, ctx.actor.store_id, customer, "PED-2026-1", recently(), [(kettle, 1, "39.90", None)])
    huge, photo = tmp_path / "video golpe.mp4", tmp_path / "base rota.jpg"
    with huge.open("wb") as f:
        f.truncate(MAX_ATTACHMENT + 1)  # sparse: no 10 MB written
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 3000)
    dialog = open_dialog(ctx, qtbot, customer)
    dialog.attachments.add_files([str(huge), str(photo)])
    assert dialog.attachments.note.isVisible()
    assert "video golpe.mp4 is 10.0 MB, larger than 10 MB" in dialog.attachments.note.text()
    assert [f.path.name for f in dialog.attachments.files] == ["base rota.jpg"]

    dialog.picker.list.setCurrentRow(0)
    qtbot.keyClicks(dialog.fault, "La base no calienta")
    wait_verdict(qtbot, dialog, Entitlement.IN_WARRANTY)
    with qtbot.waitSignal(dialog.claimOpened, timeout=5000) as opened:
        dialog.save()
    (doc,) = case_documents(ctx.db, opened.args[0])
    assert doc.filename == "base rota.jpg" and doc.size == 3003


def test_closing_with_typed_text_asks_first(ctx: DeskContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(ctx.db, ctx.actor, NAME)
    dialog = open_dialog(ctx, qtbot, customer)
    qtbot.keyClicks(dialog.fault, "Hace ruido")
    answers = [False, True]  # "Keep editing", then "Discard what I typed"
    monkeypatch.setattr("desk.ui.forms.confirm_discard", lambda *_args: answers.pop(0))
    qtbot.keyClick(dialog.fault, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.fault.toPlainText() == "Hace ruido"
    dialog.reject()
    assert not dialog.isVisible() and answers == []


def test_files_are_checked_against_the_limits(tmp_path: Path) -> None:
    small = tmp_path / "a.jpg"
    small.write_bytes(b"x")
    empty = tmp_path / "b.jpg"
    empty.touch()
    full = [PickedFile(tmp_path / f"{i}.jpg", 1) for i in range(MAX_ATTACHMENTS)]
    assert check_files([], [str(small), str(small)])[0] == [PickedFile(small, 1)]  # once
    assert check_files([], [str(empty), str(tmp_path / "gone.jpg")]) == ([], ["b.jpg is empty.", "gone.jpg cannot be read."])
    accepted, problems = check_files(full, [str(small)])
    assert accepted == [] and problems == [f"A claim holds at most {MAX_ATTACHMENTS} files: a.jpg was left out."]

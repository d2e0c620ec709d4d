"""Which buttons a case shows, decided from the case alone (its kind, state, next states and letters).

A plain function of plain data, so the rules of the screen are tested without a window. The services still
decide: a button shown here can be refused (a decision still waiting for approval), and the window then shows
the service's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desk.case_view import CaseDetail
from desk.enums import CaseKind, CaseState, RefundMethod

S = CaseState
RESOLVED = frozenset({S.REPAIRED, S.REPLACED, S.REFUNDED})
ASSIGNABLE = frozenset({S.AWAITING_ITEMS, S.RECEIVED, S.DIAGNOSING, S.AWAITING_PARTS})


class Act(StrEnum):
    RECEIVED = "received"
    REFUND = "refund"
    EXCHANGE = "exchange"
    ASSIGN = "assign"
    DIAGNOSE = "diagnose"
    AWAIT_PARTS = "await_parts"
    RESOLVE = "resolve"
    REJECT = "reject"
    HAND_BACK = "hand_back"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Action:
    act: Act
    text: str  # with its mnemonic (&)
    tip: str
    primary: bool = False  # the next step of the usual path: one per case at most


def _tr(text: str) -> str:
    return QCoreApplication.translate("cases", text)


def available_actions(case: CaseDetail) -> list[Action]:
    """The steps this case can take now, the usual next step first and marked primary."""
    nxt = set(case.next_states)
    acts: list[Action] = []
    if S.RECEIVED in nxt:
        item = _tr("&Items received") if case.kind == CaseKind.RETURN else _tr("&Item received")
        acts.append(Action(Act.RECEIVED, item, _tr("The customer's items are here now (Alt+I)")))
    if case.kind == CaseKind.RETURN and nxt & {S.REFUNDED, S.EXCHANGED}:
        if case.refund_method == RefundMethod.EXCHANGE:
            acts.append(Action(Act.EXCHANGE, _tr("Complete e&xchange"),
                               _tr("The customer takes the new product; the return ends exchanged (Alt+X)")))  # fmt: skip
        else:
            acts.append(Action(Act.REFUND, _tr("&Refund"), _tr("Refund the return and close it (Alt+R)")))
    if case.kind == CaseKind.WARRANTY:
        if case.is_open and case.state in ASSIGNABLE:
            acts.append(Action(Act.ASSIGN, _tr("&Assign…"), _tr("Who repairs it, where and by when (Alt+A)")))
        if S.DIAGNOSING in nxt:
            text = _tr("Resume &diagnosis") if case.state == S.AWAITING_PARTS else _tr("Start &diagnosis")
            acts.append(Action(Act.DIAGNOSE, text, _tr("The technician is looking at the item (Alt+D)")))
        if S.AWAITING_PARTS in nxt:
            acts.append(Action(Act.AWAIT_PARTS, _tr("A&waiting parts"),
                               _tr("The repair waits for parts to arrive (Alt+W)")))  # fmt: skip
        if nxt & RESOLVED:
            acts.append(Action(Act.RESOLVE, _tr("Re&solve…"),
                               _tr("Record the repair, the replacement or the refund (Alt+S)")))  # fmt: skip
    if S.REJECTED in nxt:
        tip = (_tr("Not covered: say why; the item still goes back to the customer (Alt+J)")
               if case.kind == CaseKind.WARRANTY else _tr("Refuse the return and say why (Alt+J)"))  # fmt: skip
        acts.append(Action(Act.REJECT, _tr("Re&ject…"), tip))
    if S.RETURNED_TO_CUSTOMER in nxt:
        acts.append(Action(Act.HAND_BACK, _tr("&Hand back to customer"),
                           _tr("The customer has the item back; the claim ends (Alt+H)")))  # fmt: skip
    if S.CANCELLED in nxt:
        acts.append(Action(Act.CANCEL, _tr("Cance&l case…"), _tr("Nothing more will happen on it; say why (Alt+L)")))
    return _mark_primary(case, acts)


PRIMARY_ORDER = (Act.RECEIVED, Act.REFUND, Act.EXCHANGE, Act.DIAGNOSE, Act.RESOLVE, Act.HAND_BACK)


def _mark_primary(case: CaseDetail, acts: list[Action]) -> list[Action]:
    """The usual next step is the one blue button; a claim nobody repairs yet is assigned first; a case that waits
    for approval has none."""
    present = {a.act for a in acts}
    wanted = next((act for act in PRIMARY_ORDER if act in present), None)
    if case.blocked and wanted in (Act.REFUND, Act.EXCHANGE, Act.RESOLVE):
        wanted = None  # still clickable (an approval may have just arrived), but not the invitation
    if case.kind == CaseKind.WARRANTY and case.state == S.RECEIVED and case.warranty is not None:
        if case.warranty.technician_id is None and not case.warranty.repair_centre and Act.ASSIGN in present:
            wanted = Act.ASSIGN
    return [Action(a.act, a.text, a.tip, a.act == wanted) for a in acts]


LETTER_BUTTON = {
    "return_receipt": ("&Print return receipt", "Print the receipt the customer takes home (Alt+P)"),
    "warranty_intake": ("Print i&ntake form", "Print the intake form for the customer to sign (Alt+N)"),
    "warranty_outcome": ("Print &outcome letter", "Print the letter that tells the customer the outcome (Alt+O)"),
    "decision_letter": ("Print de&cision letter", "Print the letter that tells the customer what was decided (Alt+C)"),
}


def letter_button(kind: str) -> tuple[str, str]:
    text, tip = LETTER_BUTTON.get(kind, (f"Print {kind.replace('_', ' ')}", ""))
    return _tr(text), _tr(tip)


WAITING = frozenset({S.AWAITING_ITEMS, S.AWAITING_PARTS})
DONE = frozenset({S.REFUNDED, S.EXCHANGED, S.REPAIRED, S.REPLACED, S.RETURNED_TO_CUSTOMER, S.GRANTED, S.CLOSED})
STOPPED = frozenset({S.REJECTED, S.CANCELLED})


def state_tone(state: CaseState) -> str:
    """The badge's colour family (style.qss): waiting amber, done green, stopped red, in progress blue."""
    if state in WAITING:
        return "waiting"
    if state in DONE:
        return "done"
    if state in STOPPED:
        return "stopped"
    return "active"

"""Which buttons a case shows, decided from the case alone (its kind, state, next states and letters).

A plain function of plain data, so the rules of the screen are tested without a window. The services still
decide: a button shown here can be refused (a decision still waiting for approval), and the window then shows
the service's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def available_actions(case: CaseDetail) -> list[Action]:
    """The steps this case can take now, the usual next step first and marked primary."""
    nxt = set(case.next_states)
    acts: list[Action] = []
    if S.RECEIVED in nxt:
        item = (translate("cases", "&Items received") if case.kind == CaseKind.RETURN
                else translate("cases", "&Item received"))  # fmt: skip
        acts.append(Action(Act.RECEIVED, item, translate("cases", "The customer's items are here now (Alt+I)")))
    if case.kind == CaseKind.RETURN and nxt & {S.REFUNDED, S.EXCHANGED}:
        if case.refund_method == RefundMethod.EXCHANGE:
            acts.append(Action(Act.EXCHANGE, translate("cases", "Complete e&xchange"),
                               translate("cases", "The customer takes the new product; the return ends exchanged "
                                                  "(Alt+X)")))  # fmt: skip
        else:
            acts.append(Action(Act.REFUND, translate("cases", "&Refund"),
                               translate("cases", "Refund the return and close it (Alt+R)")))  # fmt: skip
    if case.kind == CaseKind.WARRANTY:
        if case.is_open and case.state in ASSIGNABLE:
            acts.append(Action(Act.ASSIGN, translate("cases", "&Assign…"),
                               translate("cases", "Who repairs it, where and by when (Alt+A)")))  # fmt: skip
        if S.DIAGNOSING in nxt:
            text = (translate("cases", "Resume &diagnosis") if case.state == S.AWAITING_PARTS
                    else translate("cases", "Start &diagnosis"))  # fmt: skip
            acts.append(Action(Act.DIAGNOSE, text, translate("cases", "The technician is looking at the item (Alt+D)")))
        if S.AWAITING_PARTS in nxt:
            acts.append(Action(Act.AWAIT_PARTS, translate("cases", "A&waiting parts"),
                               translate("cases", "The repair waits for parts to arrive (Alt+W)")))  # fmt: skip
        if nxt & RESOLVED:
            acts.append(Action(Act.RESOLVE, translate("cases", "Re&solve…"),
                               translate("cases",
                                         "Record the repair, the replacement or the refund (Alt+S)")))  # fmt: skip
    if S.REJECTED in nxt:
        tip = (translate("cases", "Not covered: say why; the item still goes back to the customer (Alt+J)")
               if case.kind == CaseKind.WARRANTY
               else translate("cases", "Refuse the return and say why (Alt+J)"))  # fmt: skip
        acts.append(Action(Act.REJECT, translate("cases", "Re&ject…"), tip))
    if S.RETURNED_TO_CUSTOMER in nxt:
        acts.append(Action(Act.HAND_BACK, translate("cases", "&Hand back to customer"),
                           translate("cases", "The customer has the item back; the claim ends (Alt+H)")))  # fmt: skip
    if S.CANCELLED in nxt:
        acts.append(Action(Act.CANCEL, translate("cases", "Cance&l case…"),
                           translate("cases", "Nothing more will happen on it; say why (Alt+L)")))  # fmt: skip
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
    "return_receipt": (QT_TRANSLATE_NOOP("cases", "&Print return receipt"),
                       QT_TRANSLATE_NOOP("cases", "Print the receipt the customer takes home (Alt+P)")),
    "warranty_intake": (QT_TRANSLATE_NOOP("cases", "Print i&ntake form"),
                        QT_TRANSLATE_NOOP("cases", "Print the intake form for the customer to sign (Alt+N)")),
    "warranty_outcome": (QT_TRANSLATE_NOOP("cases", "Print &outcome letter"),
                         QT_TRANSLATE_NOOP("cases", "Print the letter that tells the customer the outcome (Alt+O)")),
    "decision_letter": (QT_TRANSLATE_NOOP("cases", "Print de&cision letter"),
                        QT_TRANSLATE_NOOP("cases", "Print the letter that tells the customer what was decided (Alt+C)")),
}


def letter_button(kind: str) -> tuple[str, str]:
    if kind not in LETTER_BUTTON:
        return translate("cases", "Print {letter}").format(letter=kind.replace("_", " ")), ""
    text, tip = LETTER_BUTTON[kind]
    return translate("cases", text), translate("cases", tip)


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

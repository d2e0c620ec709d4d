"""Which state of a case may follow which: one state machine per kind of case.

A case is open until it reaches a final state of its kind (then its `closed_at` is set). A rejected return is
over; a rejected warranty claim is not: the item still has to go back to the customer.
"""

from __future__ import annotations

from desk.enums import CaseKind, CaseState
from desk.errors import InvalidInput

S = CaseState

TRANSITIONS: dict[CaseKind, dict[CaseState, frozenset[CaseState]]] = {
    CaseKind.RETURN: {
        S.DRAFT: frozenset({S.OPEN, S.AWAITING_ITEMS, S.RECEIVED, S.CANCELLED}),
        S.OPEN: frozenset({S.AWAITING_ITEMS, S.RECEIVED, S.REJECTED, S.CANCELLED}),
        S.AWAITING_ITEMS: frozenset({S.RECEIVED, S.REJECTED, S.CANCELLED}),
        S.RECEIVED: frozenset({S.REFUNDED, S.EXCHANGED, S.REJECTED}),
        S.REFUNDED: frozenset(),
        S.EXCHANGED: frozenset(),
        S.REJECTED: frozenset(),
        S.CANCELLED: frozenset(),
    },
    CaseKind.WARRANTY: {
        # A claim taken by phone waits for the item; one taken at the counter starts as received.
        S.AWAITING_ITEMS: frozenset({S.RECEIVED, S.CANCELLED}),
        S.RECEIVED: frozenset({S.DIAGNOSING, S.REJECTED}),
        S.DIAGNOSING: frozenset({S.AWAITING_PARTS, S.REPAIRED, S.REPLACED, S.REFUNDED, S.REJECTED}),
        S.AWAITING_PARTS: frozenset({S.DIAGNOSING, S.REPAIRED, S.REPLACED, S.REFUNDED}),
        S.REPAIRED: frozenset({S.RETURNED_TO_CUSTOMER}),
        S.REPLACED: frozenset({S.RETURNED_TO_CUSTOMER}),
        S.REJECTED: frozenset({S.RETURNED_TO_CUSTOMER}),
        S.REFUNDED: frozenset(),
        S.RETURNED_TO_CUSTOMER: frozenset(),
        S.CANCELLED: frozenset(),
    },
    CaseKind.GOODWILL: {
        S.DRAFT: frozenset({S.OPEN, S.CANCELLED}),
        S.OPEN: frozenset({S.GRANTED, S.REJECTED, S.CANCELLED}),
        S.GRANTED: frozenset(),
        S.REJECTED: frozenset(),
        S.CANCELLED: frozenset(),
    },
}

# How each state reads on screen and in letters.
STATE_LABEL: dict[CaseState, str] = {
    S.DRAFT: "Draft",
    S.OPEN: "Open",
    S.AWAITING_ITEMS: "Awaiting items",
    S.RECEIVED: "Received",
    S.REFUNDED: "Refunded",
    S.EXCHANGED: "Exchanged",
    S.DIAGNOSING: "Diagnosing",
    S.AWAITING_PARTS: "Awaiting parts",
    S.REPAIRED: "Repaired",
    S.REPLACED: "Replaced",
    S.RETURNED_TO_CUSTOMER: "Returned to customer",
    S.GRANTED: "Granted",
    S.REJECTED: "Rejected",
    S.CANCELLED: "Cancelled",
    S.CLOSED: "Closed",
}


def states(kind: CaseKind) -> tuple[CaseState, ...]:
    return tuple(TRANSITIONS[CaseKind(kind)])


def is_final(kind: CaseKind, state: CaseState) -> bool:
    return not TRANSITIONS[CaseKind(kind)].get(CaseState(state), frozenset())


def open_states(kind: CaseKind) -> tuple[CaseState, ...]:
    return tuple(s for s, following in TRANSITIONS[CaseKind(kind)].items() if following)


def final_states(kind: CaseKind) -> tuple[CaseState, ...]:
    return tuple(s for s, following in TRANSITIONS[CaseKind(kind)].items() if not following)


def next_states(kind: CaseKind, state: CaseState) -> frozenset[CaseState]:
    return TRANSITIONS[CaseKind(kind)].get(CaseState(state), frozenset())


def check_state(kind: CaseKind, state: CaseState) -> None:
    if CaseState(state) not in TRANSITIONS[CaseKind(kind)]:
        raise InvalidInput(f"A {kind_label(kind).lower()} cannot be {STATE_LABEL[CaseState(state)].lower()}.")


def check_transition(kind: CaseKind, current: CaseState, wanted: CaseState) -> None:
    """Refuse a change of state the kind's machine does not allow, saying what is possible instead."""
    kind, current, wanted = CaseKind(kind), CaseState(current), CaseState(wanted)
    check_state(kind, wanted)
    allowed = next_states(kind, current)
    if wanted in allowed:
        return
    label = kind_label(kind).lower()
    if not allowed:
        raise InvalidInput(f"This {label} is {STATE_LABEL[current].lower()}: it is finished and cannot change.")
    options = ", ".join(sorted(STATE_LABEL[s].lower() for s in allowed))
    raise InvalidInput(
        f"A {label} that is {STATE_LABEL[current].lower()} cannot become {STATE_LABEL[wanted].lower()}; "
        f"it can become: {options}."
    )


def kind_label(kind: CaseKind) -> str:
    return {CaseKind.RETURN: "Return", CaseKind.WARRANTY: "Warranty claim", CaseKind.GOODWILL: "Goodwill"}[
        CaseKind(kind)
    ]

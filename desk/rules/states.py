"""Which state of a case may follow which: one state machine per kind of case.

A case is open until it reaches a final state of its kind (then its `closed_at` is set). A rejected return is
over; a rejected warranty claim is not: the item still has to go back to the customer.
"""

from __future__ import annotations

from desk.enums import CaseKind, CaseState
from desk.errors import InvalidInput
from desk.messages import Said, say

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
STATE_LABEL: dict[CaseState, Said] = {
    S.DRAFT: say("Draft"),
    S.OPEN: say("Open"),
    S.AWAITING_ITEMS: say("Awaiting items"),
    S.RECEIVED: say("Received"),
    S.REFUNDED: say("Refunded"),
    S.EXCHANGED: say("Exchanged"),
    S.DIAGNOSING: say("Diagnosing"),
    S.AWAITING_PARTS: say("Awaiting parts"),
    S.REPAIRED: say("Repaired"),
    S.REPLACED: say("Replaced"),
    S.RETURNED_TO_CUSTOMER: say("Returned to customer"),
    S.GRANTED: say("Granted"),
    S.REJECTED: say("Rejected"),
    S.CANCELLED: say("Cancelled"),
    S.CLOSED: say("Closed"),
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
    kind, state = CaseKind(kind), CaseState(state)
    if state in TRANSITIONS[kind]:
        return
    if kind == CaseKind.RETURN:
        raise InvalidInput(say("A return cannot be {state}.", state=state))
    if kind == CaseKind.WARRANTY:
        raise InvalidInput(say("A warranty claim cannot be {state}.", state=state))
    raise InvalidInput(say("A goodwill cannot be {state}.", state=state))


def check_transition(kind: CaseKind, current: CaseState, wanted: CaseState) -> None:
    """Refuse a change of state the kind's machine does not allow, saying what is possible instead."""
    kind, current, wanted = CaseKind(kind), CaseState(current), CaseState(wanted)
    check_state(kind, wanted)
    allowed = next_states(kind, current)
    if wanted in allowed:
        return
    if not allowed:
        if kind == CaseKind.RETURN:
            raise InvalidInput(say("This return is {state}: it is finished and cannot change.", state=current))
        if kind == CaseKind.WARRANTY:
            raise InvalidInput(say("This warranty claim is {state}: it is finished and cannot change.", state=current))
        raise InvalidInput(say("This goodwill is {state}: it is finished and cannot change.", state=current))
    ordered = sorted(allowed, key=lambda s: STATE_LABEL[s].lower())
    options = say("{state}", state=ordered[-1])
    for state in reversed(ordered[:-1]):
        options = say("{item}, {more}", item=say("{state}", state=state), more=options)
    if kind == CaseKind.RETURN:
        raise InvalidInput(say("A return that is {current} cannot become {wanted}; it can become: {options}.",
                               current=current, wanted=wanted, options=options))
    if kind == CaseKind.WARRANTY:
        raise InvalidInput(say("A warranty claim that is {current} cannot become {wanted}; it can become: {options}.",
                               current=current, wanted=wanted, options=options))
    raise InvalidInput(say("A goodwill that is {current} cannot become {wanted}; it can become: {options}.",
                           current=current, wanted=wanted, options=options))


def kind_label(kind: CaseKind) -> Said:
    return {CaseKind.RETURN: say("Return"), CaseKind.WARRANTY: say("Warranty claim"),
            CaseKind.GOODWILL: say("Goodwill")}[CaseKind(kind)]  # fmt: skip

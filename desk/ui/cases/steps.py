"""Which service call each step of a case is: the one table from a button to `desk/`.

Each function returns a callable for the worker (an Op's `fn`), bound to the version the window shows, so a
case changed meanwhile is refused by the service. Service modules are looked up at call time: tests can stand in
for one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desk import case_workflow, returns, warranty
from desk.enums import CaseState
from desk.ui.cases.actions import Act
from desk.ui.cases.dialogs import Call
from desk.ui.context import DeskContext

Step = Callable[[], Any]


def plain_step(ctx: DeskContext, case_id: int, version: int, act: Act) -> Step | None:
    """A step with nothing to ask: received, refund or exchange, diagnosis, awaiting parts, hand back."""
    db, actor = ctx.db, ctx.actor

    def state(wanted: CaseState) -> Step:
        return lambda: case_workflow.change_state(db, actor, case_id, wanted, version)

    steps: dict[Act, Step] = {
        Act.RECEIVED: state(CaseState.RECEIVED),
        Act.AWAIT_PARTS: state(CaseState.AWAITING_PARTS),
        Act.REFUND: lambda: returns.refund_return(db, actor, case_id, version),
        Act.EXCHANGE: lambda: returns.refund_return(db, actor, case_id, version),  # it ends exchanged
        Act.DIAGNOSE: lambda: warranty.start_diagnosis(db, actor, case_id, version),
        Act.HAND_BACK: lambda: warranty.hand_back(db, actor, case_id, version),
    }
    return steps.get(act)


def reason_call(ctx: DeskContext, case_id: int, purpose: str) -> Call:
    """purpose: "reject_claim" (not covered), "reject_return" or "cancel"."""
    db, actor = ctx.db, ctx.actor
    if purpose == "reject_claim":
        return lambda version, values: warranty.reject_claim(db, actor, case_id, version, values["reason"])
    wanted = CaseState.REJECTED if purpose == "reject_return" else CaseState.CANCELLED
    return lambda version, values: case_workflow.change_state(db, actor, case_id, wanted, version, values["reason"])


def assign_call(ctx: DeskContext, case_id: int) -> Call:
    db, actor = ctx.db, ctx.actor
    return lambda version, values: warranty.assign_claim(db, actor, case_id, version, **values)


def resolve_call(ctx: DeskContext, case_id: int) -> Call:
    db, actor = ctx.db, ctx.actor
    return lambda version, values: warranty.resolve_claim(db, actor, case_id, version, **values)


def resolutions_open(next_states: tuple[CaseState, ...]) -> list[str]:
    """The resolutions the claim's state machine allows now (repair, replace, refund)."""
    return [resolution for resolution, state in warranty.RESOLVED_STATE.items() if state in next_states]

"""How an approval request reads on screen: one place for the sentences the list, the detail pane, the status
bar and LiveUpdates share, so a request is described the same way everywhere.

Plain functions of plain data (ApprovalRow in, text out), translatable, tested without a window. The services
keep English codes and labels for reports; these are what a person reads.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from desk.ui.formatting import decision_kind_label
from desk.ui.formatting import reason_code_label as reason_label  # noqa: F401 - the panel's name for it
from desk.ui.formatting import role_label

from desk.approvals import ApprovalRow
from desk.enums import ApprovalState, DecisionKind
from desk.ui.formatting import format_money, local_time


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def kind_label(kind: DecisionKind) -> str:
    """What is asked for, as a noun that follows the amount: "80.00 EUR goodwill voucher"."""
    return decision_kind_label(kind).lower()


def state_label(state: ApprovalState) -> str:
    return {
        ApprovalState.PENDING: translate("approvals", "Waiting"),
        ApprovalState.APPROVED: translate("approvals", "Approved"),
        ApprovalState.REJECTED: translate("approvals", "Rejected"),
        ApprovalState.WITHDRAWN: translate("approvals", "Withdrawn"),
        ApprovalState.EXPIRED: translate("approvals", "Expired"),
    }[ApprovalState(state)]


def what(row: ApprovalRow) -> str:
    """ "80.00 EUR goodwill voucher" """
    return f"{format_money(row.amount, row.currency)} {kind_label(row.kind)}"


def title(row: ApprovalRow) -> str:
    """The list's first line: what, then for whom."""
    return f"{what(row)} · {row.customer_name}" if row.customer_name else what(row)


def ago(moment: datetime, now: datetime | None = None) -> str:
    """ "just now", "12 min ago", "3 h ago", then the day and time: how long someone has been waiting."""
    now = now or datetime.now(timezone.utc)
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return translate("approvals", "just now")
    if minutes < 60:
        return translate("approvals", "{n} min ago").format(n=minutes)
    if minutes < 24 * 60:
        return translate("approvals", "{n} h ago").format(n=minutes // 60)
    return local_time(moment).strftime("%d/%m %H:%M")


def flags(row: ApprovalRow) -> str:
    """What needs attention, in words (shown in amber): escalated, reminded, decided as someone's delegate."""
    parts = []
    if row.escalations:
        parts.append(translate("approvals", "escalated") if row.escalations == 1 else translate("approvals", "escalated ×{n}").format(n=row.escalations))
    if row.reminded:
        parts.append(translate("approvals", "reminded"))
    return " · ".join(parts)


def queue_line(row: ApprovalRow, now: datetime | None = None) -> str:
    """The queue's second line without its flags: "Ana · Barcelona Diagonal · 12 min ago · store manager"."""
    parts = [row.requester, row.requester_store or "", ago(row.created_at, now), role_label(row.required_role)]
    if row.on_behalf_of:
        parts.append(translate("approvals", "for {name}").format(name=row.on_behalf_of))
    return " · ".join(p for p in parts if p)


def mine_line(row: ApprovalRow, now: datetime | None = None) -> str:
    """The requester's second line: where the request stands."""
    if row.state == ApprovalState.PENDING:
        return translate("approvals", "Waiting for a {role} · asked {when}").format(role=role_label(row.required_role),
                                                                 when=ago(row.created_at, now))  # fmt: skip
    return " · ".join(p for p in (outcome(row), ago(row.decided_at, now) if row.decided_at else "") if p)


def outcome(row: ApprovalRow) -> str:
    """ "Approved by Marc", "Rejected by Marc", "Withdrawn", "Expired: nobody decided in time" """
    if row.state == ApprovalState.EXPIRED:
        return translate("approvals", "Expired: nobody decided in time")
    if row.decided_by and row.state in (ApprovalState.APPROVED, ApprovalState.REJECTED):
        verb = translate("approvals", "Approved by {name}") if row.state == ApprovalState.APPROVED else translate("approvals", "Rejected by {name}")
        return verb.format(name=row.decided_by)
    return state_label(row.state)


def answer_message(row: ApprovalRow) -> str:
    """What the requester reads when the answer arrives, in the status bar:
    "Goodwill voucher 80.00 EUR for Begoña García López was approved by Marc"."""
    kind = kind_label(row.kind)
    subject = f"{kind[:1].upper()}{kind[1:]} {format_money(row.amount, row.currency)}"
    if row.customer_name:
        subject = translate("approvals", "{what} for {customer}").format(what=subject, customer=row.customer_name)
    by = row.decided_by or translate("approvals", "someone")
    if row.state == ApprovalState.APPROVED:
        return translate("approvals", "{subject} was approved by {name}").format(subject=subject, name=by)
    if row.state == ApprovalState.REJECTED:
        text = translate("approvals", "{subject} was rejected by {name}").format(subject=subject, name=by)
        return f"{text}: {row.decision_reason}" if row.decision_reason else text
    if row.state == ApprovalState.EXPIRED:
        return translate("approvals", "{subject} expired: nobody decided in time").format(subject=subject)
    return translate("approvals", "{subject} was withdrawn").format(subject=subject)

"""Approvals: the queue a manager or supervisor decides with the context to decide, everyone's own requests with
their answers, and delegating while away. Live updates from other desks come from desk.ui.live."""

from desk.ui.approvals.delegate import DelegateDialog
from desk.ui.approvals.panel import ApprovalsPanel

__all__ = ["ApprovalsPanel", "DelegateDialog"]

"""Goodwill from the customer's screen: a voucher, refund, free repair, fee waived or price adjusted, with the
empowerment verdict live while the agent types."""

from desk.ui.goodwill.dialog import GoodwillDialog

__all__ = ["GoodwillDialog"]

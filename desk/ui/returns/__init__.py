"""Taking a return from the customer's screen."""

from desk.ui.returns.dialog import ReturnDialog

__all__ = ["ReturnDialog"]

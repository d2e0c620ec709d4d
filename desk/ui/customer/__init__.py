"""The customer 360 screen: header, timeline, event detail and "Log a contact"."""

from desk.ui.customer.view import CustomerView

__all__ = ["CustomerView"]

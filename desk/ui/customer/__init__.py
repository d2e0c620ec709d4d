"""The customer 360 screen: header, timeline, event detail and its actions (contact, return, warranty claim)."""

from desk.ui.customer.view import CustomerView

__all__ = ["CustomerView"]

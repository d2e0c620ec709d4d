"""Warranty claims in the desk: the guided intake dialog (which item, the claim, the live cover verdict)."""

from desk.ui.warranty.dialog import WarrantyClaimDialog

__all__ = ["WarrantyClaimDialog"]

"""Posventa Desk: services (plain Python, no Qt) for the after-sales desk."""

__version__ = "0.1.0"

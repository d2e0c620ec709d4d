"""Administration: the empowerment limits screen (role limits and personal overrides)."""

from desk.ui.admin.limits import LimitsDialog, open_limits

__all__ = ["LimitsDialog", "open_limits"]

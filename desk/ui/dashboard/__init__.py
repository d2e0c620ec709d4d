"""The supervisors' dashboard (service figures) and the survey dialog of the case window."""

from desk.ui.dashboard.survey_dialog import SurveyDialog
from desk.ui.dashboard.window import DashboardWindow, add_entry_point, open_dashboard

__all__ = ["DashboardWindow", "SurveyDialog", "add_entry_point", "open_dashboard"]

"""Cases: one window per case (its facts, decisions, documents, history and next steps) and the agent's worklist."""

from desk.ui.cases.my_cases import MyCasesPanel
from desk.ui.cases.window import CaseWindow, open_case

__all__ = ["CaseWindow", "MyCasesPanel", "open_case"]

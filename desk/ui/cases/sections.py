"""The parts of the case window below its header: items, decisions, warranty details, documents, history.

Each is a widget of plain data with one `show(...)` method; none loads anything or holds an ORM object.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.case_view import CaseDetail, CaseLineView, DecisionView, WarrantyView
from desk.documents import DocumentInfo
from desk.enums import DecisionStatus
from desk.timeline import TimelineRow
from desk.ui.formatting import (
    cause_label,
    condition_label,
    cost_bearer_label,
    decision_kind_label,
    decision_status_label,
    entitlement_label,
    format_date,
    format_money,
    format_when,
    resolution_label,
)
from desk.ui.wording import spoken

AMBER, RED, GREEN = QColor("#8a5a00"), QColor("#b42318"), QColor("#1f7a3f")
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def section_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("sectionTitle")
    return title


def table(parent: QWidget, name: str, columns: list[str]) -> QTreeWidget:
    """A read-only table in the desk's look: whole rows selected, no tree decoration."""
    view = QTreeWidget(parent)
    view.setObjectName(name)
    view.setColumnCount(len(columns))
    view.setHeaderLabels(columns)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAllColumnsShowFocus(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def fit_columns(view: QTreeWidget, stretch: int) -> None:
    """Every column as wide as its contents, one column taking the rest: no sideways scrolling for a few rows."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_height(view: QTreeWidget, rows: int, at_most: int = 6) -> None:
    """As tall as its rows (up to `at_most`): a two-line table should not take half the window."""
    row = view.sizeHintForRow(0) if view.topLevelItemCount() else 26
    view.setFixedHeight(view.header().sizeHint().height() + max(1, min(rows, at_most)) * max(row, 24) + 6)


class LinesSection(QWidget):
    """What the customer brought: one row per line, and the rules' word on the selected line below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title(self.tr("Items"), self)
        self.view = table(self, "caseLines", [self.tr("Item"), self.tr("Order"), self.tr("Qty"), self.tr("Serial"),
                                              self.tr("Condition"), self.tr("Refund"), self.tr("Fee"), self.tr("Note")])  # fmt: skip
        self.detail = QLabel(self)
        self.detail.setObjectName("lineDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fit_columns(self.view, 0)
        self.view.currentItemChanged.connect(lambda item, _old: self._explain(item))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.detail)
        self._currency = "EUR"
        self._explained = True

    def show_lines(self, case: CaseDetail) -> None:
        self._currency = case.currency
        self.view.clear()
        for line in case.lines:
            self.view.addTopLevelItem(self._row(line))
        money = any(line.amount is not None for line in case.lines)
        # A column with nothing to say is left out, so the item's name keeps its room.
        says = {
            2: any(line.quantity != 1 for line in case.lines),
            3: any(line.serial_number for line in case.lines),
            4: money, 5: money,
            6: any(line.fee_waived or line.restocking_fee for line in case.lines),
            7: any(line.accepted_as_exception for line in case.lines),
        }  # fmt: skip
        for column, shown in says.items():
            self.view.setColumnHidden(column, not shown)
        fit_height(self.view, len(case.lines), 4)
        # A claim's line says what its details below say already; a return's lines each have the rules' word.
        self._explained = money
        if case.lines:
            self.view.setCurrentItem(self.view.topLevelItem(0))
        self._explain(self.view.currentItem())

    def _row(self, line: CaseLineView) -> QTreeWidgetItem:
        if line.fee_waived:
            fee = self.tr("waived")
        elif line.restocking_fee:
            fee = format_money(line.restocking_fee, self._currency)
        else:
            fee = "—"
        refund = format_money(line.amount, self._currency) if line.amount is not None else ""
        note = self.tr("Exception") if line.accepted_as_exception else ""
        item = QTreeWidgetItem([line.description, line.order_number or self.tr("none"), str(line.quantity),
                                line.serial_number or "", condition_label(line.condition), refund, fee, note])  # fmt: skip
        for column in (2, 5, 6):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.accepted_as_exception:
            item.setForeground(7, QBrush(AMBER))
        item.setData(0, Qt.ItemDataRole.UserRole, self._explanation(line))
        tip = self._explanation(line)
        for column in range(item.columnCount()):
            item.setToolTip(column, tip)
        return item

    def _explanation(self, line: CaseLineView) -> str:
        parts = [spoken(line.assessment)]
        if line.reason:
            parts.append(self.tr("Customer's reason: {reason}").format(reason=line.reason))
        if line.accepted_as_exception:
            parts.append(self.tr("Accepted as an exception to the rules."))
        return "\n".join(part for part in parts if part)

    def _explain(self, item: QTreeWidgetItem | None) -> None:
        text = str(item.data(0, Qt.ItemDataRole.UserRole) or "") if item is not None and self._explained else ""
        self.detail.setText(f"<b>{html.escape(item.text(0))}</b><br>{html.escape(text).replace(chr(10), '<br>')}"
                            if text and item is not None else "")  # fmt: skip
        self.detail.setVisible(bool(text))


class DecisionsSection(QWidget):
    """What was granted or asked for on the case, with its status; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title(self.tr("Decisions"), self)
        self.view = table(self, "caseDecisions", [self.tr("Decision"), self.tr("Amount"), self.tr("Status"),
                                                  self.tr("Asked by"), self.tr("Reason")])  # fmt: skip
        fit_columns(self.view, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    def show_decisions(self, decisions: tuple[DecisionView, ...]) -> None:
        self.view.clear()
        for d in decisions:
            item = QTreeWidgetItem([decision_kind_label(d.kind), format_money(d.amount, d.currency), decision_status_label(d.status),
                                    d.requested_by, d.reason_text])  # fmt: skip
            item.setToolTip(3, self.tr("Asked {when}").format(when=format_when(d.created_at)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            colour = {DecisionStatus.PENDING_APPROVAL: AMBER, DecisionStatus.REJECTED: RED,
                      DecisionStatus.GRANTED: GREEN}.get(d.status)  # fmt: skip
            if colour is not None:
                item.setForeground(2, QBrush(colour))
            item.setToolTip(4, d.reason_text)
            self.view.addTopLevelItem(item)
        fit_height(self.view, len(decisions), 4)
        self.setVisible(bool(decisions))


class WarrantySection(QWidget):
    """The claim's own facts, in the order the counter asks for them; empty facts are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title(self.tr("Warranty claim"), self)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(5)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(self.form)

    def show_claim(self, claim: WarrantyView | None, currency: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.setVisible(claim is not None)
        if claim is None:
            return
        day = lambda d: format_date(d) if d else ""  # noqa: E731
        who = " · ".join(part for part in (claim.technician or "", claim.repair_centre or "") if part)
        bearer = cost_bearer_label(claim.cost_bearer)
        if bearer and claim.charge_to:
            bearer = self.tr("{bearer}, charged to {who}").format(bearer=bearer, who=claim.charge_to)
        entitlement = entitlement_label(claim.entitlement)
        rows = [
            ("serial", self.tr("Serial number"), claim.serial_number or self.tr("none given"), True),
            ("fault", self.tr("Fault"), claim.fault_description, True),
            ("cause", self.tr("Cause"), cause_label(claim.cause) if claim.cause else "", False),
            ("accessories", self.tr("Accessories left"), claim.accessories, False),
            ("damage", self.tr("Visible damage"), claim.visible_damage, False),
            ("entitlement", self.tr("Entitlement"), entitlement, True),
            ("reasons", self.tr("Why"), claim.entitlement_reasons, False),
            ("cover", self.tr("Covered until"), day(claim.cover_until), False),
            ("quote", self.tr("Repair quote"), format_money(claim.quote_amount, currency)
             if claim.quote_amount is not None else "", False),
            ("technician", self.tr("Handled by"), who or self.tr("not assigned yet"), True),
            ("diagnosis", self.tr("Diagnosis"), claim.diagnosis or self.tr("not diagnosed yet"), True),
            ("resolution", self.tr("Resolution"), resolution_label(claim.resolution), False),
            ("replacement", self.tr("Replacement serial"), claim.replacement_serial or "", False),
            ("bearer", self.tr("Cost borne by"), bearer, False),
            ("repair_cover", self.tr("Repair covered until"), day(claim.repair_cover_until), False),
            ("replacement_cover", self.tr("Replacement covered until"), day(claim.replacement_cover_until), False),
        ]  # fmt: skip
        for key, caption, value, always in rows:
            if not value and not always:
                continue
            label = QLabel(value, self)
            label.setObjectName("claimValue")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "entitlement":
                label.setObjectName("claimEntitlement")
                label.setProperty("tone", str(claim.entitlement or "none"))
            caption_label = QLabel(caption, self)
            caption_label.setObjectName("claimCaption")
            self.form.addRow(caption_label, label)
            self.fields[key] = label


class DocumentsSection(QWidget):
    """Letters and attached files; the window wires the buttons (open, print, attach)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title(self.tr("Documents"), self)
        self.view = table(self, "caseDocuments", [self.tr("Document"), self.tr("Added")])
        fit_columns(self.view, 0)
        self.empty = QLabel(self.tr("No documents yet: print a letter or attach a photo."), self)
        self.empty.setObjectName("quiet")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)

    def show_documents(self, documents: tuple[DocumentInfo, ...]) -> None:
        keep = self.current_document()
        self.view.clear()
        for doc in reversed(documents):  # newest first, like the history
            kind = self.tr("Attached file") if doc.kind == "attachment" else self.tr("Letter")
            item = QTreeWidgetItem([doc.filename, format_when(doc.created_at)])
            item.setData(0, DOCUMENT_ROLE, doc.id)
            item.setToolTip(0, f"{doc.filename}\n{kind} · {doc.content_type}")
            self.view.addTopLevelItem(item)
            if doc.id == keep:
                self.view.setCurrentItem(item)
        if self.view.currentItem() is None and documents:
            self.view.setCurrentItem(self.view.topLevelItem(0))
        self.empty.setVisible(not documents)

    def current_document(self) -> int | None:
        item = self.view.currentItem()
        return int(item.data(0, DOCUMENT_ROLE)) if item is not None else None


class HistorySection(QWidget):
    """What happened on the case, newest first, each event with its details (reasons, notes) in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title(self.tr("History"), self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("caseHistory")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.rows: tuple[TimelineRow, ...] = ()

    def show_history(self, rows: tuple[TimelineRow, ...]) -> None:
        self.rows = rows
        parts = []
        for row in rows:
            detail = html.escape(spoken(row.detail)).replace("\n", "<br>") if row.detail else ""
            parts.append(
                f"<p style='margin:0 0 8px 0'><span style='color:#52606d'>{html.escape(format_when(row.occurred_at))}"
                f"</span><br><b>{html.escape(spoken(row.title))}</b>"
                + (f"<br><span style='color:#334e68'>{detail}</span>" if detail else "")
                + "</p>"
            )
        nothing = html.escape(self.tr("Nothing yet."))  # not inside the f-string: lupdate would not see it
        self.view.setHtml("".join(parts) or f"<p style='color:#627d98'>{nothing}</p>")

"""The context to decide one request, beside the queue: what is asked and for whom, what the customer is worth and
has already had, why the agent asks (their words, not just a code), how late it is, and where it stands.

Display only: it shows one ApprovalRow (plain data) and asks for nothing; the panel owns the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desk.approvals import ApprovalRow
from desk.enums import ApprovalState
from desk.goodwill import REASON_CODES
from desk.ui.approvals import texts
from desk.ui.formatting import format_amounts, format_when, tier_label

FIELDS = ("tier", "spend", "goodwill", "reason", "words", "days", "asked", "needs", "behalf", "case", "answer",
          "answer_reason")  # fmt: skip


class ApprovalDetail(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDetail")
        self.row: ApprovalRow | None = None
        self.what = self._label("approvalWhat")
        self.customer = self._label("approvalCustomer")
        self.flags = self._label("approvalFlags")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        captions = {
            "tier": self.tr("Tier"), "spend": self.tr("Lifetime spend"),
            "goodwill": self.tr("Goodwill, 12 months"), "reason": self.tr("Reason"), "words": self.tr("In their words"),
            "days": self.tr("Past the window"), "asked": self.tr("Asked by"), "needs": self.tr("Needs"),
            "behalf": self.tr("Deciding for"), "case": self.tr("Case"), "answer": self.tr("Answer"),
            "answer_reason": self.tr("Why"),
        }  # fmt: skip
        self.fields: dict[str, QLabel] = {}
        for name in FIELDS:
            caption = QLabel(captions[name], self)
            caption.setObjectName("approvalCaption")
            value = self._label("approvalWords" if name in ("words", "answer_reason") else "approvalValue")
            self.fields[name] = value
            self.form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.what)
        layout.addWidget(self.customer)
        layout.addWidget(self.flags)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.show_row(None)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons are typed by people: never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _set(self, name: str, text: str) -> None:
        self.fields[name].setText(text)
        self.form.setRowVisible(self.fields[name], bool(text))

    def show_row(self, row: ApprovalRow | None) -> None:
        """Show one request's context (None: nothing selected, the pane stays blank)."""
        self.row = row
        self.setVisible(row is not None)
        if row is None:
            return
        self.what.setText(texts.what(row)[:1].upper() + texts.what(row)[1:])
        customer = " · ".join(p for p in (row.customer_name, row.customer_number) if p)
        self.customer.setText(self.tr("for {customer}").format(customer=customer) if customer else "")
        self.customer.setVisible(bool(customer))
        pending = row.state == ApprovalState.PENDING
        flag = texts.flags(row) if pending else ""
        self.flags.setText(self._flag_sentence(row) if flag else "")
        self.flags.setVisible(bool(flag))
        self._set("tier", tier_label(row.loyalty_tier) if row.loyalty_tier else "")
        self._set("spend", self._spend(row))
        self._set("goodwill", self._goodwill(row))
        self._set("reason", texts.reason_label(row.reason_code))
        words = row.reason_text.strip()
        plain = (texts.reason_label(row.reason_code), REASON_CODES.get(row.reason_code))  # no words were typed
        self._set("words", f"“{words}”" if words and words not in plain else "")
        days = row.days_past_window
        self._set("days", (self.tr("1 day") if days == 1 else self.tr("{n} days").format(n=days)) if days else "")
        asked = " · ".join(p for p in (row.requester, row.requester_store or "") if p)
        self._set("asked", f"{asked}\n{format_when(row.created_at)} ({texts.ago(row.created_at)})")
        self._set("needs", self.tr("a {role}").format(role=texts.role_label(row.required_role)) if pending else "")
        self._set("behalf", self.tr("{name} (you are their delegate)").format(name=row.on_behalf_of)
                  if row.on_behalf_of else "")  # fmt: skip
        self._set("case", row.case_number or "")
        answer = "" if pending else texts.outcome(row)
        if answer and row.decided_at is not None:
            answer = f"{answer}\n{format_when(row.decided_at)}"
        self._set("answer", answer)
        self._set("answer_reason", (row.decision_reason or "") if not pending else "")

    def _spend(self, row: ApprovalRow) -> str:
        if not row.customer_id:
            return ""
        return format_amounts(row.lifetime_spend) if row.lifetime_spend else self.tr("no purchases on record")

    def _goodwill(self, row: ApprovalRow) -> str:
        if not row.customer_id:
            return ""
        if not row.goodwill_12m:
            return self.tr("none")
        return format_amounts(row.goodwill_12m)

    def _flag_sentence(self, row: ApprovalRow) -> str:
        """The amber line: why this one is late, in a sentence."""
        parts = []
        if row.escalations:
            parts.append(self.tr("Moved up: nobody decided it in time at the level below."))
        if row.reminded:
            parts.append(self.tr("Reminder sent: it has been waiting a while."))
        return " ".join(parts)

    def refresh_ages(self) -> None:
        """Repaint "12 min ago" (a timer calls this each minute)."""
        self.show_row(self.row)

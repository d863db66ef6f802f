"""Briefing paper details: the agenda item, purpose and Schedule 12A paragraph of each paper,
and the author and contact on every briefing — what the front sheet shows."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.export import paper
from desktop.export.paper import PaperDetails, PaperError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.store import Store

WHOLE = -1  # the combo's key for the whole-scorecard paper (meetings are keyed by id)
OWN_FIELDS = ("agenda_item", "purpose", "exempt_paragraph")


class PaperDialog(QDialog):
    """Edit the details of each paper (switching papers keeps what was typed) and the
    standing ones; Save checks everything, then keeps it all in one transaction."""

    def __init__(
        self,
        store: Store,
        meetings: Sequence[tuple[int, str]],
        *,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paperDialog")
        self.setWindowTitle("Briefing paper details")
        self.setAccessibleName("Briefing paper details")
        self.store = store
        with store.read_session() as session:
            self._standing = paper.standing(session)
            self._own: dict[int, PaperDetails] = {WHOLE: self._standing}
            for mid, _shown in meetings:
                self._own[mid] = paper.for_meeting(session, mid)
        self._typed: dict[int, dict[str, str]] = {}  # papers edited, by key: field -> text
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperFor")
        self.paper_combo.setAccessibleName("Paper for")
        self.paper_combo.addItem("The whole scorecard", WHOLE)
        for mid, shown in meetings:
            self.paper_combo.addItem(shown, mid)
        self.agenda_item = self._line("paperAgendaItem", "Agenda item number", "e.g. 7")
        self.agenda_item.setMaxLength(paper.LIMITS["agenda_item"] + 12)  # room for "Item "
        self.purpose = QPlainTextEdit(self)
        self.purpose.setObjectName("paperPurpose")
        self.purpose.setAccessibleName("Purpose of the paper")
        self.purpose.setPlaceholderText("Blank: the briefing says what it covers")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 4 + 12)
        self.paragraph = self._line("paperParagraph", "Schedule 12A paragraph", "")
        self.author = self._line("paperAuthor", "Report author", "e.g. Scrutiny Officer")
        self.author.setText(self._standing.author or "")
        self.contact = self._line("paperContact", "Contact", "e.g. scrutiny@council.gov.uk")
        self.contact.setText(self._standing.contact or "")
        self.problem = QLabel(self)
        self.problem.setObjectName("paperProblem")
        self.problem.setAccessibleName("Problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName("Save the paper details")
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._shown = WHOLE
        index = self.paper_combo.findData(meeting_id if meeting_id is not None else WHOLE)
        self.paper_combo.setCurrentIndex(max(index, 0))
        self._show(self.paper_combo.currentData())
        self.paper_combo.currentIndexChanged.connect(self._on_paper)

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lay_out(self) -> None:
        def label(text: str, buddy: QWidget) -> QLabel:
            made = QLabel(text, self)
            made.setBuddy(buddy)
            return made

        this_paper = QGroupBox("This paper", self)
        own = QFormLayout(this_paper)
        own.addRow(label("&Paper for:", self.paper_combo), self.paper_combo)
        own.addRow(label("Agenda &item:", self.agenda_item), self.agenda_item)
        own.addRow(label("P&urpose:", self.purpose), self.purpose)
        own.addRow(label("Schedule 12A pa&ragraph:", self.paragraph), self.paragraph)
        every = QGroupBox("On every briefing", self)
        standing = QFormLayout(every)
        standing.addRow(label("Report &author:", self.author), self.author)
        standing.addRow(label("&Contact:", self.contact), self.contact)
        layout = QVBoxLayout(self)
        layout.addWidget(this_paper)
        layout.addWidget(every)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        order = [
            self.paper_combo,
            self.agenda_item,
            self.purpose,
            self.paragraph,
            self.author,
            self.contact,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setMinimumWidth(520)

    # --- one paper at a time ---------------------------------------------------------------
    def _fields(self) -> dict[str, str]:
        return {
            "agenda_item": self.agenda_item.text(),
            "purpose": self.purpose.toPlainText(),
            "exempt_paragraph": self.paragraph.text(),
        }

    def _show(self, key: int) -> None:
        self._shown = key
        saved = self._own[key]
        typed = self._typed.get(key) or {field: getattr(saved, field) or "" for field in OWN_FIELDS}
        self.agenda_item.setText(typed["agenda_item"])
        self.purpose.setPlainText(typed["purpose"])
        self.paragraph.setText(typed["exempt_paragraph"])
        usual = self._typed.get(WHOLE, {}).get("exempt_paragraph", self._standing.exempt_paragraph)
        with suppress(PaperError):  # else shown as typed; Save says what is wrong with it
            usual = paper.clean_paragraph(usual)
        if key == WHOLE:
            self.paragraph.setPlaceholderText("e.g. 3 — the usual one, for every meeting too")
            self.paragraph.setAccessibleDescription(
                "The paragraph cited for exempt material unless a meeting names its own"
            )
        else:
            self.paragraph.setPlaceholderText(
                f"Blank: the usual one ({usual})" if usual else "Blank: the usual one (none set)"
            )
            self.paragraph.setAccessibleDescription("Blank uses the usual paragraph")

    def _on_paper(self, _index: int) -> None:
        self._typed[self._shown] = self._fields()
        self._show(self.paper_combo.currentData())

    # --- saving ------------------------------------------------------------------------------
    def accept(self) -> None:
        self._typed[self._shown] = self._fields()
        try:
            with self.store.session() as session:
                for key, fields in self._typed.items():
                    self._save_one(session, key, fields)
                try:
                    paper.save_standing(
                        session, author=self.author.text(), contact=self.contact.text()
                    )
                except PaperError as err:
                    self._focus_on(str(err))
                    raise
        except PaperError as err:
            self.problem.setText(f"Not saved: {err}")
            self.problem.show()
            return
        super().accept()

    def _save_one(self, session: Session, key: int, fields: dict[str, str]) -> None:
        try:
            if key == WHOLE:
                paper.save_standing(session, **fields)
            else:
                paper.save_meeting(session, key, **fields)
        except PaperError as err:
            name = self.paper_combo.itemText(self.paper_combo.findData(key))
            if key != self._shown:
                self.paper_combo.setCurrentIndex(self.paper_combo.findData(key))
            self._focus_on(str(err))
            raise PaperError(f"{name}: {err}") from err

    def _focus_on(self, message: str) -> None:
        """Put the keyboard in the box the problem is about."""
        if "paragraph" in message or "Schedule 12A" in message:
            self.paragraph.setFocus()
        elif "agenda item" in message:
            self.agenda_item.setFocus()
        elif "purpose" in message:
            self.purpose.setFocus()
        elif "author" in message:
            self.author.setFocus()
        elif "contact" in message:
            self.contact.setFocus()

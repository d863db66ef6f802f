"""Small widgets of the indicator detail pane: RAG badges, labels, headings, lines of enquiry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.types import Enquiry
from desktop.ui.rag_style import RAG_GLYPHS, RAG_LETTERS, RAG_WORDS, rag_colour


class RagBadge(QLabel):
    """A RAG rating as shape, letter and word on its colour; "Not rated" in palette colours."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._rag: str | None = None
        self._dark = False
        self._shown: tuple[str | None, bool] | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_rag(None)

    def rag(self) -> str | None:
        return self._rag

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            self.set_rag(self._rag)

    def set_rag(self, rag: str | None) -> None:
        rag = rag if rag in RAG_WORDS else None
        if (rag, self._dark) == self._shown:
            return
        self._shown = (rag, self._dark)
        self._rag = rag
        if self._rag is None:
            # palette colours only: a style sheet would pin the palette the badge had at the time
            self.setText("Not rated")
            self.setStyleSheet("")
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setMargin(2)
            words = "not rated"
        else:
            colour = rag_colour(self._rag, dark=self._dark)
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setMargin(0)
            self.setText(
                f"{RAG_GLYPHS[self._rag]} {RAG_LETTERS[self._rag]} · {RAG_WORDS[self._rag]}"
            )
            self.setStyleSheet(
                f"QLabel {{ background: {colour.fill}; color: {colour.text}; "
                "border-radius: 4px; padding: 2px 8px; font-weight: bold; }"
            )
            words = RAG_WORDS[self._rag]
        self.setAccessibleName(f"RAG {self._caption}: {words}")
        self.setToolTip(f"RAG {self._caption}: {words}")


REMEASURE = frozenset(
    {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange}
)
MEASURED_TEXTS = 16  # texts a label remembers its sizes for before starting afresh


class _Measures:
    """What QLabel worked out for one text: its size hints and its height at each width."""

    __slots__ = ("heights", "hint", "least")

    def __init__(self) -> None:
        self.hint: QSize | None = None
        self.least: QSize | None = None
        self.heights: dict[int, int] = {}


class SelectableLabel(QLabel):
    """Plain text the mouse can select, as QLabel's TextSelectableByMouse, made ready on hover.

    A selectable label keeps its text in a text document, which each change of text lays out
    again, several times over as the pane is laid out: about a tenth of a switch of indicator.
    This one becomes selectable as the pointer enters it, and plain again as it leaves, unless
    text is selected in it or it has the focus.

    QLabel works its sizes out again at each new text, laying the text out five or six times
    (its size hints, its height at each width asked); this one remembers them for its last
    few texts, as many sentences (the direction of travel, a red streak, the lines of enquiry,
    where the indicator sits) recur from one indicator to the next.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._measures: dict[tuple[str, bool], _Measures] = {}  # by (text, word wrap)

    def _measured(self) -> _Measures:
        """The sizes remembered for the text shown; for no text, none are kept (an empty
        QLabel measures as no text at all until it has had one, then as an empty line)."""
        text = self.text()
        if not text:
            return _Measures()
        shown = (text, self.wordWrap())
        measures = self._measures.get(shown)
        if measures is None:
            if len(self._measures) >= MEASURED_TEXTS:
                self._measures.clear()
            measures = self._measures[shown] = _Measures()
        return measures

    def sizeHint(self) -> QSize:
        measures = self._measured()
        if measures.hint is None:
            measures.hint = super().sizeHint()
        return QSize(measures.hint)

    def minimumSizeHint(self) -> QSize:
        measures = self._measured()
        if measures.least is None:
            measures.least = super().minimumSizeHint()
        return QSize(measures.least)

    def heightForWidth(self, width: int) -> int:
        """QLabel's own, remembered: one pass of the pane's layout asks the wrapped labels for
        their height some hundred times, mostly at widths already asked, and each time QLabel
        lays its text out again (about a twentieth of a switch)."""
        heights = self._measured().heights
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in REMEASURE:
            self._measures.clear()  # the same text now takes other room
        super().changeEvent(event)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        if flags != self.textInteractionFlags():
            self._measures.clear()  # a selectable label measures its text another way
        super().setTextInteractionFlags(flags)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if not self.hasSelectedText() and not self.hasFocus():
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.underMouse() and not self.hasSelectedText():
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)


class EnquiryRow(QWidget):
    """One suggested line of enquiry with its "Record as question" button."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enquiry = Enquiry(rule="", text="")
        self.text = SelectableLabel()
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton("Record as question")
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_enquiry(self, enquiry: Enquiry) -> None:
        self._enquiry = enquiry
        facts = "\n".join(f"• {fact}" for fact in enquiry.facts)
        self.text.setText(enquiry.text)
        self.text.setToolTip(facts or enquiry.text)
        self.text.setAccessibleName(f"Suggested line of enquiry: {enquiry.text}")
        self.button.setAccessibleName(f"Record as question: {enquiry.text}")
        self.button.setToolTip(
            "Add this line of enquiry to the questions for this indicator (Ctrl+Shift+R)"
        )

    def enquiry(self) -> Enquiry:
        return self._enquiry

    def _emit(self) -> None:
        self.chosen.emit(self._enquiry.rule, self._enquiry.text)


class EnquiryList(QWidget):
    """The suggested lines of enquiry, rows reused between indicators."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Suggested lines of enquiry")
        self._rows: list[EnquiryRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel("No suggested lines of enquiry for this indicator.")
        self._empty.setAccessibleName("No suggested lines of enquiry")
        self._layout.addWidget(self._empty)

    def set_enquiries(self, enquiries: tuple[Enquiry, ...]) -> None:
        while len(self._rows) < len(enquiries):
            row = EnquiryRow(self)
            row.chosen.connect(self.chosen)
            self._layout.addWidget(row)
            self._rows.append(row)
        for row, enquiry in zip(self._rows, enquiries, strict=False):
            row.set_enquiry(enquiry)
            row.setVisible(True)
        for row in self._rows[len(enquiries) :]:
            row.setVisible(False)
        self._empty.setVisible(not enquiries)

    def rows(self) -> list[EnquiryRow]:
        return [row for row in self._rows if not row.isHidden()]


class FiguresHeader(QHeaderView):
    """The figures table's column headings, each heading's size remembered from its words.

    Each switch of indicator fits the table's columns to the new figures, and each resize
    makes QHeaderView work out again how tall the heading row is, laying out the words of
    every heading, though the headings are nearly always the same ones.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the heading QTableView makes for itself
        self.setHighlightSections(True)
        self._sizes: dict[str, QSize] = {}  # by a heading's words as shown

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        model = self.model()
        words = model.headerData(logicalIndex, self.orientation()) if model is not None else None
        key = str(words)
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = super().sectionSizeFromContents(logicalIndex)
        return QSize(size)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in REMEASURE:
            self._sizes.clear()  # the same words now take other room
        super().changeEvent(event)

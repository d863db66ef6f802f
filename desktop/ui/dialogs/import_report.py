"""After an import: what happened to each file, with counts and warnings."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

STATUS_WORDS = {
    "imported": "Imported",
    "unchanged": "Already imported — nothing changed",
    "refused": "Not imported",
    "needs_review": "Not imported — check how it reads",
    "cancelled": "Cancelled — nothing changed",
}


# The importer speaks to the command line too; in the window the same advice reads so.
_COMMAND_LINE_ADVICE = (
    ("give the password (--password)", "import it again and type the password when asked"),
    ("choose one with --area NAME", "import it again and choose one when asked"),
    ("check the spelling with --area NAME", "check the spelling and import it again"),
    ("— --area ", "— choosing the area "),
)


def window_words(message: str | None) -> str | None:
    """``message`` with command-line advice (``--password``, ``--area``) said the window's way."""
    if message is None:
        return None
    for cli, window in _COMMAND_LINE_ADVICE:
        message = message.replace(cli, window)
    return message


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One file's outcome, as the dialog shows it."""

    file: str
    status: str
    indicators: int
    observations: int
    warnings: tuple[str, ...]
    error: str | None
    path: str = ""
    signature: str | None = None  # the header's shape, for a saved column mapping
    columns: tuple[tuple[int, str, str | None], ...] = ()
    review: tuple[str, ...] = ()  # why a file was held back, one line per doubt
    review_columns: tuple[int, ...] = ()

    @classmethod
    def of(cls, report: Any) -> ReportLine:
        return cls(
            path=str(report.file),
            signature=getattr(report, "signature", None),
            columns=tuple(
                (int(i), str(h), f) for i, h, f in getattr(report, "columns", None) or ()
            ),
            file=Path(str(report.file)).name,
            status=str(report.status),
            indicators=int(getattr(report, "indicators", 0) or 0),
            observations=int(getattr(report, "observations", 0) or 0),
            warnings=tuple(
                str(window_words(str(w))) for w in (getattr(report, "warnings", None) or ())
            ),
            error=window_words(getattr(report, "error", None)),
            review=tuple(str(r) for r in (getattr(report, "review", None) or ())),
            review_columns=tuple(int(c) for c in (getattr(report, "review_columns", None) or ())),
        )

    def with_error(self, error: str) -> ReportLine:
        """The same outcome, explained in the window's words."""
        return replace(self, error=error)

    def mappable(self) -> bool:
        """Refused or held for review, but a header was seen: the user can say what its
        columns hold."""
        held = self.status in ("refused", "needs_review")
        return held and self.signature is not None and bool(self.columns)

    def summary(self) -> str:
        word = STATUS_WORDS.get(self.status, self.status)
        if self.status == "imported":
            return f"{word}: {_count(self.indicators, 'indicator')}, " + _count(
                self.observations, "figure"
            )
        if self.status == "needs_review":
            return f"{word}: {len(self.review)} doubt{'s' if len(self.review) != 1 else ''}"
        if self.error and self.status != "unchanged":
            return f"{word}: {self.error}"
        return word


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def headline(lines: Sequence[ReportLine]) -> str:
    done = sum(1 for line in lines if line.status == "imported")
    refused = sum(1 for line in lines if line.status in ("refused", "needs_review"))
    parts = [f"{done} of {len(lines)} file{'s' if len(lines) != 1 else ''} imported"]
    if refused:
        parts.append(f"{refused} not imported")
    return "; ".join(parts) + "."


# A note about one cell ("Scorecard!D12: …"), row or indicator ("'Waste recycled': …"):
# kept under Details, so what matters for the whole file is read first.
_ONE_PLACE = re.compile(r"^(?:[^:!]+![A-Z]{1,3}\d+|'[^']+'|[^:]+: rows? )")


def split_warnings(warnings: Sequence[str]) -> tuple[list[str], list[str]]:
    """(about the whole file, about one cell, row or indicator)."""
    whole: list[str] = []
    one_place: list[str] = []
    for warning in warnings:
        (one_place if _ONE_PLACE.match(warning) else whole).append(warning)
    return whole, one_place


def _items(warnings: Sequence[str], shown: int) -> str:
    items = "".join(f"<li>{html.escape(w)}</li>" for w in warnings[:shown])
    more = len(warnings) - shown
    if more > 0:
        items += f"<li>… and {more} more</li>"
    return f"<ul>{items}</ul>"


def report_html(lines: Sequence[ReportLine], *, shown_warnings: int = 200) -> str:
    """Each file's result and what it means for the whole file, as HTML that reads aloud well;
    notes about single cells are only counted here (see :func:`details_html`)."""
    parts: list[str] = []
    for line in lines:
        parts.append(f"<p><b>{html.escape(line.file)}</b> — {html.escape(line.summary())}</p>")
        if line.review and line.status != "imported":
            # once imported as read, the doubts are said once, among the warnings
            items = "".join(f"<li>Check: {html.escape(r)}</li>" for r in line.review)
            parts.append(f"<ul>{items}</ul>")
        whole, one_place = split_warnings(line.warnings)
        if whole:
            parts.append(_items(whole, shown_warnings))
        if one_place:
            count = len(one_place)
            parts.append(
                f"<p>{count} note{'s' if count != 1 else ''} on single cells or rows — "
                "under Details.</p>"
            )
    return "".join(parts)


def details_html(lines: Sequence[ReportLine], *, shown_warnings: int = 200) -> str:
    """The notes about single cells, rows and indicators, file by file."""
    parts: list[str] = []
    for line in lines:
        _whole, one_place = split_warnings(line.warnings)
        if one_place:
            parts.append(f"<p><b>{html.escape(line.file)}</b></p>")
            parts.append(_items(one_place, shown_warnings))
    return "".join(parts)


class ImportReportDialog(QDialog):
    """Lists each file with its status, counts, warnings and any error.

    ``map_requested(line)`` asks for the column-mapping dialog for a refused file.
    """

    map_requested = Signal(object)

    def __init__(self, lines: Sequence[ReportLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle("Import report")
        self.setAccessibleName("Import report")
        self.lines = list(lines)
        self.headline = QLabel(headline(self.lines), self)
        self.headline.setObjectName("importHeadline")
        self.headline.setAccessibleName("Import summary")
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("importReportSummary")
        self.summary.setAccessibleName("Files, results and what they mean")
        self.summary.setOpenLinks(False)
        self.summary.setHtml(report_html(self.lines))
        notes = sum(len(split_warnings(line.warnings)[1]) for line in self.lines)
        self.details_toggle = QToolButton(self)
        self.details_toggle.setObjectName("importReportDetailsToggle")
        self.details_toggle.setText(f"&Details: {notes} note{'s' if notes != 1 else ''} on cells")
        self.details_toggle.setAccessibleName("Show or hide the notes on single cells and rows")
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details_toggle.toggled.connect(self._fold)
        self.details_toggle.setVisible(notes > 0)
        self.details = QTextBrowser(self)
        self.details.setObjectName("importReportDetails")
        self.details.setAccessibleName("Notes on single cells and rows")
        self.details.setOpenLinks(False)
        self.details.setHtml(details_html(self.lines))
        self.details.hide()  # folded: the summary comes first
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.map_button: QPushButton | None = None
        mappable = [line for line in self.lines if line.mappable()]
        if mappable:
            self.map_button = QPushButton(f"&Map the columns of {mappable[0].file}…", self)
            self.map_button.setObjectName("mapColumns")
            self.map_button.setAccessibleName("Map columns")
            buttons.addButton(self.map_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.map_button.clicked.connect(lambda: self._map(mappable[0]))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details, 3)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _fold(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _map(self, line: ReportLine) -> None:
        self.accept()
        self.map_requested.emit(line)

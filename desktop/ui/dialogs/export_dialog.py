"""File > Export…: the small dialog that asks what to export, for which meeting, and where."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = (
    ("docx", "&Word briefing", "Word briefing (*.docx)"),
    ("xlsx", "Excel &tracker", "Excel tracker (*.xlsx)"),
    ("json", "&JSON", "JSON export (*.json)"),
)
DEFAULT_NAMES = {
    "docx": "scrutiny-briefing.docx",
    "xlsx": "scrutiny-tracker.xlsx",
    "json": "scrutineer-export.json",
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the user asked for: format, where, which meeting, and what to put in."""

    fmt: str
    out: Path
    meeting: str | None = None  # None: the whole scorecard
    include_charts: bool = True
    include_exempt: bool = False
    suppress_small: bool = True


def with_suffix_for(path: Path, fmt: str) -> Path:
    """``path`` with its suffix swapped when it names another export format; another
    format's usual name becomes this one's (a tracker is not called "briefing")."""
    if path.name in DEFAULT_NAMES.values():
        return path.with_name(DEFAULT_NAMES[fmt])
    known = {f".{f}" for f, _, _ in FORMATS}
    if path.suffix.lower() in known and path.suffix.lower() != f".{fmt}":
        return path.with_suffix(f".{fmt}")
    return path


class ExportDialog(QDialog):
    """Format, meeting, what to include and the file; ``options()`` after it is accepted.

    The exempt box starts unchecked every time: confidential material goes out only when
    asked for on this export. ``details_requested(meeting name or None)`` asks for the
    briefing paper details of the paper chosen.
    """

    details_requested = Signal(object)

    def __init__(
        self,
        meetings: Sequence[tuple[str, str]],
        *,
        fmt: str = "docx",
        folder: Path | None = None,
        include_charts: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.setAccessibleName("Export")
        self._folder = folder
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        format_row = QHBoxLayout()
        for i, (key, text, _filter) in enumerate(FORMATS):
            button = QRadioButton(text, self)
            button.setObjectName(f"format_{key}")
            button.setAccessibleName(text.replace("&", ""))
            self.format_group.addButton(button, i)
            self.format_buttons[key] = button
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("exportMeeting")
        self.meeting_combo.setAccessibleName("Export for")
        self.meeting_combo.addItem("Whole scorecard", None)
        for name, shown in meetings:
            self.meeting_combo.addItem(shown, name)
        self.charts_box = self._box("Include &charts", "Include trend charts (Word only)", True)
        self.charts_box.setChecked(include_charts)
        self.exempt_box = self._box(
            "Include e&xempt (Part 2) material", "Include exempt (Part 2) material", False
        )
        self.small_box = self._box(
            "Show s&mall numbers in exempt indicators as <5",
            "Show small numbers in exempt indicators as less than 5",
            True,
        )
        self.details_button = QPushButton("Paper &details…", self)
        self.details_button.setObjectName("paperDetails")
        self.details_button.setAccessibleName(
            "Briefing paper details: agenda item, purpose, author, contact, Schedule 12A paragraph"
        )
        self.details_button.clicked.connect(
            lambda: self.details_requested.emit(self.meeting_combo.currentData())
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName("Export to file")
        self.path_edit.setPlaceholderText("Choose where to save the file")
        self.choose_button = QPushButton("C&hoose…", self)
        self.choose_button.setAccessibleName("Choose the file to export to")
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.problem = QLabel(self)
        self.problem.setAccessibleName("Problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Export")
        ok.setAccessibleName("Export")
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(format_row, path_row)
        self.format_group.idToggled.connect(self._on_format)
        self.exempt_box.toggled.connect(self._update_enabled)
        self.set_format(fmt if fmt in self.format_buttons else "docx")
        self.path_edit.setText(str((folder or Path()) / DEFAULT_NAMES[self.fmt()]))
        self._update_enabled()

    def _box(self, text: str, name: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(name)
        box.setChecked(checked)
        return box

    def _lay_out(self, format_row: QHBoxLayout, path_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow("Format:", format_row)
        meeting_label = QLabel("&For:", self)
        meeting_label.setBuddy(self.meeting_combo)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_combo, 1)
        meeting_row.addWidget(self.details_button)
        form.addRow(meeting_label, meeting_row)
        file_label = QLabel("F&ile:", self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in (self.charts_box, self.exempt_box, self.small_box):
            layout.addWidget(box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.meeting_combo, self.details_button)
        self.setTabOrder(self.details_button, self.charts_box)
        self.setTabOrder(self.charts_box, self.exempt_box)
        self.setTabOrder(self.exempt_box, self.small_box)
        self.setTabOrder(self.small_box, self.path_edit)
        self.setTabOrder(self.path_edit, self.choose_button)
        self.setMinimumWidth(460)

    # --- state -------------------------------------------------------------------------
    def fmt(self) -> str:
        return FORMATS[max(self.format_group.checkedId(), 0)][0]

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)
        self._update_enabled()

    def set_meeting(self, name: str | None) -> None:
        index = self.meeting_combo.findData(name)
        self.meeting_combo.setCurrentIndex(max(index, 0))

    def options(self) -> ExportOptions:
        include_exempt = self.exempt_box.isChecked()
        return ExportOptions(
            fmt=self.fmt(),
            out=Path(self.path_edit.text().strip()).expanduser(),
            meeting=self.meeting_combo.currentData(),
            include_charts=self.fmt() == "docx" and self.charts_box.isChecked(),
            include_exempt=include_exempt,
            suppress_small=not include_exempt or self.small_box.isChecked(),
        )

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            self.problem.setText("Choose where to save the file — use Choose… or type a path.")
            self.problem.show()
            self.path_edit.setFocus()
            return
        super().accept()

    def choose_file(self) -> None:
        fmt = self.fmt()
        current = self.path_edit.text().strip()
        start = current or str((self._folder or Path()) / DEFAULT_NAMES[fmt])
        wanted = next(text for key, _, text in FORMATS if key == fmt)
        others = [text for key, _, text in FORMATS if key != fmt]
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export to", start, ";;".join([wanted, *others]), wanted
        )
        if not name:
            return
        path = Path(name)
        picked = next((key for key, _, text in FORMATS if text == chosen), fmt)
        if not path.suffix:
            path = path.with_suffix(f".{picked}")
        by_suffix = path.suffix.lower().lstrip(".")
        if by_suffix in self.format_buttons:
            self.set_format(by_suffix)
        self.path_edit.setText(str(path))

    def _on_format(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(with_suffix_for(Path(text), self.fmt())))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.charts_box.setEnabled(self.fmt() == "docx")
        self.details_button.setEnabled(self.fmt() == "docx")
        self.small_box.setEnabled(self.exempt_box.isChecked())

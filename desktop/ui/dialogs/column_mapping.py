"""Say what each column of a scorecard holds when detection was not sure; save it as a profile."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.workers import TaskControl, Workers

AUTOMATIC = ""
FIELD_WORDS = {
    "code": "Code",
    "name": "Indicator name",
    "portfolio": "Portfolio",
    "service": "Service",
    "period": "Period",
    "actual": "Actual (value)",
    "target": "Target",
    "rag": "RAG rating",
    "polarity": "Which way is good",
    "numerator": "Numerator",
    "denominator": "Denominator",
    "direction": "Direction of travel",
    "commentary": "Commentary",
    "unit": "Unit",
    "owner": "Owner",
    "exempt": "Exempt",
    "area": "Area (council)",
}


def field_choices() -> list[tuple[str, str]]:
    """(field, words) for every field the importer understands, comparators included."""
    from desktop.scorecard.vocabulary import SYNONYMS

    choices = [(AUTOMATIC, "(let Scrutineer decide)")]
    for field in SYNONYMS:
        if field.startswith("comparator:"):
            choices.append((field, f"Comparator: {field.split(':', 1)[1]}"))
        else:
            choices.append((field, FIELD_WORDS.get(field, field.title())))
    return choices


def preview_summary(path: Path, mapping: dict[str, str], _control: TaskControl) -> list[str]:
    """What the importer would find with ``mapping`` (runs on a worker; nothing is stored)."""
    from desktop.scorecard.importer import preview
    from desktop.scorecard.model import ScorecardError

    try:
        parsed = preview(path, mapping=mapping or None)
    except ScorecardError as exc:
        return [f"Nothing found: {exc}"]
    lines = [f"{len(parsed.indicators)} indicators found"]
    for indicator in parsed.indicators[:12]:
        code = f"{indicator.code}  " if indicator.code else ""
        lines.append(f"{code}{indicator.name}: {len(indicator.observations)} figures")
    lines.extend(f"warning: {w}" for w in list(parsed.warnings)[:8])
    return lines


class ColumnMappingDialog(QDialog):
    """One row per column heading with a choice of field; a preview; a profile name."""

    def __init__(
        self,
        path: Path,
        columns: Sequence[tuple[int, str, str | None]],
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapping")
        self.setWindowTitle(f"Map the columns of {path.name}")
        self.setAccessibleName("Map columns")
        self.path = path
        self.columns = list(columns)
        self._workers = workers
        intro = QLabel(
            "Scrutineer could not be sure what some columns hold. Choose what each one "
            "means, check the preview, then import. The choice is saved as a profile and "
            "used again for files laid out the same way.",
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.columns), 2, self)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName("Columns and what they hold")
        self.table.setHorizontalHeaderLabels(["Column heading", "Holds"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.combos: list[QComboBox] = []
        choices = field_choices()
        for row, (_index, heading, field) in enumerate(self.columns):
            label = QLabel(heading, self.table)
            label.setAccessibleName(f"Heading {heading}")
            self.table.setCellWidget(row, 0, label)
            combo = QComboBox(self.table)
            combo.setAccessibleName(f"What the column {heading} holds")
            for value, words in choices:
                combo.addItem(words, value)
            combo.setCurrentIndex(max(combo.findData(field or AUTOMATIC), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
        self.profile_name = QLineEdit(path.stem, self)
        self.profile_name.setObjectName("profileName")
        self.profile_name.setAccessibleName("Profile name")
        self.preview_button = QPushButton("&Preview", self)
        self.preview_button.setAccessibleName("Preview")
        self.preview_button.clicked.connect(self.refresh_preview)
        self.preview = QListWidget(self)
        self.preview.setObjectName("mappingPreview")
        self.preview.setAccessibleName("Preview of what would be imported")
        form = QFormLayout()
        form.addRow("Save as &profile:", self.profile_name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Import")
        ok.setAccessibleName("Import with these columns")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 640)

    def mapping(self) -> dict[str, str]:
        """Column index -> field for every column the user placed (automatic ones left out)."""
        chosen: dict[str, str] = {}
        for (index, _heading, _detected), combo in zip(self.columns, self.combos, strict=True):
            value = str(combo.currentData() or "")
            if value:
                chosen[str(index)] = value
        return chosen

    def set_field(self, heading: str, field: str) -> None:
        for (_index, text, _detected), combo in zip(self.columns, self.combos, strict=True):
            if text == heading:
                combo.setCurrentIndex(max(combo.findData(field), 0))

    def refresh_preview(self) -> None:
        self.preview.clear()
        self.preview.addItem("Reading…")
        path, mapping = self.path, self.mapping()
        self._workers.run(
            lambda control: preview_summary(path, mapping, control),
            on_done=self._show_preview,
            on_error=lambda exc: self._show_preview([f"Could not read the file: {exc}"]),
        )

    def _show_preview(self, lines: list[str]) -> None:
        self.preview.clear()
        self.preview.addItems(lines)

    def _accept_if_named(self) -> None:
        if not self.profile_name.text().strip():
            self.profile_name.setFocus()
            self.profile_name.setPlaceholderText("Give the profile a name")
            return
        self.accept()

    def save(self, store: Any, signature: str) -> str:
        """Save the mapping as a profile; returns its name."""
        from desktop.scorecard.importer import save_profile

        name = self.profile_name.text().strip()
        save_profile(store, name, signature, self.mapping())
        return name

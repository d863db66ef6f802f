"""Ask which council's rows to import from a file that holds many areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.ui.workers import TaskControl


def file_areas(path: Path, password: str | None, _control: TaskControl) -> list[str]:
    """The areas a file holds, councils first (runs on a worker)."""
    from desktop.scorecard.layout.choices import list_areas
    from desktop.scorecard.model import ScorecardError
    from desktop.scorecard.read.workbook import read_workbook

    try:
        return list_areas(read_workbook(path, password=password))
    except ScorecardError:
        return []


def ask_area(parent: QWidget | None, file_name: str, areas: list[str]) -> str | None:
    """The area the user chose from a searchable list, or None if they cancelled."""
    from desktop.ui.dialogs.area_dialog import choose_area

    return choose_area(parent, areas, file_name=file_name)

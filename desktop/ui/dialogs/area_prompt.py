"""Ask which council's rows to import from a file that holds many areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.ui.workers import TaskControl


def file_areas(path: Path, password: str | None, _control: TaskControl) -> list[str]:
    """The areas a file holds, councils first (runs on a worker)."""
    from desktop.scorecard.areas import list_areas
    from desktop.scorecard.model import ScorecardError
    from desktop.scorecard.readers import read_workbook

    try:
        return list_areas(read_workbook(path, password=password))
    except ScorecardError:
        return []


def ask_area(parent: QWidget | None, file_name: str, areas: list[str]) -> str | None:
    """The area the user chose, or None if they cancelled."""
    name, ok = QInputDialog.getItem(
        parent,
        "Which area?",
        f"{file_name} holds figures for {len(areas)} areas. Choose yours; rows for England, "
        "the region or a group in the same file become its comparators.",
        areas,
        0,
        False,
    )
    return name if ok and name else None

"""What changed between two issues or periods: newly red, recovered, worse, better, new ..."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop.analysis.types import ChangeItem, ChangeSummary

IndicatorIdRole = Qt.ItemDataRole.UserRole + 1

GROUPS: tuple[tuple[str, str, str], ...] = (
    # (ChangeSummary field, heading, mark: never colour alone)
    ("newly_red", "Newly red", "■"),
    ("recovered", "Recovered from red", "●"),
    ("worsened", "Worse", "▼"),
    ("improved", "Better", "▲"),
    ("new", "New figures", "+"),
    ("withdrawn", "No longer reported", "−"),
    ("targets_changed", "Targets changed", "◆"),
)


def _heading_text(summary: ChangeSummary) -> str:
    if summary.before_period and summary.after_period:
        return f"What changed from {summary.before_period} to {summary.after_period}"
    if summary.after_period:
        return f"What changed up to {summary.after_period}"
    return "What changed since the previous issue"


def _item(text: str, accessible: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(accessible, Qt.ItemDataRole.AccessibleTextRole)
    item.setToolTip(accessible)
    return item


class WhatChangedView(QWidget):
    """The change summary grouped under headings; choosing a line emits ``indicator_chosen``."""

    indicator_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("What changed")
        self.heading = QLabel("What changed")
        self.heading.setAccessibleName("What changed: heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty = QLabel("Nothing changed.")
        self.empty.setAccessibleName("Nothing changed")
        self.empty.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName("Changes by kind")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.show_changes(None)

    def show_changes(self, summary: ChangeSummary | None) -> None:
        """Show a ChangeSummary (None clears the view)."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(["Indicator", "What changed"])
        if summary is None:
            self.heading.setText("What changed")
            self.empty.setText("Choose two issues or periods to compare.")
            self.empty.setVisible(True)
            self.tree.setVisible(False)
            return
        self.heading.setText(_heading_text(summary))
        for field, heading, mark in GROUPS:
            items: tuple[ChangeItem, ...] = getattr(summary, field)
            if items:
                self._add_group(heading, mark, items)
        total = self.model.rowCount()
        self.empty.setText("Nothing changed between them.")
        self.empty.setVisible(total == 0)
        self.tree.setVisible(total > 0)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _add_group(self, heading: str, mark: str, items: tuple[ChangeItem, ...]) -> None:
        title = f"{mark} {heading} ({len(items)})"
        group = _item(title, f"{heading}: {len(items)}")
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.setSelectable(False)
        filler = _item("", "")
        filler.setSelectable(False)
        for key, name, detail in items:
            name_item = _item(name, f"{heading}: {name}")
            detail_item = _item(detail, detail)
            if key.isdigit():
                for cell in (name_item, detail_item):
                    cell.setData(int(key), IndicatorIdRole)
            group.appendRow([name_item, detail_item])
        self.model.appendRow([group, filler])
        self.tree.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)

    def group_titles(self) -> list[str]:
        return [self.model.item(row, 0).text() for row in range(self.model.rowCount())]

    def entries(self, group_row: int) -> list[tuple[str, str]]:
        group = self.model.item(group_row, 0)
        return [
            (group.child(row, 0).text(), group.child(row, 1).text())
            for row in range(group.rowCount())
        ]

    def _emit_for(self, index: QModelIndex) -> None:
        indicator_id = index.data(IndicatorIdRole)
        if isinstance(indicator_id, int):
            self.indicator_chosen.emit(indicator_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_for(current)

    def _on_activated(self, index: QModelIndex) -> None:
        self._emit_for(index)

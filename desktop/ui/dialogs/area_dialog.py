"""Pick one of many: the area of a benchmark file (300+ councils) or the sheet of a workbook."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.scorecard.layout.choices import is_group
from desktop.ui.accessibility import clearable

VALUE = Qt.ItemDataRole.UserRole + 1
_MOVE_KEYS = {
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
}


class PickerDialog(QDialog):
    """A filter box over a list; typing narrows the list, arrows move, Enter takes the choice.

    ``items`` are (value, text shown) pairs; ``chosen()`` gives the value after acceptance.
    """

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        *,
        title: str,
        prompt: str,
        noun: str,
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.noun = noun
        self._chosen: str | None = None
        self.source = QStandardItemModel(self)
        for value, text in items:
            item = QStandardItem(text)
            item.setData(value, VALUE)
            item.setEditable(False)
            item.setToolTip(text)
            self.source.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        prompt_label.setAccessibleName("Prompt")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("pickerFilter")
        self.filter.setPlaceholderText(f"Type part of the {noun}'s name")
        self.filter.setAccessibleName(f"Filter the {noun}s")
        clearable(self.filter, "Clear the filter")
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        filter_label = QLabel("&Find:", self)
        filter_label.setAccessibleName("Find")
        filter_label.setBuddy(self.filter)
        self.list = QListView(self)
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(f"{noun.capitalize()}s")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.doubleClicked.connect(self._on_activated)
        self.count = QLabel(self)
        self.count.setObjectName("pickerCount")
        self.count.setAccessibleName("How many are shown")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose")
        ok.setAccessibleName(f"Choose the selected {noun}")
        ok.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel: import nothing from this file")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.filter, self.list)
        self.resize(440, 520)
        self._on_filter("")
        if current is not None:
            self._select_value(current)
        self.filter.setFocus()

    def chosen(self) -> str | None:
        return self._chosen

    def current_value(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = index.data(VALUE)
        return None if value is None else str(value)

    def shown_values(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data(VALUE)) for r in range(self.proxy.rowCount())]

    def accept(self) -> None:
        value = self.current_value()
        if value is None:
            return
        self._chosen = value
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow and page keys in the filter box move through the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVE_KEYS:
                self.list.setFocus()
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                self.list.event(copy)
                return True
        return super().eventFilter(watched, event)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.source.rowCount()
        if shown:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.count.setText(
            f"All {total} {self.noun}s" if shown == total else f"{shown} of {total} {self.noun}s"
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(shown > 0)

    def _select_value(self, value: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(VALUE) == value:
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
                return

    def _on_activated(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.accept()


def area_items(areas: Sequence[str]) -> list[tuple[str, str]]:
    """(area, text shown): group rows (England, regions, family groups) say what they are."""
    return [(a, f"{a} — comparison group" if is_group(a) else a) for a in areas]


def choose_area(
    parent: QWidget | None,
    areas: list[str],
    *,
    file_name: str,
    current: str | None = None,
) -> str | None:
    """Ask which area of a many-area file to import; the area as written, or None if cancelled."""
    dialog = PickerDialog(
        area_items(areas),
        title="Choose an area",
        prompt=(
            f"{file_name} holds figures for {len(areas)} areas. Choose the council to import;"
            " England, regional and group rows in the file become its comparators."
        ),
        noun="area",
        current=current,
        parent=parent,
    )
    return _run(dialog)


def choose_sheet(
    parent: QWidget | None,
    sheets: Sequence[tuple[str, bool]],
    *,
    file_name: str = "This workbook",
) -> str | None:
    """Ask which sheet to import (sheets as (name, looks like data)); None if cancelled."""
    items = [
        (name, name if data else f"{name} — no indicator table found") for name, data in sheets
    ]
    first = next((name for name, data in sheets if data), None)
    dialog = PickerDialog(
        items,
        title="Choose a sheet",
        prompt=f"{file_name} has {len(items)} sheets. Choose the one that holds the scorecard.",
        noun="sheet",
        current=first,
        parent=parent,
    )
    return _run(dialog)


def _run(dialog: PickerDialog) -> str | None:
    try:
        dialog.exec()
        return dialog.chosen()
    finally:
        dialog.deleteLater()

"""A meeting's agenda in the chair's order: Alt+Up/Alt+Down or dragging move, Delete removes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.annotations import AgendaEntry
from desktop.ui.views.reflow import wrapped_lines


def agenda_line(number: int, entry: AgendaEntry, label: str) -> str:
    open_q = sum(1 for q in entry.questions if q.is_open)
    open_a = sum(1 for a in entry.actions if a.is_open)
    parts = []
    for open_count, items, word in (
        (open_q, entry.questions, "question"),
        (open_a, entry.actions, "action"),
    ):
        if items:
            plural = "s" if len(items) != 1 else ""
            parts.append(f"{open_count} of {len(items)} {word}{plural} open")
    carried = " (carried forward)" if entry.carried else ""
    detail = f" — {', '.join(parts)}" if parts else ""
    return f"{number}. {label}{detail}{carried}"


class AgendaView(QWidget):
    """Emits ``moved(indicator_id, new_position)`` when the chair changes the order and
    ``removed(indicator_id)`` when an item is taken off."""

    moved = Signal(int, int)
    removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.setAccessibleName("Agenda")
        self.entries: list[AgendaEntry] = []
        self.labels: Mapping[int, str] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName("Agenda items in order")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        wrapped_lines(self.list)
        self.list.model().rowsMoved.connect(self._on_dropped)
        self.up = QPushButton("Move &up", self)
        self.up.setAccessibleName("Move the item up (Alt+Up)")
        self.up.setToolTip("Alt+Up")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down = QPushButton("Move do&wn", self)
        self.down.setAccessibleName("Move the item down (Alt+Down)")
        self.down.setToolTip("Alt+Down")
        self.down.clicked.connect(lambda: self.move_current(1))
        self.remove = QPushButton("&Remove", self)
        self.remove.setObjectName("agendaRemove")
        self.remove.setAccessibleName("Remove the item from the agenda (Delete)")
        self.remove.setToolTip("Delete")
        self.remove.clicked.connect(self.remove_current)
        for widget in (self.list, self.up, self.down, self.remove):
            widget.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down move the current item wherever the focus is in this view."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removed.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def set_agenda(
        self, entries: Sequence[AgendaEntry], labels: Mapping[int, str], keep: int | None = None
    ) -> None:
        was_row = self.list.currentRow()
        if keep is None and self.list.currentItem() is not None:
            keep = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        self.entries, self.labels = list(entries), labels
        self.list.blockSignals(True)
        self.list.clear()
        for number, entry in enumerate(entries, start=1):
            label = labels.get(entry.indicator_id, f"Indicator {entry.indicator_id}")
            item = QListWidgetItem(agenda_line(number, entry, label))
            item.setData(Qt.ItemDataRole.UserRole, entry.indicator_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]
        if keep in rows:
            self.list.setCurrentRow(rows.index(keep))
        elif was_row >= 0 and rows:  # the item went: stay at the same place in the list
            self.list.setCurrentRow(min(was_row, len(rows) - 1))

    def order(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.list.count()):
            return
        indicator_id = int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
        self.moved.emit(indicator_id, target)

    def _on_dropped(self, _parent: QModelIndex, start: int, _end: int, *_rest: object) -> None:
        item = self.list.currentItem()
        order = self.order()
        moved = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if moved is None and 0 <= start < len(order):
            moved = order[start]
        if moved is not None:
            self.moved.emit(int(moved), order.index(int(moved)))

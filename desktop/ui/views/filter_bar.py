"""The filter bar above the tree: text search and toggles that narrow it to what matters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import clearable
from desktop.ui.models.filter_proxy import FilterState

# Alt letters: the bar is on screen beside the notes and the question form, whose fields keep
# the common letters; the rarer filters are reached with Tab from the search box (Ctrl+F).
_TOGGLES = (
    ("red", "&Red", "Only indicators rated red (with Amber: red or amber)"),
    ("amber", "Am&ber", "Only indicators rated amber (with Red: red or amber)"),
    ("worsening", "&Worsening", "Only indicators that got worse since the previous period"),
    ("disagree", "RAG disagrees", "Only indicators whose published RAG differs from the figures"),
    ("sanity", "Sanity warnings", "Only indicators with a data warning (gap, target change…)"),
    ("questions", "Open questions", "Only indicators with questions still open"),
    ("exempt", "E&xempt", "Only indicators marked exempt (Part 2)"),
)


class FilterBar(QWidget):
    """Emits ``changed(FilterState)`` whenever a setting changes.

    Escape in the search box clears it; Escape in an empty box emits ``leave`` (the window
    sends the keyboard back to the tree).
    """

    changed = Signal(object)
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setAccessibleName("Filter bar")
        self.search = QLineEdit(self)
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText("Search code, name or commentary")
        self.search.setAccessibleName("Search indicators")
        self.search.setAccessibleDescription("Filters the tree by code, name and commentary")
        clearable(self.search, "Clear search")
        self.toggles: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(3, 1)  # keep the toggles together at the left
        for i, (key, text, tip) in enumerate(_TOGGLES):
            box = QCheckBox(text, self)
            box.setObjectName(f"filter_{key}")
            box.setToolTip(tip)
            box.setAccessibleName(text.replace("&", ""))
            box.setAccessibleDescription(tip)
            box.toggled.connect(self._emit)
            self.toggles[key] = box
            grid.addWidget(box, i // 3, i % 3)
        self.streak = QCheckBox("Red for", self)
        self.streak.setObjectName("filter_streak")
        self.streak.setAccessibleName("Red for several periods")
        self.streak.setToolTip("Only indicators red for at least this many periods in a row")
        self.streak_periods = QSpinBox(self)
        self.streak_periods.setObjectName("filter_streak_periods")
        self.streak_periods.setRange(2, 40)
        self.streak_periods.setValue(3)
        self.streak_periods.setSuffix("+ periods")
        self.streak_periods.setAccessibleName("Number of periods red")
        for inner in self.streak_periods.findChildren(QLineEdit):
            inner.setAccessibleName("Number of periods red")
        self.streak.toggled.connect(self._emit)
        self.streak_periods.valueChanged.connect(self._on_streak_value)
        streak_row = QHBoxLayout()
        streak_row.setSpacing(4)
        streak_row.addWidget(self.streak)
        streak_row.addWidget(self.streak_periods)
        streak_row.addStretch(1)
        grid.addLayout(streak_row, len(_TOGGLES) // 3, len(_TOGGLES) % 3)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setText("Clear filters")
        self.clear_button.setAccessibleName("Clear all filters")
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("filterCount")
        self.count_label.setAccessibleName("Indicators shown")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self._emit)
        self.search.installEventFilter(self)
        self.setTabOrder(self.search, self.clear_button)
        previous: QWidget = self.clear_button
        chain: list[QWidget] = [*self.toggles.values(), self.streak, self.streak_periods]
        for widget in chain:
            self.setTabOrder(previous, widget)
            previous = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            if self.search.text():
                self.search.clear()
            else:
                self.leave.emit()
            return True
        return super().eventFilter(watched, event)

    def state(self) -> FilterState:
        t = {key: box.isChecked() for key, box in self.toggles.items()}
        return FilterState(
            text=self.search.text().strip(),
            red=t["red"],
            amber=t["amber"],
            worsening=t["worsening"],
            red_streak=self.streak_periods.value() if self.streak.isChecked() else None,
            disagree=t["disagree"],
            sanity=t["sanity"],
            questions=t["questions"],
            exempt=t["exempt"],
        )

    def clear(self) -> None:
        """Switch every filter off (one ``changed`` signal)."""
        widgets = [self.search, self.streak, *self.toggles.values()]
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.streak.setChecked(False)
        for box in self.toggles.values():
            box.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    def show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"{shown} of {total} indicators")

    def _on_streak_value(self, _value: int) -> None:
        if self.streak.isChecked():
            self._emit()

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.state())

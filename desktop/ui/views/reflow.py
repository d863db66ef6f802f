"""Panes that reflow on a narrow screen: side by side when there is room, stacked when not."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QWidget,
)

PANE_WIDTH = 240  # below this a pane in a row is too narrow to read or type in


class ReflowSplitter(QSplitter):
    """A splitter that lays its panes out in a row while they fit and in a column when not.

    The row/column choice follows the width it is given, so on a small laptop (or at 150%)
    the panes stack instead of being clipped; put it in :func:`vertical_scroller` so the
    stacked column can scroll down rather than squeeze.
    """

    def __init__(self, parent: QWidget | None = None, *, pane_width: int = PANE_WIDTH) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.pane_width = pane_width

    def row_width(self) -> int:
        """The narrowest width at which the panes still fit side by side."""
        shown = [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]
        parts = sum(
            max(w.minimumSizeHint().expandedTo(w.minimumSize()).width(), self.pane_width)
            for w in shown
        )
        return parts + self.handleWidth() * max(len(shown) - 1, 0)

    def reflow(self, width: int) -> None:
        """Choose a row or a column for ``width``."""
        wanted = Qt.Orientation.Horizontal if width >= self.row_width() else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        if wanted == Qt.Orientation.Vertical:
            shown = [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]
            tall = sum(max(w.sizeHint().height(), w.minimumSizeHint().height()) for w in shown)
            self.setMinimumHeight(tall + self.handleWidth() * max(len(shown) - 1, 0))
        else:
            self.setMinimumHeight(0)

    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            # may always fall back to a column: ask only for the widest single pane
            widths = [self.widget(i).minimumSizeHint().width() for i in range(self.count())]
            hint.setWidth(max(widths, default=0))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflow(event.size().width())
        super().resizeEvent(event)


class _FollowFocus(QObject):
    """Scrolls an area to whatever inside it takes the keyboard, however it got there."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    @Slot(QWidget, QWidget)
    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.area.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.area.ensureWidgetVisible(new)


def follow_focus(area: QScrollArea) -> None:
    """Keep the box with the keyboard in view: a shortcut (Ctrl+3), a mnemonic or a pane's own
    Tab order can give the focus to a box scrolled out of sight, and typing would go unseen."""
    _FollowFocus(area)


def vertical_scroller(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down, never sideways, and to the
    box that has the keyboard."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the boxes inside, not the frame
    area.setWidget(content)
    follow_focus(area)
    return area


def wrapped_lines(view: QAbstractItemView) -> None:
    """Long entries wrap onto several lines and the list scrolls by the pixel, so an entry
    taller than the list (a long question on a small screen) can still be read to its end."""
    view.setWordWrap(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

"""Windows sized for the screen they open on: never larger than it, wholly on it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's frame and title bar, roughly


def available_geometry(window: QWidget) -> QRect:
    """Where ``window`` may go: its screen less the task bar and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_geometry(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` shrunk to fit ``available`` (leaving room for a frame) and moved onto it."""
    room = available.size() - FRAME_ALLOWANCE
    size = wanted.size().boundedTo(room.expandedTo(QSize(1, 1)))
    rect = QRect(wanted.topLeft(), size)
    if not available.contains(rect):
        rect.moveCenter(available.center())
        rect.moveTop(max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 10))
    return rect


def fit_within_screen(window: QWidget, wanted: QSize) -> None:
    """Size a dialog to ``wanted``, or less where the screen (at its scaling) is smaller."""
    room = available_geometry(window).size() - FRAME_ALLOWANCE
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint()))

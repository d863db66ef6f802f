"""The focus frame never costs a button its words: framed or not, the text is drawn whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.theme import style_sheet


def ink(image: QImage) -> tuple[int, int]:
    """The leftmost and rightmost columns holding dark (text) pixels."""
    columns = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() < 60
    ]
    return min(columns), max(columns)


def test_a_button_keeps_all_its_words_when_tab_frames_it(qtbot: QtBot) -> None:
    row = QWidget()
    row.setStyleSheet(style_sheet())
    layout = QHBoxLayout(row)
    before = QLineEdit(row)
    button = QPushButton("Start meeting mode", row)  # as wide as its words need, no more
    layout.addWidget(before)
    layout.addWidget(button)
    layout.addStretch(1)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    plain = ink(button.grab().toImage())
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)
    framed = ink(button.grab().toImage())
    assert framed == plain  # not shifted, not clipped at either end

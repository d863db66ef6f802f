"""Alt+letter keys in a window: each letter should lead to one control, not cycle among several."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

_MARK = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MARK.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """letter -> the texts of the shown controls in ``root`` (a window or a pane of one) that
    Alt+letter reaches."""
    window = root.window()
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = _letter(text)
        if letter:
            found.setdefault(letter, []).append(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        button = isinstance(widget, QAbstractButton) and widget.isEnabled()
        if button or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys that reach more than one control (Qt then only moves between them)."""
    return {k: v for k, v in mnemonics(root).items() if len(v) > 1}

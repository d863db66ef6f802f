"""Moving the window's dividers from the keyboard: the tree wider or narrower, the notes taller
or shorter, a step at a time, never so far that a pane disappears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

STEP = 0.08  # of the divider's whole length: a few presses cross a laptop screen


def name_divider(splitter: QSplitter, name: str, description: str) -> None:
    """Give the divider between a splitter's two panes a name a screen reader can say."""
    handle = splitter.handle(1)
    handle.setAccessibleName(name)
    handle.setAccessibleDescription(description)
    handle.setToolTip(description)


def name_dividers(main: QSplitter, detail: QSplitter) -> None:
    """Name the window's two dividers and say which keys move them."""
    name_divider(
        main,
        "Divider between the tree and the indicator",
        "Ctrl+] and Ctrl+[ widen and narrow the tree",
    )
    name_divider(
        detail,
        "Divider between the indicator and the notes",
        "Ctrl+Shift+Up and Ctrl+Shift+Down make the notes taller and shorter",
    )


def move_divider(splitter: QSplitter, towards_end: bool) -> bool:
    """Move the first divider one step right (or down) or back; False when it cannot move."""
    sizes = splitter.sizes()
    if len(sizes) < 2 or sum(sizes) <= 0:
        return False
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal

    def least(i: int) -> int:
        widget = splitter.widget(i)
        hint = widget.minimumSizeHint()
        floor = max(hint.width(), widget.minimumWidth())
        if not horizontal:
            floor = max(hint.height(), widget.minimumHeight())
        return max(floor, 1)

    total = sizes[0] + sizes[1]
    step = max(int(total * STEP), 1)
    first = sizes[0] + (step if towards_end else -step)
    first = max(least(0), min(first, total - least(1)))
    if first == sizes[0]:
        return False
    splitter.setSizes([first, total - first, *sizes[2:]])
    return splitter.sizes()[0] != sizes[0]


def share(splitter: QSplitter) -> int:
    """The first pane's share of the splitter, in whole per cent."""
    sizes = splitter.sizes()
    return round(100 * sizes[0] / sum(sizes)) if sum(sizes) else 0


def make_room(splitter: QSplitter, index: int, share: float) -> bool:
    """Give pane ``index`` (0 or 1) of a two-pane splitter at least ``share`` of its length,
    taken from the other; False when it already had it."""
    sizes = splitter.sizes()
    if len(sizes) < 2:
        return False
    total = sum(sizes[:2])
    other = splitter.widget(1 - index)
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    hint = other.minimumSizeHint().expandedTo(other.minimumSize())
    wanted = min(int(total * share), total - (hint.width() if horizontal else hint.height()))
    if total <= 0 or sizes[index] >= wanted:
        return False
    new = [total - wanted, wanted] if index == 1 else [wanted, total - wanted]
    splitter.setSizes([*new, *sizes[2:]])
    return True

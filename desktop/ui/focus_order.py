"""Tab order inside a pane: its controls in a stated order, then on to what follows the pane."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _deepest(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def step_focus(
    pane: QWidget, order: Sequence[QWidget], forward: bool, *, wrap: bool = False
) -> bool:
    """Move the focus one step through ``order``; past either end, out of ``pane``.

    ``wrap`` (for a window of its own) goes round to the other end instead.

    Call it from the pane's ``focusNextPrevChild``. Leaving the pane skips every widget
    whose focus ends up inside it (a container that forwards its focus to the pane's
    editor would otherwise send Tab straight back in, and the keyboard could never leave).
    """
    current = QApplication.focusWidget()
    if current is None or not pane.isAncestorOf(current):
        return False
    stops = [w for w in order if _takes_tab(w)]
    if current in stops:
        index = stops.index(current) + (1 if forward else -1)
        if wrap:
            index %= len(stops)
        if 0 <= index < len(stops):
            stops[index].setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
    try:
        target = _next_outside(pane, current, forward)
    finally:
        mend_wrapper_parents(current.window())
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def _next_outside(pane: QWidget, current: QWidget, forward: bool) -> QWidget | None:
    widget = current
    while True:
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is current:
            return None
        target = _deepest(widget)
        if target is pane or pane.isAncestorOf(target) or not _takes_tab(target):
            continue
        return target


def mend_wrapper_parents(root: QWidget) -> None:
    """Hand every widget's Python wrapper back to its own parent's, from ``root`` down.

    PySide makes a widget returned by another's method (``nextInFocusChain``,
    ``focusProxy``) that widget's child for ownership. After a walk along the focus chain a
    viewport or scroll bar may so belong to a wrapper nothing else holds; when that wrapper
    is collected it takes the live widget's wrapper down with it, and a later paint of the
    widget (a chart's viewport) fails with "Internal C++ object already deleted".
    ``findChildren`` makes each child its caller's again.
    """
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    parents = [root]
    while parents:  # (the options by keyword: given by place they are taken for a name)
        parents.extend(parents.pop().findChildren(QWidget, options=direct))

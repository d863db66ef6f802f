"""Names for the parts of Qt's own widgets that a screen reader would otherwise meet unnamed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLineEdit,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)


def clearable(line_edit: QLineEdit, clear_name: str) -> None:
    """Give ``line_edit`` a clear button, and give that button a name and a tooltip."""
    line_edit.setClearButtonEnabled(True)
    for button in line_edit.findChildren(QToolButton):
        button.setAccessibleName(clear_name)
        button.setToolTip(clear_name)


def name_parts(root: QWidget) -> None:
    """Name the parts Qt builds inside ``root``'s widgets after the widget they belong to: the
    text box inside a date or number box, the headings and scroll bars of a list or table.
    Call it once the widgets have their own accessible names."""
    for box in root.findChildren(QAbstractSpinBox):
        inner = box.findChild(QLineEdit)
        if inner is not None and not inner.accessibleName() and box.accessibleName():
            inner.setAccessibleName(box.accessibleName())
    areas = root.findChildren(QAbstractScrollArea)
    for area in [root, *areas] if isinstance(root, QAbstractScrollArea) else areas:
        name = area.accessibleName()
        if not name:
            continue
        for bar, way in (
            (area.verticalScrollBar(), "up and down"),
            (area.horizontalScrollBar(), "sideways"),
        ):
            if not bar.accessibleName():
                bar.setAccessibleName(f"Scroll {name} {way}")
        if isinstance(area, QTableView | QTreeView):
            header = area.horizontalHeader() if isinstance(area, QTableView) else area.header()
            if not header.accessibleName():
                header.setAccessibleName(f"Column headings of {name}")

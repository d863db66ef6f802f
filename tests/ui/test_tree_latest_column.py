"""The tree's 'Latest vs target' column on a laptop at 150%: each figure shows whole, walked
with the arrow keys, unless it could only do so by taking the names' last room; then it is
cut with "…" and its tooltip and accessible description give it in full."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.models.portfolio_tree import COL_LATEST, COL_NAME, MarksRole, TitleRole
from tests.ui.annotation_helpers import select_code
from tests.ui.conftest import SCORECARD, Ind, seed

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a task bar
LAPTOP_150 = QRect(0, 0, 910, 485)  # the same in points at 150%
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole

WIDE = Ind("HR1", "Average days lost to sickness per team", "Resources", "People",
           (1029.8, 1029.8, 1029.8, 1029.8), target=1028.0, unit="days")  # fmt: skip
WIDEST = Ind("HR2", "Days of leave carried over", "Resources", "People",
             (1234567.25,) * 4, target=1200000.0, unit="days")  # fmt: skip


@pytest.fixture
def window_store(store: Store) -> Store:
    seed(store, (*SCORECARD, WIDE, WIDEST))
    return store


def text_room(window: MainWindow, index: QModelIndex) -> float:
    """The width the style leaves a cell's text, padding and margins taken off."""
    tree = window.tree
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    return float(rect.width() - 2 * margin)


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_150], ids=["100%", "150%"])
def test_each_latest_figure_shows_whole_unless_only_its_tooltip_can(
    qtbot: QtBot, window: MainWindow, screen: QRect
) -> None:
    """Walked with the arrow keys: every code and its marks show; a figure is cut only when
    the names would otherwise lose their codes, and then it is said in full elsewhere."""
    window.fit_to_screen(screen)
    select_code(window, "CS1")
    qtbot.waitUntil(lambda: screen.contains(window.geometry()))
    qtbot.wait(50)
    tree = window.tree
    metrics = QFontMetricsF(tree.font())
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    whole: dict[str, str] = {}
    cut: dict[str, str] = {}
    for _row in range(40):
        index = tree.currentIndex().siblingAtColumn(COL_LATEST)
        text = str(index.data() or "")
        if text:
            name = index.siblingAtColumn(COL_NAME)
            code = str(name.data(TitleRole)).split()[0]
            shown_code = f"{code}  …  {name.data(MarksRole)}".rstrip()
            assert text_room(window, name) >= width(metrics, shown_code)  # code, marks whole
            (whole if width(metrics, text) <= text_room(window, index) else cut)[code] = text
            if code in cut:  # cut short: said in full elsewhere
                assert index.data(Qt.ItemDataRole.AccessibleTextRole) == text
                description = str(index.data(DESCRIPTION))
                assert description == index.data(TOOLTIP)
                assert text.split(" vs ")[0] in description  # "1,234,567.2 days in …"
        before = tree.currentIndex()
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentIndex() == before:
            break
    assert len(whole) + len(cut) == len(SCORECARD) + 2  # every indicator was visited
    assert set(cut) <= {"HR1", "HR2"}  # only figures far wider than the rest
    if screen == LAPTOP:  # room for every figure, the widest too
        assert cut == {} and whole["HR2"] == "1,234,567.2 vs 1,200,000 days"
    else:
        assert "HR2" in cut


def width(metrics: QFontMetricsF, text: str) -> int:
    return math.ceil(metrics.horizontalAdvance(text))

"""Leaving a pane by Tab walks the focus chain; the widgets it passes must stay usable."""

from __future__ import annotations

import gc

import shiboken6
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import controller, red_code, select_code
from tests.ui.test_keyboard import detail, press_tab
from tests.ui.test_keyboard import window as window  # the sample, active


def test_tabbing_out_of_the_questions_leaves_the_charts_viewport_alive(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Walking the chain out of the question editor passes the chart, the tables and their
    scroll bars. The wrappers of those widgets must still work once Python has collected
    whatever the walk left behind: a chart painted through a viewport taken for deleted
    fails ("Internal C++ object already deleted")."""
    select_code(window, red_code(window))
    pane = detail(window)
    held = [
        pane.chart.viewport(),
        pane.chart.horizontalScrollBar(),
        pane.scroll.viewport(),
        pane.table.viewport(),
        pane.table.horizontalHeader(),
    ]
    annotations_ = controller(window)
    annotations_.new_question()
    tab = annotations_.questions
    qtbot.waitUntil(tab.text.hasFocus)
    stops = [w for w in tab.tab_order if w.isEnabled()]
    visited = press_tab(qtbot, len(stops))
    assert not tab.isAncestorOf(visited[-1])  # out of the pane: the chain was walked
    gc.collect()
    assert [shiboken6.isValid(widget) for widget in held] == [True] * len(held)
    assert not pane.chart.grab().isNull()  # painted through its viewport
    assert pane.chart.viewport() is held[0]

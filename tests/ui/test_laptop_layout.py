"""A 1366×768 laptop, at 100% and at 150%: the window fits and the editors reflow, not scroll."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop import annotations as ann
from desktop.ui.charts import TrendChart
from desktop.ui.main_window import MainWindow
from desktop.ui.screen_fit import fitted_geometry
from tests.ui.annotation_helpers import open_window, select_code
from tests.ui.indicator_samples import children_seen

REPO = Path(__file__).resolve().parents[2]

# 1366×768 less a 40-pixel task bar; at 150% the same screen is 2/3 of that in points
LAPTOP = QRect(0, 0, 1366, 728)
LAPTOP_150 = QRect(0, 0, 910, 485)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas under ``root`` that show a horizontal scroll bar."""
    return [
        f"{type(area).__name__} {area.objectName() or area.accessibleName()}"
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def on_laptop(qtbot: QtBot, window: MainWindow, screen: QRect) -> None:
    window.fit_to_screen(screen)
    select_code(window, next(v.code for v in window.views.values() if v.code))
    qtbot.waitUntil(lambda: screen.contains(window.geometry()))
    qtbot.wait(50)  # let the layouts settle at the new size


def test_the_first_window_is_no_larger_than_the_screen() -> None:
    placed = fitted_geometry(QRect(0, 0, 1400, 900), LAPTOP)
    assert LAPTOP.contains(placed)
    assert placed.width() >= 1300 and placed.height() >= 650  # and uses most of it


def test_a_window_already_on_screen_stays_where_it_is() -> None:
    assert fitted_geometry(QRect(100, 80, 900, 600), LAPTOP) == QRect(100, 80, 900, 600)


def test_a_saved_window_too_large_for_this_screen_is_fitted(
    qtbot: QtBot, sample_store: Store, data_dir
) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, sample_store, data_dir)
    first.setGeometry(QRect(0, 0, 2400, 1500))  # saved on a large monitor
    first.close()
    assert QSettings().contains("window/geometry")
    second = open_window(qtbot, sample_store, data_dir)
    assert second.available_geometry().contains(second.geometry())


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_150], ids=["100%", "150%"])
def test_the_window_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow, screen: QRect) -> None:
    on_laptop(qtbot, window, screen)
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    assert screen.contains(window.geometry())


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_150], ids=["100%", "150%"])
def test_no_editor_scrolls_sideways_on_a_laptop_screen(
    qtbot: QtBot, window: MainWindow, screen: QRect
) -> None:
    on_laptop(qtbot, window, screen)
    annotations = window.annotations
    assert sideways_scrolling(annotations.notes) == []
    annotations.tabs.setCurrentWidget(annotations.questions)
    annotations.questions.list.setCurrentRow(0)
    qtbot.wait(50)
    assert sideways_scrolling(annotations.questions) == []


def test_editors_stack_their_panes_when_narrow_and_sit_side_by_side_when_wide(
    qtbot: QtBot, window: MainWindow
) -> None:
    notes = window.annotations.notes
    on_laptop(qtbot, window, LAPTOP_150)
    qtbot.waitUntil(notes.splitter.stacked)
    for field in (notes.exempt, notes.period, notes.meeting):  # whole, never clipped
        assert field.width() >= field.minimumSizeHint().width()
        assert notes.splitter.width() >= field.mapTo(notes.splitter, field.rect().topRight()).x()
    window.resize(1900, 1000)
    window.splitter.setSizes([500, 1400])
    qtbot.waitUntil(lambda: not notes.splitter.stacked())


def test_the_figures_source_column_gives_way_instead_of_the_pane_scrolling_sideways(
    qtbot: QtBot, window: MainWindow
) -> None:
    on_laptop(qtbot, window, LAPTOP)
    detail = window.ensure_detail()
    table = detail.table  # type: ignore[attr-defined]
    qtbot.waitUntil(table.isVisible)
    model, source = table.model(), table.model().columnCount() - 1
    assert model.headerData(source, Qt.Orientation.Horizontal) == "Source"
    longest = max(
        table.fontMetrics().horizontalAdvance(str(model.index(r, source).data()))
        for r in range(model.rowCount())
    )
    assert table.horizontalHeader().sectionSize(source) < longest  # elided, whole in its tip
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert "Source" not in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(source)]
    scroll = detail.scroll  # type: ignore[attr-defined]
    assert not scroll.horizontalScrollBar().isVisible()


def test_at_150_percent_the_figures_wrap_beside_each_period_instead_of_scrolling_sideways(
    qtbot: QtBot, window: MainWindow
) -> None:
    on_laptop(qtbot, window, LAPTOP_150)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the first red indicator
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    detail = window.ensure_detail()
    table = detail.table  # type: ignore[attr-defined]
    qtbot.waitUntil(table.isVisible)
    for _ in range(40):  # Tab through the pane to the figures, as a keyboard user does
        if table.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert table.hasFocus()
    model = table.model()
    assert model.columnCount() == 2 and model.headerData(1, Qt.Orientation.Horizontal) == "Figures"
    assert not table.horizontalScrollBar().isVisible()
    assert sideways_scrolling(detail) == []
    latest = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Up)  # the period before: the chart and commentary follow
    assert table.currentIndex().row() == latest - 1
    assert detail.chart.highlighted_index() == latest - 1  # type: ignore[attr-defined]
    figures = model.index(latest - 1, 1).data()
    assert figures.startswith("Actual ") and "From " in figures
    window.resize(1900, 1000)  # room again: the grid comes back, on the same period
    window.splitter.setSizes([500, 1400])
    qtbot.waitUntil(lambda: model.columnCount() > 2)
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Source"
    assert table.currentIndex().row() == latest - 1


@pytest.mark.parametrize("width", [420, 900])
def test_a_narrow_chart_keeps_its_latest_point_and_legend_in_view(qtbot: QtBot, width: int) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(width, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_indicator(children_seen())
    chart.settle_layout()
    plot = chart.getPlotItem()
    assert plot.geometry().width() <= chart.viewport().width()  # the legend wraps instead
    (_left, right), _ = plot.getViewBox().viewRange()
    latest = len(chart.series_data(chart.series_names()[0])[0]) - 1
    assert right >= latest + 0.5  # room for the ring round the latest point


LAPTOP_SCREEN = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]
}  # fmt: skip


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_a_real_window_on_a_1366x768_screen_fits_and_shows_the_chart_at_100_and_150_percent(
    tmp_path: Path, scale: str
) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(LAPTOP_SCREEN), encoding="utf-8")
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.laptop_probe", str(folder)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["scale"] == float(scale)
    assert report["available"] == ([1366, 768] if scale == "1" else [911, 512])
    assert report["fits"]
    assert report["notes_sideways"] == [] and report["questions_sideways"] == []
    assert report["figures_sideways"] == []
    assert report["chart_fits"]
    # a chair walking the reds with F8 sees each one's title and whole chart, unscrolled
    seen = report["charts_in_view"]
    assert len(seen) == 3 and len({s["code"] for s in seen}) == 3
    for shown in seen:
        assert shown["scrolled"] == 0 and shown["title"] and shown["chart"], shown
        assert shown["chart_height"] >= 160, shown
        assert "Actual: " in shown["readout"], shown


def test_ctrl_3_on_a_small_screen_scrolls_the_note_into_view_before_it_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    notes = window.annotations.notes
    on_laptop(qtbot, window, LAPTOP_150)
    qtbot.waitUntil(notes.splitter.stacked)
    notes.scroller.verticalScrollBar().setValue(0)  # as opened: the list of notes on top
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(notes.editor.hasFocus)
    viewport = notes.scroller.viewport()
    top = notes.editor.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height() - notes.editor.fontMetrics().height()
    qtbot.keyClicks(notes.editor, "Ask when the review team is up to strength")
    assert notes.editor.toPlainText() == "Ask when the review team is up to strength"
    cursor = notes.editor.cursorRect().center()
    assert viewport.rect().contains(notes.editor.viewport().mapTo(viewport, cursor))


def test_meeting_mode_fits_a_small_laptop_at_150_percent_with_nothing_overlapping(
    qtbot: QtBot, window: MainWindow
) -> None:
    longest = max((v for v in window.views.values() if not v.exempt), key=lambda v: len(v.label))
    with window.store.session() as s:
        meeting = ann.add_meeting(s, "People Scrutiny Committee", held_on=dt.date(2027, 1, 14))
        ann.add_agenda_item(s, meeting.id, longest.id)
        ann.add_question(s, longest.id, "When will the backlog be cleared? Please give a date.",
                         meeting_id=meeting.id, addressed_to="Director of Education")  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_F11)
    mode = window.annotations.meeting_mode
    assert mode is not None
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(mode.answer.hasFocus)
    qtbot.keyClick(mode.answer, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert mode.question_bar.isVisible()
    assert mode.minimumSizeHint().height() <= LAPTOP_150.height() - 30  # less a title bar
    assert mode.minimumSizeHint().width() <= LAPTOP_150.width()
    mode.showNormal()
    mode.setGeometry(LAPTOP_150.adjusted(0, 30, 0, 0))
    qtbot.waitUntil(lambda: mode.height() <= LAPTOP_150.height() - 30)
    chart, facts = mode.chart, mode.facts
    assert chart.geometry().bottom() < facts.geometry().top()  # the facts never sit on the chart
    columns = mode.questions.parentWidget().parentWidget().geometry()  # the two columns
    assert mode.title.geometry().bottom() < columns.top()
    assert columns.bottom() < mode.question_bar.geometry().top()
    assert mode.question_bar.geometry().bottom() <= mode.rect().bottom()
    qtbot.keyClick(mode.question_bar.text, Qt.Key.Key_Escape)  # the bar closes: the keys return
    qtbot.waitUntil(mode.help.isVisible)
    mode.close()


def test_a_narrow_tree_shows_the_trend_s_arrow_and_gives_its_room_to_the_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.ui.models.portfolio_tree import COL_NAME, COL_TREND

    tree = window.tree
    window.resize(1900, 1000)
    window.splitter.setSizes([800, 1100])
    qtbot.waitUntil(lambda: tree.header().sectionSize(COL_TREND) == 104)
    wide_name = tree.header().sectionSize(COL_NAME)
    on_laptop(qtbot, window, LAPTOP_150)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the first red indicator
    index = tree.currentIndex().siblingAtColumn(COL_TREND)
    words = str(index.data())
    assert words.split(" ", 1)[1] in ("Improving", "Worsening", "No change")
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    tree.itemDelegateForColumn(COL_TREND).initStyleOption(option, index)
    assert option.text == words.split(" ", 1)[0]  # the arrow, not a word cut short
    spoken = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data())
    assert words.split(" ", 1)[1].lower() in spoken.lower()  # a screen reader hears the word
    assert tree.header().sectionSize(COL_TREND) < 104
    assert tree.header().sectionSize(COL_NAME) < wide_name  # narrow, but the most of it
    assert tree.header().sectionSize(COL_NAME) > tree.header().sectionSize(COL_TREND) * 2


def test_at_150_percent_every_latest_figure_and_its_heading_show_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    """'Latest vs target' and each figure under it, walked with the arrow keys: none cut."""
    from PySide6.QtWidgets import QStyle

    from desktop.ui.models.portfolio_tree import COL_LATEST

    tree = window.tree
    on_laptop(qtbot, window, LAPTOP_150)
    header = tree.header()
    width = header.sectionSize(COL_LATEST)
    assert header.sectionSizeFromContents(COL_LATEST).width() <= width
    lines = str(tree.model().headerData(COL_LATEST, Qt.Orientation.Horizontal))
    assert lines.replace("\n", " ") == "Latest vs target"
    spoken = tree.model().headerData(
        COL_LATEST, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    assert spoken == "Latest vs target"  # read out on one line
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = tree.fontMetrics()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    seen: list[str] = []
    while True:
        index = tree.currentIndex().siblingAtColumn(COL_LATEST)
        text = str(index.data() or "")
        if text:
            seen.append(text)
            assert metrics.horizontalAdvance(text) + margin <= tree.visualRect(index).width(), text
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentIndex().siblingAtColumn(COL_LATEST) == index:
            break
    assert len(seen) == len(window.views)  # every indicator was visited
    assert any(" vs " in text for text in seen)


def whole_chart_in_view(window: MainWindow) -> bool:
    detail = window.ensure_detail()
    viewport = detail.scroll.viewport()  # type: ignore[attr-defined]
    chart = detail.chart  # type: ignore[attr-defined]
    where = QRect(chart.mapTo(viewport, QPoint(0, 0)), chart.size())
    return bool(viewport.rect().contains(where))


def test_on_a_short_screen_the_notes_make_room_when_gone_to_and_the_chart_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Ctrl+3 gives the notes room to write in; Ctrl+2 gives the indicator its whole chart."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.fit_to_screen(LAPTOP_150)
    qtbot.waitUntil(lambda: LAPTOP_150.contains(window.geometry()))
    window.focus_tree()
    qtbot.keyClick(window.tree, Qt.Key.Key_F8)  # the first red
    notes = window.annotations.notes
    was = window.right_splitter.sizes()[1]
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(notes.editor.hasFocus)
    detail, below = window.right_splitter.sizes()
    least = window.ensure_detail().minimumSizeHint().height()
    assert below > was and (below >= 0.44 * (detail + below) or detail <= least)
    qtbot.keyClicks(notes.editor, "Ask about agency staff")
    qtbot.wait(50)
    viewport = notes.scroller.viewport()
    cursor = notes.editor.viewport().mapTo(viewport, notes.editor.cursorRect().center())
    assert viewport.rect().contains(cursor)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.right_splitter.sizes()[0] > detail)
    qtbot.waitUntil(lambda: whole_chart_in_view(window))
    assert notes.editor.toPlainText() == "Ask about agency staff"

"""The chart's read-out sits inside the plot and hides neither the chosen point nor the line."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from desktop.ui.charts import ACTUAL, TrendChart
from tests.ui.indicator_samples import Row, Sample, build

SHAPES = {
    "rising to the latest": (41, 44, 47, 49, 47, 50, 56),
    "falling to the latest": (70, 66, 61, 58, 55, 50, 41),
    "flat in the middle": (55, 55, 55, 55, 55, 55, 55),
}


def line_points(chart: TrendChart, per_step: int = 50) -> list[tuple[float, float]]:
    xs, ys = chart.series_data(ACTUAL)
    points = []
    for (x0, y0), (x1, y1) in itertools.pairwise(zip(xs, ys, strict=True)):
        if math.isnan(y0) or math.isnan(y1):
            continue
        points.extend(
            (x0 + (x1 - x0) * t / per_step, y0 + (y1 - y0) * t / per_step)
            for t in range(per_step + 1)
        )
    return points


@pytest.mark.parametrize("size", [(760, 340), (520, 300)])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_readout_leaves_the_latest_point_and_the_line_visible(
    qtbot: QtBot, shape: str, size: tuple[int, int]
) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    rows = [Row(float(v), target=70.0, comparators=(("England", 50.0),)) for v in SHAPES[shape]]
    chart.set_indicator(build(Sample(rows=rows, rag_computed=["red"] * len(rows))))
    qtbot.wait(50)  # let the plot take its size; the read-out is placed again on a resize
    latest = len(rows) - 1
    assert chart.highlighted_index() == latest
    box = chart.readout_rect()
    (x_low, x_high), (y_low, y_high) = chart.getPlotItem().getViewBox().viewRange()
    assert QRectF(x_low, y_low, x_high - x_low, y_high - y_low).contains(box)
    assert not box.contains(float(latest), SHAPES[shape][-1])
    hidden = [p for p in line_points(chart) if box.contains(*p)]
    assert hidden == []


def every_line_point(chart: TrendChart, per_step: int = 20) -> list[tuple[float, float]]:
    """Points along the actual, the target and every comparator line as drawn."""
    points: list[tuple[float, float]] = []
    for name in chart._series:
        xs, ys = chart.series_data(name)
        for (x0, y0), (x1, y1) in itertools.pairwise(zip(xs, ys, strict=True)):
            if math.isnan(y0) or math.isnan(y1):
                continue
            points.extend(
                (x0 + (x1 - x0) * t / per_step, y0 + (y1 - y0) * t / per_step)
                for t in range(per_step + 1)
            )
    return points


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_walking_the_periods_by_keyboard_on_a_small_laptop_never_covers_a_line(
    qtbot: QtBot,
    sample_store,
    data_dir,  # type: ignore[no-untyped-def]
) -> None:
    """At 150% on 1366×768 the chart is small and its read-out large: for every red indicator
    (F8) and each of its periods (Left from the latest), no line is under the read-out — it
    sits on a line above a plot too short to hold it clear, saying the period and figures."""
    from PySide6.QtCore import Qt

    from tests.ui.annotation_helpers import open_window
    from tests.ui.test_laptop_layout import LAPTOP_150, on_laptop

    window = open_window(qtbot, sample_store, data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    on_laptop(qtbot, window, LAPTOP_150)
    chart = window.ensure_detail().chart  # type: ignore[attr-defined]
    reds = len(window.tree.red_indexes())
    checked = 0
    for _ in range(reds):
        qtbot.keyClick(window.tree, Qt.Key.Key_F8)
        qtbot.wait(10)
        chart.setFocus()
        for _period in range(len(chart._series[ACTUAL][0])):
            index = chart.highlighted_index()
            assert index is not None
            box = chart.readout_rect()
            above = chart.readout_above()
            if box.isEmpty():  # above the plot: the period and its figures, whole
                period = chart.period_labels()[index]
                assert above.startswith(period) and "Actual: " in above, above
                checked += 1
                qtbot.keyClick(chart, Qt.Key.Key_Left)
                continue
            assert above == ""
            covered = [p for p in every_line_point(chart) if box.contains(*p)]
            assert covered == [], (window.current_view().code, index)  # type: ignore[union-attr]
            qtbot.keyClick(chart, Qt.Key.Key_Left)
            checked += 1
        window.tree.setFocus()
    assert reds >= 5 and checked > 5 * reds

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

"""The trend chart: which series it draws, steps, gaps, read-outs and the PNG renderer."""

from __future__ import annotations

import math
import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.charts import (
    ACTUAL,
    AMBER_BAND,
    GREEN_BAND,
    TARGET,
    TrendChart,
    render_chart_png,
)
from desktop.ui.main_window import MainWindow
from tests.ui.indicator_samples import Row, Sample, build, children_seen, plain_count


@pytest.fixture
def chart(qtbot: QtBot) -> TrendChart:
    widget = TrendChart()
    qtbot.addWidget(widget)
    widget.resize(800, 360)
    return widget


def test_draws_actual_target_and_every_comparator(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    assert chart.series_names() == [ACTUAL, TARGET, "England", "Statistical neighbours"]


def test_missing_value_is_a_gap_not_a_zero(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    xs, ys = chart.series_data(ACTUAL)
    assert xs == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert math.isnan(ys[2])
    assert ys[:2] == [82.0, 76.0]


def test_target_steps_up_where_it_changes(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    xs, ys = chart.series_data(TARGET)
    # the target is 80 up to Q3 2023/24 and 85 from Q4: both values meet at x = 2.5
    assert (xs[5], ys[5]) == (2.5, 80.0)
    assert (xs[6], ys[6]) == (2.5, 85.0)


def test_comparator_has_gaps_where_not_published(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    _xs, ys = chart.series_data("Statistical neighbours")
    assert all(math.isnan(y) for y in ys[:5])
    assert ys[5] == 76.0


def test_amber_zone_lies_below_target_when_higher_is_better(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    name, xs, lows, highs = chart.band_data()
    assert name == AMBER_BAND
    assert xs[0] == 0.0
    assert (lows[0], highs[0]) == pytest.approx((72.0, 80.0))


def test_amber_zone_lies_above_target_when_lower_is_better(chart: TrendChart) -> None:
    view = build(Sample(rows=[Row(12.0, 10.0)], rag_computed=["red"], polarity="lower_is_better"))
    chart.set_indicator(view)
    _name, _xs, lows, highs = chart.band_data()
    assert (lows[0], highs[0]) == pytest.approx((10.0, 11.0))


def test_axis_says_which_way_is_good(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    assert chart.axis_caption() == "%   ▲ higher is better"


def test_axis_says_when_direction_is_unknown(chart: TrendChart) -> None:
    chart.set_indicator(plain_count())
    assert "not stated" in chart.axis_caption()


def test_indicator_without_target_draws_only_the_actual(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    chart.set_indicator(plain_count())
    assert chart.series_names() == [ACTUAL]
    assert chart.band_data()[1] == []


def test_period_labels_are_the_axis_ticks(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    axis = chart.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([0.0, 5.0], 1.0, 1.0) == ["Q1 2023/24", "Q2 2024/25"]


def test_crowded_period_labels_are_thinned_keeping_the_latest(chart: TrendChart) -> None:
    rows = [Row(50.0 + i) for i in range(40)]
    chart.set_indicator(build(Sample(rows=rows, rag_computed=[None] * 40)))
    axis = chart.getPlotItem().getAxis("bottom")
    (_spacing, values), *_ = axis.tickValues(-0.5, 39.5, 400)
    assert len(values) < 40
    assert values[-1] == 39.0


def test_readout_starts_on_the_latest_period(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    assert chart.highlighted_index() == 5
    assert chart.accessibleDescription() == (
        "Q2 2024/25; Actual: 50%; Target: 85%; RAG: Red; England: 80%; Statistical neighbours: 76%"
    )


def test_left_key_moves_the_readout_to_the_previous_period(chart: TrendChart, qtbot: QtBot) -> None:
    chart.set_indicator(children_seen())
    with qtbot.waitSignal(chart.point_highlighted) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert blocker.args == [4]
    assert chart.accessibleDescription().startswith("Q1 2024/25; Actual: 58%")


def test_readout_of_a_missing_value_shows_what_the_cell_held(
    chart: TrendChart, qtbot: QtBot
) -> None:
    chart.set_indicator(children_seen())
    chart.highlight(2)
    assert "Actual: *" in chart.readout_text()
    assert "RAG: not rated" in chart.readout_text()


def test_render_chart_png_gives_a_png_of_the_requested_size(qtbot: QtBot) -> None:
    data = render_chart_png(children_seen(), width=640, height=300)
    assert data.startswith(b"\x89PNG")
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (640, 300)


def test_render_chart_png_dark_differs_from_light(qtbot: QtBot) -> None:
    light = QImage.fromData(render_chart_png(children_seen(), width=200, height=120), "PNG")
    dark = QImage.fromData(
        render_chart_png(children_seen(), width=200, height=120, dark=True), "PNG"
    )
    assert light.pixelColor(198, 1).lightness() > 200
    assert dark.pixelColor(198, 1).lightness() < 60


def test_on_target_indicator_shades_its_green_band(chart: TrendChart) -> None:
    rows = [Row(4.0, 5.0), Row(7.5, 5.0)]
    view = build(
        Sample(rows=rows, rag_computed=["green", "red"], polarity="on_target", band=(3.0, 6.0))
    )
    chart.set_indicator(view)
    name, xs, lows, highs = chart.band_data()
    assert name == GREEN_BAND
    assert (xs, lows, highs) == ([0.0, 1.0], [3.0, 3.0], [6.0, 6.0])


def _widget_point(chart: TrendChart, x: float, y: float) -> QPoint:
    scene_point = chart.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return chart.mapFromScene(scene_point)


def test_hovering_over_a_period_reads_it_out_without_choosing_it(
    chart: TrendChart, qtbot: QtBot
) -> None:
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_indicator(children_seen())
    with qtbot.assertNotEmitted(chart.point_highlighted):
        qtbot.mouseMove(chart.viewport(), _widget_point(chart, 1.0, 76.0))
    assert chart.highlighted_index() == 1
    assert chart.readout_text().startswith("Q2 2023/24; Actual: 76%")


def test_clicking_a_period_chooses_it(chart: TrendChart, qtbot: QtBot) -> None:
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_indicator(children_seen())
    position = _widget_point(chart, 3.0, 61.0)
    qtbot.mouseMove(chart.viewport(), position)
    with qtbot.waitSignal(chart.point_highlighted) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [3]


def test_a_period_not_reported_at_all_breaks_the_line(chart: TrendChart) -> None:
    rows = [Row(60.0), Row(62.0), Row(64.0)]
    view = build(Sample(rows=rows, rag_computed=[None] * 3, slots=[0, 1, 3]))
    chart.set_indicator(view)
    assert chart.period_breaks() == [1]
    assert chart.period_labels() == ["Q1 2023/24", "Q2 2023/24", "Q4 2023/24"]


def test_consecutive_periods_draw_an_unbroken_line(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    assert chart.period_breaks() == []


def test_render_chart_png_from_a_worker_thread_draws_on_the_gui_thread(qtbot: QtBot) -> None:
    view = children_seen()
    results: list[bytes] = []
    worker = threading.Thread(target=lambda: results.append(render_chart_png(view)))
    worker.start()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    worker.join(timeout=5)
    assert results[0].startswith(b"\x89PNG")


def test_the_hidden_renderer_never_keeps_the_app_open(qtbot: QtBot) -> None:
    render_chart_png(children_seen(), width=100, height=80)
    hidden = [w for w in QApplication.topLevelWidgets() if isinstance(w, TrendChart)]
    assert hidden
    assert all(not w.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose) for w in hidden)


def test_points_are_marked_by_their_rag_and_missing_values_get_none(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    assert chart.points_by_rag() == {
        "red": [3.0, 4.0, 5.0],
        "amber": [1.0],
        "green": [0.0],
        "unrated": [],
    }


def test_published_rag_is_drawn_where_it_differs_from_computed(chart: TrendChart) -> None:
    view = build(
        Sample(rows=[Row(70.0, 80.0, "green"), Row(71.0, 80.0)], rag_computed=["red", "red"])
    )
    chart.set_indicator(view)
    assert chart.points_by_rag()["green"] == [0.0]
    assert chart.points_by_rag()["red"] == [1.0]


def test_chart_without_readout_highlights_nothing(chart: TrendChart) -> None:
    chart.set_indicator(children_seen(), readout=False)
    assert chart.highlighted_index() is None
    assert chart.accessibleDescription() == "No period highlighted."


def test_an_infinite_value_is_a_gap_and_the_chart_still_scales(chart: TrendChart) -> None:
    rows = [Row(60.0), Row(math.inf), Row(64.0)]
    chart.set_indicator(build(Sample(rows=rows, rag_computed=[None] * 3)))
    _xs, ys = chart.series_data(ACTUAL)
    assert math.isnan(ys[1])
    low, high = chart.getPlotItem().getViewBox().viewRange()[1]
    assert low < 60.0 and 80.0 < high < 100.0


def test_comparators_take_the_new_theme_colours_when_it_changes(chart: TrendChart) -> None:
    from desktop.ui.charts import DARK, LIGHT

    chart.set_dark(False)
    chart.set_indicator(children_seen())
    england = chart._comparator_items[0]  # the line drawn for "England"
    assert england.opts["pen"].color().name() == LIGHT.comparators[0].lower()
    chart.set_dark(True)
    assert england.opts["pen"].color().name() == DARK.comparators[0].lower()
    assert england.opts["symbolBrush"].color().name() == DARK.comparators[0].lower()
    chart.set_indicator(children_seen())  # switching keeps the colours it was given
    assert england.opts["pen"].color().name() == DARK.comparators[0].lower()


def test_left_axis_label_follows_each_indicator(chart: TrendChart) -> None:
    chart.set_indicator(children_seen())
    first = chart.axis_caption()
    label = chart.getPlotItem().getAxis("left").labelText
    assert first and label
    chart.set_indicator(None)
    assert chart.axis_caption() == ""
    assert chart.getPlotItem().getAxis("left").labelText == ""


def _band_pixel(chart: TrendChart, image: QImage, x: float) -> QColor:
    """The colour drawn at ``x`` (in periods) halfway up the shaded zone of the last period."""
    _name, _xs, lows, highs = chart.band_data()
    box = chart.getPlotItem().getViewBox()
    scene = box.mapViewToScene(QPointF(x, (lows[-1] + highs[-1]) / 2))
    point = chart.mapFromScene(scene)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_the_shaded_zone_and_target_stop_at_the_last_period(
    qtbot: QtBot, window: MainWindow
) -> None:
    """On the red indicators walked with F8, the amber zone and the target reach the latest
    period and go no further into the room kept right of it for its ring and label."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_tree()
    chart = window.ensure_detail().chart  # type: ignore[attr-defined]
    background = QColor(chart._colours.background)
    for _red in range(2):
        qtbot.keyClick(window.tree, Qt.Key.Key_F8)
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        for _press in range(6):  # Tab from the pane's first control to the chart
            if chart.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert chart.hasFocus()
        qtbot.keyClick(chart, Qt.Key.Key_Home)  # the read-out away from the latest period
        last = len(chart.period_labels()) - 1
        name, xs, _lows, _highs = chart.band_data()
        assert name == AMBER_BAND and xs[-1] == last
        assert chart._band.dataBounds(0)[1] == pytest.approx(last)
        target_xs, _ys = chart.series_data(TARGET)
        assert max(target_xs) == last
        image = chart.grab().toImage()
        inside, beyond = (
            _band_pixel(chart, image, last - 0.2),
            _band_pixel(chart, image, last + 0.3),
        )
        assert inside != background  # shaded up to the latest period
        assert beyond == background, beyond.name()  # and nothing past it
        window.focus_tree()

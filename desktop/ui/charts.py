"""The trend chart of one indicator, and its offscreen PNG rendering for the briefing."""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from db.records import ObservationRecord
from desktop.analysis.rag import DIRECTIONAL, amber_band
from desktop.ui.indicator_text import (
    POLARITY_AXIS,
    format_value,
    observation_value,
    shown_unit,
)
from desktop.ui.rag_style import RAG_SYMBOLS, RAG_WORDS, is_dark, rag_colour

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView

ACTUAL = "Actual"
TARGET = "Target"
AMBER_BAND = "Amber zone"
GREEN_BAND = "Green band"
UNRATED = "unrated"
GREEN_BAND = "Green band"
UNRATED = "unrated"


@dataclass(frozen=True, slots=True)
class ChartColours:
    background: str
    foreground: str
    grid_alpha: float
    actual: str
    target: str
    comparators: tuple[str, ...]
    band_alpha: int


LIGHT = ChartColours(
    background="#FFFFFF",
    foreground="#1F1F1F",
    grid_alpha=0.18,
    actual="#1F4E99",
    target="#3A3A3A",
    comparators=("#6A3D9A", "#5F6B7A", "#AA3377", "#2F5F8A"),  # clear of the RAG hues
    band_alpha=70,
)
DARK = ChartColours(
    background="#1E1F22",
    foreground="#E8E8E8",
    grid_alpha=0.22,
    actual="#8AB4F8",
    target="#D0D0D0",
    comparators=("#C9A0DC", "#B0BAC6", "#E58FB8", "#8FB8DE"),
    band_alpha=80,
)
COMPARATOR_SYMBOLS = ("x", "+", "star")
PNG_QUALITY = 80  # Qt's PNG "quality" is the inverse of zlib effort: fast, slightly larger files
COMPARATOR_DASHES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


class PeriodAxis(pg.AxisItem):
    """A bottom axis whose ticks are period labels at x = 0, 1, 2 ..., thinned when crowded."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self._labels: list[str] = []
        self.enableAutoSIPrefix(False)

    def set_labels(self, labels: Sequence[str]) -> None:
        if list(labels) != self._labels:
            self._labels = list(labels)
            self.picture = None
            self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        count = len(self._labels)
        first, last = max(0, math.ceil(minVal)), min(count - 1, math.floor(maxVal))
        if count == 0 or last < first:
            return []
        font = self.style.get("tickFont") or self.font()
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + 14
        capacity = max(1, int(size // widest))
        step = max(1, math.ceil((last - first + 1) / capacity))
        values = list(range(last, first - 1, -step))[::-1]  # the latest period always labelled
        return [(float(step), [float(v) for v in values])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = []
        for value in values:
            index = round(value)
            strings.append(self._labels[index] if 0 <= index < len(self._labels) else "")
        return strings


class Points(pg.ScatterPlotItem):
    """A scatter of points whose bounding rectangle is worked out once until it changes.

    pyqtgraph works it out afresh each time Qt asks, some four times a paint of the chart,
    mapping a pixel through the view each time. It changes only with the points, their
    sizes or the view's scale: each of those goes through prepareGeometryChange (as Qt
    requires) or pyqtgraph's measuring of the points' sizes, and either forgets it.
    """

    _bounds: QRectF | None = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return QRectF(self._bounds)

    def prepareGeometryChange(self) -> None:
        self._bounds = None
        super().prepareGeometryChange()

    def _updateMaxSpotSizes(self, **kwargs: Any) -> None:
        self._bounds = None
        super()._updateMaxSpotSizes(**kwargs)

    def clear(self) -> None:
        self._bounds = None
        super().clear()

    def viewTransformChanged(self) -> None:
        # pyqtgraph forgets the points' extent here too, though points sized in pixels take
        # the same room in the data whatever the view: keeping it saves going over them again
        kept = self.bounds
        super().viewTransformChanged()
        if self.opts["pxMode"]:
            self.bounds = kept


def _plotted(value: float | None) -> float:
    """A value as drawn: missing or not a finite number is a gap (NaN), never a zero."""
    if value is None:
        return math.nan
    number = float(value)
    return number if math.isfinite(number) else math.nan


def _step_line(values: Sequence[float | None]) -> tuple[list[float], list[float]]:
    """Each period's value held from i - 0.5 to i + 0.5, so a change shows as a step; the
    last period's only up to its own place, as nothing is reported after it."""
    xs: list[float] = []
    ys: list[float] = []
    last = len(values) - 1
    for i, value in enumerate(values):
        y = _plotted(value)
        xs.extend((i - 0.5, float(i) if i == last else i + 0.5))
        ys.extend((y, y))
    return xs, ys


def _band_spans(xs: Sequence[float], count: int) -> tuple[list[float], list[float]]:
    """Left edge and width of the shaded zone's piece for each period in ``xs``: a period
    wide, centred on it, but stopping at the last of ``count`` periods rather than running
    half a period past it into the margin kept for the latest point's ring and label."""
    end = count - 1
    lefts = [x - 0.5 for x in xs]
    widths = [min(x + 0.5, end) - (x - 0.5) for x in xs]
    return lefts, widths


def _shaded_band(view: IndicatorView) -> tuple[str, list[float], list[float], list[float]]:
    """(name, x, low, high) of the shaded zone per period.

    Directional indicators: the amber zone from target to target ∓ tolerance on the bad side.
    On-target indicators: the green band between the indicator's band limits.
    """
    polarity = view.polarity
    tolerance = view.series.tolerance
    xs: list[float] = []
    lows: list[float] = []
    highs: list[float] = []
    observations = view.record.observations
    if polarity == "on_target":
        low, high = tolerance.band_low, tolerance.band_high
        if low is None or high is None or high <= low:
            return GREEN_BAND, xs, lows, highs
        return (
            GREEN_BAND,
            [float(i) for i in range(len(observations))],
            [low] * len(observations),
            [high] * len(observations),
        )
    if polarity not in DIRECTIONAL:
        return AMBER_BAND, xs, lows, highs
    for i, observation in enumerate(observations):
        target = observation.target
        if target is None or not math.isfinite(target):
            continue
        width = amber_band(target, tolerance)
        if width <= 0:
            continue
        low, high = (
            (target - width, target)
            if polarity == "higher_is_better"
            else (
                target,
                target + width,
            )
        )
        xs.append(float(i))
        lows.append(low)
        highs.append(high)
    return AMBER_BAND, xs, lows, highs


def _period_breaks(observations: Sequence[ObservationRecord]) -> list[int]:
    """Indices i where period i + 1 does not follow on from period i (a period not reported)."""
    breaks = []
    for i in range(len(observations) - 1):
        before, after = observations[i].period, observations[i + 1].period
        if after.start > before.end + dt.timedelta(days=1):
            breaks.append(i)
    return breaks


def _with_breaks(
    xs: list[float], ys: list[float], breaks: list[int]
) -> tuple[list[float], list[float]]:
    """The line's points with a blank between periods that do not follow on, so it is broken."""
    if not breaks:
        return xs, ys
    out_x: list[float] = []
    out_y: list[float] = []
    wanted = set(breaks)
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        out_x.append(x)
        out_y.append(y)
        if i in wanted:
            out_x.append(x + 0.5)
            out_y.append(math.nan)
    return out_x, out_y


def _point_rag(view: IndicatorView, index: int) -> str | None:
    """The RAG a point is drawn with: as published where given, else as computed."""
    published = view.record.observations[index].rag
    if published in RAG_WORDS:
        return published
    return view.rag_computed_at(index)


RING_ROOM = 14  # pixels: half the highlight ring round a point, and a little more
PLOT_MARGINS = (4, 8, 36, 4)  # left, top, right, bottom round the plot and its axes
LEGEND_GAP = 18  # between one legend entry and the next
LEGEND_SWATCH_GAP = 2  # between an entry's swatch and its words
AXIS_GROWTH = 16  # pixels the value axis may still widen once its tick labels are drawn
READOUT_STEPS = np.linspace(0.0, 1.0, 7)[1:-1]  # places tried along and inside the plot's edges


class TrendChart(pg.PlotWidget):
    """Actual, target (step), comparators (dashed), amber zone and RAG-shaped points."""

    point_highlighted = Signal(int)  # a period chosen by click or arrow key

    def __init__(self, parent: QWidget | None = None) -> None:
        self._axis = PeriodAxis()
        super().__init__(parent, axisItems={"bottom": self._axis}, background=None)
        self.setAccessibleName("Trend chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view: IndicatorView | None = None
        self._dark: bool | None = None
        self._forced_dark: bool | None = None
        self._highlight_index: int | None = None
        self._series: dict[str, tuple[list[float], list[float]]] = {}
        self._samples: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._legend_key: tuple[str, ...] = ()
        self._band_data: tuple[str, list[float], list[float], list[float]] = ("", [], [], [])
        self._comparator_names: list[str] = []
        self._axis_caption = ""
        self._breaks: list[int] = []
        self._pressed = False
        self._readout_at: tuple[float, float] | None = None
        self._headroom = 0.0  # pixels kept clear above the data for the read-out
        self._readout_lines: list[str] = []  # the read-out in full (comparators last)
        self._title = ""  # the read-out on a line above a plot too short to hold it clear
        self._colours = LIGHT
        self._drawn_label: str | None = None  # the left axis label as last set
        self._build_items()
        self._apply_theme()

    # --- building -------------------------------------------------------------------------

    def _build_items(self) -> None:
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getViewBox().setMouseEnabled(False, False)
        # the top and right axes are hidden but follow the view: with an SI prefix to work
        # out, each new range set their captions again (HTML parsed) at every switch
        for name in ("left", "top", "right"):
            plot.getAxis(name).enableAutoSIPrefix(False)
        plot.getAxis("left").setStyle(maxTickLevel=0)
        # the latest period's label sits at the right edge: draw it even if it overhangs
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        plot.layout.setContentsMargins(*PLOT_MARGINS)
        # the read-out above a short plot is painted by the widget itself (paintEvent), not an
        # item of its own in the plot: an item made here and parented to the plot was left
        # half-ended with its scene when the window closed, and a later paint met it
        self._title_left = 0.0
        self._band = pg.BarGraphItem(x=[], height=[], y0=[], width=1.0, pen=None)
        # the view always holds every point (the range is set from the data, no zooming), so
        # pyqtgraph's limit on points far off screen never applies: without it, a new range
        # does not make each line work out its points again
        self._target = pg.PlotDataItem(connect="finite", antialias=True, dynamicRangeLimit=None)
        self._actual = pg.PlotDataItem(connect="finite", antialias=True, dynamicRangeLimit=None)
        self._points = {
            key: Points(size=11, pxMode=True, antialias=True) for key in (*RAG_SYMBOLS, UNRATED)
        }
        self._highlight = Points(size=22, symbol="o", pxMode=True, antialias=True)
        self._readout = pg.TextItem(anchor=(0, 1))
        self._comparator_items: list[pg.PlotDataItem] = []
        for item in (self._band, self._target, self._actual, *self._points.values()):
            plot.addItem(item)
        plot.addItem(self._highlight, ignoreBounds=True)
        plot.addItem(self._readout, ignoreBounds=True)
        self._band.setZValue(-10)
        self._actual.setZValue(5)
        for item in self._points.values():
            item.setZValue(6)
        self._highlight.setZValue(7)
        self._readout.setZValue(20)
        self._legend = pg.LegendItem(colCount=5, verSpacing=-4, horSpacing=LEGEND_GAP)
        # under the axis as well as the plot: on a narrow pane more entries fit a row, so the
        # legend takes fewer rows from the lines
        plot.layout.addItem(self._legend, 4, 0, 1, 2)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        plot.getViewBox().sigResized.connect(self._place_readout)
        plot.getViewBox().sigResized.connect(self._draw_axis_label)

    def _comparator_item(self, index: int) -> pg.PlotDataItem:
        while len(self._comparator_items) <= index:
            item = pg.PlotDataItem(
                connect="finite", antialias=True, symbolSize=6, dynamicRangeLimit=None
            )
            item.setZValue(2)
            self._style_comparator(len(self._comparator_items), item)
            self.getPlotItem().addItem(item)
            self._comparator_items.append(item)
        return self._comparator_items[index]

    def _style_comparator(self, index: int, item: pg.PlotDataItem) -> None:
        """A comparator's look depends only on its place: set once, and on a theme change."""
        colour = self._colours.comparators[index % len(self._colours.comparators)]
        dash = COMPARATOR_DASHES[index % len(COMPARATOR_DASHES)]
        item.setPen(pg.mkPen(colour, width=2, style=dash))
        item.setSymbol(COMPARATOR_SYMBOLS[index % len(COMPARATOR_SYMBOLS)])
        item.setSymbolPen(pg.mkPen(colour, width=1.5))
        item.setSymbolBrush(pg.mkBrush(colour))

    # --- theme ----------------------------------------------------------------------------

    def set_dark(self, dark: bool | None) -> None:
        """Force the dark or light colours (None: follow the widget's palette)."""
        self._forced_dark = dark
        self._apply_theme()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and "_legend" in self.__dict__:
            self._apply_theme()
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        dark = self._forced_dark if self._forced_dark is not None else is_dark(self.palette())
        if dark == self._dark:
            return
        self._dark = dark
        colours = DARK if dark else LIGHT
        self._colours = colours
        self.setBackground(colours.background)
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.foreground))
            axis.setTextPen(pg.mkPen(colours.foreground))
        plot.showGrid(x=False, y=True, alpha=colours.grid_alpha)
        self._legend.setLabelTextColor(colours.foreground)
        self._readout.fill = pg.mkBrush(colours.background)
        self._readout.border = pg.mkPen(colours.foreground)
        self._readout.setColor(colours.foreground)
        self._highlight.setPen(pg.mkPen(colours.foreground, width=2))
        self._highlight.setBrush(pg.mkBrush(None))
        self._target.setPen(pg.mkPen(colours.target, width=2))
        self._actual.setPen(pg.mkPen(colours.actual, width=2.5))
        self._style_points()
        for index, item in enumerate(self._comparator_items):
            self._style_comparator(index, item)
        self._legend_key = ()
        self._drawn_label = None  # set again in the new colour
        self._set_title("")  # and the read-out above a short plot
        if self._view is not None:
            self.set_indicator(self._view)

    # --- data -----------------------------------------------------------------------------

    def set_indicator(self, view: IndicatorView | None, *, readout: bool = True) -> None:
        """Show one indicator's whole history (None clears the chart).

        With ``readout`` the latest period is highlighted and read out; pictures go without.
        """
        self._view = view
        observations = view.record.observations if view is not None else ()
        count = len(observations)
        self._axis.set_labels([o.period.label for o in observations])
        xs = [float(i) for i in range(count)]
        actual = [_plotted(o.actual) for o in observations]
        self._series = {ACTUAL: (xs, actual)}
        self._samples = None  # points along the lines, for placing the read-out
        self._breaks = _period_breaks(observations)
        self._actual.setData(*_with_breaks(xs, actual, self._breaks), connect="finite")
        self._set_points(view, xs, actual)
        targets = [o.target for o in observations]
        if any(t is not None for t in targets):
            step_x, step_y = _step_line(targets)
            self._series[TARGET] = (step_x, step_y)
            self._target.setData(step_x, step_y, connect="finite")
        else:
            self._target.setData([], [])
        self._set_comparators(observations, xs)
        self._set_band(view)
        self._set_axis_label(view)
        self._update_legend()
        self._headroom = 0.0
        self._set_range()
        latest = None
        if view is not None and readout:
            latest = view.assessment.latest_index
            if latest is None and count:
                latest = count - 1
        self._highlight_index = None
        self.highlight(latest, emit=False)

    def _set_points(self, view: IndicatorView | None, xs: list[float], ys: list[float]) -> None:
        """One scatter per RAG (uniform style draws far faster than a style per point)."""
        groups: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in self._points}
        if view is not None:
            for i, y in enumerate(ys):
                if not math.isnan(y):
                    group = groups[_point_rag(view, i) or UNRATED]
                    group[0].append(xs[i])
                    group[1].append(y)
        for key, (px, py) in groups.items():
            item = self._points[key]
            if px or len(item.data):  # most indicators leave some of the groups empty
                item.setData(px, py)
            item.setVisible(bool(px))  # an empty scatter hidden is not asked to paint

    def _style_points(self) -> None:
        colours, dark = self._colours, bool(self._dark)
        for key, item in self._points.items():
            if key == UNRATED:
                item.setSymbol("o")
                item.setBrush(pg.mkBrush(colours.background))
                item.setPen(pg.mkPen(colours.actual, width=2))
            else:
                item.setSymbol(RAG_SYMBOLS[key])
                item.setBrush(pg.mkBrush(rag_colour(key, dark=dark).fill))
                item.setPen(pg.mkPen(colours.background, width=1))

    def _set_comparators(self, observations: Sequence[Any], xs: list[float]) -> None:
        names: list[str] = []
        for observation in observations:
            for name, _value in observation.comparators:
                if name not in names:
                    names.append(name)
        for index, name in enumerate(names):
            values = [math.nan] * len(observations)
            for i, observation in enumerate(observations):
                for other, value in observation.comparators:
                    if other == name:
                        values[i] = _plotted(value)
            item = self._comparator_item(index)
            item.setData(*_with_breaks(xs, values, self._breaks), connect="finite", name=name)
            item.setVisible(True)
            self._series[name] = (xs, values)
        for item in self._comparator_items[len(names) :]:
            item.setData([], [])
            item.setVisible(False)
        self._comparator_names = names

    def _set_band(self, view: IndicatorView | None) -> None:
        name, xs, lows, highs = _shaded_band(view) if view is not None else ("", [], [], [])
        heights = [h - lo for lo, h in zip(lows, highs, strict=True)]
        fill = QColor(
            rag_colour("green" if name == GREEN_BAND else "amber", dark=bool(self._dark)).fill
        )
        fill.setAlpha(self._colours.band_alpha)
        lefts, widths = _band_spans(xs, len(view.record.observations) if view is not None else 0)
        self._band.setOpts(
            x=None, x0=lefts, y0=lows, height=heights, width=widths, brush=pg.mkBrush(fill),
            pen=None,
        )  # fmt: skip
        self._band.setVisible(bool(xs))
        self._band_data = (name, xs, lows, highs)

    def _set_axis_label(self, view: IndicatorView | None) -> None:
        text = ""
        if view is not None:
            way = POLARITY_AXIS.get(view.polarity, "which way is good is not stated")
            unit = shown_unit(view.unit) or ""
            text = f"{unit}   {way}" if unit else way
        self._axis_caption = text
        self._draw_axis_label()

    def _draw_axis_label(self, *_args: object) -> None:
        """The caption up the value axis, on two lines where the plot is too short for one
        (a laptop at 150%): "which way is good" is never cut off."""
        # the left axis label reads bottom to top, so the glyph that points up on screen is ▶
        drawn = self._axis_caption.replace("▲", "▶").replace("▼", "◀")
        plot = self.getPlotItem()
        room = plot.getViewBox().height()
        wide = QFontMetrics(plot.getAxis("left").label.font()).horizontalAdvance(drawn)
        if 0 < room < wide + 8 and " is " in drawn:
            drawn = drawn.replace(" is ", "<br>is ", 1)
        if drawn != self._drawn_label:  # a new label lays the axis out again: only on change
            self._drawn_label = drawn
            plot.setLabel("left", drawn, color=self._colours.foreground)

    def axis_caption(self) -> str:
        """The y-axis caption as read: the unit and which way is good ("% ▲ higher is better")."""
        return self._axis_caption

    def _update_legend(self) -> None:
        band_name = self._band_data[0] if self._band_data[1] else ""
        key = (*self._series, band_name)
        if key == self._legend_key:
            return
        self._legend_key = key
        self._legend.clear()
        if ACTUAL in self._series and self._view is not None:
            self._legend.addItem(self._actual, ACTUAL)
        if TARGET in self._series:
            self._legend.addItem(self._target, TARGET)
        for index, name in enumerate(self._comparator_names):
            self._legend.addItem(self._comparator_items[index], name)
        if band_name:
            self._legend.addItem(self._band, band_name)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend entries a row as the chart's width holds (the rest wrap below).

        A legend wider than the chart would widen the plot past the view, cutting off the
        latest periods on a narrow pane or at 150% scaling.
        """
        count = len(self._legend.items)
        if count == 0:
            return
        plot = self.getPlotItem().layout
        room = self.viewport().width() - AXIS_GROWTH
        columns = count
        while True:
            if columns != self._legend.columnCount:
                self._legend.setColumnCount(columns)
            grid = self._legend.layout
            for column in range(grid.columnCount()):  # a swatch close to its words
                grid.setColumnSpacing(column, LEGEND_GAP if column % 2 else LEGEND_SWATCH_GAP)
            self._legend.layout.activate()
            plot.invalidate()
            if columns == 1 or plot.minimumWidth() <= room:
                break
            columns -= 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # (pyqtgraph clears the scene, legend and all, before closing the view)
        if "_legend" in self.__dict__ and not getattr(self, "closed", False):
            self._fit_legend()
            if "_series" in self.__dict__ and "_band_data" in self.__dict__:
                self._set_range()  # the ring's room depends on the height

    def _set_range(self) -> None:
        values = [y for _xs, ys in self._series.values() for y in ys if not math.isnan(y)]
        values.extend(self._band_data[2])
        values.extend(self._band_data[3])
        count = len(self._axis.labels())
        if not values:
            low, high = 0.0, 1.0
        else:
            low, high = min(values), max(values)
        span = high - low
        pad = span * 0.1 if span > 0 else max(abs(high) * 0.1, 1.0)
        view_box = self.getPlotItem().getViewBox()
        height = view_box.height()
        if span > 0 and height > 2 * RING_ROOM:
            # room for the highlight ring round the highest and lowest points on a short chart
            pad = max(pad, span * RING_ROOM / (height - 2 * RING_ROOM))
        top = high + pad
        if 0 < self._headroom < height:
            # a band above the data, as tall as the read-out, where it covers no line
            top += (top - (low - pad)) * self._headroom / (height - self._headroom)
        view_box.setRange(
            # right: room for the latest point's ring and its period label under it
            xRange=(-0.6, max(count, 1) - 0.2),
            yRange=(low - pad, top),
            padding=0,
        )

    # --- read-out -------------------------------------------------------------------------

    def highlighted_index(self) -> int | None:
        return self._highlight_index

    def readout_text(self) -> str:
        return self.accessibleDescription()

    def highlight(self, index: int | None, *, emit: bool = True) -> None:
        """Mark one period and show its period, actual, target and RAG."""
        view = self._view
        if view is None or index is None or not view.record.observations:
            self._highlight.setData([], [])
            self._highlight.setVisible(False)
            self._readout.setVisible(False)
            self._set_title("")
            self._highlight_index = None
            self.setAccessibleDescription(
                "No indicator selected." if view is None else "No period highlighted."
            )
            return
        observations = view.record.observations
        index = max(0, min(index, len(observations) - 1))
        changed = index != self._highlight_index
        self._highlight_index = index
        observation = observations[index]
        rag = _point_rag(view, index)
        actual = observation_value(observation, view.unit)
        target = format_value(observation.target, view.unit)
        rated = RAG_WORDS.get(rag or "")
        comparators = [
            f"{name}: {format_value(value, view.unit)}" for name, value in observation.comparators
        ]
        self.setAccessibleDescription(
            "; ".join(
                [
                    observation.period.label,
                    f"Actual: {actual}",
                    f"Target: {target}",
                    f"RAG: {rated or 'not rated'}",
                    *comparators,
                ]
            )
        )
        self._readout_lines = [  # on screen in as few lines as say it all: less plot hidden
            f"{observation.period.label}, {f'rated {rated}' if rated else 'not rated'}",
            f"Actual: {actual}, target: {target}",
            *comparators,
        ]
        y = observation.actual if observation.actual is not None else observation.target
        if y is None:
            self._highlight.setData([], [])
            self._highlight.setVisible(False)
            y_range = self.getPlotItem().getViewBox().viewRange()[1]
            y = (y_range[0] + y_range[1]) / 2
        else:
            self._highlight.setData([float(index)], [float(y)])
            self._highlight.setVisible(True)
        self._readout_at = (float(index), float(y))
        self._readout.setVisible(True)
        self._place_readout()
        if changed and emit:
            self.point_highlighted.emit(index)

    def _place_readout(self, *_args: object) -> None:
        """Put the read-out where it hides none of the lines: a corner of the plot, else
        anywhere along its edges or in it, else in a band of room made above the data.

        The chosen point and the actual line count most, the target and comparators less;
        beside the point is the last resort (a plot too small to make room in).
        """
        if self._readout_at is None:
            return
        x, y = self._readout_at
        view_box = self.getPlotItem().getViewBox()
        if self._readout_above(view_box.height()):
            return
        self._fit_readout_text(view_box.height())
        (x_low, x_high), (y_low, y_high) = view_box.viewRange()
        # a screen pixel in data units: the range fills the box (no zoom, no rotation), so no
        # need to map points through the view's transforms as viewPixelSize does
        size = view_box.size()
        pixel = (
            (x_high - x_low) / size.width() if size.width() > 0 else math.inf,
            (y_high - y_low) / size.height() if size.height() > 0 else math.inf,
        )
        box = self._readout.boundingRect()
        width, height = box.width() * pixel[0], box.height() * pixel[1]
        gap_x, gap_y = 6 * pixel[0], 6 * pixel[1]
        fits = (
            all(math.isfinite(v) for v in (width, height))
            and width + 2 * gap_x < x_high - x_low
            and height + 2 * gap_y < y_high - y_low
        )
        right_half = x > (x_low + x_high) / 2
        if not fits:
            upper_half = y > (y_low + y_high) / 2
            self._readout.setAnchor((1.0 if right_half else 0.0, 0.0 if upper_half else 1.0))
            self._readout.setPos(QPointF(x + (-0.15 if right_half else 0.15), y))
            return
        lefts = (x_low + gap_x, x_high - gap_x - width)
        tops = (y_high - gap_y, y_low + gap_y + height)
        steps = READOUT_STEPS
        # the places' lefts and tops: the corners', then those along the edges and inside
        at_x = [*lefts, *(lefts[0] + (lefts[1] - lefts[0]) * a for a in steps)]
        at_y = [*tops, *(tops[0] + (tops[1] - tops[0]) * b for b in (0.0, 1.0, *steps))]
        # each place as (its left, its top) in those: corners away from the point first (on a
        # tie the read-out stays clear of it), then along the edges and inside
        corners = [(x_at, y_at) for x_at in ((0, 1) if right_half else (1, 0)) for y_at in (0, 1)]
        inner = [(2 + a, 2 + b) for b in range(len(at_y) - 2) for a in range(len(steps))]
        if self._samples is None:
            self._samples = self._line_samples()
        sx, sy, weights = self._samples
        sx, sy = np.append(sx, x), np.append(sy, y)
        weights = np.append(weights, 1000.0)
        # how much of the lines each place would hide: a sample is hidden by a place when it
        # is within both the place's columns and its rows, so for every left and top at once
        # the weights of those within the left's columns, summed over those within the top's
        # rows (whole numbers: the sums are exact)
        left_x = np.array(at_x)[:, None]
        top_y = np.array(at_y)[:, None]
        across = (left_x - gap_x <= sx) & (sx <= left_x + width + gap_x)
        down = (top_y - height - gap_y <= sy) & (sy <= top_y + gap_y)
        table = (across * weights) @ down.T.astype(float)
        places = [*corners, *inner]
        hidden = [table[place] for place in places]
        best = min(range(len(places)), key=hidden.__getitem__)  # the first of the least hidden
        left, top = float(at_x[places[best][0]]), float(at_y[places[best][1]])
        room = box.height() + 3 * 6
        plot_height = view_box.height()
        if hidden[best] > 0 and self._headroom < room and room < plot_height / 2:
            self._headroom = room  # no clear place: make one above the data, then look again
            self._set_range()
            self._place_readout()
            return
        self._readout.setAnchor((0.0, 0.0))
        self._readout.setPos(QPointF(left, top))

    def _readout_above(self, plot_height: float) -> bool:
        """On a plot too short to keep even the short read-out clear of the lines (a small
        laptop at 150%), the read-out is a line above the plot instead: True when it is."""
        lines = self._readout_lines
        spacing = QFontMetrics(self._readout.textItem.font()).lineSpacing()
        if not lines or 2 * (2 * spacing + 3 * 6) <= plot_height:
            self._set_title("")
            self._readout.setVisible(bool(lines) and self._highlight_index is not None)
            return False
        self._readout.setVisible(False)
        self._set_title("; ".join(lines[:2]))
        return True

    def _set_title(self, text: str) -> None:
        """Show ``text`` on a line of its own above the plot ("" takes the line away)."""
        plot = self.getPlotItem()
        line = QFontMetrics(self.font()).lineSpacing()
        if text != self._title:
            self._title = text
            # room made with the layout's margin, not a title row, so that the legend rather
            # than the text decides how narrow the chart may be
            plot.layout.setContentsMargins(*PLOT_MARGINS[:1], PLOT_MARGINS[1] + (line if text
                                           else 0), *PLOT_MARGINS[2:])  # fmt: skip
            self.viewport().update()
        if text:
            left = plot.mapToScene(QPointF(plot.getViewBox().geometry().left(), 0)).x()
            if left != self._title_left:
                self._title_left = left
                self.viewport().update()

    def readout_above(self) -> str:
        """The read-out as shown above a short plot ("" when it is inside the plot)."""
        return self._title

    def _fit_readout_text(self, plot_height: float) -> None:
        """The whole read-out where the plot has room for it; on a short plot (a laptop at
        150%) the period, rating, actual and target only, so that it can sit clear of the
        lines (the comparators stay in the chart's description and the figures table)."""
        lines = self._readout_lines
        spacing = QFontMetrics(self._readout.textItem.font()).lineSpacing()
        if len(lines) > 2 and 2 * (len(lines) * spacing + 3 * 6) > plot_height:
            lines = lines[:2]
        text = "\n".join(lines)
        if text != self._readout.toPlainText():
            self._readout.setText(text)

    def _line_samples(self, per_step: int = 24) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Points along every line drawn (x, y), with how much hiding each would matter.

        In arrays: a switch of indicator places the read-out, over some thousands of points.
        """
        steps = np.arange(per_step + 1) / per_step
        xs_out: list[np.ndarray] = []
        ys_out: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for name, (xs, ys) in self._series.items():
            weight = 10.0 if name == ACTUAL else 1.0
            count = min(len(xs), len(ys))
            x = np.asarray(xs[:count], dtype=float)
            y = np.asarray(ys[:count], dtype=float)
            drawn = ~(np.isnan(y[:-1]) | np.isnan(y[1:]))  # segments with both ends
            x0, x1, y0, y1 = x[:-1][drawn], x[1:][drawn], y[:-1][drawn], y[1:][drawn]
            points = ~np.isnan(y)
            for part_x, part_y in (
                ((x0[:, None] + (x1 - x0)[:, None] * steps).ravel(),
                 (y0[:, None] + (y1 - y0)[:, None] * steps).ravel()),
                (x[points], y[points]),
            ):  # fmt: skip
                xs_out.append(part_x)
                ys_out.append(part_y)
                weights.append(np.full(part_x.size, weight))
        if not xs_out:
            empty = np.zeros(0)
            return empty, empty, empty
        return np.concatenate(xs_out), np.concatenate(ys_out), np.concatenate(weights)

    def readout_rect(self) -> QRectF:
        """Where the read-out is, in the plot's data coordinates (empty when hidden)."""
        if not self._readout.isVisible():
            return QRectF()
        return self._readout.mapRectToView(self._readout.boundingRect())

    def _period_at(self, position: QPointF) -> int | None:
        plot = self.getPlotItem()
        if self._view is None or not plot.sceneBoundingRect().contains(position):
            return None
        return round(plot.getViewBox().mapSceneToView(position).x())

    def _on_mouse_moved(self, position: QPointF) -> None:
        # hovering only reads out; choosing a period is a click or the arrow keys
        index = self._period_at(position)
        if index is not None:
            self.highlight(index, emit=False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._period_at(self.mapToScene(event.position().toPoint()))
        if event.button() != Qt.MouseButton.LeftButton or index is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._highlight_index = None  # a click always chooses, even the period read out
        self.highlight(index)
        self._pressed = True
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed:
            self._pressed = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not (self._title or self.hasFocus()):
            return
        painter = QPainter(self.viewport())
        if self._title:  # the read-out on its line above a short plot
            point = self.mapFromScene(QPointF(self._title_left, 0.0))
            metrics = QFontMetrics(self.font())
            room = self.viewport().width() - point.x() - PLOT_MARGINS[2]
            painter.setFont(self.font())
            painter.setPen(QColor(self._colours.foreground))
            text = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, max(room, 0))
            painter.drawText(point.x(), PLOT_MARGINS[1] // 2 + metrics.ascent(), text)
        if self.hasFocus():
            # a visible focus mark (no style sheet: it would stop palette changes reaching us)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self._view.record.observations) if self._view is not None else 0
        current = self._highlight_index if self._highlight_index is not None else count - 1
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or count == 0:
            super().keyPressEvent(event)
            return
        self.highlight(target)
        event.accept()

    def settle_layout(self) -> None:
        """Lay out the legend and axes now (drawing offscreen does not wait for the event loop)."""
        self._legend.layout.activate()
        self.getPlotItem().layout.activate()

    # --- for tests and the export -----------------------------------------------------------

    def series_names(self) -> list[str]:
        return list(self._series)

    def series_data(self, name: str) -> tuple[list[float], list[float]]:
        xs, ys = self._series[name]
        return list(xs), list(ys)

    def band_data(self) -> tuple[str, list[float], list[float], list[float]]:
        """(name, x, low, high) of the shaded zone: the amber zone or an on-target green band."""
        name, xs, lows, highs = self._band_data
        return name, list(xs), list(lows), list(highs)

    def points_by_rag(self) -> dict[str, list[float]]:
        """The x of every marked point under its RAG ("unrated" where there is none)."""
        result = {}
        for key, item in self._points.items():
            xs, _ys = item.getData()
            result[key] = [float(x) for x in xs] if xs is not None else []
        return result

    def period_breaks(self) -> list[int]:
        """Indices i after which a period is missing altogether (the line is broken there)."""
        return list(self._breaks)

    def period_labels(self) -> list[str]:
        return self._axis.labels()


class _Renderer:
    """One hidden chart reused for every picture (building a chart costs far more than drawing)."""

    app: QApplication | None = None
    chart: TrendChart | None = None
    caller: _GuiThreadCall | None = None


def _ensure_application() -> None:
    if QApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _Renderer.app = QApplication([])


class _GuiThreadCall(QObject):
    """Runs a job on the GUI thread and waits for it (widgets may only be drawn there)."""

    request = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.request.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, job: Callable[[], None]) -> None:
        job()


def _on_gui_thread(job: Callable[[], bytes]) -> bytes:
    app = QApplication.instance()
    assert app is not None
    if _Renderer.caller is None:
        caller = _GuiThreadCall()
        caller.moveToThread(app.thread())
        _Renderer.caller = caller
    result: list[bytes] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(job())
        except BaseException as error:  # handed back to the calling thread below
            failure.append(error)

    _Renderer.caller.request.emit(run)
    if failure:
        raise failure[0]
    return result[0]


def render_chart_png(
    view: IndicatorView, *, width: int = 900, height: int = 380, dark: bool = False
) -> bytes:
    """Draw one indicator's trend chart offscreen and return it as PNG bytes.

    Safe from any thread: called off the GUI thread of a running app (an export worker), the
    drawing is done on the GUI thread while the caller waits.
    """
    _ensure_application()
    app = QApplication.instance()
    if app is not None and QThread.currentThread() != app.thread():
        return _on_gui_thread(lambda: _render(view, width, height, dark))
    return _render(view, width, height, dark)


def _render(view: IndicatorView, width: int, height: int, dark: bool) -> bytes:
    if _Renderer.chart is None:
        _Renderer.chart = TrendChart()
        _Renderer.chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # never keeps the app running after its last real window closes
        _Renderer.chart.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    chart = _Renderer.chart
    chart.set_dark(dark)
    if chart.width() != width or chart.height() != height or not chart.isVisible():
        chart.resize(width, height)
        chart.show()
    chart.set_indicator(view, readout=False)
    chart.settle_layout()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(chart._colours.background))
    painter = QPainter(image)
    chart.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    return bytes(data.data())


__all__ = [
    "ACTUAL",
    "AMBER_BAND",
    "GREEN_BAND",
    "TARGET",
    "PeriodAxis",
    "TrendChart",
    "render_chart_png",
]

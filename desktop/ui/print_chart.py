"""Trend charts for printed documents, painted straight onto an image with QPainter.

The window's interactive chart (charts.py) is a pyqtgraph scene built for the screen; a
briefing needs hundreds of still pictures, so this draws the same content — actual with its
rating as a letter-free shape, target as a step line, comparators dashed, the amber zone (or
an on-target indicator's green band) shaded, which way is better — in a few milliseconds,
with text sized for print and a legend that explains the rating shapes.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from desktop.catalogue import IndicatorView
from desktop.ui.charts import (
    ACTUAL,
    COMPARATOR_DASHES,
    LIGHT,
    TARGET,
    _shaded_band,
)
from desktop.ui.rag_style import rag_colour, shape_path
from desktop.wording import RAG_WORDS, format_value

# Text size as a share of the picture's width: 640 px across 16.5 cm prints 12 px at 8.8 pt.
TEXT_SHARE = 12 / 640
POLARITY_NOTE = {
    "higher_is_better": "▲ higher is better",
    "lower_is_better": "▼ lower is better",
    "on_target": "◆ closer to target is better",
}


def _band_colour(name: str) -> QColor:
    """The band's fill blended onto the white page once (an opaque fill paints far faster)."""
    fill = QColor(rag_colour("green" if name.startswith("Green") else "amber", dark=False).fill)
    page = QColor(LIGHT.background)
    share = LIGHT.band_alpha / 255
    return QColor(
        *(
            round(f * share + b * (1 - share))
            for f, b in (
                (fill.red(), page.red()),
                (fill.green(), page.green()),
                (fill.blue(), page.blue()),
            )
        )
    )


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _range(values: Sequence[float]) -> tuple[float, float, float]:
    low, high = min(values), max(values)
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    margin = (high - low) * 0.04  # no line drawn on the frame's edge
    low, high = low - margin, high + margin
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if low < 0 <= min(values):
        low = 0.0  # counts and rates never go below nothing
    return low, high, step


class _Painter:
    def __init__(self, view: IndicatorView, width: int, height: int) -> None:
        self.view = view
        self.width, self.height = width, height
        self.text_px = max(10, round(width * TEXT_SHARE))
        self.image = QImage(width, height, QImage.Format.Format_RGB32)
        self.image.fill(QColor(LIGHT.background))
        self.p = QPainter(self.image)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.font = QFont()
        self.font.setPixelSize(self.text_px)
        self.p.setFont(self.font)
        self.metrics = QFontMetricsF(self.font)
        self.ink = QColor(LIGHT.foreground)

    def draw(self) -> bytes:
        view = self.view
        obs = view.record.observations
        actuals = [(i, o.actual) for i, o in enumerate(obs) if o.actual is not None]
        targets = [(i, o.target) for i, o in enumerate(obs) if o.target is not None]
        names: list[str] = []
        for o in obs:
            names += [n for n, _v in o.comparators if n not in names]
        comparators = {
            n: [(i, v) for i, o in enumerate(obs) for m, v in o.comparators if m == n]
            for n in names[: len(COMPARATOR_DASHES)]
        }
        band_name, band_x, band_low, band_high = _shaded_band(view)
        values = [v for _i, v in actuals + targets]
        values += [v for series in comparators.values() for _i, v in series]
        values += band_low + band_high
        values = [v for v in values if math.isfinite(v)]
        line = self.metrics.height()
        legend = self._legend_rows(
            self._legend_items(list(comparators), band_name if band_x else None), self.text_px * 5
        )
        self.plot = QRectF(  # room above for the unit line, clear of the top tick's label
            0, line * 1.9, self.width, self.height - line * (3.3 + 1.3 * len(legend))
        )
        if not values or not obs:
            self.p.setPen(self.ink)
            self.p.drawText(self.plot, Qt.AlignmentFlag.AlignCenter, "No figures to plot")
            return self._finish()
        low, high, step = _range(values)
        self.low, self.high, self.count = low, high, len(obs)
        labels = []
        tick = low
        while tick <= high + step / 2:
            labels.append((tick, format_value(tick, view.unit)))
            tick += step
        left = max(self.metrics.horizontalAdvance(t) for _v, t in labels) + self.text_px
        self.plot.setLeft(left)
        self.plot.setRight(self.width - self.text_px * 1.5)
        self._band(band_name, band_x, band_low, band_high)
        self._axes(labels)
        for index, (_name, series) in enumerate(comparators.items()):
            colour = QColor(LIGHT.comparators[index % len(LIGHT.comparators)])
            pen = QPen(colour, max(1.5, self.text_px / 8), COMPARATOR_DASHES[index])
            self._polyline(series, pen, lone_marks=True)
        self._target(targets)
        self._polyline(actuals, QPen(QColor(LIGHT.actual), max(2.0, self.text_px / 5)))
        self._markers(actuals)
        self._header()
        self._legend(
            self._legend_rows(
                self._legend_items(list(comparators), band_name if band_x else None),
                self.plot.left(),
            )
        )
        return self._finish()

    # --- geometry ---------------------------------------------------------------------------
    def x(self, i: float) -> float:
        if self.count == 1:
            return self.plot.center().x()
        pad = self.plot.width() / (self.count * 2)
        return self.plot.left() + pad + i * (self.plot.width() - 2 * pad) / (self.count - 1)

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.plot.bottom() - share * self.plot.height()

    # --- parts -------------------------------------------------------------------------------
    def _axes(self, labels: Sequence[tuple[float, str]]) -> None:
        p = self.p
        grid = QColor(self.ink)
        grid.setAlphaF(LIGHT.grid_alpha)
        for value, text in labels:
            y = self.y(value)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            p.setPen(self.ink)
            box = QRectF(0, y - self.text_px, self.plot.left() - self.text_px / 2, 2 * self.text_px)
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.setPen(QPen(self.ink, 1))
        p.drawLine(self.plot.bottomLeft(), self.plot.bottomRight())
        obs = self.view.record.observations
        widest = max(self.metrics.horizontalAdvance(o.period.label) for o in obs)
        room = (self.plot.width() / max(self.count, 1)) or 1
        every = max(1, math.ceil((widest + self.text_px) / room))
        for i, o in enumerate(obs):
            if (self.count - 1 - i) % every:  # always label the latest period
                continue
            box = QRectF(self.x(i) - widest, self.plot.bottom() + 2, 2 * widest, self.text_px * 1.4)
            p.drawText(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, o.period.label
            )

    def _band(
        self, name: str, xs: Sequence[float], lows: Sequence[float], highs: Sequence[float]
    ) -> None:
        if not xs:
            return
        colour = _band_colour(name)
        half = (self.x(1) - self.x(0)) / 2 if self.count > 1 else self.plot.width() / 2
        for x, lo, hi in zip(xs, lows, highs, strict=True):
            top, bottom = self.y(min(hi, self.high)), self.y(max(lo, self.low))
            self.p.fillRect(QRectF(self.x(x) - half, top, 2 * half, bottom - top), colour)

    def _polyline(
        self, series: Sequence[tuple[int, float]], pen: QPen, *, lone_marks: bool = False
    ) -> None:
        """A line through consecutive periods, broken where a period has no figure (a line
        across the gap would show a figure nobody reported). ``lone_marks``: a figure with
        no neighbour gets a short solid stroke, so that it is seen (a comparator given for
        one period only)."""
        runs: list[list[QPointF]] = []
        last: int | None = None
        for i, v in series:
            if not math.isfinite(v):
                last = None
                continue
            if last is None or i != last + 1:
                runs.append([])
            runs[-1].append(QPointF(self.x(i), self.y(v)))
            last = i
        self.p.setPen(pen)
        for run in runs:
            if len(run) > 1:
                self.p.drawPolyline(run)
        if not lone_marks:
            return
        solid = QPen(pen)
        solid.setStyle(Qt.PenStyle.SolidLine)
        solid.setWidthF(pen.widthF() * 1.6)
        self.p.setPen(solid)
        half = self.text_px * 0.7
        for run in runs:
            if len(run) == 1:
                point = run[0]
                self.p.drawLine(
                    QPointF(point.x() - half, point.y()), QPointF(point.x() + half, point.y())
                )

    def _target(self, targets: Sequence[tuple[int, float]]) -> None:
        if not targets:
            return
        half = (self.x(1) - self.x(0)) / 2 if self.count > 1 else self.plot.width() / 4
        path = QPainterPath()
        for n, (i, v) in enumerate(targets):
            start, end, y = (
                QPointF(self.x(i) - half, self.y(v)),
                QPointF(self.x(i) + half, self.y(v)),
                self.y(v),
            )
            if n == 0:
                path.moveTo(start)
            else:
                path.lineTo(QPointF(start.x(), y))
            path.lineTo(end)
        self.p.setPen(QPen(QColor(LIGHT.target), max(1.5, self.text_px / 7)))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def _markers(self, actuals: Sequence[tuple[int, float]]) -> None:
        size = self.text_px * 0.95
        for i, v in actuals:
            rag = self.view.record.observations[i].rag or self.view.rag_computed_at(i)
            centre = QPointF(self.x(i), self.y(v))
            rect = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
            if rag in RAG_WORDS:
                self.p.setPen(QPen(QColor(LIGHT.background), 1))
                self.p.setBrush(QColor(rag_colour(rag, dark=False).fill))
                self.p.drawPath(shape_path(rag, rect))
            else:
                self.p.setPen(QPen(QColor(LIGHT.actual), 1.5))
                self.p.setBrush(QColor(LIGHT.background))
                self.p.drawEllipse(rect.adjusted(2, 2, -2, -2))

    def _header(self) -> None:
        unit = self.view.unit or ""
        note = POLARITY_NOTE.get(self.view.polarity, "")
        text = "   ".join(t for t in (unit and f"Unit: {unit}", note) if t)
        self.p.setPen(self.ink)
        box = QRectF(self.plot.left(), 0, self.plot.width(), self.text_px * 1.4)
        self.p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _legend_items(
        self, comparators: Sequence[str], band: str | None
    ) -> list[tuple[str, object, str]]:
        """(kind, how to draw the swatch, label) of every legend entry, in order."""
        px = self.text_px
        items: list[tuple[str, object, str]] = [("shape", rag, RAG_WORDS[rag]) for rag in RAG_WORDS]
        items.append(("line", QPen(QColor(LIGHT.actual), max(2.0, px / 5)), ACTUAL))
        items.append(("line", QPen(QColor(LIGHT.target), max(1.5, px / 7)), TARGET))
        for index, name in enumerate(comparators):
            colour = QColor(LIGHT.comparators[index % len(LIGHT.comparators)])
            items.append(("line", QPen(colour, max(1.5, px / 8), COMPARATOR_DASHES[index]), name))
        if band:
            items.append(("fill", _band_colour(band), band))
        return items

    def _legend_rows(
        self, items: Sequence[tuple[str, object, str]], left: float
    ) -> list[list[tuple[str, object, str]]]:
        px = self.text_px
        rows: list[list[tuple[str, object, str]]] = [[]]
        x = left
        for item in items:
            kind, _how, text = item
            width = (
                (px * 1.2 if kind == "shape" else px * 2.2)
                + self.metrics.horizontalAdvance(text)
                + px * 1.2
            )
            if rows[-1] and x + width > self.width:
                rows.append([])
                x = left
            rows[-1].append(item)
            x += width
        return rows

    def _legend(self, rows: Sequence[Sequence[tuple[str, object, str]]]) -> None:
        p, px = self.p, self.text_px
        for number, row in enumerate(rows):
            y = self.height - px * 1.3 * (len(rows) - number) + px * 0.2
            x = self.plot.left()
            for kind, how, text in row:
                if kind == "shape":
                    rect = QRectF(x, y - px * 0.45, px * 0.9, px * 0.9)
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(rag_colour(str(how), dark=False).fill))
                    p.drawPath(shape_path(str(how), rect))
                    x += px * 1.2
                elif kind == "line":
                    assert isinstance(how, QPen)
                    p.setPen(how)
                    p.drawLine(QPointF(x, y), QPointF(x + px * 1.8, y))
                    x += px * 2.2
                else:
                    assert isinstance(how, QColor)
                    p.fillRect(QRectF(x, y - px * 0.45, px * 1.8, px * 0.9), how)
                    x += px * 2.2
                p.setPen(self.ink)
                p.drawText(QPointF(x, y + px * 0.4), text)
                x += self.metrics.horizontalAdvance(text) + px * 1.2

    def _finish(self) -> bytes:
        self.p.end()
        return png_bytes(self.image)


def png_bytes(image: QImage) -> bytes:
    """The image as a plain RGB PNG, deflated at zlib's fastest level: three times quicker
    than QImage.save for these pictures, and no larger (a chart is mostly flat colour)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    row = width * 3
    scanlines = b"".join(b"\x00" + raw[r * stride : r * stride + row] for r in range(height))

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(scanlines, 1))
        + chunk(b"IEND", b"")
    )


def render_print_png(view: IndicatorView, *, width: int = 640, height: int = 270) -> bytes:
    """One indicator's trend chart for a document, as PNG bytes (needs a Qt GUI application)."""
    from desktop.ui.charts import _ensure_application

    _ensure_application()
    return _Painter(view, width, height).draw()


__all__ = ["render_print_png"]

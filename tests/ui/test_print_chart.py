"""Chart pictures for documents: real PNGs of the asked size, text big enough to read in print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX
from desktop.export.docx_indicator import CHART_WIDTH
from desktop.ui.chart_source import HereCharts
from desktop.ui.print_chart import TEXT_SHARE, render_print_png
from tests.helpers.export_store import build

POINTS_PER_CM = 72 / 2.54


def test_every_sample_chart_is_a_png_of_the_asked_size(qapp: QApplication, tmp_path: Path) -> None:
    sample = build(tmp_path)
    try:
        views = list(sample.views().values())
    finally:
        sample.store.close()
    source = HereCharts()
    for view in views:
        png = source.png(view, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        assert png is not None
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (CHART_WIDTH_PX, CHART_HEIGHT_PX)
    busy = QImage.fromData(render_print_png(views[0]))
    colours = {
        busy.pixel(x, y) for x in range(0, busy.width(), 7) for y in range(0, busy.height(), 7)
    }
    assert len(colours) > 4  # lines, markers, text and the band, not a blank picture


def test_chart_text_prints_at_8_points_or_more() -> None:
    text_px = round(CHART_WIDTH_PX * TEXT_SHARE)
    printed_cm = CHART_WIDTH.cm * text_px / CHART_WIDTH_PX
    assert printed_cm * POINTS_PER_CM >= 8.0


def test_pictures_painted_on_threads_are_the_ones_painted_here(
    qapp: QApplication, tmp_path: Path
) -> None:
    from desktop.ui.chart_source import ThreadedCharts, default_source

    sample = build(tmp_path)
    try:
        views = list(sample.views().values())[:12]
    finally:
        sample.store.close()
    source = default_source()  # on the main thread: painters on threads of this process
    assert isinstance(source, ThreadedCharts) and source.workers >= 1
    try:
        source.prepare(views, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        threaded = [source.png(v, CHART_WIDTH_PX, CHART_HEIGHT_PX) for v in views]
    finally:
        source.close()
    here = [render_print_png(v, width=CHART_WIDTH_PX, height=CHART_HEIGHT_PX) for v in views]
    assert threaded == here


def test_the_png_holds_exactly_the_painted_pixels(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor, QPainter

    from desktop.ui.print_chart import png_bytes

    image = QImage(37, 11, QImage.Format.Format_RGB32)  # an odd width: rows of odd length
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 5, 11, QColor("#c0392b"))
    painter.fillRect(30, 3, 7, 4, QColor("#1f6fb2"))
    painter.drawLine(0, 10, 36, 0)
    painter.end()
    back = QImage.fromData(png_bytes(image))
    assert (back.width(), back.height()) == (37, 11)
    assert all(
        back.pixelColor(x, y).rgb() == image.pixelColor(x, y).rgb()
        for x in range(37)
        for y in range(11)
    )

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


def _pixels(
    png: bytes, colour: str, *, columns: tuple[float, float], rows: tuple[float, float]
) -> int:
    """How many pixels of ``colour`` (near enough) lie in the given share of the picture."""
    from PySide6.QtGui import QColor

    image = QImage.fromData(png)
    want = QColor(colour)
    count = 0
    for x in range(int(image.width() * columns[0]), int(image.width() * columns[1])):
        for y in range(int(image.height() * rows[0]), int(image.height() * rows[1])):
            got = image.pixelColor(x, y)
            if max(abs(got.red() - want.red()), abs(got.green() - want.green()),
                   abs(got.blue() - want.blue())) < 24:  # fmt: skip
                count += 1
    return count


def test_a_period_without_a_figure_breaks_the_line(qapp: QApplication) -> None:
    from desktop.ui.charts import LIGHT
    from tests.ui.indicator_samples import Row, Sample
    from tests.ui.indicator_samples import build as build_view

    rows = [Row(50.0, target=None), Row(None, target=None), Row(None, target=None),
            Row(50.0, target=None)]  # fmt: skip
    view = build_view(Sample(rows=rows, rag_computed=[None] * 4))
    png = render_print_png(view, width=900, height=380)
    assert _pixels(png, LIGHT.actual, columns=(0.35, 0.65), rows=(0.0, 0.8)) == 0
    joined = build_view(Sample(rows=[Row(50.0, target=None)] * 4, rag_computed=[None] * 4))
    drawn = render_print_png(joined, width=900, height=380)
    assert _pixels(drawn, LIGHT.actual, columns=(0.35, 0.65), rows=(0.0, 0.8)) > 0


def test_a_comparator_given_for_one_period_is_drawn(qapp: QApplication) -> None:
    from desktop.ui.charts import LIGHT
    from tests.ui.indicator_samples import Row, Sample
    from tests.ui.indicator_samples import build as build_view

    rows = [Row(v, target=None) for v in (50.0, 55.0, 60.0)]
    rows.append(Row(65.0, target=None, comparators=(("England", 40.0),)))
    view = build_view(Sample(rows=rows, rag_computed=[None] * 4))
    png = render_print_png(view, width=900, height=380)
    england = LIGHT.comparators[0]
    assert _pixels(png, england, columns=(0.0, 1.0), rows=(0.0, 0.7)) > 20  # not only the key

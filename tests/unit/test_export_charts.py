"""Chart pictures for documents: drawn once per indicator; no Qt means no pictures, not a crash."""

from __future__ import annotations

import pytest

from db.records import IndicatorRecord
from desktop.catalogue import IndicatorView, build_view
from desktop.export import charts
from desktop.ui import chart_source


def _view(indicator_id: int) -> IndicatorView:
    record = IndicatorRecord(
        id=indicator_id, code=f"X{indicator_id}", name="Test", portfolio=None, service=None,
        polarity="higher_is_better", unit="%", description=None, owner=None, exempt=False,
        tolerance_mode=None, tolerance_amber=None, band_low=None, band_high=None,
    )  # fmt: skip
    return build_view(record)


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        self.calls += 1
        return f"{view.id}:{width_px}x{height_px}".encode()


def test_cached_charts_draw_each_indicator_once() -> None:
    source = Counting()
    cached = charts.CachedCharts(source)
    first = cached.png(_view(1), 900, 380)
    again = cached.png(_view(1), 900, 380)
    other = cached.png(_view(2), 900, 380)
    assert (first, again, other) == (b"1:900x380", b"1:900x380", b"2:900x380")
    assert source.calls == 2


def test_default_source_is_none_without_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> object:
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(chart_source.importlib, "import_module", missing)
    assert chart_source.default_source() is None


def test_function_charts_pass_the_size_on() -> None:
    seen: list[tuple[int, int]] = []

    def render(view: IndicatorView, *, width: int, height: int) -> bytes:
        seen.append((width, height))
        return b"png"

    assert charts.FunctionCharts(render).png(_view(3), 640, 300) == b"png"
    assert seen == [(640, 300)]


def test_away_from_the_main_thread_charts_are_drawn_in_a_helper_process() -> None:
    import threading

    found: list[object] = []
    worker = threading.Thread(target=lambda: found.append(chart_source.default_source()))
    worker.start()
    worker.join()
    (source,) = found
    assert isinstance(source, chart_source.HelperProcessCharts)
    source.close()  # nothing was started: it starts on the first picture


def test_no_default_source_without_qt_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_source, "qt_installed", lambda: False)
    assert chart_source.default_source() is None


def test_a_cache_passes_the_list_of_pictures_on_to_its_source() -> None:
    asked: list[list[int]] = []

    class Ahead(Counting):
        def prepare(self, views: list[IndicatorView], width_px: int, height_px: int) -> None:
            asked.append([v.id for v in views])

    charts.CachedCharts(Ahead()).prepare([_view(1), _view(2)], 640, 270)
    charts.prepare(Counting(), [_view(3)], 640, 270)  # a source without prepare: no harm
    assert asked == [[1, 2]]

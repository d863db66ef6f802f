"""Word briefing of 300 indicators with chart pictures, against python-docx writing the same bulk."""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.common import best_of, report
from bench.generate import write_xlsx

INDICATORS = 300
PERIODS = 8


def build_store(base: Path) -> object:
    from db.store import Store
    from desktop import annotations
    from desktop.catalogue import load_views
    from desktop.scorecard.importer import import_file

    scorecard = base / "scorecard.xlsx"
    write_xlsx(scorecard, INDICATORS, PERIODS)
    store = Store.open(base / "scrutineer.sqlite")
    result = import_file(store, scorecard)
    if result.status != "imported":
        raise SystemExit(f"benchmark import refused: {result.error}")
    with store.session() as session:
        for view in load_views(session):  # every indicator gets a question: all 300 are shown
            annotations.add_question(session, view.id, f"What is behind {view.code}?")
    return store


def python_docx_floor(png: bytes, headings: int) -> float:
    """python-docx alone: the same headings, two-column tables and pictures, no analysis."""
    from docx import Document
    from docx.shared import Cm

    from desktop.export.docx_briefing import TEMPLATE

    def write() -> None:
        doc = Document(str(TEMPLATE))
        for i in range(headings):
            doc.add_heading(f"KPI{i:05d} Measure number {i}", level=2)
            table = doc.add_table(rows=6, cols=2)
            for row in table.rows:
                for cell in row.cells:
                    cell.text = "56.4% against a target of 70.0%"
            doc.add_picture(io.BytesIO(png), width=Cm(16.5))
        doc.save(io.BytesIO())

    return best_of(write, repeat=1)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.export import charts, documents
    from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX
    from desktop.export.gather import gather
    from desktop.ui.chart_source import default_source

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        store = build_store(base)
        with store.session() as session:  # type: ignore[attr-defined]
            data = gather(session)
        source = default_source()
        if source is None:
            print("charts unavailable (no Qt): cannot run this benchmark", file=sys.stderr)
            raise SystemExit(1)
        start = time.perf_counter()
        png = source.png(data.views[0], CHART_WIDTH_PX, CHART_HEIGHT_PX) or b""
        qt_start = time.perf_counter() - start

        chart_times: list[float] = []

        class Timed:
            """The source as the command line uses it, timing each wait for a picture."""

            def prepare(self, views: object, width_px: int, height_px: int) -> None:
                charts.prepare(source, views, width_px, height_px)  # type: ignore[arg-type]

            def png(self, view: object, width_px: int, height_px: int) -> bytes | None:
                t = time.perf_counter()
                out = source.png(view, width_px, height_px)  # type: ignore[arg-type]
                chart_times.append(time.perf_counter() - t)
                return out

        start = time.perf_counter()
        documents.write("docx", data, base / "briefing.docx", charts=Timed())  # type: ignore[arg-type]
        elapsed = time.perf_counter() - start
        close = getattr(source, "close", None)
        if callable(close):
            close()
        drawn = sum(chart_times)
        floor = python_docx_floor(png, len(chart_times))
        store.close()  # type: ignore[attr-defined]
    report(
        f"docx briefing, {INDICATORS} indicators with charts",
        elapsed,
        floor=floor,
        goal="< 3 s",
        note=(
            f"{len(chart_times)} charts, {drawn:.2f} s spent waiting for them "
            f"({drawn / max(len(chart_times), 1) * 1000:.1f} ms each; they are painted on "
            f"threads while the document is written); the rest {elapsed - drawn:.2f} s; "
            f"Qt start-up {qt_start:.2f} s; "
            f"load average {os.getloadavg()[0]:.1f}"
        ),
    )


if __name__ == "__main__":
    main()

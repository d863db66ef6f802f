"""The same sheet saved as .xlsx, .ods and .xls reads the same, value by value.

Each workbook is written as .xlsx, then converted with LibreOffice headless (as a council
officer's "Save as" would), and all three are imported into fresh stores. Fills, percent
formats, merged year headings, hidden rows, dates, struck-through rows and names over
two lines must survive every format.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow, PortfolioRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.helpers import scorecards

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]

BUILDERS: dict[str, Callable[[Path], Path]] = {
    "wide_quarters": scorecards.wide_quarters,
    "long_layout": scorecards.long_layout,
    "two_row_merged": scorecards.two_row_merged,
    "sections": scorecards.sections,
    "per_portfolio_sheets": scorecards.per_portfolio_sheets,
    "rag_fill_only": scorecards.rag_fill_only,
    "percent_formats": scorecards.percent_formats,
    "corporate_report": scorecards.corporate_report,
    "gar_letters": scorecards.gar_letters,
    "grouped_targets": scorecards.grouped_targets,
    "quarter_ending_dates": scorecards.quarter_ending_dates,
    "rate_with_counts": scorecards.rate_with_counts,
    "two_tables_on_a_sheet": scorecards.two_tables_on_a_sheet,
    "transposed": scorecards.transposed,
    "cards": scorecards.cards,
    "withdrawn_and_defined": scorecards.withdrawn_and_defined,
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    made: dict[str, dict[str, Path]] = {}
    for name, build in BUILDERS.items():
        made[name] = {"xlsx": build(folder / f"{name}.xlsx")}
    sources = [str(files["xlsx"]) for files in made.values()]
    profile = folder / "profile"
    for fmt in ("ods", "xls"):
        out = folder / fmt
        subprocess.run(
            [
                str(SOFFICE),
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(out),
                *sources,
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        for name, files in made.items():
            files[fmt] = out / f"{name}.{fmt}"
    return made


def reading(path: Path, folder: Path) -> list[tuple[object, ...]]:
    home = folder / path.suffix.lstrip(".")
    home.mkdir()
    store = Store.open(home / "scrutineer.sqlite")
    try:
        report = import_file(store, path)
        assert report.status == "imported", (path.name, report.error)
        with store.read_session() as session:
            found = session.execute(
                select(
                    PortfolioRow.name,
                    IndicatorRow.code,
                    IndicatorRow.name,
                    IndicatorRow.unit,
                    PeriodRow.label,
                    ObservationRow.actual,
                    ObservationRow.actual_text,
                    ObservationRow.target,
                    ObservationRow.rag,
                    ObservationRow.source_cell,
                )
                .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
                .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
                .outerjoin(PortfolioRow, IndicatorRow.portfolio_id == PortfolioRow.id)
                .order_by(IndicatorRow.name, PeriodRow.start)
            ).all()
        return [tuple(row) for row in found]
    finally:
        store.close()


@pytest.mark.parametrize("name", sorted(BUILDERS))
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_every_format_reads_like_the_xlsx(
    converted: dict[str, dict[str, Path]], name: str, fmt: str, tmp_path: Path
) -> None:
    files = converted[name]
    assert files[fmt].exists(), f"LibreOffice did not write {files[fmt].name}"
    expected = reading(files["xlsx"], tmp_path)
    assert expected
    assert reading(files[fmt], tmp_path) == expected

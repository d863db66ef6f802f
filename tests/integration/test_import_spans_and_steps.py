"""Half-year headings written as spans and Power BI row levels, imported into a real store."""

from __future__ import annotations

from pathlib import Path

from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_importer_realistic import rows
from tests.realistic.styles import months_ended_headings, powerbi_stepped_levels


def test_six_months_ended_headings_are_halves_of_the_financial_year(
    store: Store, tmp_path: Path
) -> None:
    expected = months_ended_headings.build(tmp_path / "digest.xlsx")
    report = import_file(store, tmp_path / "digest.xlsx")
    assert report.status == "imported"
    found = {
        (name, label): (actual, target, rag) for name, label, actual, target, rag in rows(store)
    }
    assert found == {(o.name, o.period): (o.actual, o.target, o.rag) for o in expected.observations}
    assert {label for _, label in found} == {"H1 2023/24", "H2 2023/24", "2023/24", "H1 2024/25"}


def test_stepped_quarters_are_read_and_year_subtotals_left_out(
    store: Store, tmp_path: Path
) -> None:
    expected = powerbi_stepped_levels.build(tmp_path / "matrix.xlsx")
    report = import_file(store, tmp_path / "matrix.xlsx")
    assert report.status == "imported"
    found = {(name, label): actual for name, label, actual, _, _ in rows(store)}
    assert found == {(o.name, o.period): o.actual for o in expected.observations}
    assert not any(str(label).startswith("20") for _, label in found)  # no year read as annual
    assert any("total of 2022/23's quarters" in w for w in report.warnings)

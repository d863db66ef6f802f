"""Indicator dictionaries fill in names, polarity, units and definitions of coded indicators."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from db.models import IndicatorRow
from db.store import Store
from desktop.scorecard.importer import import_file

REPO = Path(__file__).resolve().parents[2]


def benchmark(path: Path) -> Path:
    """A benchmark download: one row per area, columns 'CODE year', codes only."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["Council", "ECON1 2022-23", "ECON1 2023-24", "ENV 2a 2023-24", "CORP 1 2023-24"]
        )
        out.writerow(["Northshire", 11.2, 10.9, 64.0, 3.1])
        out.writerow(["Southshire", 9.8, 9.1, 58.5, 2.7])
    return path


def dictionary(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Title", "Code", "ReportingPeriod", "NumberFormat", "Ranking_Type"])
        out.writerow(
            ["% of unemployed people assisted into work", "ECON01", "Annual", "0.0", "Descending"]
        )
        out.writerow(
            ["Cost of waste collection per premises", "ENV02a", "Annual", "'£ '0", "Ascending"]
        )
        out.writerow(
            [
                "Cost per attendance at sports facilities",
                "CORP01",
                "Annual",
                "'£ '0.00",
                "Ascending",
            ]
        )
        out.writerow(["Not in the store", "XYZ9", "Annual", "0", "Descending"])
    return path


def indicators(store: Store) -> dict[str, tuple[str, str, str | None]]:
    with store.read_session() as session:
        rows = session.execute(
            select(IndicatorRow.code, IndicatorRow.name, IndicatorRow.polarity, IndicatorRow.unit)
        ).all()
    return {code: (name, polarity, unit) for code, name, polarity, unit in rows}


def test_a_dictionary_names_the_coded_indicators_already_in_the_store(
    store: Store, tmp_path: Path
) -> None:
    first = import_file(store, benchmark(tmp_path / "bench.csv"), area="Northshire")
    assert first.status == "imported"
    report = import_file(store, dictionary(tmp_path / "Indicator Information.csv"))
    assert (report.status, report.indicators, report.observations) == ("imported", 3, 0)
    assert "3 of its 4 definitions" in report.warnings[0]
    assert indicators(store) == {
        "ECON1": ("% of unemployed people assisted into work", "higher_is_better", "%"),
        "ENV 2a": ("Cost of waste collection per premises", "lower_is_better", "£"),
        "CORP 1": ("Cost per attendance at sports facilities", "lower_is_better", "£"),
    }


def test_a_dictionary_that_matches_nothing_is_refused_saying_what_to_do(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, dictionary(tmp_path / "info.csv"))
    assert report.status == "refused"
    assert report.error is not None and "\n" not in report.error
    assert "import it after (or with) the figures" in report.error
    assert indicators(store) == {}


def test_what_the_store_knows_is_not_overwritten(store: Store, tmp_path: Path) -> None:
    import_file(store, benchmark(tmp_path / "bench.csv"), area="Northshire")
    with store.session() as session:
        row = session.execute(select(IndicatorRow).where(IndicatorRow.code == "ECON1")).scalar_one()
        row.name = "Employability: people into work"
        row.polarity = "lower_is_better"
    import_file(store, dictionary(tmp_path / "info.csv"))
    assert indicators(store)["ECON1"][:2] == ("Employability: people into work", "lower_is_better")


def test_the_same_dictionary_again_changes_nothing(store: Store, tmp_path: Path) -> None:
    import_file(store, benchmark(tmp_path / "bench.csv"), area="Northshire")
    import_file(store, dictionary(tmp_path / "info.csv"))
    again = import_file(store, dictionary(tmp_path / "info.csv"))
    assert again.status == "unchanged"


def test_a_dictionary_given_before_its_figures_in_one_command_is_read_after_them(
    tmp_path: Path,
) -> None:
    info = dictionary(tmp_path / "info.csv")
    figures = benchmark(tmp_path / "bench.csv")
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "import",
         str(info), str(figures), "--area", "Northshire", "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["file"], r["status"]) for r in lines] == [
        (str(figures), "imported"),
        (str(info), "imported"),
    ]
    assert lines[1]["indicators"] == 3


def test_spaced_codes_of_a_long_extract_meet_their_dictionary(store: Store, tmp_path: Path) -> None:
    """'C&L 01' in a Code column is a code (LGBF averages), and a '0.0%' format over
    proportions (0.835) does not make the store claim 0.835%."""
    figures = tmp_path / "Scottish Averages.csv"
    with figures.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Code", "Period", "Value_Scot_Mean"])
        out.writerow(["C&L 01", "2021-22", 3.3])
        out.writerow(["C&L 01", "2022-23", 3.5])
        out.writerow(["C&L 05a", "2021-22", 0.835])
        out.writerow(["C&L 05a", "2022-23", 0.81])
    assert import_file(store, figures).status == "imported"
    info = tmp_path / "Indicator Information.csv"
    with info.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Title", "Code", "ReportingPeriod", "NumberFormat", "Ranking_Type"])
        out.writerow(
            ["Cost per attendance at sports facilities", "C&L01", "Annual", "'£ '0.00", "Ascending"]
        )
        out.writerow(
            ["% of adults satisfied with libraries", "C&L05a", "Annual", "0.0%", "Descending"]
        )
        out.writerow(["Cost per library visit", "C&L02", "Annual", "'£ '0.00", "Ascending"])
    report = import_file(store, info)
    assert (report.status, report.indicators) == ("imported", 2)
    assert indicators(store) == {
        "C&L 01": ("Cost per attendance at sports facilities", "lower_is_better", "£"),
        "C&L 05a": ("% of adults satisfied with libraries", "higher_is_better", None),
    }

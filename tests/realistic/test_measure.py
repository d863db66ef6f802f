"""The scoring and the measuring script count exact, missing, wrong and spurious observations as its README says."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.realistic import catalogue, scoring
from tests.realistic.kit import Expected, Obs

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_import.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("measure_import", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("measure_import", module)
    spec.loader.exec_module(module)
    return module


def _export(
    *observations: tuple[str | None, str, str, float | None, float | None, str | None],
) -> dict[str, Any]:
    indicators: dict[tuple[str | None, str], dict[str, Any]] = {}
    for code, name, period, actual, target, rag in observations:
        ind = indicators.setdefault((code, name), {"code": code, "name": name, "polarity": "unknown",
                                                   "unit": None, "observations": []})  # fmt: skip
        ind["observations"].append({"period": period, "actual": actual, "actual_text": None,
                                    "target": target, "rag": rag, "source": {"sheet": "S", "cell": "A1"}})  # fmt: skip
    return {"indicators": list(indicators.values())}


def test_compare_sorts_each_observation_into_one_count() -> None:
    measure = scoring
    expected = Expected(
        [
            Obs("A1", "Alpha", "Q1 2024/25", 54.0, None, 60.0),
            Obs("A1", "Alpha", "Q2 2024/25", 58.0, None, 60.0, "amber"),
            Obs(None, "Beta measure", "2023/24", 12.5),
            Obs("C1", "Gamma", "Q1 2024/25", 3.0),
        ],
        polarity={"code:a1": "higher_is_better"},
    )
    export = _export(
        ("A1", "Alpha", "Q1 2024/25", 54.0000000001, 60.0, None),  # within tolerance
        ("A1", "Alpha", "Q2 2024/25", 58.0, 60.0, None),  # RAG lost: wrong
        (None, "Beta  Measure", "2023/24", 12.5, None, None),  # name matched loosely
        ("C1", "Gamma", "Q2 2024/25", 3.0, None, None),  # wrong period: missing and spurious
    )
    outcome = measure.Outcome("x", False, "imported", status="imported", expected=4)
    measure.compare(outcome, expected, export)
    assert (outcome.exact, outcome.missing, outcome.wrong, outcome.spurious) == (2, 1, 1, 1)
    assert (outcome.meta_expected, outcome.meta_right) == (1, 0)


def test_a_band_accepts_a_target_inside_it_only() -> None:
    measure = scoring
    band = Obs("B", "Budget variance", "Q1 2024/25", 93.0, band=(90.0, 95.0))
    inside = {"actual": 93.0, "actual_text": None, "target": 95.0, "rag": None}
    outside = dict(inside, target=80.0)
    assert measure.differences(band, inside) == []
    assert measure.differences(band, outside)


def test_totals_count_only_files_imported_without_review(capsys: Any) -> None:
    measure = _script()
    clean = measure.Outcome(
        "a", False, "imported", status="imported", expected=10, exact=9, wrong=1
    )
    reviewed = measure.Outcome("b", True, "imported", status="needs_review", expected=5, missing=5)
    summary = measure.print_table([clean, reviewed], verbose=False)
    assert summary["exact_pct"] == 90.0 and summary["silently_wrong_pct"] == 10.0
    assert summary["status_as_expected"] == 1
    assert "needs_review" in capsys.readouterr().out


def test_a_unit_in_brackets_does_not_stop_a_name_matching() -> None:
    measure = scoring
    expected = Expected(
        [Obs(None, "Bed occupancy (%)", "Apr 2024", 94.1)], unit={"name:bed occupancy (%)": "%"}
    )
    export = _export((None, "Bed occupancy", "Apr 2024", 94.1, None, None))
    export["indicators"][0]["unit"] = "%"
    outcome = measure.Outcome("x", False, "imported", status="imported", expected=1)
    measure.compare(outcome, expected, export)
    assert (outcome.exact, outcome.spurious, outcome.meta_right) == (1, 0, 1)


def test_every_holdout_set_can_be_chosen_and_is_named_in_the_help(capsys: Any) -> None:
    measure = _script()
    with pytest.raises(SystemExit) as done:
        measure.main(["--help"])
    assert done.value.code == 0
    usage = " ".join(capsys.readouterr().out.split())
    for set_name in catalogue.HOLDOUT_SETS:
        assert f"--set {set_name} " in usage, set_name
        # the set is accepted; an unknown --only name stops it before anything is built
        assert measure.main(["--set", set_name, "--only", "no_such_fixture"]) == 2
    assert "no_such_fixture" in capsys.readouterr().err


def test_a_second_indicator_of_the_same_name_counts_as_spurious() -> None:
    """A repeat the importer did not fold into the first (a headline block above the table)
    finds the first's keys taken: its observations must still be counted."""
    expected = Expected([Obs("A1", "Alpha", "Q1 2024/25", 54.0)])
    export = _export(
        ("A1", "Alpha", "Q1 2024/25", 54.0, None, None),
        (None, "Alpha", "Q1 2024/25", 54.0, None, None),
    )
    outcome = scoring.Outcome("x", False, "imported", status="imported", expected=1)
    scoring.compare(outcome, expected, export)
    assert (outcome.exact, outcome.spurious) == (1, 1)


def test_a_half_year_written_as_a_month_range_is_the_apps_half_year() -> None:
    from tests.realistic.scoring import same_period

    assert same_period("Apr 2024\u2013Sep 2024") == "H1 2024/25"
    assert same_period("Oct 2024\u2013Mar 2025") == "H2 2024/25"
    assert same_period("Oct 2099\u2013Mar 2100") == "H2 2099/00"
    assert same_period("Apr 2024\u2013Dec 2024") == "Apr 2024\u2013Dec 2024"
    assert same_period("Apr 2024\u2013Sep 2025") == "Apr 2024\u2013Sep 2025"
    assert same_period("Q1 2024/25") == "Q1 2024/25"


def test_a_quarter_written_as_a_month_range_is_the_apps_quarter() -> None:
    from tests.realistic.scoring import same_period

    assert same_period("Apr 2024\u2013Jun 2024") == "Q1 2024/25"
    assert same_period("Oct 2024\u2013Dec 2024") == "Q3 2024/25"
    assert same_period("Jan 2025\u2013Mar 2025") == "Q4 2024/25"
    assert same_period("Apr 2024\u2013Jul 2024") == "Apr 2024\u2013Jul 2024"
    assert same_period("Jan 2024\u2013Mar 2025") == "Jan 2024\u2013Mar 2025"


def test_a_month_range_the_app_labels_as_written_is_matched_as_written() -> None:
    """A school's spring term, Jan 2024–Mar 2024, is no financial year's Q4 to the app."""
    expected = Expected([Obs("T1", "Attendance (%)", "Jan 2024\u2013Mar 2024", 94.6)])
    export = _export(("T1", "Attendance (%)", "Jan 2024\u2013Mar 2024", 94.6, None, None))
    outcome = scoring.Outcome("x", False, "imported", status="imported", expected=1)
    scoring.compare(outcome, expected, export)
    assert (outcome.exact, outcome.missing, outcome.spurious) == (1, 0, 0)


def test_an_indicator_stored_twice_with_different_periods_is_counted_as_split() -> None:
    """Each figure may be exact, yet the sheet's one indicator became two in the store (a
    benchmarking table's rows not joined to the main table's): counted apart, not as wrong."""
    alpha = [Obs("A1", "Alpha", "Q1 2024/25", 54.0), Obs("A1", "Alpha", "2023/24", 51.0)]
    expected = Expected([*alpha, Obs("B1", "Beta", "Q1 2024/25", 7.0)])
    export = _export(
        ("A1", "Alpha", "Q1 2024/25", 54.0, None, None),
        (None, "Alpha", "2023/24", 51.0, None, None),
        ("B1", "Beta", "Q1 2024/25", 7.0, None, None),
    )
    outcome = scoring.Outcome("x", False, "imported", status="imported", expected=3)
    scoring.compare(outcome, expected, export)
    assert (outcome.exact, outcome.spurious, outcome.split) == (3, 0, 1)
    assert "split    a1 stored as 2 indicators" in outcome.details

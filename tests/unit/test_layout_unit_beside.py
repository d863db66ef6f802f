"""A figure with its unit in a narrow cell beside it, under a period heading merged over the
pair ('85.2' | '%', '£' | '1,204', '14' | 'days'): the unit cell is the figure's unit, on
either side; where the unit and the figure disagree, or the pairing is unclear, the file is
held for review naming the cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.unit_beside import unit_of
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

HEAD = ["Code", "Measure", "Q1 2024/25", None, "Q2 2024/25", None, "Target 2024/25", None]
MERGED = ("C1:D1", "E1:F1", "G1:H1")


def _read(tmp_path: Path, rows: list[list[object]]) -> ParsedScorecard:
    return detect_rows(tmp_path / "s.xlsx", [HEAD, *rows], MERGED)


def _got(parsed: ParsedScorecard) -> dict[str, tuple[str | None, list[tuple[str, float | None]]]]:
    return {
        i.code or i.name: (i.unit, [(o.period.label, o.actual) for o in i.observations])
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    ("unit", "want"),
    [
        ("%", "%"),
        ("days", "days"),
        ("Days", "days"),
        ("hrs", "hours"),
        ("wks", "weeks"),
        ("pts", None),
    ],
)
def test_a_unit_cell_after_the_figure_is_its_unit(
    tmp_path: Path, unit: str, want: str | None
) -> None:
    if want is None:  # not a unit the importer knows: a word, left as it is
        assert unit_of(unit) is None
        return
    parsed = _read(
        tmp_path,
        [
            ["P1", "Invoices paid on time", 91.5, unit, 93.0, unit, 95.0, unit],
            ["P2", "Missed collections per 100,000", 48, None, 51, None, 50, None],
        ],
    )
    assert not parsed.review, [(r.cell, r.reason) for r in parsed.review]
    got = _got(parsed)
    assert got["P1"] == (want, [("Q1 2024/25", 91.5), ("Q2 2024/25", 93.0)])
    assert got["P2"][1] == [("Q1 2024/25", 48), ("Q2 2024/25", 51)]
    by_code = {i.code: i for i in parsed.indicators}
    assert [o.target for o in by_code["P1"].observations] == [95.0, 95.0]


def test_a_currency_sign_to_the_left_of_the_figure_is_its_unit(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            ["M1", "Average cost of a void repair", "£", 1204, "£", 1310, "£", 1150],
            ["M2", "Calls answered (%)", 88.9, "%", 91.2, "%", 90.0, "%"],
            ["M3", "Complaints received", 64, None, 71, None, None, None],
        ],
    )
    assert not parsed.review, [(r.cell, r.reason) for r in parsed.review]
    got = _got(parsed)
    assert got["M1"] == ("£", [("Q1 2024/25", 1204), ("Q2 2024/25", 1310)])
    assert got["M2"] == ("%", [("Q1 2024/25", 88.9), ("Q2 2024/25", 91.2)])
    assert got["M3"] == (None, [("Q1 2024/25", 64), ("Q2 2024/25", 71)])


def test_a_unit_printed_beside_no_figure_is_no_observation(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            ["S1", "Stage 1 complaints answered in time", 89.3, "%", None, "%", 95, "%"],
            ["S2", "Re-let time for voids", 31, "days", 27, "days", 25, "days"],
        ],
    )
    assert not parsed.review
    assert _got(parsed)["S1"] == ("%", [("Q1 2024/25", 89.3)])


def test_a_unit_cell_that_disagrees_with_the_figure_is_asked_about(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            ["D1", "Re-let time for voids", "31%", "days", 27, "days", 25, "days"],
            ["D2", "Calls answered", 88.9, "%", 91.2, "%", 90.0, "%"],
        ],
    )
    assert any(r.cell == "C2" and "unit" in r.reason for r in parsed.review), [
        (r.cell, r.reason) for r in parsed.review
    ]


def test_a_row_whose_unit_cells_differ_is_asked_about(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            ["D1", "Re-let time for voids", 31, "days", 27, "%", 25, "days"],
            ["D2", "Calls answered", 88.9, "%", 91.2, "%", 90.0, "%"],
        ],
    )
    assert any(r.cell == "F2" and "unit" in r.reason for r in parsed.review), [
        (r.cell, r.reason) for r in parsed.review
    ]


def test_units_on_both_sides_of_a_pair_are_asked_about(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            ["U1", "Calls answered", "%", "%", 91.2, "%", 90.0, "%"],
            ["U2", "Re-let time for voids", 31, "days", 27, "days", 25, "days"],
        ],
    )
    assert any(r.cell == "C2" and "both units" in r.reason for r in parsed.review)


def test_without_a_merged_heading_a_unit_column_is_not_taken_for_a_figure_s(
    tmp_path: Path,
) -> None:
    """Unmerged headings: the rule does not apply (nothing says the cells are one figure)."""
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["P1", "Invoices paid on time", 91.5, 93.0, 95.0],
            ["P2", "Missed collections", 48, 51, 50],
        ],
    )
    assert not parsed.review


def test_unit_cells_are_known_by_what_they_hold() -> None:
    assert unit_of("%") == "%"
    assert unit_of(" £ ") == "£"
    assert unit_of("days") == "days"
    assert unit_of("85%") is None
    assert unit_of("On track") is None
    assert unit_of(12) is None


def test_a_scaled_money_unit_cell_leaves_the_figure_as_written(tmp_path: Path) -> None:
    """'£m' beside 1.2: the figure stays 1.2 (as beside a Unit column's '£m'), never pounds."""
    parsed = _read(
        tmp_path,
        [
            ["B1", "Capital programme spent", "£m", 1.2, "£m", 2.5, "£m", 4.0],
            ["B2", "Calls answered", 88.9, "%", 91.2, "%", 90.0, "%"],
        ],
    )
    assert not parsed.review
    assert _got(parsed)["B1"][1] == [("Q1 2024/25", 1.2), ("Q2 2024/25", 2.5)]

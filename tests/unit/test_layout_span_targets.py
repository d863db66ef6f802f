"""Target columns each naming a span of the year ('Target Q1–Q2' | 'Target Q3–Q4 (revised
Oct 2024)') apply to the periods of their span only; a later one left blank keeps the
earlier target only where the sheet's notes say so, and is asked about otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import header
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import periods
from tests.helpers.layout_sheets import detect_rows


def _targets(read: ParsedScorecard) -> dict[tuple[str, str], float | None]:
    return {
        (i.code or i.name, o.period.label): o.target
        for i in read.indicators
        for o in i.observations
    }


QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")


def _expected(
    code: str, first: float | None, second: float | None
) -> dict[tuple[str, str], float | None]:
    found: dict[tuple[str, str], float | None] = {(code, "2023/24"): None}
    for q, label in enumerate(QUARTERS):
        found[(code, label)] = first if q < 2 else second
    return found


# (banner over the two target columns, their headings, the title): each wording of a span
WORDINGS = [
    ("Targets 2024/25", "Target Q1\u2013Q2", "Target Q3\u2013Q4 (revised Oct 2024)", ""),
    ("2024/25", "Target Q1 to Q2", "Target Q3 to Q4 (agreed by Cabinet Nov 2024)", ""),
    ("", "Target H1", "Target H2", "Performance report 2024/25"),
    ("", "Q1-Q2 target 2024/25", "Q3 & Q4 target 2024/25", ""),
    ("", "Target Apr\u2013Sep", "Revised target Oct\u2013Mar", "Quarter 4 2024/25"),
]


def _sheet(
    tmp_path: Path,
    wording: tuple[str, str, str, str],
    rows: list[list[object]],
    notes: tuple[str, ...] = (),
) -> ParsedScorecard:
    banner, first, second, title = wording
    return detect_rows(
        tmp_path / "spans.xlsx",
        [
            [title or "Corporate performance indicators"],
            ["", "", "", "2024/25", "", "", "", banner, ""],
            ["Ref", "Indicator", "2023/24 outturn", "Q1", "Q2", "Q3", "Q4", first, second],
            *rows,
            [],
            *[[n] for n in notes],
        ],
        merged=["D2:G2", "H2:I2"] if banner else ["D2:G2"],
    )  # fmt: skip


@pytest.mark.parametrize("wording", WORDINGS)
def test_each_target_column_applies_to_its_span_only(
    tmp_path: Path, wording: tuple[str, str, str, str]
) -> None:
    read = _sheet(
        tmp_path,
        wording,
        [["W1", "Waste recycled (%)", 41.2, 43.8, 44.9, 40.1, 38.6, 45, "42% (was 45%)"],
         ["H2", "Households in temporary accommodation", 38, 41, 47, 52, 49, 35, 45]],
    )  # fmt: skip
    assert read.review == []
    assert _targets(read) == {**_expected("W1", 45.0, 42.0), **_expected("H2", 35.0, 45.0)}


@pytest.mark.parametrize(
    "note",
    ["Where no revised target is shown the original target continues to apply.",
     "Original targets apply unless a revised target is given.",
     "Revised targets: if the cell is blank, the Q1-Q2 target still applies."],
)  # fmt: skip
def test_a_blank_later_target_keeps_the_earlier_where_a_note_says_so(
    tmp_path: Path, note: str
) -> None:
    read = _sheet(
        tmp_path,
        WORDINGS[0],
        [["F1", "Fly-tips removed in 2 days (%)", 94.1, 96.2, 95.0, 97.3, 96.8, 95, None],
         ["F2", "Food premises inspected (%)", 88.0, 72.4, 79.1, 84.6, 90.2, 90, 85]],
        (note,),
    )  # fmt: skip
    assert read.review == []
    assert _targets(read) == {**_expected("F1", 95.0, 95.0), **_expected("F2", 90.0, 85.0)}


@pytest.mark.parametrize("wording", WORDINGS[:3])
def test_a_blank_later_target_with_no_note_is_asked_about_at_its_cell(
    tmp_path: Path, wording: tuple[str, str, str, str]
) -> None:
    read = _sheet(
        tmp_path,
        wording,
        [["F2", "Food premises inspected (%)", 88.0, 72.4, 79.1, 84.6, 90.2, 90, 85],
         ["F1", "Fly-tips removed in 2 days (%)", 94.1, 96.2, 95.0, 97.3, 96.8, 95, None]],
        ("Targets for the second half were revised at the mid-year review.",),
    )  # fmt: skip
    assert [item.cell for item in read.review] == ["I5"]
    assert "blank" in read.review[0].reason


def test_a_later_target_saying_there_is_none_leaves_its_span_without_one(tmp_path: Path) -> None:
    read = _sheet(
        tmp_path,
        WORDINGS[0],
        [["G1", "Disabled facilities grants approved", 96, 21, 26, 19, 30, 25, "Data only"]],
    )
    assert read.review == []
    assert _targets(read) == _expected("G1", 25.0, None)


def test_nothing_to_keep_where_the_earlier_target_is_blank_too(tmp_path: Path) -> None:
    read = _sheet(
        tmp_path,
        WORDINGS[0],
        [["N1", "Information requests answered on time (%)", None, 84.0, 88.5, 91.2, 93.0, None, None]],
    )  # fmt: skip
    assert read.review == []
    assert all(target is None for target in _targets(read).values())


def test_a_span_target_naming_its_year_is_not_another_years(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "two_years.xlsx",
        [
            ["Code", "Measure", "Q3 2023/24", "Q4 2023/24", "Q3 2024/25", "Q4 2024/25",
             "Target Q3-Q4 2024/25"],
            ["C1", "Calls answered in 60 seconds (%)", 70.1, 72.0, 79.9, 82.3, 75],
        ],
    )  # fmt: skip
    assert read.review == []
    assert _targets(read) == {
        ("C1", "Q3 2023/24"): None,
        ("C1", "Q4 2023/24"): None,
        ("C1", "Q3 2024/25"): 75.0,
        ("C1", "Q4 2024/25"): 75.0,
    }


def test_a_span_target_wins_over_the_years_target_within_its_span(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "year_and_span.xlsx",
        [
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
             "Target 2024/25", "Revised target Q3-Q4 2024/25"],
            ["S1", "Sickness days per FTE", 2.3, 2.1, 2.6, 2.4, 2.0, 2.2],
            ["S2", "Invoices paid in 30 days (%)", 97.2, 96.8, 95.1, 96.0, 97, None],
        ],
    )  # fmt: skip
    assert read.review == []
    assert _targets(read) == {
        ("S1", "Q1 2024/25"): 2.0, ("S1", "Q2 2024/25"): 2.0,
        ("S1", "Q3 2024/25"): 2.2, ("S1", "Q4 2024/25"): 2.2,
        ("S2", "Q1 2024/25"): 97.0, ("S2", "Q2 2024/25"): 97.0,
        ("S2", "Q3 2024/25"): 97.0, ("S2", "Q4 2024/25"): 97.0,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "label"),
    [("Target Q3\u2013Q4 (revised Oct 2024)", "H2 2024/25"),
     ("Target (agreed by Cabinet Feb 2024)", None),
     ("Target 2024/25 (set April 2024)", "2024/25"),
     ("Target (approved 16/10/2024)", None)],
)  # fmt: skip
def test_when_a_target_was_set_is_not_the_period_it_is_for(heading: str, label: str | None) -> None:
    column = header.classify(heading)
    if column.period is None:
        header._place_in_year(column, periods.financial_year(2024))
    assert column.field == "target"
    assert column.header == heading
    if label is None:
        assert column.period is None
    else:
        assert column.period is not None and column.period.label == label

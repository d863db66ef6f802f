"""A count and a rate side by side for each indicator ('No.' | 'Rate', 'Number' | '%',
'Count' | 'per 1,000'), under a period merged over both or once with the period in the
title: the rate is the figure and the count its numerator where nothing on the row is the
count's; where a target or rating is the count's, each measure is an indicator of its own
('Hate crimes (No.)', 'Hate crimes (Rate)'); a column that could be either measure's is held
for review — never counts read as codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows

PAIRS = [("No.", "Rate"), ("No", "Rate per 10,000"), ("Number", "%"), ("Count", "per 1,000"),
         ("Number", "Rate per 1,000 population")]  # fmt: skip


def _merged(path: Path, rows: list[list[object]], merges: list[str]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Community safety"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _read(parsed: ParsedScorecard) -> dict[str, tuple[str | None, list[tuple[object, ...]]]]:
    return {
        i.name: (i.code, [(o.period.label, o.actual, o.target, o.rag) for o in i.observations])
        for i in parsed.indicators
    }


def _numerators(parsed: ParsedScorecard) -> dict[str, list[tuple[object, ...]]]:
    return {
        i.name: [(o.period.label, o.actual, o.numerator) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(("count", "rate"), PAIRS)
@pytest.mark.parametrize("merged", [True, False])
def test_a_period_over_a_count_and_a_rate_gives_the_rate_with_its_numerator(
    tmp_path: Path, count: str, rate: str, merged: bool
) -> None:
    rows: list[list[object]] = [
        ["Crime and disorder"],
        ["Indicator", "2022/23", None, "2023/24", None],
        [None, count, rate, count, rate],
        ["Anti-social behaviour incidents", 1200, 12.1, 1300, 13.2],
        ["Domestic abuse incidents", 400, 4.0, 450, None],
        ["Hate crimes", 100, 1.0, 120, 1.2],
    ]
    if not merged:  # the year typed over its first sub-column only
        rows[1] = ["Indicator", "2022/23", None, "2023/24", None]
    parsed = _merged(tmp_path / "pairs.xlsx", rows, ["B2:C2", "D2:E2"] if merged else [])
    assert parsed.review == []
    read = _numerators(parsed)
    assert read["Anti-social behaviour incidents"] == [
        ("2022/23", 12.1, 1200),
        ("2023/24", 13.2, 1300),
    ]
    # a count whose rate is blank is no figure: left out, and said
    assert read["Domestic abuse incidents"] == [("2022/23", 4.0, 400)]
    assert any("the count '450'" in w for w in parsed.warnings)
    assert all(i.code is None for i in parsed.indicators)
    assert len(read) == 3


@pytest.mark.parametrize(("count", "rate"), PAIRS)
def test_a_count_and_a_rate_dated_by_the_title_give_the_rate_with_its_numerator(
    tmp_path: Path, count: str, rate: str
) -> None:
    parsed = detect_rows(
        tmp_path / "columns.xlsx",
        [
            ["Community safety 2024/25"],
            ["Ref", "Indicator", count, rate, "Target", "RAG"],
            ["CS1", "Anti-social behaviour incidents", 1200, 12.1, 12.0, "Amber"],
            ["CS2", "Domestic abuse incidents", 400, 4.0, 5.0, "Green"],
            ["CS3", "Hate crimes", 100, 1.0, 1.1, "Green"],
        ],
    )
    assert parsed.review == []
    read = _read(parsed)
    # the target's numbers are the rate's size, so it and the rating go with the rate, and
    # the count, with nothing of its own, is the rate's numerator
    assert read["Hate crimes"] == ("CS3", [("2024/25", 1.0, 1.1, "green")])
    assert read["Anti-social behaviour incidents"][1] == [("2024/25", 12.1, 12.0, "amber")]
    assert _numerators(parsed)["Hate crimes"] == [("2024/25", 1.0, 100)]
    units = {i.name: i.unit for i in parsed.indicators}
    assert units["Hate crimes"] == ("%" if rate == "%" else "rate")


@pytest.mark.parametrize("target", ["No. target", "Target (No.)", "Target number"])
def test_a_target_naming_its_measure_goes_with_it(tmp_path: Path, target: str) -> None:
    parsed = detect_rows(
        tmp_path / "named.xlsx",
        [
            ["Community safety 2024/25"],
            ["Indicator", "No.", "Rate", target, "RAG"],
            ["Anti-social behaviour incidents", 12, 11.5, 10, "Red"],
            ["Hate crimes", 10, 9.5, 12, "Green"],
        ],
    )
    assert parsed.review == []
    read = _read(parsed)
    assert read["Hate crimes (No.)"][1] == [("2024/25", 10, 12, "green")]
    assert read["Hate crimes (Rate)"][1] == [("2024/25", 9.5, None, None)]


def test_targets_given_per_measure_under_each_period_go_with_their_measure(
    tmp_path: Path,
) -> None:
    parsed = _merged(
        tmp_path / "targets.xlsx",
        [
            ["Public health"],
            ["Indicator", "2023/24", None, None, None],
            [None, "Number", "Number target", "Rate per 1,000", "Rate target"],
            ["Smoking quitters", 350, 400, 8.2, 9.0],
            ["Health checks", 2100, 2000, 49.0, 47.5],
        ],
        ["B2:E2"],
    )
    assert parsed.review == []
    read = _read(parsed)
    assert read["Smoking quitters (Number)"][1] == [("2023/24", 350, 400, None)]
    assert read["Smoking quitters (Rate per 1,000)"][1] == [("2023/24", 8.2, 9.0, None)]
    assert read["Health checks (Number)"][1] == [("2023/24", 2100, 2000, None)]


@pytest.mark.parametrize(("count", "rate"), [("No.", "Rate"), ("Number", "%")])
def test_a_target_that_could_be_either_measures_goes_to_review_at_its_heading(
    tmp_path: Path, count: str, rate: str
) -> None:
    parsed = detect_rows(
        tmp_path / "unsure.xlsx",
        [
            ["Community safety 2024/25"],
            ["Indicator", count, rate, "Target", "RAG"],
            ["Anti-social behaviour incidents", 12, 11.5, 12, "Red"],
            ["Hate crimes", 10, 9.5, 10, "Green"],
        ],
    )
    assert [item.cell for item in parsed.review] == ["D2", "E2"]
    assert all(i.code is None for i in parsed.indicators)


def test_a_rating_with_no_target_to_follow_goes_to_review(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "rag.xlsx",
        [
            ["Community safety 2024/25"],
            ["Indicator", "No.", "Rate per 10,000", "RAG"],
            ["Anti-social behaviour incidents", 1200, 12.1, "Red"],
            ["Hate crimes", 100, 1.0, "Green"],
        ],
    )
    assert [item.cell for item in parsed.review] == ["D2"]


def test_reference_numbers_left_of_the_names_are_no_count(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "numbered.xlsx",
        [
            ["Performance 2024/25"],
            ["No.", "Indicator", "Rate"],
            [1, "Missed bins per 100,000", 20.5],
            [2, "Fly tipping per 1,000", 5.1],
        ],
    )
    assert [(i.code, i.name) for i in parsed.indicators] == [
        ("1", "Missed bins per 100,000"),
        ("2", "Fly tipping per 1,000"),
    ]
    assert parsed.review == []


def test_a_target_for_the_year_beside_dated_pairs_serves_its_measure(tmp_path: Path) -> None:
    parsed = _merged(
        tmp_path / "annual.xlsx",
        [
            ["Community safety"],
            ["Indicator", "Q1 2024/25", None, "Q2 2024/25", None, "Annual target"],
            [None, "No.", "Rate", "No.", "Rate", None],
            ["Anti-social behaviour incidents", 1200, 12.1, 1300, 13.2, 12.5],
            ["Hate crimes", 100, 1.0, 120, 1.2, 1.1],
        ],
        ["B2:C2", "D2:E2", "F2:F3"],
    )
    assert parsed.review == []
    read = _read(parsed)
    assert read["Hate crimes"][1] == [
        ("Q1 2024/25", 1.0, 1.1, None),
        ("Q2 2024/25", 1.2, 1.1, None),
    ]
    assert _numerators(parsed)["Hate crimes"] == [
        ("Q1 2024/25", 1.0, 100),
        ("Q2 2024/25", 1.2, 120),
    ]


@pytest.mark.parametrize("count", ["No", "No."])
def test_one_year_over_a_count_and_a_rate_keeps_the_names_column(
    tmp_path: Path, count: str
) -> None:
    parsed = _merged(
        tmp_path / "one_year.xlsx",
        [
            ["Community safety"],
            ["Indicator", "2023/24", None],
            [None, count, "Rate"],
            ["Hate crimes", 10, 0.1],
            ["Domestic abuse incidents", 40, 0.4],
            ["Anti-social behaviour incidents", 120, 1.2],
        ],
        ["B2:C2"],
    )
    assert parsed.review == []
    read = _numerators(parsed)
    assert read["Hate crimes"] == [("2023/24", 0.1, 10)]
    assert read["Anti-social behaviour incidents"] == [("2023/24", 1.2, 120)]


@pytest.mark.parametrize("counts", [[10, 40, 120], [1, 2, 3]])
def test_counts_beside_a_rate_with_no_names_are_never_read_as_codes(
    tmp_path: Path, counts: list[int]
) -> None:
    with pytest.raises(ScorecardError, match=r"Scorecard!A2: column 'No\.' .* holds figures"):
        detect_rows(
            tmp_path / "nameless.xlsx",
            [
                ["Community safety 2024/25"],
                ["No.", "Rate", "Notes"],
                [counts[0], 0.1, "Hate crimes"],
                [counts[1], 0.4, "Domestic abuse incidents"],
                [counts[2], 1.2, "Anti-social behaviour incidents"],
            ],
        )


def test_a_target_headed_with_its_year_serves_that_years_pairs_only(tmp_path: Path) -> None:
    parsed = _merged(
        tmp_path / "year_target.xlsx",
        [
            ["Community safety"],
            ["Indicator", "2023/24", None, "Q1 2024/25", None, "Q2 2024/25", None,
             "Target 2024/25"],
            [None, "No.", "Rate", "No.", "Rate", "No.", "Rate", None],
            ["Anti-social behaviour incidents", 4800, 48.2, 1200, 12.1, 1300, 13.2, 1150],
            ["Hate crimes", 420, 4.2, 100, 1.0, 120, 1.2, 110],
        ],
        ["B2:C2", "D2:E2", "F2:G2", "H2:H3"],
    )  # fmt: skip
    assert parsed.review == []
    read = _read(parsed)
    # the target's numbers are the counts' size: the count's, for the 2024/25 quarters
    assert read["Hate crimes (No.)"][1] == [
        ("2023/24", 420, None, None),
        ("Q1 2024/25", 100, 110, None),
        ("Q2 2024/25", 120, 110, None),
    ]
    assert [t for _, _, t, _ in read["Hate crimes (Rate)"][1]] == [None, None, None]

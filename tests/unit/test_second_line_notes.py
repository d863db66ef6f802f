"""Figure cells typed as a figure over a note (Alt+Enter): the first line is the figure."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.second_lines import split
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.workbook import read_workbook


@pytest.mark.parametrize(
    ("typed", "figure", "note"),
    [
        ("56.1%\n(provisional)", "56.1%", "(provisional)"),
        ("312\nQ2 data not yet validated", "312", "Q2 data not yet validated"),
        ("98,740\nCentral Library closed 2 weeks", "98,740", "Central Library closed 2 weeks"),
        ("91.3%\n(147 of 161)", "91.3%", "(147 of 161)"),
        ("  4.2 \n\n awaiting audit\nsee appendix ", "4.2", "awaiting audit see appendix"),
        ("£650k\nincludes one-off grant", "£650k", "includes one-off grant"),
    ],
)
def test_a_figure_over_a_note_splits(typed: str, figure: str, note: str) -> None:
    found = split(typed, explained=False)
    assert found is not None
    assert (found.figure, found.note) == (figure, note)


@pytest.mark.parametrize(
    "typed",
    [
        "56.1%",  # one line
        "56.1% (provisional)",
        "Q2\n56.1%",  # the first line is no figure
        "Not available\nQ2 due in December",
        "40 of 52\n(77%)",  # the first line is no figure alone
        "£1.2m\nforecast",  # what is expected, not what happened
        "85%\nestimated from sample",
        "1,200\nprojected year end",
        42.0,
        None,
    ],
)
def test_other_cells_do_not_split(typed: CellValue) -> None:
    assert split(typed, explained=False) is None


def test_a_forecast_line_splits_where_the_sheet_says_second_lines_explain() -> None:
    found = split("£1.2m\nforecast", explained=True)
    assert found is not None
    assert (found.figure, found.note) == ("£1.2m", "forecast")


def _import(tmp_path: Path, rows: list[list[CellValue]]) -> ParsedScorecard:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q2"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return detect(read_workbook(path))


HEAD = ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Comment"]


def test_the_figure_is_read_and_the_note_kept_with_the_comment(tmp_path: Path) -> None:
    parsed = _import(
        tmp_path,
        [
            HEAD,
            ["H1", "Households in temporary accommodation", 301, "312\nnot yet validated",
             "290\n(Cabinet 2023)", "Demand rising"],
            ["H2", "Homelessness prevented", "158\n(revised from 160)", 171, 150, None],
            ["H3", "Visits to libraries", 104_225, 98_740, 100_000, None],
        ],
    )  # fmt: skip
    assert not parsed.review
    by_code = {i.code: i for i in parsed.indicators}
    h1 = by_code["H1"].observations
    assert [(o.actual, o.target) for o in h1] == [(301.0, 290.0), (312.0, 290.0)]
    assert h1[1].commentary == "not yet validated; Demand rising"
    h2 = by_code["H2"].observations
    assert [o.actual for o in h2] == [158.0, 171.0]
    assert h2[0].commentary == "(revised from 160)"


def test_a_forecast_line_is_held_for_review_unless_a_note_explains(tmp_path: Path) -> None:
    rows: list[list[CellValue]] = [
        HEAD,
        ["S1", "Savings delivered", 650_000, "£1.2m\nforecast", 2_500_000, None],
        ["S2", "Grants claimed", 410_000, 515_000, 900_000, None],
    ]
    assert _import(tmp_path, rows).review
    rows += [[], ["The second line of a value cell is a note on that value."]]
    parsed = _import(tmp_path, rows)
    assert not parsed.review
    s1 = {i.code: i for i in parsed.indicators}["S1"].observations
    assert [o.actual for o in s1] == [650_000.0, 1_200_000.0]

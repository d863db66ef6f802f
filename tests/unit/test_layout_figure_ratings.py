"""Ratings typed in the figure's own cell ('78.4% (A)', '72% R', 'G - 91%', '91% Green'):
the figure is the number and the token its rating, where the table shows it rates that way;
a lone r the table cannot tell from the mark of a revised figure is held for review."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import rated_figures
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADINGS: list[CellValue] = ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"]


def _read(rows: list[list[CellValue]], *more: Sheet) -> ParsedScorecard:
    book = Workbook(path="/tmp/rated.xlsx", format="xlsx", sheets=[Sheet("Data", rows), *more])
    return detect(book)


def _reading(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, str | None]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual, o.rag) for o in i.observations]
        for i in parsed.indicators
    }


def _wide(
    cells: list[tuple[CellValue, CellValue]], *below: list[CellValue]
) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [HEADINGS]
    names = ("Rent collected", "Days to re-let empty homes", "Repairs done on time")
    for n, (first, second) in enumerate(cells):
        rows.append([f"H{n + 1}", names[n], first, second])
    return [*rows, *below]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # bracketed letters after the figure, R among G and A: red
        ([("78.4% (A)", "81.0% (G)"), ("72% (R)", "91% (G)")],
         [(78.4, "amber"), (81.0, "green"), (72.0, "red"), (91.0, "green")]),
        # bare letters after the figure, and run into it
        ([("78.4% A", "81.0%G"), ("72% R", "91% G")],
         [(78.4, "amber"), (81.0, "green"), (72.0, "red"), (91.0, "green")]),
        # square brackets, plain numbers
        ([("14 [A]", "12 [R]"), ("30 [G]", "29 [G]")],
         [(14.0, "amber"), (12.0, "red"), (30.0, "green"), (29.0, "green")]),
        # the rating first
        ([("G - 91%", "A - 72%"), ("R: 40%", "Green: 88%")],
         [(91.0, "green"), (72.0, "amber"), (40.0, "red"), (88.0, "green")]),
        # colour words after the figure
        ([("91% Green", "72% Amber"), ("85.2 (Red)", "86 - green")],
         [(91.0, "green"), (72.0, "amber"), (85.2, "red"), (86.0, "green")]),
        # a figure with its unit, and plain figures with no rating beside rated ones
        ([("12 days (G)", "15 days (R)"), (45.0, "44% (A)")],
         [(12.0, "green"), (15.0, "red"), (45.0, None), (44.0, "amber")]),
        # money with a unit of its own, and a rate per so many
        ([("£12.50 per head (A)", "£11.90 per head G"), ("6.1 per 1,000 (R)", "R - 5.2 per 1,000")],
         [(12.5, "amber"), (11.9, "green"), (6.1, "red"), (5.2, "red")]),
    ],
)  # fmt: skip
def test_a_rating_typed_with_the_figure_is_read_as_its_rating(
    cells: list[tuple[CellValue, CellValue]], expected: list[tuple[float, str | None]]
) -> None:
    parsed = _read(_wide(cells))
    read = [(a, r) for observations in _reading(parsed).values() for _, a, r in observations]
    assert read == expected
    assert parsed.review == []


def test_a_lone_r_beside_no_other_rating_and_no_key_is_held_for_review() -> None:
    parsed = _read(_wide([("72 R", 75.0), (80.0, "81 R")]))
    assert len(parsed.review) == 1
    assert parsed.review[0].cell == "C2"
    assert "D3" in parsed.review[0].reason and "revised" in parsed.review[0].reason
    assert _reading(parsed)["H1"][0] == ("Q1 2024/25", 72.0, None)


@pytest.mark.parametrize(
    "note",
    ["(r) revised since the last report", "R = revised figure", "Key: r - revised",
     "Figures marked r have been revised", "Revised figures are marked (R)"],
)  # fmt: skip
def test_a_note_saying_r_is_revised_keeps_r_a_revised_mark(note: str) -> None:
    parsed = _read(_wide([("72 R", 75.0), (80.0, "81 R")], [], [note]))
    assert parsed.review == []
    assert _reading(parsed) == {
        "H1": [("Q1 2024/25", 72.0, None), ("Q2 2024/25", 75.0, None)],
        "H2": [("Q1 2024/25", 80.0, None), ("Q2 2024/25", 81.0, None)],
    }


def test_other_marks_of_how_sure_a_figure_is_keep_r_a_revised_mark() -> None:
    parsed = _read(_wide([("72 R", "75 P"), (80.0, "81 R")]))
    assert parsed.review == []
    assert [o.rag for i in parsed.indicators for o in i.observations] == [None] * 4


def test_the_lower_case_bracketed_r_of_official_statistics_is_revised() -> None:
    parsed = _read(_wide([("61.4 (r)", 64.0), (11.2, "10.5 (r)")]))
    assert parsed.review == []
    assert _reading(parsed)["H2"] == [("Q1 2024/25", 11.2, None), ("Q2 2024/25", 10.5, None)]


def test_the_files_key_rating_r_makes_a_lone_r_red() -> None:
    parsed = _read(
        _wide([("72 R", 75.0), (80.0, "81 R")], [], ["Key: R = Red, A = Amber, G = Green"])
    )
    assert parsed.review == []
    assert _reading(parsed)["H1"][0] == ("Q1 2024/25", 72.0, "red")


def test_ratings_in_the_figures_beside_a_note_saying_r_is_revised_are_doubted() -> None:
    parsed = _read(_wide([("72% (R)", "91% (G)"), ("80% (A)", "81%")], [], ["(r) = revised"]))
    assert [item.cell for item in parsed.review] == ["C2"]
    assert _reading(parsed)["H2"][0] == ("Q1 2024/25", 80.0, "amber")


def test_a_bracketed_letter_a_footnote_explains_is_no_rating() -> None:
    parsed = _read(_wide([("45 (a)", 46.0), (30.0, 31.0)], [], ["(a) includes transfers"]))
    assert all(o.rag is None for i in parsed.indicators for o in i.observations)


def test_the_files_key_gives_its_own_tokens() -> None:
    rows = _wide(
        [("98% (M)", "91% (N)"), ("85% (M)", "80% (N)")],
        [],
        ["Key: M = Target met, N = Target not met"],
    )
    parsed = _read(rows)
    assert _reading(parsed)["H1"] == [("Q1 2024/25", 98.0, "green"), ("Q2 2024/25", 91.0, "red")]


def test_a_long_table_reads_the_rating_in_its_value_column() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Value"],
        ["H1", "Rent collected", "Q1 2024/25", "97.1% (G)"],
        ["H1", "Rent collected", "Q2 2024/25", "94.0% (R)"],
        ["H2", "Days to re-let", "Q1 2024/25", "31 (A)"],
    ]
    assert _reading(_read(rows)) == {
        "H1": [("Q1 2024/25", 97.1, "green"), ("Q2 2024/25", 94.0, "red")],
        "H2": [("Q1 2024/25", 31.0, "amber")],
    }


def _long_with_status(statuses: list[CellValue]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [["Code", "Indicator", "Period", "Actual", "RAG"]]
    figures = ["97.1% (G)", "94.0% (R)", "31 (A)"]
    periods = ["Q1 2024/25", "Q2 2024/25", "Q1 2024/25"]
    for n, (figure, status) in enumerate(zip(figures, statuses, strict=True)):
        code = "H1" if n < 2 else "H2"
        rows.append(
            [code, "Rent collected" if n < 2 else "Days to re-let", periods[n], figure, status]
        )
    return rows


@pytest.mark.parametrize(
    "statuses", [["Green", "Red", "Amber"], ["G", "R", None], [None, "n/a", "A"]]
)
def test_a_status_column_agreeing_with_the_figures_ratings_is_fine(
    statuses: list[CellValue],
) -> None:
    parsed = _read(_long_with_status(statuses))
    assert parsed.review == []
    assert [o.rag for i in parsed.indicators for o in i.observations] == ["green", "red", "amber"]


def test_a_status_column_disagreeing_with_the_figures_rating_is_held_for_review() -> None:
    parsed = _read(_long_with_status(["Green", "Amber", "Amber"]))
    assert [item.cell for item in parsed.review] == ["E3"]
    assert "D3" in parsed.review[0].reason


@pytest.mark.parametrize(
    ("text", "figure", "token"),
    [("78.4% (A)", "78.4%", "A"), ("72% R", "72%", "R"), ("14 [A]", "14", "A"),
     ("G - 91%", "91%", "G"), ("91% Green", "91%", "Green"), ("85.2 (G)", "85.2", "G"),
     ("£1,200 (G)", "£1,200", "G"), ("Gwyrdd: 91%", "91%", "Gwyrdd"),
     ("£12.50 per head (A)", "£12.50 per head", "A"), ("€3.20 per visit - Green", "€3.20 per visit",
      "Green"), ("4.2 per 1,000 [R]", "4.2 per 1,000", "R")],
)  # fmt: skip
def test_splitting_a_rated_figure(text: str, figure: str, token: str) -> None:
    found = rated_figures.split(text)
    assert found is not None
    assert (found.figure, found.token) == (figure, token)


@pytest.mark.parametrize(
    "text",
    ["12.5 days", "66.8p", "12days", "Red - recruitment delays", "Green - 5% below target",
     "Q1 G", "2024/25 G", "92% (45/49)", "Green", "Red - 3 months late"],
)  # fmt: skip
def test_what_is_not_a_rated_figure(text: str) -> None:
    assert rated_figures.split(text) is None


def test_money_per_head_typed_with_its_rating_keeps_its_unit() -> None:
    parsed = _read(
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["M1", "Cost of school meals", "£12.50 per head (A)", "£12.10 per head (G)"],
            ["M2", "Rent collected", "96.1% (R)", "98.2% (G)"],
        ]
    )
    meals = parsed.indicators[0]
    assert meals.unit == "£ per head"
    assert [(o.actual, o.rag) for o in meals.observations] == [(12.5, "amber"), (12.1, "green")]
    assert parsed.review == []

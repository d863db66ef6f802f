"""Rows under an indicator table that sum it up ('Average', 'All indicators', a 'Total' with
no code among coded rows) are no indicator; a footnote's asterisk is no part of a name; a
period heading split over two rows ('12 months to Sep' over '2024') reads as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from desktop.scorecard.parse.marks import drop_note_mark
from tests.helpers.layout_sheets import detect_rows, figures

HEADING = ["Indicator", "Q1 2024/25", "Q2 2024/25"]
ROWS = [
    ["Rent collected (%)", 97.1, 98.2],
    ["Calls answered (%)", 88.0, 91.5],
    ["Days to process a claim", 19.0, 17.5],
]


@pytest.mark.parametrize(
    "label", ["Average", "AVERAGE", "Mean", "All indicators", "Overall", "Cyfartaledd"]
)
def test_an_average_row_under_the_table_is_left_out(tmp_path: Path, label: str) -> None:
    summary = [label, 68.03, 69.07]
    read = detect_rows(tmp_path / "avg.xlsx", [HEADING, *ROWS, summary])
    assert sorted(figures(read)) == sorted(r[0] for r in ROWS)


def test_an_average_row_with_figures_that_are_not_the_mean_is_left_out_too(
    tmp_path: Path,
) -> None:
    """An average of unlike measures is no indicator whatever its figures are."""
    read = detect_rows(tmp_path / "avg.xlsx", [HEADING, *ROWS, ["Overall average", 70, 71]])
    assert "Overall average" not in figures(read)
    assert len(figures(read)) == 3


def test_a_name_that_holds_the_word_average_is_still_an_indicator(tmp_path: Path) -> None:
    rows = [*ROWS, ["Average days to re-let a home", 31.0, 29.0]]
    read = detect_rows(tmp_path / "avg.xlsx", [HEADING, *rows])
    assert figures(read)["Average days to re-let a home"] == [
        ("Q1 2024/25", 31.0),
        ("Q2 2024/25", 29.0),
    ]


@pytest.mark.parametrize("where", ["code", "name"])
def test_a_total_without_a_code_under_coded_rows_is_no_indicator(
    tmp_path: Path, where: str
) -> None:
    """Its figures need not add up: suppressed cells ('<5', 'c') above it are left out of a sum."""
    heading = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25"]
    rows = [
        ["CYP01", "Children looked after", 38, 41],
        ["CYP02", "Child protection plans started", "<5", 7],
        ["CYP03", "First-time entrants", 6, "c"],
    ]
    total = ["Total", None, 49, 55] if where == "code" else [None, "Total", 49, 55]
    read = detect_rows(tmp_path / "total.xlsx", [heading, *rows, total])
    assert sorted(figures(read)) == sorted(r[1] for r in rows)


def test_a_bare_total_in_an_uncoded_table_that_does_not_add_up_stays_a_name(
    tmp_path: Path,
) -> None:
    """Without codes to show it, only a sum tells a total row from a 'Total' measure."""
    rows = [*ROWS, ["Total", 412, 398]]
    read = detect_rows(tmp_path / "total.xlsx", [HEADING, *rows])
    assert figures(read)["Total"] == [("Q1 2024/25", 412), ("Q2 2024/25", 398)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rent collected *", "Rent collected"),
        ("Homes built**", "Homes built"),
        ("Pupils meeting the standard at KS2 *", "Pupils meeting the standard at KS2"),
        ("Rate per 1,000 (adults)\u2020", "Rate per 1,000 (adults)"),
        ("Good\u2021", "Good"),
    ],
)
def test_a_footnotes_asterisk_or_dagger_is_no_part_of_a_name(text: str, name: str) -> None:
    assert drop_note_mark(text) == name


@pytest.mark.parametrize("text", ["*", "**", "A*", "54%*", "12 *", "HSG01*", "n/a*"])
def test_a_marker_a_grade_or_a_marked_figure_is_kept(text: str) -> None:
    assert drop_note_mark(text) == text


def test_names_with_footnote_marks_read_as_the_names(tmp_path: Path) -> None:
    rows = [["Rent collected (%) *", 97.1, 98.2], ["Calls answered (%) \u2020", 88.0, 91.5]]
    notes = [[None], ["* Provisional figure."], ["\u2020 Definition changed in Q2."]]
    read = detect_rows(tmp_path / "marks.xlsx", [HEADING, *rows, *notes])
    assert sorted(figures(read)) == ["Calls answered (%)", "Rent collected (%)"]


@pytest.mark.parametrize(
    ("top", "bottom", "label"),
    [
        ("12 months to Sep", "2024", "Oct 2023\u2013Sep 2024"),
        ("Year to 31 March", "2024", "2023/24"),
        ("Six months ended 30 September", "2023", "H1 2023/24"),
    ],
)
def test_a_period_heading_split_over_two_rows_reads_as_one(
    tmp_path: Path, top: str, bottom: str, label: str
) -> None:
    assert classify(f"{top} {bottom}").period is not None
    rows = [
        ["Community Safety Partnership - recorded crime"],
        [],
        ["Crime type", "2022", "2023", top, "Change on"],
        [None, None, None, bottom, "2023"],
        ["Burglary (residential)", 812, 774, 701, "-9.4%"],
        ["Vehicle crime", 1390, 1452, 1318, "-9.2%"],
        ["Violence with injury", 2211, 2340, 2402, "+2.6%"],
        ["Shoplifting", 988, 1301, 1676, "+28.8%"],
    ]
    read = detect_rows(tmp_path / "split.xlsx", rows)
    assert (label, 1318) in figures(read)["Vehicle crime"]
    assert ("2024", 1318) not in figures(read)["Vehicle crime"]


@pytest.mark.parametrize(
    ("top", "bottom", "label"),
    [("2024", "12 months to Sep", "Oct 2023–Sep 2024"), ("2024", "Year to 31 March", "2023/24")],
)
def test_a_year_above_the_periods_words_reads_as_one_heading(
    tmp_path: Path, top: str, bottom: str, label: str
) -> None:
    rows = [
        ["Community Safety Partnership - recorded crime"],
        [],
        ["Crime type", "2022", "2023", top, "2023"],
        [None, None, None, bottom, "Change on"],
        ["Burglary (residential)", 812, 774, 701, "-9.4%"],
        ["Vehicle crime", 1390, 1452, 1318, "-9.2%"],
        ["Violence with injury", 2211, 2340, 2402, "+2.6%"],
    ]
    read = detect_rows(tmp_path / "year_above.xlsx", rows)
    assert (label, 1318) in figures(read)["Vehicle crime"]
    assert ("2024", 1318) not in figures(read)["Vehicle crime"]


def test_a_bracketed_mark_a_note_below_explains_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [["Rent collected (%) (a)", 97.1, 98.2], ["Calls answered (%) [1]", 88.0, 91.5]]
    notes = [[None], ["(a) Provisional figure."], ["[1] Definition changed in Q2."]]
    read = detect_rows(tmp_path / "marks.xlsx", [HEADING, *rows, *notes])
    assert sorted(figures(read)) == ["Calls answered (%)", "Rent collected (%)"]


def test_a_bracketed_letter_with_no_note_stays_in_the_name(tmp_path: Path) -> None:
    rows = [["Households in council tax band (b)", 1200, 1210], ["Calls answered (%)", 88.0, 91]]
    read = detect_rows(tmp_path / "marks.xlsx", [HEADING, *rows, [None], ["Source: CTB"]])
    assert "Households in council tax band (b)" in figures(read)


def test_a_row_pasted_twice_with_a_note_mark_on_one_is_still_the_same_indicator(
    tmp_path: Path,
) -> None:
    rows = [["Rent collected (%)", 97.1, 98.2], ["Rent collected (%) (a)", 97.1, 96.0]]
    notes = [[None], ["(a) Figures revised in Q2."]]
    read = detect_rows(tmp_path / "twice.xlsx", [HEADING, *rows, *notes])
    assert list(figures(read)) == ["Rent collected (%)"]

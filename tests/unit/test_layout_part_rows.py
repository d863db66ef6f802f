"""Breakdown rows directly under an indicator ('of which: upheld', 'Of these, ...',
'including ...'), with no code of their own, are parts of it, named after it; so are rows set
in under it (typed spaces or the cell's indent) where it has a code or the label stands under
other indicators too. A bare one-word label nothing ties to the row above is asked about."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment

from desktop.scorecard.layout import find
from desktop.scorecard.layout.part_rows import is_part
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "label",
    [
        "of which: upheld",
        "Of which upheld",
        "   of which - upheld",
        "- of which upheld",
        "Of these, upheld at stage 2",
        "of whom aged 65 or over",
        "including those placed out of area",
        "Incl. repeat referrals",
        "o'r rhain: wedi'u cadarnhau",
        "gan gynnwys atgyfeiriadau",
    ],
)
def test_breakdown_wordings_are_parts(label: str) -> None:
    assert is_part(label)


@pytest.mark.parametrize(
    "label",
    ["Households in temporary accommodation", "Income collected (%)", "Whichever is sooner"],
)
def test_other_names_are_not_parts(label: str) -> None:
    assert not is_part(label)


def test_breakdown_rows_are_named_after_the_indicator_above(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "parts.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["HL1", "Households owed a prevention duty", 210, 198, None],
            [None, "Of these, prevented within 56 days", 120, 131, None],
            [None, "Including those with children", 64, 70, None],
            ["HL2", "Households owed a relief duty", 150, 162, None],
            [None, "   of which: relieved", 71, 80, None],
            ["HL3", "Households in temporary accommodation", 88, 93, 90],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Households owed a prevention duty - Of these, prevented within 56 days"] == [
        ("Q1 2024/25", 120.0),
        ("Q2 2024/25", 131.0),
    ]
    assert found["Households owed a prevention duty - Including those with children"][1] == (
        "Q2 2024/25",
        70.0,
    )
    assert found["Households owed a relief duty - of which: relieved"][0] == ("Q1 2024/25", 71.0)
    assert found["Households owed a prevention duty"][0] == ("Q1 2024/25", 210.0)
    parts = [i for i in parsed.indicators if " - " in i.name]
    assert all(i.code is None for i in parts)
    assert any("a part of the indicator above" in line for line in parsed.explain)


def test_the_same_breakdown_under_two_indicators_is_two_measures(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "complaints.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["C1", "Stage 1 complaints", 300, 280],
            [None, "of which upheld", 70, 61],
            ["C2", "Stage 2 complaints", 40, 36],
            [None, "of which upheld", 9, 7],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Stage 1 complaints - of which upheld"][0] == ("Q1 2024/25", 70.0)
    assert found["Stage 2 complaints - of which upheld"][0] == ("Q1 2024/25", 9.0)


def test_a_breakdown_row_with_its_own_code_keeps_its_name(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "coded.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["F1", "FOI requests received", 400, 380],
            ["F1a", "of which answered in 20 days", 371, 352],
            ["F2", "Subject access requests received", 58, 64],
        ],
    )
    assert "of which answered in 20 days" in figures(parsed)


def test_a_breakdown_row_after_a_gap_is_not_taken_as_a_part(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "gap.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["F1", "FOI requests received", 400, 380],
            ["F2", "Subject access requests received", 58, 64],
            [],
            [None, "Including those about planning", 31, 28],
        ],
    )
    names = set(figures(parsed))
    assert not any(" - Including" in n for n in names)


def test_a_row_indented_under_a_coded_indicator_is_a_part(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "indented.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["CX1", "Complaints closed", 140, 151],
            [None, "    Upheld", 31, 40],
            [None, "    Not upheld", 109, 111],
            ["CX2", "Compliments received", 88, 93],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Complaints closed - Upheld"][0] == ("Q1 2024/25", 31.0)
    assert found["Complaints closed - Not upheld"][1] == ("Q2 2024/25", 111.0)
    assert found["Compliments received"][0] == ("Q1 2024/25", 88.0)


def test_an_indented_name_under_an_uncoded_indicator_keeps_its_name(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "uncoded.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Complaints closed", 140, 151],
            ["    Compliments received", 88, 93],
        ],
    )
    assert "Compliments received" in figures(parsed)


def _indented(
    path: Path, rows: Sequence[Sequence[object]], indents: dict[int, int]
) -> ParsedScorecard:
    """Rows written to a sheet 'Scorecard', the name cell (column B) of each row numbered in
    ``indents`` (1-based) set in by its format's alignment indent, and read."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(list(row))
    for number, levels in indents.items():
        sheet.cell(row=number, column=2).alignment = Alignment(indent=levels)
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"]


def test_the_cell_indent_is_read_from_the_format(tmp_path: Path) -> None:
    path = tmp_path / "indent.xlsx"
    _indented(
        path, [HEAD, ["H1", "Homes built", 40, 44, 50], [None, "Council", 10, 12, 15]], {3: 2}
    )
    assert read_workbook(path).sheets[0].indents == {(2, 1): 2}


@pytest.mark.parametrize(
    ("labels", "levels"),
    [
        (("Council", "Partners"), 2),
        (("In-house", "Commissioned"), 1),
        (("Male", "Female"), 3),
        (("Delivered by the council", "Delivered by registered providers"), 1),
    ],
)
def test_rows_set_in_by_their_format_under_a_coded_indicator_are_its_parts(
    tmp_path: Path, labels: tuple[str, str], levels: int
) -> None:
    first, second = labels
    parsed = _indented(
        tmp_path / "parts.xlsx",
        [
            HEAD,
            ["HSG01", "Affordable homes completed", 46, 38, 50],
            [None, first, 12, 0, 10],
            [None, second, 34, 38, 40],
            ["HSG02", "Households in temporary accommodation", 274, 291, 260],
        ],
        {3: levels, 4: levels},
    )
    assert not parsed.review, [r.line() for r in parsed.review]
    found = figures(parsed)
    assert found[f"Affordable homes completed - {first}"] == [
        ("Q1 2024/25", 12.0),
        ("Q2 2024/25", 0.0),
    ]
    assert found[f"Affordable homes completed - {second}"][1] == ("Q2 2024/25", 38.0)
    assert first not in found and second not in found
    assert found["Households in temporary accommodation"][0] == ("Q1 2024/25", 274.0)


def test_a_label_set_in_under_several_uncoded_totals_is_a_part_of_each(tmp_path: Path) -> None:
    parsed = _indented(
        tmp_path / "uncoded.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Affordable homes completed", 46, 38],
            ["Council", 12, 0],
            ["Partners", 34, 38],
            ["Anti-social behaviour incidents reported", 1412, 1538],
            ["Council", 488, 521],
            ["Partners", 924, 1017],
        ],
        {},
    )
    assert parsed.review  # not set in: the same label under two indicators is asked about
    rows: list[list[object]] = [
        ["Measure", "Q1 2024/25", "Q2 2024/25"],
        ["Affordable homes completed", 46, 38],
        ["   Council", 12, 0],
        ["   Partners", 34, 38],
        ["Anti-social behaviour incidents reported", 1412, 1538],
        ["Council", 488, 521],
        ["Partners", 924, 1017],
    ]
    book = Workbook()  # the second pair set in by the format, the first by typed spaces
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(row)
    for number in (6, 7):
        sheet.cell(row=number, column=1).alignment = Alignment(indent=1)
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    parsed = find.detect(read_workbook(path), explaining=True)
    assert not parsed.review, [r.line() for r in parsed.review]
    found = figures(parsed)
    assert found["Affordable homes completed - Council"][0] == ("Q1 2024/25", 12.0)
    assert found["Anti-social behaviour incidents reported - Partners"][1] == (
        "Q2 2024/25",
        1017.0,
    )


def test_rows_no_further_in_than_the_indicator_above_are_not_its_parts(tmp_path: Path) -> None:
    parsed = _indented(
        tmp_path / "level.xlsx",
        [
            HEAD,
            ["C1", "Complaints received", 300, 280, None],
            [None, "Compliments received in the quarter", 88, 93, None],
            ["C3", "Complaints answered on time (%)", 91, 88, 95],
        ],
        {2: 1, 3: 1, 4: 1},
    )
    assert "Compliments received in the quarter" in figures(parsed)


@pytest.mark.parametrize("label", ["Council", "Partners", "In-house"])
def test_a_bare_label_under_a_coded_indicator_is_asked_about(tmp_path: Path, label: str) -> None:
    parsed = detect_rows(
        tmp_path / "bare.xlsx",
        [
            HEAD,
            ["HSG01", "Affordable homes completed", 46, 38, 50],
            [None, label, 12, 0, 10],
            ["HSG02", "Households in temporary accommodation", 274, 291, 260],
        ],
    )
    lines = [r.line() for r in parsed.review]
    assert any(line.startswith("Scorecard!B3:") and label in line for line in lines), lines


def test_a_bare_label_set_in_under_an_uncoded_indicator_is_asked_about(tmp_path: Path) -> None:
    parsed = _indented(
        tmp_path / "bare_uncoded.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Affordable homes completed", 46, 38],
            ["Council", 12, 0],
            ["Households in temporary accommodation", 274, 291],
        ],
        {},
    )
    assert not parsed.review  # not set in, no code anywhere: a name like any other
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in (
        ["Measure", "Q1 2024/25", "Q2 2024/25"],
        ["Affordable homes completed", 46, 38],
        ["Council", 12, 0],
        ["Households in temporary accommodation", 274, 291],
    ):
        sheet.append(row)
    sheet.cell(row=3, column=1).alignment = Alignment(indent=2)
    path = tmp_path / "set_in.xlsx"
    book.save(path)
    parsed = find.detect(read_workbook(path), explaining=True)
    lines = [r.line() for r in parsed.review]
    assert any(line.startswith("Scorecard!A3:") and "Council" in line for line in lines), lines


def test_comparator_rows_set_in_under_each_indicator_stay_comparators(tmp_path: Path) -> None:
    parsed = _indented(
        tmp_path / "comparators.xlsx",
        [
            HEAD,
            ["CS1", "Re-referrals to children's social care (%)", 21.5, 22.0, 20],
            [None, "England", 21.0, 21.4, None],
            ["CS2", "Children in need per 10,000", 330, 341, None],
            [None, "England", 334, 343, None],
        ],
        {3: 1, 5: 1},
    )
    names = set(figures(parsed))
    assert not any("England" in name for name in names), names


def test_a_bare_label_with_no_figures_is_not_asked_about(tmp_path: Path) -> None:
    parsed = _indented(
        tmp_path / "hierarchy.xlsx",
        [
            HEAD,
            ["P1", "Thriving communities", None, None, None],
            [None, "Housing", None, None, None],
            ["HOU-01", "Affordable homes delivered", 38, 51, 50],
        ],
        {3: 1, 4: 2},
    )
    assert not any("Housing" in r.line() for r in parsed.review), parsed.review

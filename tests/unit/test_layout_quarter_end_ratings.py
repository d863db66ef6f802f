"""A quarter's rating column among month columns ('Q1 RAG' after Apr, May, Jun): where the
sheet says the quarter's rating is its end position, it rates the quarter's last month; with
nothing saying so it is asked about; a blank rating cell shaded like its heading is no
amber."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

MONTHS = ["Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024"]
PALE = "FFFFF2CC"
FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}


def _sheet(
    tmp_path: Path, note: str, rag_heading: str = "Q{q} RAG", shade_blanks: bool = False
) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Monthly KPI tracker 2024/25"])
    sheet.append([note])
    head: list[object] = ["Ref", "Measure", "Target"]
    for q in (1, 2):
        head += [*MONTHS[3 * (q - 1) : 3 * q], rag_heading.format(q=q)]
    sheet.append(head)
    rows = [
        ("K1", "Safeguarding enquiries on time (%)", 85, [82.1, 86.4, 88.0, 79.5, 81.2, 84.0],
         ["G", "A"]),
        ("K2", "Care plans reviewed (%)", 70, [58.2, 59.0, 60.4, 61.1, 62.5, 63.8], ["R", "A"]),
        ("K3", "Carers' assessments", 60, [58, 64, 71, 49, 55, 62], ["G", "G"]),
        ("K4", "Children on the register", None, [128, 131, 126, 119, 124, 133], [None, None]),
    ]  # fmt: skip
    for code, name, target, figures, rags in rows:
        line: list[object] = [code, name, target]
        for q in range(2):
            line += [*figures[3 * q : 3 * q + 3], rags[q]]
        sheet.append(line)
    rag_cols = (7, 11)
    for col in rag_cols:
        sheet.cell(row=3, column=col).fill = PatternFill("solid", start_color=PALE, end_color=PALE)
        for r in range(4, 8):
            cell = sheet.cell(row=r, column=col)
            colour = FILLS.get(str(cell.value)) or (PALE if shade_blanks else None)
            if colour:
                cell.fill = PatternFill("solid", start_color=colour, end_color=colour)
    book.save(tmp_path / "tracker.xlsx")
    return find.detect(read_workbook(tmp_path / "tracker.xlsx"), explaining=True)


def _rated(parsed: ParsedScorecard, code: str) -> dict[str, str | None]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return {o.period.label: o.rag for o in indicator.observations}


@pytest.mark.parametrize(
    "note",
    [
        "Quarter RAG: the position at the end of the quarter against the target.",
        "The quarterly RAG is based on the quarter-end figure.",
        "Q RAG reflects the last month of the quarter.",
        "Quarterly status = month 3 position.",
    ],
)
@pytest.mark.parametrize("shade", [False, True], ids=["plain", "shaded"])
def test_a_quarters_rating_rates_its_last_month_where_the_sheet_says_so(
    tmp_path: Path, note: str, shade: bool
) -> None:
    parsed = _sheet(tmp_path, note, shade_blanks=shade)
    assert not parsed.review
    assert _rated(parsed, "K1") == {
        "Apr 2024": None,
        "May 2024": None,
        "Jun 2024": "green",
        "Jul 2024": None,
        "Aug 2024": None,
        "Sep 2024": "amber",
    }
    # a blank rating cell shaded like its heading is no amber
    assert set(_rated(parsed, "K4").values()) == {None}


def test_a_heading_saying_quarter_end_is_enough(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, "", rag_heading="Q{q} RAG (quarter end)")
    assert not parsed.review
    assert _rated(parsed, "K2")["Sep 2024"] == "amber"


@pytest.mark.parametrize(
    "note", ["", "RAG: G = target met; A = within 10%; R = more than 10% off target."]
)
def test_a_quarters_rating_with_nothing_saying_what_it_rates_is_asked_about(
    tmp_path: Path, note: str
) -> None:
    parsed = _sheet(tmp_path, note)
    assert parsed.review
    assert all("RAG" in r.reason or "rat" in r.reason for r in parsed.review)


def test_a_quarters_rating_whose_last_month_is_blank_is_asked_about(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Quarter RAG: the position at the end of the quarter."])
    sheet.append(["Ref", "Measure", "Target", "Apr 2024", "May 2024", "Jun 2024", "Q1 2024/25 RAG"])
    sheet.append(["K1", "Safeguarding enquiries on time (%)", 85, 82.1, 86.4, 88.0, "G"])
    sheet.append(["K2", "Care plans reviewed (%)", 70, 58.2, 59.0, None, "R"])
    sheet.append(["K3", "Carers' assessments", 60, 58, 64, 71, "G"])
    book.save(tmp_path / "tracker.xlsx")
    parsed = find.detect(read_workbook(tmp_path / "tracker.xlsx"), explaining=True)
    assert [r.cell for r in parsed.review] == ["G4"]
    assert _rated(parsed, "K1")["Jun 2024"] == "green"

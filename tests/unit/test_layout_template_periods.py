"""A yearly template saved part-way through its year: the periods not yet reported show what
their formulas give over blank inputs (0, 0.0%, '#DIV/0!'), and a year column adds up the
periods so far. Those cells are no figures; a typed 0 always is one, and a formula's zero
between periods with figures is held for review."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook
from tests.unit.test_read_formula_cells import Cell, F, ods_book

DIV0 = "#DIV/0!"


def _letter(col: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[col]


def _xlsx(path: Path, rows: list[list[Cell]]) -> Path:
    """Save the rows; each F is written as its formula with its result saved beside it."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    formulas: dict[str, F] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, F):
                formulas[f"{_letter(c)}{r}"] = value
                value = value.result
            sheet.cell(r, c + 1, value)
    book.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _with_formulas(data.decode(), formulas).encode()
            zf.writestr(info, data)
    return path


def _with_formulas(xml: str, formulas: dict[str, F]) -> str:
    for ref, cell in formulas.items():
        found = re.search(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)', xml)
        assert found, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", found.group(1))
        if isinstance(cell.result, str):
            kind = ' t="e"' if cell.result.startswith("#") else ' t="str"'
            value = escape(cell.result)
        else:
            kind, value = "", repr(float(str(cell.result)))
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(cell.formula)}</f><v>{value}</v></c>'
        xml = xml[: found.start()] + new + xml[found.end() :]
    return xml


def _read(path: Path) -> ParsedScorecard:
    return detect(read_workbook(path))


def _figures(parsed: ParsedScorecard) -> dict[tuple[str, str], object]:
    return {
        (i.code or i.name, o.period.label): o.actual if o.actual is not None else o.actual_text
        for i in parsed.indicators
        for o in i.observations
    }


def _rated(parsed: ParsedScorecard) -> dict[tuple[str, str], str]:
    return {
        (i.code or i.name, o.period.label): o.rag
        for i in parsed.indicators
        for o in i.observations
        if o.rag
    }


def _at_q2(year_heading: str, quarters: tuple[str, ...]) -> list[list[Cell]]:
    """A yearly template at Quarter 2: Q3 and Q4 over blank inputs, the year column adding up."""
    return [
        ["Performance scorecard 2024/25 - Quarter 2"],
        [],
        ["Ref", "Measure", "Target", *quarters, year_heading, "RAG"],
        ["P1", "Planning applications decided on time", 0.85,
         F("ROUND(Input!C6/Input!D6,3)", 0.9), F("ROUND(Input!E6/Input!F6,3)", 0.88),
         F("ROUND(Input!G6/Input!H6,3)", DIV0), F("ROUND(Input!I6/Input!J6,3)", DIV0),
         F("ROUND(SUM(Input!C6:I6)/SUM(Input!D6:J6),3)", 0.89), F('IF(G4>=C4,"G","R")', "G")],
        ["P2", "Fly-tipping incidents", None,
         F("Input!C7", 312), F("Input!E7", 287), F("Input!G7", 0), F("Input!I7", 0),
         F("SUM(D5:G5)", 599), None],
        ["P3", "Families in B&B over 6 weeks", 0,
         F("Input!C8", 1), F("Input!E8", 0), F("Input!G8", 0), F("Input!I8", 0),
         F("SUM(D6:G6)", 1), F('IF(E6<=C6,"G","R")', "G")],
        ["P4", "Sickness days per FTE", 2,
         F("IFERROR(ROUND(Input!C9/Input!D9,1),0)", 2.1),
         F("IFERROR(ROUND(Input!E9/Input!F9,1),0)", 1.9),
         F("IFERROR(ROUND(Input!G9/Input!H9,1),0)", 0),
         F("IFERROR(ROUND(Input!I9/Input!J9,1),0)", 0),
         F("AVERAGE(D7:E7)", 2.0), F('IF(E7<=C7,"G","R")', "G")],
    ]  # fmt: skip


QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")


@pytest.mark.parametrize(
    ("year_heading", "quarters"),
    [
        ("Year end", QUARTERS),
        ("Outturn 2024/25", QUARTERS),
        ("Full year", ("Apr-Jun 2024", "Jul-Sep 2024", "Oct-Dec 2024", "Jan-Mar 2025")),
        ("Annual", ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25",
                    "Quarter 4 2024/25")),
    ],
)  # fmt: skip
@pytest.mark.parametrize("save", [_xlsx, ods_book])
def test_a_template_at_quarter_two_reads_the_quarters_reported(
    tmp_path: Path, year_heading: str, quarters: tuple[str, ...], save: object
) -> None:
    rows = _at_q2(year_heading, quarters)
    suffix = ".ods" if save is ods_book else ".xlsx"
    parsed = _read(save(tmp_path / f"q2{suffix}", rows))  # type: ignore[operator]
    figures = _figures(parsed)
    assert {p for _, p in figures} == {"Q1 2024/25", "Q2 2024/25"}, figures
    assert figures[("P3", "Q2 2024/25")] == 0  # a zero in a quarter reported stands
    assert figures[("P2", "Q2 2024/25")] == 287
    assert _rated(parsed) == {
        ("P1", "Q2 2024/25"): "green",
        ("P3", "Q2 2024/25"): "green",
        ("P4", "Q2 2024/25"): "green",
    }
    assert not parsed.review
    said = " ".join(parsed.warnings)
    assert "not yet reported" in said and "the template has not reached" in said


def test_a_template_at_quarter_one_reads_quarter_one_only(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [
        ["Ref", "Indicator", *QUARTERS, "Year end", "Status"],
        ["H1", "Homes let (number)", 41, F("Input!D2", 0), F("Input!E2", 0), F("Input!F2", 0),
         F("SUM(C2:F2)", 41), "Green"],
        ["H2", "Rent collected (%)", F("IFERROR(Input!C3/Input!G3,0)", 0.961),
         F("IFERROR(Input!D3/Input!G3,0)", 0), F("IFERROR(Input!E3/Input!G3,0)", 0),
         F("IFERROR(Input!F3/Input!G3,0)", 0), F("AVERAGE(C3:F3)", 0.24), "Amber"],
    ]  # fmt: skip
    parsed = _read(_xlsx(tmp_path / "q1.xlsx", rows))
    figures = _figures(parsed)
    assert set(figures) == {("H1", "Q1 2024/25"), ("H2", "Q1 2024/25")}, figures
    assert _rated(parsed) == {("H1", "Q1 2024/25"): "green", ("H2", "Q1 2024/25"): "amber"}


def test_a_monthly_template_at_december_leaves_out_january_to_march(tmp_path: Path) -> None:
    months = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24",
              "Dec-24", "Jan-25", "Feb-25", "Mar-25"]  # fmt: skip
    shown = [12, 15, 11, 9, 14, 13, 10, 12, 8]
    first: list[Cell] = [F(f"Data!{m}", v) for m, v in zip("BCDEFGHIJ", shown, strict=True)]
    rows: list[list[Cell]] = [
        ["Code", "Measure", *months, "Outturn 2024/25"],
        ["C1", "Complaints received", *first, F("Data!K2", 0), F("Data!L2", 0), F("Data!M2", 0),
         F("SUM(C2:N2)", sum(shown))],
        ["C2", "Complaints answered in 10 days", *[F("Data!B3", 7)] * 9, F("Data!K3", 0),
         F("Data!L3", 0), F("Data!M3", 0), F("SUM(C3:N3)", 63)],
    ]  # fmt: skip
    parsed = _read(_xlsx(tmp_path / "months.xlsx", rows))
    periods = {p for _, p in _figures(parsed)}
    assert len(periods) == 9 and not any("2025" in p for p in periods), periods
    assert not parsed.review


def test_a_typed_zero_is_a_figure_and_makes_its_quarter_reported(tmp_path: Path) -> None:
    rows = _at_q2("Year end", QUARTERS)
    rows[4][5] = 0  # P2's Q3 typed in as 0: the quarter has been reported
    parsed = _read(_xlsx(tmp_path / "q3.xlsx", rows))
    figures = _figures(parsed)
    assert figures[("P2", "Q3 2024/25")] == 0
    assert figures[("P3", "Q3 2024/25")] == 0  # a formula's 0 in a reported quarter stands
    assert not any(p == "Q4 2024/25" for _, p in figures)


def test_typed_zeros_in_a_sheet_without_formulas_are_read(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [
        ["Ref", "Measure", *QUARTERS, "Year end"],
        ["A1", "Accidents reported", 3, 2, 0, 0, 5],
        ["A2", "Claims upheld", 1, 0, 0, 0, 1],
    ]
    figures = _figures(_read(_xlsx(tmp_path / "typed.xlsx", rows)))
    assert figures[("A1", "Q4 2024/25")] == 0 and figures[("A1", "2024/25")] == 5
    assert len(figures) == 10


def test_a_template_at_quarter_three_keeps_its_three_quarters(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [
        ["Ref", "Measure", *QUARTERS, "Year end", "RAG"],
        ["B1", "Bins missed per 100,000", F("Input!B2", 41.5), F("Input!C2", 38.2),
         F("Input!D2", 0.0), F("IFERROR(Input!E2,0)", 0), F("SUM(C2:F2)/3", 26.6), "Green"],
        ["B2", "Recycling rate (%)", F("Input!B3", 0.51), F("Input!C3", 0.49),
         F("Input!D3", 0.47), F("Input!E3/Input!F3", DIV0), F("AVERAGE(C3:E3)", 0.49), "Red"],
    ]  # fmt: skip
    figures = _figures(_read(_xlsx(tmp_path / "q3.xlsx", rows)))
    assert set(figures) == {(c, p) for c in ("B1", "B2") for p in QUARTERS[:3]}, figures
    assert figures[("B1", "Q3 2024/25")] == 0  # Q3 is reported (B2 has its figure)


def test_a_quarter_of_formula_zeros_between_quarters_with_figures_is_held(
    tmp_path: Path,
) -> None:
    rows: list[list[Cell]] = [
        ["Ref", "Measure", *QUARTERS],
        ["K1", "Food inspections done", 120, F("Input!C2", 0), 131, F("Input!E2", 0)],
        ["K2", "Premises rated 5", 80, F("Input!C3", 0), 84, F("Input!E3", 0)],
    ]
    parsed = _read(_xlsx(tmp_path / "gap.xlsx", rows))
    lines = [item.line() for item in parsed.review]
    assert any(line.startswith("Scorecard!D2:") and "'Q2 2024/25'" in line for line in lines)
    assert ("K1", "Q4 2024/25") not in _figures(parsed)


@pytest.mark.parametrize("heading", ["YTD 2024/25", "Year to date 2024/25", "2024/25 YTD"])
def test_a_year_to_date_column_of_a_template_runs_to_the_latest_quarter(
    tmp_path: Path, heading: str
) -> None:
    figures = _figures(_read(_xlsx(tmp_path / "ytd.xlsx", _at_q2(heading, QUARTERS))))
    assert figures[("P2", "H1 2024/25")] == 599, figures  # April to September
    assert not any(p in ("2024/25", "Q3 2024/25") for _, p in figures)

"""Hidden working columns are not read (a reader sees none of them); a hidden column headed by a
period alone is the table's own figures, hidden for the print, and is read; hidden rows are too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import figures


def _detect(
    path: Path,
    rows: Sequence[Sequence[object]],
    hidden_cols: Sequence[str] = (),
    hidden_rows: Sequence[int] = (),
) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(list(row))
    for letter in hidden_cols:
        sheet.column_dimensions[letter].hidden = True
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _hidden_lines(parsed: ParsedScorecard) -> list[str]:
    return [w for w in parsed.warnings if "hidden in the sheet" in w]


def test_hidden_numerator_and_denominator_columns_are_left_out(tmp_path: Path) -> None:
    rows = [
        ["Performance indicators, 2024/25"],
        ["Code", "Indicator", "Apr-Jun numerator", "Apr-Jun denominator", "Q1 2024/25",
         "Jul-Sep numerator", "Jul-Sep denominator", "Q2 2024/25", "Target"],
        ["HC1", "Health checks received (%)", 210, 10000, 2.1, 190, 10000, 1.9, 2.0],
        ["BF1", "Breastfeeding at 6-8 weeks (%)", 600, 1300, 46.2, 650, 1330, 48.9, 48],
    ]  # fmt: skip
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("C", "D", "F", "G"))
    assert parsed.review == []
    assert figures(parsed) == {
        "Health checks received (%)": [("Q1 2024/25", 2.1), ("Q2 2024/25", 1.9)],
        "Breastfeeding at 6-8 weeks (%)": [("Q1 2024/25", 46.2), ("Q2 2024/25", 48.9)],
    }
    for indicator in parsed.indicators:
        assert all(o.numerator is None and o.denominator is None for o in indicator.observations)
    (line,) = _hidden_lines(parsed)
    assert line.startswith("Scorecard!C2: columns C 'Apr-Jun numerator', D ")
    assert "F 'Jul-Sep numerator', G 'Jul-Sep denominator' are hidden" in line
    assert "left out" in line
    assert any("C 'Apr-Jun numerator' -> left out (hidden" in e for e in parsed.explain)


def test_a_hidden_superseded_figure_and_lookup_key_are_not_read(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Warehouse ID", "Qtr 3 first cut", "Quarter 3 2024/25", "RAG"],
        ["R1", "Rent collected", "RENT_COLL", 96.0, 97.1, "Green"],
        ["R2", "Voids re-let in 28 days", "VOID_28", 61.0, 64.5, "Red"],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("C", "D"))
    assert parsed.review == []
    assert figures(parsed) == {
        "Rent collected": [("Q3 2024/25", 97.1)],
        "Voids re-let in 28 days": [("Q3 2024/25", 64.5)],
    }
    (line,) = _hidden_lines(parsed)
    assert "C 'Warehouse ID', D 'Qtr 3 first cut' are hidden" in line


def test_a_hidden_period_column_is_read_like_a_shown_one(tmp_path: Path) -> None:
    # an earlier month hidden to fit the page: still the table's own figure for that month
    rows = [
        ["Indicator", "Jan 2025", "Feb 2025", "Mar 2025", "Target"],
        ["Calls answered in 60 seconds (%)", 81, 84, 86, 85],
        ["Missed bin collections per 100,000", 41, 38, 35, 40],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("B",))
    assert parsed.review == []
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"Jan 2025", "Feb 2025", "Mar 2025"}
    assert not any("left out" in line for line in _hidden_lines(parsed))
    assert any(
        "column B is hidden in the sheet — imported all the same" in w for w in parsed.warnings
    )


def test_months_collapsed_under_quarter_totals_are_read_and_the_rating_is_the_quarters(
    tmp_path: Path,
) -> None:
    rows = [
        ["Housing KPIs 2024/25"],
        ["Ref", "Measure", dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1),
         dt.datetime(2024, 6, 1), "Q1 2024/25", dt.datetime(2024, 7, 1),
         dt.datetime(2024, 8, 1), dt.datetime(2024, 9, 1), "Q2 2024/25", "Target", "RAG"],
        ["H1", "Repairs on time (%)", 91.2, 92.8, 90.5, 91.5, 89.7, 88.4, 90.9, 89.7, 92, "Amber"],
        ["H2", "Homelessness approaches", 118, 131, 124, 373, 142, 137, 129, 408, None, None],
    ]  # fmt: skip
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("C", "D", "E", "G", "H", "I"))
    assert parsed.review == []
    got = figures(parsed)
    assert sorted(got["Homelessness approaches"]) == sorted([
        ("Apr 2024", 118), ("May 2024", 131), ("Jun 2024", 124), ("Q1 2024/25", 373),
        ("Jul 2024", 142), ("Aug 2024", 137), ("Sep 2024", 129), ("Q2 2024/25", 408),
    ])  # fmt: skip
    repairs = next(i for i in parsed.indicators if i.name.startswith("Repairs"))
    rated = {o.period.label: o.rag for o in repairs.observations if o.rag}
    assert rated == {"Q2 2024/25": "amber"}  # the quarter shown, not the month under it
    assert any(
        "columns C, D, E, G, H, I are hidden in the sheet — imported all the same" in w
        for w in parsed.warnings
    )


def test_hidden_marked_or_working_period_columns_stay_out(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q2 2024/25 (draft)", "Q2 num", "Q2 2024/25 prov", "Q2 2024/25"],
        ["R1", "Rent collected (%)", 96.0, 480, 96.5, 97.1],
        ["R2", "Voids re-let in 28 days (%)", 61.0, 61, 63.0, 64.5],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("C", "D", "E"))
    assert parsed.review == []
    assert figures(parsed) == {
        "Rent collected (%)": [("Q2 2024/25", 97.1)],
        "Voids re-let in 28 days (%)": [("Q2 2024/25", 64.5)],
    }
    (line,) = _hidden_lines(parsed)
    assert "C 'Q2 2024/25 (draft)', D 'Q2 num', E 'Q2 2024/25 prov' are hidden" in line


def test_hidden_commentary_is_not_read(tmp_path: Path) -> None:
    rows = [
        ["KPI", "Target", "Q2 2024/25", "Officer notes (internal)"],
        ["Complaints answered on time (%)", 90, 92.5, "chased service twice"],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("D",))
    (indicator,) = parsed.indicators
    assert [o.commentary for o in indicator.observations] == [None]
    assert len(_hidden_lines(parsed)) == 1


def test_hidden_rows_are_still_read_beside_hidden_columns(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Draft", "Q1 2024/25", "Q2 2024/25"],
        ["A1", "Applications decided in time (%)", 70, 88, 91],
        ["A2", "Appeals allowed (%)", 20, 24, 22],
        ["A3", "Enforcement cases closed", 50, 52, 57],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("C",), hidden_rows=(3,))
    assert figures(parsed)["Appeals allowed (%)"] == [("Q1 2024/25", 24), ("Q2 2024/25", 22)]
    assert len(parsed.indicators) == 3
    assert any("rows 3 are hidden" in w and "imported all the same" in w for w in parsed.warnings)


def test_a_hidden_column_with_no_heading_is_passed_over_quietly(tmp_path: Path) -> None:
    rows = [
        ["Indicator", None, "Q1 2024/25", "Q2 2024/25"],
        ["Fly-tipping cleared in 2 days (%)", 1, 95, 97],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows, hidden_cols=("B",))
    assert figures(parsed) == {
        "Fly-tipping cleared in 2 days (%)": [("Q1 2024/25", 95), ("Q2 2024/25", 97)]
    }
    assert _hidden_lines(parsed) == []


def test_a_visible_sheet_names_no_hidden_columns(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Q1 num", "Q1 2024/25"],
        ["Quit at 4 weeks (%)", 142, 53.0],
    ]
    parsed = _detect(tmp_path / "s.xlsx", rows)
    assert _hidden_lines(parsed) == []
    (indicator,) = parsed.indicators
    assert indicator.observations[0].numerator == 142

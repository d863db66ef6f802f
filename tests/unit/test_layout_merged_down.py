"""A target, 'Good is', rating or comment cell merged down over several measure rows is the value
of every row it covers (not the first row's alone); a section or blank row ends it; a target
merged over a count row and a percentage row goes to the row its unit fits, or to review."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook
from desktop.scorecard.read.workbook import read_workbook


def _read(
    rows: list[list[CellValue]],
    merged: list[tuple[int, int, int, int]],
    styles: dict[tuple[int, int], CellStyle] | None = None,
) -> ParsedScorecard:
    sheet = Sheet("Scorecard", rows, merged=merged, styles=styles or {})
    return detect(Workbook(path="/tmp/merged_down.xlsx", format="xlsx", sheets=[sheet]))


def _xlsx(tmp_path: Path, rows: list[list[CellValue]], merges: list[str]) -> ParsedScorecard:
    book = OpenpyxlWorkbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    path = tmp_path / "merged_down.xlsx"
    book.save(path)
    return detect(read_workbook(path))


def _by_code(parsed: ParsedScorecard) -> dict[str, ParsedIndicator]:
    return {i.code or i.name: i for i in parsed.indicators}


def _targets(indicator: ParsedIndicator) -> list[float | None]:
    return [o.target for o in indicator.observations]


def test_an_xlsx_target_and_good_is_merged_over_two_lettered_rows_is_each_rows(
    tmp_path: Path,
) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Good is", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
        ["H1a", "Quit rate at 4 weeks \u2013 men", "High", 51.8, 54.1, 55, "A"],
        ["H1b", "Quit rate at 4 weeks \u2013 women", None, 53.0, 56.7, None, "G"],
        ["H2", "New birth visits within 14 days", "High", 91.2, 89.6, 90, "R"],
    ]
    parsed = _xlsx(tmp_path, rows, ["C2:C3", "F2:F3"])
    assert not parsed.review, parsed.review
    found = _by_code(parsed)
    assert _targets(found["H1a"]) == [55.0, 55.0]
    assert _targets(found["H1b"]) == [55.0, 55.0]
    assert found["H1b"].polarity == "higher_is_better"
    assert found["H1b"].observations[-1].rag == "green"  # its own rating stays its own
    assert _targets(found["H2"]) == [90.0, 90.0]


def test_an_xlsx_target_rating_and_comment_merged_over_three_age_rows(tmp_path: Path) -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Polarity", "2024/25 Q3", "Target 2024/25", "Status", "Comment"],
        ["HC1", "Health Check take-up: aged 40-54", "Higher is better", 45.2, 50, "Amber",
         "Practices in the east are being targeted."],
        ["HC2", "Health Check take-up: aged 55-64", None, 49.1, None, None, None],
        ["HC3", "Health Check take-up: aged 65-74", None, 51.8, None, None, None],
    ]  # fmt: skip
    parsed = _xlsx(tmp_path, rows, ["C2:C4", "E2:E4", "F2:F4", "G2:G4"])
    assert not parsed.review, parsed.review
    for code in ("HC1", "HC2", "HC3"):
        indicator = _by_code(parsed)[code]
        (observation,) = indicator.observations
        assert observation.target == 50.0, code
        assert observation.rag == "amber", code
        assert observation.commentary == "Practices in the east are being targeted.", code
        assert indicator.polarity == "higher_is_better", code


def test_indented_sub_rows_under_a_merged_rating_each_take_it() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG rating"],
        ["Social contact as much as they would like", None, None, None, None],
        ["    aged 18 to 64", 45.8, 46.3, 45, "G"],
        ["    aged 65 and over", 44.9, 45.5, None, None],
        ["Delayed transfers of care (days)", 310.0, 290.0, 300, "R"],
    ]
    parsed = _read(rows, merged=[(2, 3, 3, 3), (2, 4, 3, 4)])
    assert not parsed.review, parsed.review
    rated = {
        i.name: (i.observations[-1].target, i.observations[-1].rag)
        for i in parsed.indicators
        if i.observations
    }
    young = next(k for k in rated if "18 to 64" in k)
    old = next(k for k in rated if "65 and over" in k)
    assert rated[young] == (45.0, "green")
    assert rated[old] == (45.0, "green")


def test_a_percent_target_over_a_count_row_and_a_percent_row_is_the_percent_rows() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Unit", "Good is", "Q2 2024/25", "Q3 2024/25", "Target"],
        ["CP1a", "Children subject to a second plan \u2013 number", "Number", "Low", 13, 8, 0.18],
        ["CP1b", "Children subject to a second plan \u2013 % of new plans", "%", None, 24.1, 16.0,
         None],
    ]  # fmt: skip
    styles = {(1, 6): CellStyle(number_format="0%")}
    parsed = _read(rows, merged=[(1, 3, 2, 3), (1, 6, 2, 6)], styles=styles)
    assert not parsed.review, parsed.review
    found = _by_code(parsed)
    assert _targets(found["CP1a"]) == [None, None]
    assert _targets(found["CP1b"]) == [18.0, 18.0]
    assert found["CP1a"].polarity == found["CP1b"].polarity == "lower_is_better"


def test_a_typed_percent_target_over_a_number_and_a_share_named_row() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q3 2024/25", "Target 2024/25"],
        ["Number of households in temporary accommodation", 212, "35%"],
        ["% of households in temporary accommodation placed in borough", 31.0, None],
    ]
    parsed = _read(rows, merged=[(1, 2, 2, 2)])
    assert not parsed.review, parsed.review
    targets = {i.name: _targets(i) for i in parsed.indicators}
    assert targets["Number of households in temporary accommodation"] == [None]
    assert targets["% of households in temporary accommodation placed in borough"] == [35.0]


def test_a_plain_target_over_a_count_and_a_percent_row_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Unit", "Q3 2024/25", "Target"],
        ["R1", "Repeat referrals to children's social care", "Number", 41, 20],
        ["R2", "Repeat referrals to children's social care", "%", 19.6, None],
    ]
    parsed = _read(rows, merged=[(1, 4, 2, 4)])
    assert any(item.cell == "E2" and "E2:E3" in item.reason for item in parsed.review), (
        parsed.review
    )


def test_a_merge_broken_by_a_section_row_stops_there() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Status"],
        ["Housing", None, None, None, None, None],
        ["HS1", "Homelessness cases prevented (%)", 61.0, 64.0, 60, "G"],
        ["HS2", "Households helped to stay in their home (%)", 58.0, 62.0, None, None],
        ["Planning", None, None, None, None, None],
        ["PL1", "Major applications decided in time (%)", 88.0, 92.0, None, None],
    ]
    parsed = _read(rows, merged=[(2, 4, 5, 4), (2, 5, 5, 5)])
    found = _by_code(parsed)
    assert _targets(found["HS1"]) == [60.0, 60.0]
    assert _targets(found["HS2"]) == [60.0, 60.0]
    assert found["HS2"].observations[-1].rag == "green"
    assert _targets(found["PL1"]) == [None, None]
    assert found["PL1"].observations[-1].rag is None


def test_a_merge_broken_by_a_blank_row_stops_there() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1 2024/25", "Target"],
        ["Calls answered within 60 seconds (%)", 81.0, 85],
        ["Emails answered within 5 days (%)", 92.0, None],
        [None, None, None],
        ["Complaints answered in time (%)", 77.0, None],
    ]
    parsed = _read(rows, merged=[(1, 2, 4, 2)])
    targets = {i.name: _targets(i) for i in parsed.indicators}
    assert targets["Calls answered within 60 seconds (%)"] == [85.0]
    assert targets["Emails answered within 5 days (%)"] == [85.0]
    assert targets["Complaints answered in time (%)"] == [None]


def test_a_percent_target_beside_a_row_of_no_stated_unit_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Unit", "Q3 2024/25", "Target", "Good is"],
        ["E1", "Young people not in education, employment or training", "Number", 212, "4%",
         "Low"],
        ["E2", "Young people whose activity is not known", None, 3.1, None, None],
    ]  # fmt: skip
    parsed = _read(rows, merged=[(1, 4, 2, 4), (1, 5, 2, 5)])
    assert any(item.cell == "E2" and "E2:E3" in item.reason for item in parsed.review), (
        parsed.review
    )


def test_good_is_merged_over_a_count_and_a_percent_row_is_both_rows() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Unit", "Q3 2024/25", "Good is"],
        ["D1", "Delayed discharges", "Number", 41, "Lower"],
        ["D2", "Delayed discharges", "%", 12.5, None],
    ]
    parsed = _read(rows, merged=[(1, 4, 2, 4)])
    assert not parsed.review, parsed.review
    assert {i.code: i.polarity for i in parsed.indicators} == {
        "D1": "lower_is_better",
        "D2": "lower_is_better",
    }

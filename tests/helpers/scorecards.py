"""Realistic council scorecards in the layouts performance teams use, written into tmp_path."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")

# (code, name, polarity, target, Q1..Q4 values (None = blank), RAG, DoT, commentary)
WIDE_ROWS: tuple[tuple[object, ...], ...] = (
    ("CS1", "% of child protection plans reviewed on time", "Higher is better", 95.0,
     (91.0, 93.5, 96.2, 97.0), "Green", "Improving", "Back on track after Q2 staffing gaps."),
    ("CS2", "Number of children looked after per 10,000", "Lower is better", 60.0,
     (64.0, 63.1, "*", 61.5), "Amber", "Improving", None),
    ("AS1", "Average days to complete a care assessment", "Lower is better", 28.0,
     (31.0, 35.5, 38.0, None), "Red", "Worsening", "Two vacancies in the assessment team."),
    ("EN1", "% of household waste recycled", "Higher is better", 50.0,
     (44.2, 45.0, "n/a", 47.9), "Amber", "Improving", None),
)  # fmt: skip


def _save(book: Workbook, path: Path) -> Path:
    book.save(path)
    return path


def wide_quarters(path: Path) -> Path:
    """Title rows, then Ref | Indicator | Polarity | Target | Q1..Q4 | RAG | DoT | Commentary."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Northshire County Council"])
    sheet.append(["Corporate performance scorecard, Quarter 4 2024/25"])
    sheet.append([])
    sheet.append(["Ref", "Indicator", "Polarity", "Target", *QUARTERS, "RAG", "DoT", "Commentary"])
    for code, name, polarity, target, values, rag, dot, comment in WIDE_ROWS:
        sheet.append([code, name, polarity, target, *values, rag, dot, comment])  # type: ignore[misc]
    sheet.append([])
    sheet.append(["* fewer than 5 cases, suppressed"])
    return _save(book, path)


# (portfolio, code, name, period, actual, target, rag, england, commentary)
LONG_ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's Services", "CS1", "% of plans reviewed on time", "Q1 2024/25", 91.0, 95.0, "A", 90.1, None),
    ("Children's Services", "CS1", "% of plans reviewed on time", "Q2 2024/25", 93.5, 95.0, "A", 90.4, None),
    ("Children's Services", "CS1", "% of plans reviewed on time", "Q3 2024/25", 96.2, 95.0, "G", 91.0, "Improved."),
    ("Adult Social Care", "AS1", "Days to complete an assessment", "Q1 2024/25", 31.0, 28.0, "R", 26.0, "Vacancies."),
    ("Adult Social Care", "AS1", "Days to complete an assessment", "Q2 2024/25", "c", 28.0, None, 26.4, None),
    ("Adult Social Care", "AS1", "Days to complete an assessment", "Q3 2024/25", None, 28.0, None, None, None),
)  # fmt: skip
LONG_HEADER = ("Portfolio", "PI Ref", "Measure", "Period", "Outturn", "Target", "RAG Status",
               "England average", "Narrative")  # fmt: skip


def long_layout(path: Path) -> Path:
    """One row per indicator per period, portfolio in a column."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Data"
    sheet.append(["Performance data extract"])
    sheet.append([])
    sheet.append(list(LONG_HEADER))
    for row in LONG_ROWS:
        sheet.append(list(row))
    return _save(book, path)


def long_csv(path: Path, rows: Sequence[Sequence[object]] = LONG_ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(LONG_HEADER)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def two_row_merged(path: Path) -> Path:
    """A period spanning Actual | Target | RAG sub-columns, merged across them."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    sheet.append(["Quarterly performance report"])
    sheet.append(["Code", "Indicator", "Q1 2024/25", None, None, "Q2 2024/25", None, None])
    sheet.append([None, None, "Actual", "Target", "RAG", "Actual", "Target", "RAG"])
    sheet.merge_cells("C2:E2")
    sheet.merge_cells("F2:H2")
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet.append(
        ["H1", "Households in temporary accommodation", 412, 380, "Red", 398, 380, "Amber"]
    )
    sheet.append(["H2", "% of homelessness cases prevented", 61.0, 55, "Green", 52.5, 55, "Amber"])
    return _save(book, path)


def sections(path: Path) -> Path:
    """Section rows naming the portfolio above the rows that belong to it."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Target", "Q3 2024/25", "Q4 2024/25", "RAG"])
    sheet.append(["Housing"])
    sheet.append(["HS1", "Average days to re-let council homes", 28, 25.2, 29.8, "Red"])
    sheet.append(["HS2", "Rent collected %", 98, 97.1, 98.4, "Green"])
    sheet.append(["Environment"])
    sheet.append(["EN1", "Missed bins per 100,000 collections", 40, 55, 41, "Amber"])
    return _save(book, path)


def per_portfolio_sheets(path: Path) -> Path:
    """A cover sheet, then one sheet per portfolio with the same columns."""
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Quarterly performance report to Overview and Scrutiny"])
    cover.append(["Contents: one sheet per portfolio"])
    for portfolio, rows in (
        ("Place", [("PL1", "Potholes repaired within 28 days %", 90, 0.87)]),
        ("People", [("PE1", "Adults supported at home %", 80, 0.82),
                    ("PE2", "Delayed discharges per 100,000 (lower is better)", 10, 0.12)]),
    ):  # fmt: skip
        sheet = book.create_sheet(portfolio)
        sheet.append(["KPI", "Description", "Target", "Actual Q4 2024/25"])
        for row in rows:
            sheet.append(list(row))
            sheet.cell(sheet.max_row, 4).number_format = "0%"
    notes = book.create_sheet("Notes")
    notes.append(["Indicator", "Definition"])
    notes.append(["PL1", "Category 1 potholes"])
    return _save(book, path)


def rag_fill_only(path: Path) -> Path:
    """The RAG column is empty: the status is only the cell's colour."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    sheet.append(["Indicator", "Target", "Q4 2024/25", "Status"])
    for name, target, value, colour in (
        ("Calls answered in 30 seconds %", 85, 88.2, GREEN),
        ("Complaints answered in 10 days %", 90, 84.0, AMBER),
        ("Missed bins per 100k", 40, 55, RED),
    ):
        sheet.append([name, target, value, None])
        sheet.cell(sheet.max_row, 4).fill = PatternFill("solid", fgColor=colour)
    return _save(book, path)


def rag_fill_disagrees(path: Path) -> Path:
    """RAG text says Green while the cell is red."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Indicator", "Target", "Actual", "RAG", "Period"])
    sheet.append(["Calls answered %", 85, 88.2, "Green", "Q4 2024/25"])
    sheet.cell(2, 4).fill = PatternFill("solid", fgColor=RED)
    return _save(book, path)


def percent_formats(path: Path) -> Path:
    """Fractions formatted as percentages, numbers as text with units and thousands."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Indicator", "Period", "Actual", "Target", "Numerator", "Denominator"])
    sheet.append(["Care leavers in education %", "Q2 2024/25", 0.54, 0.6, 27, 50])
    sheet.cell(2, 3).number_format = "0%"
    sheet.cell(2, 4).number_format = "0.0%"
    sheet.append(["Average wait", "Q2 2024/25", "12 days", "10 days", None, None])
    sheet.append(["Spend per head", "Q2 2024/25", "£1,234", "£1,200", None, None])
    return _save(book, path)


def benchmark_csv(path: Path) -> Path:
    """A public benchmark extract: several councils, England and a region, two years."""
    header = ["area_code", "area_name", "period", "indicator", "value"]
    rows = []
    for code, area, values in (
        ("E92000001", "England", (66.1, 66.0)),
        ("E12000002", "North West", (64.2, 64.5)),
        ("E08000009", "Trafford", (64.0, 67.7)),
        ("E08000003", "Manchester", (58.1, 59.0)),
        ("E08000006", "Salford", (60.2, 61.1)),
    ):
        for period, value in zip(("2015/16", "2016/17"), values, strict=True):
            rows.append([code, area, period, "Physically active adults (%)", value])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def definitions_only(path: Path) -> Path:
    """An indicator dictionary: code, name, polarity, description — no values."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dictionary"
    sheet.append(["Measure_code", "Measure", "Polarity", "Description"])
    sheet.append(["M1", "Pupils achieving grade 5+", "High", "Percentage of pupils"])
    sheet.append(["M2", "Persistent absence", "Low", "Percentage of sessions missed"])
    return _save(book, path)


def numbers_only(path: Path) -> Path:
    """A single column of numbers, no headings."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for value in (1, 2, 3, 4):
        sheet.append([value])
    return _save(book, path)


def big_long_xlsx(path: Path, indicators: int, periods: int) -> int:
    """A long-layout file of indicators x quarters; returns the observation count."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(["Ref", "Indicator", "Period", "Actual", "Target"])
    labels = [f"Q{q % 4 + 1} {2015 + q // 4}/{(16 + q // 4) % 100:02d}" for q in range(periods)]
    for i in range(indicators):
        for p, label in enumerate(labels):
            sheet.append([f"K{i:05d}", f"Measure {i}", label, float(i + p), 50.0])
    book.save(path)
    return indicators * periods


def corporate_report(path: Path) -> Path:
    """A typical corporate performance report: sections, bare quarter headings, holders, DoT."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q2 report"
    sheet.append(["Corporate Performance Report"])
    sheet.append(["Quarter 2, 2024/25"])
    sheet.append(["Ref", "Measure", "Portfolio Holder", "Service Area", "Frequency", "Polarity",
                  "2023/24 Outturn", "2024/25 Target", "Q1", "Q2", "Q3", "Q4", "Status",
                  "Direction of Travel", "Comments"])  # fmt: skip
    sheet.append(["Economy"])
    sheet.append(["EC1", "Business rates collected", "Cllr Smith", "Revenues", "Quarterly",
                  "Higher is better", 0.981, 0.985, 0.28, 0.551, None, None, "Amber",
                  "Improving", "Collection profile as expected"])  # fmt: skip
    for col in (7, 8, 9, 10):
        sheet.cell(sheet.max_row, col).number_format = "0.0%"
    sheet.append(["Communities"])
    sheet.append(["CM1", "Anti-social behaviour incidents", "Cllr Jones", "Community Safety",
                  "Quarterly", "Lower is better", 1450, 1400, 380, 402, None, None, None,
                  "Worsening", "Summer peak"])  # fmt: skip
    sheet.cell(sheet.max_row, 13).fill = PatternFill("solid", fgColor=RED)
    return _save(book, path)


def gar_letters(path: Path) -> Path:
    """A "G/A/R" letter column beside an "On target/Off target" status column."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "G/A/R", "Status"])
    sheet.append(["P1", "% of household waste recycled", 52, 55, 56, "A", "Off target"])
    sheet.append(["P2", "% of minor applications decided in 8 weeks", 84, 88, 80, "G", "On target"])
    sheet.append(["P3", "Days to remove fly-tips", 4, 6, 3, "R", "Off target"])
    return _save(book, path)


def welsh_pam(path: Path) -> Path:
    """A Welsh council table: PAM codes inside the name, Q1 2023-24 headings, Performance status."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Performance"
    sheet.append(["Performance Indicator", "Q1 2023-24", "Q2 2023-24", "Q3 2023-24", "Q4 2023-24",
                  "Target", "Performance status", "Direction of travel"])  # fmt: skip
    sheet.append(["PAM/012 Percentage of households successfully prevented from becoming homeless",
                  60.2, 58.1, 61.0, 64.3, 65, "Amber", "Improved"])  # fmt: skip
    sheet.append(["PAM/030 Percentage of waste reused, recycled or composted",
                  63.0, 64.1, 62.5, 61.9, 64, "Red", "Declined"])  # fmt: skip
    return _save(book, path)


def quarter_month_headings(path: Path) -> Path:
    """'Quarter 1 (Apr-Jun)' headings whose year is only in the title row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Quarterly Performance Report 2024/25"])
    sheet.append(["Ref", "Indicator", "Quarter 1 (Apr-Jun)", "Quarter 2 (Jul-Sep)", "Target",
                  "RAG", "Comments"])  # fmt: skip
    sheet.append(["B1", "% of major planning apps determined on time", 88, 91, 90, "Green",
                  "Improving"])  # fmt: skip
    sheet.append(["B2", "Sickness absence (days per FTE)", 2.3, 2.6, 2.0, "Red",
                  "Long-term cases"])  # fmt: skip
    return _save(book, path)


def qtr_headings(path: Path) -> Path:
    """'Qtr 1'..'Qtr 4' headings under a 'Performance Monitoring 2024-25' title, text percentages."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Performance Monitoring 2024-25"])
    sheet.append(["Ref", "Measure", "Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4", "Year End Target"])
    sheet.append(["R1", "% calls resolved first time", "85.0%", "87.5%", None, None, "90%"])
    sheet.append(["R2", "Complaints answered in 10 working days", "92%", "95%", None, None, "95%"])
    return _save(book, path)


def actual_then_quarter(path: Path) -> Path:
    """'Actual Q1', 'Actual Q2' headings with the year in a 'Year: 2024/25' title row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Year: 2024/25"])
    sheet.append(["Ref", "Indicator", "Target 2024/25", "Actual Q1", "Actual Q2", "Actual Q3",
                  "Status"])  # fmt: skip
    sheet.append(["E1", "% of FOIs answered in time", 0.9, 0.86, 0.88, 0.91, "Green"])
    for col in range(3, 7):
        sheet.cell(3, col).number_format = "0.0%"
    sheet.append(["E2", "Average days to process benefit changes", 8, 7.5, 9.1, 8.2, "Amber"])
    return _save(book, path)


def brag_column(path: Path) -> Path:
    """A 'BRAG' column (Blue for completed) beside England and statistical-neighbour columns."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["KPI", "Description", "2024/25 Q1", "2024/25 Q2", "Target", "England average",
                  "Statistical neighbours", "BRAG"])  # fmt: skip
    sheet.append(["ASC1", "% of people who use services who feel safe", 68.5, 70.1, 72, 69.2,
                  70.0, "Amber"])  # fmt: skip
    sheet.append(["ASC2", "Delayed transfers of care (days per 100,000)", 10.2, 8.1, 9, 11.0,
                  10.5, "Blue"])  # fmt: skip
    return _save(book, path)


def quarter_commentary(path: Path) -> Path:
    """A commentary column after each quarter: 'Q1 2024/25 | Q1 Commentary | Q2 2024/25 | ...'."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Q1 Commentary", "Q2 2024/25",
                  "Q2 Commentary", "Target"])  # fmt: skip
    sheet.append(["C1", "Children seen within timescale (%)", 88, "Staffing stable", 90,
                  "Improved after recruitment", 92])  # fmt: skip
    return _save(book, path)


def actual_target_rows(path: Path, *, repeat_name: bool = False) -> Path:
    """Each indicator on two rows, 'Actual' then 'Target', told apart by a 'Measure type' column."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Indicator", "Measure type", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"])
    for name, actuals, target in (
        ("% of calls answered in 60s", (81, 84, 79), 85),
        ("Average wait for OT assessment (days)", (40, 35, None), 28),
    ):
        sheet.append([name, "Actual", *actuals])
        sheet.append([name if repeat_name else None, "Target", target, target, target])
    return _save(book, path)


def code_dash_name(path: Path) -> Path:
    """One 'Indicator' column holding 'CP01 - name', text targets like '≥90%' and 'Maintain'."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"])
    sheet.append(["Corporate priorities"])
    sheet.append(["CP01 - % of repairs completed right first time", 88, 90, "≥90%", "Amber"])
    sheet.append(["CP02 - Number of empty homes brought back into use", 12, 15, "Maintain",
                  "Green"])  # fmt: skip
    sheet.append(["CP03 - Rent arrears (%)", 2.5, 2.7, "<3%", "Green"])
    return _save(book, path)


def quarter_ending_dates(path: Path) -> Path:
    """A long table whose 'Quarter ending' column holds real dates (30/06/2024, ...)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Long"
    sheet.append(["Code", "Indicator", "Quarter ending", "Actual", "Target", "RAG"])
    for day, actual, rag in ((dt.datetime(2024, 6, 30), 50, "Red"),
                             (dt.datetime(2024, 9, 30), 61, "Amber"),
                             (dt.datetime(2025, 3, 31), 70, "Green")):  # fmt: skip
        sheet.append(["Z1", "% early help assessments in 45 days", day, actual, 70, rag])
        sheet.cell(sheet.max_row, 3).number_format = "dd/mm/yyyy"
    return _save(book, path)


def quarter_month_asides(path: Path) -> Path:
    """'Year End 2023/24' beside 'Q1 (Apr-Jun 2024)', 'Q2 (Jul-Sep 2024)' headings."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Year End 2023/24", "Q1 (Apr-Jun 2024)", "Q2 (Jul-Sep 2024)",
                  "Target", "RAG"])  # fmt: skip
    sheet.append(["M1", "% of new homes that are affordable", 31.0, 28.5, 33.0, 30, "Green"])
    return _save(book, path)


def short_year_headings(path: Path) -> Path:
    """'23/24 Outturn | Q1 | Q2 | 24/25 Target': short financial years beside field words."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Measure", "23/24 Outturn", "Q1", "Q2", "24/25 Target", "RAG"])
    sheet.append(["HB1", "Average days to process new claims", 21.0, 19.0, 23.0, 20, "Red"])
    sheet.append(["HB2", "% of council tax collected", 96.8, 28.9, 55.0, 97, "Green"])
    return _save(book, path)


def aim_words(path: Path) -> Path:
    """An 'Aim' column written as sentences: 'Aim to increase', 'Lower is good', 'Bigger'."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Aim", "Q1 2024/25", "Target"])
    sheet.append(["AW1", "Visits to libraries", "Aim to increase", 10500, 10000])
    sheet.append(["AW2", "Households in temporary accommodation", "Lower is good", 310, 300])
    sheet.append(["AW3", "Apprenticeships started", "Higher is good", 14, 20])
    sheet.append(["AW4", "Missed bins per 100,000", "Aim to reduce", 48, 50])
    return _save(book, path)


def rate_with_counts(path: Path) -> Path:
    """Percentages written with the counts behind them: '92% (45/49)', '88% (44 of 50)'."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"])
    sheet.append(["RC1", "% of assessments completed in 45 days", "92% (45/49)", "88% (44 of 50)",
                  "90%"])  # fmt: skip
    return _save(book, path)


def grouped_targets(path: Path) -> Path:
    """Merged 'Performance' and 'Targets' group headings over dated columns."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append([None, None, "Performance", None, None, "Targets", None])
    sheet.merge_cells("C1:E1")
    sheet.merge_cells("F1:G1")
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q3 2024/25",
                  "2024/25"])  # fmt: skip
    sheet.append(["G1", "% of calls answered", 80, 85, 88, 90, 92])
    return _save(book, path)


def repeated_header(path: Path) -> Path:
    """Two tables on one sheet, the second under its own title and a repeat of the heading row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    heading = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"]
    sheet.append(["Strategic indicators"])
    sheet.append(heading)
    sheet.append(["S1", "% residents satisfied", 70, 72, 75, "Amber"])
    sheet.append([])
    sheet.append(["Operational indicators"])
    sheet.append(heading)
    sheet.append(["O1", "Calls answered in 60s (%)", 80, 82, 85, "Amber"])
    return _save(book, path)


def year_and_month_columns(path: Path) -> Path:
    """A long CSV with a 'Financial Year' column (2024/25) and a 'Month' column (January)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Financial Year", "Month", "Indicator", "Actual", "Target"])
        for month, value in (("April", 10), ("December", 12), ("January", 13), ("March", 15)):
            writer.writerow(["2024/25", month, "Missed bins", value, 12])
    return path


def year_in_sheet_name(path: Path) -> Path:
    """Bare 'Q1', 'Q2' headings on a sheet named '2024-25' with no title rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2024-25"
    sheet.append(["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"])
    sheet.append(["B1", "% calls answered", 80, 85, 90, "Amber"])
    return _save(book, path)


def bare_quarters(path: Path) -> Path:
    """Bare 'Q1', 'Q2' headings with no year on the sheet (the file's name gives it)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"])
    sheet.append(["B1", "% calls answered", 80, 85, 90, "Amber"])
    return _save(book, path)


def welsh_headings(path: Path) -> Path:
    """A Welsh-language table: Cyfeirnod | Dangosydd | Chwarter 1 2024-25 | Targed | Statws."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Perfformiad"
    sheet.append(["Cyfeirnod", "Dangosydd", "Chwarter 1 2024-25", "Chwarter 2 2024-25", "Targed",
                  "Statws", "Sylwadau"])  # fmt: skip
    sheet.append(["PAM/012", "Canran yr aelwydydd", 60.2, 58.1, 65, "Ambr", "Galw uchel"])
    return _save(book, path)


def two_tables_on_a_sheet(path: Path) -> Path:
    """A committee appendix: one table per portfolio on one sheet, each with its own headings,
    starting in column B, with a hidden row, a percent format and a RAG by fill colour."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Appendix A"
    rows: list[list[object]] = [
        ["Corporate performance report, Quarter 2 2024/25"],
        [],
        ["Children's Services"],
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
        ["CS01", "Children looked after per 10,000", 71.2, 73.5, 70, "Amber"],
        ["CS02", "Care leavers in education, employment or training", 0.52, 0.49, 0.6, None],
        ["CS03", "Single assessments within 45 days", 0.88, 0.91, 0.85, "Green"],
        [],
        ["Adult Social Care"],
        [],
        ["Indicator", "Code", "Target 2024/25", "Quarter 1", "Quarter 2", "Status"],
        ["Delayed transfers of care (days)", "ASC1", 12, 14, 11, "On track"],
        ["Admissions to care homes 65+ per 100,000", "ASC2", 600, 640, 655, "Off track"],
        ["Source: adult social care client record"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=2):
            sheet.cell(r, c, value)
    for r in (6, 7):
        for c in (4, 5, 6):
            sheet.cell(r, c).number_format = "0%"
    sheet.cell(6, 7).fill = PatternFill("solid", fgColor=RED)
    sheet.row_dimensions[7].hidden = True
    return _save(book, path)


def transposed(path: Path) -> Path:
    """A statistics-release table: an indicator per column, a period per row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Measures"
    sheet.append(["Health and Wellbeing: quarterly measures"])
    sheet.append([])
    sheet.append(["Code", "HW1", "HW2", "HW3"])
    sheet.append(["Indicator", "Smoking prevalence", "Active adults", "Conceptions per 1,000"])
    sheet.append(["Target", 0.12, 0.65, 14])
    sheet.append(["Q1 2024/25", 0.121, 0.64, 14.2])
    sheet.append(["Q2 2024/25", 0.118, 0.655, 13.9])
    sheet.append(["Q3 2024/25", 0.115, "n/a", 13.1])
    for r in range(5, 9):
        for c in (2, 3):
            sheet.cell(r, c).number_format = "0.0%"
    return _save(book, path)


def withdrawn_and_defined(path: Path) -> Path:
    """Names with their definitions below them in the cell, targets with a tolerance, and a
    withdrawn indicator's row struck through."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Resources"
    sheet.append(["Ref", "Measure", "Target", "Q1 2024/25", "Q2 2024/25"])
    for row in (
        ["RS1", "Budget variance\nForecast outturn against the net revenue budget, as a share.",
         "0% (+/- 1%)", 1.4, 0.6],
        ["RS2", "Invoices paid on time\nUndisputed invoices paid within 30 days of receipt (%)",
         "95%", 93.2, 96.1],
        ["RS3", "Supplier payment days\nAverage days taken to pay suppliers on 14-day terms",
         "14 days \u00b11", 15.5, 14.2],
        ["RS4", "Agency spend\nSpend on agency staff as a share of the pay bill (%)",
         "8% tolerance 1", 9.4, 8.8],
    ):  # fmt: skip
        sheet.append(row)
    for column in range(1, 6):
        sheet.cell(row=4, column=column).font = Font(strike=True)
    return _save(book, path)


def cards(path: Path) -> Path:
    """A dashboard of cards: name, then Actual/Target/Status beside their values."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dashboard"
    sheet["A1"] = "Performance dashboard — Quarter 2 2024/25"
    tiles = (
        ("Households in temporary accommodation", 412, 380, "Red"),
        ("Council tax collected", 0.573, 0.58, "Amber"),
        ("Missed bins per 100,000 collections", 41, 60, "Green"),
        ("Planning applications decided in time", 0.92, 0.9, None),
    )
    for k, (name, actual, target, rag) in enumerate(tiles):
        r, c = 3 + (k // 2) * 6, 1 + (k % 2) * 4
        sheet.cell(r, c, name)
        sheet.cell(r + 1, c, "Actual")
        sheet.cell(r + 1, c + 1, actual)
        sheet.cell(r + 2, c, "Target")
        sheet.cell(r + 2, c + 1, target)
        sheet.cell(r + 3, c, "Status")
        sheet.cell(r + 3, c + 1, rag)
        if isinstance(actual, float):
            sheet.cell(r + 1, c + 1).number_format = "0.0%"
            sheet.cell(r + 2, c + 1).number_format = "0%"
    sheet.cell(13, 6).fill = PatternFill("solid", fgColor=GREEN)
    return _save(book, path)

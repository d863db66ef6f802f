"""A dashboard template whose quarter is chosen in a drop-down cell, its columns headed relatively."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Dashboard"
HEAD_ROW = 6
CURRENT, PREVIOUS, LAST_YEAR = "Q2 2024/25", "Q1 2024/25", "Q2 2023/24"
CHOICES = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "Rate": "rate"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
INPUT = PatternFill(fill_type="solid", start_color="FFFFFF99", end_color="FFFFFF99")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: ref, measure, unit, good is, current quarter,
# previous quarter, same quarter last year, year-end target, RAG, trend, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care",),
    ("ASC01", "Older people still at home 91 days after discharge from hospital into reablement",
     "%", "High", 82.4, 80.1, 79.8, 82, "Green", "\u2191 Improving", None),
    ("ASC02", "New requests for support resulting in no further support or universal services",
     "%", None, 71.6, 69.9, 73.2, "\u2013", None, None,
     "Context measure: no target."),
    ("ASC03", "Adults receiving self-directed support who receive direct payments",
     "%", "High", 27.8, 28.3, 29.1, 30, "Amber", "\u2193 Worsening",
     "Two direct payment support providers left the market in July."),
    ("ASC04", "Adults with learning disabilities in paid employment",
     "%", "High", 5.9, 5.6, 5.1, 6.5, "Amber", "\u2191 Improving", None),
    ("ASC05", "Average days from first contact to completed Care Act assessment",
     "Days", "Low", 31.5, 34.8, 41.2, 28, "Red", "\u2191 Improving",
     "Backlog reduced by agency social workers; recruitment ongoing."),
    ("ASC06", "People waiting for a Care Act assessment (quarter end)",
     "No.", "Low", 412, 455, 538, 350, "Red", "\u2191 Improving", None),
    ("ASC07", "Safeguarding enquiries where the desired outcomes were fully or partly achieved",
     "%", "High", 94.6, 95.8, 93.0, 95, "Amber", "\u2193 Worsening", None),
    ("ASC08", "Hospital discharges on the day the person was medically ready",
     "%", "High", 61.3, 58.7, "n/a", 65, "Amber", "\u2191 Improving",
     "New measure for 2024/25 under the Better Care Fund plan."),
    ("Public Health",),
    ("PH01", "NHS Health Checks received by those offered one",
     "%", "High", 46.2, 44.0, 41.5, 50, "Amber", "\u2191 Improving", None),
    ("PH02", "Successful completions of drug treatment \u2013 opiate users",
     "%", "High", 5.1, 5.4, 4.8, 6.0, "Red", "\u2193 Worsening",
     "New provider mobilised 1 July; data cleansing under way."),
    ("PH03", "Smokers who have quit at 4 weeks (per 100,000 smokers)",
     "Rate", "High", None, 612, 587, 650, "Amber", None,
     "Reported one quarter in arrears: Quarter 1 is the latest available."),
    ("PH04", "Children receiving two doses of MMR vaccine by age 5",
     "%", "High", 86.9, 87.4, 88.1, 95, "Amber", "\u2193 Worsening", None),
    ("PH05", "Chlamydia detection rate among 15 to 24 year olds (per 100,000)",
     "Rate", "High", "Not available", 1544, 1702, "\u2013", None, None,
     "UKHSA publication delayed."),
    ("Commissioning and Quality",),
    ("CQ01", "Care homes in the county rated Good or Outstanding by CQC",
     "%", "High", 78.3, 77.9, 74.6, 80, "Amber", "\u2191 Improving", None),
    ("CQ02", "Home care hours delivered as a share of hours commissioned",
     "%", "High", 96.4, 97.1, 93.8, 98, "Amber", "\u2193 Worsening", None),
    ("CQ03", "Adult social care complaints upheld or partly upheld",
     "%", "Low", 38.5, 41.0, 44.4, 40, "Green", "\u2191 Improving", None),
    ("CQ04", "Carers' assessments and reviews completed",
     "No.", None, 286, 301, 254, "\u2013", None, None, "Monitored only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's adult social care and health dashboard template.

    The kind of quarterly dashboard a county council's adults and health
    performance team keeps as one reusable template for the Adults and Health
    Scrutiny Committee: at the top a 'Reporting quarter:' cell that is a
    drop-down (a data-validation list drawn from a hidden 'Lists' sheet of
    the four quarters of 2024/25), showing 'Q2 2024/25', and a title that
    names no period. The table's period headings are generic: 'Current
    quarter', 'Previous quarter', 'Same quarter last year', then 'Year-end
    target', a filled RAG word, 'Trend' (an arrow and a word, against the
    previous quarter) and commentary, with Ref, Measure, Unit and 'Good is'
    (High/Low) in front and shaded sections. The figures were pasted as
    values from the performance system before the file was circulated.

    A careful reader dates the columns from the selector: Q2 2024/25, Q1
    2024/25 and Q2 2023/24. The year-end target is 2024/25's, so it belongs
    to the two 2024/25 quarters and not to last year's quarter; the RAG goes
    on the current quarter, or on the previous one where the current is
    blank (a smoking measure a quarter in arrears). Trend is not a figure.
    An 'n/a' last year for a new measure, a 'Not available' current quarter
    for chlamydia detection, and two monitored measures with a dash target
    and no rating or 'Good is'. Units and polarity as the columns state.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Adults and Health \u2013 Quarterly Performance Dashboard")
    sheet["A2"] = "Adults and Health Scrutiny Committee"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Reporting quarter:"
    sheet["A3"].font = Font(bold=True)
    sheet["C3"] = CURRENT
    sheet["C3"].fill = INPUT
    sheet["C3"].font = Font(bold=True)
    sheet["C3"].border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    sheet["A4"] = "Choose the quarter from the drop-down in C3; paste the system extract as values."
    sheet["A4"].font = Font(size=9, italic=True, color="FF808080")
    lists = book.create_sheet("Lists")
    lists["A1"] = "Quarter"
    for j, label in enumerate(CHOICES, start=2):
        lists.cell(row=j, column=1, value=label)
    lists.sheet_state = "hidden"
    picker = DataValidation(
        type="list", formula1=f"Lists!$A$2:$A${len(CHOICES) + 1}", allow_blank=False
    )
    picker.promptTitle = "Reporting quarter"
    picker.prompt = "Select the quarter being reported"
    picker.showInputMessage = True
    sheet.add_data_validation(picker)
    picker.add("C3")
    heads = ["Ref", "Measure", "Unit", "Good is", "Current quarter", "Previous quarter",
             "Same quarter last year", "Year-end target", "RAG", "Trend", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, current, previous, last_year, target, rag, _trend, _note = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(3, 11):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if col in (5, 6, 7, 8):
                cell.number_format = "#,##0" if unit in ("No.", "Rate") else "0.0"
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        goal = num(target)
        status = RAG[str(rag)] if rag else None
        latest = CURRENT if current is not None else PREVIOUS
        for period, value, aim in (
            (LAST_YEAR, last_year, None),
            (PREVIOUS, previous, goal),
            (CURRENT, current, goal),
        ):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    code,
                    label,
                    period,
                    num(value),
                    text_of(value),
                    aim,
                    status if period == latest else None,
                )
            )
        exp.add_meta(code, label, POLARITY.get(str(good)), UNIT[str(unit)])
        row += 1
    notes = (
        "Current quarter: the quarter selected in C3. Previous quarter: the quarter before it. "
        "Same quarter last year: the selected quarter one year earlier.",
        "RAG compares the current quarter with the year-end target (the latest quarter "
        "available where a measure is reported in arrears). Green: target met; Amber: within "
        "10%; Red: more than 10% away. Trend compares with the previous quarter.",
        "\u2013 no target set (monitored only).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 66, "C": 8, "D": 8, "E": 11, "F": 11, "G": 12, "H": 11, "I": 9,
              "J": 14, "K": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""A Google Sheets tracker downloaded as .xlsx: figures stored as text ('78%', '1,204', '£312,450'), a dropdown status."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "Tracker 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
CHOICES = ("On track", "At risk", "Off track", "No data")
STATUS: dict[str, Rag | None] = {
    "On track": "green",
    "At risk": "amber",
    "Off track": "red",
    "No data": None,
}
UNIT = {"%": "%", "Days": "days", "No.": "number", "£": "£"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
ARIAL = Font(name="Arial", size=10)
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFCFE2F3", end_color="FFCFE2F3")
FIRST = 5  # first KPI row; the heading row is 4

# ref, KPI, service, unit, better if, target, Q1, Q2, Q3, status (Q3), notes.
# A str is what is in the cell as text (the column was set to 'Plain text' in Google Sheets);
# a float is a real number, shown through a percent format in a % row.
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS1", "Calls answered within 3 minutes", "Customer Services", "%", "Higher",
     "85%", "78%", "81.5%", "86% ", "On track", "New telephony queue messages from October."),
    ("CS2", "Customer contacts completed online", "Customer Services", "%", "Higher",
     "60%", "54%", "57%", "58.5%", "At risk", None),
    ("RB1", "Average days to process new Housing Benefit / CTR claims", "Revenues & Benefits",
     "Days", "Lower", "20", "22.3", "19.6 days", "18.9", "On track", None),
    ("RB2", "Average days to process changes of circumstances", "Revenues & Benefits", "Days",
     "Lower", 8.0, 7.2, 6.9, 9.4, "Off track", "Year-end uprating work started early (c. 1,900 cases)."),
    ("PL1", "Major planning applications decided in 13 weeks or agreed time", "Planning", "%",
     "Higher", "65%", "100%", "83.3%", "75%", "On track", "3 of 4 majors in time in Q3."),
    ("PL2", "Planning enforcement cases closed", "Planning", "No.", "Higher",
     "n/a", "112", "98", "131", None, "Monitoring only."),
    ("WR1", "Household waste sent for reuse, recycling and composting", "Waste & Recycling",
     "%", "Higher", "58%", "60.2%", "59.1%", "tbc", "No data", "Q3 awaiting Essex CC tonnages."),
    ("WR2", "Fly-tipping incidents reported", "Waste & Recycling", "No.", "Lower",
     "n/a", "1,204", "1,156", "987", None, None),
    ("HS1", "Households in temporary accommodation (end of quarter)", "Housing", "No.", "Lower",
     "45", "38", "47", "52", "Off track", "Two hotel placements ended in January."),
    ("HS2", "Households prevented from becoming homeless", "Housing", "No.", "Higher",
     "40", "44", "36", "41", "On track", None),
    ("FN1", "Undisputed invoices paid within 30 days", "Finance", "%", "Higher",
     0.95, 0.962, 0.948, 0.971, "On track", None),
    ("FN2", "Car parking income", "Finance", "£", "Higher",
     "£300,000", "£312,450", "£298,120", "£287,900", "At risk", "Christmas trading down on 2023."),
    ("HR1", "Sickness absence - days lost per FTE in the quarter", "HR", "Days", "Lower",
     "2.0", "2.3", "1.9", "2.6", "Off track", None),
    ("LE1", "Visits to Blackwater Leisure Centre", "Leisure", "No.", "Higher",
     "95,000", "101,220", "97,840", "88,310", "Off track", "Pool closed 3 weeks in November (plant failure)."),
)  # fmt: skip

HEADER = ["Ref", "KPI", "Service", "Unit", "Better if", "Target 24/25", "Q1 (Apr-Jun)",
          "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)", "Status", "Notes"]  # fmt: skip

_NUMBER = re.compile(r"^£?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%| days)?$")


def _reading(value: object) -> tuple[float | None, str | None]:
    """What a careful reader records from a cell: (figure in points, or the text it said)."""
    if isinstance(value, float | int):
        return float(value), None
    text = str(value).strip()
    match = _NUMBER.match(text)
    if match is None:
        return None, text
    return float(match.group(1).replace(",", "")), None


def build(path: Path) -> Expected:
    """Imitates a district council's corporate performance tracker kept in Google Sheets.

    Maldon-style: the Performance & Insight officer shares a Google Sheet,
    each service types its own row, and the sheet is downloaded as .xlsx
    ('File > Download > Microsoft Excel') for the committee pack. A title,
    a 'Last updated …' line, a blank row, then the heading row, frozen with
    the Ref and KPI columns. The figure and target columns were set to
    'Plain text' long ago, so most figures are stored as text exactly as
    typed: '78%', '81.5%', '86% ' (a trailing space), '1,204', '£312,450',
    '19.6 days', '95,000'; only the finance team's rows hold real numbers
    (one under Google's default '0.00%' format, days as plain numbers). The
    Status column is a Google dropdown (data validation from a 'Lists'
    tab: On track, At risk, Off track, No data) coloured by conditional
    formatting; the key is typed under the table. Quarter headings are
    'Q1 (Apr-Jun)'..'Q4 (Jan-Mar)' with the year in the title and the tab
    name; Q4 is empty. Unit and 'Better if' columns state each KPI's unit
    and direction.

    A careful reader reads the text figures as the numbers they show
    (percentages in points, commas and '£' dropped, '19.6 days' as 19.6),
    'tbc' as what that cell said, the quarters as Q1..Q3 2024/25 (the
    title says 2024/25), the 'Target 24/25' for every quarter (a target
    'n/a' is none), and the status as the Q3 rating: On track green, At
    risk amber, Off track red, No data no rating; a blank status is none.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Corporate Performance Tracker 2024/25"
    sheet["A1"].font = Font(name="Arial", size=12, bold=True)
    sheet["A2"] = (
        "Last updated: 16/01/2025 by Performance & Insight (Q3 figures added). "
        "Please add comments rather than editing other services' rows."
    )
    sheet["A2"].font = Font(name="Arial", size=10, italic=True, color="FF666666")
    put_row(sheet, 4, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=4, column=col)
        cell.font = Font(name="Arial", size=10, bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, kpi, service, unit, better, target, *figures, status, note) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, kpi, service, unit, better, target, *figures, None,
                                status, note])  # fmt: skip
        for col in range(1, len(HEADER) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.font = ARIAL
            if col in (6, 7, 8, 9, 10):
                if isinstance(cell.value, float):
                    cell.number_format = "0.00%" if unit == "%" else "General"
                else:
                    cell.number_format = "@"  # 'Plain text' in Google Sheets
                    cell.alignment = Alignment(horizontal="right")
        scale = 100.0 if unit == "%" else 1.0
        goal, _ = _reading(target)
        if goal is not None and isinstance(target, float) and unit == "%":
            goal = round(goal * scale, 6)
        code, name = str(ref), str(kpi)
        for k, (quarter, value) in enumerate(zip(QUARTERS, figures, strict=False)):
            actual, text = _reading(value)
            if actual is not None and isinstance(value, float) and unit == "%":
                actual = round(actual * scale, 6)
            rag = STATUS[str(status)] if k == 2 and status is not None else None
            exp.observations.append(Obs(code, name, quarter, actual, text, goal, rag))
        exp.add_meta(code, name, POLARITY[str(better)], UNIT[str(unit)])
    last = FIRST + len(ROWS) - 1
    status_range = f"K{FIRST}:K{last}"
    check = DataValidation(type="list", formula1="Lists!$A$2:$A$5", allow_blank=True)
    check.add(status_range)
    sheet.add_data_validation(check)
    for word, colour in (("On track", "FFB7E1CD"), ("At risk", "FFFCE8B2"),
                         ("Off track", "FFF4C7C3"), ("No data", "FFE8EAED")):  # fmt: skip
        shade = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        sheet.conditional_formatting.add(
            status_range,
            FormulaRule(formula=[f'NOT(ISERROR(SEARCH("{word}",K{FIRST})))'], fill=shade),
        )
    key = last + 2
    sheet.cell(row=key, column=1, value="Status key").font = Font(name="Arial", size=10, bold=True)
    lines = (
        "On track = at or better than target",
        "At risk = within 5% of target",
        "Off track = more than 5% away from target",
        "No data = figure not available yet",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=key + 1 + j, column=1, value=line).font = ARIAL
    for letter, width in {"A": 7, "B": 52, "C": 20, "D": 7, "E": 9, "F": 12, "G": 12, "H": 12,
                          "I": 12, "J": 12, "K": 12, "L": 50}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C5"

    lists = book.create_sheet("Lists")
    lists["A1"] = "Status"
    for j, word in enumerate(CHOICES):
        lists.cell(row=2 + j, column=1, value=word)
    lists["C1"] = "Unit"
    for j, word in enumerate(UNIT):
        lists.cell(row=2 + j, column=3, value=word)
    lists.sheet_state = "hidden"
    save(book, path)
    return exp

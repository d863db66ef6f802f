"""A Reporting Services (SSRS) report exported to Excel: parameter lines, spacer columns, merged spans, 'Textbox27' headings."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import Expected, Obs, Rag, new_book, save

# Reporting Services names the worksheet after the report.
SHEET = "Corporate_Performance_Scorecard"

# The worksheet grid the renderer built: one entry per sheet column, left to right, with the
# report item that column belongs to (None: a narrow empty spacer column left where the edges
# of the header text boxes, the logo and the table's columns do not line up) and its width.
GRID: tuple[tuple[str | None, float], ...] = (
    (None, 0.86),
    ("code", 7.14), ("code", 2.29),
    (None, 0.57),
    ("name", 30.43), ("name", 12.14), ("name", 4.29),
    (None, 0.43),
    ("outturn", 7.86), ("outturn", 3.14),
    (None, 0.71),
    ("q1", 8.57), ("q1", 2.43),
    ("q2", 6.0), ("q2", 5.0),
    ("q3", 9.29), ("q3", 1.71),
    ("q4", 4.29), ("q4", 6.71),
    (None, 0.57),
    ("target", 8.0), ("target", 4.14),
    (None, 0.43),
    ("status", 3.0), ("status", 5.43), ("status", 2.57),
    (None, 0.71),
    ("comment", 40.0), ("comment", 14.29),
    (None, 0.86),
)  # fmt: skip

FIELDS = ("code", "name", "outturn", "q1", "q2", "q3", "q4", "target", "status", "comment")
# The heading text boxes as the designer left them: the two columns added to the report last
# were never labelled, so their headings still show the names the designer gave new text boxes.
HEADINGS = {
    "code": "PI Code",
    "name": "Indicator",
    "outturn": "Outturn 2023/24",
    "q1": "Q1 2024/25",
    "q2": "Q2 2024/25",
    "q3": "Q3 2024/25",
    "q4": "Q4 2024/25",
    "target": "Target 2024/25",
    "status": "Textbox27",
    "comment": "Textbox31",
}
VALUE_FIELDS = ("outturn", "q1", "q2", "q3", "q4")
PERIOD = {
    "outturn": "2023/24",
    "q1": "Q1 2024/25",
    "q2": "Q2 2024/25",
    "q3": "Q3 2024/25",
    "q4": "Q4 2024/25",
}
THIS_YEAR = ("q1", "q2", "q3", "q4")  # the fields 'Target 2024/25' is for
FORMAT = {"pct": "0.0%", "rate": "0.0", "days": "0.0", "count": "#,##0"}
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
# BackgroundColor expressions of the status text box: =Switch(... "Red", "Orange", "LimeGreen")
STATUS_COLOUR = {"Red": "FFFF0000", "Amber": "FFFFA500", "Green": "FF32CD32"}

TITLE_ROW, PARAM_ROWS, HEAD_ROW = 2, (4, 5), 9
ARIAL = "Arial"
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF4682B4", end_color="FF4682B4")
GROUP_FILL = PatternFill(fill_type="solid", start_color="FFB0C4DE", end_color="FFB0C4DE")
LINE = Side(style="thin", color="FFD3D3D3")
BOX = Border(left=LINE, right=LINE, top=LINE, bottom=LINE)

# A 1-tuple is a directorate group row. Otherwise: PI code, indicator, kind (pct figures are
# given here in points and stored as the fractions the data warehouse holds), outturn 2023/24,
# Q1..Q4 2024/25 (None: NULL, rendered blank), target 2024/25 (None: blank), status word
# (None: blank), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health",),
    ("ASC01", "Permanent admissions to residential and nursing care homes, aged 65+, per 100,000 population",
     "rate", 598.2, 142.6, 289.4, None, None, 620.0, "Green",
     "Cumulative: 89 admissions to the end of September, below the profiled rate of 310."),
    ("ASC02", "Older people still at home 91 days after discharge from hospital into reablement",
     "pct", 82.4, 84.1, 80.7, None, None, 82.0, "Amber",
     "121 of 150 people. Two reablement teams short-staffed over the summer."),
    ("ASC03", "Adult safeguarding enquiries concluded within 28 days", "pct",
     71.9, 76.3, None, None, None, 80.0, "Amber",
     "Q2 data not yet validated after the move to the new case management system; status is "
     "for Q1."),
    ("ASC04", "Adults in contact with secondary mental health services in paid employment",
     "pct", 6.8, 7.2, 7.5, None, None, 8.0, "Amber", None),
    ("Children and Families",),
    ("CF01", "Referrals to children's social care within 12 months of a previous referral",
     "pct", 21.4, 19.8, 18.2, None, None, 20.0, "Green", None),
    ("CF02", "Child protection plans lasting two years or more", "pct",
     3.1, 2.4, 4.6, None, None, 3.0, "Red",
     "6 of 131 plans ended in the quarter had lasted over two years; each has been reviewed "
     "by the Head of Service."),
    ("CF03", "Children looked after per 10,000 population aged under 18", "rate",
     71.2, 72.5, 73.1, None, None, None, None, "Context measure - no target set."),
    ("CF04", "Education, Health and Care Plans issued within 20 weeks, excluding exceptions",
     "pct", 48.6, 55.2, 61.9, None, None, 60.0, "Green",
     "Best quarter since 2021; two additional educational psychologists in post."),
    ("CF05", "Care leavers aged 19 to 21 in education, employment or training", "pct",
     None, 54.5, 57.1, None, None, 60.0, "Amber", "New measure for 2024/25."),
    ("Place",),
    ("PL01", "Household waste sent for reuse, recycling and composting", "pct",
     43.8, 46.2, "n/a", None, None, 47.0, None,
     "Q2 tonnages are validated through WasteDataFlow in December."),
    ("PL02", "Principal roads where maintenance should be considered", "pct",
     4.0, None, None, None, None, 4.0, None,
     "Annual condition survey; the 2024/25 result will be reported at Q4."),
    ("PL03", "Major planning applications determined within 13 weeks or an agreed extension",
     "pct", 88.9, 92.3, 85.7, None, None, 90.0, "Amber", "12 of 14 applications in time."),
    ("PL04", "Fly-tipping incidents reported", "count",
     3412, 905, 871, None, None, None, None, "Context measure - no target set."),
    ("PL05", "Highway defects made safe within the target time", "pct",
     91.2, 94.8, 96.1, None, None, 95.0, "Green", None),
    ("Resources",),
    ("RS01", "Council tax collected in year (cumulative)", "pct",
     95.8, 28.9, 56.4, None, None, 96.0, "Green", "On profile: 56.0% expected by the end of Q2."),
    ("RS02", "Average days to process new Housing Benefit claims", "days",
     21.3, 18.9, 17.2, None, None, 20.0, "Green", None),
    ("RS03", "Working days lost to sickness absence per FTE (rolling 12 months)", "days",
     10.4, 10.7, 10.9, None, None, 9.5, "Red",
     "Stress-related absence up 14% on last year; wellbeing action plan to CMT in November."),
    ("RS04", "Freedom of Information requests answered within 20 working days", "pct",
     86.1, 89.4, 91.0, None, None, 90.0, "Green", None),
    ("RS05", "Calls to the customer contact centre answered", "pct",
     None, None, 81.7, None, None, 85.0, "Amber",
     "New measure from Q2 following the telephony upgrade."),
)  # fmt: skip

NOTE = (
    "Status compares the latest quarter with data against the 2024/25 target (cumulative "
    "measures against the profiled target): Green on or better than target, Amber within 10%, "
    "Red more than 10% off target. Blank cells: no data for the period."
)


def _spans() -> dict[str, tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for col, (item, _) in enumerate(GRID, start=1):
        if item is not None:
            first, _last = spans.get(item, (col, col))
            spans[item] = (first, col)
    return spans


SPANS = _spans()
FIRST_COL, LAST_COL = SPANS["code"][0], SPANS["comment"][1]


def _box(sheet: Worksheet, row: int, first: int, last: int, value: object) -> None:
    """One report text box: a cell merged over its columns, bordered across all of them."""
    for col in range(first, last + 1):
        sheet.cell(row=row, column=col).border = BOX
    if value is not None:
        sheet.cell(row=row, column=first, value=value)
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _stored(value: object, kind: str) -> object:
    if kind == "pct" and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a unitary council's SSRS corporate performance scorecard exported to Excel.

    Many councils' business intelligence teams publish the corporate
    scorecard as a SQL Server Reporting Services report over the performance
    data warehouse; officers export it to Excel ('Export > Excel') to send
    with the Overview and Scrutiny Management Board papers. The export keeps
    the renderer's habits: the worksheet is named after the report; the
    title and the parameter lines ('Reporting period: Quarter 2 2024/25',
    'Directorate: All') sit at the top in merged cells, then a gap of empty
    rows where the council's logo sits (the picture is not reproduced); the
    table's grid is cut wherever any report item's edge falls, so narrow
    empty spacer columns lie between real columns and every heading and
    value is a cell merged over two or three sheet columns of uneven width,
    blank values too. Row groups give a shaded directorate row over each
    directorate's indicators. The status and commentary columns were added
    to the report late and never labelled: their headings show the default
    text box names 'Textbox27' and 'Textbox31'. Under the table a text box
    explains the status, and the page footer's 'Printed on' time and 'Page
    1 of 1' come out as a row of cells. Percentages are the warehouse's
    fractions under '0.0%'.

    A careful reader takes 'PI Code', 'Indicator', 'Outturn 2023/24' and
    'Q1 2024/25'..'Q4 2024/25' (Q3 and Q4 empty at Quarter 2) from their
    headings, the 'Textbox27' column as the status (it holds Red, Amber and
    Green on red, orange and green cells, and the note explains the status)
    and 'Textbox31' as commentary; spacer columns hold nothing. 'Target
    2024/25' is on the 2024/25 quarters, not on the 2023/24 outturn. The
    status rates the latest quarter with data: safeguarding enquiries have
    no Q2 figure, so their Amber is Q1's, as the commentary says; the
    recycling rate's Q2 'n/a' is kept and unrated; two context measures
    have no target or status; the road condition survey has only its
    2023/24 outturn; two measures are new this year, one from Q2. Nothing
    states polarity or units beyond the names.
    """
    book, sheet = new_book(SHEET)
    for col, (_, width) in enumerate(GRID, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width

    title_span = (FIRST_COL, SPANS["q4"][1])
    sheet.cell(row=TITLE_ROW, column=title_span[0], value="Corporate Performance Scorecard")
    sheet.cell(row=TITLE_ROW, column=title_span[0]).font = Font(name=ARIAL, size=16, bold=True)
    sheet.merge_cells(
        start_row=TITLE_ROW, start_column=title_span[0], end_row=TITLE_ROW, end_column=title_span[1]
    )
    sheet.row_dimensions[TITLE_ROW].height = 27.0
    params = ("Reporting period: Quarter 2 2024/25", "Directorate: All")
    for row, text in zip(PARAM_ROWS, params, strict=True):
        sheet.cell(row=row, column=FIRST_COL, value=text).font = Font(name=ARIAL, size=9)
        sheet.merge_cells(
            start_row=row, start_column=FIRST_COL, end_row=row, end_column=SPANS["name"][1]
        )
    for row in (6, 7, 8):  # where the logo sits, top right over the status and commentary
        sheet.row_dimensions[row].height = 18.0

    sheet.row_dimensions[HEAD_ROW].height = 24.0
    for item in FIELDS:
        first, last = SPANS[item]
        _box(sheet, HEAD_ROW, first, last, HEADINGS[item])
        for col in range(first, last + 1):
            cell = sheet.cell(row=HEAD_ROW, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(name=ARIAL, size=9, bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            _box(sheet, row, FIRST_COL, LAST_COL, spec[0])
            for col in range(FIRST_COL, LAST_COL + 1):
                cell = sheet.cell(row=row, column=col)
                cell.fill = GROUP_FILL
                cell.font = Font(name=ARIAL, size=9, bold=True)
            sheet.row_dimensions[row].height = 15.0
            row += 1
            continue
        code, name, kind, *values, target, status, comment = spec
        assert isinstance(kind, str)
        cells = dict(zip(VALUE_FIELDS, values, strict=True))
        typed: dict[str, object] = {
            "code": code,
            "name": name,
            **{f: _stored(v, kind) for f, v in cells.items()},
            "target": _stored(target, kind),
            "status": status,
            "comment": comment,
        }
        for item in FIELDS:
            first, last = SPANS[item]
            _box(sheet, row, first, last, typed[item])
            cell = sheet.cell(row=row, column=first)
            cell.font = Font(name=ARIAL, size=8)
            cell.alignment = Alignment(vertical="top", wrap_text=item in ("name", "comment"))
            if item in (*VALUE_FIELDS, "target") and isinstance(typed[item], int | float):
                cell.number_format = FORMAT[kind]
                cell.alignment = Alignment(horizontal="right", vertical="top")
            elif item in VALUE_FIELDS and typed[item] is not None:
                cell.alignment = Alignment(horizontal="right", vertical="top")
        if status:
            first, last = SPANS["status"]
            for col in range(first, last + 1):
                colour = STATUS_COLOUR[str(status)]
                sheet.cell(row=row, column=col).fill = PatternFill(
                    fill_type="solid", start_color=colour, end_color=colour
                )
            sheet.cell(row=row, column=first).alignment = Alignment(
                horizontal="center", vertical="top"
            )
        sheet.row_dimensions[row].height = 33.75 if comment and len(str(comment)) > 60 else 22.5

        goal = float(target) if isinstance(target, int | float) else None
        given = [f for f in VALUE_FIELDS if cells[f] is not None]
        for f in given:
            value = cells[f]
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIOD[f],
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal if f in THIS_YEAR else None,
                    RAG[str(status)] if status and f == given[-1] else None,
                )
            )
        row += 1

    row += 1
    sheet.cell(row=row, column=FIRST_COL, value=NOTE).font = Font(name=ARIAL, size=8, italic=True)
    sheet.cell(row=row, column=FIRST_COL).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=row, start_column=FIRST_COL, end_row=row, end_column=LAST_COL)
    sheet.row_dimensions[row].height = 24.0
    row += 2
    printed = "Printed on 14/11/2024 09:32:18"
    sheet.cell(row=row, column=FIRST_COL, value=printed).font = Font(name=ARIAL, size=8)
    sheet.merge_cells(
        start_row=row, start_column=FIRST_COL, end_row=row, end_column=SPANS["name"][1]
    )
    first, _ = SPANS["status"]
    sheet.cell(row=row, column=first, value="Page 1 of 1").font = Font(name=ARIAL, size=8)
    sheet.cell(row=row, column=first).alignment = Alignment(horizontal="right")
    sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=LAST_COL)
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp

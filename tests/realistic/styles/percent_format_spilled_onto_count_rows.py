"""Whole value columns formatted '0%' / '0.0%', so counts, days and pounds show as '1200%'; a Unit column says what each row is."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Q3 KPIs"
HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# A Ref, B Indicator, C Unit, D 2023/24 outturn, E..G Q1..Q3, H Target 2024/25, I Status, J Comments
LAST_COL = 10
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "Number": "number", "No.": "number", "Days": "days", "£": "£",
        "Rate per 1,000": "rate"}  # fmt: skip
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFA6A6A6")

# Section rows are a 1-tuple. Otherwise: ref, indicator, unit as typed, the values as stored
# (2023/24 outturn, Q1, Q2, Q3; percentages mostly as fractions, one row in points), the
# target as stored, status letter, comment. Every value and target cell carries the column's
# percent format, whatever the row holds.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer services",),
    ("CS01", "Calls to the contact centre answered within 60 seconds", "%",
     (0.78, 0.812, 0.794, 0.836), 0.8, "G", None),
    ("CS02", "Stage 1 complaints received", "Number",
     (148, 41, 37, 44), None, None, "For information; no target set."),
    ("CS03", "Stage 1 complaints responded to within 10 working days", "%",
     (0.91, 0.878, 0.902, 0.934), 0.95, "A", "Two service areas below 90%; reminders issued."),
    ("CS04", "Customers satisfied with the contact centre (post-call survey)", "%",
     (86, 84, 88, 87), 85, "G", "Survey figures supplied by the telephony provider."),
    ("Housing",),
    ("HS01", "Average days to re-let void council homes", "Days",
     (24.6, 27.3, 22.8, 21.4), 25, "G", None),
    ("HS02", "Households in temporary accommodation at quarter end", "Number",
     (61, 58, 66, 72), 55, "R", "Rise in family approaches following Section 21 notices."),
    ("HS03", "Homelessness cases prevented (in quarter)", "No.",
     (212, 49, 57, 61), 50, "G", None),
    ("HS04", "Rent collected as a percentage of rent due (excluding arrears)", "%",
     (0.984, 0.962, 0.971, 0.979), 0.98, "A", None),
    ("Environment",),
    ("EN01", "Missed bin collections per 1,000 collections", "Rate per 1,000",
     (0.82, 0.74, 0.91, 0.68), 0.8, "G", None),
    ("EN02", "Household waste sent for reuse, recycling and composting", "%",
     (0.521, 0.548, 0.559, 0.497), 0.52, "A", "Seasonal fall: garden waste collections end in November."),
    ("EN03", "Fly-tips removed within 2 working days", "%",
     (0.96, 0.97, 0.983, 0.991), 0.95, "G", None),
    ("EN04", "Fly-tipping incidents reported", "Number",
     (1104, 262, 301, 279), None, None, None),
    ("Finance and resources",),
    ("FR01", "Average days to process new Housing Benefit claims", "Days",
     (17.2, 19.8, 16.4, 15.1), 18, "G", None),
    ("FR02", "Council tax collected (cumulative)", "%",
     (0.985, 0.298, 0.571, 0.842), 0.985, "G", "On profile for the year."),
    ("FR03", "Sundry debt over 90 days old", "\u00a3",
     (412310, 398402, 441877, 412650), 400000, "A", "Two large invoices in dispute."),
    ("FR04", "Working days lost to sickness per FTE (rolling 12 months)", "Days",
     (8.9, 9.3, 9.1, 8.7), 8.5, "A", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly key performance indicator sheet to its corporate overview group.

    Rushcliffe style: Ref, Indicator, Unit, '2023/24 Outturn', 'Q1 2024/25',
    'Q2 2024/25', 'Q3 2024/25', 'Target 2024/25', a filled G/A/R 'Status'
    letter and comments, under shaded section rows. Someone tidied the sheet
    by selecting the figure columns whole and formatting them as percentages:
    the outturn and target columns '0%', the quarter columns '0.0%'. So the
    percentage rows (stored as fractions) look right, but 148 complaints
    show as '14800%', 27.3 days as '2730.0%', the sundry debt of £412,310 as
    '41231000%', and the missed-bins rate of 0.74 per 1,000 as '74.0%'.
    One percentage row (the post-call survey) was pasted in points: its Q1
    of 84 shows '8400.0%'. The Unit column says what every row is.

    A careful reader takes each row by its Unit, not by the look of the
    cell: counts, days, pounds and the rate are the figures stored (148,
    24.6, 412310, 0.82), percentages in points (0.812 -> 81.2), and the
    survey row's 86 is 86% (a satisfaction of 8600% is impossible; its
    unit is '%'). Targets the same way (25 days, 55 households, £400,000,
    0.8 per 1,000; 80% for CS01, 85 for CS04). 'Target 2024/25' names its
    year, so the 2023/24 outturn has no target. The status is Q3's. Units
    from the Unit column ('Number' and 'No.' both counts); no polarity is
    stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rushcliffe Borough Council \u2013 Key Performance Indicators 2024/25")
    sheet["A2"] = (
        "Quarter 3 (October \u2013 December 2024) \u2013 Corporate Overview Group, 4 March 2025"
    )
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = (
        "Status: G on or better than target; A within 5% of target; R more than 5% off target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Indicator", "Unit", "2023/24 Outturn", "Q1 2024/25", "Q2 2024/25",
              "Q3 2024/25", "Target 2024/25", "Status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(top=THIN, bottom=THIN)
        head.fill = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
        head.font = Font(bold=True, color="FFFFFFFF")

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, values, target, status, comment = spec
        assert isinstance(values, tuple)
        put_row(sheet, row, 1, [ref, name, unit, *values, target, status, comment])
        sheet.cell(row=row, column=3).alignment = Alignment(horizontal="center")
        if status is not None:
            rating = sheet.cell(row=row, column=9)
            rgb = RAG_FILL[str(status)]
            rating.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            rating.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        is_pct = unit == "%"
        fraction = is_pct and all(float(str(v)) <= 1.0 for v in values)

        def points(value: object, fraction: bool = fraction) -> float:
            number = float(str(value))
            return round(number * 100, 6) if fraction else number

        goal = None if target is None else points(target)
        for p, (period, value) in enumerate(zip(PERIODS, values, strict=True)):
            rag = RAG[str(status)] if p == 3 and status is not None else None
            exp.observations.append(
                Obs(code, nm, period, points(value), None, goal if p else None, rag)
            )
        exp.add_meta(code, nm, None, UNIT[str(unit)])
        row += 1
    last = row - 1

    # The whole figure columns were formatted at once, blank and section cells included.
    for r in range(HEAD_ROW + 1, last + 1):
        for col in (4, 8):
            sheet.cell(row=r, column=col).number_format = "0%"
        for col in (5, 6, 7):
            sheet.cell(row=r, column=col).number_format = "0.0%"
        for col in range(4, 9):
            sheet.cell(row=r, column=col).alignment = Alignment(horizontal="right")
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.border = Border(bottom=Side(style="hair", color="FFBFBFBF"))

    notes = (
        "Outturn 2023/24 is the full-year figure; Q1\u2013Q3 are in-quarter figures unless stated.",
        "Source: service returns to Strategy and Performance, January 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=last + 2 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 14, "D": 11, "E": 10, "F": 10, "G": 10, "H": 11, "I": 8,
              "J": 48}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""'This quarter', 'Previous quarter' and 'Same quarter last year' columns, the quarter named only above the table."""

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

SHEET = "Q2 Performance"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
PERIODS = ("Q2 2024/25", "Q1 2024/25", "Q2 2023/24")  # this, previous, same quarter last year
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
THIN = Side(style="thin", color="FFA6A6A6")
FORMATS = {"frac": "0.0%", "pts": "0.0", "num": "#,##0", "money": "\u00a3#,##0"}

# Section rows are a 1-tuple. Otherwise: ref, measure, kind ("frac" = fraction shown as %,
# "pts" = percent typed in points), this quarter, previous quarter, same quarter last year,
# target, RAG, direction, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Waste and recycling",),
    ("OS01", "Household waste sent for reuse, recycling and composting", "frac",
     0.512, 0.538, 0.497, 0.50, "Green", "Improving", "Garden waste tonnage lower after the dry August."),
    ("OS02", "Missed bin collections per 100,000 collections", "num", 38, 45, 52, 40, "Green",
     "Improving", None),
    ("OS03", "Missed collections put right by the end of the next working day (%)", "pts",
     96.2, 97.8, 95.1, 98, "Amber", "Declining", "Two vehicles off the road in July."),
    ("OS04", "Garden waste subscriptions", "num", 24815, 24602, 23950, 25000, "Amber",
     "Improving", None),
    ("Environmental health",),
    ("OS05", "Food premises inspections due that were carried out", "frac", 0.874, 0.912, 0.803,
     0.90, "Amber", "Declining", "One inspector post vacant since June."),
    ("OS06", "Fly-tipping incidents reported", "num", 287, 312, 334, None, None, "Improving",
     "Monitored without a target."),
    ("OS07", "Noise complaints responded to within 3 working days", "frac", 0.941, 0.925, "n/a",
     0.90, "Green", "Improving", "New measure from April 2024."),
    ("Parking",),
    ("OS08", "Penalty charge notices issued", "num", 6142, 5877, 6405, None, None, "No change",
     None),
    ("OS09", "Off-street parking income", "money", 612450, 588300, 571900, 600000, "Green",
     "Improving", "Summer season above forecast."),
    ("OS10", "Parking appeals decided within 56 days", "frac", "Not yet available", 0.88, 0.91,
     0.90, None, None, "Traffic Enforcement Centre figures due mid-October."),
    ("Customer services",),
    ("OS11", "Calls answered within 60 seconds (%)", "pts", 72.4, 68.0, 75.3, 80, "Red",
     "Improving", "Council tax billing queries after the new system went live."),
    ("OS12", "Average time to answer a call (seconds)", "num", 74, 88, 61, 60, "Red", "Improving",
     None),
    ("OS13", "Stage 1 complaints responded to within 10 working days", "frac", 0.93, 0.89, 0.85,
     0.95, "Amber", "Improving", None),
    ("OS14", "Transactions completed online (%)", "pts", 63.5, 61.2, 57.4, 60, "Green",
     "Improving", None),
)  # fmt: skip


def _points(kind: object, value: object) -> float | None:
    if not isinstance(value, int | float):
        return None
    return round(float(value) * 100, 6) if kind == "frac" else float(value)


def build(path: Path) -> Expected:
    """Imitates a borough council's operational services quarterly report to scrutiny.

    Rushmoor style: one sheet, 'Q2 Performance', whose headings name no
    period: Ref, Measure, 'This quarter', 'Previous quarter', 'Same quarter
    last year', Target, a filled RAG word, a Direction word ('Improving',
    'Declining', 'No change') and Comments, under shaded service rows. The
    quarter is given only on a 'Reporting period: Quarter 2 2024/25 (July
    to September)' line under the title; the next line is the committee
    date in November. Most percentages are fractions shown through '0.0%',
    two are typed in points with '(%)' in the name; parking income is money
    shown '\u00a3#,##0'. A new noise measure has 'n/a' for last year; the
    parking appeals figure is 'Not yet available' this quarter.

    A careful reader takes This quarter as Q2 2024/25, Previous quarter as
    Q1 2024/25 and Same quarter last year as Q2 2023/24, each an
    observation of the council's own measure (not a comparator). The single
    Target column names no year, so it goes with every figure in its row,
    last year's included; the RAG goes with This quarter; Direction is no
    figure. 'n/a' and 'Not yet available' are kept as the text of their
    quarters; fly-tipping and penalty notices have no target and no rating.
    Percentages are read in points (0.512 -> 51.2). No unit or polarity
    column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rushmoor Borough Council \u2013 Operational Services Performance Report")
    sheet["A2"] = "Reporting period: Quarter 2 2024/25 (July to September)"
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = "Overview and Scrutiny Committee, 21 November 2024"
    sheet["A3"].font = Font(italic=True, size=9)
    sheet["A4"] = "Figures are for the quarter unless the measure says otherwise."
    sheet["A4"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "This quarter", "Previous quarter", "Same quarter last year",
              "Target", "RAG", "Direction", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[HEAD_ROW].height = 30

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, kind, this, prev, sply, target, rag, direction, comment = spec
        put_row(sheet, row, 1, [ref, name, this, prev, sply, target, rag, direction, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 7):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = FORMATS[str(kind)]
            cell.alignment = Alignment(horizontal="right")
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=7)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")

        goal = _points(kind, target)
        for k, value in enumerate((this, prev, sply)):
            if value is None:
                continue
            actual = _points(kind, value)
            text = None if actual is not None else str(value)
            rating = RAG[str(rag)] if k == 0 and rag is not None else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], actual, text, goal, rating)
            )
        row += 1

    notes = (
        "RAG compares this quarter with the target: Green \u2013 on or better than target; Amber "
        "\u2013 within 10%; Red \u2013 more than 10% worse.",
        "Direction compares this quarter with the same quarter last year.",
        "Sources: Bartec, Uniform, Chipside, Granicus, Anana telephony.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 12, "D": 12, "E": 14, "F": 10, "G": 9, "H": 12, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

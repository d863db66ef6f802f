"""The indicator column holds the code and the name in one wrapped cell, split by a line break."""

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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 Scorecard"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF808080")

# A 1-tuple is a portfolio row. Otherwise: code, name, code_last (the code typed on the second
# line in brackets), Q1..Q4 2024/25, target 2024/25, RAG (latest quarter), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and Families",),
    ("CS 01", "Percentage of referrals to children's social care that are re-referrals within "
     "12 months", False, 21.4, 19.8, 23.1, None, 20, "Amber", None),
    ("CS 02", "Percentage of child and family assessments completed within 45 working days",
     False, 88.2, 91.5, 90.3, None, 90, "Green", None),
    ("CS 03", "Rate of children subject to a child protection plan per 10,000 children", False,
     48.6, 51.2, 53.9, None, None, None, "Information only; England rate 41.6 (2023/24)."),
    ("CS 04", "Percentage of child protection plans lasting two years or more", False, 3.1, 2.4,
     4.8, None, 3, "Red", "Five plans for two sibling groups passed two years in November."),
    ("CS 05", "Percentage of looked after children with three or more placements in the year",
     False, 9.2, 10.1, 10.6, None, 10, "Amber", None),
    ("Rate of children looked after per 10,000 children", "CS 06", True, 72.4, 73.0, 71.8, None,
     None, None, "Information only."),
    ("CS 07", "Percentage of care leavers aged 19-21 in education, employment or training", False,
     55.0, "n/a", 58.3, None, 55, "Green", "Q2 not reported: annual contact cycle."),
    ("Adults and Health",),
    ("ASC 02A", "Permanent admissions to residential and nursing care (65+) per 100,000", False,
     131.2, 268.4, 401.0, None, 560, "Green", "Cumulative; profiled target 420 at Q3."),
    ("ASC 03", "Percentage of older people at home 91 days after discharge into reablement",
     False, 84.7, 82.1, 80.9, None, 85, "Amber", None),
    ("ASC 05", "Percentage of adult social care assessments completed within 28 days", False,
     61.0, 66.4, 70.2, None, 75, "Red", "Waiting list reduced from 412 to 296."),
    ("Percentage of carers' assessments resulting in a support plan", "ASC 09", True, 38.5, 41.0,
     None, None, 40, "Green", "Q3 figure awaiting validation."),
    ("PH 01", "Number of people setting a quit date with the stop smoking service", False, 214,
     198, 241, None, 200, "Green", None),
    ("Housing and Communities",),
    ("Number of households in temporary accommodation", "HOU12", True, 286, 301, 327, None, 280,
     "Red", "Includes 41 households in bed and breakfast."),
    ("HOU 13", "Percentage of homelessness cases where homelessness was prevented", False, 52.6,
     49.8, 54.1, None, 50, "Green", None),
    ("HOU 15", "Average days to complete a Disabled Facilities Grant (referral to completion)",
     False, 168, 174, 159, None, 150, "Amber", None),
    ("Number of empty homes brought back into use", "HOU 21", True, 11, 9, 14, None, 40,
     "Amber", "Annual target 40; 34 to date."),
    ("COM 04", "Percentage of library visits made online", False, 36.2, 34.9, "TBC", None, None,
     None, "New e-resources platform; Q3 data not yet available."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly scorecard where each measure sits in one wrapped cell.

    The kind of People and Communities scorecard a unitary council's
    performance team sends to its overview and scrutiny committee: no
    separate Ref column, the 'Measure' column holds the code and the name
    in one cell split with Alt+Enter ('CS 04' on the first line, the name on
    the second), wrap text on so both show. Whoever added a few rows typed
    them the other way round, name first and the code on a second line in
    brackets ('Number of households in temporary accommodation' /
    '(HOU12)'). Then Q1-Q4 2024/25 (Q4 empty), 'Target 2024/25', a filled
    RAG word and comments, under dark portfolio rows.

    A careful reader splits each cell at the line break into code and
    name, whichever order it is typed in, dropping the brackets; the
    single target applies to every quarter and the RAG to the latest
    quarter given (Q2 for the carers' measure whose Q3 is blank). 'n/a'
    and 'TBC' are the cells' texts. Information-only rows have no target
    and no rating. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People and Communities Performance Scorecard 2024/25")
    sheet["A2"] = "Quarter 3 (October \u2013 December 2024)  |  Overview and Scrutiny Committee"
    sheet["A2"].font = Font(italic=True)
    header = ["Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
              "Target 2024/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        first, second, code_last, q1, q2, q3, q4, target, rag, comment = spec
        if code_last:
            name, code = str(first), str(second)
            measure = f"{name}\n({code})"
        else:
            code, name = str(first), str(second)
            measure = f"{code}\n{name}"
        put_row(sheet, row, 1, [measure, q1, q2, q3, q4, target, rag, comment])
        sheet.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=8).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 45
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN, top=THIN)
        if rag:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=7).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        values = (q1, q2, q3, q4)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            latest = period == given[-1]
            exp.observations.append(
                Obs(
                    code,
                    name,
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    RAG[str(rag)] if rag and latest else None,
                )
            )
        row += 1
    notes = (
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 10% of target; "
        "Red \u2013 more than 10% off target. Percentages shown as whole numbers.",
        "Source: Liquidlogic (children's and adults'), Abritas (housing), service returns.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 58
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 11
    sheet.column_dimensions["G"].width = 8
    sheet.column_dimensions["H"].width = 48
    sheet.freeze_panes = f"B{FIRST}"
    save(book, path)
    return exp

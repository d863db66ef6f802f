"""Quarters Q1..Q4 beside 'Target Q1\u2013Q2' and 'Target Q3\u2013Q4 (revised Oct 2024)': each quarter takes the target its heading covers."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Corporate PIs 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
# A Ref, B indicator, C good performance is, D 2023/24 outturn, E..H Q1..Q4,
# I target Q1-Q2, J target Q3-Q4 (revised), K Q4 status, L comments
LAST_COL = 12
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
REVISED = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
THIN = Side(style="thin", color="FF7F7F7F")

# Section rows are a 1-tuple. Otherwise: ref, indicator, good performance is, 2023/24 outturn,
# Q1..Q4, target Q1-Q2, target Q3-Q4 as typed, that revised target's value (None: no target
# for Q3-Q4; the same as Q1-Q2 where the cell is blank), Q4 status, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Environment and climate",),
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "Higher", 41.2,
     (43.8, 44.9, 40.1, 38.6), 45, "42% (was 45%)", 42.0, "Amber",
     "Target lowered: garden waste subscription take-up below forecast."),
    ("ENV02", "Residual household waste per household (kg, in quarter)", "Lower", 451,
     (113, 109, 118, 115), 110, 115, 115.0, "Green",
     "Revised for the winter quarters, when residual waste is always higher."),
    ("ENV03", "Fly-tips removed within 2 working days (%)", "Higher", 94.1,
     (96.2, 95.0, 97.3, 96.8), 95, None, 95.0, "Green", None),
    ("ENV04", "Food premises due an inspection that were inspected (%)", "Higher", 88.0,
     (72.4, 79.1, 84.6, 90.2), 90, 85, 85.0, "Green",
     "Two vacant officer posts from July; revised target agreed with the portfolio holder."),
    ("Housing",),
    ("HSG01", "Homelessness cases closed as prevented (%)", "Higher", 61.0,
     (58.2, 63.5, 55.0, 59.4), 60, 55, 55.0, "Green", None),
    ("HSG02", "Households in temporary accommodation at quarter end", "Lower", 38,
     (41, 47, 52, 49), 35, 45, 45.0, "Amber",
     "Target raised to reflect the rise in approaches since the summer."),
    ("HSG03", "Average days to re-let council homes (general needs)", "Lower", 31.5,
     (34.2, 29.8, 27.1, 26.4), 28, 28, 28.0, "Green", None),
    ("HSG04", "Disabled facilities grants approved (in quarter)", "Higher", 96,
     (21, 26, 19, 30), 25, "Data only", None, None,
     "Now monitored only: approvals depend on the Better Care Fund allocation."),
    ("Customer and corporate",),
    ("CUS01", "Calls answered within 60 seconds (%)", "Higher", 71.4,
     (68.0, 74.5, 79.9, 82.3), 80, 75, 75.0, "Green", None),
    ("CUS02", "Stage 1 complaints answered within 10 working days (%)", "Higher", 83.3,
     (86.1, 81.7, 88.4, 91.0), 90, None, 90.0, "Green", None),
    ("CUS03", "New Housing Benefit claims \u2013 average days to process", "Lower", 18.6,
     (21.4, 19.2, 17.5, 16.1), 18, 20, 20.0, "Green",
     "Revised after the DWP migration of legacy claims to Universal Credit."),
    ("CUS04", "Working days lost to sickness absence per FTE (in quarter)", "Lower", 9.1,
     (2.3, 2.1, 2.6, 2.4), 2.0, 2.2, 2.2, "Amber", None),
    ("CUS05", "Undisputed invoices paid within 30 days (%)", "Higher", 96.5,
     (97.2, 96.8, 95.1, "Not available"), 97, 97, 97.0, None,
     "Q4 figure delayed by the finance system year-end close."),
    ("CUS06", "Freedom of Information requests answered within 20 working days (%)", "Higher",
     None, (84.0, 88.5, 91.2, 93.0), 90, None, 90.0, "Green",
     "New corporate measure from April 2024."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's year-end corporate performance indicator report after a mid-year target review.

    Test Valley style: the corporate performance indicators for 2024/25 at
    year end, to the Overview and Scrutiny Committee. After the mid-year
    review Cabinet revised some targets for the second half of the year,
    so the sheet keeps two target columns under a merged 'Targets 2024/25'
    banner: 'Target Q1\u2013Q2' (the targets set in the spring) and 'Target
    Q3\u2013Q4 (revised Oct 2024)', shaded pale yellow. The quarters are bare
    'Q1'..'Q4' under a merged '2024/25' banner, after a '2023/24 outturn'
    column; then a filled 'Q4 status' word and comments. The subtitle says
    where no revised target is shown the original target continues to
    apply. One revised target is typed '42% (was 45%)'; one is 'Data only'
    (the measure is now monitored without a target); three revised cells
    are blank. Dark section rows.

    A careful reader gives Q1 and Q2 the 'Target Q1\u2013Q2' figure and Q3 and
    Q4 the revised one, as the headings say: ENV01's Q3 and Q4 target is 42
    (the figure the revised cell gives; 45 is what it replaced); a blank
    revised cell leaves the original target on Q3 and Q4, as the note says;
    'Data only' leaves HSG04's Q3 and Q4 without a target. The 2023/24
    outturn is an observation of 2023/24 with no target, both target
    columns being 2024/25's. The status is Q4's; CUS05's Q4 is 'Not
    available' (its text) and unrated. Polarity from 'Good performance
    is'; units only in some names, so none is expected.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Test Valley Borough Council \u2013 Corporate Performance Indicators 2024/25"
    )
    sheet["A2"] = "Year-end report (Quarter 4) to Overview and Scrutiny Committee, 11 June 2025"
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = (
        "Targets for Quarters 3 and 4 were revised by Cabinet on 16 October 2024 following the "
        "mid-year review. Where no revised target is shown the original target continues to apply."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E5:H5", "2024/25")
    merge(sheet, "I5:J5", "Targets 2024/25")
    header = ["Ref", "Performance indicator", "Good performance is", "2023/24 outturn", "Q1", "Q2",
              "Q3", "Q4", "Target Q1\u2013Q2", "Target Q3\u2013Q4 (revised Oct 2024)", "Q4 status",
              "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(bottom=THIN, top=THIN)
    sheet.cell(row=HEAD_ROW, column=10).fill = REVISED

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, outturn, quarters, first, typed, revised, status, comment = spec
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, good, outturn, *quarters, first, typed, status, comment])
        for col in range(4, 11):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right" if col < 9 else "center")
        sheet.cell(row=row, column=10).fill = REVISED
        if status is not None:
            rgb = RAG_FILL[str(status)]
            sheet.cell(row=row, column=11).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
            sheet.cell(row=row, column=11).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=12).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        if outturn is not None:
            exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        for q, value in enumerate(quarters):
            if value is None:
                continue
            goal = (
                float(str(first)) if q < 2 else (None if revised is None else float(str(revised)))
            )
            rating = RAG[str(status)] if q == 3 and status is not None else None
            exp.observations.append(
                Obs(code, nm, QUARTERS[q], num(value), text_of(value), goal, rating)
            )
        exp.add_meta(code, nm, GOOD[str(good)], None)
        row += 1

    notes = (
        "Status compares the Quarter 4 result with the Q3\u2013Q4 target: Green met or better; "
        "Amber within 10%; Red more than 10% away.",
        "'Data only': the indicator is monitored without a target.",
        "Source: service returns to the Policy and Performance team, April 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 58, "C": 12, "D": 10, "I": 11, "J": 16, "K": 10, "L": 55}
    for col in range(5, 9):
        sheet.column_dimensions[get_column_letter(col)].width = 8
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

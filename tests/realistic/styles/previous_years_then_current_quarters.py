"""Three earlier years' outturns, then this year's bare 'Q1'..'Q4' under a '2024/25' banner with its annual target, RAG and comment."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPIs 2024-25"
BANNER_ROW = 5
HEAD_ROW = 6
YEARS = ("2021/22", "2022/23", "2023/24")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
# A Ref, B indicator, C..E outturns, F..I Q1..Q4, J annual target, K RAG, L comment
LAST_COL = 12
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")
BAND = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
SECTION = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
THIN = Side(style="thin", color="FF8EA9DB")

# Section rows are a 1-tuple. Otherwise: ref, indicator, (2021/22, 2022/23, 2023/24),
# (Q1, Q2, Q3, Q4) for 2024/25, annual target, RAG, comment. None is a blank cell; a blank
# outturn or quarter of a measure that did not exist then (or is not collected) is shaded grey.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Environment and waste",),
    ("PI01", "Household waste reused, recycled and composted (%)",
     (52.1, 53.4, 54.0), (56.2, 57.1, 52.9, None), 55, "Amber",
     "Garden waste collections paused December to February."),
    ("PI02", "Residual household waste per household (kg, cumulative)",
     (478, 462, 455), (117, 230, 351, None), 450, "Green", None),
    ("PI03", "Fly-tips removed within 5 working days (%)",
     (91.2, 93.8, 95.1), (96.0, 94.7, 97.2, None), 95, "Green", None),
    ("Planning and housing",),
    ("PI04", "Major planning applications determined within 13 weeks or agreed time (%)",
     (88.9, 92.3, 100.0), (100.0, 83.3, 90.0, None), 90, "Green", None),
    ("PI05", "Minor planning applications determined within 8 weeks or agreed time (%)",
     (71.4, 79.6, 84.1), (86.7, 88.2, 82.5, None), 85, "Amber",
     "Two planning officer vacancies filled in January."),
    ("PI06", "Households in temporary accommodation (at end of period)",
     (41, 57, 74), (79, 83, 88, None), 70, "Red",
     "Demand continues to rise; 12 new units of council-owned temporary accommodation from April."),
    ("PI07", "Households whose homelessness was prevented (cumulative)",
     (251, 233, 268), (64, 131, "Not yet available", None), 260, None,
     "Q3 figure awaited from the H-CLIC return."),
    ("Customer and corporate",),
    ("PI08", "Average days to process new Housing Benefit claims",
     (21.3, 18.7, 16.9), (15.2, 17.8, 16.1, None), 18, "Green", None),
    ("PI09", "Council tax collected (cumulative %)",
     (97.6, 97.9, 97.4), (29.1, 56.3, 83.5, None), 97.5, "Amber", "Slightly behind profile (84.1%)."),
    ("PI10", "Working days lost to sickness absence per FTE (rolling 12 months)",
     (7.8, 9.4, 10.1), (9.8, 9.5, 9.2, None), 8.5, "Red", None),
    ("PI11", "Residents satisfied with their local area as a place to live (%)",
     (81, None, 77), (None, None, None, None), 80, None,
     "Biennial residents' survey; next survey autumn 2025."),
    ("PI12", "Stage 1 complaints responded to within 20 working days (%)",
     (None, None, 82.4), (85.0, 88.9, 91.3, None), 90, "Green",
     "New indicator from 2023/24."),
    ("PI13", "Food premises inspections completed as programmed (cumulative %)",
     (62.0, 84.5, 96.3), (24.0, 49.5, 71.2, None), 100, "Amber", None),
)  # fmt: skip

NEW_OR_UNCOLLECTED = {("PI11", 4), ("PI11", 6), ("PI11", 7), ("PI11", 8), ("PI11", 9),
                      ("PI12", 3), ("PI12", 4)}  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance indicator report to committee.

    North Devon style, at Quarter 3: Ref and indicator, then a merged
    'Outturn' banner over '2021/22', '2022/23' and '2023/24' (the full-year
    results of earlier years), then a merged '2024/25' banner over bare
    'Q1', 'Q2', 'Q3', 'Q4' and 'Annual target', then 'RAG' (filled words)
    and 'Comment'. The year of the quarters is in that banner and in the
    title. Q4 is empty. A biennial survey has 2021/22 and 2023/24 only and
    its quarters shaded grey; a measure new in 2023/24 has its earlier years
    shaded grey; one Q3 reads 'Not yet available' with no RAG.

    A careful reader takes the three outturns as observations of those
    financial years with no target (the annual target sits under the
    2024/25 banner and is that year's), Q1..Q3 as Q1..Q3 2024/25 with the
    annual target, and the RAG for each row's latest quarter, Q3 (PI07's
    Q3 is its words, unrated). Blank or grey cells are no observation. No
    polarity or unit column: none expected.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Devon Council \u2013 Corporate Performance Indicators 2024/25")
    sheet["A2"] = "Quarter 3 (to 31 December 2024) \u2013 Performance and Resources Committee"
    sheet["A2"].font = Font(bold=True)
    merge(sheet, "C5:E5", "Outturn")
    merge(sheet, "F5:J5", "2024/25")
    for col in range(3, 11):
        sheet.cell(row=BANNER_ROW, column=col).fill = BAND
    header = ["Ref", "Performance indicator", *YEARS, "Q1", "Q2", "Q3", "Q4", "Annual target",
              "RAG", "Comment"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
        if 3 <= col <= 10:
            head.fill = BAND

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, outturns, quarters, target, status, comment = spec
        assert isinstance(outturns, tuple) and isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, *outturns, *quarters, target, status, comment])
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            if 3 <= col <= 10:
                cell.alignment = Alignment(horizontal="right")
            if (str(ref), col) in NEW_OR_UNCOLLECTED:
                cell.fill = GREY
        if status is not None:
            rating = sheet.cell(row=row, column=11)
            rgb = RAG_FILL[str(status)]
            rating.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            rating.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=12).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        goal = float(str(target))
        for year, value in zip(YEARS, outturns, strict=True):
            if value is not None:
                exp.observations.append(Obs(code, nm, year, float(str(value))))
        given = [(q, v) for q, v in zip(QUARTERS, quarters, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            rag = RAG[str(status)] if i == len(given) - 1 and status is not None else None
            exp.observations.append(Obs(code, nm, period, num(value), text_of(value), goal, rag))
        row += 1

    notes = (
        "Outturn: the result for the whole financial year. Quarterly figures are for the quarter "
        "unless the indicator says cumulative or rolling.",
        "RAG compares the latest quarter with the annual target (or its profile for cumulative "
        "indicators): Green on target; Amber within 5%; Red more than 5% off target.",
        "Grey cells: indicator not collected in that period.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 9, "D": 9, "E": 9, "F": 8, "G": 8, "H": 8, "I": 8, "J": 10,
              "K": 9, "L": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

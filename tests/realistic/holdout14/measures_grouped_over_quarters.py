"""Two heading rows grouped by measure: 'Actual', 'Target' and 'RAG' each merged over its own Q1..Q4."""

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

SHEET = "KPIs 2024-25"
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
BLOCK_FILL = {
    "Actual": PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7"),
    "Target": PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED"),
    "RAG": PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC"),
}
THIN = Side(style="thin", color="FF808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP, SUB = 4, 5
FIRST_BLOCK = 4  # column D: Actual Q1

# code, indicator, unit, actuals Q1..Q4, targets Q1..Q4, RAG Q1..Q4, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("GBC01", "Council tax collected in year (cumulative)", "%",
     (29.8, 57.4, 84.9, None), (29.5, 57.0, 84.5, 97.5), ("G", "G", "G", None), None),
    ("GBC02", "Business rates collected in year (cumulative)", "%",
     (31.0, 56.2, 82.7, None), (30.5, 57.5, 84.0, 98.0), ("G", "A", "A", None),
     "Two large hereditaments in administration."),
    ("GBC03", "Average days to process new Housing Benefit and Council Tax Support claims", "Days",
     (18.7, 17.8, 16.2, None), (18, 18, 18, 18), ("A", "G", "G", None), None),
    ("GBC04", "Average days to process changes of circumstances", "Days",
     (6.1, 7.9, 9.4, None), (7, 7, 7, 7), ("G", "R", "R", None),
     "Backlog after the annual uprating; overtime agreed for January."),
    ("GBC05", "Household waste sent for reuse, recycling and composting", "%",
     (36.8, 38.2, 31.9, None), (38, 38, 34, 32), ("A", "G", "R", None),
     "Targets follow the garden waste season."),
    ("GBC06", "Missed bins per 100,000 collections", "No.",
     (46, 52, 41, None), (50, 50, 50, 50), ("G", "A", "G", None), None),
    ("GBC07", "Fly-tipping incidents removed within 5 working days", "%",
     (94.1, 96.3, 97.8, None), (95, 95, 95, 95), ("A", "G", "G", None), None),
    ("GBC08", "Major planning applications determined within 13 weeks or agreed time", "%",
     (100.0, "n/a", 75.0, None), (70, 70, 70, 70), ("G", "n/a", "G", None),
     "No major applications were determined in Q2."),
    ("GBC09", "Visits to the council's leisure centres", "No.",
     (168420, 159870, 171305, None), (160000, 150000, 165000, 175000), ("G", "G", "G", None), None),
    ("GBC10", "Working days lost to sickness per FTE (cumulative)", "Days",
     (2.1, 4.6, 7.2, None), (2.0, 4.0, 6.0, 8.0), ("A", "R", "R", None),
     "Long-term absence in the waste service accounts for 40%."),
    ("GBC11", "Freedom of Information requests answered within 20 working days", "%",
     (91.0, 88.4, None, None), (90, 90, 90, 90), ("G", "A", None, None),
     "Q3 data to follow (case management system migration)."),
    ("GBC12", "Customer enquiries resolved at first point of contact", "%",
     (74.2, 76.9, 78.4, None), ("-", "-", "-", "-"), (None, None, None, None),
     "Monitored for information; no target set."),
    ("GBC13", "Households whose homelessness was prevented or relieved", "No.",
     (61, 58, 66, None), (55, 55, 55, 55), ("G", "G", "G", None), None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's corporate KPI sheet laid out measure over period.

    Many quarterly trackers group the columns by period (a quarter merged
    over its Actual, Target and RAG). This one, kept by a borough council's
    performance officer for the whole year, groups them the other way:
    'Actual' merged over four columns headed Q1, Q2, Q3, Q4, then 'Target'
    merged over its own Q1..Q4, then 'RAG' over Q1..Q4, with Code,
    Indicator, Unit and Comments merged down both heading rows; the year
    is in the title ('Corporate Performance Indicators 2024/25') and each
    block is shaded its own colour. The Q4 targets were typed in at the
    start of the year, so the Q4 Actual and RAG columns are empty while Q4
    Target is full. Targets are profiled by quarter for the cumulative and
    seasonal measures; the first-contact measure has '-' targets and no
    RAG; no major planning applications were decided in Q2 ('n/a' figure
    and RAG); the FOI Q3 figure had not arrived.

    A careful reader matches each Actual column with the Target and RAG
    columns of the same quarter in the other blocks: Q2 2024/25's figure
    sits with Q2's target and Q2's letter, and so on. Q4 gives no
    observation (targets but no figures); the blank FOI Q3 gives none; 'n/a'
    is kept as Q2's text with Q2's target and no rating; '-' is no target.
    The Unit column gives units (%, No., Days).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Gedling Borough Council \u2013 Corporate Performance Indicators 2024/25")
    sheet["A2"] = "Position at the end of Quarter 3 (31 December 2024)"
    sheet["A2"].font = Font(italic=True)
    for col, label in ((1, "Code"), (2, "Indicator"), (3, "Unit")):
        letter = get_column_letter(col)
        merge(sheet, f"{letter}{TOP}:{letter}{SUB}", label)
        sheet[f"{letter}{TOP}"].alignment = Alignment(horizontal="center", vertical="center")
    last_block = FIRST_BLOCK + 3 * len(QUARTERS)
    comments = get_column_letter(last_block)
    merge(sheet, f"{comments}{TOP}:{comments}{SUB}", "Comments")
    sheet[f"{comments}{TOP}"].alignment = Alignment(horizontal="center", vertical="center")
    for b, block in enumerate(("Actual", "Target", "RAG")):
        first = FIRST_BLOCK + b * len(QUARTERS)
        span = f"{get_column_letter(first)}{TOP}:{get_column_letter(first + 3)}{TOP}"
        merge(sheet, span, block)
        put_row(sheet, SUB, first, list(QUARTERS), bold=True)
        for col in range(first, first + len(QUARTERS)):
            for r in (TOP, SUB):
                cell = sheet.cell(row=r, column=col)
                cell.fill = BLOCK_FILL[block]
                cell.alignment = Alignment(horizontal="center")
    for r in (TOP, SUB):
        for col in range(1, last_block + 1):
            sheet.cell(row=r, column=col).border = GRID
    exp = Expected([])
    for i, (code, name, unit, actuals, targets, rags, comment) in enumerate(ROWS):
        row = SUB + 1 + i
        assert isinstance(actuals, tuple)
        assert isinstance(targets, tuple)
        assert isinstance(rags, tuple)
        put_row(sheet, row, 1, [code, name, unit, *actuals, *targets, *rags, comment])
        for col in range(1, last_block + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if col >= FIRST_BLOCK and col < last_block:
                cell.alignment = Alignment(horizontal="center")
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
        for q, rating in enumerate(rags):
            if rating in RAG_FILL:
                rgb = RAG_FILL[str(rating)]
                sheet.cell(row=row, column=FIRST_BLOCK + 8 + q).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
        for quarter, actual, target, rating in zip(QUARTERS, actuals, targets, rags, strict=True):
            if actual is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    f"{quarter} 2024/25",
                    num(actual),
                    text_of(actual),
                    num(target),
                    RAG.get(str(rating)),
                )
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    foot = SUB + len(ROWS) + 2
    notes = (
        "RAG: G = target met; A = within 5% of target; R = more than 5% off target. "
        "Targets for cumulative and seasonal measures are profiled by quarter.",
        "Q4 figures will be added for the annual report in June 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 6
    for col in range(FIRST_BLOCK, last_block):
        sheet.column_dimensions[get_column_letter(col)].width = 8
    sheet.column_dimensions[comments].width = 50
    sheet.freeze_panes = f"D{SUB + 1}"
    save(book, path)
    return exp

"""A visible scorecard, last year's copy of it on a veryHidden sheet and an ordinary hidden lookup sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    observed,
    put_row,
    save,
    title,
)

VISIBLE, OLD, LISTS = "Scorecard", "Scorecard 23-24", "Lists"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
OLD_QUARTERS = ("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
THIN = Side(style="thin", color="FFBFBFBF")
DIRECTORATES = ("Place and Growth", "Communities", "Corporate Services")

# directorate, ref, measure, this year's Q1..Q3, target 2024/25, RAG (Q3), comment,
# then last year's Q1..Q4, target 2023/24 and RAG (Q4) as kept on the very hidden copy
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Growth", "PG01", "Major planning applications determined in time (%)",
     (83.3, 75.0, 88.9), 70, "Green", None, (66.7, 80.0, 71.4, 85.7), 65, "Green"),
    ("Place and Growth", "PG02", "Minor planning applications determined in time (%)",
     (78.2, 81.5, 79.0), 80, "Amber", "Two long-term vacancies in the team.",
     (70.4, 72.9, 75.1, 77.8), 75, "Green"),
    ("Place and Growth", "PG03", "Household waste recycled and composted (%)",
     (50.2, 52.6, 46.1), 50, "Amber", "Seasonal drop in garden waste.",
     (48.1, 51.0, 44.7, 43.9), 50, "Red"),
    ("Place and Growth", "PG04", "Car parking income against budget (%)",
     (101.2, 104.8, 99.1), 100, "Amber", None, (97.3, 99.8, 96.5, 98.2), 100, "Amber"),
    ("Communities", "CM01", "Households prevented from becoming homeless", (64, 71, 58), 60,
     "Amber", "Q3 lower as prevention officer seconded.", (52, 49, 61, 57), 55, "Green"),
    ("Communities", "CM02", "Households in temporary accommodation (snapshot)", (41, 46, 52), 45,
     "Red", "Increase in families placed in B&B over Christmas.", (38, 35, 40, 44), 40, "Red"),
    ("Communities", "CM03", "Disabled facilities grants completed", (22, 27, 31), 25, "Green",
     None, (18, 20, 24, 29), 20, "Green"),
    ("Communities", "CM04", "Leisure centre visits", (141230, 152876, 128405), 135000, "Red",
     "Pool closed for three weeks in November.", (132110, 139452, 125870, 137008), 130000,
     "Green"),
    ("Corporate Services", "CS01", "Council tax collected in year (%)", (29.3, 56.4, 83.2), 84.0,
     "Amber", None, (29.8, 57.0, 84.1, 97.9), 98.0, "Amber"),
    ("Corporate Services", "CS02", "Average days to process new benefit claims", (17.9, 16.2, 18.5),
     18, "Amber", None, (21.4, 19.8, 20.2, 18.7), 20, "Green"),
    ("Corporate Services", "CS03", "Calls answered within 2 minutes (%)", (76.5, 81.0, 84.3), 80,
     "Green", None, (68.2, 71.9, 70.4, 74.6), 75, "Amber"),
    ("Corporate Services", "CS04", "Working days lost to sickness per FTE (rolling 12 months)",
     (8.4, 8.1, None), 7.5, None, "Q3 HR figures not available in time for this report.",
     (9.3, 9.1, 8.8, 8.6), 8.0, "Red"),
)  # fmt: skip


def _layout(sheet: Worksheet, year: str, quarters: tuple[str, ...]) -> None:
    title(sheet, "A1", "Cheltenham Borough Council \u2013 Corporate Performance Scorecard")
    sheet["A2"] = f"{year} \u2013 quarterly key performance indicators"
    sheet["A2"].font = Font(bold=True)
    latest = quarters[-1].split()[0]
    header = ["Directorate", "Ref", "Measure", *quarters, f"Target {year}", f"RAG ({latest})",
              "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = {"A": 18, "B": 7, "C": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width


def _rag_cell(sheet: Worksheet, row: int, col: int, word: object) -> None:
    if word is None:
        return
    rgb = RAG_FILL[str(word)]
    cell = sheet.cell(row=row, column=col)
    cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    cell.alignment = Alignment(horizontal="center")


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate scorecard workbook to Cabinet.

    Cheltenham style: the officer who keeps the scorecard copied last
    year's sheet to start this year's and, so that nobody reports from the
    wrong one, set the old copy ('Scorecard 23-24') to veryHidden: it is not
    listed under Unhide in Excel and only shows in the VBA editor. It has
    the same layout (Directorate, Ref, Measure, quarters, 'Target 2023/24',
    'RAG (Q4)', Comments) with all four quarters of 2023/24. A third sheet,
    'Lists', is ordinarily hidden and holds the RAG words and directorate
    names behind the visible sheet's drop-down lists. The visible
    'Scorecard' has Q1 to Q3 2024/25, 'Target 2024/25', a filled 'RAG (Q3)'
    word from the drop-down and comments; the sickness Q3 is blank.

    A careful reader opening the workbook sees one sheet and takes it as
    the scorecard: each quarter 2024/25 with the 2024/25 target, the RAG
    with Q3 (for sickness, with nothing: its latest figure, Q2, is not
    rated in this report's RAG column, which is headed Q3). The very
    hidden copy is last year's working sheet that the author took pains
    to keep out of sight, so its 2023/24 figures and ratings are no
    observations; the lookup sheet holds no figures.
    """
    book, sheet = new_book(VISIBLE)
    _layout(sheet, "2024/25", QUARTERS)
    old = book.create_sheet(OLD)
    _layout(old, "2023/24", OLD_QUARTERS)
    lists = book.create_sheet(LISTS)
    put_row(lists, 1, 1, ["RAG", "Directorate"], bold=True)
    for i, word in enumerate(RAG_FILL, start=2):
        lists.cell(row=i, column=1, value=word)
    for i, team in enumerate(DIRECTORATES, start=2):
        lists.cell(row=i, column=2, value=team)

    rag_list = DataValidation(type="list", formula1=f"{LISTS}!$A$2:$A$4", allow_blank=True)
    dir_list = DataValidation(type="list", formula1=f"{LISTS}!$B$2:$B$4", allow_blank=True)
    sheet.add_data_validation(rag_list)
    sheet.add_data_validation(dir_list)

    exp = Expected([])
    for i, spec in enumerate(ROWS):
        directorate, ref, name, this, target, rag, comment, last, old_target, old_rag = spec
        r = FIRST + i
        assert isinstance(this, tuple) and isinstance(last, tuple)
        put_row(sheet, r, 1, [directorate, ref, name, *this, target, rag, comment])
        _rag_cell(sheet, r, 8, rag)
        put_row(old, r, 1, [directorate, ref, name, *last, old_target, old_rag])
        _rag_cell(old, r, 9, old_rag)
        for ws, ncols in ((sheet, 9), (old, 10)):
            for col in range(1, ncols + 1):
                ws.cell(row=r, column=col).border = Border(bottom=THIN)
            for col in range(4, ncols - 1):
                cell = ws.cell(row=r, column=col)
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
        sheet.cell(row=r, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        exp.observations += observed(
            str(ref),
            str(name),
            QUARTERS,
            this,
            float(str(target)),
            RAG[str(rag)] if rag is not None else None,
        )
    last_row = FIRST + len(ROWS) - 1
    rag_list.add(f"H{FIRST}:H{last_row}")
    dir_list.add(f"A{FIRST}:A{last_row}")

    foot = last_row + 2
    notes = (
        "RAG: Green \u2013 target met; Amber \u2013 within 10% of target; Red \u2013 more than 10% "
        "away from target.",
        "Figures for Q1 and Q2 are as reported to Cabinet in September and December 2024.",
    )
    for j, line in enumerate(notes, start=foot):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    old.cell(row=foot, column=1, value="Year-end figures \u2013 FINAL").font = Font(bold=True)
    sheet.column_dimensions["I"].width = 45

    old.sheet_state = "veryHidden"
    lists.sheet_state = "hidden"
    old.sheet_view.tabSelected = False
    lists.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    book.active = 0
    save(book, path)
    return exp

"""Year headings typed once over the first quarter of each year, not merged: '2023/24' over Q1 only, then '2024/25' over the next Q1."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "PI trend"
YEARS = ("2023/24", "2024/25")
BARE = ("Q1", "Q2", "Q3", "Q4")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": "FF92D050", "A": "FFFFC000", "R": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF8EA9DB")
MEDIUM = Side(style="medium", color="FF2F5597")
YEAR_ROW, HEAD_ROW, FIRST = 5, 6, 7
# columns: A code, B indicator, C-F 2023/24 Q1-Q4, G target, H-K 2024/25 Q1-Q4, L target, M RAG, N comment
BLOCK_START = (3, 8)
LAST_COL = 14

# code, indicator, 2023/24 Q1-Q4, 2023/24 target, 2024/25 Q1-Q4, 2024/25 target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Calls answered by the Customer Service Centre (%)",
     86.2, 88.1, 84.5, 87.9, 85.0, 89.4, 90.2, None, None, 88.0, "G", None),
    ("CSC02", "Average wait before a call is answered (seconds)",
     142, 118, 156, 131, 120.0, 104, 97, None, None, 120.0, "G", None),
    ("RB01", "Average days to process new Housing Benefit claims",
     19.2, 17.8, 18.4, 16.9, 20.0, 15.7, 16.3, None, None, 18.0, "G", None),
    ("RB02", "Council tax collected in year (cumulative %)",
     29.8, 57.4, 85.1, 97.6, 97.5, 29.5, 57.0, None, None, 97.5, "A",
     "Collection 0.4 points behind the same point last year."),
    ("HO01", "Households in temporary accommodation at quarter end",
     87, 94, 101, 98, None, 105, 112, None, None, None, None, "Monitored; no target set."),
    ("HO02", "Average days to re-let council homes (general needs)",
     34.1, 31.8, 29.6, 28.0, 30.0, 26.4, 27.9, None, None, 28.0, "G", None),
    ("HO03", "Responsive repairs completed right first time (%)",
     84.0, 85.6, 83.9, 86.2, 88.0, 87.1, 89.3, None, None, 88.0, "G", None),
    ("HO04", "Tenants satisfied with the repairs service (%)",
     None, 78.0, None, 80.5, 80.0, None, 82.1, None, None, 82.0, "G", "Surveyed twice a year."),
    ("EN01", "Household waste sent for reuse, recycling and composting (%)",
     52.9, 54.3, 47.8, 44.1, 50.0, 53.6, "n/a", None, None, 51.0, None,
     "Q2 tonnages not yet confirmed by Hertfordshire County Council."),
    ("EN02", "Fly-tips removed within 2 working days (%)",
     92.5, 94.0, 95.1, 96.3, 95.0, 97.2, 96.8, None, None, 95.0, "G", None),
    ("PL01", "Major planning applications determined in time (%)",
     100.0, 75.0, 83.3, 90.9, 70.0, 87.5, 100.0, None, None, 70.0, "G", None),
    ("PL02", "Minor planning applications determined in time (%)",
     81.3, 84.7, 79.2, 88.0, 85.0, 90.4, 86.1, None, None, 85.0, "G", None),
    ("NS01", "Food businesses due an inspection inspected on time (%)",
     None, None, None, None, None, 72.0, 78.5, None, None, 85.0, "R",
     "New measure for 2024/25; catch-up of post-Covid backlog continues."),
    ("NS02", "Anti-social behaviour cases closed within 28 days (%)",
     66.7, 70.4, 68.2, 75.0, 75.0, 71.9, 69.0, None, None, 75.0, "A", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's two-year quarterly indicator trend sheet.

    Dacorum Borough Council style, a trend sheet kept by the performance
    team and pasted into the quarterly report to the overview and scrutiny
    committees: a row of year headings over a row of bare 'Q1'..'Q4'
    headings. Each year was typed once, in the cell above its first
    quarter, and not merged or centred: '2023/24' above the first Q1 with
    the cells above its Q2-Q4 and Target left blank, then '2024/25' above
    the second Q1. Each year block ends with its own bare 'Target' column;
    a single 'RAG' and 'Comments' follow. A medium border marks the start
    of each block. The report is at Quarter 2 2024/25, so the 2024/25 Q3
    and Q4 columns are empty; the repairs survey is twice yearly (Q2 and
    Q4 only); the food inspection measure began in 2024/25; recycling's
    2024/25 Q2 says 'n/a' with no rating; the temporary accommodation count
    has no target.

    A careful reader carries each year heading rightwards over the
    unlabelled columns until the next year heading: the first Q1-Q4 and
    Target are 2023/24, the second 2024/25. Each quarter's figure takes the
    target of its own year's block (none where that cell is blank), and the
    RAG belongs to the latest quarter reported, Q2 2024/25. 'n/a' is kept as
    EN01's Q2 2024/25 text. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Dacorum Borough Council")
    sheet["A2"] = "Corporate performance indicators \u2013 quarterly trend to Quarter 2 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Finance and Resources Overview and Scrutiny Committee, 5 November 2024"
    sheet["A3"].font = Font(italic=True)
    for start, year in zip(BLOCK_START, YEARS, strict=True):
        cell = sheet.cell(row=YEAR_ROW, column=start, value=year)
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="left")
    header = ["Code", "Indicator", *BARE, "Target", *BARE, "Target", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        left = MEDIUM if col in BLOCK_START else THIN
        cell.border = Border(left=left, right=THIN, top=THIN, bottom=THIN)
    exp = Expected([])
    for i, cells in enumerate(ROWS):
        code, name = cells[:2]
        first_year, first_target = cells[2:6], cells[6]
        second_year, second_target = cells[7:11], cells[11]
        rag, comment = cells[12:]
        row = FIRST + i
        put_row(sheet, row, 1, [code, name, *first_year, first_target, *second_year,
                                second_target, rag, comment])  # fmt: skip
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            left = MEDIUM if col in BLOCK_START else THIN
            cell.border = Border(left=left, right=THIN, top=THIN, bottom=THIN)
            if 3 <= col <= 13:
                cell.alignment = Alignment(horizontal="center")
        if rag is not None:
            rgb = FILLS[str(rag)]
            sheet.cell(row=row, column=13).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        for year, figures, target in (
            (YEARS[0], first_year, first_target),
            (YEARS[1], second_year, second_target),
        ):
            goal = None if target is None else float(str(target))
            latest = RAG.get(str(rag)) if year == YEARS[1] else None
            exp.observations += observed(
                str(code), str(name), [f"{q} {year}" for q in BARE], figures, goal, latest
            )
    foot = FIRST + len(ROWS) + 1
    notes = (
        "RAG compares the latest quarter with this year's target (RB02, which is year to date, "
        "with the collection profile for the quarter). Other percentages are for the quarter.",
        "Source: Dacorum performance management system; HO04 from the STAR repairs survey.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 58
    for col in range(3, 14):
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = 8
    sheet.column_dimensions["N"].width = 44
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

"""A block per financial year down one sheet: a '2023/24' section row over bare Q1..Q4 headings, then a '2024/25' section."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "RBCS indicators"
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
BAND = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
HEAD = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# code, indicator, then (Q1, Q2, Q3, Q4, target) for 2023/24 (None: not in that year's block)
# and (Q1, Q2, Q3, Q4, target, RAG) for 2024/25 (None: dropped from the 2024/25 block)
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB01", "Council tax collected in year (cumulative %)",
     (29.1, 56.3, 83.9, 96.8, 97.0), (28.8, 56.0, 83.2, None, 97.0, "A")),
    ("RB02", "Business rates collected in year (cumulative %)",
     (31.5, 58.9, 85.7, 98.1, 98.0), (30.2, 57.4, 84.9, None, 98.0, "G")),
    ("RB03", "Average days to process new Housing Benefit claims",
     (21.4, 19.8, 18.2, 17.5, 20.0), (18.9, 17.2, 16.4, None, 18.0, "G")),
    ("RB04", "Average days to process Housing Benefit changes of circumstances",
     (6.8, 5.9, 5.1, 4.2, 6.0), (5.6, 6.3, 7.4, None, 5.0, "R")),
    ("RB05", "Average days to process new Council Tax Reduction claims",
     (24.1, 22.7, 21.0, 19.6, 22.0), (20.3, 21.8, 22.9, None, 20.0, "A")),
    ("RB06", "Housing Benefit overpayments recovered in year (%)",
     (71.2, 73.8, 74.5, 76.0, 75.0), (77.3, 75.1, 74.0, None, 75.0, "A")),
    ("CS01", "Telephone calls answered (%)",
     (84.2, 81.6, 86.9, 88.3, 85.0), (87.5, 89.1, 90.4, None, 88.0, "G")),
    ("CS02", "Average wait for a call to be answered (seconds)",
     (142, 171, 118, 96, 120), (104, 98, 87, None, 100, "G")),
    ("CS03", "Complaints responded to within 10 working days (%)",
     (78.0, 82.5, 85.1, 88.0, 90.0), (91.2, 86.7, 84.4, None, 90.0, "A")),
    ("CS04", "Online forms processed within 5 working days (%)",
     (92.3, 94.0, 95.6, 96.1, 95.0), (96.8, None, 97.5, None, 95.0, "G")),
    ("CS05", "Visitors to the Council Offices customer service centre",
     (3412, 3198, 2870, 2954, None), None),
    ("CS06", "Customers satisfied with the face-to-face service (%)",
     None, (None, 91.0, None, None, 90.0, "G")),
)  # fmt: skip


def _section(sheet: Worksheet, row: int, year: str, width: int) -> None:
    """The dark section row that carries only the year."""
    cell = sheet.cell(row=row, column=1, value=year)
    cell.font = Font(bold=True, color="FFFFFFFF", size=12)
    for col in range(1, width + 1):
        sheet.cell(row=row, column=col).fill = BAND
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def build(path: Path) -> Expected:
    """Imitates a borough council's revenues, benefits and customer services indicator sheet.

    The service keeps one sheet and adds a block for each new financial
    year beneath the last: a dark section row with only the year ('2023/24',
    then '2024/25'), then a heading row with bare 'Q1 | Q2 | Q3 | Q4' and
    that year's 'Target'; the current year's block also has a RAG column
    (the old block never had one). The same codes appear in both blocks;
    one count was dropped for 2024/25 and a twice-yearly satisfaction
    measure was added (its Q2 survey rated). 2024/25 runs to Q3; Q4 is
    blank; one Q2 online-forms figure was lost in a system outage.

    A careful reader dates each block's quarters by the section row above
    it (Q2 in the lower block is Q2 2024/25), takes each block's Target for
    its own year's quarters, and the RAG as the rating of the latest
    2024/25 quarter given on the row (Q2 for the survey). The cumulative
    collection rates are read as the figures stated. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Broxtowe Borough Council")
    sheet["A2"] = "Revenues, Benefits and Customer Services \u2013 performance indicators"
    sheet["A2"].font = Font(italic=True)
    exp = Expected([])
    row = 4
    for year, index, rated in (("2023/24", 2, False), ("2024/25", 3, True)):
        header = ["Code", "Indicator", *QUARTERS, "Target", *(["RAG"] if rated else [])]
        _section(sheet, row, year, 8)
        put_row(sheet, row + 1, 1, header, bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row + 1, column=col).fill = HEAD
            sheet.cell(row=row + 1, column=col).alignment = Alignment(horizontal="center")
        row += 2
        for entry in ROWS:
            code, name, block = entry[0], entry[1], entry[index]
            if block is None:
                continue
            assert isinstance(block, tuple)
            figures, target = block[:4], block[4]
            rag = block[5] if rated else None
            put_row(sheet, row, 1, [code, name, *figures, target, rag])
            for col in (3, 4, 5, 6, 7):
                if isinstance(sheet.cell(row=row, column=col).value, float):
                    sheet.cell(row=row, column=col).number_format = "0.0"
            periods = [f"{q} {year}" for q in QUARTERS]
            goal = None if target is None else float(str(target))
            status = None if rag is None else RAG[str(rag)]
            exp.observations += observed(str(code), str(name), periods, figures, goal, status)
            row += 1
        row += 1
    notes = (
        "RB01 and RB02 are cumulative collection rates; the target is for the year end.",
        "CS04 Q2 2024/25 not available: the online forms platform was replaced in August.",
        "CS05 was removed from the indicator set for 2024/25. CS06 is surveyed in Q2 and Q4.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp

"""A long table (a row per indicator per quarter) whose Year cells are merged down over their quarter rows, code and name merged too."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "KPI trend"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": "FFC6EFCE", "Amber": "FFFFEB9C", "Red": "FFFFC7CE"}
HEAD_FILL = "FF385723"
THIN = Side(style="thin", color="FF7F7F7F")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER = ("Ref", "Key performance indicator", "Year", "Quarter", "Result", "Target", "Status",
          "Comment")  # fmt: skip
HEAD = 4
QUARTERS = ("Q1", "Q2", "Q3", "Q4")

# ref, indicator, then per year: (year, target per quarter (or one for the year),
# rows: (quarter as typed, result, status, comment)); a result of None is a blank cell.
# The quarter 'Annual' is a yearly figure.
INDICATORS: tuple[tuple[object, ...], ...] = (
    ("KPI01", "Percentage of major planning applications determined within 13 weeks or an agreed extension", (
        ("2023/24", (60, 60, 60, 60), (("Q1", 80.0, "Green", None), ("Q2", 100.0, "Green", None),
                                       ("Q3", 66.7, "Green", None), ("Q4", 83.3, "Green", None))),
        ("2024/25", (65, 65, 65, 65), (("Q1", 75.0, "Green", None), ("Q2", 57.1, "Red", "3 of 7 decided late: complex S106 negotiations."),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI02", "Percentage of minor planning applications determined within 8 weeks or an agreed extension", (
        ("2023/24", (70, 70, 70, 70), (("Q1", 74.2, "Green", None), ("Q2", 69.0, "Amber", None),
                                       ("Q3", 78.5, "Green", None), ("Q4", 81.3, "Green", None))),
        ("2024/25", (75, 75, 75, 75), (("Q1", 84.6, "Green", None), ("Q2", 88.1, "Green", None),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI03", "Average number of days to process new benefit claims", (
        ("2023/24", (20, 20, 20, 20), (("Q1", 21.6, "Amber", None), ("Q2", 19.8, "Green", None),
                                       ("Q3", 18.5, "Green", None), ("Q4", 24.1, "Red", "Year-end uprating workload."))),
        ("2024/25", (18, 18, 18, 18), (("Q1", 17.6, "Green", None), ("Q2", 18.9, "Amber", None),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI04", "Percentage of council tax collected (cumulative)", (
        ("2023/24", (29.0, 57.0, 85.0, 98.0), (("Q1", 29.4, "Green", None), ("Q2", 57.3, "Green", None),
                                               ("Q3", 84.6, "Amber", None), ("Q4", 97.8, "Amber", None))),
        ("2024/25", (29.0, 57.0, 85.0, 98.0), (("Q1", 29.1, "Green", None), ("Q2", 56.2, "Amber", None),
                                               ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI05", "Percentage of household waste sent for reuse, recycling and composting", (
        ("2023/24", (52, 52, 52, 52), (("Q1", 55.8, "Green", None), ("Q2", 54.1, "Green", None),
                                       ("Q3", 48.7, "Amber", "Seasonal fall in garden waste."),
                                       ("Q4", 47.9, "Amber", None))),
        ("2024/25", (53, 53, 53, 53), (("Q1", 56.4, "Green", None),
                                       ("Q2", "Awaiting data", None, "Figure from Gloucestershire County Council due November."),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI06", "Residual household waste per household (kg)", (
        ("2023/24", (95, 95, 95, 95), (("Q1", 92.6, "Green", None), ("Q2", 94.0, "Green", None),
                                       ("Q3", 99.3, "Amber", None), ("Q4", 96.1, "Amber", None))),
        ("2024/25", (95, 95, 95, 95), (("Q1", 91.8, "Green", None), ("Q2", 93.5, "Green", None),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI07", "Number of reported fly-tipping incidents", (
        ("2023/24", ("n/a",) * 4, (("Q1", 214, None, None), ("Q2", 236, None, None),
                                   ("Q3", 188, None, None), ("Q4", 201, None, None))),
        ("2024/25", ("n/a",) * 4, (("Q1", 229, None, None), ("Q2", 251, None, "Data only: no target."),
                                   ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI08", "Percentage of food establishments broadly compliant with food hygiene law", (
        ("2023/24", (95, 95, 95, 95), (("Q1", 96.2, "Green", None), ("Q2", 96.8, "Green", None),
                                       ("Q3", 97.0, "Green", None), ("Q4", 96.5, "Green", None))),
        ("2024/25", (96, 96, 96, 96), (("Q1", 95.1, "Amber", None), ("Q2", 96.3, "Green", None),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI09", "Customer satisfaction with the Public Service Centre (%)", (
        ("2023/24", (90,), (("Annual", 88.4, "Amber", "Annual customer survey, March 2024."),)),
        ("2024/25", (90,), (("Annual", None, None, "Survey in March 2025."),)),
    )),
    ("KPI10", "Average working days lost to sickness absence per FTE (cumulative)", (
        ("2024/25", (2.0, 4.0, 6.0, 8.0), (("Q1", 1.9, "Green", "New indicator from April 2024."),
                                           ("Q2", 4.3, "Amber", None),
                                           ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
    ("KPI11", "Percentage of Stage 1 complaints responded to within 10 working days", (
        ("2023/24", (90, 90, 90, 90), (("Q1", 84.0, "Amber", None), ("Q2", 79.3, "Red", None),
                                       ("Q3", 88.6, "Amber", None), ("Q4", 91.2, "Green", None))),
        ("2024/25", (90, 90, 90, 90), (("Q1", 93.5, "Green", None), ("Q2", 90.4, "Green", None),
                                       ("Q3", None, None, None), ("Q4", None, None, None))),
    )),
)  # fmt: skip


def _merge_down(sheet: Worksheet, col: int, first: int, last: int) -> None:
    """Merge a cell down over its rows, as the tracker's owner does with 'Merge & Centre'."""
    sheet.cell(row=first, column=col).alignment = Alignment(vertical="center", wrap_text=True)
    if last > first:
        sheet.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)


def build(path: Path) -> Expected:
    """Imitates a district council's KPI trend tracker kept as a long table.

    Tewkesbury Borough Council style, the tracker behind the Overview and
    Scrutiny Committee's quarterly report: one row per indicator per
    quarter, two financial years of history, with 'Year', 'Quarter'
    (Q1..Q4, or 'Annual' for the yearly survey), 'Result', 'Target',
    'Status' (Green/Amber/Red words on pale fills) and 'Comment'. The owner
    merged the Ref and indicator cells down over all of an indicator's rows
    and each Year cell down over that year's quarter rows, so only the top
    row of each merged block holds the text. The 2024/25 rows were set up
    for the whole year with their targets, so Q3 and Q4 have a target and
    no result; a new indicator has 2024/25 rows only; the fly-tipping count
    has 'n/a' targets; the recycling Q2 says 'Awaiting data'.

    A careful reader spreads each merged cell over the rows it covers: the
    year over its quarters (Q2 on a 2023/24 row is Q2 2023/24), the code and
    name over the indicator's rows. Each row's target and status belong to
    that row's quarter (targets change between years, the council tax and
    sickness targets are profiled by quarter). 'Annual' is the financial
    year itself. Rows with a target and no result are no observation;
    'Awaiting data' is kept as the text of Q2 2024/25. No unit or polarity
    column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tewkesbury Borough Council \u2013 Key performance indicator trend")
    sheet["A2"] = (
        "2023/24 and 2024/25, position at Quarter 2. Overview and Scrutiny Committee, 12 November 2024."
    )
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, HEAD, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill(fill_type="solid", start_color=HEAD_FILL, end_color=HEAD_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD + 1
    for ref, name, years in INDICATORS:
        assert isinstance(years, tuple)
        top = row
        for year, targets, quarters in years:
            assert isinstance(quarters, tuple) and isinstance(targets, tuple)
            year_top = row
            for k, (quarter, result, status, comment) in enumerate(quarters):
                target = targets[k] if len(targets) > 1 else targets[0]
                put_row(sheet, row, 4, [quarter, result, target, status, comment])
                if year_top == row:
                    sheet.cell(row=row, column=3, value=year)
                if status:
                    colour = RAG_FILL[str(status)]
                    sheet.cell(row=row, column=7).fill = PatternFill(
                        fill_type="solid", start_color=colour, end_color=colour
                    )
                for col in range(1, len(HEADER) + 1):
                    sheet.cell(row=row, column=col).border = GRID
                if result is not None:
                    period = f"{quarter} {year}" if quarter in QUARTERS else str(year)
                    goal = float(str(target)) if isinstance(target, int | float) else None
                    rag = RAG[str(status)] if status else None
                    if isinstance(result, str):
                        obs = Obs(str(ref), str(name), period, None, result, goal, rag)
                    else:
                        obs = Obs(str(ref), str(name), period, float(str(result)), None, goal, rag)
                    exp.observations.append(obs)
                row += 1
            _merge_down(sheet, 3, year_top, row - 1)
        sheet.cell(row=top, column=1, value=ref)
        sheet.cell(row=top, column=2, value=name)
        _merge_down(sheet, 1, top, row - 1)
        _merge_down(sheet, 2, top, row - 1)
    sheet.cell(row=row + 1, column=1, value="Status: Green = target met; Amber = within 10% of target; Red = more than 10% off target.").font = Font(size=9)  # fmt: skip
    sheet.cell(row=row + 2, column=1, value="Council tax and sickness targets are cumulative profiles for the quarter.").font = Font(size=9)  # fmt: skip
    for letter, width in zip("ABCDEFGH", (8, 52, 9, 9, 10, 9, 10, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(row=HEAD + 1, column=1)
    save(book, path)
    return exp

"""A Word table pasted into Excel: one 'Performance' cell per indicator listing its quarters on separate lines ('Q1: 85%')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "Sheet1"
YEAR = "2024/25"
RAG: dict[str, Rag | None] = {"Green": "green", "Amber": "amber", "Red": "red", "N/A": None}
FILLS = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF0000"}
LINE = Side(style="thin", color="FF000000")
BOX = Border(left=LINE, right=LINE, top=LINE, bottom=LINE)
WORD_FONT = Font(name="Arial", size=10)

# ref, indicator, performance cell as typed, (Q1, Q2, Q3) as read (a str is a marker),
# target as pasted (a float under a percent format, a number or words), target as read,
# RAG word, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("KPI 01", "Percentage of household waste sent for reuse, recycling and composting",
     "Q1: 48.2%\nQ2: 47.5%\nQ3: 45.8%", (48.2, 47.5, 45.8), 0.5, 50.0, "Amber",
     "Garden waste tonnage falls in the autumn quarter; the year-end forecast is 47%."),
    ("KPI 02", "Missed bin collections per 100,000 collections",
     "Q1: 62\nQ2: 58\nQ3: 71", (62.0, 58.0, 71.0), 60, 60.0, "Red",
     "Round changes in November caused a short-term rise."),
    ("KPI 03", "Average days to process new Housing Benefit claims",
     "Q1: 19.4 days\nQ2: 18.1 days\nQ3: 17.6 days", (19.4, 18.1, 17.6), "20 days", 20.0, "Green",
     None),
    ("KPI 04", "Council tax collected in year (cumulative)",
     "Q1: 29.6%\nQ2: 57.0%\nQ3: 84.1%", (29.6, 57.0, 84.1), 0.975, 97.5, "Green",
     "On profile to reach the year-end target."),
    ("KPI 05", "Major planning applications determined within 13 weeks or agreed time",
     "Q1: 100%\nQ2: 85.7%\nQ3: 80%", (100.0, 85.7, 80.0), 0.6, 60.0, "Green",
     "Five major applications decided in Q3, four in time."),
    ("KPI 06", "Minor planning applications determined within 8 weeks or agreed time",
     "Q1 - 78.3%\nQ2 - 81.0%\nQ3 - 84.5%", (78.3, 81.0, 84.5), 0.85, 85.0, "Amber",
     None),
    ("KPI 07", "Households in temporary accommodation at quarter end",
     "Q1: 96\nQ2: 104\nQ3: 117", (96.0, 104.0, 117.0), "N/A", None, "N/A",
     "Monitoring only. Demand continues to rise in line with the national picture."),
    ("KPI 08", "Homelessness cases prevented or relieved in the quarter",
     "Q1: 54\n\nQ2: 61\n\nQ3: 49", (54.0, 61.0, 49.0), 50, 50.0, "Amber",
     None),
    ("KPI 09", "Percentage of calls to the contact centre answered",
     "Q1: 85%\nQ2: 87%\nQ3: 84.5%", (85.0, 87.0, 84.5), 0.85, 85.0, "Amber",
     "Council tax annual billing queries were brought forward into December."),
    ("KPI 10", "Working days lost to sickness absence per FTE in the quarter",
     "Q1: 2.3\nQ2: n/a\nQ3: 2.1", (2.3, "n/a", 2.1), 2, 2.0, "Amber",
     "Q2 figure not available: the payroll system was migrated in August."),
    ("KPI 11", "Freedom of Information requests answered within 20 working days",
     "Q1: 91%\nQ2: 94%\nQ3: 89%", (91.0, 94.0, 89.0), 0.9, 90.0, "Amber",
     None),
    ("KPI 12", "Visits to council leisure centres",
     "Q1: 112,406\nQ2: 118,930\nQ3: 101,254", (112406.0, 118930.0, 101254.0), 100000, 100000.0, "Green",
     "Q3 includes the Christmas closure period."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's committee appendix kept as a Word table and pasted into Excel.

    Many smaller councils write the quarterly performance appendix in Word:
    a table of Ref, Key Performance Indicator, Performance, Target, RAG and
    Commentary, where the officer adds a line to each 'Performance' cell
    every quarter ('Q1: 48.2%' then 'Q2: 47.5%' on the next line), with
    whatever separator they like ('Q1 - 78.3%'), a unit ('19.4 days'), a
    thousands comma, a blank line between quarters in one cell, and 'n/a'
    for a quarter with no figure. A scrutiny officer pasted the table into
    Excel: the title paragraphs land above it in column A, each Performance
    cell keeps its lines, Excel turned the '50%' targets into percentages
    and left '20 days' and 'N/A' as text, and the RAG cells keep Word's
    shading under their words. The financial year is in the title.

    A careful reader takes each labelled line as that quarter's figure of
    2024/25 (percentages in points, '112,406' as 112406, '19.4 days' as
    19.4), 'n/a' as a marker kept as text for Q2, the row's target for every
    quarter listed ('20 days' as 20, 'N/A' as none), and the RAG as the
    rating of Q3, the latest line ('N/A' is no rating). Every line names its
    quarter, so nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Appendix A"
    sheet["A1"].font = Font(name="Arial", size=12, bold=True)
    sheet["A2"] = "Rother District Council \u2013 Key Performance Indicators 2024/25"
    sheet["A2"].font = Font(name="Arial", size=12, bold=True)
    sheet["A3"] = "Quarter 3 (October to December 2024) \u2013 Overview and Scrutiny Committee"
    sheet["A3"].font = WORD_FONT
    header = ["Ref", "Key Performance Indicator", "Performance", "Target", "RAG", "Commentary"]
    put_row(sheet, 5, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=5, column=col)
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFFFF")
        cell.fill = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
        cell.border = BOX
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, typed, figures, target, goal, rag, note) in enumerate(ROWS):
        r = 6 + i
        put_row(sheet, r, 1, [ref, name, typed, target, rag, note])
        for col in range(1, len(header) + 1):
            cell = sheet.cell(row=r, column=col)
            cell.font = WORD_FONT
            cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        if isinstance(target, float):
            sheet.cell(row=r, column=4).number_format = (
                "0%" if round(target * 100) == target * 100 else "0.0%"
            )
        elif isinstance(target, int) and target >= 1000:
            sheet.cell(row=r, column=4).number_format = "#,##0"
        if rag in FILLS:
            colour = FILLS[str(rag)]
            sheet.cell(row=r, column=5).fill = PatternFill(
                fill_type="solid", start_color=colour, end_color=colour
            )
        lines = str(typed).count("\n") + 1
        sheet.row_dimensions[r].height = 13.5 * lines
        assert isinstance(figures, tuple)
        quarters = [f"Q{q} {YEAR}" for q in (1, 2, 3)]
        found = [
            Obs(
                str(ref),
                str(name),
                period,
                value if isinstance(value, float) else None,
                value if isinstance(value, str) else None,
                None if goal is None else float(str(goal)),
            )
            for period, value in zip(quarters, figures, strict=True)
        ]
        last = found[-1]
        found[-1] = Obs(
            last.code, last.name, last.period, last.actual, last.actual_text, last.target,
            RAG[str(rag)],
        )  # fmt: skip
        exp.observations += found
    foot = 6 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value=(
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 10% of target; "
        "Red \u2013 more than 10% adrift of target; N/A \u2013 no target (monitoring only)."
    )).font = Font(name="Arial", size=9, italic=True)  # fmt: skip
    widths = {"A": 9, "B": 48, "C": 20, "D": 11, "E": 9, "F": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp

"""Two heading rows: the quarter ('Q1'..'Q4') on the upper row, its year ('2023/24') beneath."""

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
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPIs Q3"
UPPER = 4
LOWER = 5
FIRST = LOWER + 1
QUARTERS = ("Q3", "Q4", "Q1", "Q2", "Q3")
YEARS = ("2023/24", "2023/24", "2024/25", "2024/25", "2024/25")
PERIODS = tuple(f"{q} {y}" for q, y in zip(QUARTERS, YEARS, strict=True))
THIS_YEAR = {k for k, y in enumerate(YEARS) if y == "2024/25"}
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
YEAR_FILL = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: code, indicator, five quarterly figures (Q3 2023/24,
# Q4 2023/24, Q1..Q3 2024/25), target 2024/25, RAG letter, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste reused, recycled or composted (%)", 49.2, 46.8, 53.1, 54.7, 51.9,
     52, "A", "Seasonal fall in garden waste tonnage."),
    ("PE02", "Residual household waste per household (kg)", 118.4, 121.0, 112.6, 115.3, 117.8,
     115, "A", None),
    ("PE03", "Major planning applications determined in time (%)", 85.7, 92.3, 100.0, 88.9,
     90.0, 80, "G", None),
    ("PE04", "Minor planning applications determined in time (%)", 78.1, 81.4, 84.0, 86.2,
     83.7, 85, "A", None),
    ("PE05", "Fly-tipping incidents removed within 2 working days (%)", 91.0, 93.5, 95.2,
     "n/a", 96.1, 95, "G", "Q2 data lost in the case management migration."),
    ("PE06", "Street cleanliness: land below grade B for litter (%)", 5.1, 4.6, 3.9, 4.2, 4.8,
     5, "G", "Lower is better."),
    ("Housing and Communities",),
    ("HC01", "Households prevented from becoming homeless", 92, 88, 97, 104, 91, None, None,
     "Demand measure; no target set."),
    ("HC02", "Households in temporary accommodation (quarter end)", 61, 66, 70, 74, 79, 60,
     "R", "Rising demand; 14 in bed and breakfast."),
    ("HC03", "Average days to re-let standard council homes", 34.6, 31.2, 29.8, 27.4, 26.9, 28,
     "G", None),
    ("HC04", "Disabled facilities grants completed", 38, 41, 29, 35, None, 36, "A",
     "Q3 figure awaited from the home improvement agency."),
    ("HC05", "Affordable homes delivered", 44, 71, 12, 38, 26, 30, "R", None),
    ("Resources",),
    ("RS01", "Council tax collected in year (%)", 83.9, 97.4, 28.6, 56.9, 84.1, 84.5, "A",
     "Cumulative: compare with the same quarter last year."),
    ("RS02", "Business rates collected in year (%)", 84.8, 98.2, 30.1, 58.4, 85.3, 85, "G",
     None),
    ("RS03", "Working days lost to sickness per FTE (rolling 12 months)", 9.8, 10.1, 9.6, 9.3,
     8.8, 8.5, "A", None),
    ("RS04", "Stage 1 complaints responded to within 10 working days (%)", None, None, 78.0,
     82.5, 87.3, 85, "G", "New measure from April 2024."),
    ("RS05", "Invoices paid within 30 days (%)", 94.6, 95.8, 96.3, 95.1, 97.0, 95, "G", None),
    ("RS06", "Customer calls answered (%)", 88.2, 86.9, 90.4, 91.7, "TBC", 90, None,
     "Q3 telephony report to follow."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI monitor to its overview and scrutiny committee.

    The layout a district's performance officer builds by hand in Excel for
    the Overview and Scrutiny Committee's quarterly monitoring report:
    Code and Indicator, then five figure columns headed on two rows, the
    quarter on the upper row ('Q3', 'Q4', 'Q1', 'Q2', 'Q3') and its
    financial year on the shaded row beneath ('2023/24', '2023/24',
    '2024/25', '2024/25', '2024/25'), so the same 'Q3' appears twice on the
    upper row; then 'Target' over '2024/25', 'RAG' over 'Q3' (a filled
    G/A/R letter) and 'Comment' under shaded portfolio rows. Percentages as
    points with the unit in the name. Notes under the table.

    A careful reader pairs each quarter with the year beneath it: the
    columns are Q3 2023/24, Q4 2023/24, Q1..Q3 2024/25 (the two 'Q3' are a
    year apart). The target names 2024/25, so it belongs to the three
    2024/25 quarters and not to last year's two. The RAG column says Q3
    and rates the latest figure in its row; where Q3 2024/25 is blank
    (disabled facilities grants) the RAG goes on Q2, the latest given, as
    the note says. 'n/a' and 'TBC' are kept as text; 'TBC' has no RAG. The
    demand measure has no target or RAG. 'Lower is better' in one comment
    is not a polarity column, so no polarity or unit is expected.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Key Performance Indicators \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 27 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    upper = ["Code", "Indicator", *QUARTERS, "Target", "RAG", "Comment"]
    lower = [None, None, *YEARS, "2024/25", "Q3", None]
    put_row(sheet, UPPER, 1, upper)
    put_row(sheet, LOWER, 1, lower)
    ncol = len(upper)
    for col in range(1, ncol + 1):
        top = sheet.cell(row=UPPER, column=col)
        top.fill = HEAD
        top.font = Font(bold=True, color="FFFFFFFF")
        top.alignment = Alignment(horizontal="center", vertical="center")
        low = sheet.cell(row=LOWER, column=col)
        low.fill = YEAR_FILL
        low.font = Font(bold=True, size=9)
        low.alignment = Alignment(horizontal="center")
    for col in (1, 2, ncol):  # Code, Indicator and Comment span both heading rows
        sheet.merge_cells(start_row=UPPER, start_column=col, end_row=LOWER, end_column=col)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, *figures, target, rag, comment = spec
        put_row(sheet, row, 1, [code, name, *figures, target, rag, comment])
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 3 + len(figures) + 2):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            cell = sheet.cell(row=row, column=9)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k in THIS_YEAR else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "Each figure column shows the quarter on the top row and the financial year beneath it.",
        "RAG compares the latest quarter reported with the 2024/25 target: G on or better than "
        "target; A within 5%; R more than 5% worse. Where the Q3 figure is not yet available the "
        "RAG is based on Q2.",
        "n/a: not available. TBC: to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 58
    for letter in "CDEFGHI":
        sheet.column_dimensions[letter].width = 9
    sheet.column_dimensions["J"].width = 48
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

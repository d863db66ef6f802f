"""No status column: the latest quarter's figure is typed in red, amber or green font, and that colour is the rating."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Q3 2024-25"
HEAD_ROW = 6
QUARTERS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RED, AMBER, ORANGE, GREEN = "FFFF0000", "FFFFC000", "FFED7D31", "FF00B050"
COLOUR: dict[str, str] = {"R": RED, "A": AMBER, "O": ORANGE, "G": GREEN}
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "O": "amber", "G": "green"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a portfolio row. Otherwise: ref, measure, Q4 2023/24, Q1..Q3 2024/25,
# target 2024/25, colour of the latest figure ('R', 'A', 'O' (an orange amber), 'G', or
# None: black, not rated), comment. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources and Corporate Services",),
    ("RCS 01", "Council tax collected (cumulative %)", 97.4, 28.7, 56.3, 83.1, 84.0, "A",
     "Slightly behind profile after the October direct debit run."),
    ("RCS 02", "Invoices paid within 30 days (%)", 94.2, 95.1, 96.0, 96.8, 95.0, "G", None),
    ("RCS 03", "Calls to the customer contact centre answered (%)", 86.1, 88.4, 82.7, 78.9, 85.0,
     "R", "Two advisor vacancies; recruitment under way."),
    ("RCS 04", "Average working days lost to sickness per FTE (rolling 12 months)", 9.4, 9.7,
     10.1, 9.8, 9.0, "O", None),
    ("RCS 05", "Stage 1 complaints answered within 10 working days (%)", 71.0, 74.5, 79.2, 83.6,
     85.0, "A", None),
    ("Place and Environment",),
    ("PE 01", "Household waste sent for reuse, recycling and composting (%)", 48.2, 53.9, 54.4,
     None, 52.0, None, "Q3 tonnages due from the county council in February."),
    ("PE 02", "Missed bin collections per 100,000 collections", 46, 41, 39, 58, 45, "R",
     "Snow in late November and the Christmas round changes."),
    ("PE 03", "Fly-tipping incidents cleared within 3 working days (%)", 91.3, 93.8, 95.2, 94.6,
     90.0, "G", None),
    ("PE 04", "Major planning applications determined in time (%)", 87.5, 100.0, 80.0, 75.0,
     70.0, "G", "3 of 4 decided in time."),
    ("PE 05", "Number of fly-tipping incidents reported", 412, 398, 455, 431, None, None,
     "For information."),
    ("People and Communities",),
    ("PC 01", "Households prevented from becoming homeless", 58, 61, 49, 55, 60, "O", None),
    ("PC 02", "Households in temporary accommodation (quarter end)", 118, 124, 131, 137, 110, "R",
     "Pressure from private rented sector evictions."),
    ("PC 03", "Disabled facilities grants completed", 31, 27, 34, "Not available", 30, None,
     "Contractor returns delayed; to follow."),
    ("PC 04", "Leisure centre visits", 201540, 214880, 198230, 187605, 190000, "A",
     "Seasonal dip; pool closed for 2 weeks."),
    ("PC 05", "Average days to process new Housing Benefit claims", 19.2, 17.6, 16.9, 15.4, 18.0,
     "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report to Overview and Scrutiny.

    The sheet a performance officer keeps in Excel and pastes into the
    committee report: Ref, Measure, the last four quarters ('Q4 2023/24'
    to 'Q3 2024/25'), 'Target 2024/25' and Comments under three shaded
    portfolio rows. There is no RAG or status column. Instead the latest
    figure of each row is typed in a coloured, bold font, and a key line
    under the title says so: 'Figures in red are off target, figures in
    amber are within 10% of target, figures in green are on or better than
    target; figures in black are not rated.' Earlier quarters are in black.
    Rough edges: two ambers are Excel's orange ('Orange, Accent 2') rather
    than gold, a 'Not available' Q3 is typed in black, the recycling row has
    no Q3 yet (its Q2 stays black), and two count rows are for information
    with no target and a black latest figure.

    A careful reader takes the font colour of the latest figure as that
    figure's rating, as the key tells them: red, amber (the gold and the
    orange alike, as the key has only one amber) and green; black means not
    rated, and so do the earlier quarters. The single target column names
    2024/25, so it belongs to the 2024/25 quarters and not to Q4 2023/24.
    The 'Not available' Q3 is kept as text without a rating. No polarity or
    unit column; units are only in names. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Monitoring Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 13 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Figures in red are off target, figures in amber are within 10% of target, figures in "
        "green are on or better than target; figures in black are not rated."
    )
    sheet["A3"].font = Font(size=9)
    sheet["A4"] = "Cumulative measures run from 1 April; counts are for the quarter."
    sheet["A4"].font = Font(size=9, italic=True)
    heads = ["Ref", "Measure", *QUARTERS, "Target 2024/25", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, colour, comment = spec
        put_row(sheet, row, 1, [ref, name, *figures, target, comment])
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            cell = sheet.cell(row=row, column=3 + k)
            cell.number_format = "#,##0" if isinstance(figures[k], int) else "0.0"
            cell.alignment = Alignment(horizontal="right")
            if k == len(figures) - 1 and colour is not None:
                cell.font = Font(bold=True, color=COLOUR[str(colour)])
        target_cell = sheet.cell(row=row, column=7)
        target_cell.number_format = "#,##0" if isinstance(target, int) else "0.0"
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            rag = RAG[str(colour)] if colour is not None and k == len(figures) - 1 else None
            exp.observations.append(
                Obs(str(ref), str(name), QUARTERS[k], num(value), text_of(value), goal, rag)
            )
        row += 1
    foot = row + 1
    sheet.cell(
        row=foot, column=1, value="Source: service returns and Revenues system."
    ).font = Font(size=9)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 62
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 12
    sheet.column_dimensions["H"].width = 50
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

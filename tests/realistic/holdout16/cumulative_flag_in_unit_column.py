"""A quarterly grid whose Unit column says which rows are cumulative ('Number (cumulative)', '% YTD', 'Number - cumulative')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q3 2024-25"
HEADINGS = ("Outturn 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
IN_QUARTER = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# a year-to-date figure covers April to the end of its quarter; the outturn is the whole year
TO_DATE = ("2023/24", "Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILLS = {"Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
# the unit as typed: (the unit, cumulative?)
UNITS: dict[str, tuple[str, bool]] = {
    "% YTD": ("%", True),
    "%": ("%", False),
    "% (in quarter)": ("%", False),
    "Days": ("days", False),
    "Days (in quarter)": ("days", False),
    "Days (cumulative)": ("days", True),
    "\u00a3 (cumulative)": ("\u00a3", True),
    "Number (cumulative)": ("number", True),
    "Number - cumulative": ("number", True),
    "Number (snapshot)": ("number", False),
    "Number (in quarter)": ("number", False),
    "Number": ("number", False),
}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFBFBFBF")
FIRST = 6
LAST_COL = 10  # J: Comments

# A section is a str; an indicator: ref, indicator, unit as typed, outturn 2023/24, Q1, Q2, Q3,
# target 2024/25 ('-' none), RAG, comment
ROWS: tuple[object, ...] = (
    "Revenues and Benefits",
    ("RB01", "Council tax collected", "% YTD", 97.1, 29.4, 57.0, 84.6, 97.5, "Amber",
     "Collection 0.4% behind the same point last year; reminder run brought forward."),
    ("RB02", "Business rates collected", "% YTD", 98.4, 31.2, 58.9, 85.8, 98.5, "Green", None),
    ("RB03", "Average days to process new Housing Benefit claims", "Days", 18.9, 17.2, 16.8, 18.1, 18, "Amber", None),
    ("RB04", "Discretionary Housing Payments awarded", "\u00a3 (cumulative)", 184210, 52340, 101875, 143920,
     190000, "Green", "Spend on profile for the government grant of \u00a3190,000."),
    "Housing",
    ("HS01", "Households prevented from becoming homeless", "Number (cumulative)", 402, 104, 198, 287, 400, "Amber", None),
    ("HS02", "Households in temporary accommodation", "Number (snapshot)", 96, 101, 108, 115, 90, "Red",
     "Nightly-paid placements rose after two hostel closures."),
    ("HS03", "Affordable homes delivered", "Number - cumulative", 214, 38, 91, 152, 200, "Green", None),
    ("HS04", "Average days to re-let council homes", "Days (in quarter)", 29.4, 31.2, 27.5, 26.1, 28, "Green", None),
    "Planning and Environment",
    ("PE01", "Major planning applications determined within 13 weeks or agreed time", "% (in quarter)",
     90.5, 88.9, 100.0, 83.3, 80, "Green", None),
    ("PE02", "Planning applications received", "Number (in quarter)", 1122, 287, 301, 244, "-", None, "Demand measure."),
    ("PE03", "Household waste sent for reuse, recycling and composting", "% YTD", 45.2, 48.1, 47.6,
     "Not yet available", 47, None, "Q3 tonnages awaited from Kent County Council."),
    ("PE04", "Fly-tipping incidents reported", "Number", 1380, 362, 391, 318, "-", None, None),
    "Corporate",
    ("CO01", "Working days lost to sickness absence per FTE employee", "Days (cumulative)", 9.1, 2.2, 4.5, 7.1,
     8.5, "Red", "Annual target profiled to 6.4 days at Q3."),
    ("CO02", "Stage 1 complaints responded to within 10 working days", "%", 87.2, 90.1, 85.5, 88.9, 90, "Amber", None),
    ("CO03", "Freedom of Information requests answered within 20 working days", "% YTD", 91.0, 93.3, 92.6, 93.0,
     95, "Amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly performance report whose Unit column marks cumulative figures.

    Ashford Borough Council style, the Quarter 3 2024/25 performance report
    to the Overview and Scrutiny Committee. Ref | Indicator | Unit |
    'Outturn 2023/24' | 'Q1 2024/25' .. 'Q3 2024/25' | 'Target 2024/25' |
    'RAG' (filled words) | Comments, under shaded service rows. The Unit
    column says what each figure is and, for some, that it runs from April:
    '% YTD', 'Number (cumulative)', 'Number - cumulative', '\u00a3
    (cumulative)', 'Days (cumulative)'; others say '(in quarter)' or
    '(snapshot)', or give only the unit ('%', 'Days', 'Number'). The key
    under the table says a figure marked cumulative or YTD is the year to
    date from 1 April, a snapshot is the position on the quarter's last day,
    and any other figure is for the quarter alone. The recycling Q3 says
    'Not yet available'; two demand measures have '-' targets and no RAG.

    A careful reader files each figure under the span it covers. For the
    rows marked cumulative or YTD: Q1 is Q1 2024/25, Q2 is April to
    September (H1 2024/25), Q3 is April to December 2024. For every other
    row the quarter columns are the quarters. The 2023/24 outturn is the
    whole year 2023/24 either way (the year-end snapshot for temporary
    accommodation). The target heading names 2024/25, so it belongs to the
    2024/25 figures and not the outturn; the RAG belongs to each row's
    latest figure, April to December for the cumulative rows and Q3 for
    the rest. 'Not yet available' is kept as recycling's April to December
    text, with no rating. The Unit column gives each unit, its cumulative
    words aside. No polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Ashford Borough Council")
    sheet["A2"] = "Quarterly Performance Report \u2013 Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Overview and Scrutiny Committee, 25 February 2025"
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Indicator", "Unit", *HEADINGS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[FIRST - 1].height = 30
    exp = Expected([])
    row = FIRST
    for item in ROWS:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, typed, *figures, target, rag, comment = item
        put_row(sheet, row, 1, [ref, name, typed, *figures, target, rag, comment])
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 9:
                cell.alignment = Alignment(horizontal="center")
            if 4 <= col <= 8 and isinstance(cell.value, int | float):
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
        if rag in RAG_FILLS:
            rgb = RAG_FILLS[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        unit, cumulative = UNITS[str(typed)]
        spans = TO_DATE if cumulative else IN_QUARTER
        goal = float(target) if isinstance(target, int | float) else None
        c, n = str(ref), str(name)
        for k, value in enumerate(figures):
            tgt = goal if k > 0 else None
            status = RAG.get(str(rag)) if k == len(figures) - 1 else None
            if isinstance(value, int | float):
                exp.observations.append(Obs(c, n, spans[k], float(value), None, tgt, status))
            else:
                exp.observations.append(Obs(c, n, spans[k], None, str(value), tgt, status))
        exp.add_meta(c, n, None, unit)
        row += 1
    notes = (
        "Unit: 'cumulative' or 'YTD' = year to date, from 1 April 2024 to the end of the quarter; "
        "'snapshot' = the position on the last day of the quarter; any other figure is for the "
        "quarter alone. The 2023/24 outturn is the full year.",
        "RAG compares the latest figure with the target (profiled to the quarter for cumulative "
        "measures): Green on or better, Amber within 5%, Red more than 5% adrift.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    widths = {
        "A": 7,
        "B": 58,
        "C": 20,
        "D": 12,
        "E": 11,
        "F": 11,
        "G": 11,
        "H": 11,
        "I": 9,
        "J": 50,
    }
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

"""A year-end grid of months Apr-24..Mar-25 with a 'Frequency' column: quarterly figures in quarter-end months, annual in one."""

from __future__ import annotations

from datetime import datetime
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
    merge,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Grid 2024-25"
MONTHS = tuple(datetime(2024 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
MONTH_LABELS = tuple(d.strftime("%b %Y") for d in MONTHS)
QUARTER_OF = {
    2: "Q1 2024/25",
    5: "Q2 2024/25",
    8: "Q3 2024/25",
    11: "Q4 2024/25",
}  # Jun, Sep, Dec, Mar
FIRST_MONTH_COL = 6  # F: Apr-24 .. Q: Mar-25
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
NOT_DUE = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
THIN = Side(style="thin", color="FF9E9E9E")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_ROW = 5
KS2 = "CYP04"  # the row whose one figure's period is in doubt

# ref, measure, frequency, good is, target, {month index 0..11: value}, year-end RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS01", "Calls to the contact centre answered within 60 seconds (%)", "Monthly", "High", 80.0,
     dict(enumerate((82.1, 79.4, 76.8, 81.0, 83.5, 80.2, 78.9, 77.1, 72.4, 74.8, 79.6, 81.3))),
     "G", "Christmas and annual billing peaks in December and January."),
    ("RB01", "Average days to process new Housing Benefit claims", "Monthly", "Low", 18.0,
     dict(enumerate((19.2, 18.7, 17.9, 18.4, 20.1, 19.5, 17.2, 16.8, 18.9, 21.4, 19.0, 17.6))),
     "G", None),
    ("EN01", "Missed bin collections (number)", "Monthly", "Low", 150,
     dict(enumerate((132, 141, 128, 156, 149, 137, 162, 171, 188, 145, 139, 151))),
     "A", "Snow 8-10 January; catch-up rounds."),
    ("EN02", "Fly-tipping incidents removed within 48 hours (%)", "Monthly", "High", 90.0,
     dict(enumerate((91.2, 93.4, 89.7, 92.0, "System outage", 88.1, 90.5, 91.8, 87.3, 89.9,
                     92.6, 94.1))),
     "G", "August figure lost in the Whitespace migration."),
    ("CL01", "Visits to libraries", "Monthly", "High", None,
     dict(enumerate((28412, 27905, 26118, 31240, 33876, 25402, 27611, 26954, 19880, 24310,
                     25772, 27093))),
     None, "Summer Reading Challenge in July and August."),
    ("PL01", "Major planning applications determined within 13 weeks or agreed time (%)",
     "Quarterly", "High", 60.0, {2: 75.0, 5: 66.7, 8: 80.0, 11: 71.4}, "G", None),
    ("HS01", "Households in temporary accommodation (end of quarter)", "Quarterly", "Low", 400,
     {2: 412, 5: 436, 8: 451, 11: 447}, "R", "12 families in B&B at 31 March."),
    ("HR01", "Working days lost to sickness absence per FTE (quarter)", "Quarterly", "Low", 2.5,
     {2: 2.6, 5: 2.3, 8: 3.1, 11: 2.8}, "R", None),
    ("AS01", "Adult social care reviews completed on time (%)", "Quarterly", "High", 75.0,
     {2: 68.2, 5: 71.5, 8: 74.0, 11: "tbc"}, None, "Q4 awaiting the Mosaic year-end extract."),
    ("EN03", "Household waste sent for reuse, recycling and composting (%)", "Annual", "High",
     40.0, {11: 38.6}, "A", "Provisional until WasteDataFlow validation in the autumn."),
    ("RB02", "Council tax collected in year (%)", "Annual", "High", 96.5, {11: 96.1}, "A", None),
    ("CE01", "Residents satisfied with their local area as a place to live (%)", "Annual", "High",
     75.0, {7: 71.0}, "R", "Annual residents' survey, fieldwork in November."),
    (KS2, "Pupils reaching the expected standard in reading, writing and maths at Key Stage 2 (%)",
     "Annual", "High", 62.0, {5: 59.0}, "A", "Provisional results, published in September."),
    ("HS02", "Affordable homes completed", "Annual", "High", 250, {11: 214}, "R",
     "Two schemes slipped into 2025/26."),
)  # fmt: skip


def _period(frequency: str, index: int, ref: str) -> str:
    """The period a careful reader gives a figure in month column `index` (0 = Apr-24)."""
    if frequency == "Monthly":
        return MONTH_LABELS[index]
    if frequency == "Quarterly":
        return QUARTER_OF[index]
    if ref == KS2:
        return "2023/24 (AY)"  # the summer 2024 tests, as settled on review
    return "2024/25"


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's year-end corporate performance grid by month.

    Walsall-style: the corporate performance team keeps one grid for the
    year, a column per month from 'Apr-24' to 'Mar-25' (real dates shown
    mmm-yy) under merged 'Quarter 1 (Apr-Jun)'..'Quarter 4 (Jan-Mar)'
    banners, with Ref, Measure, a 'Frequency' column (Monthly, Quarterly,
    Annual), 'Good is' (High/Low) and one Target before them, and a
    'Year-end RAG' and Comments after. Monthly measures fill every month.
    Quarterly measures have a figure only in the quarter's last month (Jun,
    Sep, Dec, Mar), the other months shaded grey. Annual measures have one
    figure: in Mar-25 for most, in Nov-24 for the residents' survey
    (fieldwork in November), and in Sep-24 for Key Stage 2 results
    ('Provisional results, published in September'). A fly-tipping month
    says 'System outage' and a Q4 figure 'tbc'.

    A careful reader takes a monthly figure as its month (Apr 2024..Mar
    2025). A quarterly figure in a quarter-end month is that quarter's
    figure, the quarter the banner above names: Jun-24 is Q1 2024/25, not
    June 2024, and Mar-25 is Q4. An annual figure is the year's, 2024/25,
    whichever month it was entered in; the survey taken in November is the
    2024/25 result (a reader who labelled it Nov 2024 would place it in the
    same year, but the Frequency says it is the annual figure). Doubtful:
    the Key Stage 2 figure in the Sep-24 column (K18). Key
    Stage 2 tests are sat in May and results published for the academic
    year just ended, so the 59.0% entered in September 2024 is most likely
    the 2023/24 academic year's (listed so once settled), yet the grid is a
    financial-year grid and an annual row elsewhere means 2024/25; the
    sheet does not say which year it is, so it goes to review. The Target
    applies to every period of its row, 'Good is' states the polarity, and
    the Year-end RAG belongs to each row's latest figure (March, Q4, or
    the annual figure); 'tbc' and 'System outage' are kept as what they
    said, grey and blank cells are no observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Walsall Council \u2013 Corporate performance grid 2024/25 (year end)")
    sheet["A2"] = (
        "Monthly measures show the month's figure; quarterly measures are entered in the last "
        "month of the quarter; annual measures in the month the figure became available."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    for q, (first, last, words) in enumerate(
        (("F", "H", "Apr-Jun"), ("I", "K", "Jul-Sep"), ("L", "N", "Oct-Dec"), ("O", "Q", "Jan-Mar"))
    ):
        merge(sheet, f"{first}4:{last}4", f"Quarter {q + 1} ({words})")
    header: list[object] = ["Ref", "Measure", "Frequency", "Good is", "Target", *MONTHS,
                            "Year-end RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if FIRST_MONTH_COL <= col < FIRST_MONTH_COL + 12:
            cell.number_format = "mmm-yy"
    exp = Expected([], status="needs_review")
    for i, (ref, name, frequency, good, target, figures, rag, comment) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        assert isinstance(figures, dict)
        put_row(sheet, row, 1, [ref, name, frequency, good, target])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for m in range(12):
            cell = sheet.cell(row=row, column=FIRST_MONTH_COL + m)
            if m in figures:
                cell.value = figures[m]
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
                elif isinstance(cell.value, str):
                    cell.alignment = Alignment(horizontal="center", wrap_text=True)
            elif frequency != "Monthly":
                cell.fill = NOT_DUE
        if rag is not None:
            sheet.cell(row=row, column=18, value=rag)
            fill(sheet, f"R{row}", RAG_FILL[str(rag)])
            sheet.cell(row=row, column=18).alignment = Alignment(horizontal="center")
        if comment is not None:
            sheet.cell(row=row, column=19, value=comment)
        if ref == KS2:
            (month,) = figures
            exp.review_cells.append(f"{SHEET}!{sheet.cell(row=row, column=FIRST_MONTH_COL + month).coordinate}")  # fmt: skip
        goal = None if target is None else float(str(target))
        code, measure = str(ref), str(name)
        months = sorted(figures)
        for m in months:
            value = figures[m]
            status = RAG[str(rag)] if rag is not None and m == months[-1] else None
            period = _period(str(frequency), m, code)
            if isinstance(value, str):
                exp.observations.append(Obs(code, measure, period, None, value, goal, status))
            else:
                exp.observations.append(
                    Obs(code, measure, period, float(value), None, goal, status)
                )
        exp.add_meta(code, measure, POLARITY[str(good)], None)
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "Year-end RAG against target: G met; A within 5%; R more than 5% from target. Monthly "
        "measures are rated on March, quarterly measures on Quarter 4, annual measures on the "
        "year's figure.",
        "Grey cells: no figure due for that month.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["C"].width = 11
    sheet.column_dimensions["D"].width = 8
    sheet.column_dimensions["E"].width = 8
    sheet.column_dimensions["S"].width = 50
    sheet.row_dimensions[HEAD_ROW].height = 30
    sheet.freeze_panes = f"F{HEAD_ROW + 1}"
    save(book, path)
    return exp

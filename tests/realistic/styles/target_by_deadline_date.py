"""Doubtful: targets typed with their deadline in words ('95% by March 2025', 'Reduce to 400 by Q4', 'Three-year target: 1,200 homes')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Corporate Plan Q3"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
HEAD = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
DOUBT = "90% by 2025"  # end of 2024/25 (March 2025) or some time in calendar 2025?

# A 1-tuple is a priority row. Otherwise: ref, measure, good is, Q1..Q4 (Q4 empty), target cell
# as typed, the target for 2024/25 a reader takes from it (None when the cell gives none for
# this year), Corporate Plan goal cell, RAG (latest quarter), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: Homes and communities",),
    ("HC01", "Net additional homes completed (cumulative)", "Higher", 96, 188, 301, None,
     "Three-year target: 1,200 homes", None, None, "Green",
     "Ahead of the 100 a quarter needed to reach the three-year target."),
    ("HC02", "Affordable homes delivered (cumulative)", "Higher", 22, 51, 79, None,
     "120 by March 2025", 120.0, "By March 2027: 400", "Amber",
     "Two schemes slipped into Q4 after contractor delays."),
    ("HC03", "Households in temporary accommodation (snapshot)", "Lower", 452, 431, 418, None,
     "Reduce to 400 by Q4", 400.0, None, "Amber", None),
    ("HC04", "Households whose homelessness was prevented or relieved (%)", "Higher", 61.0,
     64.2, 66.8, None, "65%", 65.0, "By March 2027: 70%", "Green", None),
    ("HC05", "Private sector homes improved by council intervention (cumulative)", "Higher", 38,
     81, 119, None, None, None, None, None, "Data only."),
    ("Priority 2: Economy and environment",),
    ("EE01", "Household waste reused, recycled or composted (%)", "Higher", 52.1, 53.4, None,
     None, "52%", 52.0, "By March 2027: 60%", "Green",
     "Q3 tonnages awaited from the county council; rating is for Q2."),
    ("EE02", "Reduction in council carbon emissions against the 2019/20 baseline (%)", "Higher",
     38.0, 39.5, 41.2, None, "45% by March 2025", 45.0, "Net zero by 2030", "Amber", None),
    ("EE03", "Major planning applications determined in time (%)", "Higher", 85.7, 100.0, 80.0,
     None, DOUBT, None, None, "Amber", "Small numbers: 4 of 5 applications in Q3."),
    ("EE04", "Business rates collected (%)", "Higher", 30.2, 57.9, 84.6, None,
     "98.5% by March 2025", 98.5, None, "Green", "Cumulative; on profile."),
    ("EE05", "Public electric vehicle charge points installed since April 2024", "Higher", 12,
     12, 31, None, "Three-year target: 150", None, None, "Amber", None),
    ("EE06", "Town centre ground floor units vacant (%)", "Lower", 14.8, None, 13.9, None,
     "Below 14% by March 2026", None, "By March 2027: 12%", "Green",
     "Surveyed twice a year."),
    ("Priority 3: An efficient council",),
    ("CR01", "Council tax collected (%)", "Higher", 29.4, 57.0, 84.1, None,
     "97.5% by March 2025", 97.5, None, "Amber", "Cumulative; 0.6 points behind profile."),
    ("CR02", "Efficiency savings delivered (\u00a3, cumulative)", "Higher", 350000, 710000,
     980000, None, "\u00a31.2m by 31 March 2025", 1200000.0, "\u00a33.5m by March 2027", "Green",
     None),
    ("CR03", "Working days lost to sickness per FTE (rolling 12 months)", "Lower", 9.4, 9.1, 8.9,
     None, "8.5 days by year end", 8.5, None, "Amber", None),
    ("CR04", "Customer calls answered within 60 seconds (%)", "Higher", 71.3, 76.8, "n/a", None,
     "80%", 80.0, "By March 2027: 85%", None, "Telephony reports unavailable in Q3."),
    ("CR05", "Residents satisfied with the way the council runs things (%)", "Higher", None,
     None, 63.0, None, "Three-year target: 70%", None, None, None,
     "Residents' survey, autumn 2024. Not rated."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's Corporate Plan delivery report to Cabinet and scrutiny.

    The quarterly 'Corporate Plan 2024\u201327 \u2013 Key Performance Indicators'
    table a district council takes to Cabinet and its Overview and
    Scrutiny Committee in the first year of a three-year plan: Ref,
    Measure, 'Good is', Q1..Q4 2024/25 (Q4 empty), a 'Target' column typed
    as the service plans word it, with the deadline in words ('95% by March
    2025'-style, 'Reduce to 400 by Q4', '8.5 days by year end', '\u00a31.2m
    by 31 March 2025', 'Below 14% by March 2026', 'Three-year target:
    1,200 homes', plain '65%'), a 'Corporate Plan goal' column beside it
    with the three-year ambition ('By March 2027: 60%', 'Net zero by
    2030'), a filled RAG word and comments under shaded priority rows.

    A careful reader keeps as the target for the quarters of 2024/25 only
    what the cell sets for that year: a deadline of March 2025, 31 March
    2025, 'year end' or 'Q4' (the report is for 2024/25 alone) and the
    plain figures. '\u00a31.2m' is 1,200,000. The three-year targets (1,200
    homes, 150 charge points, 70% satisfaction) belong to 2024\u201327, not to
    the year, and 'Below 14% by March 2026' is next year's: these rows
    carry no target for 2024/25, though their published RAG stands. The
    goals column is never this year's target. Each RAG belongs to the
    latest quarter given; recycling's to Q2. Polarity from 'Good is'.

    '90% by 2025' on major planning applications (H15) cannot be placed:
    it may mean by the end of 2024/25 (March 2025) or by some point in the
    calendar year 2025, which falls in 2025/26; the Amber for 80% fits
    either. So the file goes to review at that cell. The expectation
    carries no target for that row until it is settled.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Plan 2024\u201327 \u2013 Key Performance Indicators")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A3"] = (
        "Targets as worded in the service plans and the Corporate Plan. RAG: Green on track; "
        "Amber at risk; Red off track."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Good is", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
             "Target", "Corporate Plan goal", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([], status="needs_review")
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, q1, q2, q3, q4, typed, meant, goal, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, q4, typed, goal, rag, comment])
        if typed == DOUBT:
            exp.review_cells.append(f"{SHEET}!H{row}")
        if str(name).startswith("Efficiency"):
            for col in (4, 5, 6):
                sheet.cell(row=row, column=col).number_format = "\u00a3#,##0"
        elif "(%)" not in str(name):
            for col in (4, 5, 6):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        for col in (8, 9):
            sheet.cell(row=row, column=col).alignment = Alignment(wrap_text=True)
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        values = (q1, q2, q3, q4)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            status = RAG[str(rag)] if rag and period == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), num(meant), status)
            )
        row += 1
    notes = (
        "Cumulative measures are rated against the in-year profile.",
        "Corporate Plan goals are the ambitions to March 2027 agreed by Council in February "
        "2024; progress towards them is reported annually.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 60, "C": 8, "H": 26, "I": 22, "J": 8, "K": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

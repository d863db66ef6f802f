"""Financial years written with both years in full: '2022-2023', 'Quarter 1 2024-2025', 'Q2 (2024-2025)', 'Target 2024-2025'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

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

SHEET = "Year end 2024-2025"
QUARTER_HEADS = ("2022-2023", "2023-2024", "Quarter 1 2024-2025", "Q2 (2024-2025)",
                 "Q3 (2024-2025)", "Quarter 4 2024-2025")  # fmt: skip
QUARTER_PERIODS = ("2022/23", "2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
ANNUAL_HEADS = ("2022-2023", "2023-2024", "Apr 2024 - Mar 2025")
ANNUAL_PERIODS = ("2022/23", "2023/24", "2024/25")
CURRENT = {"Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "2024/25"}
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3", "Rate": "rate"}
BANNER = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
HEAD = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")

# A 1-tuple is a section row. Otherwise: ref, measure, unit, the figures under the table's
# period headings, target 2024-2025, RAG word, comment. Percentages typed in points.
QUARTERLY: tuple[tuple[object, ...], ...] = (
    ("Growth and Housing",),
    ("GH01", "Major planning applications determined within 13 weeks or agreed time", "%",
     (91.7, 88.2, 100.0, 83.3, 90.0, 85.7), 80.0, "Green", None),
    ("GH02", "Minor planning applications determined within 8 weeks or agreed time", "%",
     (84.5, 79.1, 76.4, 81.9, 85.2, 87.0), 85.0, "Green", "Agency planners retained to March."),
    ("GH03", "Households in temporary accommodation at quarter end", "Number",
     (38, 52, 57, 61, 66, 59), 50, "Red", "Nightly paid placements down from 24 to 17 in Q4."),
    ("GH04", "Average days to re-let council homes (general needs)", "Days",
     (29.4, 33.8, 35.1, 31.0, 28.6, None), 30.0, "Green", "Q4 figure not yet validated by Housing."),
    ("Environment",),
    ("EN01", "Household waste reused, recycled and composted", "%",
     (48.2, 47.5, 53.1, 52.4, 44.8, "Not yet available"), 50.0, None,
     "Q4 tonnages are confirmed by the county council in June."),
    ("EN02", "Missed bin collections per 100,000 collections", "Rate",
     (46.0, 41.2, 38.7, 44.9, 52.3, 40.1), 45.0, "Green", None),
    ("EN03", "Fly-tips removed within 2 working days", "%",
     (95.8, 96.4, 97.2, 96.0, 94.1, 95.5), 95.0, "Green", None),
    ("Resources",),
    ("RS01", "Council tax collected (cumulative)", "%",
     (97.9, 97.6, 29.8, 57.3, 84.1, 97.4), 98.0, "Amber", "0.6 points short of target, \u00a3520k."),
    ("RS02", "Business rates collected (cumulative)", "%",
     (98.4, 98.1, 32.0, 58.8, 85.7, 98.3), 98.0, "Green", None),
    ("RS03", "Average working days lost to sickness per FTE (rolling 12 months)", "Days",
     (8.1, 9.3, 9.6, 9.4, 9.1, 8.8), 8.5, "Amber", None),
    ("RS04", "Stage 1 complaints answered within 10 working days", "%",
     (None, 81.0, 84.6, 88.9, 90.2, 92.5), 90.0, "Green", "Measure collected since 2023-2024."),
)  # fmt: skip

ANNUAL: tuple[tuple[object, ...], ...] = (
    ("AN01", "Net additional homes delivered", "Number", (612, 548, 497), 575, "Red",
     "Two large sites stalled; see the Authority Monitoring Report."),
    ("AN02", "Affordable homes delivered", "Number", (164, 187, 203), 150, "Green", None),
    ("AN03", "Residents satisfied with the way the council runs things", "%", (61.0, 58.0, None),
     65.0, None, "Biennial residents' survey; next in autumn 2025."),
    ("AN04", "Leisure centre visits", "Number", (612440, 655918, 691204), None, None,
     "For information."),
    ("AN05", "Net revenue spend per head of population", "\u00a3", (148.62, 153.10, 159.84), 160.0,
     "Green", "Outturn subject to audit."),
    ("AN06", "Food premises rated 4 or 5 (food hygiene rating scheme)", "%", (92.3, 93.8, 94.6),
     93.0, "Green", None),
)  # fmt: skip


def _table(
    sheet: Worksheet, exp: Expected, top: int, banner: str, heads: tuple[str, ...],
    periods: tuple[str, ...], rows: tuple[tuple[object, ...], ...],
) -> int:  # fmt: skip
    """Write one table with its banner and heading row from row top; the next free row."""
    columns = ["Ref", "Measure", "Unit", *heads, "Target 2024-2025", "RAG", "Comments"]
    rag_col = 4 + len(heads) + 1
    sheet.cell(row=top, column=1, value=banner)
    for col in range(1, len(columns) + 1):
        cell = sheet.cell(row=top, column=col)
        cell.fill = BANNER
        cell.font = Font(bold=True, color="FFFFFFFF")
    put_row(sheet, top + 1, 1, columns, bold=True)
    for col in range(1, len(columns) + 1):
        cell = sheet.cell(row=top + 1, column=col)
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = top + 2
    for spec in rows:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(columns) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, figures, target, rag, comment = spec
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, unit, *figures, target, rag, comment])
        if unit == "\u00a3":
            for col in range(4, rag_col):
                sheet.cell(row=row, column=col).number_format = "\u00a3#,##0.00"
        elif unit == "Number":
            for col in range(4, rag_col):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        if rag:
            fill(sheet, f"{sheet.cell(row=row, column=rag_col).column_letter}{row}",
                 RAG_FILL[str(rag)])  # fmt: skip
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            period = periods[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            goal = num(target) if period in CURRENT else None
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), goal, status)
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    return row


def build(path: Path) -> Expected:
    """Imitates a district council's year-end Corporate Plan performance report to Cabinet.

    Written by an officer who spells every financial year with both years
    in full: the quarterly table has '2022-2023' and '2023-2024' outturn
    columns, then 'Quarter 1 2024-2025', 'Q2 (2024-2025)', 'Q3
    (2024-2025)' and 'Quarter 4 2024-2025' (the headings were typed at
    different quarters), 'Target 2024-2025', a filled RAG word and
    comments, under shaded service rows. Below it an annual measures table
    has '2022-2023', '2023-2024' and the year just ended headed 'Apr 2024 -
    Mar 2025', its own 'Target 2024-2025', RAG and comments. A Unit column
    (%, Number, Days, \u00a3, Rate); percentages typed in points. A Q4 relet
    figure not yet in (blank), a 'Not yet available' Q4 recycling rate with
    no rating, a measure collected only since 2023-2024, a biennial survey
    with no 2024-2025 figure, an information-only row.

    A careful reader takes '2022-2023' as 2022/23 (a financial year, not
    the calendar years 2022 to 2023), each quarter heading as that quarter
    of 2024/25 however written, and 'Apr 2024 - Mar 2025' as 2024/25. The
    target names 2024-2025, so it applies to the 2024/25 quarters and the
    2024/25 annual figure, not to the earlier outturns; the RAG belongs to
    the latest figure given in its row. Units come from the Unit column;
    no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "South Kesteven District Council \u2013 Corporate Plan Performance 2024-2025"
    )
    sheet["A2"] = "Year end report (April 2024 to March 2025) \u2013 Cabinet, 10 June 2025"
    sheet["A2"].font = Font(italic=True)
    exp = Expected([])
    after = _table(sheet, exp, 4, "Quarterly measures", QUARTER_HEADS, QUARTER_PERIODS, QUARTERLY)
    after = _table(sheet, exp, after + 1, "Annual measures", ANNUAL_HEADS, ANNUAL_PERIODS, ANNUAL)
    notes = (
        "RAG: Green \u2013 target met or exceeded; Amber \u2013 within 5% of target; Red \u2013 more "
        "than 5% short. Years run April to March.",
        "Figures for 2022-2023 and 2023-2024 are the published year-end outturns.",
    )
    for j, line in enumerate(notes, start=after + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 60, "C": 8, "K": 9, "L": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGHIJ":
        sheet.column_dimensions[letter].width = 12
    save(book, path)
    return exp

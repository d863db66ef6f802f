"""A 'Year end 2023/24' column then bare 'Quarter 1'..'Quarter 3' of a year named only in the title."""

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

SHEET = "Q3 2024-25"
HEAD_ROW = 5
HEADINGS = ("Year end 2023/24", "Quarter 1", "Quarter 2", "Quarter 3")
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, good is, year end 2023/24, Q1, Q2,
# Q3, target 2024/25, RAG (latest quarter), comment. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Communities and Housing",),
    ("CH01", "Households prevented from becoming homeless (%)", "High", 58.3, 61.2, 55.9, 63.4,
     60, "Green", None),
    ("CH02", "Households in temporary accommodation (snapshot)", "Low", 212, 224, 231, 246, 200,
     "Red", "Rising demand from private rented sector evictions."),
    ("CH03", "Average days to complete a Disabled Facilities Grant adaptation", "Low", 168, 171,
     159, 162, 150, "Amber", None),
    ("CH04", "Empty homes brought back into use", "High", 87, 19, 41, 58, 80, "Green",
     "Cumulative in year."),
    ("CH05", "Anti-social behaviour cases closed within 28 days (%)", "High", "n/a", 71.0, 74.5,
     78.2, 75, "Green", "New measure for 2024/25."),
    ("Environment",),
    ("EN01", "Household waste reused, recycled or composted (%)", "High", 48.9, 51.6, 52.3, None,
     52, "Green", "Q3 data awaited from the county; RAG shown for Q2."),
    ("EN02", "Residual household waste per household (kg)", "Low", 512, 128, 254, 381, 505,
     "Green", "Cumulative in year."),
    ("EN03", "Fly-tipping incidents removed within 3 working days (%)", "High", 91.4, 88.7, 93.0,
     90.2, 95, "Amber", None),
    ("EN04", "Missed bin collections per 100,000 collections", "Low", 46, 39, 52, 61, 45, "Red",
     "Vehicle breakdowns in November."),
    ("EN05", "Streets at an acceptable standard for litter (%)", "High", 93.0, None, 94.0, None,
     92, "Green", "Surveyed in tranches; next survey Q4."),
    ("Resources",),
    ("RS01", "Council tax collected (%)", "High", 97.4, 29.1, 56.8, 84.0, 97.5, "Amber",
     "Cumulative; rated against the Q3 profile of 84.5%."),
    ("RS02", "Business rates collected (%)", "High", 98.2, 31.5, 59.0, 85.7, 98.5, "Green",
     "Cumulative; rated against the Q3 profile of 85.0%."),
    ("RS03", "Average days to process new Council Tax Reduction claims", "Low", 17.6, 15.2, 16.8,
     14.9, 18, "Green", None),
    ("RS04", "Working days lost to sickness per FTE (rolling 12 months)", "Low", 9.8, 10.1, 10.4,
     10.0, 8.5, "Red", None),
    ("RS05", "Invoices paid within 30 days (%)", "High", 94.6, 95.1, "Not available", 96.3, 95,
     "Green", "Q2 figure lost in the finance system upgrade."),
    ("RS06", "Stage 1 complaints responded to within 10 working days (%)", "High", 82.5, 85.0,
     79.4, "n/a", 90, None, "Q3 not yet reported."),
    ("RS07", "Freedom of Information requests received", None, 1043, 262, 249, 271, None, None,
     "Information only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report to Cabinet.

    The kind of table a district council's policy and performance team
    pastes into its 'Performance Report 2024/25 \u2013 Quarter 3' for Cabinet
    and the Overview and Scrutiny Committee: Ref, Measure, 'Good is'
    High/Low, then last year's outturn in a column headed 'Year end
    2023/24', then the current year's quarters headed only 'Quarter 1',
    'Quarter 2' and 'Quarter 3', 'Target 2024/25', a filled RAG word and
    comments, under shaded portfolio rows. The current year is named only in
    the sheet title and in the target heading. Rough edges: a new measure
    with 'n/a' for last year, recycling with no Q3 yet (the RAG for Q2, as
    its comment says), a street survey done only in Q2, a 'Not available'
    Q2, an 'n/a' Q3 with no rating, and an information-only count.

    A careful reader takes the quarters as Q1 to Q3 of 2024/25: the title
    names 2024/25, the target heading does too, and the quarters follow
    last year's year end. 'Year end 2023/24' is the financial year 2023/24.
    The target names 2024/25, so it belongs to the quarters and not to the
    2023/24 outturn. The RAG belongs to the latest figure given in the row;
    the 'n/a' Q3 is the latest figure but carries no rating. 'n/a' and 'Not
    available' are kept as text. Polarity comes from 'Good is'; the
    information-only row has none. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Report 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Corporate performance measures: Cabinet 13 February 2025"
    sheet["A3"] = (
        "Cumulative measures show the position from 1 April to the end of each quarter and are "
        "rated against the profile for the quarter."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Good is", *HEADINGS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, good, *figures, target, rag, comment])
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        if good:
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 5% of target; Red \u2013 "
        "more than 5% worse than target.",
        "Year end figures are the validated outturns reported to Cabinet in June 2024.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 58, "C": 8, "H": 10, "I": 8, "J": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""Quarterly figures with a 'Rolling 4-quarter average' column beside them, then target and RAG."""

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
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
ROLLING = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")

# A 1-tuple is a section row. Otherwise: ref, indicator, Q4 2023/24, Q1..Q3 2024/25,
# rolling 4-quarter average (typed by the performance team), target 2024/25, RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and environment",),
    ("PL01", "Household waste sent for reuse, recycling and composting (%)", 47.2, 52.8, 53.4,
     46.1, 49.9, 50, "Red", "Seasonal dip: no garden waste in Q3. Rolling average close to target."),
    ("PL02", "Missed bin collections per 100,000 collections", 38, 41, 35, 52, 41.5, 40, "Red",
     "Storm Bert week accounts for 11 of the Q3 figure."),
    ("PL03", "Fly-tips removed within 2 working days (%)", 93.5, 95.1, 96.0, 94.8, 94.9, 95,
     "Amber", None),
    ("PL04", "Major planning applications determined within 13 weeks or agreed time (%)", 85.7,
     100, 80.0, 88.9, 88.7, 85, "Green", "8 of 9 in time."),
    ("PL05", "Minor planning applications determined within 8 weeks or agreed time (%)", 78.4,
     81.2, "n/a", 84.0, "n/a", 80, "Green",
     "Q2 not available: planning system migration. Rolling average not calculated."),
    ("Homes and communities",),
    ("HC01", "Households whose homelessness was prevented or relieved", 64, 58, 71, 69, 65.5, 60,
     "Green", None),
    ("HC02", "Households in temporary accommodation (snapshot at quarter end)", 112, 118, 126,
     131, 121.8, 110, "Red", "Of which 14 in bed and breakfast."),
    ("HC03", "Average days to re-let council homes (key to key)", 41.2, 38.6, 36.9, None, None,
     35, None, "Q3 figure being validated after the housing system upgrade; reported at Q4."),
    ("HC04", "Visits to council leisure centres", 182340, 176905, 169220, 158410, 171719,
     165000, "Amber", "Christmas closure of Riverside pool for repairs."),
    ("HC05", "Residents satisfied with their local area as a place to live (%)", None, None, None,
     71.0, None, 75, "Amber", "Annual residents' survey, fieldwork October 2024."),
    ("Resources",),
    ("RS01", "Council tax collected (% of annual debit, cumulative)", 97.1, 29.4, 57.0, 84.3,
     "n/a", 97.0, "Green",
     "On profile (84.0% expected at Q3). Rolling average not meaningful for a cumulative measure."),
    ("RS02", "Working days lost to sickness absence per FTE (rolling 12 months)", 9.8, 10.1,
     10.4, 10.2, 10.1, 8.5, "Red", "Musculoskeletal absence in waste and streets."),
    ("RS03", "Stage 1 complaints answered within 10 working days (%)", 82.0, 79.5, 85.3, 88.1,
     83.7, 85, "Green", None),
    ("RS04", "Freedom of Information requests answered within 20 working days (%)", 91.4, 89.0,
     93.7, "TBC", "TBC", 90, None, "December figures awaited from the information governance team."),
    ("RS05", "Customer contact centre calls handled", 48210, 51377, 49980, 44105, 48418, None,
     None, "Information only."),
    ("RS06", "Average days to process new Housing Benefit claims", 19.5, 17.2, 16.8, 15.9, 17.4,
     18, "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report to Cabinet and scrutiny.

    The kind of table a district council's performance team appends to its
    quarterly report ('Corporate Performance Report \u2013 Quarter 3
    2024/25'): Ref, Indicator, the last four quarters ('Q4 2023/24' then
    'Q1 2024/25'..'Q3 2024/25'), then a shaded 'Rolling 4-quarter average'
    column the team types in to smooth seasonal measures (recycling, leisure
    visits), 'Target 2024/25', 'RAG (Q3)' as a filled word and Comments,
    under shaded theme rows. Notes under the table say the rolling average
    is the mean of the four quarters shown, for trend only, and that the RAG
    compares the Q3 2024/25 figure with the target.

    A careful reader takes each quarter as its quarter; the target names
    2024/25, so it goes with the three 2024/25 quarters and not with the
    Q4 2023/24 comparator; the RAG goes on Q3 2024/25 as the heading and the
    note say, so a measure without a Q3 figure (re-let days, blank; FOI,
    'TBC') has no rating. The rolling average is a mean of figures already
    read, kept for trend (and 'n/a' where it makes no sense), not the
    measure's figure for a period, so no observation comes from it. The
    annual survey has only Q3; calls handled are information only. No unit
    or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Cabinet, 11 February 2025 and Overview and Scrutiny Committee \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", *PERIODS, "Rolling 4-quarter average", "Target 2024/25",
             "RAG (Q3)", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    sheet.cell(row=HEAD_ROW, column=7).fill = ROLLING
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, rolling, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, *figures, rolling, target, rag, comment])
        sheet.cell(row=row, column=7).fill = ROLLING
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        for k, value in enumerate(figures):
            if value is None:
                continue
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == len(PERIODS) - 1 else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "Rolling 4-quarter average: the mean of the four quarters shown (Q4 2023/24 to Q3 "
        "2024/25), to smooth seasonal variation. Shown for trend only.",
        "RAG compares the Q3 2024/25 figure with the 2024/25 target. Green: met; Amber: within "
        "5%; Red: more than 5% away.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["J"].width = 50
    for letter in "CDEFGH":
        sheet.column_dimensions[letter].width = 12
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

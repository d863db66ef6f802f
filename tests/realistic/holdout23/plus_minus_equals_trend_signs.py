"""A direction-of-travel column of '+', '-' / '\u2212' and '=' signs, with a key, beside quarters."""

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

SHEET = "Q3 Scorecard"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFBFBFBF")
MINUS = "\u2212"

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, good is, Q1..Q4 2024/25 (Q4
# empty: a Quarter 3 report), target 2024/25, direction of travel sign, RAG word, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting (%)", "Higher",
     44.1, 46.3, 41.8, None, 47.0, MINUS, "Amber",
     "Seasonal fall in garden waste tonnage; same pattern as last year."),
    ("PE02", "Residual household waste per household (kg)", "Lower",
     118.4, 121.0, 119.2, None, 115.0, "+", "Amber", None),
    ("PE03", "Missed bin collections per 100,000 collections", "Lower",
     42, 38, 38, None, 45, "=", "Green", None),
    ("PE04", "Fly-tipping incidents removed within 2 working days (%)", "Higher",
     91.2, 93.5, 95.0, None, 95.0, "+", "Green", None),
    ("PE05", "Streets at or above grade B for litter (%)", "Higher",
     None, 92.0, None, None, 90.0, "=", "Green",
     "Surveyed in tranches; tranche 2 results due in Q4, so rated on the Q2 survey."),
    ("PE06", "Major planning applications determined in time (%)", "Higher",
     88.9, 100.0, 75.0, None, 90.0, "-", "Red",
     "3 of 4 in time; one delayed by a late statutory consultee response."),
    ("Housing and Communities",),
    ("HC01", "Households in temporary accommodation (at quarter end)", "Lower",
     186, 201, 214, None, 180, "-", "Red",
     "Demand pressures continue; 23 households in B&B, none families over 6 weeks."),
    ("HC02", "Homelessness cases prevented or relieved (%)", "Higher",
     61.5, 58.2, 63.0, None, 60.0, "+", "Green", None),
    ("HC03", "Average days to re-let empty council homes", "Lower",
     38.2, 35.6, 35.6, None, 30.0, "=", "Amber", None),
    ("HC04", "Disabled facilities grants completed", None,
     41, 37, 52, None, None, "+", None, "Demand led; no target set."),
    ("HC05", "Affordable homes delivered (cumulative)", "Higher",
     34, 71, 96, None, 150, "+", "Amber",
     "Riverside Quarter phase 2 handover slipped to February."),
    ("Resources",),
    ("RS01", "Council tax collected (cumulative % of annual debit)", "Higher",
     29.6, 57.1, 84.3, None, 97.0, "-", "Amber",
     "Profiled Q3 target 84.8%; 0.4 points behind the same point last year."),
    ("RS02", "Business rates collected (cumulative % of annual debit)", "Higher",
     31.2, 58.9, 86.4, None, 98.0, "+", "Green", "Profiled Q3 target 86.0%."),
    ("RS03", "Working days lost to sickness per FTE (rolling 12 months)", "Lower",
     9.8, 10.2, 10.6, None, 9.0, MINUS, "Red", None),
    ("RS04", "Invoices paid within 30 days (%)", "Higher",
     96.1, 95.4, "n/a", None, 97.0, None, None,
     "Finance system migration in December: Q3 figure not yet available."),
    ("RS05", "Freedom of Information requests answered within 20 working days (%)", "Higher",
     87.3, 90.1, 90.1, None, 90.0, "=", "Green", None),
    ("RS06", "Stage 1 complaints responded to within 10 working days (%)", "Higher",
     None, 78.4, 82.9, None, 90.0, "+", "Amber", "New complaints system from July."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard with a signed direction of travel.

    Several district councils print a narrow 'DoT' column holding a plus,
    minus or equals sign rather than an arrow, explained in a key under the
    table ('+ improved since last quarter, \u2212 worse, = no change'), in
    the quarterly performance report to the Overview and Scrutiny Committee:
    Ref, Indicator, 'Good is' Higher/Lower, 'Q1 2024/25'..'Q4 2024/25' (Q4
    empty, a Quarter 3 report), 'Target 2024/25', 'DoT', a filled RAG word
    and Comments under shaded portfolio rows. Officers typed the minus both
    as a hyphen '-' and as the true minus sign '\u2212'; a sign always
    follows the direction of the figure against polarity, so a falling
    residual-waste figure is '+'.

    A careful reader takes each quarter's figure with the 2024/25 target and
    gives the RAG to the latest quarter holding a figure: the street
    cleanliness survey's Q2 (Q1 and Q3 blank), invoices paid's Q3 is 'n/a'
    with neither sign nor RAG. The signs are directions of travel, not
    figures; 'Disabled facilities grants' is demand led, with no target,
    polarity or RAG. Polarity from 'Good is'; no units column.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Corporate Performance Scorecard 2024/25 \u2013 Quarter 3 (October to December)",
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 6 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Good is", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
             "Q4 2024/25", "Target 2024/25", "DoT", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, q1, q2, q3, q4, target, _sign, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 10):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=9).font = Font(bold=True, size=12)
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        figures = (q1, q2, q3, q4)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), num(target), status)
            )
        exp.add_meta(code, label, POLARITY.get(str(good)) if good else None, None)
        row += 1
    notes = (
        "Key \u2013 DoT (direction of travel, compared with the previous quarter):  "
        "+  performance improved    \u2212  performance worsened    =  no change.  For the "
        "cumulative collection rates DoT compares with the same point last year.",
        "RAG compares the latest quarter with the 2024/25 target (profiled for cumulative "
        "measures). Green: target met; Amber: within 5%; Red: more than 5% short.",
        "n/a: data not available at the time of reporting.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 9, "H": 10, "I": 6, "J": 9, "K": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

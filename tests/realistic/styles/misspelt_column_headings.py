"""A hand-typed scorecard whose column headings carry an officer's typing slips ('Acutal', 'Tagret')."""

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
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Sheet1"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEADER = [
    "Ref",
    "Perfomance Indicator",
    "Polarty",
    "2023/24 Acutal",
    "Q1 Perfomance",
    "Q2 Perfomance",
    "Q3 Perfromance",
    "Tagret 2024/25",
    "RAG Staus",
    "Directon of Travel",
    "Comentary",
]
SECTION = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
HEAD = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")
THIN = Side(style="thin", color="FF000000")

# A 1-tuple is a service row. Otherwise: ref, indicator, polarity (High/Low), 2023/24 actual,
# Q1..Q3 2024/25, target 2024/25, RAG letter (latest quarter), direction of travel, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Revenues and Benefits",),
    ("RB1", "Council tax collected in year (%)", "High", 97.6, 29.8, 57.3, 84.2, 85.0, "A",
     "\u2193", "Cost of living; more residents on instalment plans."),
    ("RB2", "Business rates collected in year (%)", "High", 98.4, 32.1, 59.0, 85.6, 85.0, "G",
     "\u2191", None),
    ("RB3", "Average days to process new Council Tax Reduction claims", "Low", 21.3, 18.4, 16.9,
     17.2, 20, "G", "\u2194", None),
    ("RB4", "Average days to process changes of circumstances", "Low", 7.9, 9.1, 8.4, 10.6, 8,
     "R", "\u2193", "Annual uprating work and two vacancies."),
    ("RB5", "Housing Benefit overpayments recovered (\u00a3)", "High", 412870, 96310, 201455,
     None, 400000, "A", "\u2193", "Q3 figure awaiting reconciliation."),
    ("Customer Services",),
    ("CU1", "Calls answered within 60 seconds (%)", "High", 71.2, 68.0, 74.5, 79.1, 80, "A",
     "\u2191", None),
    ("CU2", "Average call waiting time (minutes)", "Low", 4.6, 5.2, 3.9, 3.1, 3, "A", "\u2191",
     None),
    ("CU3", "Online transactions as a share of all transactions (%)", "High", 58.0, 61.3, 63.8,
     66.0, 65, "G", "\u2191", "New garden waste renewal form."),
    ("CU4", "Stage 1 complaints answered within 10 working days (%)", "High", 88.0, 91.5, "n/a",
     86.7, 95, "R", "\u2193", "Q2 not reported: complaints system replaced."),
    ("CU5", "Compliments received", "High", 214, 61, 48, 57, None, None, None,
     "Information only."),
    ("Human Resources",),
    ("HR1", "Working days lost to sickness per FTE (rolling 12 months)", "Low", 9.8, 10.1, 10.4,
     10.2, 9, "R", "\u2191", "Stress-related absence remains the main cause."),
    ("HR2", "Staff turnover (rolling 12 months, %)", "Low", 12.4, 12.1, 11.6, 11.0, 12, "G",
     "\u2191", None),
    ("HR3", "Mandatory training completed (%)", "High", 86.0, 88.5, 90.2, "Not yet available",
     95, None, None, "Learning system report delayed."),
    ("HR4", "Employees completing an annual appraisal (%)", "High", 72.0, None, None, None, 90,
     None, None, "Reported annually at Q4."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a small district council's hand-typed quarterly scorecard for its scrutiny committee.

    A Corporate Services performance table a service manager keeps by
    hand in a plain 'Sheet1' and emails to the Overview and Scrutiny
    Committee clerk each quarter, headings typed in a hurry and never
    corrected: 'Perfomance Indicator', 'Polarty', '2023/24 Acutal', 'Q1
    Perfomance', 'Q2 Perfomance', 'Q3 Perfromance', 'Tagret 2024/25',
    'RAG Staus', 'Directon of Travel', 'Comentary'. The title names
    2024/25 Quarter 3. Otherwise ordinary: High/Low polarity, RAG letters
    filled in colour, arrows for direction of travel, yellow service rows.

    A careful reader is sure of every heading: each slip is a
    transposition or a dropped letter of a word that could be nothing
    else, and the cells under it agree (percentages and counts under the
    quarters, R/A/G letters under 'RAG Staus', arrows under the direction
    of travel, sentences under the commentary). The quarters are 2024/25
    from the title, after the 2023/24 actual. The target names 2024/25 so
    it applies to the quarters, not to the 2023/24 outturn; the RAG to the
    latest quarter given. 'n/a' and 'Not yet available' are texts; the
    appraisal measure has only its 2023/24 figure. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Services \u2013 Performance Monitoring 2024/25")
    sheet["A2"] = "Quarter 3 (Oct - Dec) - for Overview & Scrutiny Committee"
    put_row(sheet, HEAD_ROW, 1, HEADER, bold=True)
    ncol = len(HEADER)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, *figures, target, rag, _dot, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(
                top=THIN, bottom=THIN, left=THIN, right=THIN
            )
        for col in (3, 9, 10):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        given = [p for p, v in zip(PERIODS, figures, strict=True) if v is not None]
        for k, (period, value) in enumerate(zip(PERIODS, figures, strict=True)):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    num(target) if k > 0 else None,
                    RAG[str(rag)] if rag and k > 0 and period == given[-1] else None,
                )
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG - G on target, A within 10%, R more than 10% "
               "off target. Direction of Travel: \u2191 improving, \u2193 worsening, \u2194 no change.").font = Font(size=9)  # fmt: skip
    widths = {"A": 6, "B": 55, "C": 9, "I": 8, "J": 10, "K": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGH":
        sheet.column_dimensions[letter].width = 11
    save(book, path)
    return exp

"""No unit column: each unit written in brackets at the end of the indicator name ('(days)', '(%)', '(£)', '(number)', '(£000)')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Corporate PIs"
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF0000"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF833C0B", end_color="FF833C0B")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST = 6
LAST_COL = 9  # I: Comments

# A section is (title, rows); a row is
# (code, indicator with its unit in brackets, the unit a reader takes from it or None,
#  2023/24 outturn, Q1, Q2, Q3, target 2024/25, status, comment)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Resources", (
        ("BV9", "Council tax collected in year (%)", "%", 97.6, 29.4, 57.2, 84.8, 97.5, "Green", None),
        ("BV10", "Business rates collected in year (%)", "%", 98.3, 31.6, 58.1, 83.9, 98.0, "Amber", None),
        ("BV78a", "Average time to process new Housing Benefit claims (days)", "days",
         18.4, 16.2, 15.8, 17.1, 18, "Green", None),
        ("BV78b", "Average time to process Housing Benefit changes of circumstances (days)", "days",
         5.9, 4.8, 5.2, 6.3, 6, "Amber", "Annual uprating work started early in December."),
        (None, "Sundry debt more than 90 days old (\u00a3000)", "\u00a3k",
         412, 388, 356, 341, 300, "Red", "Two large commercial debts referred to legal."),
        (None, "Net cost of the leisure service per head of population (\u00a3)", "\u00a3",
         14.82, None, None, None, 13.50, "Annual", "Reported at year end only."),
    )),
    ("Customer services", (
        ("CS01", "Calls answered within 60 seconds (%)", "%", 71.3, 75.8, 78.2, 77.2, 80, "Amber", None),
        ("CS02", "Average time to answer a call (seconds)", "seconds", 96, 82, 71, 88, 90, "Green", None),
    )),
    ("Housing", (
        ("HS212", "Average days to re-let council homes (days)", "days",
         34.2, 29.8, 27.5, 31.0, 28, "Red", "Three long-term voids needing major works let in Q3."),
        ("HS05", "Rent arrears of current tenants (% of rent due)", "%",
         2.41, 2.65, 2.58, 2.49, 2.50, "Green", None),
        ("HS10", "Households in temporary accommodation (snapshot at quarter end)", None,
         78, 84, 91, 96, None, None, None),
        ("HS11", "Homelessness cases prevented or relieved (No.)", "number",
         366, 88, 97, 91, None, None, None),
        ("HS20", "Number of affordable homes delivered (number)", "number",
         142, 31, 28, 44, None, None, None),
    )),
    ("Environment", (
        ("NI192", "Household waste recycled and composted (%)", "%",
         38.2, 42.6, 41.8, 34.9, 40, "Red", "Garden waste collections suspended in December."),
        ("NI191", "Residual household waste per household (kg)", "kg",
         468, 121, 240, 338, 460, "Green", "Cumulative from April."),
        ("WM03", "Missed bin collections (per 100,000 collections)", "rate",
         48, 52, 44, 61, 50, "Red", None),
        ("EN04", "Fly-tipping incidents reported (number)", "number",
         1204, 287, 312, 296, None, None, None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's corporate performance indicator table with units in the names.

    Broxtowe Borough Council style, the quarterly corporate performance
    indicators to the Finance and Resources Committee: no unit column, the
    unit typed in brackets at the end of each indicator's name instead, in
    whatever form its officer chose: '(%)', '(% of rent due)', '(days)',
    '(seconds)', '(kg)', '(\u00a3)', '(\u00a3000)', '(number)', '(No.)', '(per
    100,000 collections)'; one name's bracket is a qualifier, not a unit
    ('(snapshot at quarter end)'). Every figure is a plain number (54.2,
    not 54.2% or 0.542). Shaded section rows; '2023/24 outturn', Q1-Q3
    2024/25, 'Target 2024/25', filled Status words ('Annual' on the one
    measure reported only at the year end), comments; the counts have no
    target or status.

    A careful reader keeps the names as written, brackets and all, and
    takes the unit each bracket states: % (also for '% of rent due'),
    days, seconds, kg, \u00a3, \u00a3k for '\u00a3000' (412 is \u00a3412,000,
    kept as 412 in thousands of pounds), number for '(number)' and
    '(No.)', a rate for 'per 100,000 collections'; the temporary
    accommodation row states no unit. The figures stand as typed. The
    2023/24 outturn is an observation without a target (the target's
    heading names 2024/25); Q1-Q3 take the target; the status belongs to
    Q3 ('Annual' is no rating, and the leisure cost has only its 2023/24
    figure). The residual waste figures are year to date against the annual
    target, as printed. No polarity is stated. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Broxtowe Borough Council")
    sheet["A2"] = "Corporate Performance Indicators \u2013 Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Finance and Resources Committee, 13 February 2025 \u2013 Appendix 2"
    sheet["A3"].font = Font(italic=True)
    header = ["Code", "Performance indicator", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
              "Q3 2024/25", "Target 2024/25", "Status", "Comments"]  # fmt: skip
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    exp = Expected([])
    row = FIRST
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, LAST_COL + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for code, name, unit, outturn, q1, q2, q3, target, status, comment in rows:
            put_row(sheet, row, 1, [code, name, outturn, q1, q2, q3, target, status, comment])
            for col in range(1, LAST_COL + 1):
                cell = sheet.cell(row=row, column=col)
                cell.border = BOX
                if 3 <= col <= 8:
                    cell.alignment = Alignment(horizontal="center")
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
            for col in (3, 7):
                if isinstance(sheet.cell(row=row, column=col).value, float) and unit == "\u00a3":
                    sheet.cell(row=row, column=col).number_format = "0.00"
            if status in FILLS:
                rgb = FILLS[str(status)]
                sheet.cell(row=row, column=8).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
            c = None if code is None else str(code)
            goal = None if target is None else float(str(target))
            rag = RAG.get(str(status))
            if outturn is not None:
                exp.observations += observed(c, str(name), PERIODS[:1], (outturn,))
            exp.observations += observed(c, str(name), PERIODS[1:], (q1, q2, q3), goal, rag)
            exp.add_meta(c, str(name), None, None if unit is None else str(unit))
            row += 1
    notes = (
        "Status compares the Quarter 3 figure with the 2024/25 target (the collection and waste "
        "measures with the profile to 31 December): Green on or better than target, Amber within "
        "5%, Red more than 5% adrift. Counts are reported for information.",
        "Source: Broxtowe performance management system, 20 January 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 66, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 44}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

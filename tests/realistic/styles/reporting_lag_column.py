"""A quarterly scorecard with a 'Reporting lag' column saying which period each row's figures belong to."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q2 Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
THIN = Side(style="thin", color="FF999999")

# What each 'Reporting lag' wording makes of the 'Quarter 1' and 'Quarter 2' columns
# (the columns are the quarters in which the figures were reported).
CURRENT = ("Q1 2024/25", "Q2 2024/25")
ARREARS = ("Q4 2023/24", "Q1 2024/25")
TWO_MONTHS = ("Apr 2024", "Jul 2024")  # the doubtful row, read once settled
ANNUAL_FY = (None, "2023/24")
ANNUAL_AY = (None, "2023/24 (AY)")
ANNUAL_CY = (None, "2023")
IN_YEAR = ("Q1 2024/25", "Q2 2024/25", "Apr 2024", "Jul 2024")  # what 'Target 2024/25' covers
LAGGED = "PEO04"  # the row whose lag the notes do not explain

# Section rows are a 1-tuple. Otherwise: ref, indicator, good is, reporting lag as typed,
# the periods of the two columns, quarter 1, quarter 2, target 2024/25, status, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES01", "Council tax collected in year (%)", "High", "Current quarter", CURRENT,
     29.4, 56.8, 96.5, "Green", None),
    ("RES02", "Business rates collected in year (%)", "High", "Current quarter", CURRENT,
     31.2, 57.9, 98.0, "Amber", "Two large refunds following revaluation appeals."),
    ("RES03", "Average working days lost to sickness per FTE (rolling 12 months)", "Low",
     "One quarter in arrears", ARREARS, 9.8, 9.4, 8.5, "Red",
     "iTrent figures to 30 June 2024; stress-related absence remains the main cause."),
    ("RES04", "Freedom of Information requests answered within 20 working days (%)", "High",
     "Current quarter", CURRENT, 88.1, 91.4, 90.0, "Green", None),
    ("Place",),
    ("PLA01", "Household waste sent for reuse, recycling and composting (%)", "High",
     "One quarter in arrears", ARREARS, 44.9, 49.6, 48.0, "Green",
     "WasteDataFlow figures are validated a quarter late: the Quarter 2 column shows April to June."),
    ("PLA02", "Residual household waste per household (kg)", "Low", "One quarter in arrears",
     ARREARS, 108.3, 101.7, 105.0, "Green", None),
    ("PLA03", "Major planning applications determined within 13 weeks (%)", "High",
     "Current quarter", CURRENT, 85.7, 80.0, 75.0, "Green", "4 of 5 major applications in time."),
    ("PLA04", "Fly-tipping incidents cleared within 5 working days (%)", "High", "Current quarter",
     CURRENT, 92.3, 94.0, 95.0, "Amber", None),
    ("PLA05", "Net additional homes provided", "High", "Annual \u2013 2023/24", ANNUAL_FY,
     None, 612, "-", "Data only", "Housing Flows Reconciliation return, published in September."),
    ("PLA06", "Annual mean nitrogen dioxide at the worst town-centre monitoring site (\u00b5g/m\u00b3)",
     "Low", "Annual \u2013 calendar year 2023", ANNUAL_CY, None, 36.2, "-", "Data only",
     "Annual Status Report 2024. Below the 40 \u00b5g/m\u00b3 objective for the second year."),
    ("People",),
    ("PEO01", "Children achieving a good level of development at the end of Reception (%)", "High",
     "Annual \u2013 2023/24 academic year", ANNUAL_AY, None, 67.9, "-", "Data only",
     "Provisional EYFSP results from the county council."),
    ("PEO02", "Households in temporary accommodation at quarter end", "Low", "Current quarter",
     CURRENT, 131, 146, 125, "Red", "Rising demand from private rented sector evictions."),
    ("PEO03", "Homelessness cases where the duty ended with accommodation secured (%)", "High",
     "One quarter in arrears", ARREARS, 58.2, 61.5, 60.0, "Green", "H-CLIC return, April to June 2024."),
    ("PEO04", "Residents aged 65+ receiving long-term support from adult social care", "Low",
     "Two months in arrears", TWO_MONTHS, 2214, 2238, None, None, "County council data."),
    ("PEO05", "Visits to council leisure centres", "High", "Current quarter", CURRENT,
     176540, "Not available", 170000, None, "Leisure operator's return not received in time."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report to Cabinet.

    Tonbridge and Malling style: a 'Q2 Scorecard' sheet for Quarter 2
    2024/25 (July to September 2024) with Ref, Performance indicator, 'Good
    is', a 'Reporting lag' column, 'Quarter 1' and 'Quarter 2' under a
    merged '2024/25 \u2013 figure as reported' banner, 'Target 2024/25', a
    filled Status word and comments, under shaded Resources / Place /
    People rows. The notes under the table define the lag wordings: the
    columns are the quarters in which figures were reported, 'One quarter
    in arrears' figures belong to the quarter before, 'Annual' figures are
    the latest annual result shown in the quarter it was published.

    A careful reader takes 'Current quarter' rows as Q1 and Q2 2024/25;
    'One quarter in arrears' rows as Q4 2023/24 (no target: the target's
    heading names 2024/25) and Q1 2024/25 (the target and the Status); the
    annual rows' one figure as 2023/24, 2023/24 (AY) or calendar 2023, each
    without a target ('-') or rating ('Data only'). 'Not available' is kept
    as Q2 2024/25's text. Polarity comes from 'Good is'.

    Doubtful: the adult social care row is 'Two months in arrears', which
    the notes do not define. Read as a snapshot two months before each
    quarter's end it is April 2024 and July 2024, but it could as well be
    the three months to the end of May and of August, or the Quarter 1 and
    Quarter 2 columns could already hold a quarter each. A careful person
    would ask, so the file needs review at that cell; once settled the
    figures are read as April and July 2024.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tonbridge and Malling Borough Council")
    sheet["A2"] = "Corporate Performance Report \u2013 Quarter 2 2024/25 (July to September 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 5 November 2024 \u2013 Appendix A"
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E4:F4", "2024/25 \u2013 figure as reported")
    header = ["Ref", "Performance indicator", "Good is", "Reporting lag", "Quarter 1",
              "Quarter 2", "Target 2024/25", "Status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    exp = Expected([], status="needs_review")
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, lag, periods, q1, q2, target, status, comment = spec
        put_row(sheet, row, 1, [ref, name, good, lag, q1, q2, target, status, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in (5, 6, 7):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
            if isinstance(sheet.cell(row=row, column=col).value, int) and col != 7:
                sheet.cell(row=row, column=col).number_format = "#,##0"
        if q1 is None:
            sheet.cell(row=row, column=5).fill = GREY
        if status in RAG_FILL:
            rgb = RAG_FILL[str(status)]
            sheet.cell(row=row, column=8).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        if ref == LAGGED:
            exp.review_cells.append(f"{SHEET}!D{row}")

        code = str(ref)
        assert isinstance(periods, tuple)
        given = [(p, v) for p, v in zip(periods, (q1, q2), strict=True) if v is not None]
        for k, (period, value) in enumerate(given):
            assert period is not None
            goal = num(target) if period in IN_YEAR else None
            rating = RAG.get(str(status)) if k == len(given) - 1 else None
            exp.observations.append(
                Obs(code, str(name), str(period), num(value), text_of(value), goal, rating)
            )
        exp.add_meta(code, str(name), GOOD[str(good)], None)
        row += 1

    notes = (
        "Notes",
        "The Quarter 1 and Quarter 2 columns show the figures reported at each quarter.",
        "Reporting lag: 'Current quarter' \u2013 the figure is for the quarter shown. 'One quarter "
        "in arrears' \u2013 the figure is for the previous quarter (the Quarter 2 column shows April "
        "to June 2024, the Quarter 1 column January to March 2024).",
        "'Annual' \u2013 the latest annual result, shown in the quarter in which it was published; "
        "annual measures are not rated against the 2024/25 target.",
        "Status compares the latest available figure with the 2024/25 target (for collection "
        "rates, with the profile to date): Green \u2013 met or better; Amber \u2013 within 5%; "
        "Red \u2013 more than 5% worse.",
    )
    for j, line in enumerate(notes, start=row + 1):
        cell = sheet.cell(row=j, column=1, value=line)
        cell.font = Font(bold=True, size=9) if line == "Notes" else Font(size=9)
    widths = {"A": 8, "B": 58, "C": 8, "D": 24, "E": 11, "F": 11, "G": 11, "H": 10, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

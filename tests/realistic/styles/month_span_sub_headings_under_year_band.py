"""Quarter columns headed only by their month span under merged financial-year bands."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 Scorecard"
BAND_ROW = 5
SUB_ROW = 6
FIRST = SUB_ROW + 1
# Sub-headings as typed: en dashes, a hyphen, a spaced hyphen, 'Sept' never used.
SPANS = ("Oct\u2013Dec", "Jan-Mar", "Apr\u2013Jun", "Jul - Sep", "Oct\u2013Dec", "Jan\u2013Mar")
PERIODS = ("Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
CURRENT_YEAR = 2  # index of the first 2024/25 column: the target names 2024/25
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
BAND = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
OLD_BAND = PatternFill(fill_type="solid", start_color="FF808080", end_color="FF808080")
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, six quarter figures (Oct-Dec 2023
# .. Jan-Mar 2025), target 2024/25, RAG letter, comment. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health",),
    ("AH01", "Adults with learning disabilities in paid employment (%)", 4.1, 4.3, 4.4, 4.6, 4.9,
     None, 5.0, "A", None),
    ("AH02", "Older people still at home 91 days after discharge from hospital into reablement (%)",
     82.6, 80.9, 84.1, 85.3, 83.7, None, 85.0, "A", "Winter pressures on the reablement service."),
    ("AH03", "Adult social care assessments completed within 28 days (%)", 61.0, 64.5, 70.2, 73.8,
     77.1, None, 75.0, "G", None),
    ("AH04", "Permanent admissions to care homes, aged 65+ (per 100,000)", 152.3, 601.9, 148.0,
     301.6, 466.2, None, 580.0, "R", "Cumulative in year; forecast to exceed target by Q4."),
    ("AH05", "Smokers setting a quit date who quit at 4 weeks (%)", 52.0, 49.5, "n/a", 55.8, 57.3,
     None, 50.0, "G", "Q1 not reported: provider changed in April."),
    ("Children and Families",),
    ("CF01", "Children's social care referrals that are re-referrals within 12 months (%)", 23.4,
     22.1, 21.7, 20.3, 19.8, None, 20.0, "G", None),
    ("CF02", "Child protection plans lasting 2 years or more (%)", 3.2, 2.9, 4.1, 4.5, 5.2, None,
     4.0, "R", "Five large sibling groups; each reviewed by the Head of Service."),
    ("CF03", "Children looked after with 3 or more placements in the year (%)", 9.8, 10.4, 2.6,
     5.1, 7.9, None, 10.0, "G", "Cumulative in year."),
    ("CF04", "Early help assessments completed within 45 days (%)", None, None, 68.4, 74.0, 79.5,
     None, 80.0, "A", "New measure for 2024/25."),
    ("CF05", "Education, health and care plans issued within 20 weeks (%)", 38.7, 41.2, 45.9,
     52.3, None, None, 60.0, "R", "Oct\u2013Dec figure published after this report."),
    ("Place and Environment",),
    ("PE01", "Household waste reused, recycled or composted (%)", 41.8, 40.2, 46.5, 47.1, "TBC",
     None, 46.0, None, "Awaiting contractor tonnage returns."),
    ("PE02", "Principal roads where maintenance should be considered (%)", None, 3.0, None, None,
     None, None, 3.0, "G", "Annual survey; Jan\u2013Mar each year."),
    ("PE03", "Potholes repaired within 28 days (%)", 88.3, 79.4, 91.2, 93.0, 86.6, None, 90.0,
     "A", "Storm Bert backlog in November."),
    ("PE04", "Fly-tipping incidents reported", 1043, 987, 1126, 1201, 1088, None, None, None,
     "Data only."),
    ("Corporate",),
    ("CO01", "Council tax collected in year (%)", 84.1, 96.3, 28.9, 56.2, 83.8, None, 96.5, "A",
     "Cumulative; 0.3 points below the same point last year."),
    ("CO02", "Days lost to sickness per FTE (rolling 12 months)", 9.6, 9.9, 10.2, 10.0, 9.7,
     None, 9.0, "R", None),
    ("CO03", "Invoices paid within 30 days (%)", 93.5, 94.1, 95.0, 94.7, 96.2, None, 95.0, "G",
     None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate scorecard to a scrutiny management board.

    The kind of 'rolling five quarters' scorecard a county council's
    business intelligence team sends to the Scrutiny Management Board each
    quarter: title 'Corporate Performance Scorecard \u2013 Quarter 3 2024/25',
    then a merged grey band '2023/24' over two columns and a merged navy band
    '2024/25' over four, with the quarter columns headed only by their month
    span, typed by hand and inconsistently: 'Oct\u2013Dec', 'Jan-Mar' under
    2023/24 and 'Apr\u2013Jun', 'Jul - Sep', 'Oct\u2013Dec', 'Jan\u2013Mar'
    under 2024/25 (the last one empty, the year not being over). Then
    'Target 2024/25', a filled R/A/G letter and comments, under shaded
    portfolio rows. A note says the RAG rates the latest quarter reported.

    A careful reader takes the month spans within their financial-year band:
    Oct\u2013Dec under 2023/24 is Q3 2023/24, Jan-Mar under 2023/24 is Q4
    2023/24 (January to March 2024), and the 2024/25 spans are Q1 to Q4
    2024/25. The target names 2024/25, so it goes on the 2024/25 quarters
    only. The RAG rates the latest figure in the row: the EHCP measure has
    no Oct\u2013Dec 2024 figure, so its R is on Jul\u2013Sep; the road
    condition survey has only its Jan-Mar 2024 figure, so its G is there.
    The smoking Q1 is 'n/a' and the recycling Q3 'TBC' (unrated); fly-tips
    are data only. Units are only in names; nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Scrutiny Management Board \u2013 20 February 2025"
    sheet["A3"] = "Latest five quarters shown. Figures are for the quarter unless stated."
    sheet["A3"].font = Font(italic=True, size=9)
    ncol = 2 + len(SPANS) + 3
    merge(sheet, f"A{BAND_ROW}:A{SUB_ROW}", "Ref")
    merge(sheet, f"B{BAND_ROW}:B{SUB_ROW}", "Indicator")
    merge(sheet, f"C{BAND_ROW}:D{BAND_ROW}", "2023/24")
    merge(sheet, f"E{BAND_ROW}:H{BAND_ROW}", "2024/25")
    merge(sheet, f"I{BAND_ROW}:I{SUB_ROW}", "Target 2024/25")
    merge(sheet, f"J{BAND_ROW}:J{SUB_ROW}", "RAG")
    merge(sheet, f"K{BAND_ROW}:K{SUB_ROW}", "Comments")
    put_row(sheet, SUB_ROW, 3, SPANS, bold=True)
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, SUB_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = OLD_BAND if col in (3, 4) else BAND
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
        ref, name, *values, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 10):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
            if isinstance(sheet.cell(row=row, column=col).value, float):
                sheet.cell(row=row, column=col).number_format = "0.0"
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
            sheet[f"J{row}"].alignment = Alignment(horizontal="center")
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    num(target) if k >= CURRENT_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1
    notes = (
        "RAG rates the latest quarter reported against the 2024/25 target: G on or better than "
        "target; A within 10% of target; R more than 10% worse.",
        "Blank: not yet available or not collected that quarter. Cumulative measures build up "
        "through the year.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 64, "I": 11, "J": 6, "K": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "CDEFGH":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

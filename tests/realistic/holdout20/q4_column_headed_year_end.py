"""A quarterly table whose fourth period column is headed 'Year End' instead of 'Q4'."""

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

SHEET = "Year End 2024-25"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
# Outturn 2023/24, Q1 2024/25, Q2, Q3, Year End (the 2024/25 outturn)
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
GREY = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")

# Section rows are a 1-tuple. Otherwise: code, indicator, good is, outturn 2023/24, Q1, Q2, Q3,
# Year End, target, RAG letter (for the year end), comment. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Economy and Place",),
    ("EP01", "Major planning applications determined within 13 weeks or agreed time (%)", "High",
     91.7, 92.3, 88.9, 100.0, 93.8, 90.0, "G", None),
    ("EP02", "Minor planning applications determined within 8 weeks or agreed time (%)", "High",
     86.0, 81.2, 84.5, 79.0, 82.6, 85.0, "A", "Two planning officer vacancies filled in January."),
    ("EP03", "Net additional homes delivered (cumulative in year)", "High", 462, 96, 211, 318, 481,
     500, "A", "Completions on two strategic sites slipped into 2025/26."),
    ("EP04", "Affordable homes delivered", "High", 104, None, None, None, 138, 120, "G",
     "Annual measure \u2013 reported at year end."),
    ("EP05", "Business rates collected in year (%)", "High", 98.3, 29.6, 57.8, 84.1, 98.2, 98.5,
     "A", None),
    ("Environment and Neighbourhoods",),
    ("EN01", "Household waste sent for reuse, recycling and composting (%)", "High", 49.8, 54.1,
     52.7, 46.3, "Not available", 50.0, None,
     "Q4 tonnages are validated through WasteDataFlow; year-end figure to September committee."),
    ("EN02", "Residual household waste per household (kg)", "Low", 489, 118, 121, 124, 476, 480,
     "G", "Year End is the full-year total; quarters are the quarter's own figure."),
    ("EN03", "Fly-tipping incidents cleared within 2 working days (%)", "High", 93.9, 95.2, 96.8,
     94.0, 97.1, 95.0, "G", None),
    ("EN04", "Land with unacceptable levels of litter (%)", "Low", 4.4, "n/a", 3.8, 4.6, 4.1, 4.0,
     "A", "No Q1 survey tranche (contract change)."),
    ("EN05", "CO2 emissions from the council's own estate and fleet (tCO2e)", "Low", 6240, None,
     None, None, 5870, 6000, "G", "Annual measure."),
    ("Resources",),
    ("RS01", "Council tax collected in year (%)", "High", 96.8, 29.1, 56.4, 83.0, 96.9, 97.0, "A",
     None),
    ("RS02", "Undisputed invoices paid within 30 days (%)", "High", 95.1, 94.5, 96.1, 95.3, 96.0,
     95.0, "G", None),
    ("RS03", "Working days lost to sickness absence per FTE", "Low", 9.1, 2.2, 2.4, 2.9, 9.6, 8.5,
     "R", "Long-term absence in waste services; managing attendance review under way."),
    ("RS04", "Freedom of Information requests answered within 20 working days (%)", "High", 89.4,
     88.0, 91.4, 90.2, 92.5, 90.0, "G", None),
    ("RS05", "Residents satisfied with the way the council runs things (%)", "High", 62.0, None,
     None, None, 64.0, 65.0, "A", "Residents' survey, February 2025."),
    ("RS06", "Median gender pay gap (%)", "\u2013", 7.1, None, None, None, 6.3, None, None,
     "Information only; published on gov.uk by 30 March."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's year-end Council Plan performance report to Overview and Scrutiny.

    The same quarterly workbook the policy team has used all year, rolled on
    to year end: Code, Indicator, 'Good is' (High/Low), 'Outturn 2023/24',
    'Q1 2024/25', then bare 'Q2' and 'Q3', and where Q4 would be a column
    headed 'Year End' holding the 2024/25 outturn, then 'Target 2024/25', a filled G/A/R
    'RAG' letter and Comments, under shaded portfolio rows. Annual-only
    measures (affordable homes, carbon, residents' survey, pay gap) have a
    figure only under 'Year End' and grey empty quarters. The note under the
    title says Year End is the outturn for the whole of 2024/25, and cumulative
    and total measures (homes, residual waste, sickness days) show it plainly.

    A careful reader takes 'Year End' as the year 2024/25 (not Q4), bare Q2 and
    Q3 as 2024/25 quarters, the 2024/25 target for the quarters and the year
    (none for the 2023/24 outturn, as the heading names 2024/25), and the RAG
    for the year end. Recycling's year end is 'Not available' with no
    RAG; litter's Q1 is 'n/a'; the pay gap has no target or rating. 'Good is'
    gives polarity; no unit column. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan 2024\u201328: Performance Report \u2013 Year End 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 17 June 2025 \u2013 Appendix A"
    sheet["A3"] = (
        "'Year End' is the outturn for the whole year April 2024 to March 2025; annual measures "
        "are reported at year end only. RAG is the year-end position against target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Code", "Indicator", "Good is", "Outturn 2023/24", "Q1 2024/25", "Q2", "Q3",
              "Year End", "Target 2024/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
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
        code, name, good, *values, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for offset, value in enumerate(values[1:4]):
            if value is None:
                sheet.cell(row=row, column=5 + offset).fill = GREY
        if rag in RAG_FILL:
            cell = sheet.cell(row=row, column=10)
            rgb = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    None if period == "2023/24" else num(target),
                    RAG.get(str(rag)) if period == given[-1] else None,
                )
            )
        exp.add_meta(str(code), str(name), GOOD.get(str(good)), None)
        row += 1
    notes = (
        "Key: G \u2013 target met; A \u2013 within 5% of target; R \u2013 more than 5% short of "
        "target. Grey cells: not reported that quarter.",
        "Source: service returns collated by the Policy and Performance Team, May 2025.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 62, "C": 8, "D": 10, "I": 8, "J": 6, "K": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

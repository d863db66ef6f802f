"""Five annual outturn columns, then the current year's part-year figure, its target and RAG."""

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

SHEET = "Five year trend"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
YEARS = ("2019/20", "2020/21", "2021/22", "2022/23", "2023/24")
TO_DATE = "Apr 2024\u2013Sep 2024"
PERIODS = (*YEARS, TO_DATE)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
TREND = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, good is, five outturns 2019/20 to
# 2023/24, 2024/25 to date (April to September), target 2024/25, RAG letter, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting (%)", "High",
     44.8, 46.1, 45.3, 43.9, 44.6, 47.2, 46, "G", "Q2 figure is provisional (WasteDataFlow)."),
    ("PE02", "Residual household waste per household (kg)", "Low",
     548, 581, 566, 541, 529, 262, 520, "G", "Half-year tonnage; target is for the full year."),
    ("PE03", "Fly-tipping incidents cleared within 2 working days (%)", "High",
     91.2, 88.7, 93.5, 94.1, 95.8, 93.0, 95, "A", None),
    ("PE04", "Major planning applications determined within 13 weeks or agreed time (%)", "High",
     86.7, 90.0, 84.2, 92.3, 88.9, 100.0, 80, "G", "Seven majors decided in the half year."),
    ("PE05", "Net additional homes provided", "High",
     612, 498, 655, 587, 540, 231, 600, "A", "Cumulative; completions usually peak in Q4."),
    ("PE06", "Visits to council leisure centres", "High",
     1104562, "n/a", 612340, 948115, 1021876, 534209, 1050000, "G",
     "2020/21 not reported: centres closed for most of the year."),
    ("People and Communities",),
    ("PC01", "Households accepted as owed the main homelessness duty", "Low",
     142, 118, 131, 165, 188, 104, 170, "R", "Rising demand; new leased scheme opens January."),
    ("PC02", "Homelessness cases prevented or relieved (%)", "High",
     None, None, 58.4, 61.0, 57.9, 60.3, 60, "G", "Measure introduced 2021/22."),
    ("PC03", "Average days to process new Housing Benefit claims", "Low",
     19.8, 22.4, 20.1, 17.6, 16.9, 18.2, 18, "A", None),
    ("PC04", "Disabled Facilities Grants completed", None,
     143, 71, 118, 152, 164, 79, None, None, "Demand-led; for information."),
    ("PC05", "Residents satisfied with their local area as a place to live (%)", "High",
     79, None, 74, None, 76, None, 78, None, "Biennial residents' survey; next in 2025/26."),
    ("Resources",),
    ("RS01", "Council tax collected (% of net collectable debit)", "High",
     97.9, 96.4, 97.1, 97.3, 97.0, 56.8, 97.2, "G", "In-year collection on profile (56.5%)."),
    ("RS02", "Business rates collected (% of net collectable debit)", "High",
     98.6, 93.2, 96.8, 98.1, 98.3, 55.1, 98.3, "A", None),
    ("RS03", "Working days lost to sickness absence per FTE", "Low",
     8.9, 6.7, 8.1, 9.4, 9.8, 4.6, 8.5, "A", "Half-year figure; full-year projection 9.3 days."),
    ("RS04", "Stage 1 complaints responded to within 10 working days (%)", "High",
     82.0, 79.5, 84.4, 88.1, 86.0, "Not available", 90, None,
     "New case management system; Q1-Q2 data being validated."),
    ("RS05", "Freedom of Information requests answered within 20 working days (%)", "High",
     94.3, 89.0, 92.7, 91.5, 93.8, 95.6, 90, "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's mid-year 'five year trend' performance appendix to scrutiny.

    The kind of half-year appendix a district council's performance team
    puts to its Overview and Scrutiny Committee so members see each Council
    Plan indicator against its own history: Ref, Indicator, 'Good is'
    High/Low, five annual outturn columns headed '2019/20' to '2023/24'
    (shaded grey under a merged 'Outturn' banner), then '2024/25 YTD (Q2)'
    under a merged '2024/25 to date' banner, 'Target 2024/25', a filled
    R/A/G letter and a comment, under shaded portfolio rows. A note under
    the table says the year to date runs from 1 April to 30 September 2024
    and that the RAG compares it with the 2024/25 target (profiled for
    counts and cumulative collection rates).

    A careful reader takes each outturn as that financial year and the
    YTD column as April to September 2024 (not the year 2024/25, which is
    not over), with the 2024/25 target and the RAG; the outturns get no
    target (the heading names 2024/25). 2020/21 leisure visits are 'n/a';
    the complaints YTD is 'Not available' with no RAG; a measure introduced
    in 2021/22 has no earlier outturns; the biennial survey has no figure
    this year and no RAG; DFGs are information only. Polarity from
    'Good is'; units only in names, so none expected.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance \u2013 Five Year Trend and 2024/25 to Date")
    sheet["A2"] = (
        "Mid-year report: Overview and Scrutiny Committee, 19 November 2024 \u2013 Appendix B"
    )
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "D4:H4", "Outturn")
    merge(sheet, "I4:K4", "2024/25 to date")
    for banner in ("D4", "I4"):
        sheet[banner].fill = HEAD
        sheet[banner].font = Font(bold=True, color="FFFFFFFF")
    heads = ["Ref", "Indicator", "Good is", *YEARS, "2024/25 YTD (Q2)", "Target 2024/25",
             "RAG", "Comment"]  # fmt: skip
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
        ref, name, good, *figures, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 9):
            sheet.cell(row=row, column=col).fill = TREND
        for col in range(4, 11):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            value = cell.value
            if isinstance(value, int) and value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(value, float):
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"K{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            this_year = k == len(YEARS)
            status = RAG[str(rag)] if rag and k == given[-1] else None
            goal = num(target) if this_year else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), goal, status)
            )
        exp.add_meta(code, label, POLARITY.get(str(good)), None)
        row += 1
    notes = (
        "Outturn columns show the audited full-year figure for each financial year (April to "
        "March).",
        "2024/25 to date: 1 April 2024 to 30 September 2024 (Quarter 2). RAG compares the year "
        "to date with the 2024/25 target, profiled for counts and cumulative collection rates. "
        "G on or above target; A within 10%; R more than 10% adrift.",
        "n/a: not reported that year. Blank: not collected.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 64, "C": 8, "I": 12, "J": 11, "K": 6, "L": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGH":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

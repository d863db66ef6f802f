"""Four quarter columns, then a 'Year average' column for rates and an 'Annual total' for counts."""

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
    save,
    title,
)

SHEET = "Year End 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
YEAR = "2024/25"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
YEAR_COLS = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: code, indicator, unit, good is, Q1..Q4, year
# average, annual total, target 2024/25, RAG, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting", "%", "High",
     51.2, 52.8, 44.1, 41.9, 47.5, None, 50.0, "Amber", "Garden waste tonnage down in a dry summer."),
    ("PE02", "Fly-tipping incidents reported", "No.", "Low",
     412, 455, 387, 398, None, 1652, 1700, "Green", None),
    ("PE03", "Major planning applications determined within 13 weeks or agreed time", "%",
     "High", 92.3, 88.9, 100.0, 85.7, 91.7, None, 90.0, "Green", None),
    ("PE04", "Net additional homes delivered", "No.", "High",
     96, 121, 88, 143, None, 448, 500, "Amber", "Two large sites slipped into 2025/26."),
    ("PE05", "Streets with litter above acceptable levels (local environmental quality survey)",
     "%", "Low", 4.1, 3.6, "n/a", 5.2, 4.3, None, 5.0, "Green",
     "No survey tranche in Q3; year average of three tranches."),
    ("People and Communities",),
    ("PC01", "Households whose homelessness was prevented", "No.", "High",
     88, 102, 79, 95, None, 364, 360, "Green", None),
    ("PC02", "Households in temporary accommodation (at quarter end)", "No.", "Low",
     142, 156, 171, 165, 158.5, None, 150, "Red",
     "Year average of the quarter-end counts; no annual total for a snapshot."),
    ("PC03", "Average days to process new Housing Benefit claims", "Days", "Low",
     19.2, 17.8, 21.4, 18.1, 19.1, None, 20.0, "Green", None),
    ("PC04", "Disabled Facilities Grants completed", "No.", "High",
     31, 28, 35, "TBC", None, None, 140, None,
     "Q4 completions being validated; year total to follow."),
    ("PC05", "Visits to council leisure centres", "No.", "High",
     182340, 176905, 161220, 190418, None, 710883, 700000, "Green", None),
    ("PC06", "Residents satisfied with the way the council runs things (annual survey)", "%",
     "High", None, None, None, None, 61.0, None, 65.0, "Amber",
     "Residents' survey, autumn 2024."),
    ("Resources",),
    ("RS01", "Council tax collected in year (cumulative)", "%", "High",
     28.9, 56.3, 83.7, 96.8, 96.8, None, 97.0, "Amber",
     "Cumulative measure: the year figure is the Q4 outturn."),
    ("RS02", "Undisputed invoices paid within 30 days", "%", "High",
     94.2, 95.1, 93.8, 96.0, 94.8, None, 95.0, "Amber", None),
    ("RS03", "Working days lost to sickness absence per FTE", "Days", "Low",
     2.4, 2.1, 2.9, 2.7, None, 10.1, 9.0, "Red", "Long-term absence in Waste Services."),
    ("RS04", "Stage 1 complaints responded to within 10 working days", "%", "High",
     82.5, 86.0, 79.4, 88.1, 84.0, None, 90.0, "Amber", None),
    ("RS05", "Freedom of Information requests received", "No.", None,
     287, 301, 264, 322, None, 1174, None, None, "Information only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's year-end corporate performance report to scrutiny.

    The kind of year-end table a borough's corporate policy team sends to
    its Overview and Scrutiny Management Board: Code, Indicator, Unit (%,
    No., Days), 'Good is' High/Low, 'Q1 2024/25'..'Q4 2024/25', then two
    shaded year columns, 'Year average' (filled for rates, percentages and
    averages, and for a snapshot count) and 'Annual total' (filled for
    counts and for sickness days per FTE, which add up over the year), then
    'Target 2024/25', a filled 'RAG' word for the year and commentary, under
    shaded section rows. Each row fills one of the two year columns.

    A careful reader takes the four quarters and the year (2024/25, from
    whichever year column is filled) as five periods, the 2024/25 target on
    each, and the RAG on the year. Council tax is cumulative, so its 'year
    average' is the Q4 outturn, as its comment says. Street litter's Q3 is
    'n/a'. Grants' Q4 is 'TBC' with no year figure and no rating. The
    residents' survey has only a year figure. FOI requests are information
    only. Units and polarity from their columns.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Report \u2013 Year End 2024/25")
    sheet["A2"] = "Overview and Scrutiny Management Board, 12 June 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Year average: the average of the quarters for rates and averages. Annual total: the "
        "sum of the quarters for counts."
    )
    sheet["A3"].font = Font(size=9)
    heads = ["Code", "Indicator", "Unit", "Good is", *QUARTERS, "Year average", "Annual total",
             "Target 2024/25", "RAG", "Commentary"]  # fmt: skip
    ncol = len(heads)
    for col, text in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=text)
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
        code, name, unit, good, *quarters, average, total, target, rag, _note = spec
        for col, value in enumerate(spec, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if col in (9, 10):
                cell.fill = YEAR_COLS
            if value is None:
                continue
            cell.value = value
            if 5 <= col <= 11 and isinstance(value, int | float):
                cell.alignment = Alignment(horizontal="right")
                cell.number_format = "#,##0" if isinstance(value, int) else "0.0"
        if rag:
            fill(sheet, f"L{row}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        label, ref = str(name), str(code)
        for period, value in zip(QUARTERS, quarters, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    ref,
                    label,
                    period,
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal,
                )
            )
        year = average if average is not None else total
        if isinstance(year, int | float):
            exp.observations.append(
                Obs(ref, label, YEAR, float(year), None, goal, RAG[str(rag)] if rag else None)
            )
        exp.add_meta(ref, label, POLARITY.get(str(good)), UNIT[str(unit)])
        row += 1
    notes = (
        "RAG compares the year figure with the 2024/25 target. Green: target met; Amber: "
        "within 5%; Red: more than 5% away.",
        "n/a: no data for the quarter. TBC: figure awaiting validation.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 6, "D": 8, "I": 11, "J": 11, "K": 11, "L": 8, "M": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

"""A month-8 report: 'Actual YTD' against 'Target YTD', beside an 'Annual target' and a 'Forecast outturn' that are no observation."""

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
    put_row,
    save,
    title,
)

SHEET = "Month 8"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
# A Ref, B Measure, C Measure type, D Unit, E Good is, F Actual YTD, G Target YTD,
# H Annual target, I Forecast outturn, J RAG, K Commentary
LAST_COL = 11
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
YTD = "Apr 2024\u2013Nov 2024"
# What the 'Actual YTD' figure covers, by the row's measure type (the note under the table)
SPAN = {"Cumulative": YTD, "Year to date": YTD, "Snapshot": "Nov 2024",
        "Rolling 12 months": "Dec 2023\u2013Nov 2024"}  # fmt: skip
PLAN = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFA6A6A6")

# Section rows are a 1-tuple. Otherwise: ref, measure, type, unit, good is, actual YTD,
# target YTD, annual target, forecast outturn, RAG, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("Homes and communities",),
    ("CP01", "Affordable homes delivered", "Cumulative", "Number", "High",
     142, 155, 250, 230, "Amber", "Two Rochester schemes (44 homes) slipped into Q4."),
    ("CP02", "Households in temporary accommodation", "Snapshot", "Number", "Low",
     512, 450, 450, 520, "Red", "Approaches up 18% on last year; private rented supply remains short."),
    ("CP03", "Households whose homelessness was prevented", "Cumulative", "Number", "High",
     388, 360, 540, 575, "Green", None),
    ("CP04", "Current tenant rent arrears", "Snapshot", "\u00a3", "Low",
     1204500, 1150000, 1100000, 1120000, "Amber",
     "Arrears usually fall after the two rent-free weeks in December."),
    ("CP05", "Fly-tips cleared within 2 working days", "Year to date", "%", "High",
     91.3, 90, 90, 91, "Green", None),
    ("CP06", "Household waste sent for reuse, recycling and composting", "Year to date", "%",
     "High", 38.9, 42, 40, 38.5, "Amber", "Provisional: October and November tonnages not yet validated."),
    ("CP07", "Library visits (in person)", "Cumulative", "Number", "High",
     412380, "-", 600000, 615000, None, "No monthly profile set for 2024/25."),
    ("People",),
    ("CP08", "Adult social care reviews completed", "Cumulative", "Number", "High",
     1820, 2100, 3200, 2950, "Red", "Review team recruitment completed in October."),
    ("CP09", "Children's social care assessments completed within 45 working days", "Year to date",
     "%", "High", 84.0, 85, 85, 85, "Amber", None),
    ("Council and customers",),
    ("CP10", "Calls answered within 5 minutes", "Year to date", "%", "High",
     78.4, 80, 80, 79, "Amber", None),
    ("CP11", "Stage 1 complaints responded to within 10 working days", "Year to date", "%", "High",
     86.2, 90, 90, 87, "Amber", None),
    ("CP12", "Council tax collected (% of the year's debit)", "Cumulative", "%", "High",
     73.1, 73.5, 96.5, 96.2, "Amber", None),
    ("CP13", "Business rates collected (% of the year's debit)", "Cumulative", "%", "High",
     76.0, 75.2, 98.0, 98.1, "Green", None),
    ("CP14", "New Housing Benefit claims \u2013 average days to process", "Year to date", "Days",
     "Low", 17.9, 20, 20, 18, "Green", None),
    ("CP15", "Commercial property rental income collected", "Cumulative", "\u00a3", "High",
     2184600, 2200000, 3300000, 3250000, "Amber", "Unit 4 at Gateway Park re-let from January."),
    ("CP16", "Working days lost to sickness absence per FTE", "Rolling 12 months", "Days", "Low",
     10.2, 9.0, 9.0, "On track to improve", "Red", None),
)  # fmt: skip


def _format(unit: object, value: object) -> str:
    if unit == "\u00a3":
        return "\u00a3#,##0"
    if isinstance(value, int):
        return "#,##0"
    return "0.0"


def build(path: Path) -> Expected:
    """Imitates a unitary council's month-8 Council Plan monitoring report to Cabinet.

    Medway style: the Council Plan measures at Month 8 of 2024/25, the
    month named only in the title ('Month 8: November 2024'). Each row has
    a 'Measure type' (Cumulative, Year to date, Snapshot, Rolling 12
    months), Unit and 'Good is', then 'Actual YTD', 'Target YTD' (the
    target profiled to the end of the month), 'Annual target', 'Forecast
    outturn' (the service's projection for 31 March 2025), a filled RAG
    word and commentary. The two planning columns (Annual target, Forecast
    outturn) are shaded grey. Notes under the table say that year to date
    is 1 April to the end of the reporting month, that a snapshot is the
    position on the last day of the month, that the sickness measure is the
    rolling twelve months, and that the RAG compares Actual YTD with Target
    YTD.

    A careful reader takes one observation per measure, the 'Actual YTD'
    figure, over the span it covers: April to November 2024 for cumulative
    and year-to-date measures, November 2024 for snapshots (a position at
    30 November is not a figure for eight months), December 2023 to
    November 2024 for the rolling sickness figure. Its target is the Target
    YTD, never the annual target: 142 affordable homes are set against the
    155 profiled to November, not the 250 for the year, and 73.1% of council
    tax against 73.5%, not 96.5%. Where the Target YTD is '-' (library
    visits, no monthly profile) the figure has no target and no rating.
    The annual target belongs to 2024/25, which has no figure yet, and the
    forecast is a projection, so neither gives an observation (nor does
    the words 'On track to improve'). The RAG is the YTD figure's. Unit and
    polarity come from their columns.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Medway Council \u2013 Council Plan Performance Monitoring 2024/25")
    sheet["A2"] = "Month 8: November 2024"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Report to Cabinet, 14 January 2025. Appendix 1."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Measure type", "Unit", "Good is", "Actual YTD", "Target YTD",
              "Annual target", "Forecast outturn", "RAG", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(bottom=THIN, top=THIN)
    for col in (8, 9):
        sheet.cell(row=HEAD_ROW, column=col).fill = PLAN

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=str(spec[0])).font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, kind, unit, good, actual, target, annual, forecast, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col, value in zip(range(6, 10), (actual, target, annual, forecast), strict=True):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = _format(unit, value)
            cell.alignment = Alignment(horizontal="right")
            if col in (8, 9):
                cell.fill = PLAN
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=10)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=11).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        goal = float(target) if isinstance(target, int | float) else None
        assert isinstance(actual, int | float)
        rating = None if rag is None else RAG[str(rag)]
        exp.observations.append(Obs(code, nm, SPAN[str(kind)], float(actual), None, goal, rating))
        exp.add_meta(code, nm, GOOD[str(good)], UNIT[str(unit)])
        row += 1

    notes = (
        "Year to date (YTD) runs from 1 April 2024 to the end of the reporting month.",
        "Snapshot measures show the position on the last day of the month. Sickness absence is "
        "the rolling 12 months to the end of the month.",
        "Target YTD is the annual target profiled to the end of the month. RAG compares Actual YTD "
        "with Target YTD: Green met; Amber within 10%; Red more than 10% adrift.",
        "Forecast outturn is the service's projection of the year-end position; it is not a "
        "reported result.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 16, "D": 8, "E": 8, "F": 12, "G": 12, "H": 12, "I": 14,
              "J": 9, "K": 55}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

"""A four-year outturn table headed only '2021'..'2024', a note saying the years are financial years named by their start."""

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

SHEET = "Outturn trend"
YEARS = (2021, 2022, 2023, 2024)
HEAD = 6
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "kg": "kg", "Rate": "rate"}
FY, CAL, AY = "Financial year", "Calendar year", "Academic year (Sep\u2013Aug)"
YE_MARCH = "Year ending 31 March (DLUHC release)"
DOUBT_ROW = 12  # the row whose basis cell contradicts the note's naming of the years

# ref, indicator, unit, good is, basis, 2021..2024, 'Target 2024', status, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Council tax collected in year (%)", "%", "High", FY, 97.1, 97.4, 97.0, 96.8, 97.5, "Amber",
     "Cost of living pressures; recovery action extended into April."),
    ("CP02", "Business rates collected in year (%)", "%", "High", FY, 96.2, 98.0, 97.9, 98.3, 98.0, "Green", None),
    ("CP03", "Average days to process new Housing Benefit claims", "Days", "Low", FY, 21.4, 19.8, 18.2, 16.9,
     18, "Green", None),
    ("CP04", "Working days lost to sickness absence per FTE", "Days", "Low", FY, 9.8, 10.6, 10.1, 9.7, 9.0, "Red",
     "Long-term absence accounts for 62% of days lost."),
    ("CP05", "Household waste sent for reuse, recycling or composting (%)", "%", "High", FY, 58.9, 57.3, 58.1,
     59.4, 60.0, "Amber", None),
    ("CP06", "Residual household waste per household", "kg", "Low", FY, 412, 398, 401, 389, 400, "Green", None),
    ("CP07", "People killed or seriously injured on the district's roads", "Number", "Low", CAL, 94, 101, 88, 92,
     85, "Red", "2024 figure provisional (police STATS19)."),
    ("CP08", "Total recorded crime per 1,000 population", "Rate", "Low", CAL, 61.2, 64.8, 63.1, 60.4, None,
     "Data only", None),
    ("CP09", "Pupils meeting the expected standard in reading, writing and maths at key stage 2 (%)", "%", "High",
     AY, 57.0, 59.0, 60.0, None, 62.0, None, "2024/25 results due September 2025."),
    ("CP10", "Pupils persistently absent from school (%)", "%", "Low", AY, 23.9, 21.2, 19.8, None, 18.0, None,
     None),
    ("CP11", "Major planning applications determined within 13 weeks or agreed time (%)", "%", "High", FY, 88.9,
     92.3, 85.7, 94.1, 90.0, "Green", None),
    ("CP12", "Households owed a homelessness prevention or relief duty", "Number", None, YE_MARCH, 1046, 1112,
     1187, 1240, None, "Data only", "Taken from the DLUHC statutory homelessness annual tables."),
    ("CP13", "Affordable homes delivered", "Number", "High", FY, 212, 187, 243, 198, 250, "Red",
     "Two sites delayed by nutrient neutrality; both now under way."),
    ("CP14", "Visits to council leisure centres", "Number", "High", FY, 612400, 788950, 842310, 861020, 850000,
     "Green", None),
)  # fmt: skip


def _period(basis: object, year: int) -> str:
    nxt = f"{(year + 1) % 100:02d}"
    if basis == CAL:
        return str(year)
    if basis == AY:
        return f"{year}/{nxt} (AY)"
    if basis == YE_MARCH:  # settled reading: the heading is the year the twelve months end
        return f"{year - 1}/{year % 100:02d}"
    return f"{year}/{nxt}"


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual outturn report to Cabinet: a four-year trend table.

    Compiled each July by a corporate performance team from returns of
    several services, the table heads its year columns just 2021, 2022,
    2023 and 2024, and a note over the table says the years are financial
    years (1 April to 31 March) named by the year they begin, so 2023 is
    2023/24, and that rows whose Basis column says otherwise follow it:
    calendar-year measures (road casualties, recorded crime) and
    academic-year measures (key stage 2, persistent absence; years begin in
    September, so 2023 is the 2023/24 school year). Unit and 'Good is'
    columns, a 'Target 2024' column, a filled Status word for the latest
    year, a Trend arrow and comments; the academic rows have no 2024 figure
    yet, so their 2024 target stands alone.

    A careful reader takes each figure with the year its row's basis gives
    the heading, the 'Target 2024' only for the 2024 column (the heading
    names its year), the Status for the row's 2024 figure ('Data only' is no
    rating), and the Trend arrows as no observation. The doubtful point: the
    homelessness row's basis reads 'Year ending 31 March (DLUHC release)',
    DLUHC's own way of naming years by their end, and a 2024 figure is
    there although a report written in July 2025 could not yet have
    2024/25's annual tables. Read by the note, 2024 would be 2024/25; read
    by the row, it is 2023/24. Settled by the row (each year is the one
    ending that March), but the file is held for review on that cell.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Bath and North East Somerset Council \u2013 Annual Performance Outturn 2024/25",
    )
    sheet["A2"] = "Cabinet, 10 July 2025 \u2013 Appendix 2: four-year trend of corporate indicators"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Note: years are financial years (1 April to 31 March) shown by the year in which they begin, "
        "so 2023 = 2023/24, except where the Basis column says otherwise."
    )
    sheet["A3"].font = Font(bold=True, color="FFC00000")
    sheet["A4"] = (
        "Academic years begin in September (2023 = 2023/24 school year); calendar years are January to December."
    )
    sheet["A4"].font = Font(size=9)
    header = ["Ref", "Indicator", "Unit", "Good is", "Basis", None, *YEARS, "Target 2024", "Status", "Trend",
              "Comment"]  # fmt: skip
    put_row(sheet, HEAD, 1, header, bold=True)
    head_fill = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(bottom=Side(style="medium"))
    exp = Expected([], status="needs_review", review_cells=[f"{SHEET}!E{HEAD + DOUBT_ROW}"])
    for i, (ref, name, unit, good, basis, *figures, target, status, comment) in enumerate(ROWS):
        row = HEAD + 1 + i
        trend = None
        if figures[3] is not None and figures[2] is not None:
            trend = "\u2191" if float(str(figures[3])) > float(str(figures[2])) else "\u2193"
        shown_target = target if target is not None else "\u2013"
        cells = [
            ref,
            name,
            unit,
            good or "\u2013",
            basis,
            None,
            *figures,
            shown_target,
            status,
            trend,
            comment,
        ]
        put_row(sheet, row, 1, cells)
        for col in range(7, 12):
            sheet.cell(row=row, column=col).number_format = (
                "#,##0.0" if unit != "Number" else "#,##0"
            )
        if status in RAG_FILL:
            fill_rgb = RAG_FILL[str(status)]
            sheet.cell(row=row, column=12).fill = PatternFill(
                fill_type="solid", start_color=fill_rgb, end_color=fill_rgb
            )
        periods = [_period(basis, y) for y in YEARS]
        given = [(p, v) for p, v in zip(periods, figures, strict=True) if v is not None]
        goal = float(str(target)) if target is not None else None
        for k, (period, value) in enumerate(given):
            is_2024 = period == periods[3]
            rag = RAG.get(str(status)) if k == len(given) - 1 else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    float(str(value)),
                    None,
                    goal if is_2024 else None,
                    rag,
                )
            )
        exp.add_meta(str(ref), str(name), GOOD.get(str(good)), UNIT[str(unit)])
    foot = HEAD + len(ROWS) + 2
    notes = (
        "Status compares the 2024 figure with the 2024 target: Green met, Amber within 5%, Red more than 5% "
        "short. Data only: no target set.",
        "Trend: \u2191 higher / \u2193 lower than the year before (not whether better).",
        "Sources: Council Tax and NNDR returns; Waste Data Flow; Avon and Somerset Police; DfE; DLUHC.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["E"].width = 24
    sheet.column_dimensions["F"].width = 2
    sheet.column_dimensions["O"].width = 48
    sheet.freeze_panes = f"C{HEAD + 1}"
    save(book, path)
    return exp

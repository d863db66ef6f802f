"""Five-point ratings ('A/G', 'R/A', 'Amber/Green', 'Red/Amber') with a key saying how each counts as R, A or G."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.cell import Cell
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

SHEET = "Q3 KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
AMBER_GREEN_FILL, RED_AMBER_FILL = "FF92D050", "FFF4B084"
FILLS = {
    "G": GREEN_FILL,
    "Green": GREEN_FILL,
    "A/G": AMBER_GREEN_FILL,
    "Amber/Green": AMBER_GREEN_FILL,
    "A": AMBER_FILL,
    "Amber": AMBER_FILL,
    "R/A": RED_AMBER_FILL,
    "Red/Amber": RED_AMBER_FILL,
    "R": RED_FILL,
    "Red": RED_FILL,
}
# as the key under the table says each rating is counted in the corporate summary
COUNTED_AS: dict[str, Rag] = {
    "G": "green",
    "Green": "green",
    "A/G": "green",
    "Amber/Green": "green",
    "A": "amber",
    "Amber": "amber",
    "R/A": "red",
    "Red/Amber": "red",
    "R": "red",
    "Red": "red",
}
KEY = (
    ("G", "Green", "On or better than target", "Green"),
    ("A/G", "Amber/Green", "Missed target by less than 5%", "Green"),
    ("A", "Amber", "Missed target by 5% to 10%", "Amber"),
    (
        "R/A",
        "Red/Amber",
        "Missed target by more than 10% but improving on the previous quarter",
        "Red",
    ),
    ("R", "Red", "Missed target by more than 10% and not improving", "Red"),
)
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 8

# ref, indicator, service, Q1, Q2, Q3, quarterly target, Q2 rating, Q3 rating, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("HO1", "Households whose homelessness was prevented (%)", "Housing", 58.2, 61.0, 57.5, 60.0, "Green", "A/G",
     "Two complex cases in December; on course for the year."),
    ("HO2", "Households in temporary accommodation at the end of the quarter", "Housing", 240, 231, 248, 200, "Red/Amber", "R",
     "Demand up 18% on last year; new leased units from March."),
    ("HO3", "Average days to re-let temporary accommodation units", "Housing", 32.0, 29.5, 27.1, 28.0, "Amber", "G", None),
    ("HO4", "Disabled Facilities Grants completed", "Housing", 14, 19, "Data due Feb", 15, "Green", None,
     "Q3 return from the Home Improvement Agency not yet received."),
    ("PL1", "Major planning applications decided within 13 weeks or an agreed extension (%)", "Planning", 83.3, 87.5, 100.0, 90.0, "Amber/Green", "G", None),
    ("PL2", "Non-major planning applications decided within 8 weeks or an agreed extension (%)", "Planning", 76.1, 79.8, 82.6, 85.0, "Amber", "A/G",
     "Agency planner in post since October."),
    ("PL3", "Planning appeals allowed against the council's decision (%)", "Planning", 33.3, 28.6, 37.5, 30.0, "Green", "R",
     "3 of 8 appeals allowed; small numbers."),
    ("EN1", "Household waste sent for reuse, recycling and composting (%)", "Environment", 44.1, 45.3, 42.0, 46.0, "Amber/Green", "A",
     "Seasonal fall in garden waste."),
    ("EN2", "Missed bin collections per 100,000 collections", "Environment", 68, 59, 54, 50, "Red/Amber", "A", None),
    ("EN3", "Fly-tips cleared within 2 working days (%)", "Environment", 78.0, 72.5, 76.9, 90.0, "Red", "R/A",
     "Crew vacancies filled in November; improving."),
    ("EN4", "Food premises inspections completed when due (%)", "Environment", 91.0, 94.2, 96.0, 95.0, "Amber/Green", "G", None),
    ("RB1", "Average days to process new Housing Benefit claims", "Revenues and Benefits", 22.4, 20.1, 19.3, 20.0, "Amber/Green", "G", None),
    ("RB2", "Average days to process Housing Benefit changes of circumstance", "Revenues and Benefits", 9.6, 11.8, 10.9, 8.0, "Red", "R/A",
     "Backlog from the new system cleared by end of January."),
    ("CS1", "Calls to the contact centre answered within 3 minutes (%)", "Customer Services", 81.5, 77.2, 79.0, 80.0, "Amber/Green", "A/G", None),
    ("CS2", "Stage 1 complaints answered within 10 working days (%)", "Customer Services", 84.0, 88.1, 90.6, 95.0, "Amber", "A/G", None),
    ("CS3", "Visits to the council's website", "Customer Services", 412300, 398750, 365210, None, "Not rated", "Not rated",
     "Monitored for information."),
)  # fmt: skip


def _fill(cell: Cell, rgb: str) -> None:
    cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly KPI report rated on a five-point scale.

    Some councils rate each indicator on five points rather than three:
    Green, Amber/Green, Amber, Red/Amber and Red, here written as the
    letters 'G', 'A/G', 'A', 'R/A', 'R' in the Q3 column, while the Q2
    column, pasted from last quarter's report, spells them out ('Amber/
    Green', 'Red/Amber'). Each cell is filled in its colour (light green for
    A/G, orange for R/A). The key under the table gives each rating's
    meaning and, in its last column, how it is counted in the corporate
    summary: A/G as Green, R/A as Red; the summary box above the table
    (Green, Amber, Red and Not rated counts for Q3) is counted that way.
    Targets are quarterly, one per indicator; the website visits are
    'Not rated' (no target); the Q3 Disabled Facilities Grants figure had
    not arrived ('Data due Feb', no rating).

    A careful reader records what the sheet published on its own
    three-point scale: the Q2 and Q3 ratings under their quarters, each
    in-between rating as the key says it is counted (A/G and Amber/Green
    green; R/A and Red/Amber red), as the summary counts confirm; Q1 has
    no rating. The single 'Quarterly target' applies to every quarter;
    'Not rated' is no rating; 'Data due Feb' is kept as the Q3 text. No
    doubt remains, because the key itself folds the five points into
    three; without that column the in-between ratings would need asking
    about.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Swale Borough Council \u2013 Key Performance Indicators, Quarter 3 2024/25")
    sheet["A2"] = "Policy and Resources Committee, 12 March 2025"
    sheet["A2"].font = Font(italic=True)

    counts = {"Green": 0, "Amber": 0, "Red": 0, "Not rated": 0}
    for row_data in ROWS:
        q3_rating = row_data[8]
        if q3_rating in COUNTED_AS:
            counts[COUNTED_AS[str(q3_rating)].capitalize()] += 1
        else:
            counts["Not rated"] += 1
    sheet["A4"] = "Corporate summary, Q3 (A/G counted as Green, R/A as Red)"
    sheet["A4"].font = Font(bold=True)
    summary_fill = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL, "Not rated": None}
    for k, (word, count) in enumerate(counts.items()):
        col = 2 + 2 * k
        label = sheet.cell(row=5, column=col, value=word)
        value = sheet.cell(row=5, column=col + 1, value=count)
        label.border = value.border = GRID
        rgb = summary_fill[word]
        if rgb:
            _fill(label, rgb)
        value.alignment = Alignment(horizontal="center")
    sheet.cell(row=6, column=2, value=f"Total indicators: {len(ROWS)}").font = Font(size=9)

    header = ["Ref", "Indicator", "Service", *QUARTERS, "Quarterly target", "Q2 rating",
              "Q3 rating", "Comment"]  # fmt: skip
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, service, q1, q2, q3, target, r2, r3, comment) in enumerate(ROWS):
        row = HEADER_ROW + 1 + i
        put_row(sheet, row, 1, [ref, name, service, q1, q2, q3, target, r2, r3, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col, rating in ((8, r2), (9, r3)):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if rating in FILLS:
                _fill(cell, FILLS[str(rating)])
        for col in (4, 5, 6, 7):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        goal = num(target)
        for period, value, rating in zip(QUARTERS, (q1, q2, q3), (None, r2, r3), strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    goal,
                    COUNTED_AS.get(str(rating)) if rating is not None else None,
                )
            )
    key_row = HEADER_ROW + len(ROWS) + 3
    put_row(
        sheet,
        key_row,
        1,
        ["Rating", None, "Meaning", None, None, None, None, "Counted in the corporate summary as"],
        bold=True,
    )
    for k, (letter, word, meaning, counted) in enumerate(KEY):
        r = key_row + 1 + k
        sheet.cell(row=r, column=1, value=letter)
        sheet.cell(row=r, column=2, value=word)
        sheet.cell(row=r, column=3, value=meaning)
        sheet.cell(row=r, column=8, value=counted)
        _fill(sheet.cell(row=r, column=1), FILLS[letter])
    foot = key_row + len(KEY) + 2
    sheet.cell(
        row=foot,
        column=1,
        value="'Improving' compares the quarter with the previous quarter. Not rated: monitored "
        "for information, no target.",
    ).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 62, "C": 20, "D": 11, "E": 11, "F": 12, "G": 11, "H": 12, "I": 11,
              "J": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp

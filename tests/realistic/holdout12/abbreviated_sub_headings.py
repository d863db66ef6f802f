"""A merged 'Q1 24/25' heading per quarter over abbreviated sub-headings 'Act', 'Tgt', 'Var', 'St'."""

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
    put_row,
    save,
    title,
)

SHEET = "NRS KPIs"
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
SUB = ("Act", "Tgt", "Var", "St")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
BLOCK = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
EDGE = Side(style="thin")
FIRST = 6  # first indicator row

# ref, measure, unit, then (Act, Tgt, St) for each quarter; Act None = not yet reported
ROWS: tuple[tuple[object, ...], ...] = (
    ("NRS01", "Fly-tipping incidents removed within 24 hours of report", "%",
     ((92.4, 95.0, "A"), (96.1, 95.0, "G"), (95.3, 95.0, "G"))),
    ("NRS02", "Household waste sent for reuse, recycling and composting", "%",
     ((41.2, 42.0, "A"), (43.0, 42.0, "G"), (36.9, 42.0, "R"))),
    ("NRS03", "Missed bin collections per 100,000 collections", "No.",
     ((56, 60, "G"), (71, 60, "R"), (63, 60, "A"))),
    ("NRS04", "Relevant land and highways below grade B for litter", "%",
     ((6.0, 7.0, "G"), ("n/a", 7.0, None), (8.1, 7.0, "R"))),
    ("NRS05", "Food premises inspections completed when due", "%",
     ((88.0, 90.0, "A"), (91.0, 90.0, "G"), (93.0, 90.0, "G"))),
    ("NRS06", "Noise complaints responded to within 5 working days", "%",
     ((97.0, 95.0, "G"), (94.0, 95.0, "A"), (98.0, 95.0, "G"))),
    ("NRS07", "Average days to complete a pest control treatment request", "Days",
     ((4.2, 5.0, "G"), (5.6, 5.0, "R"), (4.9, 5.0, "G"))),
    ("NRS08", "Licence applications processed within the statutory time", "%",
     ((100.0, 100.0, "G"), (98.5, 100.0, "A"), (100.0, 100.0, "G"))),
    ("NRS09", "Abandoned vehicles removed within 7 days of notice expiring", "%",
     ((85.0, 90.0, "A"), (78.0, 90.0, "R"), (None, 90.0, None))),
    ("NRS10", "Fixed penalty notices issued for environmental crime", "No.",
     ((412, 300, "G"), (388, 300, "G"), (296, 300, "A"))),
    ("NRS11", "Highway trees inspected to the programme", "No.",
     ((1250, 1200, "G"), (980, 1000, "A"), (1410, 1500, "A"))),
)  # fmt: skip


def _variance(actual: object, target: float | int) -> object:
    """What the 'Var' column shows: Act minus Tgt, or '-' where there is no figure."""
    if actual is None:
        return None
    if not isinstance(actual, int | float):
        return "-"
    if isinstance(actual, int) and isinstance(target, int):
        return actual - target
    return round(float(actual) - float(target), 1)


def build(path: Path) -> Expected:
    """Imitates a borough council's neighbourhoods and regulatory services KPI monitoring sheet.

    Redcar and Cleveland Borough Council style, kept by a service
    performance officer to fit one landscape page: 'Ref', 'Measure' and
    'Unit' ('%', 'No.', 'Days') merged down two heading rows, then per
    quarter a merged 'Q1 24/25', 'Q2 24/25', 'Q3 24/25' over four
    abbreviated sub-headings 'Act', 'Tgt', 'Var', 'St'. Each quarter has its
    own target (NRS11's tree inspections are profiled), a variance typed as
    a number (Act minus Tgt), and a filled status letter. A key under the
    table explains 'Var' and the letters, not 'Act' or 'Tgt'. NRS04's street
    survey was not run in Q2 ('n/a', variance '-', no status); NRS09's Q3
    is not yet reported (Tgt only).

    A careful reader takes 'Act' as each quarter's actual, 'Tgt' as that
    quarter's target and 'St' as that quarter's own rating (three ratings a
    row, not one for the latest); 'Var' is arithmetic on the two, not an
    observation. The quarters are 'Q1 24/25' .. 'Q3 24/25'. NRS04 Q2 is kept
    as 'n/a' with its target and no rating; NRS09 has no Q3 observation. The
    Unit column states each measure's unit.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Redcar & Cleveland Borough Council")
    sheet["A2"] = (
        "Neighbourhoods and Regulatory Services \u2013 KPI monitoring 2024/25 (to end of Quarter 3)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    merge(sheet, "A4:A5", "Ref")
    merge(sheet, "B4:B5", "Measure")
    merge(sheet, "C4:C5", "Unit")
    for k, heading in enumerate(HEADINGS):
        first = 4 + 4 * k
        left = sheet.cell(row=4, column=first).column_letter
        right = sheet.cell(row=4, column=first + 3).column_letter
        merge(sheet, f"{left}4:{right}4", heading)
        put_row(sheet, 5, first, list(SUB), bold=True)
        for col in range(first, first + 4):
            for row in (4, 5):
                cell = sheet.cell(row=row, column=col)
                cell.fill = BLOCK
                cell.alignment = Alignment(horizontal="center")
            sheet.cell(row=5, column=col).border = Border(bottom=EDGE)
        sheet.cell(row=5, column=first).border = Border(bottom=EDGE, left=EDGE)
    exp = Expected([])
    for i, (ref, name, unit, quarters) in enumerate(ROWS):
        assert isinstance(quarters, tuple)
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, unit])
        sheet.cell(row=row, column=3).alignment = Alignment(horizontal="center")
        for k, (quarter, (actual, target, status)) in enumerate(
            zip(QUARTERS, quarters, strict=True)
        ):
            first = 4 + 4 * k
            put_row(sheet, row, first, [actual, target, _variance(actual, target), status])
            if status is not None:
                col = sheet.cell(row=row, column=first + 3).column_letter
                fill(sheet, f"{col}{row}", RAG_FILL[str(status)])
                sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
            if unit == "No.":
                for col_no in (first, first + 1, first + 2):
                    sheet.cell(row=row, column=col_no).number_format = "#,##0;-#,##0"
            if actual is None:
                continue
            rating = RAG[str(status)] if status is not None else None
            if isinstance(actual, int | float):
                exp.observations.append(
                    Obs(str(ref), str(name), quarter, float(actual), None, float(target), rating)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), quarter, None, str(actual), float(target), rating)
                )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    foot = FIRST + len(ROWS) + 1
    key = (
        "Var = Act \u2013 Tgt (for missed bins, litter and pest control days a negative "
        "variance is good).",
        "St: G = on or better than target; A = within 10% of target; R = more than 10% off "
        "target. n/a = survey not carried out.",
        "NRS09 Quarter 3 figure awaited from the vehicle removals contractor.",
    )
    for j, line in enumerate(key):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["C"].width = 6
    for col_no in range(4, 16):
        sheet.column_dimensions[sheet.cell(row=1, column=col_no).column_letter].width = 7
    sheet.freeze_panes = "D6"
    save(book, path)
    return exp

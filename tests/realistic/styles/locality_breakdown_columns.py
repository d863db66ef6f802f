"""Each measure's borough-wide figure beside its North, Central and South area figures, two quarters."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

SHEET = "Housing Q3"
QUARTERS = ("Q2 2024/25", "Q3 2024/25")
BLOCK_HEADINGS = ("Quarter 2 (Jul-Sep)", "Quarter 3 (Oct-Dec)")
AREAS = ("North", "Central", "South", "Borough")
STATUS: dict[str, Rag] = {"On target": "green", "Close to target": "amber", "Off target": "red"}
FIRST_ROW = 7

# ref, measure, per quarter (North, Central, South, Borough), target, Q3 status
ROWS: tuple[tuple[object, ...], ...] = (
    ("HN01", "Rent collected as a percentage of rent due (%)",
     ((97.8, 96.1, 98.4, 97.4), (98.2, 96.9, 98.8, 98.0)), 98.0, "On target"),
    ("HN02", "Average days to re-let standard void properties",
     ((31.4, 38.2, 27.9, 32.6), (29.8, 41.5, 26.3, 33.1)), 30.0, "Close to target"),
    ("HN03", "Responsive repairs completed right first time (%)",
     ((88.1, 84.7, 90.2, 87.6), (86.4, 83.9, 89.1, 86.3)), 90.0, "Off target"),
    ("HN04", "Emergency repairs attended within 24 hours (%)",
     ((99.2, 98.7, 100.0, 99.3), (98.9, 99.4, 99.6, 99.3)), 99.0, "On target"),
    ("HN05", "Anti-social behaviour cases opened",
     ((142, 201, 118, 466), (126, 188, 97, 417)), None, None),
    ("HN06", "Tenancies still in place 12 months after sign-up (%)",
     ((91.0, 87.5, 93.2, 90.4), (92.3, None, 94.0, 91.8)), 92.0, "Close to target"),
    ("HN07", "Stage 1 complaints answered within 10 working days (%)",
     ((78.0, 71.4, 83.3, 76.9), (82.1, 77.0, 86.4, 81.2)), 85.0, "Off target"),
    ("HN08", "Households in temporary accommodation at quarter end",
     (("-", "-", "-", 58), ("-", "-", "-", 64)), 50.0, "Off target"),
    ("HN09", "Council homes meeting the Decent Homes Standard (%)",
     ((99.1, 97.6, 98.8, 98.5), (99.3, 98.0, 99.0, 98.8)), 100.0, "Close to target"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly housing and neighbourhoods report by area.

    Councils that run housing through area offices often print each measure
    for the whole borough and again for each area, so members can see where a
    problem sits: here a block of columns per quarter (Quarter 2 and Quarter
    3 of 2024/25, merged over the block), with North, Central and South
    before the 'Borough' total, then one Target and a worded Q3 status.
    Temporary accommodation is counted borough-wide only ('-' in the area
    columns), and one area's tenancy figure for Q3 is not available.

    The areas are parts of one council, not councils, so the file needs no
    --area: a careful reader takes the Borough figure as the measure's
    figure for each quarter; the area columns break it down and are not
    further observations of the measure. The target is the borough's and
    applies to both quarters; the Q3 status rates the Q3 borough figure.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rotherham Metropolitan Borough Council")
    sheet["A2"] = "Housing and Neighbourhoods Performance Report \u2013 Quarter 3 2024/25"
    sheet["A3"] = (
        "Area figures are for properties managed by each area housing office; the Borough "
        "column includes properties not allocated to an area."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    width = len(AREAS)
    for q, heading in enumerate(BLOCK_HEADINGS):
        start = 3 + q * width
        merge(
            sheet, f"{get_column_letter(start)}5:{get_column_letter(start + width - 1)}5", heading
        )
    after = 3 + 2 * width
    header = ["Ref", "Measure", *AREAS, *AREAS, "Target", "Q3 status"]
    put_row(sheet, 6, 1, header, bold=True)
    for col in range(3, after + 2):
        sheet.cell(row=6, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    for i, (ref, name, blocks, target, status) in enumerate(ROWS):
        assert isinstance(blocks, tuple)
        row = FIRST_ROW + i
        cells: list[object] = [ref, name]
        for block in blocks:
            cells += list(block)
        put_row(sheet, row, 1, [*cells, target, status])
        goal = None if target is None else float(str(target))
        for q, (quarter, block) in enumerate(zip(QUARTERS, blocks, strict=True)):
            borough = block[-1]
            last = q == len(QUARTERS) - 1
            rag = STATUS[str(status)] if last and status is not None else None
            exp.observations.append(
                Obs(str(ref), str(name), quarter, float(borough), None, goal, rag)
            )
    foot = FIRST_ROW + len(ROWS) + 1
    notes = (
        "Status compares the Borough figure for Quarter 3 with the target.",
        "- = not reported by area. HN06 Central: figure not available at the time of writing "
        "(tenancy system migration).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp

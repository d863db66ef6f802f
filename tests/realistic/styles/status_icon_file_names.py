"""A performance-system export whose Status column holds the icons' file names: 'traffic_light_red.png'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save

SHEET = "Export"
MONTHS = ("Oct 2024", "Nov 2024", "Dec 2024")
ICON: dict[str, Rag | None] = {
    "traffic_light_red.png": "red",
    "traffic_light_amber.png": "amber",
    "traffic_light_green.png": "green",
    "traffic_light_grey.png": None,
}
ARROW = {"up": "arrow_up.gif", "down": "arrow_down.gif", "same": "arrow_level.gif"}

# code, name, Oct, Nov, Dec, target, status icon (Dec), direction icon
ROWS: tuple[tuple[object, ...], ...] = (
    ("PPR 101", "Household waste collected per household (kg)", 39.8, 38.1, 41.6, 40.0, "traffic_light_amber.png", "up"),
    ("PPR 102", "Residual waste sent for energy recovery (%)", 51.2, 52.0, 50.7, 55.0, "traffic_light_red.png", "down"),
    ("PPR 103", "Bins missed per 100,000 collections", 31, 27, 44, 35, "traffic_light_red.png", "up"),
    ("PPR 104", "Street cleanliness: land assessed as below grade B for litter (%)", 4.1, 3.6, 3.2, 5.0, "traffic_light_green.png", "down"),
    ("PPR 105", "Abandoned vehicles removed within 24 hours of notice expiry (%)", 100.0, 92.3, 100.0, 95.0, "traffic_light_green.png", "up"),
    ("PPR 106", "Major planning applications determined in time (%)", 85.7, 100.0, 80.0, 90.0, "traffic_light_amber.png", "down"),
    ("PPR 107", "Minor planning applications determined in time (%)", 88.9, 91.4, 93.0, 85.0, "traffic_light_green.png", "up"),
    ("PPR 108", "Building control applications received", 74, 69, 51, None, "traffic_light_grey.png", "down"),
    ("PPR 109", "Streetlights repaired within 5 working days (%)", 97.5, None, 98.2, 95.0, "traffic_light_green.png", "up"),
    ("PPR 110", "Parking penalty charge notices issued", 1893, 1760, 2011, None, "traffic_light_grey.png", "up"),
    ("PPR 111", "Highway defects made safe within 24 hours (%)", 91.0, 89.5, 89.5, 98.0, "traffic_light_red.png", "same"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a monthly place-directorate report exported from a performance system to Excel.

    On screen the system draws a traffic light and a direction arrow beside
    each measure; its 'Export to Excel' writes the images' file names
    instead, so the Status column reads 'traffic_light_red.png',
    'traffic_light_amber.png', 'traffic_light_green.png' or, for measures
    kept for information with no target, 'traffic_light_grey.png', and the
    Direction column 'arrow_up.gif' and the like. Three months of figures,
    one Target column. One month is missing for one measure.

    A careful reader reads the icon names as the December rating (red,
    amber, green; grey is 'not rated': no RAG), and the arrows as direction
    of travel, which is no observation.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Report: PPR Monthly Performance \u2013 Place, Planning and Regeneration"
    sheet["A2"] = (
        "Run by: perf.admin    Run date: 17/01/2025 09:42    Filter: Period = Oct 2024 to Dec 2024"
    )
    header = ["Code", "Name", *MONTHS, "Target", "Status", "Direction", "Managed by"]
    put_row(sheet, 4, 1, header, bold=True)
    managers = ("Head of Environment", "Head of Planning", "Head of Highways")
    exp = Expected([])
    for i, (code, name, oct_, nov, dec, target, icon, arrow) in enumerate(ROWS):
        row = 5 + i
        manager = managers[0] if i < 5 else managers[1] if i < 8 else managers[2]
        put_row(
            sheet, row, 1, [code, name, oct_, nov, dec, target, icon, ARROW[str(arrow)], manager]
        )
        exp.observations += observed(
            str(code), str(name), MONTHS, (oct_, nov, dec),
            None if target is None else float(str(target)), ICON[str(icon)],
        )  # fmt: skip
    sheet.cell(row=5 + len(ROWS) + 1, column=1, value=f"{len(ROWS)} records")
    save(book, path)
    return exp

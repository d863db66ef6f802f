"""Status words of a tolerance scheme ('On target', 'Within tolerance', 'Outside tolerance', 'Not measured') beside Target and Tolerance."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Place KPIs"
PERIODS = ("Q1 2024/25", "Q2 2024/25")
STATUS: dict[str, Rag | None] = {
    "On target": "green",
    "Within tolerance": "amber",
    "Outside tolerance": "red",
    "Not measured": None,
}
UNIT = {"%": "%", "Days": "days", "Number": "number", "Rate": "rate"}
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# code, measure, unit, target, tolerance, Q1, Q2, status (of Q2, or of the latest figure)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PL-H01", "Private sector homes where category 1 hazards were removed", "Number", 45, 5, 48, 51, "On target"),
    ("PL-H02", "Disabled Facilities Grant: average days from referral to completion", "Days", 180, 20, 201, 194, "Within tolerance"),
    ("PL-H03", "Affordable homes delivered in the quarter", "Number", 30, 5, 18, 22, "Outside tolerance"),
    ("PL-P01", "Major planning applications decided within 13 weeks or agreed time", "%", 70, 10, 88.9, 83.3, "On target"),
    ("PL-P02", "Non-major planning applications decided within 8 weeks or agreed time", "%", 80, 5, 76.4, 77.2, "Within tolerance"),
    ("PL-P03", "Planning enforcement complaints with a first site visit within 15 working days", "%", 90, 5, 81.0, 79.5, "Outside tolerance"),
    ("PL-W01", "Household waste reused, recycled or composted", "%", 54, 2, 55.8, 52.6, "Within tolerance"),
    ("PL-W02", "Average days to remove reported fly-tipping", "Days", 3, 1, 2.4, 2.1, "On target"),
    ("PL-W03", "Missed bin collections per 100,000 collections", "Rate", 60, 10, 52, 73, "Outside tolerance"),
    ("PL-T01", "Street lights repaired within 7 days of report", "%", 95, 3, 96.7, 97.1, "On target"),
    ("PL-T02", "Category 1 highway defects made safe within 24 hours", "%", 98, 2, 97.5, None, "Not measured"),
    ("PL-T03", "Residents satisfied with the condition of roads (annual survey)", "%", 35, 5, None, None, "Not measured"),
    ("PL-E01", "Businesses supported through the Growth Hub", "Number", None, None, 142, 168, "Not measured"),
    ("PL-E02", "Town centre vacancy rate", "%", 12, 2, 13.1, 12.0, "On target"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county unitary's Place directorate quarterly KPI report (Pentana-style tolerances).

    Councils whose performance system sets a tolerance on each target
    publish the status as the system's words rather than colours: 'On
    target', 'Within tolerance', 'Outside tolerance', and 'Not measured'
    where there is no result for the quarter or no target. The Target and
    'Tolerance' columns sit side by side, with a Unit column, and a key line
    under the table explains the words: the tolerance is how far short of
    target a result may fall and still be within tolerance, in the
    measure's own units (percentage points for percentages). The status
    cells are not coloured.

    A careful reader takes each quarter with the row's target, reads the
    tolerance words as the usual three-level rating (On target green,
    Within tolerance amber, Outside tolerance red) for the latest quarter
    given, and 'Not measured' as no rating. The tolerance is a threshold
    short of the target, one-sided as the key says, not a target range, so
    it gives no band and is no observation. One highways measure has no Q2
    figure (its Q1 stands unrated); the annual survey has no figures this
    year yet; one count has no target. Units come from the Unit column.
    Nothing here is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Shropshire Council")
    sheet["A2"] = "Place Directorate \u2013 Key Performance Indicators, Quarter 2 2024/25"
    sheet["A2"].font = Font(italic=True)
    header = ["Code", "Measure", "Unit", "Target", "Tolerance", *PERIODS, "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.cell(row=4, column=col).border = GRID
    exp = Expected([])
    for i, (code, name, unit, target, tolerance, q1, q2, status) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [code, name, unit, target, tolerance, q1, q2, status])
        for col in range(1, len(header) + 1):
            sheet.cell(row=r, column=col).border = GRID
        goal = None if target is None else float(str(target))
        found = observed(str(code), str(name), PERIODS, (q1, q2), goal, STATUS[str(status)])
        exp.observations += found
        if found:
            exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    foot = 5 + len(ROWS) + 1
    notes = (
        "Status key: On target \u2013 the result meets or is better than the target. "
        "Within tolerance \u2013 the result misses the target by no more than the tolerance shown. "
        "Outside tolerance \u2013 the result misses the target by more than the tolerance. "
        "Not measured \u2013 no result for the quarter, or no target set.",
        "Tolerance is shown in the measure's own units (percentage points for percentages).",
        "Source: Pentana Risk performance system, extracted 14 October 2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["H"].width = 18
    save(book, path)
    return exp

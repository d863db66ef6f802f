"""A status column in words ('Exceeded', 'Met', 'Nearly met', 'Not met', 'No target') with a key."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Q3 Performance"
BAND_ROW = 4
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag | None] = {
    "Exceeded": "green",
    "Met": "green",
    "Nearly met": "amber",
    "Not met": "red",
    "No target": None,
}
DARK_GREEN = "FF00703C"
STATUS_FILL = {
    "Exceeded": DARK_GREEN,
    "Met": GREEN_FILL,
    "Nearly met": AMBER_FILL,
    "Not met": RED_FILL,
}
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")

# A 1-tuple is a service row. Otherwise: ref, measure, Q1, Q2, Q3, annual target, status, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer Services",),
    ("CUS 01", "Calls answered within 60 seconds (%)", 71.2, 64.8, 80.3, 75.0, "Exceeded", None),
    ("CUS 02", "Average call wait time (seconds)", 58, 84, 49, 60, "Met", "Lower is better."),
    ("CUS 03", "Stage 1 complaints responded to within 10 working days (%)", 82.1, 85.7, 88.0, 90.0,
     "Nearly met", None),
    ("CUS 04", "Customer satisfaction with the contact centre (%)", None, 87.0, None, 85.0, "Met",
     "Six-monthly survey; next in Q4."),
    ("Revenues and Benefits",),
    ("RB 05", "Council tax collected in year (%)", 29.8, 57.4, 84.9, 84.6, "Met",
     "Cumulative; target profiled to December."),
    ("RB 06", "Business rates collected in year (%)", 31.2, 58.9, 82.0, 85.5, "Not met",
     "Two large appeals settled late."),
    ("RB 07", "Average days to process new Housing Benefit claims", 19.6, 17.2, 16.8, 18.0,
     "Exceeded", None),
    ("RB 08", "Average days to process changes of circumstances", 7.9, 8.4, 9.1, 8.0, "Nearly met",
     None),
    ("RB 09", "Discretionary housing payment applications received", 312, 287, 341, None, "No target",
     "Demand measure."),
    ("Housing and Communities",),
    ("HC 10", "Homelessness cases prevented or relieved (%)", 58.3, 61.7, 55.9, 60.0, "Nearly met",
     None),
    ("HC 11", "Households in temporary accommodation (snapshot)", 104, 117, 129, 100, "Not met",
     "Pressure from private rented evictions."),
    ("HC 12", "Disabled facilities grants approved within 12 weeks (%)", 92.0, 95.5, "n/a", 90.0,
     None, "System migration; Q3 figure not available."),
    ("HC 13", "Empty homes brought back into use", 9, 14, 11, 10, "Exceeded", None),
    ("HC 14", "Food premises rated 3 (generally satisfactory) or better (%)", 96.4, 96.9, 97.2, 95.0,
     "Met", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report to an overview and scrutiny committee.

    Some councils publish a word instead of a colour in the status column:
    'Exceeded', 'Met', 'Nearly met', 'Not met' and 'No target', with a key
    under the table saying what each means and which colour it is shown in
    (Exceeded dark green, Met green, Nearly met amber, Not met red). Title
    'Performance Report \u2013 Quarter 3 2024/25', a Ref column,
    Measure, 'Q1'..'Q3' under a merged '2024/25' band, 'Annual target',
    'Status' and 'Comments', under shaded service rows.

    A careful reader maps the words through the key: Exceeded and Met are
    green (the target was reached, and the key shows both in green),
    Nearly met amber, Not met red, No target none. The
    status belongs to the latest figure in the row (Q2 for the six-monthly
    survey, blank at Q3); the Q3 'n/a' is an observation with text and no
    status. The annual target applies to every quarter; the demand measure
    has none. No unit or polarity
    column (one comment says 'Lower is better', not a column).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Corporate Overview and Scrutiny Committee, 4 February 2025"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "C4:E4", "2024/25")
    heads = ["Ref", "Measure", "Q1", "Q2", "Q3", "Annual target", "Status", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        no, name, *figures, target, status, comment = spec
        put_row(sheet, row, 1, [no, name, *figures, target, status, comment])
        if status in STATUS_FILL:
            fill(sheet, f"G{row}", STATUS_FILL[str(status)])
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            rag = STATUS[str(status)] if status and k == given[-1] else None
            exp.observations.append(
                Obs(str(no), str(name), PERIODS[k], num(value), text_of(value), num(target), rag)
            )
        row += 1
    key = (
        "Key to status",
        "Exceeded (dark green) \u2013 performance better than target by more than 5%",
        "Met (green) \u2013 target met",
        "Nearly met (amber) \u2013 within 5% of target",
        "Not met (red) \u2013 more than 5% short of target",
        "No target \u2013 measure monitored for information",
        "Status is for the latest quarter reported.",
    )
    for j, line in enumerate(key, start=row + 1):
        cell = sheet.cell(row=j, column=2, value=line)
        cell.font = Font(size=9, bold=(j == row + 1))
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["G"].width = 13
    sheet.column_dimensions["H"].width = 40
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

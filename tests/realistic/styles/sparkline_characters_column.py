"""A 'Trend' column of text sparklines drawn with block characters ('▂▄▆█') or a typed arrow ('-->')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 2024-25"
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Q4 23/24", "Q1 24/25", "Q2 24/25", "Q3 24/25")
STATUS: dict[str, Rag | None] = {
    "On target": "green",
    "Near target": "amber",
    "Off target": "red",
    "Monitor only": None,
}
BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
STEADY = "-->"
NEW = "New for 2024/25"

# ref, measure, Q4 23/24, Q1, Q2, Q3, target, trend (None: draw the sparkline), status
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSP01", "Anti-social behaviour incidents reported to the council", 1284, 1402, 1516, 1190, 1350, None, "On target"),
    ("CSP02", "Noise complaints responded to within 2 working days (%)", 91.2, 88.4, 86.1, 84.7, 90.0, None, "Off target"),
    ("CSP03", "Programmed food hygiene inspections completed (%)", 78.0, 84.5, 89.2, 93.6, 95.0, None, "Near target"),
    ("CSP04", "Licence applications decided within the statutory time (%)", 98.7, 99.1, 98.9, 99.0, 98.0, STEADY, "On target"),
    ("CSP05", "Fixed penalty notices issued for littering and fly-tipping", 212, 264, 301, 287, None, None, "Monitor only"),
    ("CSP06", "Pest control requests attended within 3 working days (%)", 94.0, 97.5, 96.3, 98.1, 95.0, None, "On target"),
    ("CSP07", "Domestic abuse victims contacted within 24 hours of referral (%)", None, 82.0, 85.5, 88.9, 90.0, NEW, "Near target"),
    ("CSP08", "Average days to resolve a private rented disrepair complaint", 41, 38, 44, 36, 35, None, "Near target"),
    ("CSP09", "Underage sales test purchases where the sale was refused (%)", 80.0, 85.7, 75.0, 90.0, 85.0, None, "On target"),
)  # fmt: skip


def _sparkline(values: tuple[float, ...]) -> str:
    """Blocks scaled between the row's lowest and highest figure, as the report's macro draws them."""
    low, high = min(values), max(values)
    span = high - low or 1.0
    return "".join(BLOCKS[round((v - low) / span * (len(BLOCKS) - 1))] for v in values)


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's community safety and public protection scorecard.

    Some performance teams draw a small trend in a cell without charts: a
    macro or a REPT/UNICHAR formula turns the last four quarters into a
    string of block characters ('\u2583\u2585\u2587\u2581'), pasted as values before the
    report goes out. Here the 'Trend' column stands between the Target and
    the Status; a steady line is typed as '-->' and a measure new this year
    says so instead. The quarters run from Q4 2023/24 to Q3 2024/25, the
    status is a phrase keyed under the table, and one count is monitored
    without a target.

    A careful reader takes each quarter with the row's target and the
    status as the rating of Q3 ('Monitor only' is no rating). The trend
    cells are pictures of the figures beside them, not figures or ratings.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Gateshead Council")
    sheet["A2"] = (
        "Community Safety and Public Protection \u2013 performance scorecard, Quarter 3 2024/25"
    )
    header = ["Ref", "Measure", *HEADINGS, "Target", "Trend", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(3, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    for i, (ref, name, q4, q1, q2, q3, target, trend, status) in enumerate(ROWS):
        r = 5 + i
        values = (q4, q1, q2, q3)
        drawn = trend or _sparkline(tuple(float(str(v)) for v in values))
        put_row(sheet, r, 1, [ref, name, *values, target, drawn, status])
        sheet.cell(row=r, column=8).font = Font(name="Consolas", color="FF1F4E79")
        sheet.cell(row=r, column=8).alignment = Alignment(horizontal="center")
        for c in range(3, 8):
            if isinstance(sheet.cell(row=r, column=c).value, int):
                sheet.cell(row=r, column=c).number_format = "#,##0"
        goal = None if target is None else float(str(target))
        exp.observations += observed(
            str(ref), str(name), PERIODS, values, goal, STATUS[str(status)]
        )
    foot = 5 + len(ROWS) + 1
    notes = (
        "Trend: the last four quarters, lowest to highest figure for each measure.",
        "Status: On target (green); Near target \u2013 within 5% of target (amber); "
        "Off target \u2013 more than 5% from target (red); Monitor only \u2013 no target set.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["H"].width = 14
    save(book, path)
    return exp

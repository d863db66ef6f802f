"""A status column of short sentences ('On track to meet the annual target', 'Unlikely to achieve target by year end')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Housing Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
MEANS: dict[str, Rag] = {"green": "green", "amber": "amber", "red": "red"}

# ref, measure, Q1, Q2, Q3, annual target, status (Q3) as written, what it means
ROWS: tuple[tuple[object, ...], ...] = (
    ("HOU 01", "Rent collected as a percentage of rent due (%)", 96.8, 97.9, 98.6, 98.5,
     "On track to meet the annual target", "green"),
    ("HOU 02", "Average days to re-let a standard void home", 34.0, 31.5, 29.8, 28,
     "Some slippage but expected to recover by year end", "amber"),
    ("HOU 03", "Emergency repairs attended within 4 hours (%)", 99.1, 99.6, 99.4, 99,
     "Target met", "green"),
    ("HOU 04", "Routine repairs completed within 20 working days (%)", 78.2, 74.6, 71.0, 85,
     "Unlikely to achieve target by year end", "red"),
    ("HOU 05", "Homes with a valid gas safety certificate (%)", 99.96, 99.91, 99.88, 100,
     "Not on track \u2013 see commentary", "red"),
    ("HOU 06", "Households in temporary accommodation (at quarter end)", 312, 338, 351, None,
     "No target set \u2013 figure for information", None),
    ("HOU 07", "Homelessness prevented or relieved within 56 days (%)", 58.4, 61.2, 60.1, 62,
     "At risk \u2013 slightly below the quarterly profile", "amber"),
    ("HOU 08", "Stage 1 housing complaints answered within 10 working days (%)", 88.0, 93.4, 96.7, 95,
     "Performing above target this quarter", "green"),
    ("HOU 09", "Disabled facilities grants completed within 26 weeks (%)", 64.0, 70.5, None, 75,
     "Data not yet available", None),
    ("HOU 10", "New affordable homes delivered (cumulative)", 46, 102, 171, 240,
     "On track to meet the annual target", "green"),
)  # fmt: skip

COMMENTS = {
    "HOU 04": "Backlog of 1,140 jobs after contractor change on 1 October; recovery plan to March.",
    "HOU 05": "Four homes without access at 31 December; legal action started on two.",
    "HOU 09": "Q3 grants being checked against the case system; figure to the next meeting.",
}


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly housing performance report to its housing panel.

    The report template has no RAG letters: the lead officer writes the
    status as a short sentence, 'On track to meet the annual target',
    'Some slippage but expected to recover by year end', 'Unlikely to
    achieve target by year end', 'Not on track \u2013 see commentary', 'Target
    met', and a key under the table says which sentences are green, amber
    and red. A contextual count has no target and says so in its status; one
    measure's Q3 figure is not in yet.

    A careful reader takes the status as the Q3 rating by the key (on track,
    met or above target green; at risk or some slippage amber; not on track
    or unlikely to achieve red), no rating where there is no target or no Q3
    figure, and the annual target for every quarter.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Swindon Borough Council - Housing Services performance, Quarter 3 2024/25")
    sheet["A2"] = "Housing Scrutiny Panel, 6 March 2025"
    header = [
        "Ref",
        "Measure",
        "Q1 2024/25",
        "Q2 2024/25",
        "Q3 2024/25",
        "Annual target",
        "Status",
        "Commentary",
    ]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, status, meaning) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, status, COMMENTS.get(str(ref))])
        sheet.cell(row=row, column=7).alignment = Alignment(wrap_text=True, vertical="top")
        t = None if target is None else float(str(target))
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), t, MEANS.get(str(meaning))
        )
    key = 5 + len(ROWS) + 1
    sheet.cell(
        row=key,
        column=1,
        value="Status key: on track, target met or above target = Green; at risk or some slippage = Amber; "
        "not on track or unlikely to achieve = Red.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["G"].width = 36
    sheet.column_dimensions["H"].width = 50
    save(book, path)
    return exp

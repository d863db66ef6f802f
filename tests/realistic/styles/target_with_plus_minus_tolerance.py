"""Targets typed with a tolerance in one cell ('95% (+/- 2%)', '14 days ±1', '0.6% tolerance 0.2') for measures meant to stay near a level."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Corporate Health"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# ref, measure, target as typed, (target, tolerance or None), Q1, Q2, Q3, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CH01", "Forecast revenue outturn variance against net budget (%)", "0% (+/- 1%)", (0.0, 1.0), 1.9, 1.3, 0.8, "Green"),
    ("CH02", "Capital spend against the approved profile (%)", "100% +/-10%", (100.0, 10.0), 71.0, 84.5, 92.3, "Green"),
    ("CH03", "General fund working balance as a share of net revenue budget (%)", "5.0% (tolerance \u00b10.5%)", (5.0, 0.5), 5.3, 5.1, 4.4, "Amber"),
    ("CH04", "Budgeted posts filled (%)", "95% (+/- 2%)", (95.0, 2.0), 91.8, 93.4, 95.8, "Green"),
    ("CH05", "Staff turnover, rolling 12 months (%)", "12% \u00b1 2%", (12.0, 2.0), 15.2, 14.6, 14.3, "Amber"),
    ("CH06", "Average days to pay suppliers on 14-day terms", "14 days \u00b11", (14.0, 1.0), 16.2, 15.1, 14.4, "Green"),
    ("CH07", "Council tax base growth in year (%)", "0.6% tolerance 0.2", (0.6, 0.2), 0.3, 0.5, 0.7, "Green"),
    ("CH08", "Undisputed invoices paid within 30 days (%)", 95, (95.0, None), 93.1, 94.6, 96.2, "Green"),
    ("CH09", "Working days lost to sickness absence per FTE (rolling 12 months)", 9.5, (9.5, None), 10.8, 10.4, 10.1, "Amber"),
    ("CH10", "Freedom of Information requests answered within 20 working days (%)", "90%", (90.0, None), 84.0, 88.5, 91.3, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate health indicators to a scrutiny committee.

    Some resources measures are not meant to rise or fall but to stay near
    a level: the forecast budget variance near nil, capital spend near its
    profile, the working balance near 5% of the budget, posts filled near
    95% of the establishment, turnover near 12%, suppliers paid at their
    14-day terms (neither late nor early), tax base growth near the 0.6%
    the budget assumed. The officers type each such target with its
    tolerance in the Target cell, in the forms they happen to use: '0% (+/-
    1%)', '100% +/-10%', '5.0% (tolerance \u00b10.5%)', '95% (+/- 2%)', '12% \u00b1
    2%', '14 days \u00b11', '0.6% tolerance 0.2'. The other measures have an
    ordinary target (95, 9.5, '90%'). The status is for Q3; a key under the
    table says green is inside the tolerance.

    A careful reader takes the level as the target and the tolerance, in
    percentage points for percentages, as the band either side of it (so
    '95% (+/- 2%)' is 95 within 93 to 97, not 95 plus or minus 1.9), and
    the tolerance as saying the aim is to stay within it. The ordinary
    targets are plain targets with no stated direction.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Herefordshire Council - Corporate Health Indicators 2024/25")
    sheet["A2"] = "Scrutiny Management Board, 4 February 2025: Quarter 3 position"
    header = ["Ref", "Measure", "Target", *QUARTERS, "Status Q3"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, typed, meaning, q1, q2, q3, status) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [ref, name, typed, q1, q2, q3, status])
        assert isinstance(meaning, tuple)
        level, tolerance = meaning
        code, nm = str(ref), str(name)
        found = observed(code, nm, QUARTERS, (q1, q2, q3), level, RAG[str(status)])
        if tolerance is not None:
            band = (round(level - tolerance, 6), round(level + tolerance, 6))
            found = [replace(o, band=band) for o in found]
            exp.add_meta(code, nm, "on_target", None)
        exp.observations += found
    foot = 5 + len(ROWS) + 1
    notes = (
        "Where a tolerance is shown: Green = within the tolerance; Amber = outside it by no more "
        "than half the tolerance again; Red = further out.",
        "Other measures: Green = on or better than target; Amber = within 10% of target; "
        "Red = more than 10% worse than target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["C"].width = 24
    save(book, path)
    return exp

"""Ordinary numeric KPIs mixed with measures whose result is a word: 'Yes', 'No', 'Compliant', 'Met', 'Not met'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

STATUS: dict[str, Rag] = {"On track": "green", "Some concern": "amber", "Off track": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, indicator, Q1, Q2, target as typed, status (latest figure given)
ROWS: tuple[tuple[object, ...], ...] = (
    ("GR01", "Undisputed invoices paid within 30 days (%)", 96.2, 95.1, 97.0, "Some concern"),
    ("GR02", "Working days lost to sickness per FTE (rolling 12 months)", 9.8, 10.4, 9.0, "Off track"),
    ("GR03", "Draft statement of accounts published by 30 June", "Yes", None, "Yes", "On track"),
    ("GR04", "Annual governance statement approved by Audit Committee by 30 September",
     None, "Yes", "Yes", "On track"),
    ("GR05", "Public Services Network (PSN) compliance certificate held", "Compliant", "Compliant",
     "Compliant", "On track"),
    ("GR06", "Personal data breaches reported to the ICO within 72 hours (%)", 100.0, 100.0, 100.0,
     "On track"),
    ("GR07", "Transparency Code quarterly datasets published on time", "Met", "Not met", "Met",
     "Off track"),
    ("GR08", "Council Tax Reduction new claims processed within 14 days (%)", 88.0, 91.5, 90.0,
     "On track"),
    ("GR09", "Stage 1 complaints answered within 10 working days (%)", 83.0, 79.0, 90.0, "Off track"),
    ("GR10", "Corporate health and safety inspection programme on schedule", "Yes", "No", "Yes",
     "Some concern"),
    ("GR11", "Staff completing mandatory cyber security training (%)", 87.4, 91.2, 95.0,
     "Some concern"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council governance and resources scorecard to its audit and governance committee.

    Most indicators are ordinary figures against a target, but governance
    scorecards also track duties that are simply done or not: publishing
    the draft accounts and the annual governance statement on time, holding
    the PSN certificate, publishing Transparency Code data, keeping the
    inspection programme on schedule. Their quarter cells and targets hold
    words ('Yes', 'No', 'Compliant', 'Met', 'Not met'); the two annual
    duties have a word only in the quarter they fall due. A careful reader
    takes each word as the quarter's result as written (no number), each
    number as usual with its target, no numeric target where the target is
    a word, and the status for the row's latest figure given.
    """
    book, sheet = new_book("Governance Q2")
    title(sheet, "A1", "Tewkesbury Borough Council")
    sheet["A2"] = (
        "Audit and Governance Committee - Corporate governance and resources indicators, Q2 2024/25"
    )
    put_row(
        sheet,
        4,
        1,
        ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "Status"],
        bold=True,
    )
    exp = Expected([])
    for i, (code, name, q1, q2, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name, q1, q2, target, status])
        for col in (3, 4, 5):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2),
            float(target) if isinstance(target, float) else None, STATUS[str(status)],
        )  # fmt: skip
    foot = 5 + len(ROWS) + 1
    lines = (
        "Status: On track = target met; Some concern = slightly below target or at risk; "
        "Off track = target missed.",
        "GR03 and GR04 are annual duties reported in the quarter they fall due.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 72
    save(book, path)
    return exp

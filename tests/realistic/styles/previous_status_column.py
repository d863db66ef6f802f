"""Last quarter's figure and status beside this quarter's: 'Q2 2024/25', 'Previous status', 'Q3 2024/25', 'Current status'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Corporate KPIs Q3"
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# ref, indicator, annual target, Q2 figure, previous status, Q3 figure, current status
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP-01", "Residents who feel safe in their local area after dark (%)", 72.0, 69.5, "Amber", 73.1, "Green"),
    ("CP-02", "Working days lost to sickness per full-time employee (rolling 12 months)", 9.0, 10.4, "Red", 9.6, "Amber"),
    ("CP-03", "Business rates collected in year (%)", 98.0, 56.1, "Green", 83.0, "Green"),
    ("CP-04", "Freedom of Information requests answered within 20 working days (%)", 90.0, 84.2, "Amber", 79.6, "Red"),
    ("CP-05", "Planning appeals allowed against the council's decision (%)", 30.0, 25.0, "Green", 36.4, "Red"),
    ("CP-06", "Affordable homes completed (year to date)", 220, 96, "Amber", 171, "Amber"),
    ("CP-07", "Visits to leisure centres (year to date)", 950000, 486210, "Green", 741930, "Green"),
    ("CP-08", "Apprentices employed by the council", 45, None, None, 38, "Amber"),
    ("CP-09", "Undisputed supplier invoices paid within 30 days (%)", 96.0, 96.8, "Green", 95.1, "Amber"),
    ("CP-10", "Council Tax Reduction claims assessed within 14 days (%)", 85.0, 78.3, "Red", 86.9, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate performance report to Cabinet.

    To show movement at a glance, the report gives last quarter's figure
    with the status it was given then, and this quarter's figure with its
    status now: 'Q2 2024/25', 'Previous status', 'Q3 2024/25', 'Current
    status', after one annual target. One measure was first reported in Q3
    and has neither a Q2 figure nor a previous status.

    A careful reader rates each quarter by the status beside it: the
    previous status is the Q2 rating, the current status the Q3 rating.
    The annual target stands for both quarters.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Warrington Borough Council \u2013 Corporate Performance Report, Quarter 3 2024/25",
    )
    sheet["A2"] = (
        "Report to Cabinet, February 2025. Previous status is as reported to Cabinet in November 2024."
    )
    header = [
        "Ref",
        "Key performance indicator",
        "Target 2024/25",
        "Q2 2024/25",
        "Previous status",
        "Q3 2024/25",
        "Current status",
        "Comments",
    ]
    put_row(sheet, 4, 1, header, bold=True)
    comments = {
        "CP-03": "Cumulative; on profile for the year.",
        "CP-04": "Backlog after the records system migration in October.",
        "CP-05": "4 of 11 appeals allowed; small numbers.",
        "CP-08": "New measure from Q3.",
    }
    exp = Expected([])
    for i, (ref, name, target, q2, prev, q3, now) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, target, q2, prev, q3, now, comments.get(str(ref))])
        t = float(str(target))
        if q2 is not None:
            exp.observations.append(
                Obs(str(ref), str(name), "Q2 2024/25", float(str(q2)), None, t,
                    None if prev is None else RAG[str(prev)])
            )  # fmt: skip
        exp.observations.append(
            Obs(str(ref), str(name), "Q3 2024/25", float(str(q3)), None, t, RAG[str(now)])
        )
    note = 5 + len(ROWS) + 1
    sheet.cell(
        row=note,
        column=1,
        value="Green: target met. Amber: within 5% of target. Red: more than 5% from target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp

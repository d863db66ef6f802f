"""Five quarters across with the latest first ('Q3 24/25' .. 'Q3 23/24'), then one Target 2024/25 and one Status."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import cast

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "ASC scorecard"
HEADINGS = ("Q3 24/25", "Q2 24/25", "Q1 24/25", "Q4 23/24", "Q3 23/24")
QUARTERS = ("Q3 2024/25", "Q2 2024/25", "Q1 2024/25", "Q4 2023/24", "Q3 2023/24")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# code, measure, five quarters (latest first), target 2024/25, status of the latest quarter
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Adults receiving self-directed support as a direct payment (%)",
     (27.9, 27.4, 26.8, 26.5, 26.1), 28.0, "Amber"),
    ("ASC02", "Permanent admissions of people aged 65+ to residential and nursing care per 100,000 (rolling 12 months)",
     (498.0, 505.3, 512.4, 530.1, 541.7), 520.0, "Green"),
    ("ASC03", "Safeguarding enquiries where the risk was reduced or removed (%)",
     (91.2, 89.7, 92.5, 90.8, 88.4), 90.0, "Green"),
    ("ASC04", "Carers' assessments completed within 28 days (%)",
     (64.0, 71.5, 69.2, 58.3, 61.0), 75.0, "Red"),
    ("ASC05", "People waiting for a Care Act assessment at quarter end",
     (312, 287, 341, 365, 402), 250, "Red"),
    ("ASC06", "Annual reviews of care and support plans completed on time (%)",
     (68.4, 65.1, 62.9, 60.2, None), 70.0, "Amber"),
    ("ASC07", "Older people still at home 91 days after reablement (%)",
     (84.1, 82.6, 85.3, 81.9, 83.0), 82.0, "Green"),
    ("ASC08", "Average delayed hospital discharges a day awaiting social care",
     (6.2, 7.8, 8.4, 9.1, 11.3), 8.0, "Green"),
    ("ASC09", "Adults with a learning disability in paid employment (%)",
     (5.9, 5.6, 5.1, None, None), 6.0, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an adult social care scorecard that puts the most recent quarter first.

    Some services lay their trend out right to left in time: the newest
    quarter in the first figure column, then each earlier quarter, back to
    the same quarter a year ago (Q3 24/25, Q2 24/25, Q1 24/25, Q4 23/24,
    Q3 23/24), so that the figure members look at first is nearest the name.
    One target, headed with the year it is for, and one Status for the
    newest quarter follow. Two measures started later and have no figures
    for the oldest quarters.

    A careful reader dates each column by its heading, so the Status is the
    rating of Q3 2024/25 (the first column, not the last), and the 2024/25
    target applies to the three quarters of 2024/25 only; the two quarters
    of 2023/24 have no target.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Calderdale Council \u2013 Adult Services and Wellbeing performance scorecard"
    )
    sheet["A2"] = "Quarter 3 2024/25. Most recent quarter shown first."
    header = ["Code", "Measure", *HEADINGS, "Target 2024/25", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, values, target, status) in enumerate(ROWS):
        row = 5 + i
        figures = cast(tuple[object, ...], values)
        put_row(sheet, row, 1, [code, name, *figures, target, status])
        found = observed(str(code), str(name), reversed(QUARTERS), reversed(figures))
        for obs in found:
            if obs.period.endswith("2024/25"):
                obs_t = replace(obs, target=float(str(target)))
            else:
                obs_t = obs
            if obs.period == QUARTERS[0]:
                obs_t = replace(obs_t, rag=RAG[str(status)])
            exp.observations.append(obs_t)
    foot = 5 + len(ROWS) + 1
    lines = (
        "Status is for the latest quarter against the 2024/25 target: Green met; "
        "Amber within 5%; Red more than 5% away.",
        "Source: Mosaic case management system and ASC-FR/SALT returns.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 72
    save(book, path)
    return exp

"""Long rows with a 'Quarter ending' column of real dates (30/06/2024), one row per quarter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str | None, Rag | None] = {"R": "red", "A": "amber", "G": "green", None: None}

ENDS = (
    (dt.datetime(2024, 3, 31), "Q4 2023/24"),
    (dt.datetime(2024, 6, 30), "Q1 2024/25"),
    (dt.datetime(2024, 9, 30), "Q2 2024/25"),
)

# metric, target, values by quarter end, RAG by quarter end
ROWS: tuple[tuple[object, ...], ...] = (
    ("Patients seen within 4 hours in A&E (%)", 78.0, (71.3, 74.8, 76.2), ("R", "A", "A")),
    ("Ambulance handovers over 60 minutes", 0.0, (412.0, 288.0, 251.0), ("R", "R", "R")),
    ("Discharges before midday (%)", 33.0, (29.0, 31.5, 34.1), ("A", "A", "G")),
    ("People still at home 91 days after reablement (%)", 82.0, (80.1, 83.4, 84.0), ("A", "G", "G")),
    ("Carers' assessments completed", None, (154.0, 171.0, 166.0), (None, None, None)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an integrated care board's urgent care indicators shared with the council.

    NHS and partnership data sets are long: one row per metric per period,
    with the period given as the date it ended ('Quarter ending', a real date
    shown as 30/06/2024), not as a label. A quarter ending on 30 June 2024 is
    Q1 2024/25 and one ending on 31 March 2024 is Q4 2023/24. Each row has its
    own target and RAG; one metric is monitored without a target.
    """
    book, sheet = new_book("Urgent Care")
    title(sheet, "A1", "Urgent and Emergency Care - Place Indicators")
    put_row(sheet, 3, 1, ["Metric", "Quarter ending", "Value", "Target", "RAG"], bold=True)
    exp = Expected([])
    row = 4
    for name, target, values, rags in ROWS:
        assert isinstance(values, tuple) and isinstance(rags, tuple)
        for (end, label), value, rag in zip(ENDS, values, rags, strict=True):
            put_row(sheet, row, 1, [name, end, value, target, rag])
            sheet.cell(row=row, column=2).number_format = "dd/mm/yyyy"
            t = None if target is None else float(str(target))
            exp.observations.append(
                Obs(None, str(name), label, float(str(value)), None, t, RAG[rag])
            )
            row += 1
    sheet.column_dimensions["A"].width = 50
    sheet.column_dimensions["B"].width = 14
    save(book, path)
    return exp

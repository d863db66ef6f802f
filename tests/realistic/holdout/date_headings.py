"""Monthly columns headed by real dates shown as 'Apr-24' (Excel's mmm-yy), not text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
MONTHS = tuple(dt.datetime(2024, m, 1) for m in (4, 5, 6, 7, 8, 9))
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")

# code, measure, target, values Apr..Sep, RAG for Sep
ROWS: tuple[tuple[object, ...], ...] = (
    ("CC01", "Calls answered within 3 minutes", 80.0, (74.1, 77.9, 81.3, 79.0, 83.2, 84.0), "G"),
    ("CC02", "Average call waiting time (seconds)", 120.0, (188.0, 163.0, 141.0, 152.0, 131.0, 127.0), "A"),
    ("CC03", "Web forms completed online", 6500.0, (5120.0, 5344.0, 6011.0, 5890.0, 6240.0, 6610.0), "G"),
    ("CC04", "Complaints escalated to the Ombudsman", 2.0, (1.0, 3.0, 0.0, 4.0, 2.0, 5.0), "R"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a customer services monthly report whose month headings are dates.

    Typing 'Apr-24' into Excel stores the date 1 April 2024 shown with the
    'mmm-yy' format, so the heading cells hold dates, not text. Each column
    is that calendar month.
    """
    book, sheet = new_book("Customer Services")
    title(sheet, "A1", "Customer Services - Monthly Performance")
    put_row(sheet, 3, 1, ["Code", "Measure", "Target"], bold=True)
    for i, month in enumerate(MONTHS):
        cell = sheet.cell(row=3, column=4 + i, value=month)
        cell.number_format = "mmm-yy"
    sheet.cell(row=3, column=10, value="RAG")
    exp = Expected([])
    for r, (code, name, target, values, rag) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 4 + r, 1, [code, name, target, *values, rag])
        for i, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            last = i == len(LABELS) - 1
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    label,
                    value,
                    None,
                    float(str(target)),
                    RAG[str(rag)] if last else None,
                )
            )
    save(book, path)
    return exp

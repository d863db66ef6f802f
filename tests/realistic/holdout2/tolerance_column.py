"""Target and 'Tolerance' columns side by side, a Unit column, figures for two quarters."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# PI code, PI, unit, target, tolerance, Q1, Q2, RAG (Q2)
ROWS: tuple[tuple[object, ...], ...] = (
    ("BV12", "Working days lost to sickness absence per FTE", "days", 2.2, 0.2, 2.5, 2.3, "Amber"),
    ("BV8", "Invoices paid within 30 days", "%", 97.0, 2.0, 96.1, 97.4, "Green"),
    ("BV9", "Council tax collected", "%", 56.0, 1.0, 28.3, 54.2, "Red"),
    ("FIN3", "Sundry debt over 90 days old", "\u00a3", 1250000.0, 100000.0, 1310000.0, 1420000.0, "Red"),
    ("HR7", "Staff turnover", "%", 12.0, 1.5, 11.2, 12.9, "Amber"),
    ("CUS2", "Contact centre calls handled", "number", 42000.0, 2000.0, 40870.0, 43150.0, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a resources scorecard from a PI framework that sets a tolerance per target.

    Performance frameworks set each target with a tolerance: within the
    tolerance a figure short of the target is amber, beyond it red. The
    scorecard prints 'Target' and 'Tolerance' next to each other as plain
    numbers, with a 'Unit' column ('days', '%', '\u00a3', 'number'). The
    tolerance is not a figure for any period; the target applies to both
    quarters and the RAG to Q2.
    """
    book, sheet = new_book("Resources")
    title(sheet, "A1", "Resources Directorate - Performance Indicators 2024/25")
    header = ["PI Code", "Performance Indicator", "Unit", "Target", "Tolerance", *QUARTERS, "RAG"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, unit, target, tolerance, q1, q2, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, unit, target, tolerance, q1, q2, rag])
        t = float(str(target))
        exp.observations += [
            Obs(str(code), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(code), str(name), QUARTERS[1], float(str(q2)), None, t, RAG[str(rag)]),
        ]
        exp.add_meta(str(code), str(name), None, str(unit))
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp

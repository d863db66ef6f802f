"""Actuals beside a 'Variance to target' column of '+2.3pp' text, a Unit column and DoT words."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# code, indicator, unit, Q1 actual, Q2 actual, Q2 target, variance, DoT, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("EC01", "Working-age residents in employment", "%", 74.1, 75.3, 73.0, "+2.3pp", "Improving", "Green"),
    ("EC02", "Business rate premises occupied", "%", 88.9, 88.2, 90.0, "-1.8pp", "Declining", "Amber"),
    ("EC03", "Average days to pay a small business grant", "days", 9.0, 12.0, 10.0, "+2 days", "Declining", "Red"),
    ("EC04", "Apprenticeship starts supported by the council", "number", 46.0, 58.0, 50.0, "+8", "Improving", "Green"),
    ("EC05", "Town centre footfall against 2019 baseline", "%", 91.0, 91.0, 95.0, "-4.0pp", "Static", "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an economy and regeneration scorecard with a variance column.

    Scorecards show how far the latest figure is from its target in a
    'Variance to target' column, typed as text with its sign and unit
    ('+2.3pp' percentage points, '+2 days'), a 'Unit' column saying what each
    figure is, and a direction of travel in words ('Improving', 'Declining',
    'Static'). The target column is headed with its quarter, so it is that
    quarter's target only; the variance is not an observation.
    """
    book, sheet = new_book("Economy")
    title(sheet, "A1", "Economy & Regeneration Performance - Q2 2024/25")
    header = ["Code", "Indicator", "Unit", "Q1 2024/25 Actual", "Q2 2024/25 Actual",
              "Q2 2024/25 Target", "Variance to target", "Direction of travel", "RAG"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, unit, q1, q2, target, variance, dot, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, unit, q1, q2, target, variance, dot, rag])
        exp.observations += [
            Obs(str(code), str(name), "Q1 2024/25", float(str(q1))),
            Obs(
                str(code),
                str(name),
                "Q2 2024/25",
                float(str(q2)),
                None,
                float(str(target)),
                RAG[str(rag)],
            ),
        ]
        exp.add_meta(str(code), str(name), None, str(unit))
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp

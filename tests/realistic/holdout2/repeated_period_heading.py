"""Doubtful: quarter headings 'Q1 2024/25', 'Q2 2024/25', 'Q2 2024/25' - one copied and not changed."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q2 2024/25")

# code, indicator, target, three quarter cells, RAG (latest)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ED1", "Pupils attending a good or outstanding school (%)", 90.0, 88.0, 88.5, 89.2, "Amber"),
    ("ED2", "EHC plans issued within 20 weeks (%)", 60.0, 41.0, 47.0, 55.0, "Amber"),
    ("ED3", "Persistent absence in secondary schools (%)", 20.0, 24.1, 22.8, 19.6, "Green"),
    ("ED4", "Children missing education (number)", 150.0, 171.0, 188.0, 202.0, "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an education scorecard whose new quarter column was copied and not relabelled.

    Adding Q3's column by copying Q2's is a common slip: the sheet now has two
    columns headed 'Q2 2024/25' with different figures. Whether the third is
    Q3 or a corrected Q2 cannot be told from the sheet; the file goes to
    review at the repeated heading (F3). Only Q1 is certain.
    """
    book, sheet = new_book("Education")
    title(sheet, "A1", "Education & Skills Scorecard 2024/25")
    put_row(sheet, 3, 1, ["Code", "Indicator", "Target", *HEADINGS, "RAG"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Education!F3"])
    for i, (code, name, target, q1, q2, q3, rating) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2, q3, rating])
        exp.observations.append(
            Obs(str(code), str(name), "Q1 2024/25", float(str(q1)), None, float(str(target)))
        )
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp

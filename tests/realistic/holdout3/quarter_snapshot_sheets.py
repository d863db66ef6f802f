"""One sheet per quarter ('Q1 24-25' …), each a snapshot headed only Actual / Target / RAG."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.realistic.kit import Expected, Obs, Rag, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# sheet name, title's wording, period
SHEETS = (
    ("Q1 24-25", "Quarter 1 (April - June) 2024/25", "Q1 2024/25"),
    ("Q2 24-25", "Quarter 2 (July - September) 2024/25", "Q2 2024/25"),
    ("Q3 24-25", "Quarter 3 (October - December) 2024/25", "Q3 2024/25"),
)

# code, measure, then per quarter (actual, target, RAG) or None where the row is absent
ROWS: tuple[tuple[object, ...], ...] = (
    ("NS01", "Missed bin collections per 100,000 collections", (48.0, 50.0, "G"), (52.0, 50.0, "A"),
     (44.0, 50.0, "G")),
    ("NS02", "Streets inspected at an acceptable standard for litter (%)", (92.0, 95.0, "A"),
     (96.0, 95.0, "G"), (95.5, 95.0, "G")),
    ("NS03", "Fly-tipping incidents removed within 2 working days (%)", (88.4, 90.0, "A"),
     (91.2, 90.0, "G"), (86.0, 90.0, "A")),
    ("NS04", "Household waste recycled and composted (%)", (52.3, 50.0, "G"), (51.8, 50.0, "G"),
     ("Data not yet available", 50.0, None)),
    ("NS05", "Residual household waste per household (kg)", (119.0, 115.0, "A"), (118.0, 115.0, "A"),
     (131.0, 115.0, "R")),
    ("NS06", "Parking penalty charge notices cancelled on appeal (%)", (6.1, 8.0, "G"),
     (7.4, 8.0, "G"), (8.3, 8.0, "A")),
    ("NS07", "Food premises rated 3 or above under the hygiene rating scheme (%)", (94.2, 95.0, "A"),
     (94.9, 95.0, "A"), (95.3, 95.0, "G")),
    ("NS08", "Abandoned vehicle reports investigated within 5 working days (%)", None,
     (78.0, 90.0, "R"), (84.5, 85.0, "A")),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a neighbourhood services workbook that keeps each quarter's scorecard on its own sheet.

    Teams copy last quarter's sheet, rename the tab ('Q1 24-25' to 'Q2 24-25')
    and overwrite the figures, so every sheet has the same measures under
    headings that say only 'Actual', 'Target' and 'RAG'; the quarter is named
    only by the tab and by the title row. A measure added in Q2 is absent
    from Q1's sheet, one target was changed for Q3, and one Q3 figure is the
    words 'Data not yet available' (kept as text, rated nothing). Each
    sheet's figures are that quarter's.
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    exp = Expected([])
    for q, (sheet_name, wording, period) in enumerate(SHEETS):
        sheet = book.create_sheet(sheet_name)
        title(sheet, "A1", f"Neighbourhood Services Performance Scorecard - {wording}")
        sheet["A2"] = (
            "RAG: G = on or better than target; A = within 5% of target; R = more than 5% away"
        )
        put_row(sheet, 4, 1, ["Code", "Measure", "Actual", "Target", "RAG"], bold=True)
        row = 5
        for code, name, *quarters in ROWS:
            cell = quarters[q]
            if cell is None:
                continue
            assert isinstance(cell, tuple)
            actual, target, rag = cell
            put_row(sheet, row, 1, [code, name, actual, target, rag])
            number = actual if isinstance(actual, float) else None
            text = None if number is not None else str(actual)
            exp.observations.append(
                Obs(str(code), str(name), period, number, text, float(target), RAG.get(str(rag)))
            )
            row += 1
        sheet.column_dimensions["B"].width = 62
    for code, name, *_ in ROWS:
        if str(name).endswith("(%)"):
            exp.add_meta(str(code), str(name), None, "%")
    save(book, path)
    return exp

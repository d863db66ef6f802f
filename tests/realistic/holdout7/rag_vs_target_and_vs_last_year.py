"""Two rating columns: one against target (letters) and one against the same quarter last year (words)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

LETTER: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL,
         "Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}  # fmt: skip
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# ref, measure, Q3 2023/24, Q1, Q2, Q3 2024/25, target 2024/25, against target, against last year
ROWS: tuple[tuple[object, ...], ...] = (
    ("CM01", "Highway defects repaired within the target time (%)",
     88.2, 90.1, 91.7, 86.4, 92.0, "R", "Red"),
    ("CM02", "Street lighting faults fixed within 7 days (%)",
     81.0, 84.3, 86.0, 82.0, 85.0, "A", "Green"),
    ("CM03", "People killed or seriously injured on county roads",
     94.0, 88.0, 101.0, 95.0, 90.0, "R", "Amber"),
    ("CM04", "Visits to libraries (in person)",
     402110.0, 381220.0, 415906.0, 398714.0, None, None, "Amber"),
    ("CM05", "Scam victims supported by Trading Standards",
     212.0, 240.0, 251.0, 263.0, None, None, "Green"),
    ("CM06", "Recycling centre users satisfied with their visit (%)",
     93.0, 94.1, 92.6, 95.2, 90.0, "G", "Green"),
    ("CM07", "Supported bus services running on time (%)",
     78.4, 80.2, 79.5, 77.1, 82.0, "R", "Amber"),
    ("CM08", "County matter planning applications decided in time (%)",
     100.0, 100.0, 87.5, 100.0, 90.0, "G", "Amber"),
    ("CM09", "Road safety education sessions delivered in schools",
     61.0, 58.0, 74.0, 66.0, 60.0, "G", "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council communities directorate quarterly scorecard to overview and scrutiny.

    Beside the quarter's figure and the year's target the report gives two
    ratings, each shaded in its colour: 'Against target' as G/A/R letters,
    and 'Against same quarter last year' as Green/Amber/Red words for the
    direction (better, about the same, worse than Q3 2023/24, whose figure
    is shown). Measures without a target carry only the second rating. A
    careful reader takes the against-target letter as the RAG of Q3
    2024/25, reads the other column as a direction of travel, not a RAG,
    gives the 2024/25 target to the three 2024/25 quarters only, and keeps
    Q3 2023/24 as an observation without target.
    """
    book, sheet = new_book("Communities Q3")
    title(sheet, "A1", "Warwickshire County Council - Communities Directorate")
    sheet["A2"] = "Quarterly performance scorecard: Quarter 3 2024/25 (October to December 2024)"
    header = ["Ref", "Measure", *PERIODS, "Target 2024/25", "Against target",
              "Against same quarter last year"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(3, 10):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, ly, q1, q2, q3, target, vs_target, vs_year) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, ly, q1, q2, q3, target, vs_target, vs_year])
        if vs_target:
            fill(sheet, f"H{row}", FILLS[str(vs_target)])
        fill(sheet, f"I{row}", FILLS[str(vs_year)])
        exp.observations += observed(str(ref), str(name), PERIODS[:1], (ly,))
        exp.observations += observed(
            str(ref), str(name), PERIODS[1:], (q1, q2, q3),
            None if target is None else float(str(target)),
            None if vs_target is None else LETTER[str(vs_target)],
        )  # fmt: skip
    foot = 5 + len(ROWS) + 1
    notes = (
        "Against target: G = target met or exceeded; A = within 5% of target; R = more than 5% short.",
        "Against same quarter last year: Green = better than Q3 2023/24; Amber = within 2% of it; "
        "Red = worse by more than 2%.",
        "Library visits and scam victims supported are monitored without a target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp

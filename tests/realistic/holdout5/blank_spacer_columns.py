"""A formatted committee report with narrow empty spacer columns between name and figures and between quarters."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    merge,
    new_book,
    put_row,
    save,
    title,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25")
RATING: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}

# code, indicator, one (actual, target, rating) per quarter; None actual = not yet reported
ROWS: tuple[tuple[object, ...], ...] = (
    ("HE01", "Rent collected as a % of rent due (excluding arrears brought forward)",
     ((97.8, 98.5, "A"), (98.2, 98.5, "A"), (98.9, 98.5, "G"))),
    ("HE02", "Average days to relet empty council homes (standard voids)",
     ((31.0, 25.0, "R"), (27.0, 25.0, "A"), (24.0, 25.0, "G"))),
    ("HE03", "Emergency repairs completed within 24 hours (%)",
     ((99.1, 99.0, "G"), (98.7, 99.0, "A"), (99.4, 99.0, "G"))),
    ("HE04", "Routine repairs completed within 28 calendar days (%)",
     ((88.3, 92.0, "A"), (90.1, 92.0, "A"), (93.0, 92.0, "G"))),
    ("HE05", "Households in temporary accommodation at quarter end",
     ((46.0, 40.0, "R"), (52.0, 40.0, "R"), (49.0, 40.0, "R"))),
    ("HE06", "Homelessness preventions achieved in the quarter",
     ((61.0, 55.0, "G"), (51.0, 55.0, "A"), (57.0, 55.0, "G"))),
    ("HE07", "Household waste sent for reuse, recycling and composting (%)",
     ((38.4, 40.0, "A"), (37.9, 40.0, "A"), (None, 40.0, None))),
    ("HE08", "Fly-tipping incidents cleared within 5 working days (%)",
     ((94.0, 95.0, "A"), (96.5, 95.0, "G"), (97.2, 95.0, "G"))),
    ("HE09", "Missed bin collections per 100,000 collections",
     ((42.0, 50.0, "G"), (54.0, 50.0, "A"), (61.0, 50.0, "R"))),
)  # fmt: skip

NAME_COL = 3  # C, after the spacer in B
FIRST_BLOCK = 5  # E, after the spacer in D
SPACERS = ("B", "D", "H", "L", "P")


def block_start(q: int) -> int:
    """Each quarter's Actual/Target/Rating group, one empty spacer column after it."""
    return FIRST_BLOCK + q * 4


def build(path: Path) -> Expected:
    """Imitates a district council committee's quarterly monitoring report laid out for print.

    Reports designed on screen for a committee agenda are often laid out with
    thin empty columns used as gutters: one between the indicator code and its
    description, one between the description and the figures, and one between
    each quarter's group of Actual, Target and Rating columns, each quarter
    merged above its group. The gutters are a page-design habit and hold
    nothing. A careful reader reads through them: each quarter's actual with
    the target and rating printed in the same group. Recycling for the third
    quarter is not yet verified, so its cells are empty and it has no rating.
    """
    book, sheet = new_book("Q3 Performance")
    title(sheet, "A1", "Broxtowe Borough Council")
    sheet["A2"] = (
        "Housing and Environment Committee - Key Performance Indicators, Quarter 3 2024/25"
    )
    sheet["A3"] = "Report of the Head of Policy and Performance"
    put_row(sheet, 5, 1, ["Code"], bold=True)
    put_row(sheet, 5, NAME_COL, ["Performance indicator"], bold=True)
    for q, heading in enumerate(HEADINGS):
        start = block_start(q)
        merge(sheet, f"{get_column_letter(start)}5:{get_column_letter(start + 2)}5", heading)
        put_row(sheet, 6, start, ["Actual", "Target", "Rating"], bold=True)
    put_row(sheet, 5, block_start(3), ["Comments"], bold=True)
    sheet.merge_cells("A5:A6")
    sheet.merge_cells("C5:C6")
    comments = {
        "HE05": "Two families with complex needs awaiting suitable larger units.",
        "HE07": "Q3 tonnages not yet verified through WasteDataFlow.",
        "HE09": "Round reorganisation from 4 November; missed bins expected to fall in Q4.",
    }
    exp = Expected([])
    for i, (code, name, blocks) in enumerate(ROWS):
        assert isinstance(blocks, tuple)
        r = 7 + i
        put_row(sheet, r, 1, [code])
        put_row(sheet, r, NAME_COL, [name])
        sheet.cell(row=r, column=NAME_COL).alignment = Alignment(wrap_text=True)
        for q, ((actual, target, rating), quarter) in enumerate(zip(blocks, QUARTERS, strict=True)):
            start = block_start(q)
            put_row(sheet, r, start, [actual, target, rating])
            if rating is not None:
                fill(sheet, f"{get_column_letter(start + 2)}{r}", FILLS[rating])
            if actual is not None:
                exp.observations.append(
                    Obs(str(code), str(name), quarter, actual, None, target, RATING[rating])
                )
        if code in comments:
            sheet.cell(row=r, column=block_start(3), value=comments[str(code)])
    key = 8 + len(ROWS)
    sheet.cell(row=key, column=1, value="Rating: G = target met; A = within 10% of target; "
               "R = more than 10% away from target.")  # fmt: skip
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["C"].width = 58
    for letter in SPACERS:
        sheet.column_dimensions[letter].width = 1.5
    sheet.column_dimensions["Q"].width = 50
    save(book, path)
    return exp

"""Doubtful: a Unit column, yearly outturns, one percentage's latest figure pasted as a fraction."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2021/22", "2022/23", "2023/24")

# measure, unit, outturns by year, 2023/24 target
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults who feel safe in their local area after dark", "%", (61.0, 63.5, 0.64), 65.0),
    ("Repeat victims of domestic abuse referred to MARAC", "%", (27.0, 29.5, 26.0), 28.0),
    ("16-17 year olds not in education, employment or training", "%", (3.1, 2.6, 1.4), 2.5),
    ("Deliberate fires per 1,000 population", "Rate per 1,000", (0.6, 0.5, 0.4), 0.5),
    ("Fatal road traffic collisions", "Number", (2.0, 0.0, 1.0), 0.0),
    ("Anti-social behaviour incidents reported", "Number", (4120.0, 3985.0, 3760.0), 3900.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a community safety partnership's annual outturn table with a Unit column.

    Partnership tables gather figures from several agencies, and the latest
    year's column is often filled by pasting from each agency's own return.
    One of them formats its survey result as a percentage cell, and pasted as
    a value it arrives as 0.64 beside earlier years' 61.0 and 63.5 typed in
    points: it could mean 0.64% or 64%, so the file goes to review at that
    cell (D5). The table also has small figures that are genuine and must not
    be doubted: a NEET percentage falling to 1.4, a rate of 0.4 deliberate
    fires per 1,000 people, and counts of 0 and 1 fatal collisions.
    """
    book, sheet = new_book("CSP Outturns")
    title(sheet, "A1", "Community Safety Partnership - Annual Outturns")
    put_row(sheet, 3, 1, ["Measure", "Unit", *YEARS, "Target 2023/24"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["CSP Outturns!E4"])
    for i, (name, unit, outturns, target) in enumerate(ROWS):
        assert isinstance(outturns, tuple) and isinstance(target, float)
        put_row(sheet, 4 + i, 1, [name, unit, *outturns, target])
        for year, figure in zip(YEARS, outturns, strict=True):
            if str(name).startswith("Adults who feel safe") and year == "2023/24":
                continue  # the doubt
            said = target if year == "2023/24" else None
            exp.observations.append(Obs(None, str(name), year, figure, None, said))
    sheet.column_dimensions["A"].width = 55
    save(book, path)
    return exp

"""School results by academic year ('2022/23 academic year'), with England and statistical neighbours."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2021/22", "2022/23", "2023/24")

# measure, unit, values by academic year, England 2023/24, statistical neighbours 2023/24
ROWS: tuple[tuple[object, ...], ...] = (
    ("Pupils meeting the expected standard in reading, writing and maths at KS2", "%", (58.0, 60.0, 62.0), 61.0, 59.4),
    ("Average Attainment 8 score", "score", (48.1, 46.9, 47.2), 46.1, 45.8),
    ("Attainment 8 gap between disadvantaged pupils and others", "points", (14.2, 15.1, 15.6), 15.2, 14.9),
    ("Children achieving a good level of development at age 5", "%", (64.3, 66.8, None), 67.7, 66.0),
    ("Key stage 4 average Attainment 8 score for pupils with an EHC plan", "score", (15.2, 16.5, 14.8), 14.0, 13.6),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an education standards report to a children's scrutiny committee.

    School results are published by academic year (September to August), so
    the columns say '2022/23 academic year'; the latest year's England and
    statistical-neighbour averages stand beside the council's figures, and a
    year whose results were not published (the early years profile in
    2023/24 when this was written) is blank.
    """
    book, sheet = new_book("Standards")
    title(sheet, "A1", "Educational Standards - Annual Report to Scrutiny")
    header = ["Measure", "Unit", *(f"{y} academic year" for y in YEARS),
              "England 2023/24", "Statistical neighbours 2023/24"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for r, (name, unit, values, england, neighbours) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 4 + r, 1, [name, unit, *values, england, neighbours])
        for year, value in zip(YEARS, values, strict=True):
            if value is not None:
                exp.observations.append(Obs(None, str(name), f"{year} (AY)", value))
        if unit == "%":
            exp.add_meta(None, str(name), None, "%")
    save(book, path)
    return exp

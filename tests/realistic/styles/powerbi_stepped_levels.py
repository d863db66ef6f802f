"""Power BI matrix export with year and quarter stepped in one column, year subtotals, a Total row."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save

MEASURES = (
    "Households owed a prevention duty",
    "Households placed in temporary accommodation",
    "Prevention duty ended with accommodation secured %",
)

# (year, [(quarter word, values)]); each year's subtotal row repeats the sum of the counts
YEARS: tuple[tuple[str, tuple[tuple[str, tuple[float, float, float]], ...]], ...] = (
    ("2022/23", (("Quarter 3", (212.0, 64.0, 51.2)), ("Quarter 4", (240.0, 71.0, 48.9)))),
    ("2023/24", (
        ("Quarter 1", (198.0, 58.0, 55.0)),
        ("Quarter 2", (225.0, 66.0, 53.4)),
        ("Quarter 3", (231.0, 70.0, 50.1)),
    )),
)  # fmt: skip
YEAR_PERCENT = {"2022/23": 50.0, "2023/24": 52.7}


def build(path: Path) -> Expected:
    """Imitates a housing options dashboard exported from a Power BI matrix visual.

    With the year and quarter both on rows and the hierarchy stepped, the
    export writes each year on its own row with the year's subtotal across the
    measures, its quarters under it ('Quarter 1'...) in the same column, and a
    grand 'Total' at the foot. The quarters are the figures; the year rows
    repeat their sum (and the year's rate for the percentage), and the Total
    spans two years: neither is a period's own figure here.
    """
    book, sheet = new_book("Housing options")
    put_row(sheet, 1, 1, ["Year", *MEASURES], bold=True)
    exp = Expected([])
    r = 2
    grand = [0.0, 0.0]
    for year, quarters in YEARS:
        counts = [sum(v[i] for _, v in quarters) for i in range(2)]
        grand = [g + c for g, c in zip(grand, counts, strict=True)]
        put_row(sheet, r, 1, [year, *counts, YEAR_PERCENT[year]], bold=True)
        r += 1
        for word, values in quarters:
            put_row(sheet, r, 1, [f"    {word}", *values])
            label = f"Q{word[-1]} {year}"
            exp.observations += [
                Obs(None, m, label, v) for m, v in zip(MEASURES, values, strict=True)
            ]
            r += 1
    put_row(sheet, r, 1, ["Total", *grand, 51.6], bold=True)
    sheet.column_dimensions["A"].width = 14
    save(book, path)
    return exp

"""Outturns for four financial years across, next year's target, quartile and England average."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2020/21", "2021/22", "2022/23", "2023/24")

# ref, measure, polarity word, outturns per year, 2024/25 target, quartile, England 2023/24
ROWS: tuple[tuple[object, ...], ...] = (
    ("W1", "Residual household waste per household (kg)", "Smaller is better",
     (512.0, 498.0, 476.0, 469.0), 450.0, "2nd", 502.0),
    ("W2", "Household waste sent for reuse, recycling and composting (%)", "Bigger is better",
     (48.9, 47.2, 46.5, 47.8), 50.0, "2nd", 41.7),
    ("W3", "Municipal waste land filled (%)", "Smaller is better",
     (6.1, 4.9, None, 3.2), 3.0, "Top", 8.0),
    ("W4", "Fly-tipping incidents per 1,000 people", "Smaller is better",
     (14.2, 15.8, 13.9, 12.7), 12.0, "3rd", 18.4),
)  # fmt: skip

POLARITY = {"Smaller is better": "lower_is_better", "Bigger is better": "higher_is_better"}


def build(path: Path) -> Expected:
    """Imitates an annual 'outturn trend' table in a service plan or budget book.

    Service plans show each measure's outturn for several past financial
    years across the page, then the coming year's target (a target for a year
    with no figure yet, so for none of the years shown), the council's
    quartile and the England average. A year the figure was not collected is
    blank.
    """
    book, sheet = new_book("Waste")
    title(sheet, "A1", "Waste and Recycling - Outturn Trends")
    header = ["Ref", "Measure", "Polarity", *(f"{y} Outturn" for y in YEARS), "2024/25 Target",
              "Quartile", "England average 2023/24"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, polarity, outturns, target, quartile, england) in enumerate(ROWS):
        assert isinstance(outturns, tuple)
        put_row(sheet, 4 + i, 1, [ref, name, polarity, *outturns, target, quartile, england])
        for year, value in zip(YEARS, outturns, strict=True):
            if value is not None:
                exp.observations.append(Obs(str(ref), str(name), year, value))
        exp.add_meta(str(ref), str(name), POLARITY[str(polarity)], None)
    save(book, path)
    return exp

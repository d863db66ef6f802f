"""Benchmarking download for many councils: one row per council and indicator, years across."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

AREA = "Fife"
YEARS = ("2019-20", "2020-21", "2021-22", "2022-23")
LABELS = ("2019/20", "2020/21", "2021/22", "2022/23")
COUNCILS = (
    "Aberdeen City",
    "Angus",
    "Dundee City",
    "Falkirk",
    "Fife",
    "Perth & Kinross",
    "Stirling",
)

# code, title, unit (not in the file), base value per year (each council gets a deterministic offset)
INDICATORS: tuple[tuple[str, str, str, tuple[float, ...]], ...] = (
    ("CHN1", "Cost per primary school pupil", "£", (5612.0, 5891.0, 6120.0, 6387.0)),
    ("ENV6", "Percentage of total household waste that is recycled", "%", (45.1, 42.0, 43.3, 44.0)),
    ("CORP6a", "Sickness absence days per teacher", "days", (6.1, 4.2, 5.9, 6.4)),
    ("HSN1b", "Gross rent arrears as a percentage of rent due", "%", (7.3, 8.2, 8.7, 9.6)),
    ("SW1", "Home care costs per hour for people aged 65 or over", "£", (26.8, 28.4, 30.1, 31.9)),
)


def _value(base: float, council: int, year: int) -> float | None:
    if council == 3 and year == 1:
        return None  # a council that did not submit that year
    return round(base * (0.9 + 0.03 * council) + 0.1 * year, 2)


def build(path: Path) -> Expected:
    """Imitates a Local Government Benchmarking Framework (Scotland) data download.

    The LGBF's published data lets a user download indicators for all 32
    councils: one row per council and indicator with the code, its title and
    a column per financial year written '2019-20'; a 'Scotland' row carries
    the national figure; a council with no return that year is left blank.
    The expectation is the reading for one council (--area Fife); the
    Scotland row is a comparator, not an observation.
    """
    book, sheet = new_book("Data")
    title(sheet, "A1", "Local Government Benchmarking Framework - Data download")
    sheet["A2"] = "Source: Improvement Service. Cash figures, not adjusted for inflation."
    put_row(sheet, 4, 1, ["Local Authority", "Indicator Code", "Indicator", *YEARS], bold=True)
    exp = Expected([])
    row = 5
    for code, name, _unit, bases in INDICATORS:
        for c, council in enumerate((*COUNCILS, "Scotland")):
            values = [_value(b, c, y) for y, b in enumerate(bases)]
            put_row(sheet, row, 1, [council, code, name, *values])
            row += 1
            if council == AREA:
                for label, value in zip(LABELS, values, strict=True):
                    if value is not None:
                        exp.observations.append(Obs(code, name, label, value))
    save(book, path)
    return exp

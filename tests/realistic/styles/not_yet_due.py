"""Quarter columns where annual measures say 'Annual measure - reported Q4' or 'Not yet due'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
ANNUAL = "Annual measure - reported Q4"

# code, measure, annual target, Q1, Q2, Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("HS01", "Homelessness cases prevented or relieved", 450.0, 118.0, 231.0, 349.0),
    ("HS02", "Private sector homes improved by council action", 120.0, 31.0, 57.0, 88.0),
    ("HS03", "Tenant satisfaction with repairs (%)", 85.0, ANNUAL, "Not yet due", "Not yet due"),
    ("HS04", "Homes meeting the Decent Homes Standard (%)", 95.0, ANNUAL, ANNUAL, ANNUAL),
    ("HS05", "Average days to re-let empty council homes", 30.0, 34.0, 31.5, 29.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing services quarterly monitoring table with annual measures.

    Quarterly tables also carry measures that are only counted once a year
    (surveys, stock condition). Their quarter cells are filled with words so
    that the row does not look forgotten: 'Annual measure - reported Q4',
    'Not yet due'. The words are kept as what the cell said, not a figure;
    the quarterly measures read as usual.
    """
    book, sheet = new_book("Housing")
    title(sheet, "A1", "Housing Services - Quarter 3 2024/25 monitoring")
    put_row(sheet, 3, 1, ["Code", "Measure", "Annual target", *QUARTERS], bold=True)
    exp = Expected([])
    for r, (code, name, target, *quarters) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [code, name, target, *quarters])
        t = float(str(target))
        for period, value in zip(QUARTERS, quarters, strict=True):
            if isinstance(value, float):
                exp.observations.append(Obs(str(code), str(name), period, value, None, t))
            else:
                exp.observations.append(Obs(str(code), str(name), period, None, str(value), t))
    save(book, path)
    return exp

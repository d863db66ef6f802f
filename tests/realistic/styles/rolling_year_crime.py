"""Community safety figures by calendar year and 'rolling 12 months to' periods."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

# heading, canonical label
PERIODS = (("2022", "2022"), ("2023", "2023"), ("12 months to Sep 2024", "Oct 2023\u2013Sep 2024"))

# crime type, values per period, % change written as text
ROWS: tuple[tuple[object, ...], ...] = (
    ("Burglary (residential)", (812.0, 774.0, 701.0), "-9.4%"),
    ("Vehicle crime", (1390.0, 1452.0, 1318.0), "-9.2%"),
    ("Violence with injury", (2211.0, 2340.0, 2402.0), "+2.6%"),
    ("Criminal damage and arson", (1704.0, 1620.0, 1588.0), "-2.0%"),
    ("Shoplifting", (988.0, 1301.0, 1676.0), "+28.8%"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a community safety partnership's recorded crime table.

    Police-recorded crime comes to partnerships by calendar year and as a
    rolling twelve months to the latest month ('12 months to Sep 2024'),
    with the change written as text. Offences are counts; there are no
    targets. The rolling period is October 2023 to September 2024.
    """
    book, sheet = new_book("Recorded Crime")
    title(sheet, "A1", "Community Safety Partnership - Police Recorded Crime")
    put_row(sheet, 3, 1, ["Crime type", *(h for h, _ in PERIODS), "Change on 2023"], bold=True)
    exp = Expected([])
    for r, (name, values, change) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 4 + r, 1, [name, *values, change])
        for (_, label), value in zip(PERIODS, values, strict=True):
            exp.observations.append(Obs(None, str(name), label, value))
    sheet["A10"] = "Source: Police recorded crime. Figures are provisional and may change."
    save(book, path)
    return exp

"""A download with one sheet per indicator: areas down, years across, the indicator named in A1."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.realistic.kit import BOLD, Expected, Obs, put_row, save

AREA = "Slough"
YEARS = ("2020", "2021", "2022", "2023")

# sheet name, indicator title, unit line, values by area (None = not published)
SHEETS: tuple[tuple[str, str, str, dict[str, tuple[float | None, ...]]], ...] = (
    ("CLA rate", "Children looked after rate, per 10,000 children aged under 18 (at 31 March)",
     "Rate per 10,000",
     {"England": (67.0, 67.0, 70.0, 71.0), "South East": (53.0, 54.0, 57.0, 58.0),
      "Statistical neighbours": (55.9, 57.0, 58.1, 60.2), AREA: (47.0, 49.0, 52.0, 55.0),
      "Reading": (60.0, 62.0, 66.0, 64.0), "Luton": (55.0, None, 58.0, 61.0)}),
    ("CIN rate", "Children in need rate, per 10,000 children aged under 18 (at 31 March)",
     "Rate per 10,000",
     {"England": (324.0, 321.0, 343.0, 342.0), "South East": (291.0, 285.0, 303.0, 306.0),
      "Statistical neighbours": (330.4, 327.8, 350.2, 349.0), AREA: (351.0, 338.0, 362.0, None),
      "Reading": (389.0, 377.0, 402.0, 398.0), "Luton": (402.0, 388.0, 415.0, 420.0)}),
    ("CP rate", "Children subject of a child protection plan, rate per 10,000 (at 31 March)",
     "Rate per 10,000",
     {"England": (41.4, 41.4, 42.1, 41.6), "South East": (37.0, 36.5, 38.2, 37.9),
      "Statistical neighbours": (43.0, 42.2, 44.8, 45.1), AREA: (44.1, 40.2, 46.8, 43.3),
      "Reading": (51.0, 49.3, 47.7, 45.0), "Luton": (39.8, 41.0, 43.6, 44.2)}),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services benchmarking download with a sheet per indicator.

    Benchmarking tools such as the DfE's Local Authority Interactive Tool let
    a user download one indicator at a time; officers then gather the
    downloads into one workbook, a sheet per indicator. Each sheet names the
    indicator in A1 and its unit in A2, then lists England, the region, the
    statistical-neighbour average and the councils down the side with the
    years ('2020' meaning at 31 March 2020) across. The reading is for
    --area Slough, by calendar year as the headings say.
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    exp = Expected([])
    for sheet_name, name, unit, rows in SHEETS:
        sheet = book.create_sheet(sheet_name)
        sheet["A1"] = name
        sheet["A1"].font = BOLD
        sheet["A2"] = unit
        put_row(sheet, 4, 1, ["Area", *YEARS], bold=True)
        for r, (area, values) in enumerate(rows.items()):
            put_row(sheet, 5 + r, 1, [area, *values])
            if area == AREA:
                for year, value in zip(YEARS, values, strict=True):
                    if value is not None:
                        exp.observations.append(Obs(None, name, year, value))
        exp.add_meta(None, name, None, "rate")
    save(book, path)
    return exp

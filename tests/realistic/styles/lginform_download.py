"""LG Inform chart download: a block per metric, periods down, areas across (council, region, England)."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import BOLD, Expected, Obs, new_book, put_row, save

AREA = "Wokingham"
AREAS = (AREA, "Bracknell Forest", "West Berkshire", "South East", "England")

# metric id, metric title, unit, [(period heading, canonical label, values per area)]
METRICS: tuple[tuple[object, ...], ...] = (
    ("4064", "Percentage of household waste sent for reuse, recycling or composting", "%",
     (("2020/21", "2020/21", (53.2, 46.1, 49.9, 44.6, 42.3)),
      ("2021/22", "2021/22", (52.7, 45.0, 50.8, 44.9, 42.5)),
      ("2022/23", "2022/23", (51.9, 44.2, 49.1, 44.1, 41.7)))),
    ("2138", "16 to 17 year olds not in education, employment or training (NEET) or activity not known", "%",
     (("Mar 2021", "Mar 2021", (3.9, 4.8, 4.1, 5.6, 5.5)),
      ("Mar 2022", "Mar 2022", (4.4, 5.1, 4.6, 5.9, 4.7)),
      ("Mar 2023", "Mar 2023", (3.6, 4.9, None, 5.6, 5.2)))),
    ("119", "Number of households in temporary accommodation", "Number",
     (("Q1 2023/24", "Q1 2023/24", (67.0, 133.0, 212.0, None, None)),
      ("Q2 2023/24", "Q2 2023/24", (71.0, 129.0, 220.0, None, None)))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates the Excel download of an LG Inform (Local Government Association) report.

    LG Inform reports download one block per metric: the metric's title and
    id, a 'Period' column going down, one column per area (the council, its
    nearest neighbours, the region, England), the unit given once beside the
    title, and a source line under each block. The reading is for one council
    (--area Wokingham); the other areas are comparators.
    """
    book, sheet = new_book("Report data")
    sheet["A1"] = "LG Inform report: Environment and young people - Wokingham"
    sheet["A1"].font = BOLD
    sheet["A2"] = "Downloaded on 12/11/2024"
    exp = Expected([])
    row = 4
    for metric_id, name, unit, periods in METRICS:
        sheet.cell(row=row, column=1, value=f"{name} (metric id {metric_id})").font = BOLD
        sheet.cell(row=row + 1, column=1, value=f"Unit: {unit}")
        put_row(sheet, row + 2, 1, ["Period", *AREAS], bold=True)
        row += 3
        assert isinstance(periods, tuple)
        for heading, label, values in periods:
            put_row(sheet, row, 1, [heading, *values])
            if values[0] is not None:
                exp.observations.append(Obs(None, str(name), label, values[0]))
            row += 1
        sheet.cell(row=row, column=1, value="Source: LG Inform, Local Government Association")
        exp.add_meta(None, str(name), None, "%" if unit == "%" else "number")
        row += 2
    save(book, path)
    return exp

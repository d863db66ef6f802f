"""Tidy data-warehouse extract: Year and Quarter columns, a 'Measure Type' of Actual or Target."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save

# kpi id, kpi, [(year, quarter, actual, target)]
KPIS: tuple[tuple[object, ...], ...] = (
    ("K101", "Average days to relet local authority housing", (("2024/25", "Q1", 34.0, 30.0), ("2024/25", "Q2", 29.0, 30.0))),
    ("K102", "Rent collected as a percentage of rent due", (("2024/25", "Q1", 96.8, 98.0), ("2024/25", "Q2", 97.6, 98.0))),
    ("K103", "Gas safety certificates in date (%)", (("2024/25", "Q1", 99.7, 100.0), ("2024/25", "Q2", 100.0, 100.0))),
    ("K104", "Anti-social behaviour cases closed", (("2024/25", "Q1", 57.0, None), ("2024/25", "Q2", 64.0, None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a 'tidy' extract from a council data warehouse or SQL report.

    Reporting teams pulling from a warehouse give one value per row: KPI id
    and name, Year and Quarter in separate columns, a 'Measure Type' saying
    whether the row is the Actual or the Target, and the Value. A KPI without
    a target simply has no Target rows. Rows come sorted by type, not by KPI.
    """
    book, sheet = new_book("Extract")
    put_row(
        sheet, 1, 1, ["KPI_ID", "KPI_Name", "Year", "Quarter", "Measure_Type", "Value"], bold=True
    )
    rows: list[list[object]] = []
    exp = Expected([])
    for kid, name, points in KPIS:
        assert isinstance(points, tuple)
        for year, quarter, actual, target in points:
            rows.append([kid, name, year, quarter, "Actual", actual])
            if target is not None:
                rows.append([kid, name, year, quarter, "Target", target])
            exp.observations.append(
                Obs(str(kid), str(name), f"{quarter} {year}", actual, None, target)
            )
    rows.sort(key=lambda r: (str(r[4]), str(r[0]), str(r[3])))
    for r, row in enumerate(rows):
        put_row(sheet, 2 + r, 1, row)
    save(book, path)
    return exp

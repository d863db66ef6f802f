"""A Qlik Sense table exported to Excel: field-name headings, long rows, the Totals row first, '-' for nulls."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

RAG: dict[str, Rag | None] = {"Red": "red", "Amber": "amber", "Green": "green", "-": None}
NULL = "-"

# directorate, KPI ref, KPI name, target per financial year, [(year, quarter, actual, RAG)]
KPIS: tuple[tuple[object, ...], ...] = (
    ("Communities", "COM-03", "Anti-social behaviour cases closed within 60 days (%)",
     {"2023/24": 80.0, "2024/25": 85.0},
     (("2023/24", "Q4", 78.6, "Amber"), ("2024/25", "Q1", 84.2, "Amber"), ("2024/25", "Q2", 87.9, "Green"))),
    ("Communities", "COM-07", "Library visits (physical and virtual)",
     {"2023/24": 150000.0, "2024/25": 155000.0},
     (("2023/24", "Q4", 148204.0, "Amber"), ("2024/25", "Q1", 161377.0, "Green"), ("2024/25", "Q2", NULL, "-"))),
    ("Place", "PLA-01", "Major planning applications determined in time (%)",
     {"2023/24": 60.0, "2024/25": 60.0},
     (("2023/24", "Q4", 87.5, "Green"), ("2024/25", "Q1", 100.0, "Green"), ("2024/25", "Q2", 75.0, "Green"))),
    ("Place", "PLA-04", "Household waste recycled and composted (%)",
     {"2023/24": 50.0, "2024/25": 50.0},
     (("2023/24", "Q4", 41.9, "Red"), ("2024/25", "Q1", 49.3, "Amber"), ("2024/25", "Q2", 52.8, "Green"))),
    ("Place", "PLA-09", "Residual household waste per household (kg)",
     {"2023/24": 120.0, "2024/25": 115.0},
     (("2023/24", "Q4", 118.4, "Green"), ("2024/25", "Q1", 124.1, "Amber"), ("2024/25", "Q2", 119.7, "Amber"))),
    ("Resources", "RES-02", "Council tax collected in year (cumulative %)",
     {"2023/24": 97.0, "2024/25": 97.0},
     (("2023/24", "Q4", 96.4, "Amber"), ("2024/25", "Q1", 29.1, "-"), ("2024/25", "Q2", 56.8, "-"))),
    ("Resources", "RES-05", "Working days lost to sickness per FTE (rolling 12 months)",
     {"2024/25": 8.5},
     (("2023/24", "Q4", 9.42, "-"), ("2024/25", "Q1", 9.15, "Amber"), ("2024/25", "Q2", 8.77, "Amber"))),
    ("Resources", "RES-11", "Freedom of Information requests answered within 20 working days (%)",
     {"2023/24": 90.0, "2024/25": 90.0},
     (("2023/24", "Q4", 83.0, "Red"), ("2024/25", "Q1", 91.4, "Green"), ("2024/25", "Q2", 88.6, "Amber"))),
)  # fmt: skip

HEADER = (
    "Directorate",
    "KPI Ref",
    "KPI Name",
    "Financial Year",
    "Quarter",
    "Actual",
    "Target",
    "RAG Status",
)


def build(path: Path) -> Expected:
    """Imitates a council performance app in Qlik Sense, its table downloaded as data.

    'Download as... Data' from a Qlik Sense table object gives an .xlsx with
    no title: the field and measure labels as headings ('KPI Name',
    'Financial Year', 'Quarter', 'Actual', 'Target', 'RAG Status'), one row
    per KPI and quarter, and the table's Totals row placed where Qlik shows
    it, first under the headings, adding up every KPI's actuals and targets.
    Qlik writes its null symbol '-' where a value is missing: a quarter not
    yet reported, a year with no target set, a quarter not rated. A careful
    reader skips the Totals row (a sum of unlike measures, not an
    indicator), joins year and quarter ('Q1' of '2024/25' is Q1 2024/25),
    takes an actual '-' as the cell's text with no figure, and a target or
    RAG '-' as none.
    """
    book, sheet = new_book("Sheet1")
    put_row(sheet, 1, 1, list(HEADER), bold=True)
    exp = Expected([])
    rows: list[list[object]] = []
    for directorate, ref, name, targets, points in KPIS:
        assert isinstance(targets, dict) and isinstance(points, tuple)
        for year, quarter, actual, rag in points:
            target = targets.get(year)
            rows.append([directorate, ref, name, year, quarter, actual,
                         NULL if target is None else target, rag])  # fmt: skip
            number = actual if isinstance(actual, float) else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    f"{quarter} {year}",
                    number,
                    None if number is not None else str(actual),
                    target,
                    RAG[rag],
                )
            )
    actual_total = sum(float(r[5]) for r in rows if isinstance(r[5], float))
    target_total = sum(float(r[6]) for r in rows if isinstance(r[6], float))
    put_row(sheet, 2, 1, ["Totals", None, None, None, None, round(actual_total, 2), target_total])
    for i, row in enumerate(rows):
        put_row(sheet, 3 + i, 1, row)
    save(book, path)
    return exp

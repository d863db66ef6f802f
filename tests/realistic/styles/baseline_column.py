"""Outcome measures with a 'Baseline (2021/22)' column, yearly outturns and a dated target."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"On track": "green", "Some slippage": "amber", "Off track": "red"}

# ref, measure, baseline 2021/22, 2022/23, 2023/24, 2024/25 actual, 2024/25 target, 2027/28 ambition, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP1.1", "Residents who feel safe in their local area after dark (%)", 61.0, 63.0, 62.0, 66.0, 65.0, 70.0, "On track"),
    ("CP1.2", "Carbon emissions from council buildings (tonnes CO2e)", 9840.0, 9310.0, 8770.0, 8450.0, 8000.0, 6500.0, "Some slippage"),
    ("CP2.1", "Young people not in education, employment or training (%)", 4.8, 4.5, 4.9, 5.2, 4.2, 3.5, "Off track"),
    ("CP2.2", "New affordable homes delivered", 212.0, 247.0, 198.0, 260.0, 250.0, 300.0, "On track"),
    ("CP3.1", "Adults physically active for 150 minutes a week (%)", None, 62.4, 63.1, 64.0, 64.0, 67.0, "On track"),
)  # fmt: skip

YEARS = ("2021/22", "2022/23", "2023/24", "2024/25")


def build(path: Path) -> Expected:
    """Imitates a corporate plan outcomes table measured against a baseline year.

    Corporate plans set a baseline when the plan starts ('Baseline
    (2021/22)'), report each year's outturn beside it, and carry a target for
    the current year and a longer-term ambition. The baseline is the figure for
    its year; the '2024/25 Target' heading names its year, so it is that year's
    target only, and the 2027/28 ambition is a target with no figure yet.
    A measure added later has no baseline.
    """
    book, sheet = new_book("Outcomes")
    title(sheet, "A1", "Corporate Plan 2022-2027: Outcome Measures - Annual Report 2024/25")
    header = ["Ref", "Outcome measure", "Baseline (2021/22)", "2022/23", "2023/24",
              "2024/25 Actual", "2024/25 Target", "2027/28 Ambition", "Status"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, base, y2, y3, y4, target, _ambition, status) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, base, y2, y3, y4, target, _ambition, status])
        for year, value in zip(YEARS, (base, y2, y3, y4), strict=True):
            if value is None:
                continue
            last = year == YEARS[-1]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    year,
                    float(str(value)),
                    None,
                    float(str(target)) if last else None,
                    STATUS[str(status)] if last else None,
                )
            )
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp

"""Corporate plan measures: a 'Baseline (2019/20)' column, two outturn years, a year's target."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

# measure, baseline 2019/20, 2022/23, 2023/24, target 2024/25, 2024/25 (blank: not yet known)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Residents who feel safe outside after dark (%)", 71.0, 68.0, 69.5, 72.0, None),
    ("Households in temporary accommodation", 212.0, 298.0, 341.0, 300.0, None),
    ("Pupils attending a good or outstanding school (%)", 84.0, 88.0, 90.1, 90.0, 91.3),
    ("Carbon emissions from council buildings (tonnes CO2e)", 5120.0, 4410.0, 4180.0, 3900.0, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates the outcome measures table of a council corporate plan.

    Corporate plans (four-year plans) measure progress from a baseline year
    written into the heading ('Baseline (2019/20)'), report the latest
    outturns and carry a target for the current year; the current year's
    column is filled only where the figure is already known. The baseline
    is that year's figure; the 2024/25 target belongs to 2024/25 only.
    """
    book, sheet = new_book("Outcome measures")
    title(sheet, "A1", "Council Plan 2020-2024: how we measure progress")
    header = ["Measure", "Baseline (2019/20)", "2022/23", "2023/24", "Target 2024/25",
              "2024/25"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for r, (name, base, y22, y23, target, y24) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [name, base, y22, y23, target, y24])
        exp.observations += [
            Obs(None, str(name), "2019/20", float(str(base))),
            Obs(None, str(name), "2022/23", float(str(y22))),
            Obs(None, str(name), "2023/24", float(str(y23))),
        ]
        if y24 is not None:
            exp.observations.append(
                Obs(None, str(name), "2024/25", float(str(y24)), None, float(str(target)))
            )
    save(book, path)
    return exp

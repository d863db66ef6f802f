"""Doubtful: targets written as a direction ('Increase', 'Reduce', 'Top quartile') with no number."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2022/23", "2023/24")

# ref, indicator, target as written, (number or None), 2022/23, 2023/24
ROWS: tuple[tuple[object, ...], ...] = (
    ("HW1", "Healthy life expectancy at birth - females (years)", "Increase", None, 62.1, 62.6),
    ("HW2", "Adults who smoke (%)", "Reduce", None, 13.2, 12.1),
    ("HW3", "Children in year 6 who are overweight or obese (%)", "Reduce to 33%", 33.0, 36.4, 35.8),
    ("HW4", "NHS Health Checks offered that were taken up (%)", "Top quartile", None, 41.0, 44.5),
    ("HW5", "Successful completions of drug treatment - opiate (%)", "6.0", 6.0, 5.1, 5.6),
    ("HW6", "Under-18 conception rate per 1,000 females", "Maintain below England", None, 12.4, 11.9),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a health and wellbeing board outcomes framework.

    Outcome frameworks often state a target as a direction of travel
    ('Increase', 'Reduce', 'Maintain below England') or a position ('Top
    quartile') rather than a number, beside a few numeric ones, all in one
    Target column typed as text. Such a target has no number to store and
    must not vanish silently: the file goes to review at the first one (C4).
    """
    book, sheet = new_book("Outcomes Framework")
    title(sheet, "A1", "Health and Wellbeing Strategy - Outcomes Framework (annual update)")
    put_row(sheet, 3, 1, ["Ref", "Indicator", "Target", *YEARS], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Outcomes Framework!C4"])
    for i, (ref, name, written, number, y1, y2) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, written, y1, y2])
        t = None if number is None else float(str(number))
        for year, value in zip(YEARS, (y1, y2), strict=True):
            exp.observations.append(Obs(str(ref), str(name), year, float(str(value)), None, t))
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp

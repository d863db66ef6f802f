"""Rates with lower and upper confidence limits beside them, and an England column."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

# indicator, period as printed, period label, rate, lower CI, upper CI, England
ROWS: tuple[tuple[object, ...], ...] = (
    ("Under 75 mortality rate from cardiovascular disease (per 100,000)", "2023", "2023",
     82.6, 74.1, 91.8, 77.1),
    ("Hospital admissions due to falls, aged 65+ (per 100,000)", "2022/23", "2022/23",
     2143.0, 2031.5, 2259.2, 1933.0),
    ("Hospital admissions due to falls, aged 65+ (per 100,000)", "2023/24", "2023/24",
     2088.4, 1978.0, 2202.1, 1984.0),
    ("Smoking prevalence in adults (18+) (%)", "2023", "2023", 13.9, 11.2, 16.6, 11.6),
    ("Suicide rate (per 100,000)", "2021 - 23", "2021\u20132023", 11.8, 9.4, 14.6, 10.7),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a health and wellbeing board outcomes table from a JSNA.

    Public health teams copy rates from the public health outcomes
    framework into their own table: one row per indicator and period, the
    rate, its 95% lower and upper confidence limits and the England value.
    The confidence limits are not the indicator's value and not targets; a
    careful reader takes the rate for each period (England as comparator).
    """
    book, sheet = new_book("Outcomes")
    title(sheet, "A1", "Health and Wellbeing Board - outcomes summary")
    header = ["Indicator", "Time period", "Rate", "Lower CI", "Upper CI", "England"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for r, (name, shown, label, rate, low, high, england) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [name, shown, rate, low, high, england])
        exp.observations.append(Obs(None, str(name), str(label), float(str(rate))))
    save(book, path)
    return exp

"""Public health rates with their 95% confidence limits beside each year's value."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

YEARS = ("2021/22", "2022/23")

# indicator, unit note, (value, lower CI, upper CI) per year, England latest
ROWS: tuple[tuple[object, ...], ...] = (
    ("Emergency hospital admissions for intentional self-harm (per 100,000)",
     (182.4, 168.9, 196.7), (171.0, 158.1, 184.6), 126.3),
    ("Hip fractures in people aged 65 and over (per 100,000)",
     (541.2, 498.3, 586.9), (566.8, 522.7, 613.4), 558.0),
    ("Admission episodes for alcohol-specific conditions (per 100,000)",
     (712.5, 680.2, 745.8), (698.1, 666.4, 730.9), 626.0),
    ("Smoking status at time of delivery (%)",
     (10.8, 9.6, 12.1), (9.7, 8.6, 10.9), 8.8),
    ("Under 75 mortality rate from cardiovascular disease (per 100,000)",
     (88.3, 79.2, 98.1), (84.6, 75.8, 94.1), 77.1),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a joint public health outcomes summary taken to a health scrutiny committee.

    Public health teams copy rates from the Public Health Outcomes Framework
    with their 95% confidence limits: each year is a heading merged over three
    sub-columns, 'Value', 'Lower CI' and 'Upper CI'. Only the value is the
    year's figure; the limits say how sure it is. England's latest value is a
    comparator. Indicators have no codes.
    """
    book, sheet = new_book("Outcomes")
    title(sheet, "A1", "Public Health Outcomes - Summary for Health Scrutiny Committee")
    merge(sheet, "B3:D3", YEARS[0])
    merge(sheet, "E3:G3", YEARS[1])
    header = ["Indicator"] + ["Value", "Lower CI", "Upper CI"] * 2 + ["England 2022/23"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (name, first, second, england) in enumerate(ROWS):
        assert isinstance(first, tuple) and isinstance(second, tuple)
        put_row(sheet, 5 + i, 1, [name, *first, *second, england])
        for year, triple in zip(YEARS, (first, second), strict=True):
            exp.observations.append(Obs(None, str(name), year, float(triple[0])))
    sheet.cell(row=6 + len(ROWS), column=1,
               value="Lower CI / Upper CI: 95% confidence limits. Source: OHID Fingertips.")  # fmt: skip
    sheet.column_dimensions["A"].width = 70
    save(book, path)
    return exp

"""No RAG column: a 'Target met?' column typed Y/N, Yes/No, blank for measures without a target."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, title

SHEET = "Housing KPIs"
MET: dict[str, Rag] = {"Y": "green", "Yes": "green", "N": "red", "No": "red"}

# code, indicator, 2023/24 outturn, Q1 2024/25, Q2 2024/25, target 2024/25, target met?
ROWS: tuple[tuple[object, ...], ...] = (
    ("HS01", "Rent collected as a proportion of rent due (%)", 99.1, 97.6, 98.9, 99.0, "N"),
    ("HS02", "Current tenant rent arrears as a proportion of annual rent debit (%)", 2.14, 2.38, 2.21, 2.25, "Y"),
    ("HS03", "Average days to re-let a general needs home (key to key)", 28.4, 31.0, 26.5, 28.0, "Yes"),
    ("HS04", "Emergency repairs attended within 24 hours (%)", 99.4, 99.7, 99.8, 99.0, "Y"),
    ("HS05", "Non-emergency repairs completed within target timescale (%)", 88.0, 84.6, 86.1, 90.0, "No"),
    ("HS06", "Homes with a valid gas safety certificate (%)", 99.97, 100.0, 99.94, 100.0, "N"),
    ("HS07", "Homes that do not meet the Decent Homes Standard (%)", 3.1, 2.9, 2.7, 2.5, "N"),
    ("HS08", "Anti-social behaviour cases opened per 1,000 homes", 41.2, 10.8, 11.9, "Contextual", None),
    ("HS09", "Households on the housing register", 3584, 3617, 3702, "Contextual", None),
    ("HS10", "Tenancy sustainment: new tenancies still in place after 12 months (%)", 91.5, 92.4, 93.0, 92.0, "Yes"),
    ("HS11", "Stage 1 complaints responded to within 10 working days (%)", 79.0, 86.2, None, 95.0, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council landlord's half-year housing performance report to a tenants' panel.

    There is no RAG column: after the 2023/24 outturn, the two quarters of
    2024/25 and the 'Target 2024/25' column comes 'Target met?', typed by
    hand as Y or N, sometimes Yes or No, about the latest quarter. Measures
    kept for context have 'Contextual' where the target would be and a blank
    'Target met?'. One measure's Q2 figure is still being validated.

    A careful reader takes 'Target met?' as the latest quarter's published
    rating, met (green) or not met (red), as 'Achieved'/'Not achieved' is
    read elsewhere. The 2024/25 target applies to the two 2024/25 quarters,
    not to the 2023/24 outturn.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Newark and Sherwood District Council \u2013 Housing Services Performance")
    sheet["A2"] = "Tenant Engagement Board \u2013 half year to 30 September 2024"
    header = [
        "Code", "Indicator", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
        "Target 2024/25", "Target met?",
    ]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, year, q1, q2, target, met) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [code, name, year, q1, q2, target, met])
        c, n, t = str(code), str(name), num(target)
        exp.observations.append(Obs(c, n, "2023/24", float(str(year))))
        quarters = [
            Obs(c, n, period, float(str(v)), None, t)
            for period, v in (("Q1 2024/25", q1), ("Q2 2024/25", q2))
            if v is not None
        ]
        if met is not None:
            quarters[-1] = replace(quarters[-1], rag=MET[str(met)])
        exp.observations += quarters
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Target met? refers to the most recent quarter. Contextual measures have no target.",
    ).font = Font(italic=True, size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="HS11: Q2 figure being validated after the move to the new complaints system.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 68
    save(book, path)
    return exp

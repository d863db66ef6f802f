"""Doubtful: targets written relative to something else ('Better than last year', 'Maintain', 'Top quartile') beside numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, title

SHEET = "Outcomes 2024-25"
FIRST_ROW = 5
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# ref, indicator, 2023/24, 2024/25, target 2024/25 as written, status (2024/25), source
ROWS: tuple[tuple[object, ...], ...] = (
    ("PHO-01", "Adults who smoke (%)", 12.8, 11.6, 12.0, "Green", "Annual Population Survey"),
    ("PHO-02", "Adults who are physically active (%)", 64.9, 66.3, "Better than last year", "Green", "Active Lives Survey"),
    ("PHO-03", "Reception children who are overweight or obese (%)", 20.1, 20.4, "Maintain", "Amber", "National Child Measurement Programme"),
    ("PHO-04", "Year 6 children who are overweight or obese (%)", 34.2, 33.1, 35.0, "Green", "National Child Measurement Programme"),
    ("PHO-05", "Successful completion of drug treatment - non-opiate (%)", 29.4, 27.8, "Improve on 2023/24", "Red", "NDTMS"),
    ("PHO-06", "Under-18 conceptions per 1,000 females aged 15-17", 13.9, 12.7, "Below England average", "Green", "ONS conception statistics"),
    ("PHO-07", "Eligible people who received an NHS Health Check (%)", 31.5, 38.2, 40.0, "Amber", "Local commissioning data"),
    ("PHO-08", "Breastfeeding at 6-8 weeks (%)", 47.3, 49.0, "Top quartile", "Amber", "OHID child and maternal health"),
    ("PHO-09", "Chlamydia detection rate per 100,000 aged 15-24", 1612, 1744, 2300, "Red", "UKHSA CTAD"),
    ("PHO-10", "Suicide rate per 100,000 (three-year average)", 10.6, 10.9, "Maintain or reduce", "Amber", "ONS"),
)  # fmt: skip

WORDS = [f"{SHEET}!E{FIRST_ROW + i}" for i, r in enumerate(ROWS) if isinstance(r[4], str)]


def build(path: Path) -> Expected:
    """Imitates a county council's annual public health outcomes report to health scrutiny.

    Outcome frameworks keep numeric targets only where a service is
    commissioned against one; elsewhere the 'Target 2024/25' cell says how
    the result should move against something else: 'Better than last year',
    'Maintain', 'Improve on 2023/24', 'Below England average', 'Top
    quartile', 'Maintain or reduce'. None of them prints the number it is
    relative to (the England average and the quartile boundary are not on
    the sheet, and 'last year' leaves open whether the 2023/24 figure is the
    target or only the line to beat). The status column is the team's own
    judgement for 2024/25.

    A careful reader takes both years' outturns, the numeric targets for
    2024/25 only (the heading names that year) and the statuses for 2024/25,
    but the worded targets have no value the store could keep, so importing
    would leave those indicators looking as if they had no target at all.
    The file goes to review at each worded target; the observations are what
    --accept should give, with no target where the words stood.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Oxfordshire County Council - Public Health Outcomes Report 2024/25")
    sheet["A2"] = (
        "Joint Health Overview and Scrutiny Committee, 12 June 2025. Latest published data at 30 April 2025."
    )
    header = ["Ref", "Indicator", "2023/24", "2024/25", "Target 2024/25", "Status", "Source"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([], status="needs_review", review_cells=WORDS)
    for i, (ref, name, last, this, target, status, source) in enumerate(ROWS):
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, last, this, target, status, source])
        sheet.cell(row=row, column=5).alignment = Alignment(horizontal="center", wrap_text=True)
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, "2023/24", float(str(last))))
        exp.observations.append(
            Obs(code, nm, "2024/25", float(str(this)), None, num(target), RAG[str(status)])
        )
    note = FIRST_ROW + len(ROWS) + 1
    sheet.cell(
        row=note,
        column=1,
        value="Status is the public health team's assessment of 2024/25 against the target or the direction stated.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["E"].width = 24
    sheet.column_dimensions["G"].width = 34
    save(book, path)
    return exp

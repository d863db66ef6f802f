"""A coded KPI table where several rows have no code, one says 'TBC' and one 'new'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Environment KPIs"
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
NOT_CODES = {"", "TBC", "new"}  # what stands in the code cell of a measure with no code yet

# KPI code ('' = blank cell), indicator, 2023/24 outturn, Q1, Q2, Q3, target, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", 51.3, 53.8, 54.9, 49.6, 52, "A"),
    ("ENV02", "Residual household waste per household per week (kg)", 8.6, 8.3, 8.1, 8.7, 8.5, "A"),
    ("ENV03", "Missed collections per 100,000 collections", 46, 39, 44, 58, 50, "R"),
    ("ENV04", "Fly-tips removed within 5 working days (%)", 92.1, 95.5, 96.2, 97.0, 95, "G"),
    ("", "Garden waste subscriptions sold", None, 18_240, 19_015, 19_102, 18_500, "G"),
    ("ENV06", "Relevant land with unacceptable levels of litter (%)", 6.8, 5.9, 7.4, 6.1, 6.0, "A"),
    ("TBC", "Abandoned vehicle reports investigated within 24 hours (%)", None, 81.0, 86.5, 90.3, 90, "G"),
    ("ENV08", "Dog fouling reports responded to within 2 working days (%)", 88.0, 90.5, 84.0, 79.5, 90, "R"),
    ("new", "Public electric vehicle charge points installed (cumulative)", None, 12, 18, 26, 40, "R"),
    ("", "Trees planted on council land", 1_450, 0, 35, 2_180, None, None),
    ("", "Public toilets open as scheduled (%)", 97.8, 98.2, 96.9, 99.1, 98, "G"),
    ("ENV12", "Parks and open spaces inspections completed on time (%)", 93.4, 91.0, 94.6, 95.8, 95, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's environment and neighbourhoods KPI table.

    Most measures carry a corporate KPI code, but the ones added this year
    (garden waste subscriptions, trees planted, public toilets) and the local
    measures have an empty code cell, one awaiting a code says 'TBC' and one
    says 'new'; the codes left behind have gaps (no ENV05, ENV07). New
    measures have no 2023/24 outturn. Trees planted has no target or RAG
    (the planting season is November to March).

    A careful reader takes 'TBC' and 'new' as saying the measure has no
    code yet, so those rows, like the blank ones, are known by their names;
    the single target applies to the outturn and the quarters, the RAG to
    Q3 2024/25.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Environment and Neighbourhoods - Key Performance Indicators 2024/25")
    sheet["A2"] = "Quarter 3 (October - December 2024). Communities Overview and Scrutiny Panel."
    head = ["KPI code", "Key performance indicator", "2023/24 outturn",
            "Q1 24/25", "Q2 24/25", "Q3 24/25", "Target", "RAG"]  # fmt: skip
    put_row(sheet, 4, 1, head, bold=True)
    exp = Expected([])
    for i, (code, name, *values, target, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code or None, name, *values, target, rag])
        for col in (3, 4, 5, 6, 7):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        known = None if code in NOT_CODES else str(code)
        t = float(str(target)) if target is not None else None
        exp.observations += observed(known, str(name), PERIODS, values, t, RAG.get(str(rag)))
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Measures without a KPI code are local measures or were added in 2024/25; "
        "codes will be assigned when the corporate KPI set is refreshed in April.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp

"""Each indicator's name merged down over two rows, a 'Number' row and a '%' or 'Rate per 10,000' row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
HEADINGS = ("Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
UNIT = {"Number": "number", "%": "%", "Rate per 10,000": "rate"}

# section heading, or (indicator, [(measure, four quarters, target, statistical neighbours, RAG)])
Measure = tuple[str, tuple[object, ...], float | None, float | None, str | None]
TABLE: tuple[str | tuple[str, tuple[Measure, Measure]], ...] = (
    "Children in need and child protection",
    ("Children in need", (
        ("Number", (2411, 2380, 2452, 2503), None, None, None),
        ("Rate per 10,000", (372.1, 367.3, 378.4, 386.3), None, 395.0, None),
    )),
    ("Children subject to a child protection plan", (
        ("Number", (362, 341, 355, 372), None, None, None),
        ("Rate per 10,000", (55.9, 52.6, 54.8, 57.4), None, 51.7, None),
    )),
    ("Re-referrals to children's social care within 12 months", (
        ("Number", (201, 188, 176, 194), None, None, None),
        ("%", (22.4, 21.1, 19.6, 20.8), 20.0, 21.5, "Amber"),
    )),
    ("Child protection plans ceasing after 2 years or more", (
        ("Number", (6, 4, 3, 7), None, None, None),
        ("%", (5.1, 3.8, 2.9, 6.3), 4.0, 3.2, "Red"),
    )),
    ("Assessments completed within 45 working days", (
        ("Number", (702, 688, 731, 760), None, None, None),
        ("%", (84.5, 86.0, 88.2, 90.1), 85.0, 83.0, "Green"),
    )),
    "Children in care and care leavers",
    ("Children looked after", (
        ("Number", (812, 806, 799, 791), None, None, None),
        ("Rate per 10,000", (125.3, 124.4, 123.3, 122.1), 120.0, 98.0, "Amber"),
    )),
    ("Care leavers aged 19-21 in suitable accommodation", (
        ("Number", (214, 219, 222, None), None, None, None),
        ("%", (88.1, 89.4, 90.2, None), 90.0, 88.0, "Green"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services quarterly performance table for a scrutiny committee.

    Children's services tables often give each indicator two rows: the count
    and the rate per 10,000 children (or the number and the percentage),
    with the indicator's name merged down over both and a 'Measure' column
    saying which row is which. The target, the statistical neighbours'
    average and the RAG are printed on the rate or percentage row only. A
    careful reader takes each row as a measure of its own, named by the
    merged name and the row's measure ('Children in need (Number)',
    'Children in need (Rate per 10,000)'), reads the unit from the Measure
    column, applies the target (headed 2024/25) to the quarters of 2024/25
    only and the RAG to the row's latest quarter; the neighbours' figure is
    a comparator. The care leavers' Q2 return is not in yet, so their RAG
    is for Q1. The merged section headings are not indicators.
    """
    book, sheet = new_book("Quarterly KPIs")
    title(sheet, "A1", "Wirral Council - Children, Young People and Education: Quarter 2 2024/25")
    sheet["A2"] = "Rates are per 10,000 children aged under 18 (ONS mid-year estimates)."
    header = ["Indicator", "Measure", *HEADINGS, "Target 2024/25", "Stat. neighbours", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    top = Alignment(vertical="center", wrap_text=True)
    exp = Expected([])
    row = 5
    for entry in TABLE:
        if isinstance(entry, str):
            sheet.cell(row=row, column=1, value=entry).font = BOLD
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
            row += 1
            continue
        name, measures = entry
        sheet.cell(row=row, column=1, value=name).alignment = top
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        for measure, values, target, neighbours, rag in measures:
            put_row(sheet, row, 2, [measure, *values, target, neighbours, rag])
            full = f"{name} ({measure})"
            found = observed(None, full, HEADINGS, values, None, RAG[rag] if rag else None)
            exp.observations += [
                replace(o, target=target) if o.period.endswith("2024/25") else o for o in found
            ]
            exp.add_meta(None, full, None, UNIT[measure])
            row += 1
    sheet.cell(
        row=row + 1, column=1, value="RAG is against the 2024/25 target for the latest quarter."
    )
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 18
    save(book, path)
    return exp

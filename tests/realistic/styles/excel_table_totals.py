"""An Excel 'Format as Table' list with banded rows, date-range headings and a totals row."""

from __future__ import annotations

from pathlib import Path

from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, new_book, put_row, save

PERIODS = (("01/04/2024 - 30/06/2024", "Q1 2024/25"), ("01/07/2024 - 30/09/2024", "Q2 2024/25"))

# service, measure, Q1 count, Q2 count
ROWS: tuple[tuple[str, str, int, int], ...] = (
    ("Waste", "Stage 1 complaints received - Waste", 212, 187),
    ("Housing", "Stage 1 complaints received - Housing", 148, 163),
    ("Council Tax", "Stage 1 complaints received - Council Tax", 96, 71),
    ("Planning", "Stage 1 complaints received - Planning", 41, 38),
    ("Parking", "Stage 1 complaints received - Parking", 77, 90),
)


def build(path: Path) -> Expected:
    """Imitates a complaints return kept as an Excel table with a totals row.

    Officers who 'Format as Table' get a named table with banded rows, filter
    buttons and, when ticked, a Total row at the bottom. Here the period
    headings are date ranges typed as text ('01/04/2024 - 30/06/2024'). The
    Total row adds up the services: it is not an indicator of its own.
    """
    book, sheet = new_book("Complaints")
    header = ["Service", "Measure", *(h for h, _ in PERIODS)]
    put_row(sheet, 1, 1, header, bold=True)
    exp = Expected([])
    for r, (service, measure, q1, q2) in enumerate(ROWS):
        put_row(sheet, 2 + r, 1, [service, measure, q1, q2])
        for (_, label), value in zip(PERIODS, (q1, q2), strict=True):
            exp.observations.append(Obs(None, measure, label, float(value)))
    last = 2 + len(ROWS)
    put_row(
        sheet,
        last,
        1,
        ["Total", None, f"=SUBTOTAL(109,C2:C{last - 1})", f"=SUBTOTAL(109,D2:D{last - 1})"],
    )
    table = Table(displayName="Complaints", ref=f"A1:D{last}", totalsRowCount=1)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    save(book, path)
    return exp

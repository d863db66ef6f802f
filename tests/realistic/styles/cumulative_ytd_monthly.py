"""Cumulative year-to-date figures under bare month headings, the year in a merged heading above."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep")
# April to the end of each month: a month, a two-month span, a quarter, ..., a half year
SPANS = (
    "Apr 2024",
    "Apr 2024\u2013May 2024",
    "Q1 2024/25",
    "Apr 2024\u2013Jul 2024",
    "Apr 2024\u2013Aug 2024",
    "H1 2024/25",
)

# ref, measure, cumulative values to the end of each month
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB1", "Council tax collected (% of annual debit)", (10.4, 19.8, 29.1, 38.3, 47.5, 56.7)),
    ("RB2", "Business rates collected (% of annual debit)", (11.2, 20.3, 30.0, 39.6, 48.1, 57.4)),
    ("RB3", "Housing benefit overpayments recovered (\u00a3)", (48210.0, 95630.0, 139870.0, 186420.0, 231050.0, 279900.0)),
    ("RB4", "Undisputed invoices paid within 30 days (%)", (93.1, 94.0, 94.4, 94.2, 94.6, 94.9)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a revenues and benefits report of cumulative collection figures.

    Collection rates and money recovered are reported cumulatively: the
    figure under 'Jun' is what was collected from 1 April to the end of June.
    The year appears once, in a heading merged over the month columns
    ('Cumulative to end of month - 2024/25'). A careful reader places each
    figure on the span it covers: April alone, April to May, the first
    quarter, and so on to the half year at September.
    """
    book, sheet = new_book("Collection")
    title(sheet, "A1", "Revenues & Benefits - Cumulative Performance")
    merge(sheet, "C3:H3", "Cumulative to end of month - 2024/25")
    put_row(sheet, 4, 1, ["Ref", "Measure", *MONTHS], bold=True)
    exp = Expected([])
    for i, (ref, name, values) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 5 + i, 1, [ref, name, *values])
        for span, value in zip(SPANS, values, strict=True):
            exp.observations.append(Obs(str(ref), str(name), span, value))
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp

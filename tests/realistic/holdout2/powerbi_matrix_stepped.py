"""Power BI matrix exported 'with current layout': year and quarter as row levels, measures across, a Total row."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save

MEASURES = (
    "Contacts to the Front Door",
    "Referrals to Children's Social Care",
    "Assessments completed within 45 working days %",
    "Children subject to a Child Protection Plan",
)

# financial year, quarter word, value per measure
ROWS: tuple[tuple[object, ...], ...] = (
    ("2023-24", "Qtr 3", (3412.0, 702.0, 84.1, 288.0)),
    (None, "Qtr 4", (3590.0, 741.0, 86.7, 301.0)),
    ("2024-25", "Qtr 1", (3875.0, 780.0, 88.0, 296.0)),
    (None, "Qtr 2", (3644.0, 725.0, 90.3, 279.0)),
)  # fmt: skip

TOTAL = ("Total", None, (14521.0, 2948.0, 87.3, 279.0))


def build(path: Path) -> Expected:
    """Imitates an 'Export data > Data with current layout' from a Power BI matrix visual.

    A matrix with Financial Year and Quarter on rows and measures on columns
    exports as an .xlsx with the row levels in their own columns: the year
    only on the first row of its group ('2023-24'), the quarter as 'Qtr 1',
    the measures as column headings, and the matrix's 'Total' row at the
    bottom. The Total spans quarters of two years and is not a period's
    figure. The export has no title or codes.
    """
    book, sheet = new_book("Export")
    put_row(sheet, 1, 1, ["Financial Year", "Quarter", *MEASURES], bold=True)
    exp = Expected([])
    year = ""
    for i, (fy, quarter, values) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 2 + i, 1, [fy, quarter, *values])
        year = str(fy) if fy else year
        label = f"Q{str(quarter)[-1]} {year[:4]}/{year[-2:]}"
        for measure, value in zip(MEASURES, values, strict=True):
            exp.observations.append(Obs(None, measure, label, value))
    label, _, totals = TOTAL
    put_row(sheet, 2 + len(ROWS), 1, [label, None, *totals], bold=True)
    save(book, path)
    return exp

"""Figures carrying revised/provisional markers: '45.2 (r)', '52.1p', '38.0*'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# ref, measure, target, then each quarter as printed and as a number
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC1", "Adults receiving a review in the last 12 months (%)", 70.0,
     ("61.4 (r)", 61.4), ("64.0", 64.0), ("66.8p", 66.8)),
    ("ASC2", "Delayed transfers of care per 100,000 population", 9.0,
     ("11.2", 11.2), ("10.5 (r)", 10.5), ("9.9p", 9.9)),
    ("ASC3", "Safeguarding enquiries concluded within 28 days (%)", 80.0,
     (78.0, 78.0), ("81.5*", 81.5), ("83.0 p", 83.0)),
    ("ASC4", "New permanent admissions to care homes, 65+", 140.0,
     (38.0, 38.0), ("71 (r)", 71.0), ("104p", 104.0)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an adult social care quarterly return with revision markers.

    Statistics-minded teams mark figures that have changed since the last
    report with '(r)' and figures that are still provisional with 'p' (the
    convention of official statistics); an asterisk points at a footnote.
    The marker says how sure the figure is, not what it is: a careful reader
    takes 61.4 from '61.4 (r)'. A legend under the table explains them.
    """
    book, sheet = new_book("ASC")
    title(sheet, "A1", "Adult Social Care - quarterly performance 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Measure", "Target", *QUARTERS], bold=True)
    exp = Expected([])
    for r, (ref, name, target, *cells) in enumerate(ROWS):
        printed = [c[0] for c in cells]  # type: ignore[index]
        put_row(sheet, 4 + r, 1, [ref, name, target, *printed])
        for period, cell in zip(QUARTERS, cells, strict=True):
            value = float(str(cell[1]))  # type: ignore[index]
            exp.observations.append(
                Obs(str(ref), str(name), period, value, None, float(str(target)))
            )
    last = 4 + len(ROWS) + 1
    sheet.cell(row=last, column=1, value="(r) revised since the last report")
    sheet.cell(row=last + 1, column=1, value="p provisional - may change")
    sheet.cell(row=last + 2, column=1, value="* includes cases transferred from the old system")
    save(book, path)
    return exp

"""Figures carrying revision and provisional markers: '45.2 (r)', '52.1p', '38.0 [p]', '[x]'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2020/21", "2021/22", "2022/23", "2023/24")

# code, indicator, cells as published per year, England latest
ROWS: tuple[tuple[object, ...], ...] = (
    ("CIN1", "Rate of children in need per 10,000 children", (318.4, "322.9 (r)", "330.1 (r)", "341.7p"), 342.7),
    ("CIN2", "Re-referrals within 12 months of a previous referral (%)", (21.3, 20.8, "22.4 (r)", "23.0 [p]"), 22.4),
    ("CLA1", "Rate of children looked after per 10,000 children", (62.0, 64.0, 66.0, "68p"), 70.0),
    ("CLA2", "Care leavers aged 19-21 in education, employment or training (%)", (53.0, "[x]", 56.0, "58 [p]"), 56.0),
    ("CP1", "Child protection plans lasting 2 years or more (%)", (3.8, 3.1, "2.9 (r)", 3.3), 3.9),
)  # fmt: skip


def _reading(cell: object) -> tuple[float | None, str | None]:
    """What a reader takes from a published cell: the figure without its marker, or the marker."""
    if isinstance(cell, int | float):
        return float(cell), None
    text = str(cell)
    if text == "[x]":
        return None, text
    figure = text.replace("(r)", "").replace("[p]", "").rstrip("p").strip()
    return float(figure), None


def build(path: Path) -> Expected:
    """Imitates a children's services statistics summary with revision markers.

    Tables drawn from official statistics keep their markers when officers
    paste them into a scorecard: '(r)' for a figure revised since it was first
    published, 'p' or '[p]' for provisional, '[x]' for not available. The
    figure is still the figure: '341.7p' is 341.7. A legend below the table
    explains the markers; the England column is a comparator, not the
    council's own figure.
    """
    book, sheet = new_book("CSC Statistics")
    title(sheet, "A1", "Children's Social Care - Key Statistics (annual, year ending 31 March)")
    put_row(sheet, 3, 1, ["Code", "Indicator", *YEARS, "England (latest)"], bold=True)
    exp = Expected([])
    for i, (code, name, cells, england) in enumerate(ROWS):
        assert isinstance(cells, tuple)
        put_row(sheet, 4 + i, 1, [code, name, *cells, england])
        for year, cell in zip(YEARS, cells, strict=True):
            actual, text = _reading(cell)
            exp.observations.append(Obs(str(code), str(name), year, actual, text))
    foot = 5 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="Key: (r) revised since first published; p or [p] provisional; [x] not available.",
    )
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Source: DfE Children in need and Children looked after statistics.",
    )
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp

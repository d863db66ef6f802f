"""Corporate dashboard of tiles: one small label/value block per indicator, across and down the sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Border, Side

from tests.realistic.kit import Expected, Obs, Rag, fill, new_book, save, title

THIN = Side(style="thin")
RAGS: dict[str, Rag] = {"RED": "red", "AMBER": "amber", "GREEN": "green"}

# code, title, current value (Q2), target, previous (Q1), status word, unit text
TILES: tuple[tuple[object, ...], ...] = (
    ("CP1", "Residents satisfied with their local area", 78.0, 80.0, 76.0, "AMBER", "%"),
    ("CP2", "Council Tax collected in year", 56.1, 56.0, 29.4, "GREEN", "%"),
    ("CP3", "Average days to re-let council homes", 41.0, 28.0, 37.0, "RED", "days"),
    ("CP4", "Apprenticeships started in the council", 23.0, 20.0, 11.0, "GREEN", "number"),
    ("CP5", "Complaints answered within 10 working days", 84.0, 90.0, 88.0, "AMBER", "%"),
    ("CP6", "Missed bins per 100,000 collections", 71.0, 60.0, 64.0, "RED", "rate"),
)

FILLS = {"RED": "FFFF0000", "AMBER": "FFFFC000", "GREEN": "FF00B050"}


def build(path: Path) -> Expected:
    """Imitates a council corporate dashboard laid out as tiles for a cabinet pack.

    Many councils publish a one-page 'corporate health' dashboard: each
    indicator is a boxed tile holding its reference and title, then
    label/value pairs ('This quarter', 'Target', 'Last quarter', 'Status').
    Tiles are laid three across and two down with blank gutters between
    them; the quarter is named once in the page title.
    """
    book, sheet = new_book("Dashboard")
    title(sheet, "B1", "Corporate Health Dashboard - Quarter 2 2024/25 (July to September 2024)")
    exp = Expected([])
    for i, (code, name, value, target, previous, status, unit) in enumerate(TILES):
        top = 3 + (i // 3) * 7
        left = 2 + (i % 3) * 4
        sheet.cell(row=top, column=left, value=f"{code}: {name}")
        rows = (
            ("This quarter", value),
            ("Target", target),
            ("Last quarter", previous),
            ("Status", status),
        )
        for j, (label, cell_value) in enumerate(rows, start=1):
            sheet.cell(row=top + j, column=left, value=label)
            c = sheet.cell(row=top + j, column=left + 1, value=cell_value)
            if label == "Status":
                fill(sheet, c.coordinate, FILLS[str(status)])
        sheet.cell(row=top + 5, column=left, value="Unit")
        sheet.cell(row=top + 5, column=left + 1, value=unit)
        for r in range(top, top + 6):
            for c in (left, left + 1):
                sheet.cell(row=r, column=c).border = Border(
                    top=THIN, bottom=THIN, left=THIN, right=THIN
                )
        assert (
            isinstance(value, float) and isinstance(previous, float) and isinstance(target, float)
        )
        exp.observations.append(Obs(str(code), str(name), "Q1 2024/25", previous, None, target))
        exp.observations.append(
            Obs(str(code), str(name), "Q2 2024/25", value, None, target, RAGS[str(status)])
        )
        exp.add_meta(str(code), str(name), None, str(unit))
    save(book, path)
    return exp

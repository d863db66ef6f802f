"""No status column: each name begins with a coloured '\u25cf' whose font colour is the rating."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Dashboard"
DOT = "\u25cf"
QUARTERS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
INK: dict[str, str] = {
    "red": "FFC00000",
    "amber": "FFFFC000",
    "green": "FF00B050",
    "grey": "FFA6A6A6",
}

# code, measure, Q4 23/24, Q1, Q2, target, dot colour (the Q2 rating; grey = not rated)
ROWS: tuple[tuple[object, ...], ...] = (
    ("LC01", "Leisure centre visits", 281_450, 296_120, 305_880, 290_000, "green"),
    ("LC02", "Swimming lessons: pupils enrolled", 3_412, 3_388, 3_251, 3_500, "amber"),
    ("LC03", "Library visits (physical)", 118_204, 121_930, 116_480, 125_000, "amber"),
    ("LC04", "Library e-loans", 41_260, 43_015, 44_902, None, "grey"),
    ("LC05", "Museum and gallery visitors", 22_870, 30_410, 26_115, 32_000, "red"),
    ("LC06", "Parks with a Green Flag award", 6, 7, 7, 7, "green"),
    ("LC07", "Allotment plots let (%)", 91.5, 93.0, 94.2, 95, "amber"),
    ("LC08", "Community centre bookings", 1_844, 1_702, 1_530, 1_900, "red"),
    ("LC09", "Volunteer hours in parks and libraries", 5_120, 6_305, 6_870, None, "grey"),
    ("LC10", "Customer satisfaction with leisure centres (%)", 86.0, 84.0, 88.0, 85, "green"),
)  # fmt: skip

KEY = (
    ("red", "red = off target by more than 10%"),
    ("amber", "amber = off target by up to 10%"),
    ("green", "green = on or above target"),
    ("grey", "grey = monitored only, no target set"),
)


def _dotted(name: str, colour: str) -> CellRichText:
    return CellRichText(TextBlock(InlineFont(color=INK[colour], b=True), DOT), " " + name)


def build(path: Path) -> Expected:
    """Imitates a district council's culture and leisure dashboard with a dot before each name.

    The sheet has no status column: instead each measure's cell starts with
    a filled circle character typed in red, amber or green ink (the rest of
    the name in ordinary black), rating the latest quarter against the
    target; measures with no target get a grey dot. A key in matching ink
    under the table says what each colour means.

    A careful reader takes the dot as a marker, not part of the name, and
    its ink as the Q2 2024/25 rating; grey is no rating. The target applies
    to all three quarters.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Culture, Leisure and Communities - Performance Dashboard, Q2 2024/25")
    sheet["A2"] = "Communities Scrutiny Panel - October 2024"
    put_row(sheet, 4, 1, ["Code", "Measure", "Q4 23/24", "Q1 24/25", "Q2 24/25", "Target"], True)
    exp = Expected([])
    for i, (code, name, q4, q1, q2, target, colour) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, None, q4, q1, q2, target])
        sheet.cell(row=row, column=2).value = _dotted(str(name), str(colour))
        for col in (3, 4, 5, 6):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
        t = float(str(target)) if target is not None else None
        rag: Rag | None = None if colour == "grey" else colour  # type: ignore[assignment]
        exp.observations += observed(str(code), str(name), QUARTERS, (q4, q1, q2), t, rag)
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=2, value="Key").font = Font(bold=True)
    for j, (colour, words) in enumerate(KEY):
        cell = sheet.cell(row=foot + 1 + j, column=2, value=f"{DOT} {words}")
        cell.font = Font(color=INK[colour])
    sheet.column_dimensions["B"].width = 52
    save(book, path)
    return exp

"""A 'Status' column of Wingdings 'l' characters (drawn as filled circles) coloured red, amber, green or grey."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"green": "green", "amber": "amber", "red": "red"}  # grey: not rated
DOT = "l"  # Wingdings draws a lower-case L as a filled circle
COLOUR: dict[str, str] = {
    "green": "FF00B050",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "grey": "FFA6A6A6",
}

# ref, indicator, Q1, Q2, target, status colour (Q2)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PLR01", "Major planning applications decided within 13 weeks or an agreed extension (%)",
     91.7, 88.9, 90.0, "amber"),
    ("PLR02", "Minor planning applications decided within 8 weeks or an agreed extension (%)",
     84.2, 86.5, 85.0, "green"),
    ("PLR03", "Other planning applications decided within 8 weeks or an agreed extension (%)",
     89.0, 92.4, 90.0, "green"),
    ("PLR04", "Planning appeals allowed against the council's decision (%)", 28.6, 35.0, 30.0, "red"),
    ("PLR05", "Building regulations full plans checked within 15 working days (%)",
     94.0, 97.1, 95.0, "green"),
    ("PLR06", "Official local land charges searches returned within 10 working days (%)",
     78.3, 71.2, 90.0, "red"),
    ("PLR07", "Planning enforcement cases closed", 62.0, 71.0, None, "grey"),
    ("PLR08", "Premises licence applications determined within the statutory period (%)",
     100.0, 98.4, 100.0, "amber"),
    ("PLR09", "Planned food hygiene inspections carried out (%)", 82.0, 87.5, 90.0, "amber"),
    ("PLR10", "Noise and pollution complaints responded to within 3 working days (%)",
     96.3, 95.8, 95.0, "green"),
    ("PLR11", "Houses in multiple occupation with a current licence", 412.0, 437.0, 450.0, "amber"),
)  # fmt: skip

KEY = (
    ("green", "On or better than target"),
    ("amber", "Worse than target by 5% or less"),
    ("red", "Worse than target by more than 5%"),
    ("grey", "No target set (data only)"),
)


def _dot(colour: str) -> Font:
    return Font(name="Wingdings", size=14, color=COLOUR[colour])


def build(path: Path) -> Expected:
    """Imitates a borough council's planning and regulatory services dashboard built in an old template.

    Older report templates draw the status as a character in the Wingdings
    font: the cell holds a lower-case 'l', which Wingdings shows as a filled
    circle, and the font colour (red, amber, green, or grey for a measure
    with no target) carries the rating. The key under the table uses the
    same circles beside words. A careful reader, who sees coloured dots,
    takes the colour as the rating of the latest quarter, reads the grey
    dot of the enforcement count as no rating (it has no target), and the
    single target as every quarter's.
    """
    book, sheet = new_book("Planning & Regulatory")
    title(sheet, "A1", "Tewkesbury Borough Council")
    sheet["A2"] = "Planning and Regulatory Services - Performance Dashboard, Quarter 2 2024/25"
    sheet["A2"].font = BOLD
    put_row(sheet, 4, 1, ["Ref", "Indicator", *QUARTERS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, target, colour) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, target, DOT])
        dot = sheet.cell(row=row, column=6)
        dot.font = _dot(str(colour))
        dot.alignment = Alignment(horizontal="center")
        rag = RAG.get(str(colour))
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2),
            None if target is None else float(str(target)), rag,
        )  # fmt: skip
    row = 5 + len(ROWS) + 1
    sheet.cell(row=row, column=1, value="Key").font = BOLD
    for colour, meaning in KEY:
        row += 1
        dot = sheet.cell(row=row, column=1, value=DOT)
        dot.font = _dot(colour)
        dot.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=2, value=meaning)
    sheet.column_dimensions["B"].width = 72
    save(book, path)
    return exp

"""A count and its percentage typed into one cell: '45 (12.3%)', '201 / 71%', '11,455 (95.9%)'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Housing Q3"
HEADINGS = ("Apr-Jun 2024", "Jul-Sep 2024", "Oct-Dec 2024")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}

# Each quarter cell as typed, then the figure a careful reader takes from it: the count
# where the measure is named by its count, the percentage where it is named by a percentage.
# ref, measure, (Q1, Q2, Q3) as (cell, figure), target, RAG for Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("HOU 01", "Number of households whose homelessness was prevented",
     (("96 (54%)", 96.0), ("104 (57%)", 104.0), ("98 (52%)", 98.0)), 100, "A"),
    ("HOU 02", "Prevention duties ending with accommodation secured for 6+ months (%)",
     (("58 (38.9%)", 38.9), ("61 (41.2%)", 41.2), ("66 (44.0%)", 44.0)), 45, "A"),
    ("HOU 03", "Households in temporary accommodation at the end of the quarter",
     ((87, 87.0), (92, 92.0), (95, 95.0)), 80, "R"),
    ("HOU 04", "Families with children in bed and breakfast for more than 6 weeks (number)",
     (("3 (3.4%)", 3.0), ("1 / 1%", 1.0), ("0 (0%)", 0.0)), 0, "G"),
    ("HOU 05", "Stage 1 housing complaints upheld (%)",
     (("45 (12.3%)", 12.3), ("38 (10.9%)", 10.9), ("41 (11.5%)", 11.5)), 15, "G"),
    ("HOU 06", "Empty council homes relet within 28 days (%)",
     (None, ("201 / 71%", 71.0), ("214 / 74%", 74.0)), 75, "A"),
    ("HOU 07", "Disabled facilities grant adaptations completed",
     (("57 (84%)", 57.0), ("64 (81%)", 64.0), ("70 (86%)", 70.0)), 60, "G"),
    ("HOU 08", "Tenancies still in place 12 months after rehousing a homeless household - %",
     (("143 (91.1%)", 91.1), ("152 (92.7 %)", 92.7), ("149 (90.3%)", 90.3)), 90, "G"),
    ("HOU 09", "Council homes meeting the Decent Homes Standard (%)",
     (("11,402 (95.5%)", 95.5), ("11,455 (95.9%)", 95.9), ("11,482 (96.2%)", 96.2)), 97, "A"),
    ("HOU 10", "Housing register applications awaiting assessment",
     ((412, 412.0), (377, 377.0), (351, 351.0)), 300, "R"),
)  # fmt: skip

NOTES = (
    "Where a cell shows two figures, the first is the number and the second (in brackets or after "
    "the stroke) the percentage: of all approaches (HOU 01, HOU 02), of households in temporary "
    "accommodation (HOU 04), of complaints closed (HOU 05), of relets (HOU 06), of adaptations "
    "completed within the agreed timescale (HOU 07), of tenancies created (HOU 08) and of the "
    "council's stock (HOU 09).",
    "RAG: G on or better than target; A within 10% of target; R more than 10% away. Rated on Oct-Dec 2024.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's housing and homelessness quarterly return to a scrutiny panel.

    Housing officers who want members to see both the number of cases and
    the share they make up type them into one cell: '96 (54%)', '45
    (12.3%)', '201 / 71%', '11,455 (95.9%)' with a thousands separator,
    '92.7 %' with a stray space. Some measures are named by the count
    ('Number of households whose homelessness was prevented', 'Disabled
    facilities grant adaptations completed') and some by the percentage
    ('Stage 1 housing complaints upheld (%)', '... - %'); the target is in
    the same terms as the name. Two measures are plain counts. One relet
    figure was not available for the first quarter (blank).

    A careful reader takes the figure the measure is named by: the count for
    the count-named measures (the bracketed share is context) and the
    percentage, in points, for the percentage-named ones (the count is its
    numerator). The single Target column applies to every quarter; the RAG
    belongs to Oct-Dec 2024.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Bedford Borough Council \u2013 Housing and Homelessness Performance 2024/25",
    )
    sheet["A2"] = (
        "Report to the Environment and Sustainable Communities Overview and Scrutiny Committee"
    )
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, ["Ref", "Measure", *HEADINGS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, cells, target, rag) in enumerate(ROWS):
        row = 5 + i
        assert isinstance(cells, tuple)
        put_row(sheet, row, 1, [ref, name, *(c[0] if c else None for c in cells), target, rag])
        for col in range(3, 6):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        given = [(q, c) for q, c in zip(QUARTERS, cells, strict=True) if c is not None]
        for q, (_, figure) in given:
            latest = q == given[-1][0]
            exp.observations.append(
                Obs(str(ref), str(name), q, float(figure), None, float(str(target)),
                    RAG[str(rag)] if latest else None)
            )  # fmt: skip
    foot = 5 + len(ROWS) + 1
    for j, line in enumerate(NOTES):
        cell = sheet.cell(row=foot + j, column=1, value=line)
        cell.font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 72
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 16
    save(book, path)
    return exp

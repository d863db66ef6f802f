"""Besides the RAG, a 'Trend' column of words (Improving/Declining/No change/Worsening) and a direction-of-travel arrow."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
UP, DOWN, SAME = "\u25b2", "\u25bc", "\u25ba"

# code, measure, Q1, Q2, target, RAG, trend (12 months), direction of travel (on last quarter)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP1", "Residents satisfied with the way the council runs things (%)",
     57.0, 58.0, 60.0, "Amber", "Improving", UP),
    ("CP2", "Households living in temporary accommodation",
     438.0, 461.0, 400.0, "Red", "Worsening", DOWN),
    ("CP3", "Re-referrals to children's social care within 12 months (%)",
     20.4, 19.8, 21.0, "Green", "Improving", UP),
    ("CP4", "Average days to process new Housing Benefit claims",
     17.0, 17.0, 18.0, "Green", "No change", SAME),
    ("CP5", "Fly-tips removed within 2 working days of being reported (%)",
     88.5, 86.2, 90.0, "Amber", "Declining", DOWN),
    ("CP6", "Major planning applications determined within 13 weeks (%)",
     92.0, 94.0, 90.0, "Green", "Declining", UP),
    ("CP7", "Missed household waste collections per 100,000 collections",
     71.0, 89.0, 60.0, "Red", "Worsening", DOWN),
    ("CP8", "Visits to libraries (physical and virtual)",
     288120.0, 312905.0, 300000.0, "Green", "Improving", UP),
    ("CP9", "Stage 1 complaints answered within 10 working days (%)",
     None, 76.0, 85.0, "Red", "New measure", None),
    ("CP10", "Apprenticeship starts in the council's workforce",
     9.0, 11.0, 12.0, "Amber", "Declining", UP),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a council plan monitoring table with trend words beside the RAG rating.

    Many quarterly council plan reports add two columns after the rating:
    a 'Trend' in words over the last twelve months (Improving, Declining,
    No change, Worsening; 'New measure' when there is no history) and a
    direction-of-travel arrow on the previous quarter (\u25b2 better, \u25bc worse,
    \u25ba the same), explained in a key. They can disagree with each other and
    with the rating: a measure can be Green and Declining, or Amber with an
    up arrow.

    A careful reader takes the two quarters with the single target, the RAG
    status as the rating of the latest quarter, and reads Trend and the
    arrow as commentary on performance, not as ratings or figures: neither
    changes a RAG nor gives an observation.
    """
    book, sheet = new_book("Council Plan Q2")
    title(sheet, "A1", "Medway Council - Council Plan Performance Monitoring, Quarter 2 2024/25")
    header = ["Code", "Measure", *QUARTERS, "Target", "RAG status", "Trend",
              "Direction of travel"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, q1, q2, target, rag, trend, travel) in enumerate(ROWS):
        row = 4 + i
        put_row(sheet, row, 1, [code, name, q1, q2, target, rag, trend, travel])
        sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        if isinstance(q1, float) and q1 > 1000:
            for col in (3, 4, 5):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(rag)]
        )
    key = 4 + len(ROWS) + 1
    lines = (
        "Trend: performance over the last 12 months compared with the same period a year ago.",
        f"Direction of travel: compared with last quarter. {UP} better  {DOWN} worse  {SAME} no change",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=key + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp

"""Measures followed by indented 'of which ...' breakdown rows that have no code, target or rating of their own."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# (code, measure, Q1, Q2, Q3, target, RAG), then its 'of which' rows as (label as typed, Q1, Q2, Q3)
MEASURES: tuple[tuple[tuple[object, ...], tuple[tuple[object, ...], ...]], ...] = (
    (("CF01", "Stage 1 complaints received", 312.0, 287.0, 341.0, None, None),
     (("of which: upheld", 74.0, 61.0, 88.0),
      ("of which: partly upheld", 102.0, 95.0, 110.0))),
    (("CF02", "Stage 1 complaints answered within 10 working days (%)", 81.4, 84.9, 79.2, 90.0, "R"),
     ()),
    (("CF03", "Stage 2 complaints received", 41.0, 36.0, 47.0, None, None),
     (("   of which: upheld", 9.0, 7.0, 12.0),)),
    (("CF04", "Complaints the Local Government and Social Care Ombudsman decided", 6.0, 4.0, 9.0, None, None),
     (("   of which: upheld by the Ombudsman", 2.0, 1.0, 3.0),)),
    (("IG01", "Freedom of Information and EIR requests received", 402.0, 377.0, 419.0, None, None),
     (("of which answered within 20 working days", 371.0, 352.0, 383.0),
      ("of which refused in full", 28.0, 31.0, 26.0))),
    (("IG02", "FOI and EIR requests answered within 20 working days (%)", 92.3, 93.4, 91.4, 90.0, "G"),
     ()),
    (("IG03", "Subject access requests received", 58.0, 64.0, 71.0, None, None),
     (("of which: extended by up to two months", 11.0, 9.0, 15.0),)),
    (("IG04", "Subject access requests answered within one month (%)", 77.6, 82.8, 85.9, 90.0, "A"),
     ()),
    (("CF05", "Compliments received", 188.0, 203.0, 176.0, None, None),
     ()),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's customer feedback and information governance quarterly report.

    Complaints and information-request returns give a count received and
    then break it down in indented rows beneath ('of which: upheld', 'of
    which answered within 20 working days'), with no code, target or
    rating of their own; some are indented with the cell's indent setting,
    some with typed spaces. A careful reader takes each breakdown row as a
    measure of its own, a part of the row above, named by the row above and
    its own label ('Stage 1 complaints received - of which: upheld'), and
    does not add it into, or take it for, the headline count. Counts have no
    target or rating; the percentage measures have one target for every
    quarter and a RAG for Q3.
    """
    book, sheet = new_book("Q3 2024-25")
    title(sheet, "A1", "Bath and North East Somerset Council")
    sheet["A2"] = "Customer feedback and information governance: quarterly report, Q3 2024/25"
    put_row(sheet, 4, 1, ["Ref", "Measure", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    row = 5
    for (code, name, q1, q2, q3, target, rag), parts in MEASURES:
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3),
            None if target is None else float(str(target)), None if rag is None else RAG[str(rag)],
        )  # fmt: skip
        row += 1
        for label, p1, p2, p3 in parts:
            put_row(sheet, row, 2, [label, p1, p2, p3])
            cell = sheet.cell(row=row, column=2)
            cell.font = Font(italic=True)
            if not str(label).startswith(" "):
                cell.alignment = Alignment(indent=2)
            part = f"{name} - {str(label).strip()}"
            exp.observations += observed(None, part, QUARTERS, (p1, p2, p3))
            row += 1
    sheet.cell(
        row=row + 1, column=1, value="Breakdown rows are part of the total in the row above."
    )
    sheet.cell(row=row + 1, column=1).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp

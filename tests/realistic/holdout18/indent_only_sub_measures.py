"""Breakdown rows shown under their measure only by the name cell's indentation: no 'of which', no codes."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
HEAD = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}

# (ref, measure, 2023/24, Q1, Q2, Q3, target 2024/25, RAG, statistical neighbours, comment),
# then its breakdown rows as (label, indent, 2023/24, Q1, Q2, Q3)
MEASURES: tuple[tuple[tuple[object, ...], tuple[tuple[object, ...], ...]], ...] = (
    (("CSC01", "Children looked after", 409, 412, 418, 425, None, None, None,
      "Rise is in the 16\u201317 group: unaccompanied asylum-seeking children."),
     (("aged under 5", 1, 86, 88, 91, 93),
      ("aged 5\u201315", 1, 251, 247, 249, 252),
      ("aged 16\u201317", 1, 72, 77, 78, 80))),
    (("CSC02", "Children looked after per 10,000 children aged under 18", 87.5, 88.1, 89.4, 90.9, 85.0, "R",
      92.0, None), ()),
    (("CSC03", "Children subject to a child protection plan", 281, 268, 255, 241, None, None, None, None),
     (("neglect", 2, 146, 139, 130, 118),
      ("emotional abuse", 2, 88, 84, 83, 82),
      ("physical abuse", 2, 30, 29, 27, 26),
      ("sexual abuse", 2, 17, 16, 15, 15))),
    (("CSC04", "Re-referrals to children's social care within 12 months (%)", 22.3, 21.4, 19.8, 18.2, 20.0, "G",
      21.7, None), ()),
    (("CSC05", "Single assessments completed within 45 working days (%)", 82.6, 84.2, 87.9, 90.1, 90.0, "G",
      88.4, None),
     (("children with a disability", 1, 64.0, 71.0, 76.5, 80.0),)),
    (("CSC06", "Care leavers in education, employment or training (%)", 61.5, 62.1, 63.0, 64.8, 62.0, "G",
      58.0, "Two new apprenticeships with the council's highways contractor."),
     (("aged 17\u201318", 1, 70.8, 72.0, 70.4, 74.1),
      ("aged 19\u201321", 1, 57.2, 58.3, 60.1, 61.7))),
    (("CSC07", "Education, health and care plans issued within 20 weeks (%)", 41.9, 45.6, 52.3, 49.8, 60.0, "R",
      50.3, "Educational psychology capacity; locum cover from January."), ()),
    (("CSC08", "Children missing from care \u2013 episodes in the quarter", None, 63, 71, 58, None, None, None,
      None), ()),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly children's services scorecard to scrutiny.

    Under 'Children looked after' the rows 'aged under 5', 'aged 5\u201315' and
    'aged 16\u201317' are set in by the cell's indent (Format Cells, indent 1),
    and under 'Children subject to a child protection plan' the four
    categories by indent 2; single assessments have one indented row for
    children with a disability, care leavers two age rows. The sub-rows have
    no code, no 'of which' and no target or RAG. A 2023/24 outturn column,
    Q1 to Q3 2024/25, 'Target 2024/25', filled RAG letters, a 'Statistical
    neighbours 2023/24' column and comments; a blank 2023/24 for a measure
    begun this year.

    A careful reader takes each indented row as part of the measure above
    it and names it by both ('Children looked after - aged under 5'), each
    figure with its column's period; the target only for the 2024/25
    quarters, its heading naming the year; the RAG for Q3; the statistical
    neighbours figure as a comparator, not an observation.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Warrington Borough Council \u2013 Children's Services Performance Scorecard"
    )
    sheet["A2"] = (
        "Quarter 3 2024/25 (to 31 December 2024) \u2013 Children and Young People Scrutiny Committee"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", "2023/24 outturn", *PERIODS[1:], "Target 2024/25", "RAG",
              "Statistical neighbours 2023/24", "Comment"]  # fmt: skip
    put_row(sheet, HEAD, 1, header, bold=True)
    purple = PatternFill(fill_type="solid", start_color="FF5B2C6F", end_color="FF5B2C6F")
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.fill = purple
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    line = Border(top=Side(style="thin", color="FF7F7F7F"))
    exp = Expected([])
    row = HEAD + 1
    for (ref, name, *figures, target, rag, neighbours, comment), parts in MEASURES:
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, neighbours, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = line
        sheet.cell(row=row, column=2).font = Font(bold=True)
        if rag in RAG_FILL:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=8).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            goal = float(str(target)) if target is not None and k > 0 else None
            rating = RAG.get(str(rag)) if k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], float(str(figures[k])), None, goal, rating)
            )
        row += 1
        for label, indent, *values in parts:
            put_row(sheet, row, 2, [label, *values])
            sheet.cell(row=row, column=2).alignment = Alignment(indent=int(str(indent)))
            for col in range(2, 7):
                sheet.cell(row=row, column=col).font = Font(color="FF404040")
            part = f"{name} - {label}"
            for k, value in enumerate(values):
                if value is not None:
                    exp.observations.append(Obs(None, part, PERIODS[k], float(str(value))))
            row += 1
    notes = (
        "RAG: G on or better than the 2024/25 target; A within 5%; R more than 5% from target.",
        "Statistical neighbours: average of the ten most similar authorities (DfE children's services "
        "statistical neighbour benchmarking tool), 2023/24.",
        "Source: Liquidlogic children's system and the SEN team's EHCP tracker; Q3 data extracted 8 January 2025.",
    )
    for j, text in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=text).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["J"].width = 48
    sheet.freeze_panes = f"C{HEAD + 1}"
    save(book, path)
    return exp

"""Total rows each followed by two indented part rows ('of which: in-house' / 'of which: commissioned', 'Council' / 'Partners') with their own figures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Adults & Communities"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEAD_ROW = 5
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
TOP = Border(top=Side(style="thin", color="FF808080"))

# (ref, measure, Q1, Q2, Q3, target, RAG, comment), then its part rows as
# (ref or None, label as typed, indent (0: the label's own spaces), Q1, Q2, Q3, target, RAG)
MEASURES: tuple[tuple[tuple[object, ...], tuple[tuple[object, ...], ...]], ...] = (
    (("ASC01", "Hours of home care delivered", 148210, 151630, 149875, None, None,
      "Commissioned hours rising as in-house team recruits."),
     ((None, "of which: in-house", 2, 21460, 20980, 19870, None, None),
      (None, "of which: commissioned", 2, 126750, 130650, 130005, None, None))),
    (("ASC02", "People receiving long-term support reviewed in the last 12 months (%)",
      71.4, 73.0, 74.8, 80.0, "A", "Review backlog in commissioned packages is the focus for Q4."),
     (("ASC02a", "   of which: in-house", 0, 82.1, 84.5, 85.2, 80.0, "G"),
      ("ASC02b", "   of which: commissioned", 0, 68.0, 69.3, 71.5, 80.0, "R"))),
    (("ASC03", "Safeguarding enquiries where the risk was reduced or removed (%)",
      89.2, 91.0, 90.4, 90.0, "G", None), ()),
    (("HSG01", "Affordable homes completed", 46, 38, 61, 50, "G",
      "Council homes on the Hattersley site handed over in November."),
     ((None, "Council", 2, 12, 0, 18, 10, "G"),
      (None, "Partners", 2, 34, 38, 43, 40, "G"))),
    (("HSG02", "Households in temporary accommodation at quarter end", 274, 291, 305, 260, "R",
      "Demand from private rented sector evictions."), ()),
    (("CS01", "Anti-social behaviour incidents reported", 1412, 1538, "Awaiting police data",
      None, None, "Q3 police figures due late February."),
     ((None, "    Council", 0, 488, 521, 442, None, None),
      (None, "    Partners", 0, 924, 1017, "Awaiting police data", None, None))),
    (("ENV01", "Household waste recycled or composted (%)", 52.1, 49.8, 43.6, 50.0, "R",
      "Seasonal: garden waste collections suspended December to February."), ()),
)  # fmt: skip


def _style_figures(sheet: Worksheet, row: int) -> None:
    for col in (3, 4, 5, 6):
        cell = sheet.cell(row=row, column=col)
        if isinstance(cell.value, int):
            cell.number_format = "#,##0"
        elif isinstance(cell.value, str):
            cell.alignment = Alignment(horizontal="right")


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly adults, housing and communities report to scrutiny.

    Tameside Metropolitan Borough Council's Q3 2024/25 report. Members had
    asked for 'two sets of figures', so some measures are split into two
    parts. Under the measure's own row, with its total, sit two indented
    rows with their own figures: home care hours and long-term support
    reviews 'of which: in-house' and 'of which: commissioned', affordable
    homes and anti-social behaviour incidents split into 'Council' and
    'Partners'. Some parts have a target and a filled RAG letter of their
    own; the review parts carry their own codes (ASC02a, ASC02b). The
    indents are made three ways: the cell's indent setting, typed spaces,
    and more typed spaces. The police's Q3 incident figures are not in yet,
    so the total and the Partners row say 'Awaiting police data'. A note
    explains the parts.

    A careful reader takes the total row as the measure and each part row
    as a measure of its own. It has its own figures, and for some its own
    target and rating. Its label alone ('Council', 'of which: in-house')
    names nothing, so the reader names it by the measure above and its own
    label joined by ' - ', e.g. 'Affordable homes completed - Council' or
    'Hours of home care delivered - of which: in-house'. Typed spaces are
    layout, not part of the label. Where a part has a code, the code is
    its key. A part adds into its total and is not another observation of
    the total. A part's target and RAG are its own: the target applies to
    all three quarters and the RAG is for Q3, the latest quarter. A part
    with no target has none, and does not inherit the total's. 'Awaiting
    police data' is what those Q3 cells said.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tameside Metropolitan Borough Council")
    sheet["A2"] = (
        "Adults, Housing and Communities \u2013 Quarterly Performance Report, Quarter 3 2024/25"
    )
    sheet["A3"] = (
        "As requested by the Scrutiny Panel, measures delivered partly by others are shown as a "
        "total with the two parts beneath it."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", *QUARTERS, "Target", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for (code, name, q1, q2, q3, target, rag, comment), parts in MEASURES:
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag, comment])
        sheet.cell(row=row, column=2).font = Font(bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = TOP
        _style_figures(sheet, row)
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=7).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        goal = None if target is None else float(str(target))
        rating = None if rag is None else RAG[str(rag)]
        exp.observations += observed(str(code), str(name), QUARTERS, (q1, q2, q3), goal, rating)
        row += 1
        for part_code, label, indent, p1, p2, p3, p_target, p_rag in parts:
            put_row(sheet, row, 1, [part_code, label, p1, p2, p3, p_target, p_rag])
            cell = sheet.cell(row=row, column=2)
            cell.font = Font(italic=True)
            if indent:
                cell.alignment = Alignment(indent=int(str(indent)))
            _style_figures(sheet, row)
            if p_rag is not None:
                rgb = RAG_FILL[str(p_rag)]
                sheet.cell(row=row, column=7).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
            part_name = f"{name} - {str(label).strip()}"
            p_goal = None if p_target is None else float(str(p_target))
            p_rating = None if p_rag is None else RAG[str(p_rag)]
            exp.observations += observed(
                None if part_code is None else str(part_code),
                part_name,
                QUARTERS,
                (p1, p2, p3),
                p_goal,
                p_rating,
            )
            row += 1
    notes = (
        "In-house: delivered by the council's own staff. Commissioned: delivered by providers "
        "under contract.",
        "Council: delivered or reported by the council. Partners: registered providers (homes) "
        "and Greater Manchester Police (anti-social behaviour).",
        "RAG shows the Quarter 3 position against target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["H"].width = 56
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""A narrow direction-of-travel arrow column after every quarter's figure, one RAG for the latest quarter and a key."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Scorecard"
HEADINGS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")  # the periods 'Target 2024/25' is for
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILLS = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF5050"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3"}
UP, DOWN, SAME = "\u2191", "\u2193", "\u2192"
ARROW_FONT = {UP: "FF00B050", DOWN: "FFC00000", SAME: "FF7F7F7F"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
THIN = Side(style="thin", color="FFBFBFBF")
FIRST = 7  # first row under the headings
FIG = (4, 6, 8, 10)  # columns of the quarter figures; each arrow is the column after

# A section is a str; an indicator: ref, measure, unit, then per quarter (figure, arrow)
# (None: blank), target 2024/25 ('-' none), RAG (Q3), comment
ROWS: tuple[object, ...] = (
    "Adults and communities",
    ("ASC1", "Adults with learning disabilities in paid employment", "%",
     ((5.8, UP), (6.1, UP), (6.0, DOWN), (6.4, UP)), 6.5, "Amber", None),
    ("ASC2", "Older people still at home 91 days after leaving hospital into reablement", "%",
     ((83.1, DOWN), (85.4, UP), (86.0, UP), (84.2, DOWN)), 85.0, "Amber", "Winter pressures; more complex discharges."),
    ("ASC3", "New Care Act assessments completed within 28 days", "%",
     ((71.0, UP), (74.3, UP), (78.9, UP), (80.6, UP)), 80.0, "Green", None),
    ("ASC4", "People waiting for a social care assessment at quarter end", "Number",
     ((412, UP), (389, UP), (401, DOWN), (355, UP)), 350, "Amber", "Waiting list down 46 since Q2."),
    "Place",
    ("PLC1", "Household waste sent for reuse, recycling and composting", "%",
     ((57.9, SAME), (60.2, UP), (61.5, UP), ("Not available", None)), 60.0, None,
     "Q3 tonnages not yet validated by Defra's WasteDataFlow."),
    ("PLC2", "Fly-tipping incidents reported", "Number",
     ((698, DOWN), (742, DOWN), (705, UP), (688, UP)), "-", None, "Contextual: no target set."),
    ("PLC3", "Potholes repaired within 28 days", "%",
     ((88.4, UP), (91.7, UP), (93.2, UP), (89.0, DOWN)), 90.0, "Amber", None),
    ("PLC4", "Average days to process a major planning application", "Days",
     ((96, DOWN), (88, UP), (84, UP), (84, SAME)), 91, "Green", None),
    "Resources",
    ("RES1", "Invoices paid within 30 days", "%",
     ((94.2, UP), (95.0, UP), (95.6, UP), (96.1, UP)), 95.0, "Green", None),
    ("RES2", "Working days lost to sickness absence per full-time equivalent employee", "Days",
     ((2.9, DOWN), (2.5, UP), (2.4, UP), (2.7, DOWN)), 2.3, "Red", "Musculoskeletal absence in waste services."),
    ("RES3", "Stage 1 complaints responded to within 10 working days", "%",
     ((79.5, DOWN), (82.6, UP), (85.1, UP), (87.3, UP)), 90.0, "Amber", None),
    ("RES4", "Average cost of a council tax bill issued and collected", "\u00a3",
     ((7.42, None), (7.18, UP), (7.25, DOWN), (7.09, UP)), 7.30, "Green", None),
    ("RES5", "Freedom of Information requests answered within 20 working days", "%",
     ((None, None), (88.0, None), (91.4, UP), (91.4, SAME)), 95.0, "Amber", "New measure from April 2024."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate performance scorecard to Executive.

    North Somerset Council style: each quarter's heading ('Q4 2023/24',
    'Q1 2024/25' .. 'Q3 2024/25') is merged over two columns, the figure
    and, in a narrow unheaded column after it, a direction-of-travel arrow
    ('\u2191', '\u2193', '\u2192', coloured green, red, grey) comparing that
    quarter with the one before. Then 'Target 2024/25', a filled 'RAG (Q3)'
    word and comments. A key under the table says the arrows show whether
    performance got better or worse, not whether the number rose, so a
    falling waiting list has '\u2191'. Shaded section rows (Adults and
    communities, Place, Resources) part the table. A Unit column. The
    recycling Q3 says 'Not available' (no arrow, no RAG); fly-tipping is
    contextual ('-' target, no RAG); the bill-cost measure's Q4 2023/24
    arrow is blank (no earlier quarter kept) and the FOI measure is new in Q1.

    A careful reader takes the four quarter figures, each on its quarter;
    the arrows are a comparison between figures already read, not figures
    and not ratings, so the narrow columns give no observation. The target
    heading names 2024/25, so it belongs to the three 2024/25 quarters and
    not to Q4 2023/24. The one RAG belongs to Q3 2024/25 (its heading says
    so, and it is the latest quarter). 'Not available' is kept as
    recycling's Q3 text with its target and no rating. Units from the Unit
    column. No polarity column (the arrows' key speaks of better and worse
    without saying which way each measure runs).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Somerset Council")
    sheet["A2"] = "Corporate Performance Scorecard \u2013 Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Executive, 5 March 2025 \u2013 Appendix 1"
    sheet["A3"].font = Font(italic=True)
    head = FIRST - 2
    put_row(sheet, head, 1, ["Ref", "Measure", "Unit"])
    for k, heading in enumerate(HEADINGS):
        col = FIG[k]
        sheet.cell(row=head, column=col, value=heading)
        sheet.merge_cells(start_row=head, start_column=col, end_row=head, end_column=col + 1)
    put_row(sheet, head, 12, ["Target 2024/25", "RAG (Q3)", "Comments"])
    last_col = 14
    for col in range(1, last_col + 1):
        cell = sheet.cell(row=head, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[head].height = 30
    exp = Expected([])
    row = FIRST - 1
    for item in ROWS:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True)
            for col in range(1, last_col + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, unit, quarters, target, rag, comment = item
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, unit])
        for k, (figure, arrow) in enumerate(quarters):
            col = FIG[k]
            if figure is not None:
                cell = sheet.cell(row=row, column=col, value=figure)
                cell.alignment = Alignment(horizontal="right")
                if isinstance(figure, float):
                    cell.number_format = "\u00a30.00" if unit == "\u00a3" else "0.0"
                elif isinstance(figure, int):
                    cell.number_format = "#,##0"
            if arrow is not None:
                mark = sheet.cell(row=row, column=col + 1, value=arrow)
                mark.font = Font(bold=True, color=ARROW_FONT[str(arrow)])
                mark.alignment = Alignment(horizontal="center")
        put_row(sheet, row, 12, [target, rag, comment])
        sheet.cell(row=row, column=12).alignment = Alignment(horizontal="center")
        if rag in RAG_FILLS:
            rgb = RAG_FILLS[str(rag)]
            sheet.cell(row=row, column=13).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        for col in range(1, last_col + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        c, n = str(ref), str(name)
        goal = float(target) if isinstance(target, int | float) else None
        obs: list[Obs] = []
        for k, (figure, _arrow) in enumerate(quarters):
            if figure is None:
                continue
            period = HEADINGS[k]
            tgt = goal if period in THIS_YEAR else None
            if isinstance(figure, int | float):
                obs.append(Obs(c, n, period, float(figure), None, tgt))
            else:
                obs.append(Obs(c, n, period, None, str(figure), tgt))
        last = obs[-1]
        obs[-1] = Obs(last.code, last.name, last.period, last.actual, last.actual_text,
                      last.target, RAG.get(str(rag)))  # fmt: skip
        exp.observations += obs
        exp.add_meta(c, n, None, UNIT[str(unit)])
        row += 1
    foot = row + 1
    notes = (
        "Key \u2013 direction of travel compared with the previous quarter: \u2191 performance "
        "improved   \u2193 performance declined   \u2192 no change",
        "RAG (Q3): Green = target met; Amber = within 10% of target; Red = more than 10% off "
        "target. Contextual measures are not rated.",
        "RES2 is the days lost in the quarter. RES4: Q4 2023/24 arrow not shown (no earlier "
        "figure kept on the new costing basis).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["C"].width = 8
    for col in FIG:
        sheet.column_dimensions[get_column_letter(col)].width = 10
        sheet.column_dimensions[get_column_letter(col + 1)].width = 3
    sheet.column_dimensions["L"].width = 10
    sheet.column_dimensions["M"].width = 9
    sheet.column_dimensions["N"].width = 44
    sheet.freeze_panes = f"D{FIRST - 1}"
    save(book, path)
    return exp

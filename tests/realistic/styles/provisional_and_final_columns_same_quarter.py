"""A quarterly scorecard whose previous quarter shows the provisional figure first reported beside the validated final one."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q2 2024-25"
BANNER_ROW, HEAD_ROW = 4, 5
FIRST = HEAD_ROW + 1
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
PROV = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FF9BA8B8")

# Section rows are a 1-tuple. Otherwise: ref, indicator, good is, Q4 2023/24 final,
# Q1 2024/25 provisional (as reported in July), Q1 2024/25 final, Q2 2024/25 provisional,
# target 2024/25, RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing",),
    ("H01", "Rent collected as % of rent due", "High", 99.1, 97.8, 98.2, 98.6, 98.5, "Green", None),
    ("H02", "Average days to re-let empty council homes (standard voids)", "Low", 38.6, 41.2, 43.9,
     36.4, 35, "Amber", "Q1 final includes 6 long-term voids closed after the July report."),
    ("H03", "Households in temporary accommodation (quarter end)", "Low", 212, 224, 224, 241, 200,
     "Red", None),
    ("H04", "Homelessness prevented or relieved (%)", "High", 61.4, 58.0, 56.3, 63.7, 60, "Green",
     "Q1 revised following the H-CLIC validation return."),
    ("H05", "Repairs completed within target time (%)", "High", 91.8, 93.4, None, 92.1, 95, "Amber",
     "Q1 contractor data not yet validated; provisional figure stands."),
    ("Environment",),
    ("E01", "Household waste sent for reuse, recycling and composting (%)", "High", 33.9, 38.4, 37.1,
     39.6, 40, "Amber", "Q2 subject to WasteDataFlow validation."),
    ("E02", "Residual household waste per household (kg)", "Low", 118.2, 112.6, 114.0, 109.8, 112,
     "Green", None),
    ("E03", "Fly-tips removed within 3 working days (%)", "High", 88.0, 90.5, 90.5, 86.2, 90, "Red",
     None),
    ("Planning and regulation",),
    ("P01", "Minor planning applications determined in 8 weeks or agreed time (%)", "High", 84.7,
     79.3, 80.6, 82.4, 80, "Green", None),
    ("P02", "Food hygiene inspections due that were completed (%)", "High", 96.0, "Not available",
     88.9, 91.2, 95, "Amber", "System migration in Q1; figure completed in August."),
    ("P03", "Average days to process new Housing Benefit claims", "Low", 19.8, 21.0, 20.4,
     "Not available", 22, None, "Q2 figure delayed by the DWP data feed."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly performance report to Cabinet at Quarter 2.

    Basildon Borough Council style: Ref, Indicator, 'Good is' (High/Low),
    then 'Q4 2023/24' over 'Final', a merged 'Q1 2024/25' over
    'Provisional' (the figure first reported to Cabinet in July, shaded
    yellow) and 'Final' (the figure after validation), and 'Q2 2024/25'
    over 'Provisional'; then 'Target 2024/25', a filled 'RAG (Q2)' word and
    Comments, under shaded service rows. The note under the table says that
    final figures replace provisional ones, and that where no final figure
    is shown validation is not complete and the provisional one stands.

    A careful reader takes Q4 2023/24 from its Final column (no target: the
    target is for 2024/25), Q1 2024/25 from its Final column, not the
    superseded provisional figure beside it, and Q2 2024/25 from its
    Provisional column, the only figure there is; the target applies to Q1
    and Q2 2024/25 and the RAG to Q2. Where the Q1 Final is blank (repairs)
    the provisional Q1 stands, as the note says; a Q1 provisional of 'Not
    available' replaced by a final figure is read as that figure; a Q2 of
    'Not available' is kept as its text with no rating. Polarity comes from
    'Good is'; the units are only in the names and stated nowhere else.
    Nothing on the sheet is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Basildon Borough Council \u2013 Quarterly Performance Report")
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024) \u2013 Cabinet, 14 November 2024"
    sheet["A2"].font = Font(italic=True)
    sheet["D4"] = "Q4 2023/24"
    merge(sheet, "E4:F4", "Q1 2024/25")
    sheet["G4"] = "Q2 2024/25"
    header = ["Ref", "Indicator", "Good is", "Final", "Provisional", "Final", "Provisional",
              "Target 2024/25", "RAG (Q2)", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for r in (BANNER_ROW, HEAD_ROW):
        for col in range(1, len(header) + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, q4, q1_prov, q1_final, q2, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, good, q4, q1_prov, q1_final, q2, target, rag, comment])
        sheet.cell(row=row, column=5).fill = PROV
        sheet.cell(row=row, column=7).fill = PROV
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 9):
            if isinstance(sheet.cell(row=row, column=col).value, float):
                sheet.cell(row=row, column=col).number_format = "0.0"
        if rag in RAG_FILL:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        code, label = str(ref), str(name)
        q1 = q1_final if q1_final is not None else q1_prov
        goal = num(target)
        exp.observations += [
            Obs(code, label, "Q4 2023/24", num(q4), text_of(q4)),
            Obs(code, label, "Q1 2024/25", num(q1), text_of(q1), goal),
            Obs(code, label, "Q2 2024/25", num(q2), text_of(q2), goal, RAG.get(str(rag))),
        ]
        exp.add_meta(code, label, GOOD[str(good)], None)
        row += 1
    notes = (
        "Provisional: the figure as first reported to Cabinet. Final: the figure after validation, "
        "which replaces the provisional figure. Where no final figure is shown, validation is not "
        "yet complete and the provisional figure stands.",
        "RAG (Q2): Green \u2013 on or better than target; Amber \u2013 within 5%; Red \u2013 more "
        "than 5% worse than target.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    for letter, width in {"A": 6, "B": 60, "C": 8, "H": 10, "I": 10, "J": 50}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

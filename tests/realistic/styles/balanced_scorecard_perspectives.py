"""A corporate balanced scorecard: four perspective rows, each objective's row above its measures."""

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

SHEET = "Balanced Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
PERSPECTIVE_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
OBJECTIVE_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDTH = 10  # columns A..J
HEADER_ROW = 5

# Each perspective: its heading and its objectives; each objective: ref, wording, the objective's
# own overall status (a judgement, no figure), and its measures:
# ref, measure, good is, Q1, Q2, Q3, target 2024/25, direction, RAG (latest)
SCORECARD: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("RESIDENTS AND CUSTOMERS \u2013 How do residents see us?", (
        ("C1", "Objective C1: Residents can reach us easily and get things done first time", "A", (
            ("C1.1", "Calls to the customer contact centre answered within 2 minutes (%)", "Higher", 71.3, 68.9, 74.2, 80.0, "\u25b2", "A"),
            ("C1.2", "Customer transactions completed online (%)", "Higher", 61.0, 63.4, 65.8, 65.0, "\u25b2", "G"),
            ("C1.3", "Residents satisfied with the way the council runs things (%)", "Higher", None, 58.0, None, 60.0, "\u25ba", "A"),
        )),
        ("C2", "Objective C2: We put things right when they go wrong", "R", (
            ("C2.1", "Stage 1 complaints answered within 10 working days (%)", "Higher", 79.4, 74.1, 70.6, 90.0, "\u25bc", "R"),
            ("C2.2", "Complaints upheld by the Local Government and Social Care Ombudsman", "Lower", 1, 3, 2, 4, "\u25b2", "G"),
        )),
    )),
    ("FINANCE \u2013 Are we using our resources well?", (
        ("F1", "Objective F1: Collect the income we are due", "G", (
            ("F1.1", "Council tax accounts paying by Direct Debit (%)", "Higher", 71.2, 71.8, 72.5, 72.0, "\u25b2", "G"),
            ("F1.2", "Council house rent collected as a share of rent due (%)", "Higher", 97.1, 98.0, 98.0, 98.0, "\u25ba", "G"),
            ("F1.3", "Sundry debt more than 90 days old (\u00a3000)", "Lower", 812, 774, 701, 750, "\u25b2", "G"),
        )),
        ("F2", "Objective F2: Deliver the savings agreed in the budget", "A", (
            ("F2.1", "Savings delivered against the 2024/25 savings plan, cumulative (\u00a3000)", "Higher", 410, 965, 1420, 1650, "\u25b2", "A"),
        )),
    )),
    ("INTERNAL PROCESSES \u2013 What must we excel at?", (
        ("P1", "Objective P1: Decide and pay on time", "G", (
            ("P1.1", "Undisputed invoices paid within 30 days (%)", "Higher", 96.2, 97.0, 97.4, 97.0, "\u25b2", "G"),
            ("P1.2", "Freedom of information requests answered within 20 working days (%)", "Higher", 88.5, 91.2, 90.4, 90.0, "\u25bc", "G"),
            ("P1.3", "Major planning applications decided within 13 weeks or an agreed extension (%)", "Higher", 85.7, 100.0, 80.0, 90.0, "\u25bc", "A"),
        )),
        ("P2", "Objective P2: Reliable systems", "G", (
            ("P2.1", "ICT service desk incidents resolved within the agreed time (%)", "Higher", 92.8, 94.1, 95.3, 95.0, "\u25b2", "G"),
        )),
    )),
    ("LEARNING AND GROWTH \u2013 Are our people equipped and well?", (
        ("L1", "Objective L1: A healthy workforce", "R", (
            ("L1.1", "Working days lost to sickness per FTE, rolling 12 months", "Lower", 9.8, 10.4, 11.1, 9.0, "\u25bc", "R"),
            ("L1.2", "Voluntary staff turnover, rolling 12 months (%)", "Lower", 11.9, 12.6, 12.2, 12.0, "\u25b2", "A"),
        )),
        ("L2", "Objective L2: Skilled and supported staff", "A", (
            ("L2.1", "Mandatory training modules completed (%)", "Higher", 81.0, 84.5, 86.9, 95.0, "\u25b2", "R"),
            ("L2.2", "Staff with an appraisal in the last 12 months (%)", "Higher", 72.4, 78.0, 83.6, 90.0, "\u25b2", "A"),
        )),
    )),
)  # fmt: skip


def _fill_row(sheet: Worksheet, row: int, fill: PatternFill, white: bool) -> None:
    for col in range(1, WIDTH + 1):
        cell = sheet.cell(row=row, column=col)
        cell.fill = fill
        cell.border = GRID
        if white:
            cell.font = Font(bold=True, color="FFFFFFFF", size=12)
        else:
            cell.font = Font(bold=True)


def build(path: Path) -> Expected:
    """Imitates a borough council's corporate balanced scorecard to its Cabinet.

    Some councils still report corporate health on Kaplan and Norton's
    balanced scorecard: four perspectives (residents and customers,
    finance, internal processes, learning and growth), each a dark
    section row carrying the perspective and its question, then each
    strategic objective on a pale row of its own ('Objective C1: ...') with
    the objective's overall status judged by the management team, and the
    objective's measures below it. Each measure has a dotted reference
    (C1.1), 'Good is' Higher or Lower, Q1 to Q3 2024/25, a 2024/25 target,
    a direction arrow (▲ better, ▼ worse, ► no change, on the previous
    quarter) and a filled R/A/G letter for the latest quarter reported.
    The residents' survey is run once a year and reported in Q2 only.

    A careful reader takes the perspectives and objectives as headings
    that group the measures, not indicators: the objective rows have a
    status but no figure, so they give no observation. Each measure gives
    one observation per reported quarter with the year's target; its
    R/A/G belongs to the latest quarter it reports (Q2 for the survey,
    as the note under the table says, Q3 elsewhere); the arrows compare
    quarters and are not figures. 'Good is' gives each measure's polarity.
    Money is in £000 as the names say; no unit is otherwise stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Dacorum Borough Council \u2013 Corporate Balanced Scorecard 2024/25")
    sheet["A2"] = "Quarter 3 (October to December 2024) \u2013 Cabinet, 18 February 2025"
    sheet["A3"] = "Objective status is the Corporate Management Team's overall judgement."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Objective / measure", "Good is", *QUARTERS, "Target 2024/25",
              "Direction", "RAG", "Lead"]  # fmt: skip
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, WIDTH + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    leads = {"C": "Assistant Director, Customer", "F": "Chief Finance Officer",
             "P": "Assistant Director, Corporate", "L": "Head of People"}  # fmt: skip
    exp = Expected([])
    row = HEADER_ROW + 1
    for perspective, objectives in SCORECARD:
        sheet.cell(row=row, column=1, value=perspective)
        _fill_row(sheet, row, PERSPECTIVE_FILL, white=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=WIDTH)
        row += 1
        for oref, wording, ostatus, measures in objectives:
            put_row(sheet, row, 1, [oref, wording])
            _fill_row(sheet, row, OBJECTIVE_FILL, white=False)
            cell = sheet.cell(row=row, column=9, value=ostatus)
            cell.fill = PatternFill(
                fill_type="solid",
                start_color=RAG_FILL[str(ostatus)],
                end_color=RAG_FILL[str(ostatus)],
            )
            cell.alignment = Alignment(horizontal="center")
            row += 1
            assert isinstance(measures, tuple)
            for ref, name, good, q1, q2, q3, target, arrow, rag in measures:
                lead = leads[str(ref)[0]]
                put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, target, arrow, rag, lead])
                for col in range(1, WIDTH + 1):
                    sheet.cell(row=row, column=col).border = GRID
                for col in range(3, 10):
                    sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
                sheet.cell(row=row, column=2).alignment = Alignment(indent=1, wrap_text=True)
                rgb = RAG_FILL[str(rag)]
                sheet.cell(row=row, column=9).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
                exp.observations += observed(
                    str(ref),
                    str(name),
                    QUARTERS,
                    (q1, q2, q3),
                    float(str(target)),
                    RAG[str(rag)],
                )
                exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
                row += 1
    notes = (
        "RAG: G on or better than target; A within 10% of target; R more than 10% off target. "
        "The RAG is for the latest quarter reported.",
        "C1.3 comes from the annual residents' survey (fieldwork in July), reported in Q2 only.",
        "Direction: \u25b2 better than the previous quarter, \u25bc worse, \u25ba no change.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 70, "C": 9, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 7,
              "J": 30}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    save(book, path)
    return exp

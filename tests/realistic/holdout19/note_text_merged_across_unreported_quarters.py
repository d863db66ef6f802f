"""Quarter cells where no figure is reported carry a note merged across them: annual measures, data not yet released, a measure not collected this year."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

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

SHEET = "People Q3"
BANNER_ROW, HEAD_ROW = 5, 6
FIRST = HEAD_ROW + 1
FIRST_Q = 4  # column D holds Q1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
NOTE = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

ANNUAL = "Annual measure \u2013 reported at Q4"
DFE = "Data due February 2025 (DfE release)"
NOT_COLLECTED = "Not collected this year"

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, the four quarter cells,
# target 2024/25, RAG letter (None: blank), comment. A quarter cell is a figure, None
# (blank), a marker, or ("merge", text, span): the text typed in that quarter and merged
# across `span` quarter cells, so the following span-1 cells are covered by the merge.
Spec = tuple[object, ...]
ROWS: tuple[Spec, ...] = (
    ("Children's social care",),
    ("CSC01", "Re-referrals to children's social care within 12 months (%)", "Low",
     (21.4, 19.8, 22.6, None), 20.0, "A", "Audit of repeat referrals reported to Q4."),
    ("CSC02", "Child protection plans lasting two years or more (%)", "Low",
     (3.1, 2.4, 2.9, None), 4.0, "G", None),
    ("CSC03", "Children in care with three or more placements in the last 12 months (%)", "Low",
     (9.8, 10.4, 11.2, None), 10.0, "R", "Placement sufficiency pressures; see Sufficiency Strategy."),
    ("CSC04", "Care leavers aged 19-21 in education, employment or training (%)", "High",
     (54.0, 56.3, 52.8, None), 55.0, "A", None),
    ("CSC05", "Children in care with an up-to-date health assessment (%)", "High",
     (88.2, "n/a", 86.5, None), 90.0, "A", "Q2 not available: NHS provider data-sharing issue."),
    ("CSC06", "Social worker vacancy rate (%)", "Low",
     (("merge", NOT_COLLECTED, 4), None, None, None), "n/a", None,
     "HR system migration; measure to be reinstated from April 2025."),
    ("Education and skills",),
    ("ED01", "New EHC plans issued within 20 weeks, excluding exceptions (%)", "High",
     (48.2, 52.6, 61.0, None), 60.0, "G", "Improvement plan on track; Q3 best quarter since 2021."),
    ("ED02", "Pupils persistently absent \u2013 secondary schools (%)", "Low",
     (21.3, ("merge", DFE, 2), None, None), 20.0, None, "Q1 figure is the DfE summer term release."),
    ("ED03", "Schools judged good or outstanding by Ofsted (%)", "High",
     (89.6, 90.2, 90.8, None), 90.0, "G", None),
    ("ED04", "16-17 year olds not in education, employment or training, or not known (%)", "Low",
     (("merge", ANNUAL, 3), None, None, None), 5.0, None, "DfE average of December to February."),
    ("ED05", "Early years settings judged good or outstanding (%)", "High",
     (96.1, 95.8, 96.4, None), 95.0, "G", None),
    ("Adult social care",),
    ("ASC01", "Adults with a learning disability in paid employment (%)", "High",
     (5.8, 6.1, 6.0, None), 6.5, "R", "Supported employment contract re-let in January."),
    ("ASC02", "Older people at home 91 days after discharge into reablement (%)", "High",
     (84.1, 82.7, 85.3, None), 85.0, "G", None),
    ("ASC03", "Permanent admissions to care homes, aged 65+, per 100,000 (cumulative)", "Low",
     (148.2, 301.5, None, None), 600.0, "G", "Q3 figure being validated; reported at Q4."),
    ("ASC04", "Service users who say services make them feel safe and secure (%)", "High",
     (("merge", ANNUAL, 3), None, None, None), 70.0, None, "Adult Social Care Survey (ASCOF 4B)."),
    ("ASC05", "Carers' assessments completed within 28 days (%)", "High",
     (("merge", NOT_COLLECTED, 4), None, None, None), 80.0, None,
     "Recording moved to the new case management system; measure under review."),
    ("ASC06", "Safeguarding enquiries where the risk was reduced or removed (%)", "High",
     (91.2, 89.4, 92.0, None), 90.0, "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly People directorate scorecard to scrutiny.

    Shaped like the Quarter 3 2024/25 performance appendices that county
    councils (Hertfordshire-, Lincolnshire-style) take to a People
    overview and scrutiny committee: Ref, Indicator,
    'Good is' (High/Low), 'Q1'..'Q4' under a merged '2024/25' banner,
    'Target 2024/25', a filled 'RAG (latest)' letter and Comments, under
    shaded section rows. Q4 is still empty. Where a quarter has no figure
    the officer typed a note and merged it across the quarter cells it
    stands for, grey and italic: 'Annual measure \u2013 reported at Q4'
    over Q1\u2013Q3 for annual survey/DfE measures, 'Data due February 2025
    (DfE release)' over Q2\u2013Q3 after a Q1 figure, and 'Not collected this
    year' over all four quarters of two suspended measures (one with an
    'n/a' target). One ordinary quarter is 'n/a', one is blank pending
    validation.

    A careful reader takes each figure as its quarter of 2024/25 with the
    row's one target and the RAG letter for the row's latest figure. A
    merged note says the same thing about every quarter it covers: it is
    what stood in each of those quarter cells, so each covered quarter
    holds that note as its text (with the row's target), and no quarter
    holds a figure or a rating from it. The note is not an indicator, a
    heading or a period. Blank quarters (every Q4 outside the merges, the
    blank Q3) are no observation; the 'n/a' target is no target. Polarity
    comes from 'Good is'; units are only in the names. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate \u2013 Quarterly Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A3"] = "People Overview and Scrutiny Committee, 4 March 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    last_q = FIRST_Q + 3
    merge(sheet, f"D{BANNER_ROW}:G{BANNER_ROW}", "2024/25")
    header = ["Ref", "Indicator", "Good is", "Q1", "Q2", "Q3", "Q4", "Target 2024/25",
              "RAG (latest)", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    width = len(header)
    for r in (BANNER_ROW, HEAD_ROW):
        for col in range(1, width + 1):
            cell = sheet.cell(row=r, column=col)
            if r == HEAD_ROW or FIRST_Q <= col <= last_q:
                cell.fill = HEAD
                cell.font = Font(bold=True, color="FFFFFFFF")
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, width + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, quarters, target, rag, comment = spec
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, good])
        put_row(sheet, row, FIRST_Q + 4, [target, rag, comment])
        for col in range(1, width + 1):
            sheet.cell(row=row, column=col).border = GRID
        code, label = str(ref), str(name)
        goal = num(target)
        cells: list[object] = [None] * 4
        for k, value in enumerate(quarters):
            if isinstance(value, tuple):
                _, text, span = value
                assert isinstance(span, int)
                first = get_column_letter(FIRST_Q + k)
                last = get_column_letter(FIRST_Q + k + span - 1)
                sheet.merge_cells(f"{first}{row}:{last}{row}")
                cell = sheet.cell(row=row, column=FIRST_Q + k, value=text)
                cell.font = Font(italic=True, color="FF595959", size=9)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.fill = NOTE
                for j in range(span):
                    cells[k + j] = text
            elif value is not None:
                sheet.cell(row=row, column=FIRST_Q + k, value=value)
                cells[k] = value
        obs = [
            Obs(code, label, period, num(v), text_of(v), goal)
            for period, v in zip(QUARTERS, cells, strict=True)
            if v is not None
        ]
        if rag is not None:
            letter = str(rag)
            last_obs = obs[-1]
            assert last_obs.actual is not None
            obs[-1] = Obs(code, label, last_obs.period, last_obs.actual, None, goal, RAG[letter])
            rag_cell = sheet.cell(row=row, column=FIRST_Q + 5)
            rag_cell.fill = PatternFill(
                fill_type="solid", start_color=RAG_FILL[letter], end_color=RAG_FILL[letter]
            )
            rag_cell.alignment = Alignment(horizontal="center")
        exp.observations += obs
        exp.add_meta(code, label, GOOD[str(good)], None)
        sheet.cell(row=row, column=width).alignment = Alignment(wrap_text=True)
        row += 1
    notes = (
        "RAG (latest): G \u2013 on or better than target; A \u2013 within 5% of target; "
        "R \u2013 more than 5% from target. Rated on the latest quarter reported.",
        "Annual measures are reported once a year, at Quarter 4. National data are added when "
        "the Department for Education publishes them.",
        "Source: Liquidlogic (LCS/EHM/LAS) and Synergy case management systems; DfE statistics.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 62, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 9,
              "J": 50}  # fmt: skip
    for letter, w in widths.items():
        sheet.column_dimensions[letter].width = w
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

"""A ChAT/LAIT-style children's services scorecard: local years and quarters, then England, neighbours and region with their own year."""

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
    fill,
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q3 2024-25"
BAND_ROW = 6
HEAD_ROW = 7
LAST_COL = 16  # A..P
PERIODS = ("2022/23", "2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
LOCAL_HEADS = ("2022-23", "2023-24", "Q1 2024-25", "Q2 2024-25", "Q3 2024-25")
THIS_YEAR = (2, 3, 4)  # the quarters 'Target 2024-25' is for
BENCH_HEADS = ("Year", "England", "Statistical neighbours", "West Midlands")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
UNIT = {"%": "%", "Rate per 10,000": "rate", "Number": "number"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF4B2E83", end_color="FF4B2E83")
BENCH_FILL = PatternFill(fill_type="solid", start_color="FFEDE7F6", end_color="FFEDE7F6")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9D2E9", end_color="FFD9D2E9")
THIN = Side(style="thin", color="FFA79BC8")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, unit, good is, the five local figures
# (2022-23, 2023-24, Q1..Q3 2024-25; None: blank; '*' suppressed), target 2024-25 ('\u2013'
# where none), benchmark year, England, statistical neighbours, West Midlands (None: blank, as
# for counts, which are not benchmarked),
# RAG word (None: not rated), commentary. Percentages and rates as published (points).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Contacts, referrals and assessments",),
    ("CSC01", "Re-referrals to children's social care within 12 months of a previous referral",
     "%", "Lower", (22.8, 21.4, 20.1, 19.7, 20.8), 20.0,
     ("2023-24", 22.4, 21.0, 23.1), "Amber",
     "Q3 rise linked to domestic abuse notifications; audit of 40 re-referrals under way."),
    ("CSC02", "Child and family assessments completed within 45 working days", "%", "Higher",
     (84.2, 87.9, 90.3, 88.6, 91.4), 90.0, ("2023-24", 82.9, 85.6, 83.7), "Green", None),
    ("CSC03", "Children in need per 10,000 children aged under 18 (at period end)",
     "Rate per 10,000", "Context", (318.4, 326.9, 331.2, 329.5, 334.8), "\u2013",
     ("2023-24", 332.9, 341.0, 335.6), None, "Context: in line with England."),
    ("Child protection",),
    ("CP01", "Children subject to a child protection plan (at period end)", "Number",
     "Context", (452, 489, 506, 497, 482), "\u2013", (None, None, None, None), None, None),
    ("CP02", "Children subject to a child protection plan per 10,000 children", "Rate per 10,000",
     "Context", (41.2, 44.6, 46.1, 45.3, 43.9), "\u2013", ("2023-24", 41.6, 47.3, 44.9), None,
     None),
    ("CP03", "Initial child protection conferences held within 15 working days of the "
     "strategy discussion", "%", "Higher", (78.4, 81.2, 86.0, 74.5, None), 85.0,
     ("2023-24", 78.4, 80.2, 76.9), "Red",
     "Q3 figure being validated after the case recording system upgrade; the RAG is for Q2."),
    ("CP04", "Children becoming subject to a child protection plan for a second or subsequent "
     "time", "%", "Lower", (21.7, 23.9, 19.4, 18.2, 17.5), 20.0,
     ("2023-24", 23.8, 22.1, 24.0), "Green", None),
    ("CP05", "Child protection plans ending that had lasted two years or more", "%", "Lower",
     (3.1, 2.4, 1.8, 2.2, 1.6), "\u2013", ("2023-24", 2.3, 3.4, 3.0), "Green",
     "No local target: rated against statistical neighbours."),
    ("Children in care",),
    ("CLA01", "Children in care (at period end)", "Number", "Context",
     (835, 871, 880, 889, 884), "\u2013", (None, None, None, None), None,
     "Includes 57 unaccompanied asylum-seeking children."),
    ("CLA02", "Children in care per 10,000 children", "Rate per 10,000", "Context",
     (76.1, 79.4, 80.2, 81.0, 80.6), "\u2013", ("2023-24", 70.0, 84.9, 81.1), None, None),
    ("CLA03", "Children in care with three or more placements in the last 12 months", "%",
     "Lower", (10.9, 11.6, 10.2, 10.8, 11.3), 10.0, ("2023-24", 10.0, 10.4, 9.8), "Red",
     "A private provider closed two homes in October: 9 children had to move."),
    ("CLA04", "Children in care for 2.5 years or more who have been in the same placement for "
     "2 years", "%", "Higher", (68.2, 66.9, 69.8, 70.4, "n/a"), 70.0,
     ("2022-23", 71.0, 69.2, 68.5), None,
     "Q3 n/a: the placement history is being rebuilt after the records migration."),
    ("CLA05", "Children in care placed more than 20 miles from home", "%", "Lower",
     (19.8, 21.2, 22.0, 21.5, 20.7), "\u2013", ("2023-24", 16.0, 18.7, 17.9), "Red",
     "No local target: rated against statistical neighbours."),
    ("CLA06", "Children in care placed in children's homes not registered with Ofsted (during "
     "the period)", "Number", "Lower", (9, 7, "*", 5, "*"), "\u2013",
     (None, None, None, None), None,
     "Each placement is authorised by the Director of Children's Services and reported to "
     "Ofsted."),
    ("CLA07", "Children in care whose dental check was up to date", "%", "Higher",
     (None, 76.5, None, None, None), 80.0, ("2023-24", 76.8, 74.9, 75.6), None,
     "Annual measure (SSDA903 return), new to the scorecard; the 2024-25 figure is due in "
     "September 2025."),
    ("CLA08", "Children adopted from care", "Number", "Higher", (18, 21, "*", 6, "*"), "\u2013",
     (None, None, None, None), None, None),
    ("Care leavers",),
    ("CL01", "Care leavers aged 19 to 21 in education, employment or training", "%", "Higher",
     (54.2, 57.8, 59.4, 60.1, 61.2), 60.0, ("2023-24", 56.0, 53.9, 55.4), "Green", None),
    ("CL02", "Care leavers aged 19 to 21 in suitable accommodation", "%", "Higher",
     (88.1, 90.4, 91.0, 92.3, 91.7), 92.0, ("2023-24", 88.0, 89.6, 87.2), "Amber", None),
    ("Workforce",),
    ("WF01", "Average caseload of children's social workers (cases per FTE)", "Number",
     "Lower", (18.9, 17.4, 16.8, 16.2, 15.9), 17.0, ("2023", 15.8, 16.9, 16.4), "Green",
     "Benchmarks from the workforce census at 30 September 2023."),
    ("WF02", "Agency social workers (% of children's social worker FTE)", "%", "Lower",
     (None, None, None, 21.4, 19.8), 18.0, ("2023", 17.6, 20.1, 19.3), "Red",
     "New measure from Q2 2024-25 (new HR system); earlier local figures are not comparable."),
)  # fmt: skip

NOTES = (
    "Local figures: 2022-23 and 2023-24 are published year-end figures; quarters are the "
    "position at, or the figure for, the quarter. Benchmarks are the latest published (DfE "
    "LAIT / ChAT) for the year shown in the Year column.",
)
KEY = (
    "RAG: against the 2024-25 target where one is set; where there is no target, against the "
    "statistical neighbour average. Green \u2013 target met or better than neighbours; Amber "
    "\u2013 within 5%; Red \u2013 more than 5% worse. Context measures are not rated. The RAG is "
    "for the latest quarter reported.",
    "* = fewer than 5 children (1 to 4), suppressed to protect the children's identities. "
    "n/a = not available. \u2013 = no target.",
    "Statistical neighbours: the ten most similar local authorities (DfE children's services "
    "statistical neighbour benchmarking tool). Region: West Midlands.",
)


def build(path: Path) -> Expected:
    """Imitates a children's services quarterly scorecard with ChAT/LAIT benchmarks to scrutiny.

    English children's services departments take a scorecard to their
    children and young people's scrutiny committee each quarter laid out
    like the DfE's Children's services Analysis Tool (ChAT) and LAIT: for
    each measure the local figures for the last two years ('2022-23',
    '2023-24', DfE's hyphenated style) and the quarters so far ('Q1
    2024-25'..'Q3 2024-25') under a merged 'Local performance' band, a
    'Target 2024-25', then under a shaded 'Latest published benchmarks'
    band the benchmark 'Year' and the England, statistical neighbours and
    West Midlands figures for that year, then a filled RAG word and
    Commentary; Ref, Indicator, Unit ('%', 'Rate per 10,000', 'Number') and
    'Good is' (Higher / Lower / Context). Rates per 10,000 children, the
    timeliness and stability percentages, counts of children in care and
    on plans; counts of 1 to 4 children are shown as '*', as published
    committee papers suppress them. A key under the table.

    A careful reader takes the two year columns as 2022/23 and 2023/24 and
    the quarters as Q1..Q3 2024/25. 'Target 2024-25' names its year, so it
    is on the three quarters only. The benchmark year, England, neighbours
    and region are comparators for another year, not the council's own
    figures, and give no observation. The RAG is the latest figure's:
    conference timeliness has no Q3 (its comment says the RAG is Q2's);
    two measures with no target are rated against neighbours, as the key
    says, and keep that published rating. The '*' cells are kept as their
    marker; stability's Q3 'n/a' is kept and unrated; the dental check is
    an annual measure with only its 2023-24 figure (the target names
    2024-25, so it has none); the agency measure is new from Q2. Context
    measures have no target, rating or polarity. Polarity comes from
    'Good is', units from the Unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Kingsmere City Council \u2013 Children's Services Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024-25 (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Children and Young People Scrutiny Committee, 13 March 2025"
    sheet["A4"] = NOTES[0]
    sheet["A4"].font = Font(italic=True, size=9)
    for col in range(1, LAST_COL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    for col, head in {1: "Ref", 2: "Indicator", 3: "Unit", 4: "Good is", 10: "Target 2024-25",
                      15: "RAG", 16: "Commentary"}.items():  # fmt: skip
        sheet.cell(row=BAND_ROW, column=col, value=head)
        sheet.merge_cells(start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col)
    sheet.cell(row=BAND_ROW, column=5, value="Local performance")
    sheet.merge_cells(start_row=BAND_ROW, start_column=5, end_row=BAND_ROW, end_column=9)
    sheet.cell(row=BAND_ROW, column=11, value="Latest published benchmarks")
    sheet.merge_cells(start_row=BAND_ROW, start_column=11, end_row=BAND_ROW, end_column=14)
    for col, sub in enumerate((*LOCAL_HEADS, None, *BENCH_HEADS), start=5):
        if sub is not None:  # column J is 'Target 2024-25', merged down from the band row
            sheet.cell(row=HEAD_ROW, column=col, value=sub)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
                sheet.cell(row=row, column=col).border = GRID
            row += 1
            continue
        ref, name, unit, good, local, target, bench, rag, comment = spec
        assert isinstance(local, tuple) and isinstance(bench, tuple)
        cells = [ref, name, unit, good, *local, target, *bench, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is not None:
                cell.value = value
            if 5 <= col <= 14:
                cell.alignment = Alignment(horizontal="right" if col != 11 else "center")
                if isinstance(value, float):
                    cell.number_format = "0.0"
            if 11 <= col <= 14:
                cell.fill = BENCH_FILL
        for col in (3, 4, 15):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=16).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"O{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(local) if v is not None]
        for k in given:
            value = local[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), GOOD.get(str(good)), UNIT[str(unit)])
        row += 1
    for j, line in enumerate(KEY, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 58, "C": 10, "D": 8, "J": 9, "K": 8, "L": 9, "M": 12, "N": 10,
              "O": 8, "P": 52}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGHI":
        sheet.column_dimensions[letter].width = 9
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""A housing options service's quarterly homelessness report: snapshot counts at quarter end beside flow counts in the quarter."""

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

SHEET = "Homelessness Q2"
BAND_ROW = 7
HEAD_ROW = 8
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
THIS_YEAR = (1, 2, 3, 4)  # the periods 'Target 2024/25' is for
HEADINGS = ("Ref", "Measure", "Basis", "Unit", "Good is", "2023/24 outturn", *PERIODS[1:],
            "Target 2024/25", "RAG", "Commentary")  # fmt: skip
COL_FIRST, COL_TARGET, COL_RAG, COL_NOTE = 6, 11, 12, 13
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"No.": "number", "%": "%", "Weeks": "weeks"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF8EA9DB")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, basis (Flow: households in the period,
# the outturn the year's total or rate; Snapshot: the position on the period's last day, the
# outturn at 31 March 2024; Annual: one count a year), unit, good is (None: not stated),
# the 2023/24 outturn and Q1..Q2 2024/25 as typed (None: blank; Q3 and Q4 are not yet
# reported), target as typed, RAG word (None: not rated), commentary. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Demand and statutory duties (flow \u2013 households in the period)",),
    ("HO01", "Households approaching the council for housing advice and assistance", "Flow",
     "No.", None, (2946, 781, 802), "\u2013", None,
     "Up 6% on Q2 2023/24. The end of an assured shorthold tenancy (section 21) is still the "
     "main reason given."),
    ("HO02", "Households assessed as owed a prevention duty", "Flow", "No.", None,
     (1108, 286, 301), "\u2013", None, None),
    ("HO03", "Households assessed as owed a relief duty", "Flow", "No.", None,
     (962, 251, 239), "\u2013", None, None),
    ("HO04", "Households accepted as owed the main housing duty", "Flow", "No.", None,
     (398, 104, 117), "\u2013", None,
     "Acceptances follow relief duties that ended without accommodation being secured."),
    ("Prevention and relief outcomes (flow)",),
    ("HO05", "Prevention duties ended with accommodation secured for 6 months or more", "Flow",
     "%", "Higher", (56.8, 58.4, 61.2), 60.0, "Green",
     "183 of 299 prevention duties ended in Q2; 74 of the 183 kept their existing home."),
    ("HO06", "Relief duties ended with accommodation secured for 6 months or more", "Flow", "%",
     "Higher", (39.7, 41.0, None), 45.0, "Amber",
     "Q2 relief outcomes are awaiting H-CLIC validation and will be reported at Q3; the RAG "
     "shown is for Q1."),
    ("HO07", "Homelessness assessments completed within 10 working days of approach", "Flow",
     "%", "Higher", (None, None, 72.6), 80.0, "Amber",
     "New measure from Q2, when the triage team started; no earlier figures."),
    ("HO08", "Reviews of homelessness decisions (s.202) completed within 56 days", "Flow", "%",
     "Higher", (87.5, 100.0, "n/a"), 90.0, None, "No review fell due in Q2."),
    ("Temporary accommodation (snapshot \u2013 position on the last day of the quarter)",),
    ("TA01", "Households in temporary accommodation", "Snapshot", "No.", "Lower",
     (386, 402, 431), 375, "Red",
     "431 households on 30 September 2024, the highest this council has recorded. 112 moved on "
     "in Q2 against 141 placements."),
    ("TA02", "Households with dependent children in temporary accommodation", "Snapshot", "No.",
     None, (251, 263, 279), "\u2013", None, None),
    ("TA03", "Households in bed and breakfast accommodation", "Snapshot", "No.", "Lower",
     (38, 44, 52), 30, "Red",
     "Nightly-paid B&B used while the 24 units at Station Road are refurbished (due December)."),
    ("TA04", "Families with children in bed and breakfast for more than 6 weeks", "Snapshot",
     "No.", "Lower", (0, 5, 2), 0, "Red",
     "Two families on 30 September (7 and 9 weeks); both moved to self-contained accommodation "
     "in October. The legal limit is 6 weeks."),
    ("TA05", "16 and 17 year olds placed in bed and breakfast", "Snapshot", "No.", "Lower",
     (0, 0, 0), 0, "Green", None),
    ("TA06", "Households placed in temporary accommodation outside the district", "Snapshot",
     "No.", None, (47, 55, 61), "\u2013", None, "Mostly in neighbouring districts."),
    ("TA07", "Average length of stay in temporary accommodation (households leaving in the "
     "period)", "Flow", "Weeks", "Lower", (34.2, 36.8, 38.5), 30.0, "Red",
     "Fewer social lettings: 41 nominations in Q2 against 63 in Q2 2023/24."),
    ("Rough sleeping",),
    ("RS01", "People sleeping rough on a single night (autumn count)", "Annual", "No.", None,
     (9, None, None), "\u2013", None,
     "Count of November 2023. The 2024 count takes place on 14 November."),
    ("RS02", "People helped off the street into accommodation (Rough Sleeping Initiative)",
     "Flow", "No.", None, (61, 14, 19), "\u2013", None, None),
)  # fmt: skip

NOTES = (
    "Flow measures count households in the period: the 2023/24 outturn is the total (or rate) "
    "for the whole year, each quarter is that quarter's cases.",
    "Snapshot measures are the position on the last day of the period: the 2023/24 outturn is "
    "the position at 31 March 2024, Q1 at 30 June 2024 and Q2 at 30 September 2024.",
    "RAG compares the latest quarter with the 2024/25 target: Green on or better than target, "
    "Amber within 10%, Red more than 10% worse (zero targets: Green at 0, Red otherwise). "
    "Where the latest quarter is not yet available the RAG is for the quarter before.",
)
FOOT = (
    "\u2013 = no target (demand and context measures). n/a = not applicable (no cases in the "
    "period).",
    "Source: H-CLIC case records (returns to MHCLG), temporary accommodation booking system and "
    "the Rough Sleeping Initiative monitoring return.",
)


def build(path: Path) -> Expected:
    """Imitates a housing options service's quarterly homelessness report to a housing scrutiny panel.

    District and unitary councils' housing options (homelessness) services
    report each quarter to a housing scrutiny panel from their H-CLIC case
    records and temporary accommodation bookings. The report mixes two kinds
    of count, and says which in a 'Basis' column and in notes under the
    title: flow counts of households in the quarter (approaches, prevention
    and relief duties, main duty acceptances, duties ended with accommodation
    secured) and snapshot counts of the position on the quarter's last day
    (households in temporary accommodation, in bed and breakfast, families in
    B&B beyond the six-week legal limit, 16/17 year olds in B&B), with the
    rough sleeping autumn count as a one-a-year figure. Columns: Ref, Measure,
    Basis, Unit (No., %, Weeks), 'Good is' (Higher/Lower, blank for context),
    '2023/24 outturn', 'Q1 2024/25'..'Q4 2024/25' under a '2024/25' band (Q3
    and Q4 not yet reported), 'Target 2024/25', a filled RAG word and
    Commentary, under shaded section rows.

    A careful reader takes every figure in its column's period whatever its
    basis: a snapshot's Q2 is the position at 30 September, still Q2
    2024/25, and its outturn the position at 31 March 2024, still 2023/24.
    The target names 2024/25, so it is on the quarters, not the outturn. The
    RAG rates the latest figure given: Q1 for relief outcomes (Q2 blank, as
    the comment and the note say); the s.202 reviews' Q2 'n/a' (none fell
    due) is kept and unrated. Demand counts and the rough sleeping count
    have a '\u2013' target and no rating; the rough sleeping count has only its
    2023/24 figure; the assessment measure is new at Q2. Units and polarity
    from the Unit and 'Good is' columns (polarity only where stated).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Ashdown Vale District Council \u2013 Housing Options and Homelessness")
    sheet["A2"] = (
        "Quarterly performance report, Quarter 2 2024/25 (July to September 2024) \u2013 "
        "Housing Scrutiny Panel, 14 November 2024"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=COL_FIRST + 1, value="2024/25")
    sheet.merge_cells(
        start_row=BAND_ROW, start_column=COL_FIRST + 1, end_row=BAND_ROW, end_column=COL_FIRST + 4
    )
    for col, heading in enumerate(HEADINGS, start=1):
        sheet.cell(row=HEAD_ROW, column=col, value=heading)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
                sheet.cell(row=row, column=col).border = GRID
            row += 1
            continue
        ref, name, basis, unit, good, figures, target, rag, note = spec
        assert isinstance(figures, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col, value in enumerate((ref, name, basis, unit, good), start=1):
            if value is not None:
                sheet.cell(row=row, column=col, value=value)
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        for col in (3, 4, 5):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        for k, value in enumerate(figures):
            cell = sheet.cell(row=row, column=COL_FIRST + k)
            cell.alignment = Alignment(horizontal="right")
            if value is None:
                if basis == "Annual":
                    cell.fill = GREY
                continue
            cell.value = value
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
        cell = sheet.cell(row=row, column=COL_TARGET, value=target)
        cell.alignment = Alignment(horizontal="right")
        if isinstance(target, float):
            cell.number_format = "0.0"
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if note:
            cell = sheet.cell(row=row, column=COL_NOTE, value=note)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        goal = num(target)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
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
        exp.add_meta(str(ref), str(name), POLARITY[str(good)] if good else None, UNIT[str(unit)])
        row += 1
    for j, line in enumerate(FOOT, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 56, "C": 10, "D": 7, "E": 8, "F": 10, "G": 10, "H": 10, "I": 10,
              "J": 10, "K": 10, "L": 8, "M": 60}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.row_dimensions[HEAD_ROW].height = 30
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

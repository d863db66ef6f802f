"""A council landlord's monthly HRA housing KPIs: two months, a rolling 12-month figure, target, HouseMark quartile words, RAG."""

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

SHEET = "KPIs Nov 24"
HEAD_ROW = 7
PERIODS = ("Oct 2024", "Nov 2024", "Dec 2023\u2013Nov 2024")
HEADINGS = ("Ref", "KPI", "Unit", "Oct 2024", "Nov 2024", "Rolling 12 months to Nov 2024",
            "Target", "HouseMark quartile (2023/24 peer group)", "RAG", "Commentary")  # fmt: skip
COL_FIRST, COL_ROLLING, COL_TARGET, COL_QUARTILE, COL_RAG, COL_NOTE = 4, 6, 7, 8, 9, 10
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Days": "days", "No.": "number", "\u00a3": "\u00a3", "Per 1,000 homes": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD8EEEB", end_color="FFD8EEEB")
GREY = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")
THIN = Side(style="thin", color="FF9FB8B4")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, KPI, unit, Oct 2024, Nov 2024, rolling 12 months
# to Nov 2024 (None: blank; 'grey' marks a month-end position with no rolling figure), target
# ('\u2013' where none), HouseMark quartile words, RAG word (None: not rated), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Income",),
    ("HM01", "Rent collected as a percentage of rent due in the month (excluding arrears "
     "brought forward)", "%", 99.1, 98.4, 98.9, 99.0, "Median", "Amber",
     "November collection affected by the Universal Credit migration: 212 tenants moved "
     "across in the month."),
    ("HM02", "Current tenant rent arrears as a percentage of the annual rent debit (at month "
     "end)", "%", 2.41, 2.56, "grey", 2.5, "Upper quartile", "Amber",
     "Arrears of \u00a3987,410 at 30 November; 38 tenants on the Discretionary Housing "
     "Payment fast track."),
    ("HM03", "Former tenant arrears (at month end)", "\u00a3", 412380, 418905, "grey", "\u2013",
     "Not benchmarked", None, "For information."),
    ("Empty homes and lettings",),
    ("VL01", "Average days to re-let standard empty homes (key to key)", "Days",
     31.4, 28.7, 34.2, 30, "Lower quartile", "Green",
     "27 standard re-lets in November; the void contractor's new schedule of rates started "
     "in September."),
    ("VL02", "Average days to re-let empty homes needing major works", "Days",
     78, "n/a", 84.5, 70, "Lower quartile", None,
     "No major works empty homes were let in November."),
    ("VL03", "Rent lost through empty homes as a percentage of rent due", "%",
     1.21, 1.14, 1.32, 1.0, "Median", "Red", None),
    ("VL04", "Empty council homes (at month end)", "No.", 96, 88, "grey", "\u2013",
     "Not benchmarked", None, "Of which 41 need major works; 12 held for the Eastfield "
     "regeneration decant."),
    ("Repairs",),
    ("RP02(1)", "Non-emergency responsive repairs completed within the landlord's target "
     "timescale", "%", 84.6, 87.2, 82.9, 90.0, "Lower quartile", "Amber",
     "Backlog down from 1,420 jobs in June to 610 at 30 November."),
    ("RP02(2)", "Emergency responsive repairs completed within the landlord's target "
     "timescale", "%", 97.8, 98.9, 97.1, 98.0, "Median", "Green", None),
    ("RE03", "Repairs completed right first time", "%", 88.1, 89.4, 87.6, 90.0, "Median",
     "Amber", None),
    ("RE04", "Damp and mould reports inspected within 10 working days", "%",
     76.0, 84.2, None, 90.0, "Not benchmarked", "Red",
     "New measure from October 2024: 85 of 101 November reports inspected in time. A rolling "
     "figure will be shown from October 2025."),
    ("Building safety",),
    ("BS01", "Homes that have had all required gas safety checks", "%",
     99.86, 99.91, "grey", 100.0, "Median", "Amber",
     "3 homes without a current certificate at 30 November, all with legal action under way "
     "to gain access."),
    ("BS02", "Homes for which all required fire risk assessments have been carried out", "%",
     100.0, 100.0, "grey", 100.0, "Upper quartile", "Green", None),
    ("BS04", "Homes for which all required legionella risk assessments have been carried out",
     "%", 98.7, "TBC", "grey", 100.0, "Lower quartile", None,
     "November position TBC: the contractor's data is being validated."),
    ("EL01", "Homes with an electrical installation condition report less than 5 years old",
     "%", 91.2, 92.8, "grey", 100.0, "Not benchmarked", "Red",
     "Five-year testing programme catching up: 412 tests booked for December and January."),
    ("Tenant satisfaction (TSM perception survey)",),
    ("TP01", "Tenants satisfied with the overall service from their landlord", "%",
     None, None, 69.1, 72.0, "Median", "Amber", "1,014 tenants surveyed in the 12 months."),
    ("TP02", "Tenants satisfied with the repairs service over the last 12 months", "%",
     None, None, 71.8, 75.0, "Median", "Amber", None),
    ("TP05", "Tenants satisfied that their home is safe", "%",
     None, None, 78.9, 78.0, "Upper quartile", "Green", None),
    ("TP06", "Tenants satisfied that their landlord listens to their views and acts upon them",
     "%", None, None, 55.2, 62.0, "Lower quartile", "Red",
     "Tenant panel workshop on 'you said, we did' reporting in February."),
    ("Complaints and anti-social behaviour",),
    ("CH01(1)", "Stage 1 complaints received per 1,000 homes", "Per 1,000 homes",
     3.1, 2.7, 36.2, "\u2013", "Median", None, "For information."),
    ("CH02(1)", "Stage 1 complaints responded to within the Complaint Handling Code "
     "timescales", "%", 81.3, 86.0, 79.4, 95.0, "Lower quartile", "Red",
     "37 of 43 answered in time in November."),
    ("NM01(1)", "Anti-social behaviour cases opened per 1,000 homes", "Per 1,000 homes",
     2.4, 2.1, 27.9, "\u2013", "Median", None, "For information."),
)  # fmt: skip

NOTES = (
    "Rolling 12 months = December 2023 to November 2024. Month-end positions (arrears, empty "
    "homes, building safety) have no rolling figure (grey).",
    "RAG compares the latest month (November) with the target: Green \u2013 target met; Amber "
    "\u2013 within 5% of target; Red \u2013 more than 5% adrift. Building safety: Green only at "
    "100%, Amber 99% to 99.99%, Red below 99%.",
    "Tenant satisfaction measures (TP) come from quarterly survey waves and are shown and rated "
    "on the rolling 12 months only. '\u2013' = no target, for information.",
    "HouseMark quartile: where our figure sits against the 2023/24 results of our HouseMark "
    "peer group (stock-owning councils with 5,000 to 10,000 homes). Upper quartile = best 25%.",
)


def build(path: Path) -> Expected:
    """Imitates a stock-holding council's monthly housing management KPIs to a housing scrutiny panel.

    Councils that still own their homes (a Housing Revenue Account) report
    housing management KPIs each month to a housing scrutiny panel or
    tenants' board: one sheet from the housing performance team with Ref
    (the Regulator's Tenant Satisfaction Measure codes RP02(1), BS01, TP01,
    CH02(1), NM01(1) beside local HM/VL/RE codes), KPI, Unit, the previous
    and latest months ('Oct 2024', 'Nov 2024'), 'Rolling 12 months to Nov
    2024', Target, the HouseMark benchmarking quartile in words ('Upper
    quartile', 'Median', 'Lower quartile', 'Not benchmarked'), a filled RAG
    word and Commentary, under shaded sections (income, empty homes,
    repairs, building safety, TSM perception measures, complaints and ASB).
    A note under the title gives the rolling window; notes under the table
    give the RAG rules (latest month against target; building safety green
    only at 100%), say that the TSM perception measures come from quarterly
    survey waves and are shown and rated on the rolling year only, and say
    what the quartile compares.

    A careful reader takes the two month columns as October and November
    2024 and the rolling figure as December 2023 to November 2024. The
    Target names no year and applies to every figure of its row. The RAG
    is November's, as the note says; the TP rows have no month figures and
    their RAG is the rolling year's (the note says so). Month-end positions
    have no rolling figure (grey cells, no observation); the damp and mould
    measure is new from October, so it has no rolling figure either. VL02's
    November 'n/a' (no major works lets) and BS04's 'TBC' are kept as
    written and unrated. The HouseMark quartile is a position among peers,
    not a figure or a rating, and gives nothing. Information-only rows have
    a '\u2013' target and no RAG. The Unit column gives units ('Per 1,000
    homes' a rate); nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Eastmoor Borough Council \u2013 Housing Revenue Account")
    sheet["A2"] = "Housing Management Key Performance Indicators \u2013 November 2024"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Housing Scrutiny Panel, 16 January 2025"
    for j, line in enumerate(NOTES[:1], start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, head in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=head)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    ncol = len(HEADINGS)
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
        ref, name, unit, oct_, nov, rolling, target, quartile, rag, comment = spec
        no_rolling = rolling == "grey"
        values = (oct_, nov, None if no_rolling else rolling)
        cells = [ref, name, unit, *values, target, quartile, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is not None:
                cell.value = value
            if COL_FIRST <= col <= COL_TARGET:
                cell.alignment = Alignment(horizontal="right")
                if unit == "\u00a3" and isinstance(value, int):
                    cell.number_format = "\u00a3#,##0"
                elif isinstance(value, float):
                    cell.number_format = "0.00" if ref in ("HM02", "VL03", "BS01") else "0.0"
        if no_rolling:
            sheet.cell(row=row, column=COL_ROLLING).fill = GREY
        sheet.cell(row=row, column=COL_QUARTILE).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=COL_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        # The RAG rates November (the latest month); a row with no month figures is rated on
        # its rolling year, as the note says.
        rated = 1 if 1 in given else (2 if given == [2] else None)
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal,
                    RAG[str(rag)] if rag and k == rated else None,
                )
            )
        assert not rag or rated is not None
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    for j, line in enumerate(NOTES[1:], start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 9, "B": 60, "C": 9, "D": 10, "E": 10, "F": 13, "G": 9, "H": 15, "I": 8,
              "J": 60}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp

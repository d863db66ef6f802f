"""A corporate health scorecard of days, %, £, £000 and counts, each row's unit in a Unit column or in its name."""

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

SHEET = "Corporate health Q3"
HEAD_ROW = 7
FIRST = HEAD_ROW + 1
# Q1..Q4 2024/25, then the year to date: 1 April to 31 December 2024 at Quarter 3
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Apr 2024\u2013Dec 2024")
HEADINGS = ("Ref", "Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
            "Year to date", "Target 2024/25", "RAG", "Commentary")  # fmt: skip
COL_FIRST_VALUE, COL_YTD, COL_TARGET, COL_RAG, COL_NOTE = 4, 8, 9, 10, 11
NCOL = len(HEADINGS)
GREY = "grey"  # a year-to-date cell that does not apply: shaded, left empty
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
# The Unit column's words as a reader records them; '£000' (thousands) is left unrecorded.
UNIT = {"Days": "days", "%": "%", "No.": "number", "\u00a3": "\u00a3"}
FORMAT = {"Days": "0.0", "%": "0.0", "No.": "#,##0", "\u00a3": "\u00a3#,##0",
          "\u00a3000": "#,##0;(#,##0)"}  # fmt: skip
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF44546A", end_color="FF44546A")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD6DCE4", end_color="FFD6DCE4")
NA_FILL = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")
THIN = Side(style="thin", color="FF8497B0")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, unit (None: the Unit cell is blank and
# the unit is in the name), Q1..Q4 as typed (None: blank), year to date (GREY: not applicable),
# target 2024/25 ('-' where none), RAG word (None: not rated), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("People",),
    ("CH01", "Working days lost to sickness absence per FTE (rolling 12 months)", "Days",
     (9.6, 9.9, 10.3, None), GREY, 9.0, "Red",
     "Stress, anxiety and depression account for 31% of days lost, musculoskeletal "
     "conditions for 19%."),
    ("CH02", "Staff turnover (rolling 12 months)", "%",
     (12.1, 12.5, 12.8, None), GREY, 12.0, "Amber", None),
    ("CH03", "Full-time equivalent employees at quarter end", "No.",
     (4812.6, 4839.2, 4861.5, None), GREY, "-", None, "Context measure; excludes schools."),
    ("CH04", "Spend on agency and interim staff", "\u00a3",
     (1284300, 1371900, 1422650, None), 4078850, "-", None,
     "Children's social work: 41 agency social workers at 31 December."),
    ("CH05", "Agency spend as a percentage of the pay bill (%)", None,
     (5.1, 5.4, 5.6, None), 5.4, 4.5, "Red",
     "Agency social workers cost about twice a permanent post; the recruitment and "
     "retention offer starts in April."),
    ("CH06", "Staff who have completed mandatory data protection and cyber security training",
     "%", (88.4, 91.2, None, None), GREY, 95.0, "Amber",
     "Q3 not available: the learning system moved to a new platform in December. The RAG is "
     "for Q2."),
    ("CH07", "Mean gender pay gap", "%",
     (None, None, 7.8, None), GREY, 8.0, "Green",
     "Annual measure: snapshot at 31 March 2024, published in December 2024."),
    ("CH08", "Staff with an appraisal recorded in the last 12 months", "%",
     (None, 64.0, 78.5, None), GREY, 90.0, "Red",
     "New measure: appraisals recorded in the HR system from July 2024."),
    ("Finance",),
    ("CH10", "Undisputed invoices paid within 30 days", "%",
     (93.8, 95.2, 96.1, None), 95.0, 95.0, "Green", None),
    ("CH11", "Forecast revenue budget variance at year end", "\u00a3000",
     (2140, 865, -1245, None), GREY, 0, "Green",
     "Underspend forecast at Q3: vacancy savings and higher investment income now outweigh "
     "the pressure on children's placements."),
    ("CH12", "Sundry debt more than 90 days old (\u00a3000)", None,
     (3412, 3186, 3544, None), GREY, 3000, "Red",
     "Two NHS invoices for joint-funded care packages are in dispute."),
    ("Information governance and complaints",),
    ("CH20", "Freedom of Information and EIR requests responded to within 20 working days",
     "%", (86.2, 88.9, 91.4, None), 88.7, 90.0, "Amber", None),
    ("CH21", "Freedom of Information and EIR requests received", "No.",
     (412, 398, 371, None), 1181, "-", None, None),
    ("CH22", "Subject access requests responded to within one month", "%",
     (71.4, 76.9, "TBC", None), None, 90.0, None,
     "Q3 TBC: 19 requests extended for complexity are still being checked."),
    ("CH23", "Stage 1 complaints responded to within 10 working days", "%",
     (79.5, 82.3, 84.8, None), 82.1, 85.0, "Amber", None),
    ("CH24", "Complaints upheld by the Local Government and Social Care Ombudsman", "No.",
     (2, 0, 3, None), 5, "-", None,
     "Two of the three Q3 decisions concerned adult social care charging."),
    ("CH25", "Member enquiries answered within 10 working days (%)", None,
     (90.4, "n/a", 92.1, None), None, 90.0, "Green",
     "Q2 n/a: the casework system was replaced and August and September enquiries were not "
     "recorded, so there is no year-to-date figure."),
)  # fmt: skip

NOTES = (
    "Year to date = 1 April to 31 December 2024. Grey cells: not applicable (rolling, "
    "point-in-time and annual measures have no year-to-date figure).",
    "RAG: Green \u2013 on or better than target; Amber \u2013 within 10% of target; Red \u2013 "
    "more than 10% worse. The RAG rates the year-to-date figure where there is one, "
    "otherwise the latest quarter (Q2 where Q3 is not yet available).",
    "Budget variance is the forecast outturn against the approved budget in \u00a3000: "
    "negative figures, shown in brackets, are underspends.",
)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate health scorecard to its audit committee.

    A county council's 'Corporate Health Scorecard' for Quarter 3 2024/25,
    Appendix 2 to the Audit and Governance Committee's performance report:
    the people, finance and information governance measures, whose units
    differ row by row \u2013 days lost per FTE, percentages, FTE and request
    counts, pounds of agency spend, budget variance and old debt in
    \u00a3000. Each row's unit is in a Unit column (Days, %, No., \u00a3,
    \u00a3000), except three rows added later whose Unit cell is blank and
    whose unit is in brackets in the name ('(%)', '(\u00a3000)'). Columns:
    Ref, Indicator, Unit, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Year to
    date', 'Target 2024/25', a filled RAG word, Commentary, under shaded
    section rows; year-to-date cells of rolling, point-in-time and annual
    measures are shaded grey and empty. Notes above the table define the
    year to date, the RAG and the sign of the budget variance (negative =
    underspend, shown in brackets).

    A careful reader takes the quarter columns as their quarters and the
    year-to-date column as April to December 2024 (Apr 2024\u2013Dec 2024);
    grey and blank cells give nothing. The target names 2024/25 and applies
    to every figure in its row. The RAG, as the note says, rates the year to
    date where there is one (it is the row's last figure), otherwise the
    latest quarter: training has no Q3, so its Amber is Q2's. The budget
    variance is read with its sign (-1245, an underspend of \u00a31.245m)
    against a target of 0. The subject access 'TBC' and member enquiries'
    Q2 'n/a' are kept as text; the gender pay gap is annual with one
    figure; appraisals are new from Q2; FTE, agency spend, FOI requests
    and Ombudsman complaints are context with a '-' target. Units are
    recorded from the Unit column only (days, %, number, \u00a3; the
    \u00a3000 rows and the names' brackets are left unrecorded); nothing
    states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Health Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = (
        "Audit and Governance Committee, 13 March 2025 \u2013 Appendix 2: people, finance and "
        "information governance"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, quarters, to_date, target, rag, comment = spec
        assert isinstance(quarters, tuple)
        shown = FORMAT[str(unit)] if unit else "#,##0" if "\u00a3000" in str(name) else "0.0"
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        if unit:
            sheet.cell(row=row, column=3, value=unit).alignment = Alignment(horizontal="center")
        values = (*quarters, None if to_date == GREY else to_date)
        for k, value in enumerate(values):
            if value is None:
                continue
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=value)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(value, int | float):
                cell.number_format = (
                    "#,##0.0" if isinstance(value, float) and unit == "No." else shown
                )
        if to_date == GREY:
            sheet.cell(row=row, column=COL_YTD).fill = NA_FILL
        cell = sheet.cell(row=row, column=COL_TARGET, value=target)
        cell.alignment = Alignment(horizontal="right")
        if isinstance(target, int | float):
            cell.number_format = shown
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if comment:
            cell = sheet.cell(row=row, column=COL_NOTE, value=comment)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID

        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
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
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT.get(str(unit)))
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: iTrent HR and payroll; Oracle Fusion finance; information governance "
        "and complaints case management systems. '-' = context measure, no target. TBC = to be "
        "confirmed. n/a = not available.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 58, "C": 7, "H": 11, "I": 10, "J": 8, "K": 58}
    for letter in "DEFG":
        widths[letter] = 11
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp

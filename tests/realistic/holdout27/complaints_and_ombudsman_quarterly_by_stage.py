"""Complaints received, answered on time and upheld at each stage, Ombudsman decisions and compliments, by quarter with year-to-date and last year's totals."""

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
    title,
)

SHEET = "Q3 Complaints"
BAND_ROW = 7
HEAD_ROW = 8
FIRST = HEAD_ROW + 1
# the value columns C..H: Q1..Q4 2024/25, the year to date at Quarter 3, the 2023/24 full year
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Apr 2024\u2013Dec 2024",
           "2023/24")  # fmt: skip
THIS_YEAR = (0, 1, 2, 3, 4)  # the periods 'Target 2024/25' is for (not last year's total)
HEADINGS = ("Ref", "Measure", "Q1\n(Apr\u2013Jun)", "Q2\n(Jul\u2013Sep)", "Q3\n(Oct\u2013Dec)",
            "Q4\n(Jan\u2013Mar)", "Year to date", "Full year", "Target 2024/25", "RAG",
            "Comments")  # fmt: skip
COL_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 3, 9, 10, 11
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF3B1F5C", end_color="FF3B1F5C")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE5DFF0", end_color="FFE5DFF0")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure (a '%' measure's figures are typed as
# percentages, so stored as fractions; given here in points), the six value cells Q1, Q2, Q3,
# Q4 (not yet reported), year to date, 2023/24 (None: blank), target 2024/25 (None: blank),
# RAG word (None: not rated), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Stage 1 \u2013 response by the service (10 working days)",),
    ("CF01", "Stage 1 complaints received",
     (412, 455, 398, None, 1265, 1587), None, None, None),
    ("CF02", "% of Stage 1 complaints responded to within 10 working days",
     (78.4, 81.3, 86.2, None, 81.9, 74.6), 90.0, "Amber",
     "343 of 398 on time in Q3. Housing repairs remains the slowest service (71% on time); "
     "a dedicated complaints officer started in the repairs team on 4 November."),
    ("CF03", "% of Stage 1 complaints upheld or partly upheld",
     (38.1, 41.0, 36.7, None, 38.7, 40.2), None, None,
     "Most upheld complaints in Q3 were about missed or late repairs and missed bin "
     "collections."),
    ("CF04", "% of housing Stage 1 complaints acknowledged within 5 working days",
     (None, 91.5, 94.8, None, None, None), 95.0, "Amber",
     "New measure under the Housing Ombudsman's Complaint Handling Code, recorded from 1 July "
     "2024 when the new case system went live; no year-to-date or earlier figure."),
    ("Statutory social care complaints",),
    ("CF05", "% of adult social care complaints responded to within the timescale agreed "
     "with the complainant",
     (88.0, 92.3, None, None, None, 85.7), 85.0, "Green",
     "Q3 figures from the adult social care complaints team were not validated in time for "
     "this report; the RAG is for Q2. Reported in full in the Adult Social Care Complaints "
     "Annual Report."),
    ("CF06", "Children's social care statutory complaints received",
     (23, 31, 27, None, 81, 96), None, None, None),
    ("Stage 2 \u2013 review by the Chief Executive's office (20 working days)",),
    ("CF07", "Stage 2 complaints received",
     (41, 52, 38, None, 131, 176), None, None, None),
    ("CF08", "% of Stage 2 complaints responded to within 20 working days",
     (70.7, 75.0, 65.8, None, 71.0, 68.2), 90.0, "Red",
     "25 of 38 on time. Eight of the 13 late responses were complex housing cases needing a "
     "surveyor's inspection; extensions were agreed with the complainant in five."),
    ("CF09", "% of Stage 2 complaints upheld or partly upheld",
     (29.3, 26.9, "TBC", None, "TBC", 31.8), None, None,
     "Q3 TBC: 9 reviews were still open at the end of December; the outcome rate will be "
     "given in the Q4 report."),
    ("CF10", "% of Stage 1 complaints escalated to Stage 2",
     (10.0, 11.4, 9.5, None, 10.4, 11.1), None, None, None),
    ("Ombudsman",),
    ("CF11", "Local Government and Social Care Ombudsman (LGSCO) decisions received",
     (9, 12, 7, None, 28, 38), None, None,
     "Q3: 2 detailed investigations; 5 closed after initial enquiries."),
    ("CF12", "% of LGSCO detailed investigations upheld",
     (75.0, 66.7, 100.0, None, 75.0, 72.7), None, None,
     "Q3: both detailed investigations upheld (housing allocations; home to school transport "
     "for a child with an EHCP). 2023/24 from the Ombudsman's annual review letter."),
    ("CF13", "Housing Ombudsman determinations received",
     (2, 0, 3, None, 5, 6), None, None, None),
    ("CF14", "% of Housing Ombudsman determinations with a finding of maladministration",
     (50.0, "n/a", 66.7, None, 60.0, 50.0), None, None,
     "Q2 n/a: no determinations received. Q3: damp and mould (2 cases)."),
    ("CF15", "% of Ombudsman remedies completed by the date agreed with the Ombudsman",
     (100.0, 100.0, 87.5, None, 95.0, 100.0), 100.0, "Red",
     "7 of 8 in Q3: one apology and payment of \u00a3150 made 3 working days after the "
     "agreed date."),
    ("CF16", "% of upheld LGSCO complaints where the council had already offered a "
     "satisfactory remedy",
     (None, None, None, None, None, 12.5), None, None,
     "Annual figure from the LGSCO annual review letter for 2023/24 (1 of 8), published "
     "July 2024."),
    ("Compliments",),
    ("CF17", "Compliments received",
     (286, 311, 274, None, 871, 1102), None, None,
     "Bereavement services and the household waste recycling centres received the most."),
)  # fmt: skip

NOTES = (
    "Figures for 1 April to 31 December 2024 from the corporate complaints system, by the "
    "quarter in which each complaint was closed. Year to date = 1 April to 31 December 2024; "
    "2023/24 = the full year, shown for comparison.",
    "Timescales: Stage 1 \u2013 10 working days; Stage 2 \u2013 20 working days (the council's "
    "policy and the Housing Ombudsman's Complaint Handling Code, statutory from 1 April 2024). "
    "Ombudsman decisions are counted in the quarter the council received them; upheld rates are "
    "of detailed investigations.",
    "RAG is given for the timeliness measures only and rates the latest quarter reported against "
    "the 2024/25 target: Green \u2013 target met; Amber \u2013 within 5 percentage points; "
    "Red \u2013 more than 5 points below. n/a \u2013 no decisions in the quarter; "
    "TBC \u2013 to be confirmed.",
)


def _reading(typed: object) -> tuple[float | None, str | None]:
    if isinstance(typed, int | float):
        return float(typed), None
    return None, str(typed)


def build(path: Path) -> Expected:
    """Imitates a council's quarterly complaints, compliments and Ombudsman report to standards committee.

    Councils report their corporate complaints to a standards, audit or
    corporate governance committee each quarter, as well as in the annual
    complaints report the Ombudsmen ask for: the complaints team exports
    counts from its case system (Respond, iCasework) into a table with a
    section per stage of the procedure \u2013 Stage 1 answered by the service,
    Stage 2 reviewed centrally \u2013 the statutory social care complaints,
    then the Local Government and Social Care Ombudsman's and the Housing
    Ombudsman's decisions, and compliments. The columns are the year's
    quarters under a merged '2024/25' band, headed 'Q1 (Apr\u2013Jun)'..'Q4
    (Jan\u2013Mar)' (Q4 empty at Quarter 3), a 'Year to date' column under the
    same band, a grey 'Full year' column under '2023/24' for last year's
    totals, then 'Target 2024/25', a filled RAG word and Comments. Only the
    timeliness measures (answered within 10 or 20 working days, remedies
    completed on time, the Complaint Handling Code's 5-day acknowledgement)
    have a target and a RAG; counts and upheld rates are for information.
    Notes above the table give the timescales, the year to date and the RAG
    rule.

    A careful reader takes Q1..Q3 as the 2024/25 quarters, the year to date
    as April to December 2024 (Apr 2024\u2013Dec 2024, as the note says) and
    'Full year' under 2023/24 as 2023/24. 'Target 2024/25' names its year, so
    it is on the 2024/25 quarters and the year to date, not on last year's
    total. The RAG rates the latest quarter reported, as the note says: the
    adult social care timeliness row has no Q3 (nor a year to date), so its
    Green is Q2's, as its comment says. Stage 2 upheld's Q3 and year-to-date
    'TBC' and the Housing Ombudsman's Q2 'n/a' are kept as written,
    unrated. The acknowledgement measure is new from Q2 with no year to date;
    the LGSCO remedy measure is annual, with only its 2023/24 figure.
    Percentages are typed as percentages (stored as fractions) and read in
    points. Nothing states a unit or polarity beyond the names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Complaints, Compliments and Ombudsman Report 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Standards and Governance Committee \u2013 5 March 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for r in (BAND_ROW, HEAD_ROW):
        for col in range(1, NCOL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=3, value="2024/25")
    sheet.merge_cells(start_row=BAND_ROW, start_column=3, end_row=BAND_ROW, end_column=7)
    sheet.cell(row=BAND_ROW, column=8, value="2023/24")
    for col, heading in enumerate(HEADINGS, start=1):
        if col in range(COL_VALUE, COL_TARGET):
            sheet.cell(row=HEAD_ROW, column=col, value=heading)
        else:  # the headings beside the bands run down both rows
            sheet.cell(row=BAND_ROW, column=col, value=heading)
            sheet.merge_cells(
                start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col
            )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        percent = str(name).startswith("%")
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=COL_VALUE + 5).fill = LAST_YEAR_FILL
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            stored = round(typed / 100, 4) if percent and isinstance(typed, float) else typed
            cell = sheet.cell(row=row, column=COL_VALUE + k, value=stored)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(typed, int | float):
                cell.number_format = "0.0%" if percent else "#,##0"
        goal = num(target)
        if goal is not None:
            cell = sheet.cell(row=row, column=COL_TARGET, value=round(goal / 100, 4))
            cell.number_format = "0%"
            cell.alignment = Alignment(horizontal="right")
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if note:
            cell = sheet.cell(row=row, column=COL_NOTE, value=note)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        given = [k for k, c in enumerate(cells) if c is not None]
        quarters = [k for k in given if k < 4]  # the RAG's quarter: the latest reported
        for k in given:
            figure, text = _reading(cells[k])
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    figure,
                    text,
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and quarters and k == quarters[-1] else None,
                )
            )
        row += 1
    foot = row + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Source: corporate complaints system (closed cases), adult and children's social "
        "care complaints teams, LGSCO and Housing Ombudsman decision notices. Prepared by the "
        "Customer Feedback Team, January 2025.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 56, "C": 10, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10,
              "J": 9, "K": 60}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    sheet.print_title_rows = f"{BAND_ROW}:{HEAD_ROW}"
    save(book, path)
    return exp

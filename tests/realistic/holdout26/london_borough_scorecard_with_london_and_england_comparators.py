"""A London borough's quarterly scorecard to overview and scrutiny with London and England comparators.

London boroughs benchmark themselves against the London average first and the England average
second (London Councils, LG Inform and the DfE, OHID, MHCLG and Defra releases), so the corporate
performance team's scorecard carries both averages, each beside the period it relates to, and a
'Compared with London' marker (Better / Similar / Worse) in Excel's Good / Neutral / Bad cell
styles beside the filled RAG letter against target.
"""

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
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q3"
BAND_ROW = 7
HEAD_ROW = 8
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (1, 2, 3)  # the periods the 'Target 2024/25' column is for
HEADINGS = (
    "Ref",
    "Indicator",
    "Polarity",
    "2023/24 outturn",
    "Q1 2024/25",
    "Q2 2024/25",
    "Q3 2024/25",
    "Target 2024/25",
    "RAG",
    "London average",
    "Period",
    "England average",
    "Period",
    "Compared with London",
    "Commentary",
)
COL_VALUE, COL_TARGET, COL_RAG, COL_LONDON, COL_VS = 4, 8, 9, 10, 14
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
# Excel's built-in Good / Neutral / Bad cell styles: fill and font colour
VS_STYLE = {
    "Better": ("FFC6EFCE", "FF006100"),
    "Similar": ("FFFFEB9C", "FF9C5700"),
    "Worse": ("FFFFC7CE", "FF9C0006"),
}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
BAND_FILL = PatternFill(fill_type="solid", start_color="FF8EA9DB", end_color="FF8EA9DB")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, polarity (None: not stated), the
# 2023/24 outturn and Q1..Q3 2024/25 as typed (None: blank), target ('-' where none), RAG letter
# (None: not rated), London average and its period, England average and its period ('n/a' where
# none is published), compared with London (None: blank), commentary. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and young people",),
    ("CYP01", "Re-referrals to children's social care within 12 months (%)", "Lower is better",
     (17.8, 16.9, 18.4, 19.6), 18.0, "A", 17.5, "2023/24", 22.4, "2023/24", "Worse",
     "Rise linked to domestic abuse notifications after the MARAC changes in October; "
     "audit of 40 re-referrals found the first closures appropriate."),
    ("CYP02", "Single assessments completed within 45 working days (%)", "Higher is better",
     (88.3, 90.1, 91.4, 89.7), 90.0, "A", 86.0, "2023/24", 82.9, "2023/24", "Better",
     "Dip in December with two team managers on leave; January is back above 92%."),
    ("CYP03", "Children looked after per 10,000 children aged under 18", None,
     (48.6, 47.9, 49.2, 50.1), "-", None, 50.0, "2023/24", 70.0, "2023/24", "Similar",
     "Context measure: 312 children looked after at 31 December, 11 of them unaccompanied "
     "asylum-seeking children."),
    ("CYP04", "16 and 17 year olds not in education, employment or training, or activity not "
     "known (%)", "Lower is better",
     (3.6, 3.2, 6.4, 4.0), 4.0, "G", 3.9, "Dec 23\u2013Feb 24 avg", 5.4, "Dec 23\u2013Feb 24 avg",
     "Similar", "Q2 is always high while September destinations are confirmed."),
    ("Adults and health",),
    ("ASC01", "Older people (65+) still at home 91 days after discharge from hospital into "
     "reablement (%)", "Higher is better",
     (82.1, 84.0, 86.2, None), 85.0, "G", 83.7, "2023/24", 83.8, "2023/24", "Similar",
     "The Q3 cohort's 91 days end in March, so Q3 is reported next time; the RAG is for Q2."),
    ("ASC02", "Adults with long-term support reviewed in the last 12 months (%)",
     "Higher is better",
     (64.0, 66.2, 68.9, 70.4), 75.0, "A", 58.0, "2023/24", 57.0, "2023/24", "Better",
     "Two agency reviewing officers until March."),
    ("PH01", "Opiate users successfully completing drug treatment (%)", "Higher is better",
     (5.1, 5.4, 5.0, 4.8), 6.0, "R", 5.6, "2023", 5.0, "2023", "Worse",
     "Provider recovering from the loss of its prescribing lead; improvement plan agreed with "
     "the Public Health team in December."),
    ("PH02", "Children receiving two doses of MMR vaccine by their fifth birthday (%)",
     "Higher is better",
     (74.8, 75.9, 76.4, "n/a"), 80.0, None, 73.1, "2023/24", 83.9, "2023/24", None,
     "Q3 COVER data not yet published by UKHSA; the Q2 figure was above the London average."),
    ("Housing",),
    ("HSG01", "Households in temporary accommodation per 1,000 households", "Lower is better",
     (16.2, 16.5, 16.9, 17.2), 16.0, "A", 16.9, "Jul\u2013Sep 2024", 4.6, "Jul\u2013Sep 2024",
     "Similar", "1,903 households at 31 December; 214 in nightly-paid annexes."),
    ("HSG02", "Prevention duties ended with accommodation secured (%)", "Higher is better",
     (48.2, 51.0, 46.5, 49.8), 52.0, "A", 44.1, "Apr\u2013Jun 2024", 51.8, "Apr\u2013Jun 2024",
     "Better", None),
    ("HSG03", "Average days to re-let council homes (general needs)", "Lower is better",
     (41, 38, 36, 44), 35, "R", "n/a", None, "n/a", None, None,
     "Twelve long-term voids with major works let in November. No published London "
     "average."),
    ("HSG04", "Repairs completed right first time (%)", "Higher is better",
     (None, 84.6, 87.2, 88.0), 85.0, "G", "n/a", None, "n/a", None, None,
     "New measure from the repairs contract that began on 1 April 2024."),
    ("Place and community safety",),
    ("PCS01", "Household waste sent for reuse, recycling and composting (%)", "Higher is better",
     (27.9, 29.4, 30.1, 26.8), 30.0, "R", 32.7, "2022/23", 41.7, "2022/23", "Worse",
     "Seasonal fall after the end of garden waste collections; food waste to flats now "
     "covers 5,200 homes."),
    ("PCS02", "Principal roads where maintenance should be considered (%)", "Lower is better",
     (5.0, None, None, 4.0), 5.0, "G", 5.0, "2023/24", 4.0, "2023/24", "Better",
     "Annual SCANNER survey, reported in Q3."),
    ("PCS03", "Notifiable offences per 1,000 residents (rolling 12 months)", None,
     (98.1, 97.4, 99.0, 101.3), "-", None, 95.8, "12 months to Dec 2024", "n/a", None, "Worse",
     "Context measure. Shoplifting up 22% on last year; the town centre partnership has "
     "funded two extra wardens."),
    ("PCS04", "Residents satisfied with their local area as a place to live (%)",
     "Higher is better",
     (None, None, None, 71.0), 75.0, "A", "n/a", None, 74.0, "Oct 2024", None,
     "New annual residents' survey, fieldwork October to November 2024 (1,012 interviews). "
     "England figure from the LGA's resident satisfaction polling."),
    ("Resources and customer",),
    ("RES01", "Working days lost to sickness absence per FTE (rolling 12 months)",
     "Lower is better",
     (8.9, 9.1, 9.4, 9.2), 8.0, "R", 8.6, "2023/24", "n/a", None, "Worse",
     "London figure from the London Councils HR metrics survey."),
    ("RES02", "Stage 1 complaints responded to within 10 working days (%)", "Higher is better",
     (74.2, 71.5, 76.8, 79.9), 85.0, "A", "n/a", None, "n/a", None, None,
     "Housing repairs complaints now triaged within one day."),
)  # fmt: skip

NOTES = (
    "RAG compares the latest quarter with the 2024/25 target: G on or better than target, "
    "A within 10% of target, R more than 10% worse. Where the latest quarter is not yet "
    "available the RAG is for the previous quarter. Blank: context measure, not rated.",
    "London and England averages are the most recent published, for the period shown beside "
    "each. 'Compared with London' sets our latest figure against the London average: Better, "
    "Similar (within 5% of it) or Worse. It is not the RAG rating.",
)


def build(path: Path) -> Expected:
    """Imitates a London borough's Quarter 3 corporate scorecard with London and England averages.

    A London borough's 'Corporate Performance Scorecard \u2013 Quarter 3
    2024/25' for its Overview and Scrutiny Committee: Ref, Indicator,
    Polarity ('Higher is better' / 'Lower is better'), '2023/24 outturn',
    'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', a filled R/A/G letter,
    then under a 'Benchmarking (latest published)' band 'London average'
    and its 'Period', 'England average' and its 'Period' (periods as each
    release words them: '2023/24', '2023', 'Jul\u2013Sep 2024', 'Dec 23\u2013Feb
    24 avg', '12 months to Dec 2024', 'Oct 2024'; 'n/a' where no average
    is published), 'Compared with London' (Better / Similar / Worse in the
    Good / Neutral / Bad cell styles) and Commentary, under shaded theme
    rows; notes under the title explain both markers.

    A careful reader takes the outturn and the three quarters as the
    borough's observations, the 2024/25 target on the quarters only, the
    R/A/G letter as the rating of the latest quarter given, and the London
    and England averages, their periods and the comparison marker as
    benchmarking, not figures or ratings of the borough: the two context
    measures have a 'Compared with London' marker but no target and no
    RAG. The reablement measure's Q3 is blank, so its G is for Q2, as its
    commentary says; the MMR 'n/a' Q3 is kept as text and unrated; the
    road condition survey has its outturn and a Q3 figure only, the
    residents' survey one Q3 figure, the repairs measure no outturn. The
    Polarity column states polarity; units are only in names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "London Borough of Hartsmere \u2013 Corporate Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Overview and Scrutiny Committee, 11 March 2025 \u2013 Appendix A"
    sheet["A3"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col in range(1, NCOL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL if r == HEAD_ROW else BAND_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=COL_VALUE, value="Performance")
    sheet.merge_cells(
        start_row=BAND_ROW, start_column=COL_VALUE, end_row=BAND_ROW, end_column=COL_RAG
    )
    sheet.cell(row=BAND_ROW, column=COL_LONDON, value="Benchmarking (latest published)")
    sheet.merge_cells(
        start_row=BAND_ROW, start_column=COL_LONDON, end_row=BAND_ROW, end_column=COL_VS
    )
    for col, heading in enumerate(HEADINGS, start=1):
        sheet.cell(row=HEAD_ROW, column=col, value=heading)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        (ref, name, polarity, cells, target, rag, london, london_period, england,
         england_period, vs_london, comment) = spec  # fmt: skip
        assert isinstance(cells, tuple)
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        if polarity:
            sheet.cell(row=row, column=3, value=polarity).alignment = Alignment(wrap_text=True)
        percent = "(%)" in str(name)
        figures = (*cells, target, None, london, london_period, england, england_period)
        for k, typed in enumerate(figures):
            if typed is None:
                continue
            cell = sheet.cell(row=row, column=COL_VALUE + k, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(typed, float):
                cell.number_format = "0.0"
            elif isinstance(typed, int):
                cell.number_format = "0.0" if percent else "#,##0"
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            cell.font = Font(bold=True)
        if vs_london:
            back, fore = VS_STYLE[str(vs_london)]
            cell = sheet.cell(row=row, column=COL_VS, value=vs_london)
            cell.fill = PatternFill(fill_type="solid", start_color=back, end_color=back)
            cell.font = Font(color=fore)
            cell.alignment = Alignment(horizontal="center")
        if comment:
            sheet.cell(row=row, column=NCOL, value=comment).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
        goal = num(target)
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(cells[k]),
                    text_of(cells[k]),
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        if polarity:
            exp.add_meta(str(ref), str(name), POLARITY[str(polarity)], None)
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: DfE children in need and looked after children releases, DfE NEET and "
        "participation, ASCOF, OHID (NDTMS), UKHSA COVER, MHCLG statutory homelessness, Defra, "
        "DfT road condition, Metropolitan Police crime data, LGA resident satisfaction polling.",
    ).font = Font(size=8)
    widths = {"A": 8, "B": 52, "C": 11, "H": 10, "I": 6, "J": 10, "K": 14, "L": 10, "M": 14,
              "N": 12, "O": 56}  # fmt: skip
    for letter in "DEFG":
        widths[letter] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    sheet.print_title_rows = f"{BAND_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp

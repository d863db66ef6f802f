"""Public health commissioned services by activity quarter, most a quarter or two in arrears, a 'Latest data' column per row, profiled targets."""

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
    save,
    title,
)

SHEET = "PH services Q3"
BAND_ROW = 8
HEAD_ROW = 9
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
QUARTER_BANDS = (
    "Q1 2024/25 (Apr\u2013Jun)",
    "Q2 2024/25 (Jul\u2013Sep)",
    "Q3 2024/25 (Oct\u2013Dec)",
)
COL_OUTTURN = 5  # E: 2023/24 outturn
COL_Q1 = 6  # F, G: Q1 target, actual; H, I: Q2; J, K: Q3
COL_ANNUAL, COL_LATEST, COL_RAG, COL_NOTE = 12, 13, 14, 15
NCOL = COL_NOTE
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00576B", end_color="FF00576B")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDAEEF3", end_color="FFDAEEF3")
TARGET_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FF9FB6BF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DASH = "\u2013"

GP = "GP practices (local enhanced service)"
SMOKE = "Stop Smoking Service (council in-house)"
DRUGS = "Pathways Recovery Partnership"
SEXUAL = "Integrated sexual health service (NHS trust)"
HCP = "0\u201319 Healthy Child Programme (NHS trust)"
MATERNITY = "Maternity (ICB data)"

# A 1-tuple is a section row. Otherwise: ref, indicator, provider, basis, 2023/24 outturn, then
# (target, actual) for Q1, Q2 and Q3 2024/25 as typed (None: blank; '\u2013' target: none),
# annual target 2024/25, 'Latest data' as typed, the period the RAG rates (an index into
# PERIODS), RAG word (None: not rated), commentary. Percentages in points, as typed.
ROWS: tuple[tuple[object, ...], ...] = (
    ("NHS Health Checks",),
    ("PH01", "NHS Health Checks offered to the eligible population (number)", GP, "Cumulative",
     9312, ((2400, 2516), (4800, 4622), (7200, None)), 9600,
     "Q2 2024/25 (Apr\u2013Sep 2024)", 2, "Amber",
     "Practices claim a quarter in arrears: October to December claims are due by 15 February "
     "and will be in the next report."),
    ("PH02", "NHS Health Checks received (number)", GP, "Cumulative",
     4406, ((1200, 1138), (2400, 2297), (3600, None)), 4800,
     "Q2 2024/25 (Apr\u2013Sep 2024)", 2, "Amber", None),
    ("PH03", "Uptake: Health Checks received as a percentage of those offered (%)", GP,
     "Cumulative", 47.3, ((50.0, 45.2), (50.0, 49.7), (50.0, None)), 50.0,
     "Q2 2024/25 (Apr\u2013Sep 2024)", 2, "Amber",
     "Text reminders from 12 practices since July have lifted uptake."),
    ("Stop smoking",),
    ("PH04", "Smokers setting a quit date with the service (number)", SMOKE, "In quarter",
     2140, ((525, 498), (525, 541), (525, 512)), 2100, "Q3 2024/25", 3, "Amber", None),
    ("PH05", "Smokers who had quit at 4 weeks (number)", SMOKE, "In quarter",
     1021, ((263, 241), (263, 276), (263, None)), 1050, "Q2 2024/25", 2, "Green",
     "Four-week outcomes for October to December quit dates are complete at the end of February."),
    ("PH06", "Quit rate at 4 weeks (% of quit dates set)", SMOKE, "In quarter",
     47.7, ((50.0, 48.4), (50.0, 51.0), (50.0, None)), 50.0, "Q2 2024/25", 2, "Green", None),
    ("PH07", "Women smoking at the time of delivery (%)", MATERNITY, "In quarter",
     8.9, ((8.5, 8.1), (8.5, "n/a"), (8.5, None)), 8.5, "Q1 2024/25", 1, "Green",
     "Q2 not available: the hospital trust's new maternity system has not yet produced the "
     "smoking status return. The RAG is for Q1."),
    ("Drug and alcohol treatment (NDTMS)",),
    ("PH08", "Successful completions \u2013 opiate clients (% of all in treatment)", DRUGS,
     "Rolling 12 months", 5.1, ((5.5, 4.9), (5.5, 5.3), (5.5, None)), 5.5,
     "Q2 2024/25 (12 months to Sep 2024)", 2, "Amber",
     "NDTMS results are published about ten weeks after the quarter ends."),
    ("PH09", "Successful completions \u2013 non-opiate clients (% of all in treatment)", DRUGS,
     "Rolling 12 months", 31.8, ((33.0, 30.2), (33.0, 29.4), (33.0, None)), 33.0,
     "Q2 2024/25 (12 months to Sep 2024)", 2, "Red",
     "Caseloads rose after the young adults' pathway opened; a recovery plan was agreed with "
     "the provider at the October contract meeting."),
    ("PH10", "Successful completions \u2013 alcohol only clients (% of all in treatment)", DRUGS,
     "Rolling 12 months", 36.9, ((38.0, 37.5), (38.0, 38.4), (38.0, None)), 38.0,
     "Q2 2024/25 (12 months to Sep 2024)", 2, "Green", None),
    ("PH11", "Adults in structured drug and alcohol treatment (number)", DRUGS,
     "Rolling 12 months", 1612, ((DASH, 1634), (DASH, 1671), (DASH, None)), DASH,
     "Q2 2024/25 (12 months to Sep 2024)", None, None, "Monitoring only."),
    ("PH12", "Prison leavers with a treatment need who engage in community treatment within "
     "3 weeks of release (%)", DRUGS, "Rolling 12 months",
     None, ((None, None), (40.0, 36.4), (40.0, None)), 40.0,
     "Q2 2024/25 (12 months to Sep 2024)", 2, "Amber",
     "New contract measure from Q2 2024/25 (continuity of care)."),
    ("Sexual health",),
    ("PH13", "Attendances at integrated sexual health clinics (number)", SEXUAL, "In quarter",
     21406, ((DASH, 5512), (DASH, 5218), (DASH, 5040)), DASH, "Q3 2024/25", None, None,
     "Monitoring only; 38% of attendances were online test kits."),
    ("PH14", "People contacting the service offered an appointment or walk-in within 48 hours "
     "(%)", SEXUAL, "In quarter",
     96.8, ((98.0, 97.1), (98.0, 98.6), (98.0, 98.9)), 98.0, "Q3 2024/25", 3, "Green", None),
    ("PH15", "New attendees eligible for an HIV test who were tested (%)", SEXUAL, "In quarter",
     61.4, ((65.0, 63.8), (65.0, None), (65.0, None)), 65.0, "Q1 2024/25", 1, "Amber",
     "GUMCAD data come back from UKHSA two quarters in arrears; Q2 is expected in March."),
    ("Health visiting",),
    ("PH16", "New birth visits completed within 14 days (%)", HCP, "In quarter",
     88.6, ((90.0, 89.2), (90.0, 91.4), (90.0, "TBC")), 90.0, "Q2 2024/25", 2, "Green",
     "Q3 TBC: the provider's validated return is late after its move to a new patient record "
     "system. The RAG is for Q2."),
    ("PH17", "6\u20138 week reviews completed by 8 weeks (%)", HCP, "In quarter",
     83.1, ((85.0, 84.6), (85.0, 86.2), (85.0, 85.1)), 85.0, "Q3 2024/25", 3, "Green", None),
    ("PH18", "12-month reviews completed by 12 months (%)", HCP, "In quarter",
     71.9, ((80.0, 74.5), (80.0, 76.8), (80.0, 78.0)), 80.0, "Q3 2024/25", 3, "Amber",
     "Improving each quarter since clinics moved to family hubs."),
    ("PH19", "2\u20132\u00bd year reviews using the ASQ-3 (%)", HCP, "In quarter",
     90.2, ((92.0, 91.0), (92.0, 93.1), (92.0, 92.4)), 92.0, "Q3 2024/25", 3, "Green", None),
    ("PH20", "Infants totally or partially breastfed at 6\u20138 weeks (%)", HCP, "In quarter",
     47.8, ((DASH, 49.1), (DASH, 48.3), (DASH, 50.2)), DASH, "Q3 2024/25", None, None,
     "Monitoring only."),
)  # fmt: skip

NOTES = (
    "Figures are shown in the quarter in which the activity took place. Most providers report "
    "a quarter in arrears and some national datasets later still (NDTMS, GUMCAD, maternity "
    "data), so many Q3 cells are still empty; 'Latest data' gives the period of each "
    "measure's latest figure.",
    "Quarterly targets are the 2024/25 annual target profiled by quarter: cumulative measures "
    "build up to the annual target, percentages keep the annual level. RAG rates the latest "
    "figure against its quarter's target: Green \u2013 met; Amber \u2013 within 10%; Red "
    "\u2013 more than 10% away. \u2013 = monitoring only, no target.",
    "Basis: Cumulative = 1 April to the end of the quarter; In quarter = that quarter only; "
    "Rolling 12 months = the twelve months to the end of the quarter.",
)


def _reading(typed: object) -> tuple[float | None, str | None]:
    if isinstance(typed, int | float):
        return float(typed), None
    return None, str(typed)


def build(path: Path) -> Expected:
    """Imitates a public health team's quarterly commissioned services report to health scrutiny.

    An upper-tier council's public health team reports each quarter on the
    services it commissions with the public health grant \u2013 NHS Health
    Checks from GP practices, the stop smoking service, drug and alcohol
    treatment (NDTMS), the integrated sexual health service and the
    0\u201319 Healthy Child Programme \u2013 to its Health and Wellbeing
    Scrutiny Committee. The contract monitoring workbook puts each figure
    in the quarter the activity happened, not the quarter it arrived, so in
    the Quarter 3 report most Q3 cells are empty: GP claims and four-week
    quit outcomes come a quarter late, NDTMS rolling results ten weeks
    after the quarter, GUMCAD two quarters late, the maternity return not
    at all this time. A 'Latest data' column says which period each row's
    latest figure is for, and the RAG rates that figure against its
    quarter's profiled target. Ref, Indicator, Provider, Basis (Cumulative
    / In quarter / Rolling 12 months), '2023/24 outturn', a merged band per
    quarter 'Q1 2024/25 (Apr\u2013Jun)'.. over 'Target' | 'Actual',
    'Annual target 2024/25', 'Latest data', a filled RAG word, Commentary,
    under shaded service rows; notes under the title on the lag, the
    profiles, the RAG and the bases.

    A careful reader takes each quarter's actual as that quarter (whatever
    its basis) with the profiled target beside it, and the outturn as
    2023/24 without a target; the annual target is not a period's figure.
    Blank actuals are no observation. The RAG goes on the period 'Latest
    data' names: Q2 for the Health Checks, quitters, NDTMS rows and new
    birth visits (whose Q3 'TBC' is kept and unrated), Q1 for HIV testing
    and for smoking at delivery (whose Q2 'n/a' is kept and unrated), Q3
    for the rest. Monitoring rows have '\u2013' targets and no RAG; the
    prison leavers measure is new from Q2. Units are only in the names and
    nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Public Health Commissioned Services \u2013 Quarterly Performance Report")
    sheet["A2"] = "Quarter 3 2024/25 report (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Health and Wellbeing Scrutiny Committee, 18 March 2025 \u2013 Appendix B. Prepared by "
        "the Public Health Intelligence Team."
    )
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col in range(1, NCOL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    singles = {1: "Ref", 2: "Indicator", 3: "Provider", 4: "Basis", COL_OUTTURN: "2023/24 outturn",
               COL_ANNUAL: "Annual target 2024/25", COL_LATEST: "Latest data", COL_RAG: "RAG",
               COL_NOTE: "Commentary"}  # fmt: skip
    for col, heading in singles.items():
        sheet.cell(row=BAND_ROW, column=col, value=heading)
        sheet.merge_cells(start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col)
    for q, band in enumerate(QUARTER_BANDS):
        col = COL_Q1 + 2 * q
        sheet.cell(row=BAND_ROW, column=col, value=band)
        sheet.merge_cells(
            start_row=BAND_ROW, start_column=col, end_row=BAND_ROW, end_column=col + 1
        )
        sheet.cell(row=HEAD_ROW, column=col, value="Target")
        sheet.cell(row=HEAD_ROW, column=col + 1, value="Actual")
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, provider, basis, outturn, quarters, annual, latest, rated, rag, note = spec
        assert isinstance(quarters, tuple)
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        percent = "(%)" in str(name) or "(% of" in str(name)
        shown = "0.0" if percent else "#,##0"
        typed_row: dict[int, object] = {1: ref, 2: name, 3: provider, 4: basis,
                                        COL_OUTTURN: outturn, COL_ANNUAL: annual,
                                        COL_LATEST: latest, COL_RAG: rag, COL_NOTE: note}  # fmt: skip
        for q, (target, actual) in enumerate(quarters):
            typed_row[COL_Q1 + 2 * q] = target
            typed_row[COL_Q1 + 2 * q + 1] = actual
            sheet.cell(row=row, column=COL_Q1 + 2 * q).fill = TARGET_FILL
        for col, typed in typed_row.items():
            if typed is None:
                continue
            cell = sheet.cell(row=row, column=col, value=typed)
            if isinstance(typed, int | float):
                cell.number_format = shown
                cell.alignment = Alignment(horizontal="right")
            elif col in (2, 3, COL_LATEST, COL_NOTE):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"{sheet.cell(row=row, column=COL_RAG).coordinate}", RAG_FILL[str(rag)])
        cells: list[tuple[object, object]] = [(None, outturn), *quarters]
        for k, (target, actual) in enumerate(cells):
            if actual is None:
                continue
            figure, text = _reading(actual)
            goal = _reading(target)[0] if target is not None else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    figure,
                    text,
                    goal,
                    RAG[str(rag)] if rag and k == rated else None,
                )
            )
        row += 1
    foot = row + 1
    for j, line in enumerate(
        (
            "Sources: GP clinical systems extract (Health Checks); stop smoking service records; "
            "National Drug Treatment Monitoring System (NDTMS) via OHID; GUMCAD via UKHSA; "
            "provider returns under each contract; ICB maternity dashboard.",
            "TBC = to be confirmed (figure awaiting validation); n/a = not available.",
        )
    ):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 52, "C": 24, "D": 14, "E": 10, "L": 11, "M": 20, "N": 8, "O": 56}
    for letter in "FGHIJK":
        widths[letter] = 9
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp

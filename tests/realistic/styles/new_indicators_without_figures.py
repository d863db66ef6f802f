"""A quarterly scorecard whose new indicators have a code and name but no figures yet: 'New for 2024/25', 'Baseline year', 'Data available from Q3', 'TBC'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q2 scorecard"
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
HEADER = ("Ref", "Indicator", "Good is", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
          "Target 2024/25", "Q2 RAG", "Comments")  # fmt: skip
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": "FFFF5050", "A": "FFFFC000", "G": "FF00B050"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
NEW_FILL = "FFDDEBF7"
SECTION_FILL = "FFD9D9D9"
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = 5
NEW, LATER, BASELINE = "New for 2024/25", "Data available from Q3", "Baseline year"

# a section, or: ref, indicator, good is, new?, 2023/24 outturn, Q1, Q2, target, Q2 RAG, comment
ROWS: tuple[object, ...] = (
    "Priority 1: Creating the best start in life",
    ("CP1.01", "Children's social care assessments completed within 45 working days (%)", "Higher", False,
     87.2, 84.5, 89.1, 90, "A", None),
    ("CP1.02", "Care leavers aged 19-21 in education, employment or training (%)", "Higher", False,
     52.0, 55.3, 57.8, 55, "G", None),
    ("CP1.03", "Early help assessments closed with needs met (%)", "Higher", True,
     NEW, 71.4, 68.9, BASELINE, "N/A", "Target to be set from this year's results."),
    ("CP1.04", "Eligible two-year-olds taking up a funded childcare place (%)", "Higher", True,
     NEW, LATER, LATER, "TBC", None, "Termly DfE data; first figure is for the autumn term."),
    "Priority 2: Supporting people to live independently",
    ("CP2.01", "Adult social care clients reviewed in the last 12 months (%)", "Higher", False,
     61.3, 63.0, 65.2, 70, "R", "Review team at full strength from October."),
    ("CP2.02", "Older people still at home 91 days after discharge into reablement (%)", "Higher", False,
     84.0, 85.1, 82.7, 82, "G", None),
    ("CP2.03", "Carers who feel supported in their caring role (%)", "Higher", True,
     NEW, None, None, BASELINE, None, "Annual carers' survey; baseline reported at year end."),
    ("CP2.04", "Households prevented from becoming homeless (%)", "Higher", False,
     56.4, 58.0, 61.2, 60, "G", None),
    ("CP2.05", "Households in temporary accommodation for more than 6 months", "Lower", True,
     "New indicator", 38, 44, "TBC", "N/A", "Target to be agreed by Cabinet in December."),
    "Priority 3: Promoting sustainable and inclusive communities",
    ("CP3.01", "Household waste sent for reuse, recycling and composting (%)", "Higher", False,
     59.1, 61.4, 60.2, 60, "G", None),
    ("CP3.02", "Missed bin collections per 100,000 collections", "Lower", False,
     42, 38, 47, 45, "A", "Round changes in August."),
    ("CP3.03", "Public electric vehicle charge points installed (cumulative)", "Higher", True,
     None, 12, 26, 60, "G", "New for 2024/25. On track for 60 by March."),
    ("CP3.04", "Major planning applications determined within 13 weeks or agreed time (%)", "Higher", False,
     88.9, 100.0, 85.7, 75, "G", None),
    ("CP3.05", "Council's own carbon emissions (tonnes CO2e)", "Lower", True,
     NEW, "Annual", "Annual", BASELINE, None, "Reported annually; 2024/25 figure due September 2025."),
    "Priority 4: An efficient and effective council",
    ("CP4.01", "Calls to the customer contact centre answered within 2 minutes (%)", "Higher", False,
     72.5, 69.8, 76.4, 80, "A", None),
    ("CP4.02", "Council tax collected in year (cumulative %)", "Higher", False,
     97.6, 29.8, 57.4, 97.5, "G", "On profile."),
    ("CP4.03", "Residents' transactions completed online (%)", "Higher", True,
     NEW, 41.2, 44.9, "TBC \u2013 baseline year", None, "New web platform went live in April."),
)  # fmt: skip


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def build(path: Path) -> Expected:
    """Imitates a unitary council's first quarterly scorecard under a new Council Plan.

    South Gloucestershire Council style, the Quarter 2 2024/25 scorecard to
    the Scrutiny Commission in the first year of a new Council Plan: shaded
    priority rows, 'Good is' Higher/Lower, '2023/24 outturn', Q1 and Q2
    2024/25, 'Target 2024/25', a filled 'Q2 RAG' letter and comments. Half
    the indicators carried over from the old plan and have figures; the new
    ones (their Ref and name shaded pale blue) have a code and a name but
    few figures or none: 'New for 2024/25' or 'New indicator' in the outturn
    column, 'Data available from Q3' or 'Annual' in the quarter cells or
    nothing at all, 'Baseline year', 'TBC' or 'TBC \u2013 baseline year' for
    the target, and 'N/A' or a blank in the RAG column. One new indicator
    (charge points) has a blank outturn, figures and a real target.

    A careful reader takes each figure with the row's single target (the
    'Target 2024/25' heading names its year, so it is not the 2023/24
    outturn's) and the Q2 RAG for Q2. Words where a figure would stand are
    kept as that period's text ('New for 2024/25' for 2023/24, 'Data
    available from Q3' for Q1 and Q2, 'Annual'), with no figure; a blank is
    nothing. 'Baseline year' and 'TBC' are no target, 'N/A' is no rating. A
    new indicator with every cell blank or worded still is an indicator, and
    has only what its cells say. 'Good is' gives the polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "South Gloucestershire Council")
    sheet["A2"] = "Council Plan 2024\u201328 performance scorecard \u2013 Quarter 2 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Scrutiny Commission, 25 November 2024"
    sheet["A3"].font = Font(italic=True)
    put_row(sheet, HEAD, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEAD + 1
    for item in ROWS:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True)
            for col in range(1, len(HEADER) + 1):
                sheet.cell(row=row, column=col).fill = _fill(SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, good, new, outturn, q1, q2, target, rag, comment = item
        put_row(sheet, row, 1, [ref, name, good, outturn, q1, q2, target, rag, comment])
        for col in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(4, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if new:
            for col in (1, 2):
                sheet.cell(row=row, column=col).fill = _fill(NEW_FILL)
        if rag in RAG_FILL:
            sheet.cell(row=row, column=8).fill = _fill(RAG_FILL[str(rag)])
        sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        code, nm = str(ref), str(name)
        goal = float(str(target)) if isinstance(target, int | float) else None
        for period, value in zip(PERIODS, (outturn, q1, q2), strict=True):
            if value is None:
                continue
            this_year = goal if period != "2023/24" else None
            rating = RAG.get(str(rag)) if period == "Q2 2024/25" else None
            if isinstance(value, str):
                exp.observations.append(Obs(code, nm, period, None, value, this_year, rating))
            else:
                exp.observations.append(
                    Obs(code, nm, period, float(value), None, this_year, rating)
                )
        exp.add_meta(code, nm, POLARITY[str(good)], None)
        row += 1
    notes = (
        "Shaded Ref and Indicator: new indicator for 2024/25. Targets for new indicators are set "
        "once a baseline year of data is available.",
        "RAG: G = on or better than target; A = within 5% of target; R = more than 5% off target; "
        "N/A = not rated.",
    )
    for j, text in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=text).font = Font(size=9, italic=True)
    for letter, width in zip("ABCDEFGHI", (8, 62, 8, 14, 20, 20, 18, 8, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp

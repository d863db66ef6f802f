"""Authority Monitoring Report headline indicators: each monitoring year of the Local Plan period across, an 'Actual' row and a 'Requirement'/'Target' row per indicator, cumulative rows since the plan began."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

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

SHEET = "Headline indicators"
BAND_ROW = 8
HEAD_ROW = 9
FIRST = HEAD_ROW + 1
YEARS = ("2019/20", "2020/21", "2021/22", "2022/23", "2023/24")
# What each year column's figure covers, by kind of row. A year's own figure (and a position at
# its end) is that monitoring year; a cumulative figure runs from the start of the plan period on
# 1 April 2019 to the end of the year shown; the Housing Delivery Test is over the three
# monitoring years ending with the year shown.
SPANS = {
    "year": YEARS,
    "cumulative": ("2019/20", "Apr 2019\u2013Mar 2021", "Apr 2019\u2013Mar 2022",
                   "Apr 2019\u2013Mar 2023", "Apr 2019\u2013Mar 2024"),
    "three years": ("Apr 2017\u2013Mar 2020", "Apr 2018\u2013Mar 2021", "Apr 2019\u2013Mar 2022",
                    "Apr 2020\u2013Mar 2023", "Apr 2021\u2013Mar 2024"),
}  # fmt: skip
HEADINGS = ("Ref", "Indicator", "Unit", "", *YEARS, "RAG 2023/24", "Commentary")
COL_KIND, COL_YEAR, COL_RAG, COL_NOTE = 4, 5, 10, 11
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"No.": "number", "%": "%", "\u00a3": "\u00a3"}  # 'Years', 'sq m' and 'MW' not recorded
FORMAT = {"No.": "#,##0;(#,##0)", "%": "0.0%", "\u00a3": "\u00a3#,##0", "Years": "0.0",
          "sq m": "#,##0;(#,##0)", "MW": "0.0"}  # fmt: skip
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E3D", end_color="FF1F4E3D")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBE3", end_color="FFDDEBE3")
TARGET_FONT = Font(italic=True, color="FF595959")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, unit, what the columns cover (a SPANS
# key), the five yearly actuals (None: blank; percentages in points), the label and five cells
# of the row under it (None: no such row), RAG letter for 2023/24, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing delivery (Local Plan Policy SP3)",),
    ("MI1", "Net additional dwellings completed", "No.", "year",
     (712, 548, 690, 731, 602), ("Requirement", (640, 640, 640, 640, 640)), "A",
     "Completions fell in 2023/24 as higher interest rates slowed sales on the two largest "
     "strategic sites (Kingsmoor Park and Land north of Station Road)."),
    ("MI2", "Net additional dwellings since the start of the plan period on 1 April 2019 "
     "(cumulative)", "No.", "cumulative",
     (712, 1260, 1950, 2681, 3283), ("Requirement", (640, 1280, 1920, 2560, 3200)), "G",
     "83 dwellings ahead of the cumulative requirement after five years of the plan period."),
    ("MI3", "Affordable homes completed (gross)", "No.", "year",
     (168, 121, 204, 187, 143), ("Target", (190, 190, 190, 190, 190)), "R",
     "Two registered providers paused starts in 2022/23; 96 of the 143 were affordable rent."),
    ("MI4", "Affordable homes as a share of net additional dwellings", "%", "year",
     (23.6, 22.1, 29.6, 25.6, 23.8), None, None,
     "Monitoring only: Policy H4 seeks 30% on sites of 10 or more homes, not across all "
     "completions."),
    ("MI5", "New dwellings completed on previously developed (brownfield) land", "%", "year",
     (41.2, 38.5, 52.3, 47.9, 44.6), ("Target", (40.0, 40.0, 40.0, 40.0, 40.0)), "G", None),
    ("MI6", "Net dwellings with planning permission not yet built, at 31 March", "No.", "year",
     (3940, 4215, 4602, 4388, 4120), None, None, None),
    ("MI7", "Five-year housing land supply (at 1 April following the year)", "Years", "year",
     (5.8, 5.4, 5.6, 5.1, 4.6), ("Requirement", (5.0, 5.0, 5.0, 5.0, 5.0)), "A",
     "Below five years at 1 April 2024 (Housing Land Supply Statement, October 2024); an "
     "action plan goes to the Planning Committee in February."),
    ("MI8", "Housing Delivery Test result (three monitoring years ending with the year shown)",
     "%", "three years",
     (131.0, 118.0, 109.0, 97.0, "TBC"), None, None,
     "2023 measurement published 12 December 2024: no consequence above 95%. The 2024 "
     "measurement is due in 2025."),
    ("Gypsies and Travellers and self-build",),
    ("MI9", "Net additional Gypsy and Traveller pitches", "No.", "year",
     (0, 4, 0, 2, 0), None, None, None),
    ("MI10", "Self-build and custom housebuilding plots granted permission", "No.", "year",
     (9, 14, 11, 17, 12), None, None, None),
    ("Economy and town centres",),
    ("MI11", "Employment floorspace completed, net (Use Classes E(g), B2 and B8)", "sq m", "year",
     (8420, 2150, -1300, 12600, 5480), ("Target", (3800, 3800, 3800, 3800, 3800)), "G",
     "2021/22: net loss after the former Alder Mill offices were converted to flats under "
     "permitted development."),
    ("MI12", "Ground-floor units vacant in the three town centres (July survey)", "%", "year",
     (11.8, "n/a", 13.1, 12.4, 11.2), None, None,
     "No survey in July 2020 (COVID-19 restrictions)."),
    ("Environment",),
    ("MI13", "Permissions granted contrary to Environment Agency advice on flood risk or "
     "water quality", "No.", "year",
     (0, 0, 0, 0, 0), ("Target", (0, 0, 0, 0, 0)), "G", None),
    ("MI14", "Major developments permitted with at least 10% biodiversity net gain", "%", "year",
     (None, None, None, None, 100.0), ("Target", (None, None, None, None, 100.0)), "G",
     "New indicator: mandatory biodiversity net gain applies to major applications made from "
     "12 February 2024; 3 of 3 permitted by 31 March 2024."),
    ("MI15", "Renewable energy generating capacity permitted", "MW", "year",
     (4.2, 0.0, 12.5, 1.8, 23.0), None, None, "2023/24 includes the 19.9 MW Hollins Farm solar "
     "farm."),
    ("Infrastructure and developer contributions",),
    ("MI16", "Community Infrastructure Levy receipts", "\u00a3", "year",
     (None, None, 412650, 1284300, 1906120), None, None,
     "CIL charging began on 1 October 2021."),
    ("MI17", "Financial contributions secured in section 106 agreements", "\u00a3", "year",
     (2810000, 1145500, 3402750, 2276000, 1988400), None, None, None),
)  # fmt: skip

NOTES = (
    "Monitoring years run from 1 April to 31 March; the plan period began on 1 April 2019 "
    "(Local Plan 2019\u20132036, adopted 24 March 2021).",
    "Policy SP3 requires at least 10,880 net additional dwellings over 2019\u20132036, 640 a year. "
    "Cumulative rows count from 1 April 2019 to 31 March of the year shown, against the "
    "requirement for the same years.",
    "Five-year housing land supply is the position at 1 April following the year shown (the base "
    "date of each Housing Land Supply Statement). The Housing Delivery Test is the Government's "
    "result for the three monitoring years ending with the year shown (e.g. the 2023 "
    "measurement, published December 2024, under 2022/23); the 2024 measurement is TBC.",
    "RAG 2023/24 compares 2023/24 with its requirement or target: G \u2013 met; A \u2013 within "
    "10%; R \u2013 more than 10% short. Indicators with no target are monitored only. "
    "n/a \u2013 not available.",
)


def _reading(typed: object) -> tuple[float | None, str | None]:
    if isinstance(typed, int | float):
        return float(typed), None
    return None, str(typed)


def _put(sheet: Worksheet, row: int, col: int, value: object, unit: str) -> None:
    """A figure as the team typed it: percentages as percentages (stored as fractions)."""
    stored = round(value / 100, 4) if unit == "%" and isinstance(value, int | float) else value
    cell = sheet.cell(row=row, column=col, value=stored)
    cell.alignment = Alignment(horizontal="right")
    if isinstance(value, int | float):
        cell.number_format = FORMAT[unit]


def build(path: Path) -> Expected:
    """Imitates a district council's Authority Monitoring Report headline indicators to scrutiny.

    Local planning authorities publish an Authority Monitoring Report
    each winter (Regulation 34 of the Town and Country Planning (Local
    Planning) (England) Regulations 2012) and take its headline
    indicators to a planning policy or place scrutiny committee. The
    planning policy team keeps them in Excel the way its housing
    trajectory is kept: the monitoring years of the Local Plan period
    across (2019/20, the plan's first year, to 2023/24) under a merged
    'Monitoring year (1 April \u2013 31 March)' band, and under each
    indicator with a requirement or target a second row labelled
    'Requirement' or 'Target' (the label in an unheaded column, the
    indicator's name merged down over both rows). Net additional dwellings
    sit over the Local Plan's annual requirement, the cumulative total since
    1 April 2019 over the cumulative requirement, then affordable homes,
    the brownfield share, commitments, the five-year housing land supply in
    years, the Housing Delivery Test, pitches, self-build, employment
    floorspace (a net loss shown in brackets), town-centre vacancy,
    flood-risk permissions, biodiversity net gain, renewable capacity, CIL
    and section 106 money. Ref (monitoring indicator numbers MI1..), Unit
    (No., %, Years, sq m, MW, \u00a3), a filled 'RAG 2023/24' letter and
    Commentary; notes above say what the cumulative, land-supply and HDT
    rows cover and how the RAG is set.

    A careful reader takes each 'Actual' row's years as the monitoring
    years and the row under it as its requirement or target year by year
    (the cumulative requirement rises 640 a year). A cumulative figure is
    for the span since 1 April 2019 (2021/22's 1,950 is April 2019 to
    March 2022), as the note says; the Housing Delivery Test result is for
    the three monitoring years ending with the column's year (under 2022/23,
    April 2020 to March 2023), and its 2024 measurement 'TBC' is kept as
    written; the five-year supply and commitments are positions at the
    year's end, so belong to the year. The RAG names 2023/24 and goes there
    only. Town-centre vacancy's 2020/21 'n/a' is kept; biodiversity net gain
    is new with one figure and one target; CIL began in 2021/22; indicators
    without a target row have none. Employment floorspace's (1,300) is
    -1300. Units are taken from the Unit column where they are the common
    ones (No., %, \u00a3); nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Authority Monitoring Report 2023/24 \u2013 Headline Indicators")
    sheet["A2"] = (
        "Ashcombe District Council \u2013 Local Plan 2019\u20132036: the first five years of the "
        "plan period"
    )
    sheet["A3"] = (
        "Place Overview and Scrutiny Committee \u2013 16 January 2025 \u2013 Item 6, Appendix 1"
    )
    sheet["A3"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for r in (BAND_ROW, HEAD_ROW):
        for col in range(1, NCOL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=COL_YEAR, value="Monitoring year (1 April \u2013 31 March)")
    sheet.merge_cells(
        start_row=BAND_ROW, start_column=COL_YEAR, end_row=BAND_ROW, end_column=COL_YEAR + 4
    )
    for col, heading in enumerate(HEADINGS, start=1):
        if COL_YEAR <= col < COL_YEAR + 5:
            sheet.cell(row=HEAD_ROW, column=col, value=heading)
        else:
            if heading:
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
        ref, name, unit, kind, actuals, under, rag, note = spec
        assert isinstance(actuals, tuple)
        height = 2 if under else 1
        for r in range(row, row + height):
            for col in range(1, NCOL + 1):
                sheet.cell(row=r, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref).alignment = Alignment(vertical="top")
        cell = sheet.cell(row=row, column=2, value=name)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=3, value=unit).alignment = Alignment(
            horizontal="center", vertical="top"
        )
        sheet.cell(row=row, column=COL_KIND, value="Actual")
        for k, value in enumerate(actuals):
            if value is not None:
                _put(sheet, row, COL_YEAR + k, value, str(unit))
        targets: tuple[object, ...] = (None,) * len(YEARS)
        if under:
            assert isinstance(under, tuple)
            label, targets = under
            cell = sheet.cell(row=row + 1, column=COL_KIND, value=label)
            cell.font = TARGET_FONT
            for k, value in enumerate(targets):
                if value is not None:
                    _put(sheet, row + 1, COL_YEAR + k, value, str(unit))
                    sheet.cell(row=row + 1, column=COL_YEAR + k).font = TARGET_FONT
            for col in (1, 2, 3, COL_RAG, COL_NOTE):
                sheet.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if note:
            cell = sheet.cell(row=row, column=COL_NOTE, value=note)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        spans = SPANS[str(kind)]
        for k, value in enumerate(actuals):
            if value is None:
                continue
            figure, text = _reading(value)
            goal = targets[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    spans[k],
                    figure,
                    text,
                    float(goal) if isinstance(goal, int | float) else None,
                    RAG[str(rag)] if rag and k == len(YEARS) - 1 else None,
                )
            )
        if str(unit) in UNIT:
            exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += height
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: council housing and employment land monitoring (site visits and building "
        "control completions), DLUHC/MHCLG Housing Delivery Test results, town centre surveys, "
        "CIL and section 106 monitoring. Full tables in the Authority Monitoring Report.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 6, "B": 52, "C": 7, "D": 12, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11,
              "J": 9, "K": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp

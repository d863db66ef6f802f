"""A district council's whole quarterly performance appendix: cover sheet, key sheet, then one sheet per portfolio."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import Expected, Obs, Rag, save

HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (1, 2, 3)  # the periods 'Annual Target 2024/25' is for
HEADINGS = ("Code", "Measure", "Good is", "2023/24 Outturn", *PERIODS[1:],
            "Annual Target 2024/25", "Status", "Direction of Travel", "Commentary")  # fmt: skip
COL_GOOD, COL_FIRST_VALUE, COL_TARGET, COL_STATUS, COL_DOT, COL_NOTE = 3, 4, 8, 9, 10, 11
STATUS: dict[str, Rag | None] = {
    "On Target": "green",
    "Within Tolerance": "amber",
    "Off Target": "red",
    "Data Only": None,
}
STATUS_FILL = {
    "On Target": "FF92D050",
    "Within Tolerance": "FFFFC000",
    "Off Target": "FFFF0000",
    "Data Only": "FFBFBFBF",
}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E3D", end_color="FF1F4E3D")
THIN = Side(style="thin", color="FF7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
COUNCIL = "Brackenfield District Council"

# Per portfolio sheet: (sheet name, portfolio holder, rows). Each row: code, measure, good is,
# kind ('pct' figures are given here in points and stored as fractions under 0.0%; 'num' as
# typed), 2023/24 outturn, Q1, Q2, Q3 (None: blank), annual target (None: blank), status
# word (None: blank), direction arrow (None: blank), commentary.
PORTFOLIOS: tuple[tuple[str, str, tuple[tuple[object, ...], ...]], ...] = (
    ("Communities", "Cllr Sarah Whitlock, Portfolio Holder for Communities and Housing", (
        ("COM01", "Homelessness cases prevented (cumulative)", "High", "num",
         412, 96, 203, 306, 400, "On Target", "\u2191",
         "306 households helped to stay in their home or move before becoming homeless; "
         "profile at Q3 is 300."),
        ("COM02", "Households in temporary accommodation (at quarter end)", "Low", "num",
         48, 52, 57, 61, None, "Data Only", "\u2193",
         "Demand continues to rise in line with the national picture."),
        ("COM03", "Average days families with children spent in bed and breakfast", "Low",
         "num", 11.2, 9.0, 6.5, "n/a", 21, None, None,
         "n/a: no families were placed in bed and breakfast in Q3."),
        ("COM04", "Leisure centre visits (cumulative)", "High", "num",
         512430, 131208, 259874, 378115, 520000, "Within Tolerance", "\u2192",
         "Swimming visits down while the Riverside pool was closed for 3 weeks in November."),
        ("COM05", "Average weeks from approval to completion of a Disabled Facilities Grant",
         "Low", "num", 19.4, 21.2, 18.6, 17.9, 18, "On Target", "\u2191", None),
        ("COM06", "Anti-social behaviour cases resolved within 30 days (%)", "High", "pct",
         None, None, 78.4, 81.9, 85.0, "Within Tolerance", "\u2191",
         "New measure from Q2 with the new case management system."),
    )),
    ("Environment", "Cllr Peter Anand, Portfolio Holder for Environment and Planning", (
        ("ENV01", "Missed bin collections per 100,000 collections", "Low", "num",
         58.2, 49.6, 47.1, 63.8, 50, "Off Target", "\u2193",
         "Christmas and New Year catch-up: 1,214 missed collections in Q3, 402 of them in the "
         "week of 30 December."),
        ("ENV02", "Household waste sent for reuse, recycling and composting (%)", "High", "pct",
         48.7, 52.3, 51.8, None, 50.0, "On Target", "\u2192",
         "The Q3 figure is not available until it is validated through WasteDataFlow in "
         "March; the status and direction shown are for Q2."),
        ("ENV03", "Residual household waste per household (kg, cumulative)", "Low", "num",
         452, 112, 221, 331, 450, "On Target", "\u2192", None),
        ("ENV04", "Fly-tipping incidents removed within 5 working days (%)", "High", "pct",
         91.3, 94.2, 95.6, 93.8, 95.0, "Within Tolerance", "\u2193", None),
        ("ENV05", "Major planning applications determined within 13 weeks or an agreed "
         "extension (%)", "High", "pct",
         85.7, 100.0, 88.9, 83.3, 90.0, "Off Target", "\u2193",
         "5 of 6 decisions in time; one delayed by a late highways consultation response."),
        ("ENV06", "Non-major planning applications determined within 8 weeks or an agreed "
         "extension (%)", "High", "pct",
         82.4, 86.1, 88.7, "TBC", 85.0, None, None,
         "TBC: Q3 figures are being checked after the planning system upgrade in December."),
        ("ENV07", "Residents satisfied with street cleanliness (%)", "High", "pct",
         71.0, None, None, 68.0, 72.0, "Off Target", "\u2193",
         "Annual residents' survey, fieldwork in October; 1,046 responses."),
        ("ENV08", "Affordable homes delivered", "High", "num",
         186, None, None, None, 150, None, None,
         "Annual measure: the 2024/25 figure will be reported at Q4."),
    )),
    ("Resources", "Cllr Margaret Doyle, Portfolio Holder for Finance and Resources", (
        ("RES01", "Council tax collected in year (cumulative %)", "High", "pct",
         97.6, 29.4, 57.0, 84.5, 97.5, "On Target", "\u2192",
         "Profile at Q3 is 84.3%."),
        ("RES02", "Business rates collected in year (cumulative %)", "High", "pct",
         98.1, 31.2, 58.7, 82.9, 98.0, "Within Tolerance", "\u2193",
         "Profile at Q3 is 84.0%; two large ratepayers on instalment arrangements."),
        ("RES03", "Average days to process new Housing Benefit claims", "Low", "num",
         17.8, 16.2, 18.9, 15.4, 18, "On Target", "\u2191", None),
        ("RES04", "Average days to process Housing Benefit changes of circumstances", "Low",
         "num", 6.1, 5.4, 7.9, 5.2, 6, "On Target", "\u2191", None),
        ("RES05", "Freedom of Information requests responded to within 20 working days (%)",
         "High", "pct", 89.7, 92.4, 90.8, 94.1, 90.0, "On Target", "\u2191",
         "158 of 168 requests answered in time."),
        ("RES06", "Working days lost to sickness absence per FTE (rolling 12 months)", "Low",
         "num", 8.9, 9.2, 9.6, 9.8, 8.5, "Off Target", "\u2193",
         "Long-term absence accounts for 64% of days lost; occupational health contract "
         "retendered from January."),
        ("RES07", "Stage 1 complaints responded to within 10 working days (%)", "High", "pct",
         84.0, 80.6, 86.3, 88.5, 90.0, "Within Tolerance", "\u2191", None),
    )),
)  # fmt: skip

KEY_STATUS = (
    (
        "On Target",
        "Target met or exceeded (cumulative measures: on or ahead of the profiled "
        "target for the quarter)",
    ),
    ("Within Tolerance", "Target missed by 5% or less"),
    ("Off Target", "Target missed by more than 5%"),
    ("Data Only", "No target set: the measure is monitored for information"),
)
KEY_DOT = (
    ("\u2191", "Performance has improved since the previous quarter"),
    ("\u2192", "Performance is about the same as the previous quarter (within 1%)"),
    ("\u2193", "Performance has got worse since the previous quarter"),
)
KEY_OTHER = (
    ("Good is", "High: a higher figure is better. Low: a lower figure is better."),
    ("n/a", "Not applicable or not available for the quarter"),
    ("TBC", "To be confirmed: the figure is still being checked"),
    ("Blank", "No figure for the period (new or annual measures)"),
)


def _cell(sheet: Worksheet, row: int, col: int, value: object, **font: object) -> None:
    sheet.cell(row=row, column=col, value=value)
    if font:
        sheet.cell(row=row, column=col).font = Font(**font)


def _cover(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cover"
    _cell(sheet, 3, 2, COUNCIL, bold=True, size=18)
    _cell(sheet, 5, 2, "Overview and Scrutiny Committee", bold=True, size=14)
    _cell(sheet, 6, 2, "Thursday 20 February 2025")
    _cell(sheet, 8, 2, "Agenda item 7 \u2013 Appendix A", bold=True)
    _cell(sheet, 9, 2, "Quarterly Performance Report 2024/25: Quarter 3 (1 October to "
          "31 December 2024)", size=12)  # fmt: skip
    _cell(sheet, 11, 2, "Contents", bold=True)
    contents = (
        ("Key", "Status, direction of travel and other symbols"),
        ("Communities", "Communities and Housing portfolio measures"),
        ("Environment", "Environment and Planning portfolio measures"),
        ("Resources", "Finance and Resources portfolio measures"),
    )
    for j, (tab, words) in enumerate(contents, start=12):
        _cell(sheet, j, 2, tab)
        _cell(sheet, j, 3, words)
    _cell(sheet, 17, 2, "Contact: Performance and Improvement Team, performance@brackenfield.gov.uk",
          italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 3
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 60


def _key(book: Workbook) -> None:
    sheet = book.create_sheet("Key")
    _cell(sheet, 1, 1, "Key to the performance tables", bold=True, size=14)
    _cell(sheet, 3, 1, "Status", bold=True)
    row = 4
    for word, meaning in KEY_STATUS:
        _cell(sheet, row, 1, word)
        colour = STATUS_FILL[word]
        sheet.cell(row=row, column=1).fill = PatternFill(
            fill_type="solid", start_color=colour, end_color=colour
        )
        sheet.cell(row=row, column=1).border = BOX
        _cell(sheet, row, 2, meaning)
        row += 1
    row += 1
    _cell(sheet, row, 1, "Direction of travel", bold=True)
    row += 1
    for arrow, meaning in KEY_DOT:
        _cell(sheet, row, 1, arrow, bold=True, size=12)
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        _cell(sheet, row, 2, meaning)
        row += 1
    row += 1
    _cell(sheet, row, 1, "Other", bold=True)
    row += 1
    for mark, meaning in KEY_OTHER:
        _cell(sheet, row, 1, mark)
        _cell(sheet, row, 2, meaning)
        row += 1
    row += 1
    _cell(sheet, row, 1, "Status and direction of travel are for the latest quarter "
          "reported. The annual target is for 2024/25; the 2023/24 outturn is shown for "
          "comparison.", italic=True)  # fmt: skip
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 90


def _stored(value: object, kind: object) -> object:
    if kind == "pct" and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def _portfolio(
    book: Workbook, name: str, holder: str, rows: tuple[tuple[object, ...], ...], exp: Expected
) -> None:
    sheet = book.create_sheet(name)
    _cell(sheet, 1, 1, f"{name} Portfolio \u2013 Performance Measures", bold=True, size=14)
    _cell(sheet, 2, 1, holder, italic=True)
    _cell(sheet, 3, 1, "Quarter 3 2024/25 (October to December 2024)")
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[HEAD_ROW].height = 30
    row = HEAD_ROW + 1
    for spec in rows:
        code, measure, good, kind, *values, target, status, arrow, note = spec
        for col in range(1, len(HEADINGS) + 1):
            sheet.cell(row=row, column=col).border = BOX
            sheet.cell(row=row, column=col).alignment = Alignment(vertical="top")
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=measure).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
        sheet.cell(row=row, column=COL_GOOD, value=good).alignment = Alignment(
            horizontal="center", vertical="top"
        )
        for k, value in enumerate([*values, target]):
            if value is None:
                continue
            col = COL_FIRST_VALUE + k
            cell = sheet.cell(row=row, column=col, value=_stored(value, kind))
            cell.alignment = Alignment(horizontal="right", vertical="top")
            if isinstance(value, int | float):
                if kind == "pct":
                    cell.number_format = "0.0%"
                elif isinstance(value, float):
                    cell.number_format = "0.0"
                else:
                    cell.number_format = "#,##0"
        if status:
            cell = sheet.cell(row=row, column=COL_STATUS, value=status)
            colour = STATUS_FILL[str(status)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if arrow:
            cell = sheet.cell(row=row, column=COL_DOT, value=arrow)
            cell.font = Font(bold=True, size=14)
            cell.alignment = Alignment(horizontal="center", vertical="top")
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
        goal = float(target) if isinstance(target, int | float) else None
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(code),
                    str(measure),
                    PERIODS[k],
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal if k in THIS_YEAR else None,
                    STATUS[str(status)] if status and k == given[-1] else None,
                )
            )
        exp.add_meta(str(code), str(measure), POLARITY[str(good)], None)
        row += 1
    widths = {"A": 8, "B": 50, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 13, "I": 13,
              "J": 10, "K": 55}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"


def build(path: Path) -> Expected:
    """Imitates a district council's full quarterly performance appendix to overview and scrutiny.

    The Quarter 3 2024/25 performance report of a shire district council,
    sent as one workbook as Appendix A to its Overview and Scrutiny
    Committee: a 'Cover' sheet with the council, committee, meeting date,
    agenda item and a list of the tabs; a 'Key' sheet explaining the status
    words and their colours ('On Target', 'Within Tolerance', 'Off Target',
    'Data Only'), the direction of travel arrows (↑ improved, → about the
    same, ↓ worse than the previous quarter), 'Good is', 'n/a', 'TBC' and
    blanks; then one sheet per Cabinet portfolio ('Communities',
    'Environment', 'Resources'), each with a title, the portfolio holder
    and the quarter, and the same table: Code, Measure, 'Good is'
    (High/Low), '2023/24 Outturn', 'Q1 2024/25'..'Q3 2024/25', 'Annual
    Target 2024/25', a filled Status word, a 'Direction of Travel' arrow
    and Commentary. District measures: homelessness preventions, temporary
    accommodation, leisure visits, Disabled Facilities Grants, missed bins,
    recycling, residual waste, fly-tipping, planning speed, a residents'
    survey, affordable homes, council tax and business rates collection,
    benefits processing, FOI responses, sickness and complaints.
    Percentages are fractions under '0.0%'.

    A careful reader reads every portfolio sheet's table and neither the
    cover nor the key as indicators; takes each status word through the
    key (On Target green, Within Tolerance amber, Off Target red, Data Only
    not rated) and 'Good is' as each measure's polarity. The annual target
    names 2024/25, so it is on the three quarters and not on the 2023/24
    outturn; cumulative measures keep the annual figure as their target.
    Status belongs to the latest quarter reported: recycling has no Q3
    figure, so its On Target is Q2's, as its commentary says; the bed and
    breakfast 'n/a' and non-major planning 'TBC' Q3s are kept and unrated;
    temporary accommodation is Data Only with no target; the street
    cleanliness survey has its 2023/24 figure and one Q3 result; affordable
    homes has only its 2023/24 outturn; the anti-social behaviour measure
    is new from Q2. The arrows are direction of travel, not figures or
    ratings. No unit column.
    """
    book = Workbook()
    _cover(book)
    _key(book)
    exp = Expected([])
    for name, holder, rows in PORTFOLIOS:
        _portfolio(book, name, holder, rows, exp)
    save(book, path)
    return exp

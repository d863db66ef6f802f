"""Nearest-neighbour benchmarking sheet: indicators down, one column per council across, ours highlighted."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, new_book, num, put_row, save, text_of, title

SHEET = "Nearest neighbours"
AREA = "Stroud"
COUNCILS = (
    "Cotswold",
    "East Devon",
    "Forest of Dean",
    "Malvern Hills",
    "Mid Suffolk",
    "South Hams",
    "Stratford-on-Avon",
    "Stroud",
    "Teignbridge",
    "Tewkesbury",
    "West Devon",
    "Wychavon",
)
HEAD_ROW = 6
FIRST_COUNCIL_COL = 6  # F
# LG Inform writes some quarters year first; the app's label puts the quarter first.
PERIOD = {"2024/25 Q2": "Q2 2024/25"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "kg": "kg", "Days": "days", "\u00a3": "\u00a3", "Number": "number",
        "Per 1,000": "rate"}  # fmt: skip
OURS = PatternFill(fill_type="solid", start_color="FFFFE699", end_color="FFFFE699")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
AVERAGE = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")

# A 1-tuple is a section row. Otherwise: code, indicator, unit, period, good is,
# the twelve councils' figures in COUNCILS order, South West, England, rank as published.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Waste and environment",),
    ("NI 192", "Household waste sent for reuse, recycling and composting", "%", "2023/24", "High",
     (60.1, 57.9, 56.4, 46.2, 45.0, 53.6, 58.2, 60.8, 53.9, 51.7, 52.3, 49.1), 48.6, 41.7, "1 of 12"),
    ("NI 191", "Residual household waste per household", "kg", "2023/24", "Low",
     (357.0, 381.0, 390.0, 465.0, 446.0, 388.0, 372.0, 341.0, 402.0, 418.0, 409.0, 437.0), 453.0,
     519.0, "1 of 12"),
    ("CO2-LA", "Local authority's own CO2 emissions (tonnes)", "Number", "2022/23", None,
     (2410.0, 4020.0, 2870.0, 1905.0, 2250.0, "-", 3310.0, 3684.0, 4415.0, 2015.0, 1190.0, 3970.0),
     None, None, None),
    ("Planning and housing",),
    ("PS1", "Major planning applications decided within 13 weeks or agreed time", "%",
     "2024/25 Q2", "High",
     (92.9, 100.0, 87.5, 90.0, 94.4, 75.0, 96.3, 88.2, 91.7, 100.0, "[c]", 95.0), 89.6, 90.2,
     "9 of 11"),
    ("PS2", "Minor planning applications decided within 8 weeks or agreed time", "%",
     "2024/25 Q2", "High",
     (84.6, 91.2, 79.3, 88.0, 86.1, 70.4, 89.9, 81.5, 83.7, 90.8, 76.2, 92.3), 85.1, 86.4,
     "9 of 12"),
    ("H-TA", "Households in temporary accommodation", "Per 1,000", "Q3 2024/25", "Low",
     (1.12, 1.94, 0.87, 0.76, 1.33, 2.41, 1.05, 1.47, 1.89, 0.95, 1.61, 0.82), 2.35, 5.19,
     "8 of 12"),
    ("HC-NET", "Net additional dwellings", "Number", "2023/24", None,
     (512.0, 1004.0, 398.0, 421.0, 876.0, 355.0, 1188.0, 604.0, 690.0, 742.0, 214.0, 935.0), None,
     None, None),
    ("H-PREV", "Homelessness cases prevented or relieved (% of those owed a duty)", "%",
     "2023/24", "High",
     (62.4, 55.8, 58.9, 66.1, 60.3, 49.7, 64.0, "n/a", 57.2, 61.5, 53.8, 68.2), 56.9, 54.3, "-"),
    ("Finance and customers",),
    ("CTAX", "Council tax collected in year", "%", "2023/24", "High",
     (98.9, 98.3, 98.1, 98.6, 98.4, 97.8, 98.7, 98.2, 97.9, 98.5, 97.6, 98.8), 97.4, 96.0,
     "8 of 12"),
    ("NNDR", "Business rates collected in year", "%", "2023/24", "High",
     (99.1, 98.7, 97.9, 99.3, 98.8, 97.2, 99.0, 98.4, 98.1, 98.9, 96.8, 99.4), 98.0, 97.1,
     "8 of 12"),
    ("HB-NEW", "Average days to process new Housing Benefit claims", "Days", "Q3 2024/25", "Low",
     (14.0, 21.0, 17.0, 12.0, 19.0, 24.0, 16.0, 18.0, 22.0, 13.0, 25.0, 15.0), 19.0, 20.0,
     "7 of 12"),
    ("HB-COC", "Average days to process Housing Benefit changes of circumstances", "Days",
     "Q3 2024/25", "Low",
     (4.0, 7.0, 6.0, 3.0, 5.0, 9.0, 4.0, 6.0, 8.0, 3.0, 10.0, 5.0), 7.0, 8.0, "7 of 12"),
    ("RSG-SP", "Core spending power per dwelling", "\u00a3", "2024/25", None,
     (288.0, 262.0, 311.0, 298.0, 274.0, 319.0, 281.0, 295.0, 270.0, 277.0, 336.0, 259.0), 306.0,
     None, None),
    ("SICK", "Working days lost to sickness absence per FTE", "Days", "2023/24", "Low",
     (7.2, 8.9, 9.4, 6.8, 8.1, 10.3, 7.6, 9.1, 8.7, 7.9, 11.2, 6.5), None, 9.9, "9 of 12"),
)  # fmt: skip


def _average(values: tuple[object, ...]) -> float | None:
    figures = [float(v) for v in values if isinstance(v, float)]
    if not figures:
        return None
    return round(sum(figures) / len(figures), 2 if max(figures) < 10 else 1)


def build(path: Path) -> Expected:
    """Imitates a district council's nearest-neighbour benchmarking sheet built from LG Inform.

    The kind of sheet a district's performance officer builds from LG Inform
    (and the CIPFA nearest-neighbour model) for an annual benchmarking item
    at an audit and standards or overview and scrutiny committee: indicators
    down the rows with Code, Indicator, Unit, the latest period LG Inform
    holds ('2023/24', '2024/25 Q2', 'Q3 2024/25', '2022/23', '2024/25') and 'Good is'
    High/Low; then one column per council in Stroud's CIPFA nearest-neighbour
    group of twelve, in alphabetical order, with Stroud's own column in bold
    on a yellow fill (the key line under the title says so); then a grey
    'Nearest neighbours average', 'South West' and 'England' and 'Stroud
    rank (1 = best)' as '8 of 12'. Context measures (emissions, new homes,
    spending power) have no 'Good is' and no rank. Rough edges: a neighbour
    '-' (not published), a '[c]' suppressed figure (so a rank 'of 11'),
    Stroud's own homelessness figure 'n/a' (not returned) with rank '-',
    region and England blanks where LG Inform has none.

    The file names twelve councils, so it is read for one (--area Stroud).
    A careful reader takes only Stroud's column as observations, each under
    the period its row names ('2024/25 Q2' is Q2 2024/25), with the unit from the Unit column and the
    polarity from 'Good is'. The neighbours' figures and the three averages
    are comparators, not Stroud's observations; the rank is derived from
    them and is no observation either. There are no targets or ratings.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Stroud District Council \u2013 Benchmarking against CIPFA nearest neighbours"
    )
    sheet["A2"] = "Audit and Standards Committee, 22 April 2025 \u2013 Appendix B"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Source: LG Inform, data downloaded 31 March 2025. Latest period published for each "
        "measure. Stroud's figures are shown in bold on a yellow background."
    )
    sheet["A3"].font = Font(size=9)
    heads = ["Code", "Indicator", "Unit", "Latest period", "Good is", *COUNCILS,
             "Nearest neighbours average", "South West", "England", f"{AREA} rank (1 = best)"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    ours_col = FIRST_COUNCIL_COL + COUNCILS.index(AREA)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True, text_rotation=0
        )
    avg_first = FIRST_COUNCIL_COL + len(COUNCILS)
    exp = Expected([])
    sections: set[int] = set()
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sections.add(row)
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, unit, period, good, values, region, england, rank = spec
        assert isinstance(values, tuple)
        cells = [code, name, unit, period, good, *values, _average(values), region, england, rank]
        put_row(sheet, row, 1, cells)
        for col in range(FIRST_COUNCIL_COL, avg_first + 3):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if unit in ("Number", "\u00a3", "kg"):
                cell.number_format = "#,##0"
            elif unit == "Per 1,000":
                cell.number_format = "0.00"
            elif unit == "Days":
                cell.number_format = "0.0" if str(code) == "SICK" else "0"
            else:
                cell.number_format = "0.0"
        mine = values[COUNCILS.index(AREA)]
        label = PERIOD.get(str(period), str(period))
        exp.observations.append(Obs(str(code), str(name), label, num(mine), text_of(mine)))
        exp.add_meta(str(code), str(name), POLARITY.get(str(good)), UNIT[str(unit)])
        row += 1
    for r in range(HEAD_ROW, row):
        cell = sheet.cell(row=r, column=ours_col)
        cell.fill = OURS
        cell.font = Font(bold=True)
        if r > HEAD_ROW and r not in sections:
            for col in range(avg_first, avg_first + 3):
                sheet.cell(row=r, column=col).fill = AVERAGE
    notes = (
        "Nearest neighbours: CIPFA nearest neighbour model (district councils), 12 including "
        "Stroud. Average: simple average of the councils with a published figure.",
        "Rank: Stroud's position among the councils with a figure, 1 = best. No rank for "
        "context measures.",
        "- not published; [c] suppressed (small numbers); n/a Stroud did not return this "
        "measure for the year.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    for col in range(FIRST_COUNCIL_COL, ncol + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 11
    sheet.row_dimensions[HEAD_ROW].height = 45
    sheet.freeze_panes = f"F{HEAD_ROW + 1}"
    save(book, path)
    return exp

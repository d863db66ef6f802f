"""A nearest-neighbours benchmarking sheet: councils as rows (the reporting council's row bold and highlighted), indicators as columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

SHEET = "Benchmarking"
AREA = "Tamworth"
COUNCILS = (
    "Burnley", "Cannock Chase", "Crawley", "Dartford", "Gosport", "Harlow", "Hastings",
    "Ipswich", "Nuneaton and Bedworth", "Redditch", "Stevenage", "Tamworth", "Worcester",
)  # fmt: skip
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HIGHLIGHT = PatternFill(fill_type="solid", start_color="FFFFFF00", end_color="FFFFFF00")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
BAND_FILL = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
THIN = Side(style="thin", color="FFBFBFBF")
HEAD = 5  # indicator names; the period row and the 'Good is' row follow
FIRST = HEAD + 3  # first council row
NOT_PUBLISHED = {("Hastings", 5), ("Gosport", 8)}  # (council, indicator index) shown '-'

# indicator, period as typed, the period a careful reader files it under, good is (None: not
# stated), decimals, base and spread for the neighbours, Tamworth's figure, England
INDICATORS: tuple[tuple[object, ...], ...] = (
    ("Council tax collected in year (%)", "2023/24", "2023/24", "High", 1, 96.0, 1.2, 96.4, 96.0),
    ("Non-domestic rates collected in year (%)", "2023/24", "2023/24", "High", 1, 97.5, 1.0, 98.1, 97.2),
    ("Household waste sent for reuse, recycling and composting (%)", "2022/23", "2022/23", "High", 1, 38.0, 8.0, 42.6, 42.5),
    ("Residual household waste per household (kg)", "2022/23", "2022/23", "Low", 0, 520, 60, 487, 516),
    ("Major planning applications decided within 13 weeks or agreed time (%)", "2023/24", "2023/24", "High", 1, 88.0, 10.0, 100.0, 89.4),
    ("Minor planning applications decided within 8 weeks or agreed time (%)", "2023/24", "2023/24", "High", 1, 85.0, 9.0, 91.7, 85.1),
    ("Households in temporary accommodation per 1,000 households", "Q4 2023/24", "Q4 2023/24", "Low", 2, 2.0, 1.5, 2.71, 4.6),
    ("Rough sleepers counted or estimated on a single night", "Autumn 2023", "2023", "Low", 0, 8, 6, 4, None),
    ("Fly-tipping incidents per 1,000 people", "2022/23", "2022/23", "Low", 1, 12.0, 8.0, 9.8, 18.1),
    ("Band D council tax, district element (\u00a3)", "2024/25", "2024/25", None, 2, 220.0, 40.0, 207.56, 236.39),
    ("Food establishments broadly compliant with food hygiene law (%)", "2023/24", "2023/24", "High", 1, 93.0, 4.0, 95.8, 92.6),
)  # fmt: skip
DOUBTFUL = 7  # the indicator whose period is 'Autumn 2023'


def _figure(council: int, j: int) -> object:
    name = COUNCILS[council]
    _, _, _, _, decimals, base, spread, own, _ = INDICATORS[j]
    if name == AREA:
        return own
    if (name, j) in NOT_PUBLISHED:
        return "-"
    offset = (((council * 37 + j * 11) * (j + 3) + council * council * 5) % 97) / 48 - 1
    value = round(float(str(base)) + float(str(spread)) * offset, int(str(decimals)))
    return int(value) if decimals == 0 else value


def _ranks(column: list[object], good: object) -> int | None:
    """Tamworth's rank among the councils with a figure, 1 = best (none where no polarity)."""
    if good is None:
        return None
    own = float(str(column[COUNCILS.index(AREA)]))
    figures = [float(v) for v in column if isinstance(v, int | float)]
    better = [v for v in figures if (v > own if good == "High" else v < own)]
    return len(better) + 1


def build(path: Path) -> Expected:
    """Imitates a district council's nearest-neighbour benchmarking sheet from LG Inform.

    Tamworth Borough Council style, an appendix to the annual performance
    report to the Corporate Scrutiny Committee: the comparison a policy
    officer builds from an LG Inform report of the council's CIPFA nearest
    neighbours. The title names Tamworth, and its row among the thirteen
    councils (sorted by name) is bold and filled yellow, as the note under
    the title says. Indicators are columns: a row of names (units in
    brackets, no codes), under it a 'Period' row giving each column's
    period ('2023/24' for most, '2022/23' for waste and fly-tipping data
    published a year behind, 'Q4 2023/24' for temporary accommodation,
    '2024/25' for Band D council tax, 'Autumn 2023' for the rough sleeping
    count) and a 'Good is' row (High/Low, blank for council tax levels).
    Under the councils come 'Nearest neighbours average', 'England (shire
    districts)' and 'Tamworth rank (1 = best of 13)' rows. Two neighbours'
    figures are '-' (not published). No targets and no ratings.

    The file names thirteen councils, so it is read for one (--area
    Tamworth): only Tamworth's figures are its observations, each under its
    column's period, with polarity from 'Good is' (none for Band D). The
    other councils, the average and England are comparators, and the rank
    row is a position among them, not a figure of Tamworth's service.

    What is doubtful is the rough sleeping column's period, 'Autumn 2023':
    the count is one night's snapshot in the autumn, and 'Autumn' is no
    period the scorecard knows. It lies inside the calendar year 2023 and
    inside the report's year 2023/24, and nothing on the sheet chooses
    between them, so the file is held for review at that cell. Once
    settled, the figure is filed under 2023, the year the period cell
    names. Every other column's period is stated plainly in its own cell.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tamworth Borough Council \u2013 How we compare with our nearest neighbours")
    sheet["A2"] = (
        "Annual Performance Report 2023/24, Appendix B. CIPFA nearest neighbours (2021 model). "
        "Tamworth is highlighted."
    )
    sheet["A2"].font = Font(bold=True, size=11)
    sheet["A3"] = (
        "Source: LG Inform, data extracted 12 November 2024. Latest published period shown for each measure."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    last_col = 1 + len(INDICATORS)
    put_row(sheet, HEAD, 1, ["Local authority", *(str(i[0]) for i in INDICATORS)])
    put_row(sheet, HEAD + 1, 1, ["Period", *(str(i[1]) for i in INDICATORS)])
    put_row(sheet, HEAD + 2, 1, ["Good is", *(i[3] for i in INDICATORS)])
    for col in range(1, last_col + 1):
        head = sheet.cell(row=HEAD, column=col)
        head.fill = HEAD_FILL
        head.font = Font(bold=True, color="FFFFFFFF")
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for r in (HEAD + 1, HEAD + 2):
            cell = sheet.cell(row=r, column=col)
            cell.fill = BAND_FILL
            cell.font = Font(italic=True)
            cell.alignment = Alignment(horizontal="center")
    sheet.cell(row=HEAD + 1, column=1).alignment = Alignment(horizontal="left")
    sheet.cell(row=HEAD + 2, column=1).alignment = Alignment(horizontal="left")
    sheet.row_dimensions[HEAD].height = 75
    columns: list[list[object]] = [[] for _ in INDICATORS]
    for i, council in enumerate(COUNCILS):
        row = FIRST + i
        figures = [_figure(i, j) for j in range(len(INDICATORS))]
        for j, value in enumerate(figures):
            columns[j].append(value)
        put_row(sheet, row, 1, [council, *figures])
        for col in range(1, last_col + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if col > 1:
                cell.alignment = Alignment(horizontal="center")
                decimals = int(str(INDICATORS[col - 2][4]))
                cell.number_format = "#,##0" if decimals == 0 else "0." + "0" * decimals
            if council == AREA:
                cell.fill = HIGHLIGHT
                cell.font = Font(bold=True)
    below = FIRST + len(COUNCILS)
    averages: list[object] = []
    for j, values in enumerate(columns):
        given = [float(v) for v in values if isinstance(v, int | float)]
        averages.append(round(sum(given) / len(given), int(str(INDICATORS[j][4]))))
    put_row(sheet, below, 1, ["Nearest neighbours average", *averages], bold=True)
    put_row(sheet, below + 1, 1, ["England (shire districts)", *(i[8] for i in INDICATORS)])
    ranks = [_ranks(columns[j], INDICATORS[j][3]) for j in range(len(INDICATORS))]
    put_row(sheet, below + 3, 1, [f"{AREA} rank (1 = best of {len(COUNCILS)})",
                                  *(r if r is not None else "-" for r in ranks)])  # fmt: skip
    for r in (below, below + 1, below + 3):
        for col in range(1, last_col + 1):
            cell = sheet.cell(row=r, column=col)
            cell.border = Border(top=Side(style="thin", color="FF404040"))
            if col > 1:
                cell.alignment = Alignment(horizontal="center")
                if r != below + 3:
                    decimals = int(str(INDICATORS[col - 2][4]))
                    cell.number_format = "#,##0" if decimals == 0 else "0." + "0" * decimals
    notes = (
        "- = not published for that council. England figures are for all shire district "
        "councils; no England figure is published for the rough sleeping count per council.",
        "Rough sleeping: single-night snapshot taken by each council in October or November.",
        "Band D: the district council's element only, excluding county, police, fire and "
        "parish precepts.",
    )
    for k, line in enumerate(notes):
        sheet.cell(row=below + 5 + k, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 30
    for col in range(2, last_col + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 15
    sheet.freeze_panes = f"B{FIRST}"
    exp = Expected([], status="needs_review")
    mine = COUNCILS.index(AREA)
    for j, (name, _typed, period, good, *_rest) in enumerate(INDICATORS):
        value = columns[j][mine]
        exp.observations.append(Obs(None, str(name), str(period), float(str(value))))
        exp.add_meta(None, str(name), POLARITY[str(good)] if good else None, None)
    exp.review_cells = [f"{SHEET}!{get_column_letter(2 + DOUBTFUL)}{HEAD + 1}"]
    save(book, path)
    return exp

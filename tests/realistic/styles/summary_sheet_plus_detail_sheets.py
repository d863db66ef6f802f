"""A 'Summary' sheet of every indicator's latest figure and RAG, then a detail sheet per portfolio."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
BAND = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFBFBFBF")

# One quarter: (actual, target, RAG word); None for a quarter not yet reported.
Quarter = tuple[object, object, str | None] | None

# Portfolio title, sheet name, then its indicators: code, indicator, good is, Q1..Q3, comment.
PORTFOLIOS: tuple[tuple[str, str, tuple[tuple[object, ...], ...]], ...] = (
    ("Finance and Resources", "Resources", (
        ("FR01", "Council tax collected (% of annual debit)", "Higher",
         ((29.1, 29.5, "Amber"), (57.0, 57.5, "Amber"), (84.9, 84.8, "Green")), None),
        ("FR02", "Business rates collected (% of annual debit)", "Higher",
         ((31.2, 30.0, "Green"), (58.9, 58.0, "Green"), (85.6, 85.0, "Green")), None),
        ("FR03", "Invoices paid within 30 days (%)", "Higher",
         ((93.8, 95, "Amber"), (96.1, 95, "Green"), (94.7, 95, "Amber")), None),
        ("FR04", "Working days lost to sickness per FTE (cumulative)", "Lower",
         ((2.2, 2.1, "Amber"), (4.9, 4.2, "Red"), (7.1, 6.3, "Red")),
         "Musculoskeletal absence in waste crews."),
        ("FR05", "Freedom of Information requests answered within 20 working days (%)", "Higher",
         ((88.4, 90, "Amber"), (91.2, 90, "Green"), ("n/a", 90, None)),
         "Q3 not available: case system migration."),
    )),
    ("Environment and Place", "Place", (
        ("EP01", "Household waste recycled and composted (%)", "Higher",
         ((56.2, 55, "Green"), (54.9, 55, "Amber"), (49.7, 50, "Amber")),
         "Q3 target profiled for seasonal garden waste."),
        ("EP02", "Missed bin collections per 100,000", "Lower",
         ((38, 50, "Green"), (61, 50, "Red"), (47, 50, "Green")), None),
        ("EP03", "Major planning applications determined in time (%)", "Higher",
         ((100.0, 70, "Green"), (85.7, 70, "Green"), (66.7, 70, "Amber")), "2 of 3 in time."),
        ("EP04", "Fly-tips removed within 48 hours (%)", "Higher",
         ((97.2, 95, "Green"), (95.8, 95, "Green"), None), "Q3 data due 14 February."),
        ("EP05", "Streetlight faults repaired within 7 days (%)", "Higher",
         ((91.0, 90, "Green"), (86.4, 90, "Amber"), (88.9, 90, "Amber")), None),
        ("EP06", "Car park income (\u00a3000, cumulative)", "Higher",
         ((412, 430, "Amber"), (861, 860, "Green"), (1247, 1290, "Amber")), None),
    )),
    ("Communities and Housing", "Communities", (
        ("CH01", "Homelessness cases prevented or relieved (%)", "Higher",
         ((61.5, 60, "Green"), (58.2, 60, "Amber"), (63.0, 60, "Green")), None),
        ("CH02", "Households in temporary accommodation (quarter end)", "Lower",
         ((84, 75, "Red"), (78, 75, "Amber"), (88, 75, "Red")), "Includes 12 in B&B."),
        ("CH03", "Average days to re-let council homes", "Lower",
         ((31.5, 28, "Red"), (27.9, 28, "Green"), (26.4, 28, "Green")), None),
        ("CH04", "Disabled facilities grants approved", "Higher",
         ((24, 25, "Amber"), (27, 25, "Green"), (19, 25, "Red")), None),
        ("CH05", "Leisure centre visits", "Higher",
         ((186420, None, None), (171305, None, None), (158992, None, None)),
         "Information only."),
    )),
)  # fmt: skip


def _latest(quarters: tuple[Quarter, ...]) -> tuple[int, Quarter]:
    k = max(j for j, q in enumerate(quarters) if q is not None)
    return k, quarters[k]


def _summary(sheet: Worksheet) -> None:
    title(sheet, "A1", "Corporate Performance Summary \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Latest position for every indicator; the quarterly figures, targets and ratings are on "
        "each portfolio's sheet."
    )
    sheet["A2"].font = Font(italic=True)
    heads = ["Code", "Indicator", "Portfolio", "Latest quarter", "Latest value", "RAG"]
    put_row(sheet, 4, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=4, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    row = 5
    for portfolio, _tab, indicators in PORTFOLIOS:
        for code, name, _good, quarters, _comment in indicators:
            assert isinstance(quarters, tuple)
            k, latest = _latest(quarters)
            assert latest is not None
            value, _target, rag = latest
            put_row(sheet, row, 1, [code, name, portfolio, PERIODS[k], value, rag])
            sheet.cell(row=row, column=5).alignment = Alignment(horizontal="right")
            if rag:
                sheet.cell(row=row, column=6).alignment = Alignment(horizontal="center")
                fill(sheet, f"F{row}", RAG_FILL[rag])
            row += 1
    sheet.cell(row=row + 1, column=1, value="Shaded RAG: rating for the latest quarter shown.")
    sheet.cell(row=row + 1, column=1).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 24
    for letter in "DEF":
        sheet.column_dimensions[letter].width = 13
    sheet.freeze_panes = "C5"


def _detail(sheet: Worksheet, portfolio: str, indicators: tuple[tuple[object, ...], ...],
            exp: Expected) -> None:  # fmt: skip
    title(sheet, "A1", f"{portfolio} \u2013 Quarterly Performance 2024/25")
    put_row(sheet, 4, 1, ["Code", "Indicator", "Good is"])
    for col in (1, 2, 3):
        sheet.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        sheet.cell(row=4, column=col).font = Font(bold=True)
    for q, period in enumerate(PERIODS):
        first = 4 + 3 * q
        start = sheet.cell(row=4, column=first).coordinate
        end = sheet.cell(row=4, column=first + 2).coordinate
        merge(sheet, f"{start}:{end}", period)
        put_row(sheet, 5, first, ["Actual", "Target", "RAG"], bold=True)
        for col in range(first, first + 3):
            sheet.cell(row=4, column=col).fill = BAND
            sheet.cell(row=5, column=col).alignment = Alignment(horizontal="center")
    comment_col = 4 + 3 * len(PERIODS)
    sheet.cell(row=4, column=comment_col, value="Comment").font = Font(bold=True)
    sheet.merge_cells(start_row=4, start_column=comment_col, end_row=5, end_column=comment_col)
    row = 6
    for code, name, good, quarters, comment in indicators:
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [code, name, good])
        for q, quarter in enumerate(quarters):
            if quarter is None:
                continue
            actual, target, rag = quarter
            first = 4 + 3 * q
            put_row(sheet, row, first, [actual, target, rag])
            if rag:
                fill(sheet, sheet.cell(row=row, column=first + 2).coordinate, RAG_FILL[rag])
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[q],
                    num(actual),
                    text_of(actual),
                    num(target),
                    RAG[rag] if rag else None,
                )
            )
        if comment:
            sheet.cell(row=row, column=comment_col, value=comment)
        for col in range(1, comment_col + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        exp.add_meta(str(code), str(name), POLARITY[str(good)], None)
        row += 1
    sheet.cell(row=row + 1, column=1, value=(
        "Targets are profiled by quarter; cumulative measures show the position to the end of "
        "the quarter. RAG: Green on or better than target; Amber within 5%; Red more than 5% "
        "worse."
    )).font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    sheet.freeze_panes = "D6"


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance workbook for Cabinet and scrutiny.

    The workbook a district council's performance team circulates with the
    quarterly performance report to Cabinet and the Overview and Scrutiny
    Committee. The first sheet, 'Summary', lists every indicator once:
    Code, Indicator, Portfolio, 'Latest quarter' ('Q3 2024/25', or 'Q2
    2024/25' where Q3 is not in), 'Latest value' and the shaded RAG of that
    quarter. Then one sheet per portfolio ('Resources', 'Place',
    'Communities'): Code, Indicator, 'Good is' (Higher/Lower), and a merged
    band per quarter 'Q1 2024/25'..'Q4 2024/25' over Actual, Target, RAG
    (Q4 empty), then Comment. Targets are profiled by quarter.

    A careful reader counts each observation once: the portfolio sheets
    hold every quarter's actual, target and RAG, and the summary only
    repeats each indicator's latest figure and rating from them (same code,
    name, figure and RAG), so it adds no observation of its own. Each
    quarter's own target and RAG go with its figure; FR05's Q3 'n/a' is
    kept as text with its target and no RAG; EP04's blank Q3 is no
    observation (the summary shows its Q2). Leisure visits are information
    only. 'Good is' states the polarity; no unit column.
    """
    book, summary = new_book("Summary")
    _summary(summary)
    exp = Expected([])
    for portfolio, tab, indicators in PORTFOLIOS:
        _detail(book.create_sheet(tab), portfolio, indicators, exp)
    save(book, path)
    return exp

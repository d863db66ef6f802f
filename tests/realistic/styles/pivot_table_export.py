"""An Excel PivotTable pasted as values: 'Row Labels', 'Column Labels', 'Sum of Value', Grand Totals."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import BOLD, Expected, Obs, new_book, put_row, save

YEARS = ("2021/22", "2022/23", "2023/24")

# portfolio -> indicators with a value per year (None: no row in the source data for that year)
GROUPS: tuple[tuple[str, tuple[tuple[str, tuple[float | None, ...]], ...]], ...] = (
    ("Adult Social Care", (
        ("Adults with learning disabilities in paid employment (%)", (4.8, 5.1, 5.6)),
        ("Permanent admissions to care homes aged 65+ per 100,000", (611.2, 587.4, 560.9)),
        ("Carers receiving direct payments (%)", (71.0, 74.5, 78.2)),
    )),
    ("Children's Services", (
        ("Children looked after per 10,000 children", (68.0, 71.0, 73.0)),
        ("Care leavers aged 19-21 in suitable accommodation (%)", (86.0, 88.0, 91.0)),
        ("Education, health and care plans issued within 20 weeks (%)", (None, 42.3, 55.7)),
    )),
    ("Environment and Housing", (
        ("Household waste sent for reuse, recycling or composting (%)", (44.9, 43.8, 44.6)),
        ("Households in temporary accommodation", (187.0, 232.0, 268.0)),
        ("Empty homes brought back into use", (104.0, 97.0, 126.0)),
        ("Fly-tipping incidents reported", (2841.0, 3012.0, 2776.0)),
    )),
)  # fmt: skip

INDENT = Alignment(indent=1)


def _total(values: list[float | None]) -> float:
    return round(sum(v for v in values if v is not None), 2)


def build(path: Path) -> Expected:
    """Imitates a PivotTable of a performance dataset pasted into a report as values.

    Performance teams keep a long dataset (portfolio, indicator, year,
    value) and summarise it with an Excel PivotTable in compact form, then
    copy it and paste it as values with source formatting so the report does
    not depend on the data. What remains is the pivot's own layout: a report
    filter above it ('Frequency' | 'Annual'), 'Sum of Value' and 'Column
    Labels' over the years, 'Row Labels' heading the first column, each
    portfolio as a bold label with its indicators indented under it (subtotals
    switched off), blank where the data had no row, and a 'Grand Total' row
    and column left on as Excel's default. A careful reader takes each
    indicator's value per year; the portfolio labels are groups, and the
    Grand Totals add up unlike measures, so they are neither indicators nor
    periods.
    """
    book, sheet = new_book("Summary")
    put_row(sheet, 1, 1, ["Frequency", "Annual"])
    sheet["A1"].font = BOLD
    put_row(sheet, 3, 1, ["Sum of Value", "Column Labels"], bold=True)
    put_row(sheet, 4, 1, ["Row Labels", *YEARS, "Grand Total"], bold=True)
    exp = Expected([])
    row = 5
    columns: list[list[float | None]] = [[] for _ in YEARS]
    for portfolio, indicators in GROUPS:
        sheet.cell(row=row, column=1, value=portfolio).font = BOLD
        row += 1
        for name, values in indicators:
            sheet.cell(row=row, column=1, value=name).alignment = INDENT
            put_row(sheet, row, 2, [*values, _total(list(values))])
            for year, value, column in zip(YEARS, values, columns, strict=True):
                column.append(value)
                if value is not None:
                    exp.observations.append(Obs(None, name, year, value))
            row += 1
    totals = [_total(c) for c in columns]
    put_row(sheet, row, 1, ["Grand Total", *totals, _total(list(totals))], bold=True)
    sheet.column_dimensions["A"].width = 64
    save(book, path)
    return exp

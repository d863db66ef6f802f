"""A statistics-style table using the GSS shorthand markers '[c]', '[x]', '[z]', '[low]', '[p]', '[u]'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

SHEET = "Table_1"
HEAD_ROW = 5
HEADINGS = ("2020/21", "2021/22", "2022/23", "2023/24 [note 3]")
PERIODS = ("2020/21", "2021/22", "2022/23", "2023/24")
UNIT = {
    "Percentage": "%",
    "Number": "number",
    "Rate per 1,000": "rate",
    "Rate per 10,000": "rate",
    "Rate per 100,000": "rate",
    "Days": "days",
}

# theme, code, indicator, unit, four years (a number, a marker, or a number followed by a
# marker as text), then the 'Status' column for the latest year ('[p]' or blank).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and families", "CF01", "Children in need per 10,000 children aged under 18", "Rate per 10,000",
     318.4, 331.2, 342.9, "351.7 [p]", None),
    ("Children and families", "CF02", "Children looked after per 10,000 children aged under 18", "Rate per 10,000",
     71, 73, 76, 78, "[p]"),
    ("Children and families", "CF03", "Care leavers aged 19 to 21 in education, employment or training",
     "Percentage", 52.4, 49.8, "[u] 47.1", "55.0 [u]", None),
    ("Children and families", "CF04", "Children adopted from care", "Number", 24, 19, "[c]", 21, "[p]"),
    ("Children and families", "CF05", "Young people given a youth caution or conviction for the first time",
     "Number", 37, 29, 31, "[x]", None),
    ("Adult social care", "AS01", "Adults aged 65 and over whose long-term support needs were met by "
     "admission to residential and nursing care homes, per 100,000", "Rate per 100,000", 512.3, 548.9, 533.0,
     "521.6 [p]", None),
    ("Adult social care", "AS02", "Older people still at home 91 days after discharge into reablement",
     "Percentage", 81.2, 79.6, 83.4, 84.0, "[p]"),
    ("Adult social care", "AS03", "Delayed transfers of care from hospital attributable to social care "
     "per 100,000 adults", "Rate per 100,000", "[z]", "[z]", "[z]", "[z]", None),
    ("Adult social care", "AS04", "Safeguarding enquiries concluded where the risk was removed or reduced",
     "Percentage", 89.0, 91.5, 90.2, "92.8 [p]", None),
    ("Adult social care", "AS05", "Carers in receipt of a direct payment", "Number", 214, 238, "[c]",
     "[c]", None),
    ("Communities", "CM01", "Total recorded crime per 1,000 population", "Rate per 1,000", 68.2, 74.9,
     77.3, 75.8, "[p]"),
    ("Communities", "CM02", "Knife possession offences per 1,000 population", "Rate per 1,000", 0.4,
     "[low]", 0.3, "[low]", None),
    ("Communities", "CM03", "Homes with a category 1 hazard improved by council action", "Number", 142,
     "[x]", 167, 188, "[p]"),
    ("Communities", "CM04", "Average days to process a new Housing Benefit claim", "Days", 17.8, 19.2,
     18.4, "16.9 [p]", None),
    ("Communities", "CM05", "Households in temporary accommodation per 1,000 households", "Rate per 1,000",
     1.9, 2.2, "2.6 [u]", 3.1, "[p]"),
    ("Communities", "CM06", "Fixed penalty notices issued for fly-tipping", "Number", "[z]", 48, 73, 96,
     "[p]"),
)  # fmt: skip


def _reading(value: object) -> tuple[float | None, str | None]:
    """A cell as a careful reader reads it: a figure with its marker is still the figure."""
    if isinstance(value, int | float):
        return float(value), None
    text = str(value)
    words = [w for w in text.split() if not (w.startswith("[") and w.endswith("]"))]
    if words:
        return float(words[0].replace(",", "")), None
    return None, text


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual statistics workbook published to the GSS accessibility standard.

    Councils that publish their annual outcome statistics as spreadsheets
    follow the Government Statistical Service's guidance on releasing
    statistics in spreadsheets: a 'Cover_sheet', a 'Notes' sheet, and one
    table per sheet with no blank rows or merged cells, the theme repeated
    in a column, and the shorthand in square brackets instead of symbols or
    blanks: '[c]' confidential (suppressed small numbers), '[x]' not
    available, '[z]' not applicable, '[low]' rounds to zero, '[p]'
    provisional and '[u]' low reliability, explained on the cover sheet.
    Here the council's 'Outcome indicators' table on 'Table_1': Theme,
    Indicator code, Indicator, Unit, '2020/21' .. '2023/24 [note 3]'
    (note 3: the latest year is provisional), Status. The '[p]' and '[u]'
    markers stand after the figure in the same cell as text ('351.7 [p]',
    '55.0 [u]', once '[u] 47.1' in front) or, for some rows, only in the
    Status column beside the latest year.

    A careful reader takes a figure with its marker as the figure (351.7),
    the marker being a quality flag, and a marker alone as the text it is
    ('[c]', '[x]', '[z]', '[low]'): an observation without a number, like
    'n/a'. '[note 3]' in a heading is a note reference, not part of the
    year. Units from the Unit column; no targets, RAG or polarity. The
    Cover_sheet and Notes sheets hold no figures.
    """
    book, cover = new_book("Cover_sheet")
    title(cover, "A1", "Outcome indicators for Wrexford Borough Council, 2020/21 to 2023/24")
    cover_lines = (
        "This workbook was first published on 26 September 2024 by the Business Intelligence Team.",
        "Years are financial years (1 April to 31 March).",
        "Shorthand used in this workbook:",
        "[c] confidential: suppressed to protect people's identities (fewer than 5 people)",
        "[x] not available",
        "[z] not applicable",
        "[low] a rate that rounds to zero but is not zero",
        "[p] provisional: the figure may be revised",
        "[u] low reliability: based on a small sample or a change in recording",
        "Contact: performance@wrexford.gov.uk",
    )
    for k, line in enumerate(cover_lines, start=3):
        cover.cell(row=k, column=1, value=line)
    notes = book.create_sheet("Notes")
    put_row(notes, 1, 1, ["Notes"], bold=True)
    put_row(notes, 2, 1, ["Note number", "Note text"], bold=True)
    note_rows = (
        ("note 1", "Rates use ONS mid-year population estimates for the year the period began."),
        ("note 2", "CF04 and AS05 are suppressed where the count is below 5 [c]."),
        ("note 3", "2023/24 figures are provisional [p] until the national returns are published."),
        ("note 4", "Delayed transfers of care were no longer collected after March 2020 [z]."),
    )
    for k, (number, text) in enumerate(note_rows, start=3):
        put_row(notes, k, 1, [number, text])
    notes.column_dimensions["B"].width = 90
    sheet = book.create_sheet(SHEET)
    title(sheet, "A1", "Table 1: Outcome indicators by theme, Wrexford, 2020/21 to 2023/24")
    sheet["A2"] = "This worksheet contains one table. Some cells refer to notes on the Notes sheet."
    sheet["A3"] = "Source: Wrexford Borough Council administrative data [note 1]"
    heads = ["Theme", "Indicator code", "Indicator", "Unit", *HEADINGS, "Status"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(wrap_text=True)
    exp = Expected([])
    for k, spec in enumerate(ROWS, start=HEAD_ROW + 1):
        _theme, code, name, unit, *years, _status = spec
        put_row(sheet, k, 1, list(spec))
        for col in range(5, 9):
            cell = sheet.cell(row=k, column=col)
            cell.alignment = Alignment(horizontal="right")
        for period, value in zip(PERIODS, years, strict=True):
            actual, marker = _reading(value)
            exp.observations.append(Obs(str(code), str(name), period, actual, marker))
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["C"].width = 70
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 12
    sheet["A1"].font = Font(bold=True, size=14)
    book.properties.creator = "Business Intelligence Team"
    save(book, path)
    return exp

"""No status column: the indicator's name cell is shaded red, amber or green, among banded row fills."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Performance"
KEY_ROW, HEAD_ROW = 3, 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# Excel's own 'Bad', 'Neutral' and 'Good' cell styles: pale fill, dark font of the same hue.
NAME_STYLE = {
    "R": (_solid("FFFFC7CE"), "FF9C0006"),
    "A": (_solid("FFFFEB9C"), "FF9C5700"),
    "G": (_solid("FFC6EFCE"), "FF006100"),
}
BAND = _solid("FFF2F2F2")
HEAD = _solid("FF44546A")
PORTFOLIO = _solid("FFD6DCE4")
PCT = "0.0%"
UNIT = {"%": "%", "Rate": "rate", "Number": "number"}

# A 1-tuple is a portfolio row. Otherwise: code, indicator, unit, Q1, Q2, Q3, target, the
# shading of the name cell (None: left unshaded, not rated), lead officer's comment.
# A '%' row's floats are fractions shown through '0.0%'.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and Young People",),
    ("CYP 1", "Children's social care assessments completed within 45 working days", "%", 0.862,
     0.884, 0.901, 0.9, "G", None),
    ("CYP 2", "Child protection plans lasting 2 years or more", "%", 0.031, 0.042, 0.055, 0.04,
     "R", "Small numbers: 6 children."),
    ("CYP 3", "Re-referrals to children's social care within 12 months", "%", 0.218, 0.224, 0.231,
     0.22, "A", None),
    ("CYP 4", "Education, health and care plans issued within 20 weeks", "%", 0.412, 0.468, 0.503,
     0.6, "R", "Educational psychology capacity; agency staff in post from January."),
    ("CYP 5", "Children looked after per 10,000 under 18", "Rate", 71.2, 72.8, 73.5, None, None,
     "Contextual measure."),
    ("Adult Social Care",),
    ("ASC 1", "Adults aged 65+ whose long-term support needs were met by admission to care homes, "
     "per 100,000", "Rate", 148.3, 301.9, 452.6, 560.0, "G", "Cumulative."),
    ("ASC 2", "Older people at home 91 days after discharge into reablement", "%", 0.824, 0.81,
     0.797, 0.82, "A", None),
    ("ASC 3", "Adults with learning disabilities in paid employment", "%", 0.048, 0.049, 0.051,
     0.06, "R", None),
    ("ASC 4", "Safeguarding enquiries where the risk was reduced or removed", "%", 0.913,
     "Not available", 0.936, 0.9, "G", "Q2 not available: recording system migration."),
    ("ASC 5", "Carers' assessments completed", "Number", 412, 398, 455, 400, "G", None),
    ("Public Health and Communities",),
    ("PHC 1", "Smoking quitters at 4 weeks", "Number", 188, 176, 143, 180, "R",
     "Fewer referrals from GP practices in the autumn."),
    ("PHC 2", "NHS Health Checks delivered to eligible population (cumulative)", "%", 0.018,
     0.039, 0.056, 0.06, "A", None),
    ("PHC 3", "Successful completions of opiate drug treatment", "%", 0.051, 0.049, None, 0.05,
     None, "Q3 from NDTMS in February."),
    ("PHC 4", "Library visits", "Number", 98412, 101230, 94087, None, None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's People directorate quarterly report to a scrutiny panel.

    A sheet typed up in Excel (Bracknell Forest / Wokingham style): Code,
    Indicator, Unit (%, Rate, Number), 'Q1 2024/25', 'Q2 2024/25', 'Q3
    2024/25', 'Target 2024/25', 'Comment', and no status column. A
    one-line key in italics above the table says 'Shading of the indicator
    name shows performance against target'. The indicator name cell alone
    carries Excel's 'Good' (pale green), 'Neutral' (pale yellow) or 'Bad'
    (pale red) cell style; data-only rows and a Q3 still awaited are left
    unshaded. Every other row is banded light grey across all its cells
    (the name cell too where it is not rated), the heading row is dark
    slate and the portfolio rows blue-grey. Percentages are fractions
    shown through '0.0%'. One Q2 is 'Not available'.

    A careful reader takes the name cell's shading as the row's rating of
    its latest quarter (Q3 2024/25): Good green, Neutral amber, Bad red.
    The grey band is banding, not a rating, so a grey or unshaded name is
    not rated. The single Target (its year is the quarters' year) applies
    to each quarter. The opiate treatment row has no Q3 and no shading, so
    no rating. Units come from the Unit column; percentages are read in
    points (0.862 -> 86.2). No polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate \u2013 Quarterly Performance Report 2024/25")
    sheet.cell(row=KEY_ROW, column=1, value="Shading of the indicator name shows performance "
               "against target").font = Font(italic=True, size=10)  # fmt: skip
    heads = ["Code", "Indicator", "Unit", *PERIODS, "Target 2024/25", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    band = False
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = PORTFOLIO
            row += 1
            band = False
            continue
        code, name, unit, q1, q2, q3, target, shade, comment = spec
        put_row(sheet, row, 1, [code, name, unit, q1, q2, q3, target, comment])
        if band:
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = BAND
        band = not band
        name_cell = sheet.cell(row=row, column=2)
        name_cell.alignment = Alignment(wrap_text=True)
        if shade:
            shading, font_rgb = NAME_STYLE[str(shade)]
            name_cell.fill = shading
            name_cell.font = Font(color=font_rgb)
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            if unit == "%" and isinstance(cell.value, float):
                cell.number_format = PCT
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"

        def points(value: object, unit: object = unit) -> object:
            if unit == "%" and isinstance(value, float):
                return round(value * 100, 6)
            return value

        figures = (q1, q2, q3)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(shade)] if shade and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    num(points(value)),
                    text_of(value),
                    num(points(target)),
                    status,
                )
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "Targets are for the year 2024/25; cumulative measures are compared with the profiled "
        "target.",
        "Source: Mosaic, Liquidlogic and service returns.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 64, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

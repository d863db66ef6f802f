"""A Power Query table loaded without promoted headers: 'Column1'..'Column11' on top, the sheet's title, year banner and real headings in the first rows of data."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, save, text_of

SHEET = "Scorecard_Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
NCOLS = 11
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3", "Rate per 10,000": "rate"}

# The rows Power Query brought in above the figures, as they stand under 'Column1'..'Column11':
# the source sheet's title, its merged '2024/25' banner (its value in the first column it spanned,
# nulls in the rest), and the source's heading row.
TOP_ROWS: tuple[tuple[object, ...], ...] = (
    ("Central Bedfordshire Council - Corporate Performance Scorecard, Quarter 3 2024/25",
     None, None, None, None, None, None, None, None, None, None),
    (None, None, None, None, "2024/25", None, None, None, None, None, None),
    ("Code", "Performance indicator", "Unit", "Good is", "Q1", "Q2", "Q3", "Q4",
     "Target 2024/25", "RAG", "Commentary"),
)  # fmt: skip

# Section rows are a 1-tuple (a source row with only its first cell). Otherwise: code, indicator,
# unit, good is, (Q1..Q4) as Power Query loaded them (percentages as fractions, the source's
# formats gone), target as loaded, RAG letter, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's Services",),
    ("CS1", "Children's social care assessments completed within 45 working days", "%", "High",
     (0.873, 0.852, 0.891, None), 0.9, "A", "Improving; two agency social workers start in January."),
    ("CS2", "Education, health and care plans issued within 20 weeks (excluding exceptions)", "%",
     "High", (0.412, 0.468, 0.533, None), 0.6, "R", "Educational psychology capacity remains the main delay."),
    ("CS3", "Children looked after (rate per 10,000 under 18)", "Rate per 10,000", "Low",
     (52.4, 53.1, 52.8, None), None, None, "Contextual measure, no target."),
    ("CS4", "Early help assessments started", "Number", "High", (412, 388, 436, None), 400, "G", None),
    ("Place and Communities",),
    ("PC1", "Household waste sent for reuse, recycling and composting", "%", "High",
     (0.512, 0.524, 0.482, None), 0.5, "A", "Seasonal fall in garden waste tonnage."),
    ("PC2", "Major planning applications determined in 13 weeks or agreed time", "%", "High",
     (0.947, 1.0, 0.889, None), 0.9, "A", None),
    ("PC3", "Average days to repair a street light fault", "Days", "Low",
     (4.2, 5.1, 6.8, None), 5, "R", "Contractor supply problem with replacement lanterns."),
    ("PC4", "Fly-tipping incidents removed within 3 working days", "%", "High",
     (0.962, 0.958, "n/a", None), 0.95, None, "Q3 data not available: new reporting system."),
    ("Resources",),
    ("RS1", "Council tax collected (cumulative)", "%", "High",
     (0.298, 0.572, 0.846, None), 0.975, "G", "On profile (84.3%)."),
    ("RS2", "Business rates collected (cumulative)", "%", "High",
     (0.317, 0.598, 0.851, None), 0.98, "A", None),
    ("RS3", "Sundry debt outstanding over 90 days", "\u00a3", "Low",
     (1284500, 1197320, 1352870, None), 1000000, "R", "Includes two NHS invoices in dispute."),
    ("RS4", "Working days lost to sickness absence per FTE (rolling 12 months)", "Days", "Low",
     (9.4, 9.1, 8.8, None), 8.5, "A", None),
    ("RS5", "Freedom of Information requests answered within 20 working days", "%", "High",
     (0.914, 0.937, 0.952, None), 0.95, "G", None),
)  # fmt: skip

FOOTER = (
    "RAG: G on or above target; A within 5% of target; R more than 5% below target.",
    "Source: Performance Management Framework returns, Business Intelligence team.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's corporate scorecard pulled through Power Query into a workbook.

    Central Bedfordshire style: a Business Intelligence officer loaded the
    corporate scorecard sheet through Power Query ('From Table/Range' on the
    whole sheet) without 'Use First Row as Headers', and loaded it back as
    an Excel table. So the table's header row reads 'Column1' .. 'Column11'
    and the real headings are in its first rows of data: the source sheet's
    title ('... Quarter 3 2024/25') in Column1, the merged '2024/25' banner
    as a value in Column5 only (nulls across the rest), then the heading row
    'Code', 'Performance indicator', 'Unit', 'Good is', 'Q1'..'Q4', 'Target
    2024/25', 'RAG', 'Commentary'. The source's section rows came through
    with only Column1 filled, and its two footnotes at the bottom. The
    number formats are gone: percentages show as fractions (0.873), £ and
    counts as bare numbers, RAG as bare letters with no colour. Q4 is empty;
    one Q3 is 'n/a'.

    A careful reader ignores 'Column1'.. as headings, takes the headings from
    the third row of data and the year from the banner and title: Q1..Q3
    2024/25 (Q4 blank, no observation), percentages in points by the Unit
    column (0.873 -> 87.3, target 0.9 -> 90), counts, days, pounds and the
    rate per 10,000 as their figures (52.4), each row's target for every
    quarter, and the RAG for Q3 (PC4's Q3 is 'n/a', unrated). Polarity from
    'Good is', unit from 'Unit'. The footnotes and section rows are not
    indicators.
    """
    book, sheet = new_book(SHEET)
    grid: list[tuple[object, ...]] = [tuple(f"Column{i}" for i in range(1, NCOLS + 1))]
    grid += list(TOP_ROWS)
    exp = Expected([])
    for spec in ROWS:
        if len(spec) == 1:
            grid.append((spec[0],) + (None,) * (NCOLS - 1))
            continue
        code, name, unit, good, quarters, target, rag, comment = spec
        assert isinstance(quarters, tuple)
        grid.append((code, name, unit, good, *quarters, target, rag, comment))
        pct = unit == "%"

        def points(value: object, pct: bool = pct) -> float:
            number = float(str(value))
            return round(number * 100, 6) if pct else number

        goal = None if target is None else points(target)
        given = [(p, v) for p, v in zip(QUARTERS, quarters, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            rating = RAG[str(rag)] if i == len(given) - 1 and rag is not None else None
            actual = points(value) if isinstance(value, int | float) else num(value)
            exp.observations.append(
                Obs(str(code), str(name), period, actual, text_of(value), goal, rating)
            )
        exp.add_meta(str(code), str(name), GOOD[str(good)], UNIT[str(unit)])
    for line in FOOTER:
        grid.append((line,) + (None,) * (NCOLS - 1))

    for r, values in enumerate(grid, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    last = len(grid)
    table = Table(displayName="Scorecard_Q3", ref=f"A1:K{last}")
    table.tableStyleInfo = TableStyleInfo(
        name="TableStyleMedium2", showRowStripes=True, showColumnStripes=False
    )
    sheet.add_table(table)
    for col in range(1, NCOLS + 1):
        sheet.cell(row=1, column=col).font = Font(bold=True, color="FFFFFFFF")
    widths = {"A": 12, "B": 60, "C": 9, "D": 10, "E": 11, "F": 11, "G": 11, "H": 10, "I": 15,
              "J": 9, "K": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp

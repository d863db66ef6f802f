"""A long export whose 'Year' means a financial, calendar or academic year as its 'Year type' column says."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of

SHEET = "Data"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate": "rate"}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")

HEADER = ["Indicator ID", "Indicator", "Service area", "Unit", "Polarity", "Year type", "Year",
          "Period", "Value", "Target", "RAG", "Note"]  # fmt: skip

# FY quarters and years: April to March. CY quarters: January to March is Q1, which is the same
# three months as the financial Q4 of the year before. AY terms (per the Notes sheet): Term 1
# September-December, Term 2 January-March, Term 3 April-July; the academic year Sep-Aug.
TERMS = {"Term 1": ("Sep", 0), "Term 2": ("Jan", 1), "Term 3": ("Apr", 1)}
TERM_END = {"Term 1": "Dec", "Term 2": "Mar", "Term 3": "Jul"}


def _period(year_type: str, year: object, period: str) -> str:
    """The app's label for a row's year and period, read by its year type."""
    if year_type == "CY":
        y = int(str(year))
        if period == "Annual":
            return str(y)
        q = int(period[1])
        if q == 1:
            return f"Q4 {y - 1}/{str(y)[2:]}"
        return f"Q{q - 1} {y}/{str(y + 1)[2:]}"
    start = int(str(year)[:4])
    fy = f"{start}/{str(start + 1)[2:]}"
    if year_type == "FY":
        return fy if period == "Annual" else f"{period} {fy}"
    if period == "Annual":
        return f"{fy} (AY)"
    month, offset = TERMS[period]
    return f"{month} {start + offset}\u2013{TERM_END[period]} {start + offset}"


# id, indicator, service, unit, polarity, then rows of (year type, year, period, value, target,
# RAG, note). A None value is an empty cell (no observation).
INDICATORS: tuple[tuple[object, ...], ...] = (
    ("EDU01", "Pupils meeting the expected standard in reading, writing and maths at KS2",
     "Education", "%", "Higher is better", (
        ("AY", "2022/23", "Annual", 57.8, 60, "Amber", "Validated DfE data"),
        ("AY", "2023/24", "Annual", 60.4, 61, "Amber", "Provisional"),
     )),
    ("EDU02", "Overall absence rate - primary schools", "Education", "%", "Lower is better", (
        ("AY", "2023/24", "Term 1", 4.9, 5.0, "Green", None),
        ("AY", "2023/24", "Term 2", 5.6, 5.0, "Red", "Winter illness"),
        ("AY", "2023/24", "Term 3", 5.2, 5.0, "Amber", None),
        ("AY", "2023/24", "Annual", 5.2, 5.0, "Amber", None),
        ("AY", "2024/25", "Term 1", 4.8, 5.0, "Green", None),
     )),
    ("EDU03", "Pupils persistently absent - secondary schools", "Education", "%",
     "Lower is better", (
        ("AY", "2023/24", "Term 1", 22.1, 20.0, "Red", None),
        ("AY", "2023/24", "Term 2", 24.3, 20.0, "Red", None),
        ("AY", "2023/24", "Term 3", 23.5, 20.0, "Red", None),
        ("AY", "2023/24", "Annual", 23.0, 20.0, "Red", None),
        ("AY", "2024/25", "Term 1", 20.6, 20.0, "Amber", None),
     )),
    ("EDU04", "Permanent exclusions from secondary schools", "Education", "Number",
     "Lower is better", (
        ("AY", "2023/24", "Term 1", 9, None, None, None),
        ("AY", "2023/24", "Term 2", "c", None, None, "Suppressed: fewer than 3 in one school"),
        ("AY", "2023/24", "Term 3", 14, None, None, None),
        ("AY", "2024/25", "Term 1", 11, None, None, None),
     )),
    ("FIN01", "Council tax collected in year", "Finance", "%", "Higher is better", (
        ("FY", "2023/24", "Annual", 96.9, 97.0, "Amber", None),
        ("FY", "2024/25", "Q1", 29.0, 29.5, "Amber", "Profiled target"),
        ("FY", "2024/25", "Q2", 56.6, 57.0, "Amber", "Profiled target"),
        ("FY", "2024/25", "Q3", 84.2, 84.0, "Green", "Profiled target"),
     )),
    ("FIN02", "Average days to process new Housing Benefit claims", "Finance", "Days",
     "Lower is better", (
        ("FY", "2023/24", "Q4", 19.2, 18, "Amber", None),
        ("FY", "2024/25", "Q1", 18.1, 18, "Amber", None),
        ("FY", "2024/25", "Q2", 17.5, 18, "Green", None),
        ("FY", "2024/25", "Q3", 16.2, 18, "Green", None),
     )),
    ("HSG01", "Households in temporary accommodation", "Housing", "Number", "Lower is better", (
        ("FY", "2023/24", "Annual", 187, 160, "Red", "Snapshot at 31 March"),
        ("FY", "2024/25", "Q1", 194, 170, "Red", "Snapshot"),
        ("FY", "2024/25", "Q2", 181, 170, "Amber", "Snapshot"),
        ("FY", "2024/25", "Q3", None, 170, None, "Not yet validated"),
     )),
    ("HSG02", "Affordable homes delivered", "Housing", "Number", "Higher is better", (
        ("FY", "2022/23", "Annual", 212, 200, "Green", None),
        ("FY", "2023/24", "Annual", 176, 200, "Red", None),
     )),
    ("CSP01", "Recorded crime rate per 1,000 population", "Community safety", "Rate",
     "Lower is better", (
        ("CY", "2023", "Annual", 71.4, None, None, "Police.uk, calendar year"),
        ("CY", "2024", "Q1", 17.2, None, None, None),
        ("CY", "2024", "Q2", 18.0, None, None, None),
        ("CY", "2024", "Q3", 18.9, None, None, None),
     )),
    ("CSP02", "People killed or seriously injured in road collisions", "Community safety",
     "Number", "Lower is better", (
        ("CY", "2022", "Annual", 214, 205, "Amber", "DfT STATS19"),
        ("CY", "2023", "Annual", 198, 200, "Green", "DfT STATS19"),
     )),
    ("CSP03", "Domestic abuse incidents reported to the police", "Community safety", "Number",
     None, (
        ("CY", "2024", "Q1", 1162, None, None, None),
        ("CY", "2024", "Q2", 1247, None, None, None),
        ("CY", "2024", "Q3", "n/a", None, None, "Force data not supplied for Q3"),
     )),
    ("PH01", "Under-18 conception rate per 1,000 females aged 15-17", "Public health", "Rate",
     "Lower is better", (
        ("CY", "2021", "Annual", 14.6, None, None, "ONS"),
        ("CY", "2022", "Annual", 13.9, 14.0, "Green", "ONS, published 2024"),
     )),
    ("PH02", "Eligible 2-year-olds taking up a funded early education place", "Public health",
     "%", "Higher is better", (
        ("AY", "2023/24", "Term 1", 71.5, 75, "Amber", None),
        ("AY", "2023/24", "Term 2", 73.8, 75, "Amber", None),
        ("AY", "2023/24", "Term 3", 76.2, 75, "Green", None),
        ("AY", "2024/25", "Term 1", 74.0, 75, "Amber", None),
     )),
    ("PH03", "Adults completing a weight management programme", "Public health", "%",
     "Higher is better", (
        ("FY", "2024/25", "Q1", 58.0, 60, "Amber", None),
        ("FY", "2024/25", "Q2", 63.5, 60, "Green", None),
        ("FY", "2024/25", "Q3", 61.1, 60, "Green", None),
     )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's performance data warehouse export ('all measures, long').

    The kind of 'Export all data' workbook a unitary council's corporate
    performance system (an in-house SQL warehouse behind its Power BI
    dashboards) gives scrutiny officers on request: one row per indicator
    per period on a 'Data' sheet, with Indicator ID, Indicator, Service
    area, Unit, Polarity, then 'Year type' ('FY', 'CY', 'AY'), 'Year'
    ('2023/24' as text for financial and academic years, 2023 as a number
    for calendar years), 'Period' ('Q1'..'Q4', 'Annual', 'Term 1'..'Term
    3'), Value, Target, RAG word and a Note. A 'Notes' sheet explains the
    codes. Education measures come termly by academic year, finance and
    housing by financial quarter and year, police and DfT data by calendar
    year and calendar quarter. Rough edges: a DfE-style 'c' suppressed
    exclusions count, an 'n/a' police quarter, an empty Q3 value 'Not yet
    validated', data-only rows with no target or RAG.

    A careful reader dates each row by its Year type, as the Notes sheet
    says: FY '2023/24' 'Annual' is the financial year 2023/24 and FY 'Q1'
    of 2024/25 is April to June 2024; AY '2023/24' 'Annual' is the academic
    year 2023/24 (AY), and its terms are September to December, January to
    March and April to July; CY 2023 'Annual' is the calendar year 2023 and
    CY 2024 'Q1' is January to March 2024, the same three months as Q4
    2023/24 (so CY Q2 2024 is Q1 2024/25). Each row has its own target and
    RAG. 'c' and 'n/a' are kept as text; the empty value is no observation.
    Units and polarity come from their columns (the domestic abuse count
    states no polarity). Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    put_row(sheet, 1, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=1, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
    exp = Expected([])
    row = 2
    for ident, name, service, unit, polarity, series in INDICATORS:
        assert isinstance(series, tuple)
        exp.add_meta(
            str(ident),
            str(name),
            POLARITY.get(str(polarity)) if polarity else None,
            UNIT[str(unit)],
        )
        for year_type, year, period, value, target, rag, note in series:
            shown_year: object = int(year) if year_type == "CY" else year
            put_row(
                sheet,
                row,
                1,
                [ident, name, service, unit, polarity, year_type, shown_year, period, value,
                 target, rag, note],
            )  # fmt: skip
            row += 1
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ident),
                    str(name),
                    _period(str(year_type), year, str(period)),
                    num(value),
                    text_of(value),
                    num(target),
                    RAG.get(str(rag)),
                )
            )
    sheet.auto_filter.ref = f"A1:L{row - 1}"
    sheet.freeze_panes = "A2"
    widths = {"A": 12, "B": 62, "C": 18, "D": 8, "E": 16, "F": 10, "G": 9, "H": 9, "L": 36}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    notes = book.create_sheet("Notes")
    lines = (
        "Performance data export \u2013 all measures (long format)",
        "Extracted from the corporate performance warehouse, 15 January 2025.",
        "",
        "Year type:",
        "FY \u2013 financial year, 1 April to 31 March. Q1 = April to June \u2026 Q4 = January "
        "to March.",
        "CY \u2013 calendar year, 1 January to 31 December. Q1 = January to March \u2026 Q4 = "
        "October to December.",
        "AY \u2013 academic year, 1 September to 31 August. Term 1 = autumn term (September to "
        "December), Term 2 = spring term (January to March), Term 3 = summer term (April to July).",
        "",
        "Value 'c' = suppressed to protect confidentiality. A blank value has not yet been "
        "validated.",
        "RAG compares the value with the target for that period.",
    )
    for j, line in enumerate(lines, start=1):
        if line:
            notes.cell(row=j, column=1, value=line)
    notes["A1"].font = Font(bold=True, size=14)
    save(book, path)
    return exp

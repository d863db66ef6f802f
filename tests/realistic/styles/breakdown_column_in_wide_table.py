"""A wide quarterly table with a 'Breakdown' column: each measure's 'All' (or 'Total') row, then its sub-group rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "PH dashboard Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
TOTALS = ("All", "Total", "All ages", "All people")  # what the first row of a measure is called
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF6A1B5A", end_color="FF6A1B5A")
TOTAL_FILL = PatternFill(fill_type="solid", start_color="FFF3E8F1", end_color="FFF3E8F1")
THIN = Side(style="thin", color="FFBFBFBF")
FIRST = 6
LAST_COL = 10  # J: Notes

# ref, measure, England (latest, on the total row only), target 2024/25 (None: none),
# RAG (Q3) on the total row, rows: (breakdown, Q1, Q2, Q3); the first row is the total
MEASURES: tuple[tuple[object, ...], ...] = (
    ("PH01", "Smokers setting a quit date who had quit at 4 weeks (%)", 53.4, 55.0, "A", (
        ("All", 54.2, 56.8, 52.9),
        ("Male", 55.1, 58.0, 54.3),
        ("Female", 53.0, 55.4, 51.2),
        ("Routine and manual occupations", 47.6, 50.2, 46.8),
    )),
    ("PH02", "NHS Health Checks offered and taken up by eligible people aged 40-74 (%)", 47.1, 50.0, "G", (
        ("All", 48.3, 51.6, 53.0),
        ("Most deprived 20% of neighbourhoods", 39.5, 43.8, 45.1),
        ("Rest of borough", 54.9, 57.2, 58.7),
    )),
    ("PH03", "Infants totally or partially breastfed at 6-8 weeks (%)", 49.2, 45.0, "R", (
        ("All ages", 41.7, 43.0, 39.8),
        ("Mother aged under 20", 18.2, 21.4, "*"),
        ("Mother aged 20-29", 37.9, 39.1, 36.0),
        ("Mother aged 30 and over", 50.6, 51.8, 48.7),
    )),
    ("PH04", "New birth visits completed within 14 days (%)", 82.2, 90.0, "G", (
        ("All", 91.4, 89.7, 92.3),
    )),
    ("PH05", "Children receiving a 2-2\u00bd year development review (%)", 74.9, 85.0, "A", (
        ("All", 80.2, 82.5, 81.0),
        ("Blackburn East wards", 75.8, 78.9, 77.4),
        ("Blackburn West wards", 81.6, 83.0, 82.2),
        ("Darwen and rural wards", 86.3, 87.1, 85.9),
    )),
    ("PH06", "Adults referred to tier 2 weight management", None, None, None, (
        ("All", 212, 187, 240),
        ("Male", 71, 63, 82),
        ("Female", 139, 121, 155),
        ("Not stated", "*", "*", "*"),
    )),
    ("PH07", "Opiate users who left drug treatment successfully and did not re-present within 6 months (%)", 5.0, 5.5, "R", (
        ("Total", 4.8, 4.6, 4.3),
    )),
    ("PH08", "Young people aged 15-24 screened for chlamydia (%)", 17.8, 20.0, None, (
        ("All", 16.9, 18.4, "Data due Feb"),
        ("Male", 8.7, 9.9, "Data due Feb"),
        ("Female", 25.3, 27.0, "Data due Feb"),
    )),
    ("PH09", "Alcohol users who left treatment successfully and did not re-present within 6 months (%)", 34.8, 38.0, "G", (
        ("All", 36.1, 37.4, 39.2),
    )),
    ("PH10", "Pregnant women setting a quit date who had quit at 4 weeks", None, None, None, (
        ("All people", 14, 11, 17),
        ("Aged under 25", 6, "*", 7),
        ("Aged 25 and over", 8, 8, 10),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's public health quarterly performance dashboard.

    Blackburn with Darwen Borough Council style, the dashboard the public
    health team sends to the Health and Wellbeing Board. Ref | Measure |
    'Breakdown' | Q1/Q2/Q3 2024/25 | 'England (latest)' | 'Target 2024/25' |
    'RAG (Q3)' | Notes. Each measure starts with its total row (shaded and
    bold) whose Breakdown cell says 'All', or for some measures 'Total',
    'All ages' or 'All people', with the Ref and name; under it, in italics
    with the Ref and name left blank, come the sub-group rows the service
    reports (sex, routine and manual workers, the most deprived
    neighbourhoods, mother's age, ward groups). Some measures have only the
    total row. Only the total rows carry England, the target and the RAG.
    Small numbers in sub-groups are suppressed '*'; chlamydia Q3 says 'Data
    due Feb' on every row.

    What a careful reader takes as the indicators, as in a long export with
    breakdown columns: each measure is one indicator, and its total row is
    the measure's figure for each quarter, with the target for the three
    2024/25 quarters and the RAG for Q3. The sub-group rows split that
    figure (the counts add up to it) and are not further observations of the
    measure, nor indicators of their own: they have no name, code, target or
    rating, only a breakdown label under the measure's name. 'All ages',
    'Total' and 'All people' are the total row as 'All' is. 'Data due Feb'
    is kept as chlamydia's Q3 text (no RAG is given). England is a
    comparator. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Blackburn with Darwen Borough Council \u2013 Public Health")
    sheet["A2"] = (
        "Quarterly Performance Dashboard 2024/25 \u2013 Quarter 3 (October to December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Health and Wellbeing Board, March 2025. Figures for each quarter are for that quarter only."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Breakdown", *QUARTERS, "England (latest)", "Target 2024/25",
              "RAG (Q3)", "Notes"]  # fmt: skip
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[FIRST - 1].height = 30
    notes = {
        "PH03": "Under-20 Q3 suppressed (fewer than 5 births).",
        "PH07": "Data from NDTMS; completions in the quarter.",
        "PH08": "Q3 data from the e-service due February 2025.",
    }
    exp = Expected([])
    row = FIRST
    for ref, name, england, target, rag, parts in MEASURES:
        assert isinstance(parts, tuple)
        for p, (breakdown, *values) in enumerate(parts):
            total = p == 0
            assert (breakdown in TOTALS) == total
            if total:
                put_row(sheet, row, 1, [ref, name, breakdown, *values, england, target, rag,
                                        notes.get(str(ref))])  # fmt: skip
                for col in range(1, LAST_COL + 1):
                    sheet.cell(row=row, column=col).fill = TOTAL_FILL
                    sheet.cell(row=row, column=col).font = Font(bold=True)
                if rag in RAG_FILLS:
                    rgb = RAG_FILLS[str(rag)]
                    sheet.cell(row=row, column=9).fill = PatternFill(
                        fill_type="solid", start_color=rgb, end_color=rgb
                    )
            else:
                put_row(sheet, row, 3, [breakdown, *values])
                for col in range(3, 7):
                    sheet.cell(row=row, column=col).font = Font(italic=True)
                sheet.cell(row=row, column=3).alignment = Alignment(indent=2)
            for col in range(4, 10):
                cell = sheet.cell(row=row, column=col)
                cell.alignment = Alignment(horizontal="center")
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).border = Border(
                    top=Side(style="medium") if total else THIN, bottom=THIN
                )
            if total:
                c, n = str(ref), str(name)
                goal = float(str(target)) if target is not None else None
                for k, value in enumerate(values):
                    status = RAG.get(str(rag)) if k == len(values) - 1 else None
                    if isinstance(value, int | float):
                        exp.observations.append(Obs(c, n, QUARTERS[k], float(value), None, goal, status))  # fmt: skip
                    else:
                        exp.observations.append(Obs(c, n, QUARTERS[k], None, str(value), goal, status))  # fmt: skip
            row += 1
    foot = row + 1
    lines = (
        "RAG (Q3): G = Q3 at or better than target; A = within 10% of target; R = more than 10% "
        "below target. Measures without a target are monitored only.",
        "Breakdown rows show the same measure for a group of residents; the 'All' row is the "
        "measure for the whole borough. * = fewer than 5, suppressed.",
        "England (latest): OHID Fingertips, most recent published period.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {
        "A": 7,
        "B": 54,
        "C": 32,
        "D": 10,
        "E": 10,
        "F": 10,
        "G": 11,
        "H": 11,
        "I": 8,
        "J": 40,
    }
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

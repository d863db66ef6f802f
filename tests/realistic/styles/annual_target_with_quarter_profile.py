"""An 'Annual target 2024/25' beside a 'Q2 target' profile column, some profiles typed in the annual cell ('97.0% (Q2 profile 56.5%)')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q2 2024-25"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
PROFILE_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FF9BC2E6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST = 6
LAST_COL = 10  # J: Comments

# code, measure, how measured, 2023/24 outturn, Q1, Q2 (year to date where cumulative),
# annual target cell as typed, Q2 target cell as typed, status (Q2), comment,
# then the reading: annual target, the Q2 observation's target
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB01", "Council tax collected (% of net collectable debit)", "Cumulative", 96.4, 29.1, 56.2,
     "97.0% (Q2 profile 56.5%)", None, "Amber", "Slightly behind profile; reminders issued in September.",
     97.0, 56.5),
    ("RB02", "Business rates collected (% of net collectable debit)", "Cumulative", 98.1, 31.0, 58.3,
     98.0, 57.5, "Green", None, 98.0, 57.5),
    ("RB03", "Average days to process new Housing Benefit and Council Tax Reduction claims", "In quarter",
     19.6, 17.2, 16.4, 18.0, 18.0, "Green", None, 18.0, 18.0),
    ("HS01", "Affordable homes delivered", "Cumulative", 187, 22, 67,
     "200 (Q2 profile 70)", None, "Amber", "Two schemes at Tiverton Eastern Urban Extension slipped to Q3.",
     200.0, 70.0),
    ("HS02", "Households whose homelessness was prevented or relieved", "Cumulative", 412, 96, 205,
     400, 200, "Green", None, 400.0, 200.0),
    ("HS03", "Average days to re-let standard council homes", "In quarter", 31.2, 27.5, 24.8,
     25.0, 25.0, "Green", None, 25.0, 25.0),
    ("HS04", "Rent collected from current tenants (% of rent due)", "Cumulative", 99.2, 96.8, 98.1,
     "99.0% (Q2 profile 97.5%)", None, "Green", None, 99.0, 97.5),
    ("PL01", "Major planning applications determined within 13 weeks or agreed time (%)", "In quarter",
     88.9, 100.0, 80.0, 75.0, None, "Green", "4 of 5 applications determined in time.", 75.0, 75.0),
    ("PL02", "Planning enforcement cases closed", "Cumulative", 246, 58, 117,
     240, 120, "Amber", None, 240.0, 120.0),
    ("WS01", "Household waste sent for reuse, recycling and composting (%)", "In quarter", 50.6, 54.8, 57.3,
     "52.0% (Q2 profile 56.0%)", None, "Green", "Seasonal profile: garden waste peaks in the summer.",
     52.0, 56.0),
    ("WS02", "Missed bin collections per 100,000 collections", "In quarter", 58, 49, 63,
     55, 55, "Red", "Round changes in August; missed collections back to normal by mid-September.",
     55.0, 55.0),
    ("LE01", "Visits to leisure centres", "Cumulative", 612480, 158230, 301944,
     "620,000 (Q2: 305,000)", None, "Amber", None, 620000.0, 305000.0),
    ("HR01", "Working days lost to sickness absence per FTE", "Cumulative", 8.9, 2.1, 4.3,
     "8.0 days (Q2 profile 3.8 days)", None, "Red", "Long-term absence in Operations; OH referrals increased.",
     8.0, 3.8),
    ("CS01", "Stage 1 complaints responded to within 10 working days (%)", "In quarter", 91.2,
     "Not available", 87.9, 95.0, 95.0, "Red", "Q1 not available: complaints moved to the new CRM in June.",
     95.0, 95.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance dashboard with profiled targets.

    Mid Devon District Council style, the corporate performance report at
    Quarter 2 to the Cabinet and the scrutiny committee. Each measure says
    how it is measured ('Cumulative' year to date, or 'In quarter'), then
    '2023/24 outturn', Q1 and Q2 2024/25, an 'Annual target 2024/25' and,
    shaded beside it, a 'Q2 target' holding the profile to the end of
    September for cumulative and seasonal measures (the annual figure
    again for most in-quarter ones, blank for one). Some officers did not
    use the Q2 column and typed the profile into the annual target cell
    instead: '97.0% (Q2 profile 56.5%)', '200 (Q2 profile 70)', '620,000
    (Q2: 305,000)', '8.0 days (Q2 profile 3.8 days)'. A filled 'Status
    (Q2)' word, comments, and a note that the status compares Q2 with its
    profile and that where no Q2 target is shown the annual target applies.

    A careful reader gives each Q2 figure the quarter's own target: the Q2
    column where it has one, the profile inside the annual cell where that
    is where it was written, else the annual target (PL01). The Q1 figure
    has no profile of its own on the sheet, so it takes the annual target,
    which applies to every 2024/25 figure of its row the sheet does not
    profile (year-to-date figures are written against it as printed). The
    2023/24 outturn is an observation without a target (the target's
    heading names 2024/25). The annual targets themselves have no
    observation, no 2024/25 outturn being reported yet. The status belongs
    to Q2; 'Not available' is kept as CS01's Q1 text. No unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Mid Devon District Council")
    sheet["A2"] = "Corporate Performance Report \u2013 Quarter 2 2024/25 (April to September 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Cumulative measures are shown year to date. The Q2 target is the profile to 30 September "
        "2024; where no Q2 target is shown the annual target applies."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Code", "Measure", "How measured", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
              "Annual target 2024/25", "Q2 target", "Status (Q2)", "Comments"]  # fmt: skip
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    sheet.row_dimensions[FIRST - 1].height = 32
    exp = Expected([])
    for i, cells in enumerate(ROWS):
        code, name, how, outturn, q1, q2, annual_cell, q2_cell, status, comment = cells[:10]
        annual, q2_target = cells[10:]
        row = FIRST + i
        put_row(sheet, row, 1, [code, name, how, outturn, q1, q2, annual_cell, q2_cell, status,
                                comment])  # fmt: skip
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = BOX
            if 3 <= col <= 9:
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        sheet.cell(row=row, column=8).fill = PROFILE_FILL
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
        if status in FILLS:
            rgb = FILLS[str(status)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        c, n = str(code), str(name)
        year_target = float(str(annual))
        exp.observations.append(Obs(c, n, "2023/24", float(str(outturn))))
        if isinstance(q1, int | float):
            exp.observations.append(Obs(c, n, "Q1 2024/25", float(q1), None, year_target))
        else:
            exp.observations.append(Obs(c, n, "Q1 2024/25", None, str(q1), year_target))
        exp.observations.append(
            Obs(c, n, "Q2 2024/25", float(str(q2)), None, float(str(q2_target)), RAG[str(status)])
        )
    foot = FIRST + len(ROWS) + 1
    notes = (
        "Status compares the Q2 position with the Q2 target (the profile for cumulative and "
        "seasonal measures): Green on or better than target, Amber within 5%, Red more than 5% "
        "adrift.",
        "Profiles are set by each service at the start of the year from the pattern of previous "
        "years.",
        "Source: Mid Devon performance management system (extract 14 October 2024).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 58, "C": 12, "D": 11, "E": 11, "F": 11, "G": 20, "H": 11, "I": 10,
              "J": 48}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

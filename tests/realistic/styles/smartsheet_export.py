"""A Smartsheet KPI tracker exported to Excel: RYG ball words, Harvey balls, indented hierarchy, Modified columns."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = (
    "Council Plan KPI Tracker 24-25"  # the Smartsheet sheet's name, cut to Excel's 31 characters
)
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25", "Q4 24/25")
BALL: dict[str, Rag | None] = {"Red": "red", "Yellow": "amber", "Green": "green", "Gray": None}
UNIT = {"%": "%", "Number": "number", "Days": "days", "£": "£", "Rate": "rate"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFE7E6E6", end_color="FFE7E6E6")
PARENT_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# Rows in sheet order. A parent row: (level, name, rolled-up status, modified, modified by).
# A KPI row: (level, name, ref, status, progress, trend, unit, polarity, (Q1..Q4), target,
#             lead officer, latest update, reported to Cabinet, modified, modified by).
# Percentages are fractions under a % format, as Smartsheet stores them.
ROWS: tuple[tuple[object, ...], ...] = (
    (0, "Thriving communities", "Red", datetime(2025, 1, 20, 16, 2), "k.oduya@bracknell-forest.gov.uk"),
    (1, "Housing", "Red", datetime(2025, 1, 20, 16, 2), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Affordable homes delivered", "HOU-01", "Gray", "Three Quarter", "Up", "Number",
     "Higher is better", (38, 51, 44, None), None, "Housing Strategy Manager",
     "44 completions at Jennett's Park and Warfield; monitored, no target set.", True,
     datetime(2025, 1, 14, 10, 41), "s.hale@bracknell-forest.gov.uk"),
    (2, "Households in temporary accommodation (snapshot at quarter end)", "HOU-02", "Red",
     "Three Quarter", "Up", "Number", "Lower is better", (212, 228, 241, None), 200,
     "Head of Housing Options", "Demand up 14% on last year; 19 families in B&B.", True,
     datetime(2025, 1, 16, 9, 5), "s.hale@bracknell-forest.gov.uk"),
    (2, "Homelessness cases prevented or relieved", "HOU-03", "Green", "Three Quarter", "Up",
     "%", "Higher is better", (0.58, 0.61, 0.634, None), 0.6, "Head of Housing Options",
     "Prevention team back to full strength from October.", False,
     datetime(2025, 1, 16, 9, 7), "s.hale@bracknell-forest.gov.uk"),
    (1, "Community safety", "Yellow", datetime(2025, 1, 17, 11, 30), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Anti-social behaviour incidents reported to Thames Valley Police", "CS-01", "Gray",
     "Three Quarter", "Down", "Number", "Lower is better", (512, 498, 430, None), None,
     "Community Safety Manager", "Seasonal fall; contextual measure.", False,
     datetime(2025, 1, 17, 11, 28), "p.marsh@bracknell-forest.gov.uk"),
    (2, "High-risk domestic abuse referrals contacted by an IDVA within 5 working days",
     "CS-02", "Yellow", "Three Quarter", "Down", "%", "Higher is better",
     (0.88, 0.91, 0.86, None), 0.9, "Community Safety Manager",
     "One IDVA post vacant Nov-Dec; 43 of 50 contacted in time.", True,
     datetime(2025, 1, 17, 11, 30), "p.marsh@bracknell-forest.gov.uk"),
    (0, "Clean and green", "Red", datetime(2025, 1, 21, 8, 47), "k.oduya@bracknell-forest.gov.uk"),
    (1, "Waste and recycling", "Red", datetime(2025, 1, 21, 8, 47), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Household waste reused, recycled or composted", "ENV-01", "Gray", "Half", "Sideways",
     "%", "Higher is better", (0.512, 0.538, "TBC", None), 0.52, "re3 Partnership Officer",
     "Q3 tonnages not yet validated in WasteDataFlow.", False,
     datetime(2025, 1, 21, 8, 45), "j.whitlock@bracknell-forest.gov.uk"),
    (2, "Missed bin collections per 100,000 collections", "ENV-02", "Red", "Three Quarter",
     "Up", "Rate", "Lower is better", (42, 38, 51, None), 45, "Waste Services Manager",
     "Round changes in November; crews now settled.", True,
     datetime(2025, 1, 21, 8, 47), "j.whitlock@bracknell-forest.gov.uk"),
    (1, "Streets and parks", "Green", datetime(2025, 1, 10, 15, 12), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Fly-tips removed within 2 working days", "ENV-03", "Green", "Full", "Up", "%",
     "Higher is better", (0.94, 0.962, 0.971, None), 0.95, "Street Cleansing Manager",
     None, False, datetime(2025, 1, 10, 15, 12), "j.whitlock@bracknell-forest.gov.uk"),
    (0, "A council that works well", "Red", datetime(2025, 1, 22, 13, 19), "k.oduya@bracknell-forest.gov.uk"),
    (1, "Customer services", "Red", datetime(2025, 1, 22, 13, 19), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Calls to the Customer Contact Centre answered within 2 minutes", "CUS-01", "Red",
     "Half", "Up", "%", "Higher is better", (0.71, 0.66, 0.742, None), 0.8,
     "Customer Services Manager", "Improving after council tax billing peak; still below target.",
     True, datetime(2025, 1, 22, 13, 19), "r.ahmed@bracknell-forest.gov.uk"),
    (2, "Stage 1 complaints responded to within 10 working days", "CUS-02", "Green",
     "Three Quarter", "Up", "%", "Higher is better", (0.84, 0.89, 0.92, None), 0.9,
     "Customer Services Manager", None, False,
     datetime(2025, 1, 22, 13, 2), "r.ahmed@bracknell-forest.gov.uk"),
    (1, "Finance and people", "Red", datetime(2025, 1, 15, 17, 40), "k.oduya@bracknell-forest.gov.uk"),
    (2, "Undisputed invoices paid within 30 days", "FIN-01", "Green", "Three Quarter",
     "Up", "%", "Higher is better", (0.962, 0.958, 0.971, None), 0.97, "Chief Accountant",
     None, False, datetime(2025, 1, 15, 17, 31), "m.lewin@bracknell-forest.gov.uk"),
    (2, "Average days to process new Housing Benefit claims", "FIN-02", "Green",
     "Three Quarter", "Down", "Days", "Lower is better", (21.5, 19.8, 18.2, None), 20,
     "Revenues and Benefits Manager", None, False,
     datetime(2025, 1, 15, 17, 34), "m.lewin@bracknell-forest.gov.uk"),
    (2, "Working days lost to sickness absence per FTE (in quarter)", "HR-01", "Red",
     "Quarter", "Up", "Days", "Lower is better", (2.4, 2.1, 2.9, None), 2.2,
     "Head of HR", "Winter respiratory illness; long-term cases up in Adult Social Care.", True,
     datetime(2025, 1, 15, 17, 40), "t.banerjee@bracknell-forest.gov.uk"),
    (2, "Agency staff spend", "HR-02", "Gray", "Three Quarter", "Down", "£",
     "Lower is better", (412000, 389500, 455200, None), None, "Head of HR",
     "Monitored quarterly; includes two interim social work managers.", False,
     datetime(2025, 1, 15, 17, 44), "t.banerjee@bracknell-forest.gov.uk"),
)  # fmt: skip

HEADER = ["Measure", "Ref", "Status", "Progress", "Trend", "Unit", "Polarity", *HEADINGS,
          "Annual Target", "Lead Officer", "Latest Update", "Reported to Cabinet",
          "Modified", "Modified By"]  # fmt: skip

# the sheet's discussions, as the export lists them on their own tab
COMMENTS = (
    (4, "Households in temporary accommodation (snapshot at quarter end)", "Can we split this by B&B / nightly let / leased for Cabinet?",
     "k.oduya@bracknell-forest.gov.uk", datetime(2025, 1, 16, 14, 12)),
    (4, "Households in temporary accommodation (snapshot at quarter end)", "Yes - 19 B&B, 88 nightly let, 134 leased at 31 Dec.",
     "s.hale@bracknell-forest.gov.uk", datetime(2025, 1, 17, 9, 40)),
    (11, "Household waste reused, recycled or composted", "re3 expect validated Q3 figures mid-February.",
     "j.whitlock@bracknell-forest.gov.uk", datetime(2025, 1, 21, 8, 50)),
    (17, "Calls to the Customer Contact Centre answered within 2 minutes", "Average wait 3m 10s in December (4m 45s in September).",
     "r.ahmed@bracknell-forest.gov.uk", datetime(2025, 1, 22, 13, 25)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council programme office's Smartsheet KPI tracker, exported to Excel.

    Bracknell Forest-style: the Corporate Programme Office keeps the
    Council Plan KPIs in a Smartsheet sheet and exports it ('File > Export
    to Microsoft Excel') for the quarterly pack. The export has no title:
    the column names are row 1, the sheet's name is the tab. Smartsheet's
    symbol columns come out as their words: 'Status' is the RYG ball set
    written Red, Yellow, Green and Gray; 'Progress' is a Harvey ball (Empty,
    Quarter, Half, Three Quarter, Full); 'Trend' an arrow (Up, Down,
    Sideways). The hierarchy comes out as Excel row outline levels and an
    indent on the Measure cell: priorities (level 0, bold), service areas
    under them (level 1), and the KPIs (level 2). Parent rows carry only a
    Status rolled up from their children by a Smartsheet formula (exported as
    its value). Quarter columns 'Q1 24/25'..'Q4 24/25' (Q4 empty), an
    'Annual Target', Unit and Polarity dropdowns, a Lead Officer, a 'Latest
    Update', a 'Reported to Cabinet' checkbox (TRUE/FALSE), and the system
    columns 'Modified' (date and time) and 'Modified By' (an e-mail
    address). Percentages are stored as fractions under a % format, the
    recycling Q3 figure says 'TBC', and the row discussions come out on a
    second tab, 'Comments'.

    A careful reader takes each KPI row's quarter figures as Q1..Q3
    2024/25 (percentages in points), 'TBC' as what that cell said, the
    Annual Target for every quarter of the row (no year in its heading, one
    year on the sheet), and the RYG ball as the rating of the row's latest
    figure: Red red, Yellow amber (Smartsheet's yellow ball is the amber of
    a RAG), Green green, Gray no rating (monitored measures and the row
    awaiting data). Unit and Polarity are stated on every KPI row. Parent
    rows have no figures, so their rolled-up status is no observation; the
    Harvey balls, trend arrows, checkbox, Modified columns and comments are
    not observations either.
    """
    book, sheet = new_book(SHEET)
    put_row(sheet, 1, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=1, column=col)
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    exp = Expected([])
    for i, spec in enumerate(ROWS):
        row = 2 + i
        level = int(str(spec[0]))
        if len(spec) == 5:
            _, name, status, modified, by = spec
            values: list[object] = [name, None, status, *([None] * 12), modified, by]
        else:
            (_, name, ref, status, progress, trend, unit, polarity, figures, target, lead,
             update, cabinet, modified, by) = spec  # fmt: skip
            assert isinstance(figures, tuple)
            values = [name, ref, status, progress, trend, unit, polarity, *figures, target,
                      lead, update, cabinet, modified, by]  # fmt: skip
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=col)
            if value is not None:
                cell.value = value
            cell.border = GRID
        sheet.cell(row=row, column=1).alignment = Alignment(indent=2 * level)
        sheet.cell(row=row, column=16).number_format = "dd/mm/yy hh:mm"
        if level:
            sheet.row_dimensions[row].outline_level = level
        if len(spec) == 5:
            for col in range(1, len(HEADER) + 1):
                sheet.cell(row=row, column=col).fill = PARENT_FILL
            sheet.cell(row=row, column=1).font = Font(bold=level == 0)
            continue
        percent = unit == "%"
        for col in (8, 9, 10, 11, 12):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, float | int):
                cell.number_format = (
                    "0.0%" if percent else "£#,##0" if unit == "£" else "#,##0.0" if isinstance(cell.value, float) else "#,##0"
                )  # fmt: skip
            if isinstance(cell.value, str):
                cell.alignment = Alignment(horizontal="right")
        scale = 100.0 if percent else 1.0
        goal = None if target is None else round(float(str(target)) * scale, 6)
        code, measure = str(ref), str(name)
        assert isinstance(figures, tuple)
        given = [(q, v) for q, v in zip(QUARTERS, figures, strict=True) if v is not None]
        for k, (quarter, value) in enumerate(given):
            rag = BALL[str(status)] if k == len(given) - 1 else None
            if isinstance(value, str):
                exp.observations.append(Obs(code, measure, quarter, None, value, goal, rag))
            else:
                actual = round(float(value) * scale, 6)
                exp.observations.append(Obs(code, measure, quarter, actual, None, goal, rag))
        exp.add_meta(code, measure, POLARITY[str(polarity)], UNIT[str(unit)])
    widths = {"A": 58, "B": 9, "C": 9, "D": 14, "E": 10, "F": 9, "G": 16, "L": 13, "M": 28,
              "N": 52, "O": 11, "P": 15, "Q": 34}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "B2"
    sheet.sheet_properties.outlinePr.summaryBelow = False

    notes = book.create_sheet("Comments")
    put_row(notes, 1, 1, ["Row", "Primary Column", "Comment", "Created By", "Created"], bold=True)
    for j, (number, primary, text, by, when) in enumerate(COMMENTS):
        put_row(notes, 2 + j, 1, [number, primary, text, by, when])
        notes.cell(row=2 + j, column=5).number_format = "dd/mm/yy hh:mm"
    notes.column_dimensions["B"].width = 50
    notes.column_dimensions["C"].width = 70
    notes.column_dimensions["D"].width = 34
    notes.column_dimensions["E"].width = 15
    save(book, path)
    return exp

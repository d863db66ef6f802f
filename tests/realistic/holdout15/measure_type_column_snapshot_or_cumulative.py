"""A quarterly grid whose 'Measure type' column says Snapshot, Cumulative, Rolling 12 months or Annual per row."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q4 2024-25"
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25", "Q4 24/25")
# the span each kind of figure covers, by quarter column
SPANS = {
    "Snapshot": ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"),
    "Cumulative": ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024", "2024/25"),
    "Rolling 12 months": ("Jul 2023\u2013Jun 2024", "Oct 2023\u2013Sep 2024", "2024", "2024/25"),
    "Annual": ("2024/25", "2024/25", "2024/25", "2024/25"),
}
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_ROW = 5
HEADER = ["Ref", "Measure", "Measure type", *HEADINGS, "Target", "RAG", "Comments"]
LAST_COL = len(HEADER)
DOUBT = "HSG03"  # 'Cumulative', but its Q2 figure is smaller than Q1's

# a section row is a 1-tuple; a measure: ref, name, type, Q1..Q4 (None blank), target, RAG,
# comment, fractions? (percentages stored as fractions under 0.0%)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Finance",),
    ("FIN01", "Council tax collected", "Cumulative", (0.294, 0.571, 0.849, 0.978), 0.98, "Amber",
     "Slightly below target; recovery action continues into 2025/26.", True),
    ("FIN02", "Business rates collected", "Cumulative", (0.312, 0.586, 0.86, 0.986), 0.985, "Green",
     None, True),
    ("Housing",),
    ("HSG01", "Households in temporary accommodation", "Snapshot", (62, 68, 71, 66), 60, "Red",
     "Fewer placements in Q4 after two private sector leasing properties came on stream.", False),
    ("HSG02", "Long-term empty homes (empty for more than 6 months)", "Snapshot",
     (412, 398, 405, 389), 400, "Green", None, False),
    ("HSG03", "Affordable homes delivered", "Cumulative", (34, 21, 80, 112), 120, "Red",
     "Knights Wood phase 2 (32 homes) handed over in March.", False),
    ("HSG04", "Households whose homelessness was prevented", "Cumulative", (58, 121, 176, 239), 220,
     "Green", None, False),
    ("Planning",),
    ("PLN01", "Planning applications received", "Cumulative", (312, 640, 921, 1218), None, None,
     "For information.", False),
    ("PLN02", "Major planning applications determined within 13 weeks or agreed time (%)",
     "Rolling 12 months", (88.9, 90.0, 91.7, 92.3), 85.0, "Green", None, False),
    ("Environment",),
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "Cumulative",
     (51.2, 50.8, 49.6, 48.9), 50.0, "Amber", "Garden waste tonnages lower after a dry summer.", False),
    ("Workforce",),
    ("HR01", "Working days lost to sickness absence per FTE", "Rolling 12 months",
     (9.1, 8.8, 8.6, 8.3), 8.0, "Amber", None, False),
    ("HR02", "Voluntary staff turnover (%)", "Rolling 12 months", (12.4, 12.9, 13.1, 12.2), 12.0,
     "Amber", None, False),
    ("HR03", "Vacant posts as a % of establishment", "Snapshot", (8.9, 9.4, 10.1, 9.2), 8.0, "Red",
     "Hard-to-fill posts in Planning and Environmental Health.", False),
    ("Corporate",),
    ("CP01", "Residents satisfied with the way the council runs things (%)", "Annual",
     (None, None, 61.0, None), 65.0, "Red", "Residents' Survey, October to November 2024.", False),
    ("CP02", "Properties responding to the annual canvass (%)", "Annual", (None, None, 93.4, None),
     92.0, "Green", "Canvass closed 30 November 2024.", False),
    ("CP03", "Council spend with local suppliers (%)", "Annual", (None, None, None, 38.2), 40.0,
     "Amber", None, False),
)  # fmt: skip


def _points(value: object, fractions: object) -> float:
    number = float(str(value))
    return round(number * 100, 6) if fractions else number


def build(path: Path) -> Expected:
    """Imitates a borough council's year-end performance summary with a 'Measure type' column.

    Tunbridge Wells-style quarterly performance summary to Cabinet at
    year end, Quarter 4 2024/25, one grid for every measure: Ref, Measure,
    'Measure type', 'Q1 24/25'..'Q4 24/25', one Target, a filled RAG word
    and comments, under shaded section rows. The type says how each row's
    quarters are counted, and a key under the table explains it: Snapshot
    (the position on the last day of the quarter), Cumulative (the year to
    date from 1 April, so the figures grow through the year; the collection
    and recycling rates are rates for the year so far), Rolling 12 months
    (the twelve months ending with the quarter), Annual (one result for the
    year, shown in the quarter it becomes available; other quarters grey
    and empty). Collection rates are fractions under a 0.0% format.

    A careful reader gives each figure the span it covers: snapshots their
    quarter; a cumulative Q1 is Q1 2024/25, Q2 the first half (H1 2024/25),
    Q3 April to December (Apr 2024\u2013Dec 2024) and Q4 the whole year
    (2024/25); a rolling Q1 is Jul 2023\u2013Jun 2024, Q2 Oct 2023\u2013Sep
    2024, Q3 the calendar year 2024 and Q4 the financial year 2024/25; an
    annual result is 2024/25 whichever column holds it (the survey and the
    canvass in Q3, local spend in Q4). The Target has no year in its
    heading, so it applies to every figure in its row, as printed (an
    annual target against a year-to-date figure); the RAG belongs to the
    row's latest figure. Percentages in points.

    Doubtful point, enough to hold the file: 'Affordable homes delivered'
    is marked Cumulative, but its Q2 figure (21) is smaller than Q1's (34),
    which a year-to-date count cannot be; the year to date at Q2 would be
    55, so 21 looks like the quarter's own completions typed in the wrong
    form, and Q3 and Q4 (80, 112) fit a year to date again. A reader cannot
    tell which is wrong (the cell behind the doubt is the Q2 figure). Once
    settled with the housing team, 21 is the completions in Q2 alone
    (Q2 2024/25), and the other three stand as the key says.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tunbridge Wells Borough Council")
    sheet["A2"] = "Performance summary 2024/25 \u2013 Quarter 4 (year end, to 31 March 2025)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 19 June 2025. Data from the corporate performance system, 2 May 2025."
    sheet["A3"].font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, HEADER)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([], status="needs_review")
    row = HEAD_ROW
    for entry in ROWS:
        row += 1
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            continue
        ref, name, kind, figures, target, rag, comment, fractions = entry
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, kind, *figures, target, rag, comment])
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if 3 <= col <= 9:
                cell.alignment = Alignment(horizontal="center")
            if 4 <= col <= 8 and fractions:
                cell.number_format = "0.0%"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        sheet.cell(row=row, column=LAST_COL).alignment = Alignment(wrap_text=True, vertical="top")
        for k, value in enumerate(figures):
            if value is None and kind == "Annual":
                sheet.cell(row=row, column=4 + k).fill = GREY
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        c, n = str(ref), str(name)
        goal = _points(target, fractions) if target is not None else None
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            period = SPANS[str(kind)][k]
            if c == DOUBT and k == 1:
                period = "Q2 2024/25"  # the quarter alone, once settled
                exp.review_cells = [f"{SHEET}!{sheet.cell(row=row, column=5).coordinate}"]
            status = RAG[str(rag)] if rag is not None and k == given[-1] else None
            exp.observations.append(
                Obs(c, n, period, _points(figures[k], fractions), None, goal, status)
            )
    foot = row + 2
    notes = (
        "Measure type \u2013 Snapshot: the position on the last day of the quarter. Cumulative: "
        "the year to date, from 1 April to the end of the quarter. Rolling 12 months: the twelve "
        "months ending with the quarter. Annual: one result for the year, shown in the quarter it "
        "becomes available.",
        "RAG: the latest result against target. Green on or better than target; Amber within 5%; "
        "Red more than 5% away.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 17, "D": 10, "E": 10, "F": 10, "G": 10, "H": 9, "I": 9,
              "J": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp

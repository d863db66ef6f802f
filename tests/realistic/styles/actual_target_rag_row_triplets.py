"""Three rows per indicator labelled 'Actual', 'Target' and 'RAG', the code and name merged down the block, quarters across."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q3 Monitoring"
HEADINGS = ("2023/24 Outturn", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF005EB8", end_color="FF005EB8")
LABEL_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")
MEDIUM = Side(style="medium", color="FF404040")
FIRST = 6  # first block's Actual row
LAST_COL = 10  # J: Comments

# code, indicator, good is, shown as a percentage?, then for the 2023/24 outturn and Q1..Q4:
# actuals, targets, RAG cells (None: blank), comment
BLOCKS: tuple[tuple[object, ...], ...] = (
    ("HB01", "Average days to process new Housing Benefit claims", "Low", False,
     (18.2, 17.5, 16.9, 19.4, None), (18.0, 18.0, 18.0, 18.0, 18.0), ("A", "G", "G", "A", None),
     "Q3 affected by the Universal Credit migration notices issued in November."),
    ("HB02", "Average days to process Housing Benefit changes of circumstances", "Low", False,
     (6.8, 5.9, 6.4, 7.9, None), (7.0, 7.0, 7.0, 7.0, 7.0), ("G", "G", "G", "R", None),
     "Backlog of 412 changes cleared by 10 January."),
    ("PL01", "Major planning applications determined within 13 weeks or an agreed extension", "High", True,
     (0.917, 1.0, 0.857, 0.8, None), (0.8, 0.8, 0.8, 0.8, 0.8), ("G", "G", "G", "G", None), None),
    ("PL02", "Minor planning applications determined within 8 weeks or an agreed extension", "High", True,
     (0.862, 0.84, 0.791, 0.733, None), (0.85, 0.85, 0.85, 0.85, 0.85), ("G", "A", "A", "R", None),
     "Two planning officer vacancies; agency planner started 6 January."),
    ("WR01", "Household waste sent for reuse, recycling and composting", "High", True,
     (0.486, 0.532, 0.518, "Awaiting data", None), (0.5, 0.5, 0.5, 0.5, 0.5), ("A", "G", "G", "n/a", None),
     "Q3 tonnages are confirmed through WasteDataFlow in March."),
    ("WR02", "Missed bin collections per 100,000 collections", "Low", False,
     (42, 38, 51, 47, None), (45, 45, 45, 45, 45), ("G", "G", "R", "A", None), None),
    ("HS01", "Households prevented from becoming homeless", "High", False,
     (312, 84, 71, 79, None), (300, 75, 75, 75, 75), ("G", "G", "A", "G", None), None),
    ("HS02", "Households in temporary accommodation (at end of period)", "Low", False,
     (58, 61, 66, 72, None), ("-", "-", "-", "-", "-"), (None, None, None, None, None),
     "Contextual measure: no target is set."),
    ("CS01", "Calls to the contact centre answered within 60 seconds", "High", True,
     (0.742, 0.781, 0.803, 0.768, None), (0.8, 0.8, 0.8, 0.8, 0.8), ("R", "A", "G", "A", None),
     "Council tax bills and garden waste renewals peaked in December."),
    ("CS02", "Stage 1 complaints responded to within 10 working days", "High", True,
     (0.893, 0.912, 0.874, 0.931, None), (0.9, 0.9, 0.9, 0.9, 0.9), ("A", "G", "A", "G", None), None),
    ("HR01", "Working days lost to sickness absence per FTE employee", "Low", False,
     (9.4, 2.1, 2.3, 2.6, None), (8.5, 2.1, 2.1, 2.2, 2.1), ("R", "G", "A", "R", None),
     "Quarterly figures; the 2023/24 outturn is the full year."),
    ("LC01", "Visits to Gedling leisure centres", "High", False,
     (842310, 214880, 198640, 205112, None), (820000, 205000, 205000, 200000, 210000),
     ("G", "G", "A", "G", None), None),
)  # fmt: skip


def _value(raw: object, percent: bool) -> tuple[float | None, str | None]:
    if isinstance(raw, int | float):
        return (round(float(raw) * 100, 6) if percent else float(raw)), None
    return None, None if raw is None else str(raw)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate performance monitoring workbook.

    Gedling Borough Council style, the Quarter 3 2024/25 monitoring sheet
    the performance officer keeps for the whole year and sends to the
    Overview and Scrutiny Committee. Each indicator is a block of three
    rows labelled in column D 'Actual', 'Target' and 'RAG', with its Code,
    name, 'Good is' (High/Low) and Comments merged down the three rows and
    a heavier border between blocks. Columns across: '2023/24 Outturn'
    (last year's result, its target and its rating), then 'Q1 2024/25' ..
    'Q4 2024/25'. Targets are typed for every quarter, Q4 included, some
    profiled (leisure visits, sickness); the RAG row holds filled G/A/R
    letters. Percentages are stored as fractions shown '0.0%'. The
    recycling Q3 actual says 'Awaiting data' and its Q3 RAG 'n/a'; the
    temporary accommodation count has '-' for every target and no RAG.

    A careful reader takes each block as one indicator and each column as
    a period: the Actual row gives the figure (percentages in points), the
    Target row the target of that same period and the RAG row the rating
    published for that period, so every quarter keeps its own rating, and
    2023/24 is an observation with its own target and rating. The Q4
    column has targets but no actual, so no Q4 observation. 'Awaiting
    data' is kept as the text of recycling's Q3, with its Q3 target and no
    rating ('n/a' is none); '-' is no target. Polarity from 'Good is'. No
    unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Gedling Borough Council")
    sheet["A2"] = (
        "Corporate Performance Monitoring 2024/25 \u2013 Quarter 3 (October to December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Report to Overview and Scrutiny Committee, 17 February 2025"
    sheet["A3"].font = Font(italic=True)
    header = ["Code", "Performance indicator", "Good is", None, *HEADINGS, "Comments"]
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[FIRST - 1].height = 30
    exp = Expected([])
    for b, (code, name, good, percent, actuals, targets, rags, comment) in enumerate(BLOCKS):
        assert isinstance(actuals, tuple) and isinstance(targets, tuple) and isinstance(rags, tuple)
        top = FIRST + 3 * b
        put_row(sheet, top, 1, [code, name, good, "Actual", *actuals, comment])
        put_row(sheet, top + 1, 4, ["Target", *targets])
        put_row(sheet, top + 2, 4, ["RAG", *rags])
        for col in (1, 2, 3, LAST_COL):
            sheet.merge_cells(start_row=top, start_column=col, end_row=top + 2, end_column=col)
            sheet.cell(row=top, column=col).alignment = Alignment(
                vertical="top", wrap_text=True, horizontal="center" if col in (1, 3) else None
            )
        for r in range(top, top + 3):
            label = sheet.cell(row=r, column=4)
            label.fill = LABEL_FILL
            label.font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=r, column=col).border = Border(
                    left=THIN, right=THIN, top=MEDIUM if r == top else THIN,
                    bottom=MEDIUM if r == top + 2 else THIN,
                )  # fmt: skip
            for col in range(5, 10):
                cell = sheet.cell(row=r, column=col)
                cell.alignment = Alignment(horizontal="center")
                if r < top + 2 and isinstance(cell.value, int | float):
                    cell.number_format = "0.0%" if percent else ("#,##0" if cell.value >= 1000 else "0.0" if isinstance(cell.value, float) else "0")  # fmt: skip
        for k, rag in enumerate(rags):
            if rag in RAG_FILLS:
                rgb = RAG_FILLS[str(rag)]
                sheet.cell(row=top + 2, column=5 + k).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
        c, n = str(code), str(name)
        for k, period in enumerate(PERIODS):
            actual, text = _value(actuals[k], bool(percent))
            if actual is None and text is None:
                continue
            target, _ = _value(targets[k], bool(percent))
            exp.observations.append(Obs(c, n, period, actual, text, target, RAG.get(str(rags[k]))))
        exp.add_meta(c, n, POLARITY[str(good)], None)
    foot = FIRST + 3 * len(BLOCKS) + 1
    notes = (
        "RAG: G = on or better than target; A = within 10% of target; R = more than 10% away "
        "from target. n/a = not rated.",
        "Quarterly targets are profiled where demand is seasonal (leisure visits, sickness "
        "absence). The 2023/24 column shows last year's outturn against last year's target.",
        "Source: Gedling BC performance management system, extract 21 January 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 52, "C": 8, "D": 9, "E": 12, "F": 12, "G": 12, "H": 12, "I": 12, "J": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp

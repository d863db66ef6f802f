"""Figures and targets carrying footnote marks ('57.8²', '41.0 (a)', '123*', '45†', a superscript-formatted '3.4²') explained under the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Scorecard Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25\u00b9")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF44546A", end_color="FF44546A")
THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST = 5
LAST_COL = 7  # G: Status
SUPERSCRIPT = InlineFont(vertAlign="superscript")


class Marked:
    """A cell typed as a figure followed by a mark formatted superscript (rich text, not a ² sign)."""

    def __init__(self, figure: str, mark: str) -> None:
        self.figure, self.mark = figure, mark

    def rich(self) -> CellRichText:
        return CellRichText(self.figure, TextBlock(SUPERSCRIPT, self.mark))


# Each quarter or target cell as typed, then the figure a reader takes from it.
Cell = tuple[object, float | None]

# ref, measure, Q1, Q2, Q3, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Council tax collected in year (%)",
     (29.2, 29.2), ("57.8\u00b2", 57.8), (85.4, 85.4), (97.5, 97.5), "Amber"),
    ("CP02", "Business rates collected in year (%)",
     (31.0, 31.0), (58.6, 58.6), (86.9, 86.9), (98.0, 98.0), "Green"),
    ("HB01", "Average days to process new Housing Benefit claims",
     ("19.8\u00b2", 19.8), ("15.9 \u00b3", 15.9), ("14.8 \u00b3", 14.8), (18, 18.0), "Green"),
    ("HB02", "Average days to process Housing Benefit changes of circumstances",
     (6.1, 6.1), (5.4, 5.4), ("7.2 (b)", 7.2), (7, 7.0), "Amber"),
    ("WR01", "Household waste sent for reuse, recycling and composting (%)",
     (43.2, 43.2), ("45.6%\u00b2", 45.6), ("41.0 (a)", 41.0), ("45\u2020", 45.0), "Amber"),
    ("WR02", "Residual household waste per household (kg)",
     (118.2, 118.2), (121.7, 121.7), ("109.4(a)", 109.4), (120, 120.0), "Green"),
    ("HS01", "Affordable homes completed",
     (118, 118.0), ("123*", 123.0), ("111*", 111.0), (100, 100.0), "Green"),
    ("HS02", "Households in temporary accommodation at quarter end",
     (412, 412.0), (438, 438.0), (455, 455.0), (None, None), None),
    ("CS01", "Children's social care assessments completed within 45 working days (%)",
     (84.3, 84.3), (86.9, 86.9), (88.1, 88.1), ("90\u2021", 90.0), "Amber"),
    ("CS02", "Child protection plans lasting 2 years or more at closure (%)",
     (2.1, 2.1), (Marked("3.4", "2"), 3.4), (2.8, 2.8), (4, 4.0), "Green"),
    ("AS01", "Adult social care users reviewed in the last 12 months (%)",
     (61.0, 61.0), ("63.7%\u00b2", 63.7), ("66.2\u00b9", 66.2), ("70%\u2020", 70.0), "Amber"),
    ("AS02", "Older people at home 91 days after discharge from hospital into reablement (%)",
     (80.4, 80.4), (83.1, 83.1), (79.5, 79.5), (82, 82.0), "Amber"),
    ("PL01", "Major planning applications determined within 13 weeks or agreed time (%)",
     (87.5, 87.5), (92.3, 92.3), (100.0, 100.0), ("60 \u2021", 60.0), "Green"),
    ("LE01", "Visits to council leisure centres",
     (214386, 214386.0), ("226,910\u00b2", 226910.0), (198405, 198405.0), (200000, 200000.0), "Amber"),
    ("CU01", "Stage 1 complaints responded to within 10 working days (%)",
     (78.4, 78.4), ("81.2\u00b2", 81.2), (85.0, 85.0), (90, 90.0), "Amber"),
)  # fmt: skip

NOTES = (
    "Notes",
    "\u00b9 Provisional: Quarter 3 figures will be confirmed in the Quarter 4 report.",
    "\u00b2 Revised since reported to Cabinet on 12 November 2024.",
    "\u00b3 Definition changed from 1 July 2024: now measured from the date all evidence is "
    "received (previously from the date of claim), so not comparable with Quarter 1.",
    "(a) October and November only; December tonnages not yet confirmed by the waste contractor.",
    "(b) Includes a backlog of 640 changes cleared after the system upgrade in November.",
    "* Includes homes delivered by registered providers without council funding (Q2: 14; Q3: 9).",
    "\u2020 Interim target agreed by Cabinet pending the refreshed Business Plan.",
    "\u2021 Statutory timescale or national standard.",
    "Status compares Quarter 3 with the target (CP01 and CP02 with the collection profile to "
    "31 December): Green on or better than target; Amber within 10%; Red more than 10% away.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate performance scorecard with footnote marks.

    Wiltshire Council style, the Quarter 3 scorecard to Cabinet and the
    Overview and Scrutiny Management Committee, made in Excel by the
    corporate performance team from returns typed by services. Marks refer
    to notes under the table, and officers typed them straight after the
    figure, turning the cell into text: superscript characters ('57.8\u00b2',
    '15.9 \u00b3', '63.7%\u00b2', '226,910\u00b2'), bracketed letters ('41.0
    (a)', '109.4(a)', '7.2 (b)'), asterisks ('123*') and, on targets,
    daggers ('45\u2020', '70%\u2020', '90\u2021', '60 \u2021'). One officer
    typed an ordinary '2' after CS02's Q2 figure and formatted it as
    superscript, so the cell holds the text '3.42' but shows 3.4 with a
    raised 2. The Q3 heading itself carries '\u00b9' (provisional). Notes
    say what each mark means: provisional, revised, definition changed,
    two months only, a backlog included, homes outside the council's
    programme included, an interim target, a statutory standard. Status
    words are filled; the temporary accommodation count has no target and
    no status.

    A careful reader takes each figure without its mark: '57.8\u00b2' is 57.8,
    '226,910\u00b2' is 226910, '41.0 (a)' is 41.0, '45\u2020' a target of 45,
    and the superscript-formatted '3.42' is 3.4 with note 2 (reading it as
    3.42 would be wrong). The marked heading is Q3 2024/25. A mark says
    something about a figure (provisional, revised, partial, defined
    differently) but does not stop it being the figure published for its
    quarter; none of the notes moves a figure to another period or
    withdraws it. The single target applies to every quarter of its row,
    the status to Q3. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wiltshire Council \u2013 Corporate Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (1 October to 31 December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    header = ["Ref", "Measure", *HEADINGS, "Target 2024/25", "Status"]
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    exp = Expected([])
    for i, (ref, name, *cells, status) in enumerate(ROWS):
        row = FIRST + i
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name)
        readings: list[float | None] = []
        for j, cell in enumerate(cells):
            assert isinstance(cell, tuple)
            typed, reading = cell
            readings.append(reading)
            slot = sheet.cell(row=row, column=3 + j)
            if isinstance(typed, Marked):
                slot.value = typed.rich()
            elif typed is not None:
                slot.value = typed
            if isinstance(typed, int) and typed >= 1000:
                slot.number_format = "#,##0"
        if status is not None:
            sheet.cell(row=row, column=LAST_COL, value=status)
            rgb = FILLS[str(status)]
            sheet.cell(row=row, column=LAST_COL).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        for col in range(1, LAST_COL + 1):
            sheet.cell(row=row, column=col).border = BOX
            if col > 2:
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        *figures, goal = readings
        rag = RAG[str(status)] if status is not None else None
        for k, (quarter, figure) in enumerate(zip(QUARTERS, figures, strict=True)):
            assert figure is not None
            latest = k == len(QUARTERS) - 1
            exp.observations.append(
                Obs(str(ref), str(name), quarter, figure, None, goal, rag if latest else None)
            )
    foot = FIRST + len(ROWS) + 1
    for j, line in enumerate(NOTES):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, bold=j == 0)
    widths = {"A": 7, "B": 66, "C": 12, "D": 12, "E": 12, "F": 12, "G": 10}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

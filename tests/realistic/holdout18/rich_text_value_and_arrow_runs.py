"""Figure cells written as rich text: the figure, then a coloured direction arrow and a coloured RAG word."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q2 Scorecard"
HEAD_ROW = 6
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
ARROW = {"up": "\u25b2", "down": "\u25bc", "same": "\u25ba"}
ARROW_COLOUR = {"good": "FF00B050", "bad": "FFFF0000", "same": "FF7F7F7F"}
WORD_COLOUR = {"Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# A figure is: a number (an ordinary cell); a string (text typed into the cell);
# or (shown, value, arrow, arrow colour, RAG word or None) written as rich text runs.
# A 1-tuple is a section row. Otherwise: ref, measure, percent?, Q4 2023/24, Q1, Q2, target, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Stronger communities",),
    ("SC01", "Households prevented from becoming homeless", False,
     58, ("61", 61, "up", "good", None), ("67", 67, "up", "good", "Green"), 60, None),
    ("SC02", "Households in temporary accommodation (snapshot)", False,
     141, ("152", 152, "up", "bad", None), ("149", 149, "down", "good", "Red"), 120,
     "Pressure from private rented sector evictions."),
    ("SC03", "Anti-social behaviour cases resolved within 28 days (%)", True,
     0.812, ("83.5%", 83.5, "up", "good", None), ("83.5%", 83.5, "same", "same", "Amber"), 85, None),
    ("SC04", "Library visits (physical and virtual)", False,
     212406, ("198,733", 198733, "down", "bad", None), ("224,910", 224910, "up", "good", "Green"),
     200000, "Summer Reading Challenge."),
    ("Clean and green",),
    ("CG01", "Household waste reused, recycled or composted (%)", True,
     0.438, ("47.9%", 47.9, "up", "good", None), ("Not available", None, None, None, None), 50,
     "Q2 tonnages awaited from the disposal authority."),
    ("CG02", "Fly-tips removed within 2 working days (%)", True,
     0.903, ("88.7%", 88.7, "down", "bad", None), ("92.4%", 92.4, "up", "good", "Amber"), 95, None),
    ("CG03", "Missed bins per 100,000 collections", False,
     63.1, ("58.4", 58.4, "down", "good", None), ("71.0", 71.0, "up", "bad", "Red"), 60,
     "Crew shortages in August."),
    ("CG04", "Streets meeting the litter standard (%)", True, 0.91, 0.93, 0.94, 92, None),
    ("Efficient council",),
    ("EC01", "Council tax collected in year (%)", True,
     0.964, ("29.6%", 29.6, None, None, None), ("57.8%", 57.8, None, None, "Green"), 96.5,
     "Cumulative; on profile."),
    ("EC02", "Average days to process new benefit claims", False,
     21.4, ("19.2", 19.2, "down", "good", None), ("22.6", 22.6, "up", "bad", "Amber"), 22, None),
    ("EC03", "Invoices paid within 30 days (%)", True, 0.957, 0.962, 0.948, 95, None),
    ("EC04", "Working days lost to sickness per FTE (rolling 12 months)", False,
     10.4, ("10.1", 10.1, "down", "good", None), ("9.7", 9.7, "down", "good", "Red"), 8.5, None),
)  # fmt: skip


def _rich(shown: str, arrow: object, colour: object, word: object) -> CellRichText | str:
    runs: list[str | TextBlock] = [shown]
    if arrow:
        font = InlineFont(rFont="Calibri", sz=11, color=ARROW_COLOUR[str(colour)])
        runs.append(TextBlock(font, " " + ARROW[str(arrow)]))
    if word:
        font = InlineFont(rFont="Calibri", sz=11, b=True, color=WORD_COLOUR[str(word)])
        runs.append(TextBlock(font, " " + str(word)))
    if len(runs) == 1:
        return shown
    return CellRichText(runs)


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's quarterly corporate scorecard typed up for Cabinet.

    Calderdale-style: the performance officer types each quarter's figure
    and then, in the same cell, a direction arrow in a different font colour
    (green when the change is an improvement, red when it is worse, grey
    when unchanged) and, in the latest quarter, the RAG word in its own
    colour: '83.5% \u25ba Amber', '149 \u25bc Red'. The 'Q4 2023/24' column is
    ordinary figures; two measures (streets, invoices) were pasted from a
    service return as ordinary percentage cells with no arrows or words;
    council tax (cumulative) carries no arrows; recycling's Q2 is 'Not
    available'. Columns Ref, Measure, 'Q4 2023/24', 'Q1 2024/25',
    'Q2 2024/25', 'Target 2024/25', Comments; section rows shaded; a key
    above the table says what the arrows and words are.

    A careful reader takes the figure from the start of each cell (83.5 from
    '83.5% \u25ba Amber', 224910 from '224,910 \u25b2 Green'), the word at the end
    of a Q2 cell as that quarter's published RAG, and the arrow as the
    direction of travel, not a figure, rating or polarity. The target names
    2024/25, so it belongs to Q1 and Q2, not to Q4 2023/24; the ordinary
    rows have no RAG; 'Not available' is recycling's Q2 text. No unit or
    polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Calderdale Council \u2013 Corporate Performance Scorecard")
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024) \u2013 Cabinet, 11 November 2024"
    sheet["A3"] = (
        "Key: \u25b2 \u25bc \u25ba direction of travel since the previous quarter "
        "(green = improving, red = worsening, grey = no change). The word after the Q2 figure "
        "is its RAG rating against the 2024/25 target."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Measure", *PERIODS, "Target 2024/25", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, percent, *figures, target, comment = entry
        put_row(sheet, row, 1, [ref, name])
        for k, figure in enumerate(figures):
            cell = sheet.cell(row=row, column=3 + k)
            cell.alignment = Alignment(horizontal="right")
            value: float | None
            text: str | None = None
            rag: Rag | None = None
            if isinstance(figure, tuple):
                shown, raw, arrow, colour, word = figure
                cell.value = _rich(str(shown), arrow, colour, word)
                value = None if raw is None else float(str(raw))
                text = str(shown) if raw is None else None
                rag = RAG[str(word)] if word else None
            else:
                assert isinstance(figure, int | float)
                cell.value = figure
                cell.number_format = (
                    "0.0%" if percent else "#,##0.0" if isinstance(figure, float) else "#,##0"
                )
                value = round(float(figure) * (100.0 if percent else 1.0), 6)
            goal = float(str(target)) if k > 0 else None
            exp.observations.append(Obs(str(ref), str(name), PERIODS[k], value, text, goal, rag))
        put_row(sheet, row, 6, [target, comment])
        row += 1
    sheet.cell(row=row + 1, column=1, value="Source: service returns to the Corporate Performance Team, October 2024.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 16
    sheet.column_dimensions["G"].width = 44
    save(book, path)
    return exp

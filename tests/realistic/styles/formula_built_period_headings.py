"""A reusable template whose period headings are formulas joining the quarter to the year typed in B2 (="Q1 "&$B$2), saved by Excel with their results."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    put_row,
    text_of,
)

SHEET = "Scorecard"
YEAR = "2024/25"
HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
INPUT = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# The heading cells C5..H5: (formula, what Excel showed when it saved the file)
HEAD_FORMULAS = (
    ('="Outturn "&(VALUE(LEFT($B$2,4))-1)&"/"&TEXT(VALUE(RIGHT($B$2,2))-1,"00")', "Outturn 2023/24"),
    ('="Q1 "&$B$2', "Q1 2024/25"),
    ('="Q2 "&$B$2', "Q2 2024/25"),
    ('="Q3 "&$B$2', "Q3 2024/25"),
    ('="Q4 "&$B$2', "Q4 2024/25"),
    ('="Target "&$B$2', "Target 2024/25"),
)  # fmt: skip

# A figure is a typed number or text, or (numerator, denominator): a cell holding
# =ROUND(numerator/denominator*100,1) saved with its result (#DIV/0! when the denominator is 0).
# A 1-tuple is a section row. Otherwise: ref, measure, outturn 2023/24, Q1..Q4, target, RAG, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Communities",),
    ("COM01", "Anti-social behaviour cases closed within 28 days (%)", 81.2, (212, 251), (198, 243),
     (231, 262), None, 85, "Green", None),
    ("COM02", "Licensing applications processed within 21 days (%)", 94.0, (388, 401), (402, 419),
     (355, 391), None, 95, "Red", "Taxi licensing backlog after system change."),
    ("COM03", "Community Safety Partnership referrals received", 1312, 344, 298, 351, None, None,
     None, "Information only."),
    ("COM04", "Residents who feel safe in their local area after dark (%)", 68.0, None, None,
     "n/a", None, 70, None, "Residents' survey postponed to 2025."),
    ("Place",),
    ("PLA01", "Minor planning applications decided within 8 weeks (%)", 86.5, (141, 162),
     (150, 168), (128, 147), None, 85, "Green", None),
    ("PLA02", "Planning appeals allowed (%)", 27.3, (2, 11), (4, 9), (0, 0), None, 30, None,
     "No appeal decisions received in Q3."),
    ("PLA03", "Land charges searches returned within 10 working days (%)", 97.8, 98.6, 99.1, 96.4,
     None, 95, "Green", None),
    ("PLA04", "Empty homes brought back into use (cumulative)", 57, 9, 23, 45, None, 48, "Amber",
     "Ahead of the Q3 profile of 36; Amber as two larger schemes may slip to 2025/26."),
    ("PLA05", "Streets meeting cleanliness standard (litter) (%)", 92.0, 93.0, 90.0, 91.0, None, 92,
     "Amber", None),
    ("Corporate",),
    ("COR01", "Council tax collected in year (%)", 97.9, 29.6, 57.4, 84.2, None, 84.8, "Amber",
     "Cumulative; target is Q3 profile."),
    ("COR02", "Undisputed invoices paid within 30 days (%)", 95.4, (6120, 6388), (5874, 6122),
     (6240, 6419), None, 97, "Amber", None),
    ("COR03", "Average working days lost to sickness per FTE", 9.8, 2.6, 2.4, 2.9, None, 2.1,
     "Red", "Per quarter; seasonal illness."),
    ("COR04", "FOI requests answered within 20 working days (%)", 88.9, (143, 159), (151, 166),
     (137, 149), None, 90, "Green", None),
    ("COR05", "Website accessibility score (Silktide)", None, 81, 84, 88, None, 85, "Green",
     "New measure for 2024/25."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly scorecard template kept year to year in Excel.

    The performance team rolls the workbook over each April by changing one
    yellow cell: B2 holds the financial year ('2024/25'), and every period
    heading is a formula built from it \u2013 '="Q1 "&$B$2' .. '="Q4 "&$B$2',
    '="Target "&$B$2', and a last-year outturn heading worked out from the
    year's digits; the title is a formula too. Percentages for case-based
    measures are typed as the sum ('=ROUND(212/251*100,1)'). Excel saved the
    file, so every formula has its result; one Q3 ratio has a zero
    denominator and shows '#DIV/0!'. Typed Green/Amber/Red words filled in
    colour; blue section rows; Q4 columns still empty (Quarter 3 report).

    A careful reader reads the headings as Excel shows them: 'Outturn
    2023/24' (the year, no target: the target heading names 2024/25), 'Q1
    2024/25'..'Q3 2024/25'. Formula figures are their saved results. The
    '#DIV/0!' stood where PLA02's Q3 figure would be and is its text (no RAG;
    none was given). The RAG belongs to the row's latest figure. No unit or
    polarity column.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Corporate Performance Scorecard"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Financial year:"
    sheet["B2"] = YEAR
    sheet["B2"].fill = INPUT
    sheet["A3"] = "Change the year in B2 and all headings update. Do not overwrite formula cells."
    sheet["A3"].font = Font(italic=True, size=9, color="FF7F7F7F")
    formulas: dict[str, tuple[str, object]] = {
        "A1": ('="Corporate Performance Scorecard "&$B$2&" \u2013 Quarter 3"',
               "Corporate Performance Scorecard 2024/25 \u2013 Quarter 3"),
    }  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Measure"], bold=True)
    for k, (formula, shown) in enumerate(HEAD_FORMULAS):
        head_ref = f"{chr(ord('C') + k)}{HEAD_ROW}"
        sheet[head_ref] = shown
        sheet[head_ref].font = Font(bold=True)
        formulas[head_ref] = (formula, shown)
    put_row(sheet, HEAD_ROW, 9, ["RAG", "Comments"], bold=True)
    for col in range(1, 11):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, 11):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, None, None, None, None, None, target, rag, comment])
        shown_values: list[object] = []
        for k, figure in enumerate(figures):
            coord = f"{chr(ord('C') + k)}{row}"
            if isinstance(figure, tuple):
                top, bottom = figure
                result: object = "#DIV/0!" if bottom == 0 else round(top / bottom * 100, 1)
                formulas[coord] = (f"ROUND({top}/{bottom}*100,1)", result)
                sheet[coord] = 0
            else:
                result = figure
                if figure is not None:
                    sheet[coord] = figure
            shown_values.append(result)
            if isinstance(figure, tuple | float):
                sheet[coord].number_format = "0.0"
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(shown_values) if value is not None]
        for k in given:
            value = shown_values[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: Green on or better than target; Amber within 5%; Red more than 5% adrift.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["J"].width = 44
    book.save(path)
    _write_formulas(path, formulas)
    return exp


def _cell_value(result: object) -> tuple[str, str]:
    if isinstance(result, str) and result.startswith("#"):
        return ' t="e"', escape(result)
    if isinstance(result, str):
        return ' t="str"', escape(result)
    return "", repr(float(str(result)))


def _write_formulas(path: Path, formulas: dict[str, tuple[str, object]]) -> None:
    """Put each formula with the result Excel saved into the sheet; keep the results on opening."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            text = data.decode("utf-8")
            if info.filename == "xl/worksheets/sheet1.xml":
                for ref, (formula, result) in formulas.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
                    match = pattern.search(text)
                    assert match, ref
                    attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
                    kind, value = _cell_value(result)
                    body = escape(formula.lstrip("="))
                    new = f'<c r="{ref}"{attrs}{kind}><f>{body}</f><v>{value}</v></c>'
                    text = text[: match.start()] + new + text[match.end() :]
            elif info.filename == "xl/workbook.xml":
                text = text.replace(' fullCalcOnLoad="1"', "")
            zf.writestr(info, text.encode("utf-8"))

"""A scorecard whose quarter, target, RAG and comment cells are IF formulas on a 'Data' sheet, saved with "" where nothing is reported."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    num,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
DATA = "Data"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
DATA_HEAD = 2  # the data sheet's heading row; its rows follow with no section rows
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF44546A", end_color="FF44546A")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a priority row on the scorecard (the data sheet has none). Otherwise: ref,
# indicator, good is, lead directorate, number format, Q1..Q4 as entered on the data sheet
# (None: left empty), target 2024/25, RAG as entered, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: A thriving, inclusive economy",),
    ("EC01", "Working-age residents claiming out-of-work benefits (%)", "Low", "Place", "0.0",
     4.6, 4.4, None, None, 4.5, "Green", "Claimant rate 0.4 points above the North West average."),
    ("EC02", "Major planning applications determined within 13 weeks or agreed time (%)", "High",
     "Place", "0.0", 92.3, 88.9, None, None, 90, "Amber",
     "16 of 18 decided in time in Q2; two delayed by late highways responses."),
    ("EC03", "Vacant ground-floor units in the town centres (%)", "Low", "Place", "0.0",
     14.2, None, None, None, 12, "Red",
     "Q2 town centre survey moved to October. RAG is for Q1."),
    ("Priority 2: Healthy, safe and caring communities",),
    ("HC01", "Adults in contact with secondary mental health services in paid employment (%)",
     "High", "Adults", "0.0", 6.1, 6.4, None, None, 7, "Amber", None),
    ("HC02", "Re-referrals to children's social care within 12 months (%)", "Low", "Children's",
     "0.0", 21.7, 19.8, None, None, 20, "Green", "142 of 717 referrals in Q2 were re-referrals."),
    ("HC03", "Child protection plans lasting two years or more (%)", "Low", "Children's", "0.0",
     3.2, "n/a", None, None, 4, None,
     "Q2 n/a: plans are being re-dated after the move to the new case recording system."),
    ("HC04", "Anti-social behaviour incidents reported to the council", None, "Communities",
     "#,##0", 1482, 1617, None, None, None, None, "For information; no target set."),
    ("HC05", "Residents who feel safe outside in their local area after dark (%)", "High",
     "Communities", "0", None, 61, None, None, 65, "Amber",
     "Annual residents' survey, fieldwork June-July 2024 (1,108 responses)."),
    ("Priority 3: A clean and green borough",),
    ("CG01", "Household waste sent for reuse, recycling or composting (%)", "High", "Place",
     "0.0", 47.9, 46.2, None, None, 50, "Amber", "Q2 figure provisional until WasteDataFlow sign-off."),
    ("CG02", "Residual household waste per household (kg)", "Low", "Place", "0.0",
     118.4, 121.7, None, None, 115, "Amber", None),
    ("CG03", "Fly-tipping incidents removed within 5 working days (%)", "High", "Place", "0.0",
     91.4, 94.8, None, None, 93, "Green", "1,306 incidents in Q2, 1,238 removed within 5 days."),
    ("CG04", "Missed bin collections per 100,000 collections", "Low", "Place", "0",
     57, 44, None, None, 50, "Green", None),
    ("Priority 4: A council fit for the future",),
    ("CF01", "Working days lost to sickness absence per FTE (rolling 12 months)", "Low",
     "Resources", "0.0", 12.3, 12.8, None, None, 10.5, "Red",
     "Stress-related absence up 9% on last year; wellbeing action plan to Cabinet in December."),
    ("CF02", "Customer calls answered within 3 minutes (%)", "High", "Resources", "0.0",
     None, 68.9, None, None, 80, "Red", "New measure from Q2 with the new telephony platform."),
    ("CF03", "Freedom of Information requests answered within 20 working days (%)", "High",
     "Resources", "0.0", 88.6, 91.3, None, None, 90, "Green", None),
)  # fmt: skip

# Scorecard column -> data sheet column its formula pulls from
PULLS = {"D": "E", "E": "F", "F": "G", "G": "H", "H": "I", "I": "J", "J": "K"}


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough council's Corporate Plan scorecard that looks its figures up from a data sheet.

    Services enter their figures on a plain 'Data' tab (Ref, Indicator,
    Directorate, Good is, Q1..Q4, Target, RAG, Comments; one row per
    indicator, no sections), and the formatted 'Scorecard' tab that goes to
    Cabinet and the Corporate Scrutiny Board shows them through formulas
    such as '=IF(Data!E3="","",Data!E3)' in every quarter, target, RAG and
    comment cell, so that an empty data cell shows as blank rather than 0.
    As Excel saves it, each formula keeps its last result: a number, the
    text typed on the data sheet ('n/a', a RAG word, a comment), or an
    empty string where the data cell is empty - Q3 and Q4 throughout (the
    report is for Quarter 2), the Q2 town-centre vacancy survey that was
    moved, the Q1 of the new telephony measure and of the annual survey,
    the target of the anti-social behaviour count and every RAG that was
    not given. Ref, Indicator and 'Good is' are typed on the scorecard; the
    RAG cells are coloured by conditional formatting on their words.

    A careful reader sees blanks where the formulas returned "", so those
    quarters have no observation; the figures shown are Q1 and Q2 2024/25
    with the 2024/25 target on each and the RAG with the latest quarter
    given (Q1 for the vacancy rate, as its comment says); the 'n/a' Q2 is
    kept as text, unrated. The data sheet holds the same figures and
    agrees, so each observation is counted once. 'Good is' gives polarity;
    percentages are in points.
    """
    book, sheet = new_book(SHEET)
    data = book.create_sheet(DATA)
    data.sheet_properties.tabColor = "FFA6A6A6"
    title(
        sheet, "A1", "Calderbrook Metropolitan Borough Council - Corporate Plan Scorecard 2024/25"
    )
    sheet["A2"] = (
        "Quarter 2 (July - September 2024): Cabinet 12 November 2024; Corporate Scrutiny Board 21 November 2024"
    )
    sheet["A3"] = (
        "Figures update from the Data tab. A blank quarter has not been reported yet. RAG is "
        "for the latest quarter reported."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Indicator", "Good is", *PERIODS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID

    data["A1"] = (
        "Data entry - services update columns E to K each quarter. Do not insert or sort rows: the Scorecard tab reads them by position."
    )
    data["A1"].font = Font(bold=True, color="FFC00000")
    data_heads = ["Ref", "Indicator", "Directorate", "Good is", "Q1", "Q2", "Q3", "Q4", "Target",
                  "RAG", "Comments"]  # fmt: skip
    put_row(data, DATA_HEAD, 1, data_heads, bold=True)

    formulas: dict[str, tuple[str, object]] = {}
    exp = Expected([])
    row, drow = FIRST, DATA_HEAD + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, directorate, fmt, q1, q2, q3, q4, target, rag, comment = spec
        entered = (q1, q2, q3, q4, target, rag, comment)
        put_row(data, drow, 1, [ref, name, directorate, good, *entered])
        for col in range(5, 10):
            data.cell(row=drow, column=col).number_format = str(fmt)
        put_row(sheet, row, 1, [ref, name, good])
        for (letter, source), shown in zip(PULLS.items(), entered, strict=True):
            coord = f"{letter}{row}"
            formula = f'IF({DATA}!{source}{drow}="","",{DATA}!{source}{drow})'
            formulas[coord] = (formula, "" if shown is None else shown)
            sheet[coord] = 0  # replaced by the formula and its saved result below
            if letter in "DEFGH":
                sheet[coord].number_format = str(fmt)
                sheet[coord].alignment = Alignment(horizontal="right")
            elif letter == "I":
                sheet[coord].alignment = Alignment(horizontal="center")
            else:
                sheet[coord].alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        goal = num(target)
        status = RAG[str(rag)] if rag else None
        exp.observations += observed(str(ref), str(name), PERIODS, (q1, q2, q3, q4), goal, status)
        exp.add_meta(str(ref), str(name), GOOD[str(good)] if good else None, None)
        row += 1
        drow += 1
    for word, rgb in (("Green", GREEN_FILL), ("Amber", AMBER_FILL), ("Red", RED_FILL)):
        sheet.conditional_formatting.add(
            f"I{FIRST}:I{row - 1}",
            CellIsRule(
                operator="equal",
                formula=[f'"{word}"'],
                fill=PatternFill(fill_type="solid", start_color=rgb, end_color=rgb),
            ),
        )
    notes = (
        "RAG: Green - target met or exceeded; Amber - within 10% of target; Red - more than 10% "
        "short of target. No RAG where there is no target or no figure.",
        "Good is: High - a higher figure is better; Low - a lower figure is better.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    for letter, width in {"A": 7, "B": 60, "C": 8, "H": 10, "I": 8, "J": 52}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    data.column_dimensions["B"].width = 60
    data.column_dimensions["K"].width = 52
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, object]]) -> None:
    """Put each formula with its saved result into the scorecard's XML, as Excel saves them.

    A number is saved as the cell's value; text as a 't="str"' result, the empty string as
    a 't="str"' cell with an empty '<v/>'.
    """
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, raw in parts:
            data = raw
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = raw.decode("utf-8")
                for ref, (formula, result) in formulas.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
                    match = pattern.search(xml)
                    assert match, ref
                    attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
                    if isinstance(result, int | float):
                        kind, value = "", f"<v>{float(result)!r}</v>"
                    elif result == "":
                        kind, value = ' t="str"', "<v/>"
                    else:
                        kind, value = ' t="str"', f"<v>{escape(str(result))}</v>"
                    new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f>{value}</c>'
                    xml = xml[: match.start()] + new + xml[match.end() :]
                data = xml.encode("utf-8")
            elif info.filename == "xl/workbook.xml":
                # Excel keeps the saved results; it does not ask for a full recalculation on load
                data = raw.decode("utf-8").replace(' fullCalcOnLoad="1"', "").encode("utf-8")
            zf.writestr(info, data)

"""Italic 'Note:', 'NB' and '* Data for Q2 revised…' rows typed in the name column under some indicators."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": "FF92D050", "A": "FFFFC000", "R": "FFFF0000"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
NOTE_FONT = Font(italic=True, size=9, color="FF404040")
THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LAST_COL = 7  # G: RAG

# A section is (title, items); an item is an indicator
# (code, indicator, Q1, Q2, Q3, target, RAG) or a note ("note", text, merged across?).
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Children's social care", (
        ("CSC01", "Contacts to the front door progressing to a referral (%)", 21.4, 19.8, 23.1, 22.0, "G"),
        ("CSC02", "Re-referrals to children's social care within 12 months (%)", 24.6, 22.9, 21.7, 20.0, "A"),
        ("CSC03", "Single assessments completed within 45 working days (%)", 81.2, 84.7, 88.3, 90.0, "A"),
        ("note", "Note: 12 cases transferred to the Regional Adoption Agency in Q2 are excluded from the Q2 and Q3 "
                 "figures.", True),
        ("CSC04", "Children subject to a child protection plan for a second or subsequent time (%)",
         18.9, 21.4, 26.0, 20.0, "R"),
        ("CSC05", "Child protection plans lasting 2 years or more at closure (%)", 3.1, 2.4, 1.8, 4.0, "G"),
        ("CSC06", "Children in care (number at quarter end)", 388, 401, 396, None, None),
        ("note", "NB: includes 27 unaccompanied asylum-seeking children placed under the National Transfer "
                 "Scheme.", False),
        ("CSC07", "Children in care with 3 or more placements in the last 12 months (%)", 9.8, 10.4, 10.9, 10.0, "A"),
        ("CSC08", "Children in care with an up-to-date health assessment (%)", 86.5, 78.9, 83.4, 90.0, "A"),
        ("note", "* Data for Q2 revised following the case management system data cleanse (previously "
                 "reported as 81.4%).", True),
    )),
    ("Care leavers and early help", (
        ("CL01", "Care leavers aged 19-21 in suitable accommodation (%)", 91.3, 89.6, 92.1, 90.0, "G"),
        ("CL02", "Care leavers aged 19-21 in education, employment or training (%)", 52.8, 49.1, 54.6, 55.0, "A"),
        ("note", "NB - 3 young people started apprenticeships with the council in October; see Corporate "
                 "Parenting Board report.", False),
        ("EH01", "Early help assessments completed", 412, 387, 455, None, None),
        ("EH02", "Families stepped down from social care to early help (%)", 14.2, 15.8, 17.3, 15.0, "G"),
    )),
    ("Education and SEND", (
        ("ED01", "EHC plans issued within 20 weeks, excluding exceptions (%)", 38.5, 44.2, 51.9, 60.0, "R"),
        ("note", "Note: 9 plans in Q3 were delayed by educational psychology capacity; recovery plan agreed "
                 "with the DfE SEND adviser.", True),
        ("ED02", "Pupils permanently excluded (number in the quarter)", 4, 9, 13, None, None),
        ("ED03", "Children missing education identified and placed within 20 school days (%)",
         "n/a", 73.3, 80.0, 85.0, "A"),
        ("note", "Q1 not reported: new tracking process began in July 2024.", False),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's children's services scorecard to its scrutiny committee.

    The officers who compile the scorecard put explanations on rows of their
    own straight under the indicator they concern: italic, small, no code,
    the text typed in the indicator column and sometimes merged across the
    rest of the row, sometimes left to overflow. They begin 'Note:', 'NB',
    'NB -', '* Data for Q2 revised…' or nothing at all ('Q1 not reported…'),
    and several carry numbers of their own ('Note: 12 cases transferred…',
    '27 unaccompanied asylum-seeking children', 'previously reported as
    81.4%', '9 plans in Q3'). Shaded section rows group the indicators; each
    indicator has Code, Indicator, Q1..Q3 2024/25, a single Target and a
    filled RAG letter; the counts have neither target nor rating, and one Q1
    is 'n/a'.

    A careful reader takes the coded rows as the indicators: each quarter's
    figure with the row's target, the RAG letter as the Q3 rating, 'n/a' as
    that quarter's text. The note rows are not indicators and their numbers
    are not figures: the revised Q2 health assessment rate is the 78.9 in
    its cell (the note gives the old 81.4 only for the record). Nothing is
    doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockton-on-Tees Borough Council")
    sheet["A2"] = (
        "Children and Young People Select Committee \u2013 performance scorecard, Quarter 3 2024/25"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Code", "Indicator", *QUARTERS, "Target", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=4, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    exp = Expected([])
    row = 5
    for section, items in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True, color="FFFFFFFF")
        for col in range(1, LAST_COL + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for item in items:
            if item[0] == "note":
                _, text, merged = item
                note = sheet.cell(row=row, column=2, value=text)
                note.font = NOTE_FONT
                if merged:
                    note.alignment = Alignment(wrap_text=True, vertical="top")
                    sheet.merge_cells(
                        start_row=row, start_column=2, end_row=row, end_column=LAST_COL
                    )
                    sheet.row_dimensions[row].height = 24
                row += 1
                continue
            code, name, q1, q2, q3, target, rag = item
            put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag])
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).border = BOX
            if rag is not None:
                rgb = FILLS[str(rag)]
                sheet.cell(row=row, column=LAST_COL).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
                sheet.cell(row=row, column=LAST_COL).alignment = Alignment(horizontal="center")
            goal = None if target is None else float(str(target))
            status = None if rag is None else RAG[str(rag)]
            exp.observations += observed(str(code), str(name), QUARTERS, (q1, q2, q3), goal, status)
            row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: G on or better than target; A within 10% of "
               "target; R more than 10% worse. Source: case management system and SEND "
               "tracker, extracted 10 January 2025.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 66
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = "C5"
    save(book, path)
    return exp

"""Welsh social services quarterly report: 'Chwarter 1 / Quarter 1 2024-25' headings, hyphenated years, framework codes (AD/, CH/, CA/)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
    save,
    text_of,
    title,
)

SHEET = "Perfformiad Q3 2024-25"
HEAD_ROW = 8
HEADINGS = (
    "2023-24",
    "Chwarter 1 / Quarter 1 2024-25",
    "Chwarter 2 / Quarter 2 2024-25",
    "Chwarter 3 / Quarter 3 2024-25",
)
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
FIRST_THIS_YEAR = 1  # 'Targed / Target 2024-25' is not for 2023-24
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Nifer / No.": "number", "Dyddiau / Days": "days"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF7B2F3E", end_color="FF7B2F3E")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFF2DCDB", end_color="FFF2DCDB")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PCT, NO, DAYS = "%", "Nifer / No.", "Dyddiau / Days"

# A 1-tuple is a section row. Otherwise: code, measure, unit, 2023-24 and Q1..Q3 2024-25
# (None: blank), target 2024-25 ('-' where none), RAG word (None: not rated), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Oedolion / Adults",),
    ("AD/005", "Adult safeguarding enquiries completed within 7 working days", PCT,
     89.4, 92.1, 88.6, 93.7, 90.0, "Green", "178 of 190 enquiries in Q3 2024-25."),
    ("LL/A01", "Adult assessments of need completed within 28 working days of referral", PCT,
     71.8, 74.2, 76.9, 78.3, 80.0, "Amber", None),
    ("AD/011a", "Adults who completed reablement and had a reduced package of care and support "
     "6 months later", PCT, 27.9, 30.4, 28.8, None, 30.0, "Amber",
     "Six-month follow-ups for Q3 2024-25 fall due in March 2025; the RAG shown is for "
     "Q2 2024-25."),
    ("AD/011b", "Adults who completed reablement and had no package of care and support 6 "
     "months later", PCT, 63.5, 65.2, 67.0, None, 62.0, "Green",
     "As AD/011a: the RAG shown is for Q2 2024-25."),
    ("AD/012", "Adults who received advice and assistance and did not contact the service again "
     "within 6 months", PCT, 79.4, 81.0, "n/a", 80.6, 80.0, "Green",
     "Q2 2024-25 n/a: follow-up calls were suspended in August while records moved from WCCIS "
     "to the new case management system."),
    ("AD/015", "Adults' care and support plans reviewed within agreed timescales", PCT,
     66.7, 69.0, 71.4, 72.8, 85.0, "Red",
     "The review team is carrying 3 vacancies; agency reviewers start in January."),
    ("LL/A02", "People waiting in hospital for social care (Pathway of Care Delays census, last "
     "month of the quarter)", NO, 46, 39, 42, 37, "-", None,
     "Context: the 2023-24 figure is the March 2024 census."),
    ("AD/021", "Average days older people (65+) are supported in residential care homes", DAYS,
     812, 806, 798, 821, "-", None, "Context measure."),
    ("CA/003", "Adult carers offered an assessment in their own right", PCT,
     None, None, 71.5, 76.2, 80.0, "Amber",
     "New measure from Q2 2024-25, after the carers' pathway was relaunched in July."),
    ("LL/A03", "Adults who say they live in the home that best supports their well-being "
     "(annual survey)", PCT, 84.7, None, None, None, 85.0, None,
     "Annual What Matters survey; the 2024-25 result will be reported at Q4 2024-25."),
    ("Plant a Phobl Ifanc / Children and Young People",),
    ("LL/C01", "Contacts to children's services with a decision within 1 working day", PCT,
     96.2, 97.4, 98.0, 96.9, 95.0, "Green", None),
    ("CH/012", "Children's assessments completed within statutory timescales (42 working days)",
     PCT, 87.9, 90.6, 86.2, 89.1, 90.0, "Amber", "361 of 405 assessments in Q3 2024-25."),
    ("CH/016", "Children supported to remain living within their family", PCT,
     63.8, 64.1, 64.6, 65.3, 65.0, "Green", None),
    ("CH/039", "Children looked after at the end of the quarter", NO,
     228, 231, 226, 219, "-", None, "Context: the 2023-24 figure is at 31 March 2024."),
    ("CH/040", "Children on the child protection register at the end of the quarter", NO,
     104, 112, 98, 93, "-", None, None),
    ("CH/027", "Re-registrations on the child protection register within 12 months", PCT,
     5.6, 4.2, 7.1, 3.9, 6.0, "Green", None),
    ("CH/028", "Average days on the child protection register (registrations ended in the "
     "period)", DAYS, 254, 238, 247, "TBC", 270, None,
     "Q3 2024-25 TBC: de-registrations in December are still being checked."),
    ("LL/C02", "Care and support plans for children looked after reviewed within statutory "
     "timescales", PCT, 93.0, 95.1, 92.4, 90.7, 95.0, "Amber",
     "Eleven reviews moved by the Christmas closure."),
    ("CH/035", "Care leavers in education, training or employment 12 months after leaving care",
     PCT, 56.3, 58.8, 53.3, 61.1, 60.0, "Green", "11 of 18 young people."),
)  # fmt: skip

NOTES = (
    "Mae mesurau AD/, CH/ a CA/ yn fesurau Fframwaith Perfformiad a Gwella Llywodraeth Cymru; "
    "mesurau lleol yw LL/. / AD/, CH/ and CA/ measures are Welsh Government Performance and "
    "Improvement Framework for Social Services measures; LL/ are local measures.",
    "Quarterly figures are for the quarter only. 2023-24 is the full year, or the position at "
    "31 March 2024 for counts at a point in time.",
    "RAG: Gwyrdd / Green \u2013 on or better than target; Ambr / Amber \u2013 within 5% of "
    "target; Coch / Red \u2013 more than 5% from target. Where the Quarter 3 figure is not yet "
    "available the RAG is for Quarter 2. - = dim targed / no target (context measure).",
)


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's quarterly social services report to scrutiny.

    A Welsh county borough council's social services quarterly performance
    report for Quarter 3 2024-25, an appendix to the Social Care and Health
    Scrutiny Committee kept in Excel by the directorate's performance team.
    Measures carry the Welsh Government Performance and Improvement
    Framework for Social Services codes in the framework's AD/ (adults),
    CH/ (children) and CA/ (carers) form, beside local LL/ codes. As Welsh
    councils write them, years are hyphenated ('2023-24', 'Q3 2024-25') and
    the quarter headings are bilingual, Welsh first: 'Chwarter 1 / Quarter
    1 2024-25'; some headings are in both languages ('Cod / Code', 'Mesur
    perfformiad / Performance measure', 'Uned / Unit', 'Targed / Target
    2024-25', 'Sylwadau / Commentary'), others only one ('2023-24', 'RAG'),
    as are the section rows ('Oedolion / Adults', 'Plant a Phobl Ifanc /
    Children and Young People'). The title, notes and key are bilingual in
    parts; comments are in English and name quarters 'Q2 2024-25'.

    A careful reader takes 'Chwarter 3 / Quarter 3 2024-25' as Q3 2024/25
    and '2023-24' as the year 2023/24. The target names 2024-25, so it is
    on the three quarters, not on last year's figure. The RAG rates the
    latest quarter given: the two reablement measures have no Q3 (their
    follow-ups fall due in March) and their RAG is Q2's, as the key and
    their comments say. AD/012's Q2 'n/a' and CH/028's Q3 'TBC' are kept
    as written and unrated; context counts have a '-' target and no RAG;
    the carers' measure starts in Q2; the annual survey has only 2023-24.
    The Unit column states units; nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Cyngor Bwrdeistref Sirol Glannau Tawe / Tawe Riverside County Borough Council",
    )
    sheet["A2"] = (
        "Gwasanaethau Cymdeithasol \u2013 Adroddiad Perfformiad Chwarterol / Social Services "
        "\u2013 Quarterly Performance Report: Q3 2024-25 (Hydref \u2013 Rhagfyr / October "
        "\u2013 December 2024)"
    )
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = (
        "Pwyllgor Craffu Gofal Cymdeithasol ac Iechyd / Social Care and Health Scrutiny "
        "Committee \u2013 12 March 2025"
    )
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads = ["Cod / Code", "Mesur perfformiad / Performance measure", "Uned / Unit", *HEADINGS,
             "Targed / Target 2024-25", "RAG", "Sylwadau / Commentary"]  # fmt: skip
    ncol = len(heads)
    for col, head in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=head)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    sheet.row_dimensions[HEAD_ROW].height = 45
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        code, name, unit, *values, target, rag, comment = spec
        cells = [code, name, unit, *values, target, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is None:
                continue
            cell.value = value
            if 3 <= col <= 9:
                cell.alignment = Alignment(horizontal="center")
            if isinstance(value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=ncol).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    num(values[k]),
                    text_of(values[k]),
                    goal if k >= FIRST_THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Ffynhonnell / Source: social services case management system and the Pathway of "
        "Care Delays return, January 2025.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 10, "B": 62, "C": 12, "D": 10, "E": 14, "F": 14, "G": 14, "H": 12, "I": 9,
              "J": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp

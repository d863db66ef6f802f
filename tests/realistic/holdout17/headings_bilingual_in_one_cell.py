"""Welsh council scorecard with Welsh and English in each heading cell ('Chwarter 1\\nQuarter 1', 'Targed / Target'), bilingual names and status words."""

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
    new_book,
    num,
    put_row,
    save,
    text_of,
)

SHEET = "Cerdyn Sgorio Scorecard"
HEAD_ROW = 6
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# A Cyf./Ref, B Mesur/Measure, C Uned/Unit, D Gwell os/Better if, E Alldro 2023-24, F..H Q1..Q3,
# I Targed 2024-25, J Statws, K Sylwadau/Comments
LAST_COL = 11
STATUS: dict[str, Rag] = {"Gwyrdd / Green": "green", "Ambr / Amber": "amber", "Coch / Red": "red"}
STATUS_FILL = {"Gwyrdd / Green": GREEN_FILL, "Ambr / Amber": AMBER_FILL, "Coch / Red": RED_FILL}
BETTER = {"Uwch\nHigher": "higher_is_better", "Is\nLower": "lower_is_better"}
UNIT = {"%": "%", "Dyddiau\nDays": "days", "Nifer\nNumber": "number", "kg": "kg"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00704A", end_color="FF00704A")
SECTION = PatternFill(fill_type="solid", start_color="FFD8E4BC", end_color="FFD8E4BC")
THIN = Side(style="thin", color="FF808080")

HEADINGS = ("Cyf.\nRef.", "Mesur\nMeasure", "Uned\nUnit", "Gwell os\nBetter if",
            "Alldro 2023-24\nOutturn 2023-24", "Chwarter 1\nQuarter 1", "Chwarter 2\nQuarter 2",
            "Chwarter 3\nQuarter 3", "Targed 2024-25 / Target 2024-25", "Statws / Status",
            "Sylwadau\nComments")  # fmt: skip

# Section rows are a 1-tuple. Otherwise: ref, name as typed (Welsh then English, on two lines or
# split by ' / '), unit, better if, 2023-24 outturn, (Q1, Q2, Q3), target as typed, the target as
# read (None: none), status (None: blank), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Tai a Chymunedau / Housing and Communities",),
    ("PAM/012", "Canran yr aelwydydd yr ataliwyd digartrefedd ar eu cyfer\n"
     "Percentage of households for whom homelessness was prevented", "%", "Uwch\nHigher",
     58.3, (61.0, 55.4, 63.2), 60, 60.0, "Gwyrdd / Green", None),
    ("PAM/015", "Nifer cyfartalog y diwrnodau calendr i ddarparu Grant Cyfleusterau i'r Anabl\n"
     "Average calendar days taken to deliver a Disabled Facilities Grant", "Dyddiau\nDays",
     "Is\nLower", 247, (231, 219, 238), 220, 220.0, "Ambr / Amber",
     "Oedi gyda chontractwyr / Contractor delays in Q3."),
    ("HOU/05", "Nifer yr aelwydydd mewn llety dros dro / Number of households in temporary "
     "accommodation", "Nifer\nNumber", "Is\nLower", 214, (229, 241, 236), 200, 200.0,
     "Coch / Red", None),
    ("PAM/023", "Canran y safleoedd bwyd sy'n cydymffurfio'n fras \u00e2 safonau hylendid bwyd\n"
     "Percentage of food establishments broadly compliant with food hygiene standards", "%",
     "Uwch\nHigher", 96.2, (96.8, 97.1, 96.9), 95, 95.0, "Gwyrdd / Green", None),
    ("Amgylchedd / Environment",),
    ("PAM/030", "Canran y gwastraff trefol a ailddefnyddiwyd, a ailgylchwyd neu a gompostiwyd\n"
     "Percentage of municipal waste reused, recycled or composted", "%", "Uwch\nHigher",
     64.8, (67.2, 66.1, 61.9), 70, 70.0, "Coch / Red",
     "Targed statudol 70% o 2024-25 / Statutory target 70% from 2024-25."),
    ("PAM/035", "Nifer cyfartalog y diwrnodau gwaith i glirio achosion o dipio anghyfreithlon\n"
     "Average working days taken to clear fly-tipping incidents", "Dyddiau\nDays", "Is\nLower",
     1.4, (1.2, 1.6, 1.3), 2, 2.0, "Gwyrdd / Green", None),
    ("PAM/043", "Cilogramau o wastraff gweddilliol a gynhyrchwyd fesul person\n"
     "Kilograms of residual waste generated per person", "kg", "Is\nLower",
     178, (None, None, None), 170, 170.0, None,
     "Mesur blynyddol / Annual measure: reported at year end."),
    ("Gwasanaethau Corfforaethol / Corporate Services",),
    ("PAM/001", "Nifer y diwrnodau gwaith a gollwyd oherwydd salwch fesul gweithiwr CALl (cronnus)\n"
     "Working days lost to sickness absence per FTE employee (cumulative)", "Dyddiau\nDays",
     "Is\nLower", 11.2, (2.6, 5.4, 8.1), 10.5, 10.5, "Ambr / Amber", None),
    ("CS/01", "Canran y galwadau a atebwyd o fewn 60 eiliad / Percentage of calls answered within "
     "60 seconds", "%", "Uwch\nHigher", 78.1, (74.5, 80.2, 83.0), 80, 80.0, "Gwyrdd / Green",
     None),
    ("CS/02", "Cwynion cam 1 a atebwyd o fewn 10 diwrnod gwaith / Stage 1 complaints answered "
     "within 10 working days", "%", "Uwch\nHigher", 81.0, (84.3, 79.8, "Dim data / No data"),
     85, 85.0, None, "Newid system / System change: Q3 data to follow."),
    ("CS/03", "Canran y staff a gwblhaodd hyfforddiant Cymraeg lefel mynediad / Percentage of "
     "staff completing entry-level Welsh language training", "%", "Uwch\nHigher",
     None, (22.0, 31.5, 40.2), "Dim targed / No target", None, None,
     "Mesur newydd / New measure 2024-25."),
    ("ECO/04", "Nifer y busnesau newydd a gefnogwyd (cronnus)\n"
     "Number of new businesses supported (cumulative)", "Nifer\nNumber", "Uwch\nHigher",
     112, (31, 58, 84), 120, 120.0, "Ambr / Amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's bilingual quarterly performance scorecard to scrutiny.

    Denbighshire style (Cyngor Sir Ddinbych): every heading cell holds the
    Welsh and the English, mostly on two lines ('Chwarter 1' over 'Quarter
    1', 'Alldro 2023-24' over 'Outturn 2023-24', 'Gwell os' over 'Better
    if'), two of them on one line split by ' / ' ('Targed 2024-25 / Target
    2024-25', 'Statws / Status'). The financial year of the quarters is
    only in the bilingual title ('2024-25'). Indicator names are in both
    languages in one cell, on two lines or split by ' / '; the Unit and
    'Better if' cells are bilingual too ('Dyddiau' over 'Days', 'Uwch' over
    'Higher', 'Is' over 'Lower'); the status is a filled bilingual word
    ('Gwyrdd / Green', 'Ambr / Amber', 'Coch / Red'); section rows are
    bilingual. An annual measure has only its 2023-24 outturn; one Q3 says
    'Dim data / No data'; a new measure has 'Dim targed / No target'.

    A careful reader takes the quarters as Q1..Q3 2024/25 (the title), the
    outturn as 2023/24 with no target (the target heading names 2024-25),
    the target for each quarter, the status for Q3 (CS/02's Q3 is its
    words, unrated), no target for CS/03, and the polarity and unit from the
    bilingual cells (Uwch/Higher, Is/Lower; '%', days, number, kg).
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Cyngor Sir Ddinbych / Denbighshire County Council"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Adroddiad Perfformiad Chwarterol 2024-25 / Quarterly Performance Report 2024-25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Chwarter 3 (Hydref \u2013 Rhagfyr 2024) / Quarter 3 (October \u2013 December 2024)"
    )
    sheet["A4"] = "Pwyllgor Craffu Perfformiad / Performance Scrutiny Committee, 27.02.2025"
    sheet["A4"].font = Font(italic=True)
    put_row(sheet, HEAD_ROW, 1, list(HEADINGS), bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.font = Font(bold=True, color="FFFFFFFF")
        head.fill = HEAD_FILL
        head.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    sheet.row_dimensions[HEAD_ROW].height = 45

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, better, outturn, quarters, typed, target, status, comment = spec
        assert isinstance(quarters, tuple)
        put_row(
            sheet, row, 1, [ref, name, unit, better, outturn, *quarters, typed, status, comment]
        )
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            wrap = col in (2, 3, 4, 9, 11)
            cell.alignment = Alignment(wrap_text=wrap, vertical="top",
                                       horizontal="center" if col in (3, 4, 10) else None)  # fmt: skip
        if status is not None:
            rating = sheet.cell(row=row, column=10)
            rgb = STATUS_FILL[str(status)]
            rating.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)

        code, nm = str(ref), str(name)
        goal = None if target is None else float(str(target))
        if outturn is not None:
            exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        given = [(p, v) for p, v in zip(QUARTERS, quarters, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            rag = STATUS[str(status)] if i == len(given) - 1 and status is not None else None
            exp.observations.append(Obs(code, nm, period, num(value), text_of(value), goal, rag))
        exp.add_meta(code, nm, BETTER[str(better)], UNIT[str(unit)])
        row += 1

    notes = (
        "Allwedd / Key: Gwyrdd / Green \u2013 targed wedi'i gyrraedd / target met; Ambr / Amber "
        "\u2013 o fewn 10% i'r targed / within 10% of target; Coch / Red \u2013 mwy na 10% o'r "
        "targed / more than 10% from target.",
        "PAM: Mesur Atebolrwydd Cyhoeddus / Public Accountability Measure.",
        "Ffynhonnell / Source: ffurflenni gwasanaeth / service returns, Ionawr / January 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 9, "B": 62, "C": 10, "D": 10, "E": 13, "F": 11, "G": 11, "H": 11, "I": 16,
              "J": 14, "K": 40}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

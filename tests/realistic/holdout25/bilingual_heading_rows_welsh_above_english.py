"""Two heading rows over one table: every column headed in Welsh on the upper row, in English beneath."""

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
    put_row,
    save,
)

SHEET = "Cerdyn Sgorio Ch3"
WELSH_ROW = 5
ENGLISH_ROW = 6
FIRST = ENGLISH_ROW + 1
WELSH = ["Cyf.", "Dangosydd perfformiad", "Alldro 2023-24", "Ch1 2024-25", "Ch2 2024-25",
         "Ch3 2024-25", "Targed 2024-25", "Statws", "Sylwebaeth"]  # fmt: skip
ENGLISH = ["Ref.", "Performance indicator", "Outturn 2023-24", "Q1 2024-25", "Q2 2024-25",
           "Q3 2024-25", "Target 2024-25", "Status", "Commentary"]  # fmt: skip
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (False, True, True, True)  # the target names 2024-25: not last year's outturn
STATUS: dict[str, tuple[str, Rag, str]] = {
    "G": ("Gwyrdd\nGreen", "green", GREEN_FILL),
    "A": ("Ambr\nAmber", "amber", AMBER_FILL),
    "R": ("Coch\nRed", "red", RED_FILL),
}
WELSH_FILL = PatternFill(fill_type="solid", start_color="FF00573F", end_color="FF00573F")
ENGLISH_FILL = PatternFill(fill_type="solid", start_color="FFD8E9DF", end_color="FFD8E9DF")
SECTION = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")
PCT, NUM, DEC = "0.0%", "#,##0", "0.0"

# A 1-tuple is a section row. Otherwise: ref, Welsh name, English name, number format,
# outturn 2023-24, Q1, Q2, Q3 2024-25, target 2024-25 ('–' for none), status letter,
# Welsh commentary, English commentary. Percentages are fractions shown through '0.0%'.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Tai / Housing",),
    ("PAM/012", "Canran yr aelwydydd yr ataliwyd digartrefedd yn llwyddiannus ar eu cyfer",
     "Percentage of households successfully prevented from becoming homeless", PCT,
     0.618, 0.642, 0.597, 0.671, 0.65, "G",
     "Atal digartrefedd i 94 o 140 o aelwydydd yn Ch3.",
     "Homelessness prevented for 94 of 140 households in Q3."),
    ("PAM/015", "Nifer cyfartalog y diwrnodau calendr a gymerwyd i ddarparu Grant Cyfleusterau i'r Anabl",
     "Average number of calendar days taken to deliver a Disabled Facilities Grant", NUM,
     241, 228, 219, 203, 200, "A",
     "Gwella o 241 diwrnod yn 2023-24; 31 o grantiau wedi'u cwblhau yn Ch3.",
     "Improved from 241 days in 2023-24; 31 grants completed in Q3."),
    ("PAM/013", "Canran yr eiddo gwag yn y sector preifat a ddaeth yn \u00f4l i ddefnydd",
     "Percentage of empty private sector properties brought back into use", PCT,
     0.072, 0.019, 0.038, 0.054, 0.07, "G",
     "Cronnol: 87 eiddo hyd yma, yn unol \u00e2'r proffil.",
     "Cumulative: 87 properties so far, in line with the profile."),
    ("Gwastraff a'r Amgylchedd / Waste and Environment",),
    ("PAM/030", "Canran y gwastraff trefol a ailddefnyddiwyd, a ailgylchwyd neu a gompostiwyd",
     "Percentage of municipal waste reused, recycled or composted", PCT,
     0.641, 0.688, 0.672, None, 0.70, "A",
     "Ffigur Ch3 i'w ddilysu gan CNC drwy WasteDataFlow; mae'r statws ar gyfer Ch2.",
     "Q3 figure awaits validation by NRW through WasteDataFlow; the status is for Q2."),
    ("PAM/035", "Nifer cyfartalog y diwrnodau a gymerwyd i glirio achosion o dipio anghyfreithlon",
     "Average number of days taken to clear fly-tipping incidents", DEC,
     2.1, 1.8, 2.4, 2.9, 2.0, "R",
     "1,126 o achosion hyd yma eleni; cerbyd allan o wasanaeth am 3 wythnos ym mis Tachwedd.",
     "1,126 incidents so far this year; one vehicle off the road for 3 weeks in November."),
    ("PAM/010", "Canran y strydoedd sy'n l\u00e2n",
     "Percentage of streets that are clean", PCT,
     0.962, None, None, None, 0.95, None,
     "Mesur blynyddol (arolwg LEAMS Cadwch Gymru'n Daclus); canlyniad 2024-25 ym mis Mehefin 2025.",
     "Annual measure (Keep Wales Tidy LEAMS survey); 2024-25 result due in June 2025."),
    ("Cynllunio ac Adfywio / Planning and Regeneration",),
    ("PAM/018", "Canran yr holl geisiadau cynllunio y penderfynwyd arnynt mewn pryd",
     "Percentage of all planning applications determined in time", PCT,
     0.874, 0.901, 0.886, 0.912, 0.88, "G",
     "239 o 262 o geisiadau wedi'u penderfynu mewn pryd yn Ch3.",
     "239 of 262 applications determined in time in Q3."),
    ("CYN/02", "Nifer y ceisiadau cynllunio a dderbyniwyd",
     "Number of planning applications received", NUM,
     1284, 318, 297, 262, "\u2013", None,
     "Mesur cyd-destun; dim targed.", "Context measure; no target."),
    ("Gofal Cymdeithasol / Social Care",),
    ("PAM/025", "Cyfradd y bobl a gedwir yn yr ysbyty wrth aros am ofal cymdeithasol, fesul 1,000 o bobl 75 oed a h\u0177n",
     "Rate of people kept in hospital while waiting for social care per 1,000 population aged 75+", DEC,
     8.9, 2.6, 2.9, "amh. / n/a", 2.5, None,
     "Casglu'r data cenedlaethol wedi'i atal yn Ch3; dim ffigur ar gael.",
     "National data collection paused in Q3; no figure available."),
    ("GC/07", "Canran yr asesiadau oedolion a gwblhawyd o fewn 42 diwrnod",
     "Percentage of adult assessments completed within 42 days", PCT,
     0.812, 0.794, 0.826, 0.853, 0.85, "G",
     "Dau weithiwr cymdeithasol newydd ers mis Hydref; 412 o asesiadau yn Ch3.",
     "Two new social workers since October; 412 assessments in Q3."),
    ("Gwasanaethau Corfforaethol / Corporate Services",),
    ("PAM/001", "Nifer y diwrnodau gwaith a gollwyd oherwydd absenoldeb salwch fesul gweithiwr (CALl, 12 mis treigl)",
     "Number of working days lost to sickness absence per employee (FTE, rolling 12 months)", DEC,
     11.4, 11.1, 10.9, 10.6, 10.5, "A",
     "Gostyngiad o 11.4 diwrnod; straen a phroblemau cyhyrysgerbydol yw 58% o'r diwrnodau a gollwyd.",
     "Down from 11.4 days; stress and musculoskeletal problems are 58% of days lost."),
    ("CG/04", "Canran y ceisiadau Rhyddid Gwybodaeth a atebwyd o fewn 20 diwrnod gwaith",
     "Percentage of Freedom of Information requests answered within 20 working days", PCT,
     0.883, 0.912, 0.874, 0.905, 0.90, "G", None, None),
    ("CG/11", "Canran yr ohebiaeth Gymraeg a atebwyd o fewn 5 diwrnod gwaith",
     "Percentage of Welsh-language correspondence answered within 5 working days", PCT,
     None, None, 0.932, 0.958, 0.95, "G",
     "Dangosydd newydd o Ch2 2024-25; 184 o 192 o lythyrau a negeseuon e-bost yn Ch3.",
     "New indicator from Q2 2024-25; 184 of 192 letters and emails in Q3."),
)  # fmt: skip


def _value(fmt: object, value: object) -> tuple[float | None, str | None]:
    if isinstance(value, str):
        return None, value
    if value is None:
        return None, None
    number = float(str(value))
    return (round(number * 100, 6) if fmt == PCT else number), None


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's bilingual quarterly corporate scorecard.

    Under the Welsh Language Standards the scorecard for the Corporate
    Overview and Scrutiny Committee is one bilingual table with Welsh placed
    first: each column is headed twice, the Welsh heading on a dark green
    upper row ('Cyf.', 'Dangosydd perfformiad', 'Alldro 2023-24', 'Ch1
    2024-25'..'Ch3 2024-25', 'Targed 2024-25', 'Statws', 'Sylwebaeth') and
    the English heading on a pale row beneath ('Ref.', 'Performance
    indicator', 'Outturn 2023-24', 'Q1 2024-25'..'Q3 2024-25', 'Target
    2024-25', 'Status', 'Commentary'). The title and meeting lines, the
    section rows ('Tai / Housing'), the indicator names, the status words
    ('Gwyrdd' over 'Green' in a filled cell) and the commentary are written
    in both languages, Welsh first. PAM and local codes; percentages are
    fractions shown through '0.0%'. A bilingual key and notes sit under the
    table.

    A careful reader takes the period from either heading row: last year's
    outturn is 2023/24, the quarters are Q1..Q3 2024/25. The target names
    2024-25, so it belongs to the three quarters and not to the 2023-24
    outturn. The status rates the latest figure in its row: Q3, or Q2 for
    recycling whose Q3 awaits validation (the commentary and the note say
    so). The annual clean streets measure has only its 2023-24 outturn,
    with no target and no status. 'amh. / n/a' in Q3 is kept as text and
    unrated; the context count has a dash target and no status; the Welsh
    correspondence measure is new from Q2. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = (
        "Cyngor Bwrdeistref Sirol Cwm Aeron \u2013 Cerdyn Sgorio Perfformiad Corfforaethol, "
        "Chwarter 3 2024-25"
    )
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Cwm Aeron County Borough Council \u2013 Corporate Performance Scorecard, Quarter 3 2024-25"
    )
    sheet["A2"].font = Font(italic=True, size=12)
    sheet["A3"] = (
        "Pwyllgor Craffu Trosolwg Corfforaethol, 20 Chwefror 2025 / "
        "Corporate Overview and Scrutiny Committee, 20 February 2025"
    )
    sheet["A3"].font = Font(size=10)
    put_row(sheet, WELSH_ROW, 1, WELSH)
    put_row(sheet, ENGLISH_ROW, 1, ENGLISH)
    ncol = len(WELSH)
    for col in range(1, ncol + 1):
        top = sheet.cell(row=WELSH_ROW, column=col)
        top.fill = WELSH_FILL
        top.font = Font(bold=True, color="FFFFFFFF")
        top.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        low = sheet.cell(row=ENGLISH_ROW, column=col)
        low.fill = ENGLISH_FILL
        low.font = Font(bold=True, italic=True, color="FF00573F")
        low.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, welsh, english, fmt, *figures, target, status, note_cy, note_en = spec
        name = f"{welsh}\n{english}"
        comment = None if note_cy is None else f"{note_cy}\n{note_en}"
        word = None if status is None else STATUS[str(status)][0]
        put_row(sheet, row, 1, [ref, name, *figures, target, word, comment])
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            cell.alignment = Alignment(
                horizontal="left" if col in (2, 9) else "center", vertical="top", wrap_text=True
            )
            if 3 <= col <= 7 and not isinstance(cell.value, str):
                cell.number_format = str(fmt)
        if status is not None:
            cell = sheet.cell(row=row, column=8)
            rgb = STATUS[str(status)][2]
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.font = Font(bold=True)
        goal = None if isinstance(target, str) else _value(fmt, target)[0]
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            actual, text = _value(fmt, figures[k])
            rag = STATUS[str(status)][1] if status is not None and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), name, PERIODS[k], actual, text, goal if THIS_YEAR[k] else None, rag)
            )
        row += 1
    notes = (
        "Allwedd / Key: Gwyrdd / Green \u2013 targed wedi'i gyrraedd / target met; "
        "Ambr / Amber \u2013 o fewn 5% i'r targed / within 5% of target; "
        "Coch / Red \u2013 mwy na 5% yn waeth na'r targed / more than 5% worse than target.",
        "Lle mae ffigur Ch3 yn wag, mae'r statws ar gyfer y chwarter diweddaraf sydd ar gael. / "
        "Where the Q3 figure is blank, the status is for the latest quarter available.",
        "amh. = amherthnasol / n/a = not available.   \u2013 = dim targed / no target.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 10, "B": 60, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

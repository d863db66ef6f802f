"""A Welsh council's monthly tracker: month headings in Welsh, full and short ('Ebrill 2024', 'Meh 2024', 'Gorff 2024')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Traciwr 2024-25"
HEADINGS = (
    "Ebrill 2024", "Mai 2024", "Meh 2024", "Gorff 2024", "Awst 2024", "Medi 2024",
    "Hyd 2024", "Tachwedd 2024", "Rhag 2024", "Ionawr 2025", "Chwef 2025", "Maw 2025",
)  # fmt: skip
PERIODS = (
    "Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
    "Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025",
)  # fmt: skip
STATUS: dict[str, Rag] = {"Gwyrdd": "green", "Ambr": "amber", "Coch": "red"}
FILLS = {"Gwyrdd": "FF92D050", "Ambr": "FFFFC000", "Coch": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFC00000", end_color="FFC00000")
MONTHS_GIVEN = 6  # Ebrill to Medi; Hydref onwards are still empty

# cod, mesur (Welsh / English), targed (None: 'amh'), Ebrill..Medi (None: blank), statws, sylwadau
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSYM01", "Canran y galwadau i Gyswllt Môn a atebwyd / Percentage of calls to Cyswllt Môn answered",
     90, (86.4, 88.1, 91.2, 89.7, 92.5, 87.3), "Ambr", "Cynnydd yn y galwadau am drethi ym mis Medi."),
    ("CSYM02", "Nifer cyfartalog y diwrnodau i brosesu hawliadau Gostyngiad Treth y Cyngor newydd / Average days to process new Council Tax Reduction claims",
     20, (22.4, 21.0, 19.6, 18.8, 19.1, 17.9), "Gwyrdd", None),
    ("CSYM03", "Canran y Dreth Gyngor a gasglwyd (cronnus) / Council tax collected (cumulative %)",
     97, (10.8, 20.1, 29.4, 38.6, 47.9, 57.0), "Gwyrdd", "Ar y proffil / On profile."),
    ("CSYM04", "Canran y gwastraff a ailddefnyddiwyd, a ailgylchwyd neu a gompostiwyd / Percentage of waste reused, recycled or composted",
     70, (67.2, 69.8, 71.4, 72.0, 70.3, 67.4), "Ambr", None),
    ("CSYM05", "Nifer cyfartalog y diwrnodau i glirio tipio anghyfreithlon / Average days to clear fly-tipping incidents",
     1.5, (1.2, 1.4, 1.1, 1.6, 1.3, 1.2), "Gwyrdd", None),
    ("CSYM06", "Canran y ceisiadau cynllunio a benderfynwyd o fewn yr amser / Planning applications decided in time (%)",
     87, (84.2, 88.9, 80.0, None, 83.3, 78.6), "Coch", "Data Gorffennaf heb ei ddilysu / July data not validated."),
    ("CSYM07", "Nifer yr aelwydydd mewn llety dros dro / Households in temporary accommodation",
     None, (112, 118, 121, 127, 124, 131), None, "Dangosydd cyd-destunol / Contextual measure."),
    ("CSYM08", "Canran y penderfyniadau ar atgyfeiriadau plant o fewn 24 awr / Child referrals decided within 24 hours (%)",
     95, (97.1, 96.4, 98.0, 95.2, 96.9, 97.5), "Gwyrdd", None),
    ("CSYM09", "Canran yr asesiadau oedolion a gwblhawyd o fewn 28 diwrnod / Adult assessments completed within 28 days (%)",
     80, (74.5, 76.0, 78.2, 79.1, "Dim data", 81.4), "Gwyrdd", "System WCCIS wedi'i huwchraddio ym mis Awst / WCCIS upgrade in August."),
    ("CSYM10", "Diwrnodau gwaith a gollwyd oherwydd salwch fesul CALl (12 mis treigl) / Working days lost to sickness per FTE (rolling 12 months)",
     10, (11.6, 11.4, 11.1, 10.9, 10.8, 10.4), "Ambr", None),
    ("CSYM11", "Nifer yr ymweliadau â chanolfannau hamdden / Visits to leisure centres",
     45000, (44120, 47385, 46012, 49870, 51204, 43118), "Ambr", None),
    ("CSYM12", "Canran y ceisiadau Rhyddid Gwybodaeth a atebwyd o fewn 20 diwrnod gwaith / FOI requests answered within 20 working days (%)",
     90, (92.0, 85.7, 88.9, 94.1, 90.5, 83.3), "Coch", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's monthly performance tracker kept in Welsh.

    A council that works in Welsh keeps its monthly tracker with Welsh
    headings - 'Cod', 'Mesur' (measure), 'Targed', 'Statws', 'Sylwadau'
    (comments) - and indicator names in Welsh then English. The month
    columns are headed in Welsh by whoever added them, some written out
    and some shortened: 'Ebrill 2024', 'Mai 2024', 'Meh 2024' (Mehefin,
    June), 'Gorff 2024' (Gorffennaf, July), 'Awst 2024', 'Medi 2024', then
    'Hyd 2024' .. 'Maw 2025' (Hydref to Mawrth, October to March) still
    empty. Statws is Gwyrdd, Ambr or Coch, coloured to match, for Medi, the
    latest month filled; a key under the table is in both languages. One
    contextual measure has 'amh' (amherthnasol, not applicable) as its
    target and no status; one month is 'Dim data' (no data) and one blank.

    A careful reader takes each Welsh month heading as that month (Ebrill
    2024 is April 2024, Meh June, Gorff July, Medi September), the empty
    months as no figures, the Targed for every month in its row ('amh' as
    no target), 'Dim data' as a marker kept as text, and the Statws as the
    rating of Medi 2024 (Gwyrdd green, Ambr amber, Coch red). The
    cumulative council tax rate is read as stated. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cyngor Sir Ynys Môn \u2013 Traciwr Perfformiad Misol 2024/25")
    sheet["A2"] = "Isle of Anglesey County Council \u2013 Monthly Performance Tracker 2024/25"
    sheet["A2"].font = Font(italic=True)
    header = ["Cod", "Mesur", "Targed", *HEADINGS, "Statws", "Sylwadau"]
    put_row(sheet, 4, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=4, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (code, name, target, months, status, note) in enumerate(ROWS):
        assert isinstance(months, tuple)
        r = 5 + i
        typed = ["amh" if target is None else target, *months]
        typed += [None] * (len(HEADINGS) - MONTHS_GIVEN)
        put_row(sheet, r, 1, [code, name, *typed, status, note])
        sheet.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        if status is not None:
            colour = FILLS[str(status)]
            sheet.cell(row=r, column=4 + len(HEADINGS)).fill = PatternFill(
                fill_type="solid", start_color=colour, end_color=colour
            )
        for col in range(4, 4 + MONTHS_GIVEN):
            if isinstance(sheet.cell(row=r, column=col).value, int) and target == 45000:
                sheet.cell(row=r, column=col).number_format = "#,##0"
        goal = None if target is None else float(str(target))
        rag = None if status is None else STATUS[str(status)]
        values = (*months, *([None] * (len(HEADINGS) - MONTHS_GIVEN)))
        exp.observations += observed(str(code), str(name), PERIODS, values, goal, rag)
    foot = 5 + len(ROWS) + 1
    notes = (
        "Statws (Medi 2024): Gwyrdd \u2013 wedi cyrraedd y targed; Ambr \u2013 o fewn 5% i'r "
        "targed; Coch \u2013 mwy na 5% oddi ar y targed. amh = amherthnasol.",
        "Status (September 2024): Green \u2013 target met; Amber \u2013 within 5% of target; "
        "Red \u2013 more than 5% off target. amh = not applicable.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 58
    for col in range(4, 4 + len(HEADINGS)):
        sheet.column_dimensions[sheet.cell(row=4, column=col).column_letter].width = 10
    sheet.column_dimensions[sheet.cell(row=4, column=5 + len(HEADINGS)).column_letter].width = 40
    sheet.freeze_panes = "D5"
    save(book, path)
    return exp

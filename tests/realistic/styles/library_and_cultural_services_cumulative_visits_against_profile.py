"""Cumulative library and culture figures: each quarter merged over 'Profile' and 'Actual' to date, 'Same period last year (Apr–Dec 2023)', an annual target."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

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

SHEET = "Q3 2024-25"
BAND_ROW = 7
HEAD_ROW = 8
# the quarter bands as headed; each is the year to date at the end of that quarter
BANDS = (
    "To end of Q1\n(Apr\u2013Jun 2024)",
    "To end of Q2\n(Apr\u2013Sep 2024)",
    "To end of Q3\n(Apr\u2013Dec 2024)",
    "To end of Q4\n(Apr 2024\u2013Mar 2025)",
)
SPANS = ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024", "2024/25")
LAST_YEAR = "Apr 2023\u2013Dec 2023"
COL_LAST_YEAR, COL_ANNUAL, COL_FIRST_BAND = 3, 4, 5
COL_RAG = COL_FIRST_BAND + 2 * len(BANDS)
COL_NOTE = COL_RAG + 1
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
PROFILE_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, same period last year (Apr-Dec 2023),
# annual target 2024/25 ('-' or 'TBC' where none), the (profile, actual) pairs to the end of
# Q1..Q4 (None: blank), RAG letter (None: not rated), commentary. All figures cumulative.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Libraries",),
    ("LIB01", "Physical visits to libraries", 431880, 620000,
     ((150000, 148212), (310000, 309540), (455000, 447905), (620000, None)), "A",
     "Banford library closed for three weeks in November for roof repairs."),
    ("LIB02", "Virtual visits (library website, catalogue and app sessions)", 655430, 900000,
     ((225000, 241377), (450000, 468902), (675000, 702116), (900000, None)), "G", None),
    ("LIB03", "E-loans (e-books, e-audiobooks, e-magazines and e-newspapers)", 171022, 240000,
     ((60000, 63418), (120000, 129775), (180000, 197340), (240000, None)), "G",
     "E-audiobook loans up 24% on last year."),
    ("LIB04", "Physical issues (books, audiobooks and DVDs)", 579880, 780000,
     ((195000, 188604), (400000, 391227), (585000, 566410), (780000, None)), "A", None),
    ("LIB05", "Library PC and Wi-Fi sessions", 71204, 95000,
     ((23000, 22817), (47000, 46390), (70000, "TBC"), (95000, None)), None,
     "TBC: the new PC booking system, live from 4 November, does not yet report Wi-Fi "
     "sessions."),
    ("LIB06", "Children completing the Summer Reading Challenge", 1984, 2000,
     ((None, None), (2000, 2146), (2000, None), (2000, None)), "G",
     "The Challenge runs from July to September; its final figure is reported at Q2 and the "
     "RAG is for that figure."),
    ("LIB07", "Enquiries answered by library staff", 66208, "-",
     (("-", 21412), ("-", 43877), ("-", 63105), ("-", None)), None,
     "Recorded for information; no target."),
    ("Museums and heritage",),
    ("MUS01", "Visits to museums and heritage sites", 58760, 85000,
     ((18000, 17310), (48000, 49884), (66000, 67029), (85000, None)), "G",
     "The Roman gallery reopened in July."),
    ("MUS02", "School pupils taking part in museum learning sessions", 6980, 9500,
     ((2600, 2884), (3800, 3712), (6900, 6415), (9500, None)), "A",
     "Four school bookings cancelled in December; two rebooked for February."),
    ("MUS03", "Views of the online collections website", None, "TBC",
     ((None, None), (None, 14226), (None, 31508), (None, None)), None,
     "New measure: the collections website launched on 8 July 2024. A target will be set for "
     "2025/26 from this year's figures."),
    ("Arts, events and volunteering",),
    ("ART01", "Attendance at the council's arts and events programme (including the summer "
     "festival)", 108200, 120000,
     ((25000, 22460), (95000, 101337), (110000, 114980), (120000, None)), "G", None),
    ("ART02", "Tickets sold at the Regent Theatre", 49870, 64000,
     ((14000, 13118), (27000, 25702), (52000, None), (64000, None)), "A",
     "December box office (pantomime) not yet reconciled; the RAG shown is for the position "
     "at 30 September."),
    ("VOL01", "Volunteer hours given in libraries, museums and heritage sites", 18940, 26000,
     ((6500, 5842), (13000, 11930), (19500, 17030), (26000, None)), "R",
     "Two volunteer co-ordinator posts vacant since September; recruitment under way."),
    ("VOL02", "Home Library Service visits made by volunteers", 3120, 4200,
     ((1050, 1012), (2100, 2046), (3150, 2988), (4200, None)), "A", None),
)  # fmt: skip

NOTES = (
    "All figures are cumulative from 1 April 2024: under each quarter, 'Profile' is the target "
    "profiled to the end of that quarter and 'Actual' the result to the same date.",
    "Profiles follow last year's seasonal pattern (summer reading, holiday events, pantomime). "
    "'Same period last year' is April to December 2023.",
    "RAG compares the latest cumulative Actual with its Profile: G \u2013 at or above profile; "
    "A \u2013 up to 10% below; R \u2013 more than 10% below. Where the latest quarter is not "
    "yet available the RAG is for the previous quarter.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly libraries, museums and culture report to scrutiny.

    A unitary council's Libraries, Museums and Culture service reports to
    its Communities Scrutiny Committee each quarter on activity counts
    that build through the year (visits, virtual visits, e-loans, issues,
    events attendance, volunteer hours), so every figure is cumulative from
    1 April and set against a target profiled to the same date, the
    profile following last year's seasons. The sheet kept by the service's
    business support team has Ref, Measure, 'Same period last year (Apr\u2013
    Dec 2023)', 'Annual target 2024/25', then a merged band per quarter
    ('To end of Q1 (Apr\u2013Jun 2024)' .. 'To end of Q4 (Apr 2024\u2013Mar
    2025)') over 'Profile' (shaded grey) and 'Actual', the Q4 profile filled
    in and its actual empty, a filled 'RAG (cumulative)' letter and
    Commentary under shaded sections. Notes under the title say the
    figures are cumulative and how the RAG is set.

    A careful reader takes each Actual as the year to date it is: to the
    end of June is Q1 2024/25, to the end of September the half year H1
    2024/25, to the end of December Apr 2024\u2013Dec 2024, each against its
    own profile; last year's figure is Apr 2023\u2013Dec 2023 with no
    target. The annual target and Q4 profile have no figure yet, so no
    observation. The RAG rates the latest actual: Q3 to date, or to the end
    of Q2 for the theatre (December not reconciled) and the Summer Reading
    Challenge (final at Q2), as their comments say. PC sessions' Q3 'TBC'
    is kept and unrated; enquiries have '-' for targets and profiles; the
    collections website is new from July with a 'TBC' target and no
    profile. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Libraries, Museums and Culture \u2013 Quarterly Performance 2024/25")
    sheet["A2"] = (
        "Quarter 3: cumulative position at 31 December 2024 \u2013 Communities Scrutiny "
        "Committee, 6 February 2025"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    ncol = COL_NOTE
    for r in (BAND_ROW, HEAD_ROW):
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    singles = {1: "Ref", 2: "Measure", COL_LAST_YEAR: "Same period last year\n(Apr\u2013Dec 2023)",
               COL_ANNUAL: "Annual target 2024/25", COL_RAG: "RAG (cumulative)",
               COL_NOTE: "Commentary"}  # fmt: skip
    for col, head in singles.items():
        sheet.cell(row=BAND_ROW, column=col, value=head)
        sheet.merge_cells(start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col)
    for k, band in enumerate(BANDS):
        first = COL_FIRST_BAND + 2 * k
        sheet.cell(row=BAND_ROW, column=first, value=band)
        sheet.merge_cells(
            start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=first + 1
        )
        sheet.cell(row=HEAD_ROW, column=first, value="Profile")
        sheet.cell(row=HEAD_ROW, column=first + 1, value="Actual")
    sheet.row_dimensions[BAND_ROW].height = 30
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, last_year, annual, pairs, rag, comment = spec
        assert isinstance(pairs, tuple)
        cells: list[object] = [ref, name, last_year, annual]
        for profile, actual in pairs:
            cells += [profile, actual]
        cells += [rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if COL_FIRST_BAND <= col < COL_RAG and (col - COL_FIRST_BAND) % 2 == 0:
                cell.fill = PROFILE_FILL
            if value is None:
                continue
            cell.value = value
            if COL_LAST_YEAR <= col <= COL_RAG:
                cell.alignment = Alignment(horizontal="right" if col < COL_RAG else "center")
            if isinstance(value, int):
                cell.number_format = "#,##0"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=COL_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, sheet.cell(row=row, column=COL_RAG).coordinate, RAG_FILL[str(rag)])
        code, nm = str(ref), str(name)
        if last_year is not None:
            exp.observations.append(Obs(code, nm, LAST_YEAR, num(last_year)))
        given = [k for k, (_, actual) in enumerate(pairs) if actual is not None]
        for k in given:
            profile, actual = pairs[k]
            exp.observations.append(
                Obs(
                    code,
                    nm,
                    SPANS[k],
                    num(actual),
                    text_of(actual),
                    num(profile),
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: library management system and door counters; museum and theatre box "
        "office systems; volunteer timesheets.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 54, "C": 14, "D": 12}
    for col in range(COL_FIRST_BAND, COL_RAG):
        widths[get_column_letter(col)] = 10
    widths[get_column_letter(COL_RAG)] = 11
    widths[get_column_letter(COL_NOTE)] = 52
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""A long appendix set up for printing: heading row copied onto every page, 'Page 1 of 3' lines between."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADER = ["Ref", "Performance indicator", "Outturn 2023/24", *QUARTERS, "Target 2024/25",
          "RAG", "Comments"]  # fmt: skip
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# pages -> sections -> rows of (ref, indicator, 2023/24, Q1, Q2, Q3, target, RAG, comment)
PAGES: tuple[tuple[tuple[str, tuple[tuple[object, ...], ...]], ...], ...] = (
    (
        ("Thriving Economy", (
            ("TE1", "Claimant count rate, residents aged 16-64 (%)", 3.4, 3.5, 3.6, 3.5, 3.5,
             "Green", None),
            ("TE2", "New businesses supported to start up", 148, 39, 42, 37, 40, "Amber", None),
            ("TE3", "Town centre ground-floor vacancy rate (%)", 14.2, 13.8, 13.5, 13.9, 12.0,
             "Red", "Two national retailers closed in the quarter."),
        )),
        ("Homes for Everyone", (
            ("HO1", "Affordable homes completed", 287, 64, 71, 58, 75, "Red",
             "Handover of 22 homes at Mill Lane slipped to January."),
            ("HO2", "Households whose homelessness was prevented (%)", 54.3, 57.1, 52.8, 59.4,
             55.0, "Green", None),
            ("HO3", "Private sector homes improved through council intervention", 403, 96, 110,
             121, 100, "Green", None),
        )),
    ),
    (
        ("Clean and Green", (
            ("CG1", "Household waste reused, recycled or composted (%)", 36.2, 39.4, 38.8, None,
             38.0, None, "Q3 awaits WasteDataFlow validation."),
            ("CG2", "Residual household waste per household (kg)", 512.0, 128.4, 131.0, 126.2,
             125.0, "Amber", None),
            ("CG3", "Streets at an acceptable standard of cleanliness (%)", 94.0, 95.2, 93.6,
             96.1, 95.0, "Green", None),
        )),
        ("Healthy Communities", (
            ("HC1", "Leisure centre attendances", 1204331, 298410, 311207, 276954, 300000,
             "Amber", "Pool closed for 3 weeks in December for repairs."),
            ("HC2", "Adults completing a tier 2 weight management programme (%)", 61.0, 58.2,
             63.5, 65.0, 60.0, "Green", None),
            ("HC3", "Disabled Facilities Grant adaptations completed", 341, 82, 77, 91, 85,
             "Green", None),
        )),
    ),
    (
        ("An Efficient Council", (
            ("EC1", "Customer enquiries resolved at first contact (%)", 78.5, 80.2, 81.0, 79.4,
             82.0, "Amber", None),
            ("EC2", "Working days lost to sickness per FTE", 10.8, 2.6, 2.4, 2.9, 2.5, "Red",
             "Seasonal respiratory illness; quarterly target is a quarter of the 10-day annual."),
            ("EC3", "Complaints upheld by the Local Government and Social Care Ombudsman", 7, 1, 3,
             0, 0, "Green", None),
        )),
    ),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a council plan appendix prepared for a printed committee agenda.

    When a long table is laid out for an agenda pack, the column headings are
    often copied by hand onto the top of every printed page, with page breaks
    inserted after a 'Page 1 of 3' line, instead of using Excel's print
    titles; the copies stay when the workbook is published. Theme names head
    groups of indicators. A careful reader sees one table: the repeated
    heading rows, the page lines and the 'continued' notes are layout, the
    themes are section titles, last year's outturn has no target, the
    2024/25 target belongs to the three quarters, and the RAG to Q3.
    Recycling's Q3 figure is still being validated, so it is empty and has
    no RAG.
    """
    book, sheet = new_book("Appendix A")
    title(sheet, "A1", "Appendix A - Council Plan Performance Indicators, Quarter 3 2024/25")
    sheet["A2"] = "Cabinet, 6 February 2025"
    exp = Expected([])
    row = 4
    for p, sections in enumerate(PAGES, start=1):
        if p > 1:
            sheet.cell(row=row, column=1, value="Appendix A (continued)").font = Font(italic=True)
            row += 1
        put_row(sheet, row, 1, HEADER, bold=True)
        row += 1
        for theme, rows in sections:
            sheet.cell(row=row, column=1, value=theme).font = Font(bold=True, size=12)
            row += 1
            for ref, name, outturn, q1, q2, q3, target, rag, comment in rows:
                put_row(sheet, row, 1, [ref, name, outturn, q1, q2, q3, target, rag, comment])
                for col in range(3, 8):
                    if isinstance(sheet.cell(row=row, column=col).value, int):
                        sheet.cell(row=row, column=col).number_format = "#,##0"
                code, nm, goal = str(ref), str(name), float(str(target))
                exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
                figures = [
                    (qt, v) for qt, v in zip(QUARTERS, (q1, q2, q3), strict=True) if v is not None
                ]
                for quarter, value in figures:
                    rated = RAG[str(rag)] if rag is not None and quarter == QUARTERS[-1] else None
                    exp.observations.append(Obs(code, nm, quarter, float(str(value)), None, goal,
                                                rated))  # fmt: skip
                row += 1
        row += 1
        sheet.cell(row=row, column=1, value=f"Page {p} of {len(PAGES)}")
        sheet.cell(row=row, column=8, value="Produced by the Corporate Performance Team")
        sheet.row_breaks.append(Break(id=row))
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: Green = on or better than target; Amber = "
               "within 10% of target; Red = more than 10% worse than target.")  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["I"].width = 50
    save(book, path)
    return exp

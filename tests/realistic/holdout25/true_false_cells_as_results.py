"""Done-or-not measures whose results and targets are real Excel booleans, TRUE and FALSE."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "Corporate health Q3"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


STATUS_FILL = {"Green": _solid("FF92D050"), "Amber": _solid("FFFFC000"), "Red": _solid("FFFF5050")}
HEAD = _solid("FF7030A0")
SECTION = _solid("FFE4DFEC")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: ref, measure, frequency, kind ('b' TRUE/FALSE,
# '%' a fraction shown as a percentage, 'd' one decimal, 'n' a count), Q1, Q2, Q3, target
# ('-' for none), status word (None blank), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Governance and statutory deadlines",),
    ("GOV01", "Annual Governance Statement published by 30 September", "Annual", "b",
     None, True, None, True, "Green", "2023/24 statement published with the accounts on 27 September."),
    ("GOV02", "Draft Statement of Accounts published by 31 May", "Annual", "b",
     False, None, None, True, "Red",
     "Draft 2023/24 accounts published on 28 June, 28 days late; auditor told on 24 May."),
    ("GOV03", "Statutory returns to MHCLG submitted by the deadline", "Quarterly", "b",
     True, True, False, True, "Red",
     "Council Tax Base (CTB) return sent on 18 October, 4 days late; 11 of 12 returns on time."),
    ("GOV04", "Transparency Code quarterly datasets published within one month of quarter end",
     "Quarterly", "b", True, False, True, True, "Green",
     "Q2 contracts dataset published on 6 November, a week late."),
    ("GOV05", "Cyber Essentials Plus certification held", "Quarterly", "b",
     True, True, True, True, "Green", "Certificate renewed on 14 August 2024."),
    ("GOV06", "Freedom of Information requests answered within 20 working days", "Quarterly",
     "%", 88.7, 91.2, 93.5, 90, "Green", "398 of 426 requests answered on time in Q3."),
    ("GOV07", "Subject access requests answered within one calendar month", "Quarterly", "%",
     74.0, 81.0, "n/a", 90, None,
     "Q3 n/a: case system migrated in November and cases are being re-keyed."),
    ("GOV08", "Personal data breaches reported to the ICO", "Quarterly", "n",
     2, 0, 1, "-", None, "Reported within 72 hours in each case."),
    ("Finance and workforce",),
    ("FIN01", "Undisputed invoices paid within 30 days", "Quarterly", "%",
     94.1, 95.3, 95.8, 95, "Green", None),
    ("FIN02", "Quarterly budget monitoring reported to Cabinet within 8 weeks of quarter end",
     "Quarterly", "b", True, True, None, True, "Green",
     "Q3 report goes to Cabinet on 19 February 2025; the status is for Q2."),
    ("FIN03", "Average working days lost to sickness per FTE (rolling 12 months)", "Quarterly",
     "d", 8.9, 9.4, 9.1, 8.5, "Amber", "Long-term absence cases down from 64 to 57."),
    ("FIN04", "Agency workers as a proportion of the workforce", "Quarterly", "%",
     11.8, 12.4, "TBC", 10, None, "Q3 figure awaits the agency supplier's December invoice."),
    ("FIN05", "Employees in post (headcount)", "Quarterly", "n",
     3412, 3398, 3441, "-", None, "For information."),
    ("FIN06", "Gender pay gap report published by 30 March", "Annual", "b",
     None, None, None, True, None, "Due in Q4; 31 March 2024 snapshot being validated."),
)  # fmt: skip

FORMATS = {"%": "0.0%", "d": "0.0", "n": "#,##0"}


def _cell_value(value: object, kind: str) -> object:
    if kind == "%" and isinstance(value, int | float) and not isinstance(value, bool):
        return round(float(value) / 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a London borough's quarterly corporate health report to its audit committee.

    'Corporate Health Indicators \u2013 Quarter 3 2024/25' for the Audit and
    Governance Committee: Ref, Measure, Frequency, 'Q1 2024/25'..'Q3
    2024/25', Target, a filled Status word (Green/Amber/Red) and Comments,
    under shaded Governance and Finance and workforce rows. The deadline
    measures (governance statement, draft accounts, statutory returns,
    Transparency Code data, Cyber Essentials Plus, budget monitoring) are
    recorded as Excel's own TRUE and FALSE values, as the team's tracker
    keeps them, with TRUE as their target; the other measures are
    percentages (fractions under a percentage format), days and counts.

    Following the reading of words such as 'Yes' in a quarter cell, a
    careful reader takes each TRUE or FALSE as the quarter's result as
    shown ('TRUE', 'FALSE': no number) and gives those rows no numeric
    target. The Status belongs to each row's latest result: Q2 for the
    governance statement and for budget monitoring (Q3 not yet due, as the
    comment says), Q1 for the draft accounts. The 'n/a' and 'TBC' Q3 cells
    are observations without figures and unrated; the breach and headcount
    counts have no target or status; the gender pay gap report, not yet
    due, has no result at all.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Corporate Health Indicators \u2013 Quarter 3 2024/25 (October to December 2024)"
    sheet["A1"].font = Font(bold=True, size=14, color="FF7030A0")
    sheet["A2"] = "Audit and Governance Committee \u2013 29 January 2025 \u2013 Appendix B"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Deadline measures show TRUE where the deadline or standard was met and FALSE where it "
        "was not."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Measure", "Frequency", *PERIODS, "Target", "Status", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, frequency, kind, *figures, target, status, comment = spec
        kind = str(kind)
        values = [_cell_value(v, kind) for v in (*figures, target)]
        put_row(sheet, row, 1, [ref, name, frequency, *values, status, comment])
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
            if 4 <= col <= 7 and kind in FORMATS and isinstance(cell.value, int | float):
                cell.number_format = FORMATS[kind]
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        if status:
            sheet.cell(row=row, column=8).fill = STATUS_FILL[str(status)]
        goal: float | None = None
        if isinstance(target, int | float) and not isinstance(target, bool):
            goal = float(target)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            if isinstance(value, bool):
                actual, text = None, "TRUE" if value else "FALSE"
            elif isinstance(value, int | float):
                actual, text = float(value), None
            else:
                actual, text = None, str(value)
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    actual,
                    text,
                    goal,
                    STATUS[str(status)] if status and k == given[-1] else None,
                )
            )
        row += 1
    notes = (
        "Status: Green \u2013 target met; Amber \u2013 within 10% of target; Red \u2013 target "
        "missed by more than 10%, or a deadline missed. Status is for the latest result reported.",
        "Annual measures are reported in the quarter their deadline falls. n/a \u2013 not "
        "available; TBC \u2013 to be confirmed; \u2013 no target (for information).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 58, "C": 11, "D": 11, "E": 11, "F": 11, "G": 9, "H": 9, "I": 58}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    book.properties.creator = "Strategy and Performance"
    save(book, path)
    return exp

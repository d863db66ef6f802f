"""Figures and targets typed by hand with fraction characters and words: '4½ days', '12¾', '2¼ weeks', 'target 7½'."""

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
    save,
    title,
)

SHEET = "Q3 PIs"
HEAD_ROW = 6
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (1, 2, 3)  # the periods the 'Target 24/25' column is for
HEADINGS = ("PI", "Description", "2023/24 outturn", "Q1 24/25", "Q2 24/25", "Q3 24/25",
            "Target 24/25", "RAG", "Comments")  # fmt: skip
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 3, 7, 8, 9
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A cell: (what the cell holds, the number a reader takes, the text a reader keeps, a number
# format). Text with fraction characters or words is the number it says.
Cell = tuple[object, float | None, str | None, str | None]


def t(typed: str, number: float) -> Cell:
    """Typed as text: '9½ days', '17½', '4 and a half days', 'target 7½'."""
    return (typed, number, None, None)


def n(value: float, fmt: str = "General") -> Cell:
    return (value, float(value), None, fmt)


def f(value: float) -> Cell:
    """Typed '2 3/4': Excel stores the number 2.75 and shows it as a fraction."""
    return (value, value, None, "# ?/?")


def p(points: float) -> Cell:
    """Typed '97.8%': Excel stores the fraction under a % format."""
    return (round(points / 100, 6), points, None, "0.0%")


def w(typed: str) -> Cell:
    return (typed, None, typed, None)


# A 1-tuple is a section row. Otherwise: PI, description, four cells (2023/24 outturn, Q1..Q3
# 2024/25; None: blank), target cell (None: blank), RAG letter (None: blank), comment, and the
# unit the cells themselves state ('days' or 'weeks'; None where only the name says it).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES1", "Average days lost to sickness per FTE (rolling 12 months)",
     (t("9½ days", 9.5), t("9¼ days", 9.25), t("8 3/4 days", 8.75), t("8½ days", 8.5)),
     t("8½ days", 8.5), "G", "Long-term cases down from 23 to 16 since April.", "days"),
    ("RES2", "Average days to process new Housing Benefit and Council Tax Reduction claims",
     (n(18.6), t("17½", 17.5), n(16.9), t("15¾", 15.75)), n(18), "G", None, None),
    ("RES3", "Average days to process changes of circumstances",
     (t("4 and a half days", 4.5), t("5¼ days", 5.25), t("4¾ days", 4.75), None),
     t("5 days", 5.0), "G",
     "Q3 not available until the benefits software upgrade is finished. RAG is for Q2.", "days"),
    ("RES4", "Council tax collected in year (cumulative)",
     (p(97.8), p(29.6), p(57.3), p(85.1)), p(98.0), "G",
     "On profile: 84.9% expected by the end of December.", None),
    ("RES5", "Average wait for calls to be answered (minutes)",
     (f(3.25), f(2.75), f(3.5), f(2.5)), n(3), "G", "Two extra advisers at peak times.", None),
    ("RES6", "Invoices paid within 30 days",
     (p(96.2), p(97.1), p(95.4), w("TBC")), p(97.0), None,
     "December payment run still being reconciled.", None),
    ("Housing",),
    ("HOU1", "Average time to complete major adaptations funded by a Disabled Facilities Grant",
     (t("22½ weeks", 22.5), t("24 weeks", 24.0), t("21¼ weeks", 21.25), t("19¾ weeks", 19.75)),
     t("20 weeks", 20.0), "G", "New framework contractor from July.", "weeks"),
    ("HOU2", "Average days to re-let council homes (standard voids)",
     (n(31.4), t("28½", 28.5), t("26¾", 26.75), t("29¼", 29.25)), t("27½", 27.5), "A",
     "Four properties needed asbestos removal before letting.", None),
    ("HOU3", "Households in temporary accommodation (end of quarter)",
     (n(46), n(51), n(49), n(55)), None, None, "For information - no target.", None),
    ("HOU4", "Average weeks families with children spent in bed and breakfast",
     (t("5½", 5.5), t("4¼", 4.25), t("3½", 3.5), t("2¾", 2.75)), n(6), "G", None, None),
    ("HOU5", "Repairs completed right first time",
     (p(88.4), p(89.9), p(90.3), p(91.2)), p(92.0), "A", None, None),
    ("HOU6", "Average days to complete emergency repairs",
     (t("¾", 0.75), t("½", 0.5), t("½ day", 0.5), t("¾", 0.75)), n(1), "G",
     "Emergency repairs are made safe within 24 hours.", "days"),
    ("Environment",),
    ("ENV1", "Missed bins per 100,000 collections",
     (n(41), n(38), n(46), n(52)), n(40), "R",
     "Christmas catch-up week: 312 missed collections in the week of 30 December.", None),
    ("ENV2", "Average days to remove fly-tips from public land",
     (t("1½ days", 1.5), t("1¼ days", 1.25), t("2 days", 2.0), t("1¾ days", 1.75)),
     t("2 days", 2.0), "G", None, "days"),
    ("ENV3", "Household waste recycled and composted",
     (p(44.1), p(47.3), p(46.8), None), p(46.0), "G",
     "Q3 tonnages not yet confirmed by the county council. RAG is for Q2.", None),
    ("ENV4", "Food premises inspections completed on time",
     (None, None, p(91.0), p(94.5)), p(95.0), "A", "New measure from Q2 24/25.", None),
    ("ENV5", "Average weeks to decide householder planning applications",
     (t("7¼ weeks", 7.25), t("6½", 6.5), t("6¾", 6.75), t("7 weeks", 7.0)),
     t("target 7½", 7.5), "G", "Statutory period is 8 weeks.", "weeks"),
)  # fmt: skip

KEY = (
    "RAG: G = on or better than target, A = within 10% of target, R = more than 10% off "
    "target. The RAG is for the latest quarter with a figure.",
    "Figures as supplied by service managers. TBC = to be confirmed.",
)


def build(path: Path) -> Expected:
    """Imitates a borough council's hand-typed quarterly PI sheet with figures written as fractions.

    A stock-holding borough council's Quarter 3 2024/25 performance
    indicator sheet for its Performance and Audit Scrutiny Committee, kept
    in Excel by the policy officer, who types in the figures service
    managers send by email, as they wrote them. Averages of days and weeks
    come with fraction characters ('9½ days', '17½', '21¼ weeks', '¾', '½
    day', pasted from Word, which turns 1/2 into ½), sometimes typed out
    ('8 3/4 days', '4 and a half days') and some with the target typed
    the same way ('8½ days', '20 weeks', 'target 7½'), beside ordinary
    numbers and percentages. The revenues manager's call waiting times were
    typed '2 3/4', which Excel stores as the number 2.75 and shows as a
    fraction. Percentages typed with '%' are fractions under '0.0%'. PI,
    Description, '2023/24 outturn', 'Q1 24/25'..'Q3 24/25', 'Target 24/25',
    a filled R/A/G letter and Comments under bold section rows; the RAG key
    sits above the table.

    A careful reader takes each written figure as the number it says: '9½
    days' 9.5, '15¾' 15.75, '21¼ weeks' 21.25, '¾' 0.75, '8 3/4 days' 8.75,
    '4 and a half days' 4.5, 'target 7½' a target of 7.5, and the Excel
    fractions as their numbers; a cell that says 'days' or 'weeks' states
    its row's unit. 'Target 24/25' is on the 2024/25 quarters, not on the
    2023/24 outturn. The RAG is on the latest quarter with a figure:
    changes of circumstances and recycling have no Q3, so their G is for
    Q2, as their comments say; invoices' 'TBC' Q3 is kept and unrated; the
    temporary accommodation count has no target or RAG; food inspections
    start at Q2. No polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Indicators 2024/25 - Quarter 3 (October to December 2024)")
    sheet["A2"] = "Performance and Audit Scrutiny Committee - 4 March 2025"
    for j, line in enumerate(KEY, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ncol = len(HEADINGS)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            row += 1
            continue
        code, name, cells, target, rag, note, unit = spec
        assert isinstance(cells, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        spots = [(COL_FIRST_VALUE + k, c) for k, c in enumerate(cells)] + [(COL_TARGET, target)]
        for col, spot in spots:
            if spot is None:
                continue
            assert isinstance(spot, tuple)
            typed, _, _, fmt = spot
            cell = sheet.cell(row=row, column=col, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if fmt:
                cell.number_format = fmt
        if rag:
            sheet.cell(row=row, column=COL_RAG, value=rag).alignment = Alignment(
                horizontal="center"
            )
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        goal = target[1] if isinstance(target, tuple) else None
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            _, figure, text, _ = cells[k]
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    figure,
                    text,
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        if unit:
            exp.add_meta(str(code), str(name), None, str(unit))
        row += 1
    widths = {"A": 7, "B": 56, "C": 11, "D": 11, "E": 11, "F": 11, "G": 12, "H": 6, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

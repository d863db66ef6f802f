"""Percentages typed as words in figure and target cells ('72 per cent', '68.4 percent', 'Target 75 per cent', '83pc') beside plain counts and '%' cells."""

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
    save,
    title,
)

SHEET = "Q3 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (1, 2, 3)  # the periods the 'Target 2024/25' column is for
HEADINGS = (
    "Ref",
    "Performance Indicator",
    "2023/24 Result",
    *PERIODS[1:],
    "Target 2024/25",
    "RAG",
    "Comments",
)
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 3, 7, 8, 9
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A cell: (as typed, the number a reader takes, the text a reader keeps, a number format, whether
# the cell itself says the figure is a percentage).
Cell = tuple[object, float | None, str | None, str | None, bool]


def w(typed: str, points: float) -> Cell:
    """A percentage written in words or letters: '72 per cent', '68.4 percent', '83pc'."""
    return (typed, points, None, None, True)


def p(points: float, fmt: str = "0.0%") -> Cell:
    """A percentage typed with the % sign, which Excel stores as a fraction under a % format."""
    return (round(points / 100, 6), points, None, fmt, True)


def n(value: float, fmt: str = "#,##0") -> Cell:
    return (value, float(value), None, fmt, False)


def t(typed: str) -> Cell:
    return (typed, None, typed, None, False)


# A 1-tuple is a well-being objective row. Otherwise: ref, indicator, four cells (2023/24 result,
# Q1..Q3 2024/25; None is a blank cell), target cell, RAG word, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Well-being Objective 1: Helping people to live independent and healthy lives",),
    ("PAM/012", "Households successfully prevented from becoming homeless",
     (w("61.7 per cent", 61.7), w("58 per cent", 58.0), w("63.4 per cent", 63.4),
      w("66.1 per cent", 66.1)), w("Target 65 per cent", 65.0), "Green",
     "119 of the 180 households at risk in Q3 were helped to stay in their home or to find "
     "another."),
    ("PAM/015", "Average calendar days taken to deliver a Disabled Facilities Grant",
     (n(211), n(236), n(198), n(187)), n(200), "Green",
     "32 grants completed in Q3; the longest took 341 days because a structural survey was "
     "needed."),
    ("CP1.04", "Adults who completed reablement and needed no ongoing care and support",
     (w("72 per cent", 72.0), w("68.4 percent", 68.4), w("70.9 percent", 70.9),
      w("74 per cent", 74.0)), w("70 per cent", 70.0), "Green",
     "111 of the 150 people who finished reablement in Q3 needed no further service."),
    ("CP1.07", "Contacts to the Information, Advice and Assistance service",
     (n(12481), n(3206), n(3377), n(2958)), t("\u2013"), None,
     "Monitoring only. Q3 was 12.4 per cent lower than Q2, as usual over the Christmas period."),
    ("Well-being Objective 2: Giving every child the best start in life",),
    ("CP2.01", "Attendance at primary schools",
     (p(93.1), p(93.8), t("n/a"), p(92.6)), p(94.0, "0%"), "Amber",
     "Q2 n/a: schools were closed for most of the quarter. Autumn term persistent absence was "
     "14.2%."),
    ("CP2.03", "Year 11 leavers not in education, employment or training",
     (w("1.9 per cent", 1.9), None, None, None), w("Target 1.5 per cent", 1.5), None,
     "Annual figure from the Careers Wales destinations survey; 2024 leavers are published in "
     "the spring."),
    ("CP2.06", "Take-up of free school meals by eligible primary pupils",
     (w("81.3pc", 81.3), w("83pc", 83.0), w("79.6pc", 79.6), w("84.2pc", 84.2)), w("85pc", 85.0),
     "Amber",
     "Free meals now offered in all 52 primary schools; take-up by eligible pupils up 4.6pc on "
     "Q2."),
    ("Well-being Objective 3: Protecting and enhancing our environment",),
    ("PAM/030", "Municipal waste reused, recycled or composted",
     (w("64.9 per cent", 64.9), w("67.8 per cent", 67.8), w("68.2 per cent", 68.2), None),
     w("Target 70 per cent", 70.0), "Amber",
     "Q3 tonnages are not yet validated in WasteDataFlow; RAG is for Q2."),
    ("PAM/010", "Highways inspected of a high or acceptable standard of cleanliness",
     (w("96.2 per cent", 96.2), w("94.8 per cent", 94.8), w("95.5 per cent", 95.5),
      w("93.9 per cent", 93.9)), w("95 per cent", 95.0), "Amber",
     "Leaf fall: 322 of the 343 streets inspected met the standard."),
    ("PAM/035", "Average days taken to clear fly-tipping incidents",
     (n(1.8, "0.0"), n(2.1, "0.0"), n(1.6, "0.0"), n(2.6, "0.0")), n(2, "0.0"), "Red",
     "Two crews were redeployed to flood clean-up in November."),
    ("CP3.05", "Fly-tipping incidents reported",
     (n(1612), n(402), n(455), n(391)), t("\u2013"), None,
     "Monitoring only; 12.5 per cent fewer than in Q3 last year."),
    ("Well-being Objective 4: A modern and efficient council",),
    ("PAM/001", "Working days lost to sickness absence per full-time equivalent employee "
     "(cumulative)",
     (n(11.3, "0.0"), n(2.6, "0.0"), n(5.4, "0.0"), n(8.2, "0.0")), n(10.5, "0.0"), "Amber",
     "0.3 days above the Q3 profile of 7.9 days. Stress and mental health account for 31 per "
     "cent of days lost."),
    ("CP4.02", "Council Tax collected in year (cumulative)",
     (w("97.1 per cent", 97.1), w("28.9 per cent", 28.9), w("56.4 per cent", 56.4),
      w("83.7 per cent", 83.7)), w("Target 97.5 per cent", 97.5), "Green",
     "On profile: 83.7 per cent against 83.5 per cent at the same point last year."),
    ("CP4.04", "Undisputed invoices paid within 30 days",
     (p(93.4), p(94.2), p(95.1), p(94.6)), w("95 per cent", 95.0), "Amber", None),
    ("CP4.06", "Freedom of Information requests answered within 20 working days",
     (w("88.5 per cent", 88.5), w("89.7 per cent", 89.7), w("91 per cent", 91.0), t("TBC")),
     w("90 per cent", 90.0), None,
     "Q3 to be confirmed once the new case system's report has been checked."),
    ("CP4.09", "Calls to the Contact Centre answered within 3 minutes",
     (None, w("74.5 per cent", 74.5), w("78 per cent", 78.0), w("81.2 per cent", 81.2)),
     w("Target 80 per cent", 80.0), "Green",
     "New indicator for 2024/25, following the telephony upgrade."),
)  # fmt: skip

NOTES = (
    "RAG: Green \u2013 on or better than target; Amber \u2013 within 5 per cent of target; "
    "Red \u2013 more than 5 per cent away from target. The RAG is for the latest quarter; where "
    "the Q3 result is not yet available it is for Q2.",
    "PAM: Public Accountability Measure (Data Cymru). CP: Corporate Plan local indicator. "
    "\u2013 : monitoring only, no target. n/a: not applicable. TBC: to be confirmed.",
)


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's well-being objectives report to corporate scrutiny.

    The Quarter 3 2024/25 corporate plan performance report of a Welsh
    county council, kept by an officer who writes percentages the way the
    council's reports are written, in words: Ref (Data Cymru 'PAM/012' codes
    and local 'CP1.04' codes), Performance Indicator, '2023/24 Result',
    'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', a filled RAG word and
    Comments under shaded well-being objective rows. Figure and target cells
    of most percentage measures are text: '61.7 per cent', '58 per cent',
    '68.4 percent', target cells 'Target 65 per cent' or '70 per cent'; the
    free school meals row, typed by the education team, uses '81.3pc' and
    '85pc'; attendance and invoices were typed with the % sign, which Excel
    turned into fractions under a % format (a target '94%' too). Counts
    and days are plain numbers. Commentary quotes figures in the same words.

    A careful reader takes every 'per cent', 'percent' and 'pc' cell as the
    percentage it states, in points ('68.4 percent' 68.4, 'Target 65 per
    cent' a target of 65), the % cells in points too, and the counts as they
    are; the cells themselves say those measures are percentages, so their
    unit is '%'. The '2023/24 Result' is the year 2023/24, which the
    'Target 2024/25' does not cover. The RAG rates each row's latest figure:
    recycling's Q3 is blank, so its Amber is for Q2, as the key says; the
    FOI row's 'TBC' Q3 is kept as text and unrated; attendance's 'n/a' Q2
    is kept as text; the monitoring counts have a dash target and no RAG;
    the NEET measure has only its 2023/24 figure and no rating; the contact
    centre measure is new this year. No polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Plan Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Teifi County Council \u2013 Corporate Overview and Scrutiny Committee, 6 March 2025"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Well-being Objectives 2023\u20132028: key performance indicators"
    sheet["A3"].font = Font(size=10, italic=True)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    ncol = len(HEADINGS)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, cells, target, rag, note = spec
        assert isinstance(cells, tuple) and isinstance(target, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        percent = False
        for col, spot in [(COL_FIRST_VALUE + k, c) for k, c in enumerate(cells)] + [
            (COL_TARGET, target)
        ]:
            if spot is None:
                continue
            typed, _, _, fmt, states_percent = spot
            percent = percent or states_percent
            cell = sheet.cell(row=row, column=col, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if fmt:
                cell.number_format = fmt
        goal = target[1]
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            _, figure, text, _, _ = cells[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    figure,
                    text,
                    goal if k in THIS_YEAR else None,
                    status,
                )
            )
        if percent:
            exp.add_meta(str(ref), str(name), None, "%")
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        row += 1
    for j, line in enumerate(NOTES, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 9, "B": 52, "C": 14, "D": 14, "E": 14, "F": 14, "G": 18, "H": 8, "I": 56}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

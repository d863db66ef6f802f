"""A contact centre's monthly call-handling report: months April to November, waits in mm:ss and seconds, a RAG letter and a trend comment."""

from __future__ import annotations

from datetime import datetime, time
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

SHEET = "Contact Centre M8"
HEAD_ROW = 8
MONTHS = tuple(datetime(2024, m, 1) for m in range(4, 12))  # Apr-24 .. Nov-24
LABELS = tuple(f"{d:%b} 2024" for d in MONTHS)
HEADINGS: tuple[object, ...] = ("Ref", "Measure", "Unit", *MONTHS, "Target 2024/25", "RAG",
                                "Trend")  # fmt: skip
COL_MONTH, COL_TARGET, COL_RAG, COL_TREND = 4, 12, 13, 14
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"No.": "number", "%": "%", "mm:ss": "seconds", "Secs": "seconds"}
FORMAT = {"No.": "#,##0", "%": "0.0%", "mm:ss": "mm:ss", "Secs": "0"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _t(minutes: int, seconds: int) -> time:
    """A wait as the telephony report gives it: an Excel time shown mm:ss."""
    return time(0, minutes, seconds)


# A 1-tuple is a section row. Otherwise: ref, measure, unit, the eight months April..November
# as typed (None: blank; percentages as fractions shown 0.0%, waits as times shown mm:ss or
# whole seconds), target as typed ('\u2013' where none), RAG letter (None: not rated), trend.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Telephone",),
    ("CC01", "Calls offered", "No.",
     (38412, 36905, 37288, 41760, 39114, 40532, 42018, 37655), "\u2013", None,
     "Demand measure. July peak from garden waste renewals."),
    ("CC02", "Calls answered", "%",
     (0.892, 0.874, 0.861, 0.823, 0.848, 0.902, 0.915, 0.921), 0.90, "G",
     "Improving \u2013 third month above target."),
    ("CC03", "Calls abandoned", "%",
     (0.108, 0.126, 0.139, 0.177, 0.152, 0.098, 0.085, 0.079), 0.10, "G",
     "Improving \u2013 lowest this year."),
    ("CC04", "Calls answered within 60 seconds", "%",
     (0.612, 0.583, 0.552, 0.487, 0.531, 0.648, 0.689, 0.704), 0.75, "A",
     "Improving, still short of target."),
    ("CC05", "Average speed of answer", "mm:ss",
     (_t(2, 48), _t(3, 12), _t(3, 35), _t(4, 51), _t(4, 2), _t(2, 21), _t(1, 58), _t(1, 46)),
     _t(1, 30), "R", "Improving since the September recruitment; still above target."),
    ("CC06", "Average handling time", "Secs",
     (412, 405, 398, 421, 417, 402, 396, 389), "\u2013", None, "Stable."),
    ("Digital channels",),
    ("CC07", "Webchats handled", "No.",
     (None, None, 1204, 2318, 2561, 2897, 3104, 3322), "\u2013", None,
     "Webchat launched 3 June 2024. Rising each month."),
    ("CC08", "Webchat average wait before an adviser joins", "Secs",
     (None, None, 48, 71, 64, 52, 45, 41), 60, "G", "Improving."),
    ("CC09", "Online forms submitted (MyAccount)", "No.",
     (11842, 12106, 12511, 14287, 13120, 13864, 14502, 13977), "\u2013", None,
     "Demand measure. Up 18% on November 2023."),
    ("CC10", "Contacts made online", "%",
     (0.412, 0.418, 0.431, 0.426, 0.437, 0.445, 0.452, "TBC"), 0.45, None,
     "November web analytics not yet available."),
    ("Resolution and satisfaction",),
    ("CC11", "First contact resolution", "%",
     (0.742, 0.751, 0.738, 0.716, 0.729, 0.763, 0.771, None), 0.75, "G",
     "October is the latest month (quality sampling)."),
    ("CC12", "Callers satisfied or very satisfied (post-call survey)", "%",
     (0.884, 0.879, "n/a", 0.861, 0.872, 0.893, 0.901, 0.897), 0.85, "G",
     "Stable. No survey in June (telephony upgrade)."),
    ("Complaints",),
    ("CC13", "Stage 1 complaints received", "No.",
     (142, 128, 151, 187, 163, 139, 131, 118), "\u2013", None, "Falling since July."),
    ("CC14", "Stage 1 complaints responded to within 10 working days", "%",
     (0.872, 0.901, 0.856, 0.794, 0.842, 0.913, 0.928, 0.918), 0.95, "A",
     "Dipped \u2013 two advisers moved to webchat."),
)  # fmt: skip

NOTES = (
    "Source: telephony (ACD) call statistics, webchat console, MyAccount form counts and the "
    "complaints module of the CRM. Percentages of calls are of calls offered.",
    "Average speed of answer is shown as minutes:seconds (mm:ss); handling time and webchat "
    "wait in seconds.",
    "RAG rates the latest month shown for each measure against the 2024/25 target: G on or "
    "better than target; A within 10% of target; R more than 10% from target. \u2013 = demand "
    "measure, no target.",
    "First contact resolution comes from monthly quality sampling and is reported one month in "
    "arrears: its latest month is October and its RAG is for October. n/a = not available; "
    "TBC = to be confirmed.",
)


def _reading(unit: str, typed: object) -> tuple[float | None, str | None]:
    """The figure a reader takes from a cell: percentages in points, mm:ss in seconds."""
    if isinstance(typed, str):
        return None, typed
    if isinstance(typed, time):
        return float(typed.minute * 60 + typed.second), None
    assert isinstance(typed, int | float)
    if unit == "%":
        return round(float(typed) * 100, 6), None
    return float(typed), None


def build(path: Path) -> Expected:
    """Imitates a customer services monthly contact centre report to a corporate scrutiny committee.

    Unitary and district councils' customer services teams report the
    contact centre's month to a corporate (resources) scrutiny committee from
    the telephony system's ACD statistics, the webchat console, the online
    forms count and the complaints module of the CRM: the year so far, one
    column per month as the telephony report's month dates shown 'mmm-yy'
    (Apr-24..Nov-24), then 'Target 2024/25', a filled RAG letter and a short
    trend comment, under shaded channel rows. Title and a 'Month 8' line,
    notes on sources, units and the RAG above the table. Percentages are the
    telephony export's fractions shown 0.0%, the average speed of answer an
    Excel time shown mm:ss (target 01:30), handling time and webchat wait in
    whole seconds (Unit 'Secs').

    A careful reader takes each month column as that month of 2024, the
    percentages in points, the mm:ss waits in seconds (02:48 is 168), and
    the target on every month of its row (all in 2024/25). The RAG rates
    each row's latest figure: October for first contact resolution (blank in
    November, reported a month in arrears as the note says). Online
    contacts' November 'TBC' and June's 'n/a' survey are kept as written;
    the TBC is unrated. Webchat began in June. Demand counts and handling
    time have a '\u2013' target and no rating. Units from the Unit column;
    polarity is not stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Customer Services \u2013 Contact Centre Performance 2024/25")
    sheet["A2"] = (
        "Month 8: April to November 2024 \u2013 Resources and Corporate Scrutiny Committee, "
        "9 January 2025"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    ncol = len(HEADINGS)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
        if isinstance(heading, datetime):
            cell.number_format = "mmm-yy"
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
                sheet.cell(row=row, column=col).border = GRID
            row += 1
            continue
        ref, name, unit, months, target, rag, trend = spec
        assert isinstance(months, tuple)
        unit = str(unit)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=unit).alignment = Alignment(horizontal="center")
        for k, typed in enumerate(months):
            if typed is None:
                continue
            cell = sheet.cell(row=row, column=COL_MONTH + k, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if not isinstance(typed, str):
                cell.number_format = FORMAT[unit]
        cell = sheet.cell(row=row, column=COL_TARGET, value=target)
        cell.alignment = Alignment(horizontal="right")
        if not isinstance(target, str):
            cell.number_format = "0%" if unit == "%" else FORMAT[unit]
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            cell.font = Font(bold=True)
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        sheet.cell(row=row, column=COL_TREND, value=trend).alignment = Alignment(wrap_text=True)
        goal = _reading(unit, target)[0]
        given = [k for k, v in enumerate(months) if v is not None]
        for k in given:
            figure, text = _reading(unit, months[k])
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    LABELS[k],
                    figure,
                    text,
                    goal,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[unit])
        row += 1
    widths = {"A": 7, "B": 48, "C": 7, "L": 10, "M": 6, "N": 44}
    for col in range(COL_MONTH, COL_TARGET):
        widths[chr(ord("A") + col - 1)] = 9
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp

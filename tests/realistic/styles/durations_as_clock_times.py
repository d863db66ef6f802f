"""Contact-centre waits and handling times as Excel time values ('02:35', '00:06:42') or text '1m 48s'."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path
from typing import cast

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Contact Centre"
MONTHS = ("Sep 2024", "Oct 2024", "Nov 2024", "Dec 2024")
HEADINGS = ("Sep-24", "Oct-24", "Nov-24", "Dec-24")
STATUS: dict[str, Rag] = {"On target": "green", "Within 5%": "amber", "Off target": "red"}


def _mmss(minutes: int, seconds: int) -> time:
    return time(0, minutes, seconds)


def _hms(hours: int, minutes: int, seconds: int) -> timedelta:
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _seconds(value: object) -> float | None:
    """The duration a cell holds, in seconds, as a reader takes it."""
    if isinstance(value, time):
        return float(value.hour * 3600 + value.minute * 60 + value.second)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str) and value.endswith("s") and "m " in value:
        minutes, seconds = value.removesuffix("s").split("m ")
        return float(int(minutes) * 60 + int(seconds))
    return None


# kind: "pct" a fraction shown as 0.0%, "count", "mmss" a time shown mm:ss,
# "hms" a duration shown [h]:mm:ss, "text" a duration typed as '1m 48s'
# ref, measure, kind, Sep..Dec, target, status for December
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Calls presented to the contact centre", "count",
     (38412, 41907, 39266, 27815), None, None),
    ("CSC02", "Calls answered", "pct",
     (0.914, 0.887, 0.902, 0.936), 0.90, "On target"),
    ("CSC03", "Average speed of answer (mm:ss)", "mmss",
     (_mmss(2, 35), _mmss(3, 18), _mmss(2, 51), _mmss(1, 49)), _mmss(3, 0), "On target"),
    ("CSC04", "Average handling time per call (hh:mm:ss)", "hms",
     (_hms(0, 6, 42), _hms(0, 7, 5), _hms(0, 6, 58), _hms(0, 7, 21)), _hms(0, 7, 0), "Within 5%"),
    ("CSC05", "Longest wait before a call was answered (hh:mm:ss)", "hms",
     (_hms(0, 38, 10), _hms(1, 4, 27), _hms(0, 52, 3), _hms(0, 29, 44)), None, None),
    ("CSC06", "Calls abandoned after 30 seconds", "pct",
     (0.051, 0.068, 0.057, 0.039), 0.06, "On target"),
    ("CSC07", "Average wait for a web chat to be picked up", "text",
     ("1m 48s", "2m 10s", "1m 55s", "2m 41s"), "2m 00s", "Off target"),
    ("CSC08", "Emails and e-forms resolved within 5 working days", "pct",
     (0.823, 0.796, 0.841, 0.858), 0.85, "On target"),
    ("CSC09", "Average call-back time for customers who asked to be called back (hh:mm:ss)", "hms",
     (_hms(1, 12, 30), _hms(2, 5, 0), _hms(1, 40, 15), None), _hms(1, 30, 0), None),
    ("CSC10", "Resolved at first point of contact", "pct",
     (0.712, 0.698, 0.724, 0.731), 0.75, "Within 5%"),
    ("CSC11", "Average wait at the Customer Service Centre front desk (mm:ss)", "mmss",
     (_mmss(11, 20), _mmss(14, 5), _mmss(9, 47), _mmss(8, 12)), _mmss(10, 0), "On target"),
)  # fmt: skip

FORMAT = {"pct": "0.0%", "count": "#,##0", "mmss": "mm:ss", "hms": "[h]:mm:ss", "text": "@"}


def _reading(kind: str, value: object) -> float | None:
    if value is None:
        return None
    if kind == "pct":
        return round(float(str(value)) * 100, 6)
    if kind == "count":
        return float(str(value))
    return _seconds(value)


def build(path: Path) -> Expected:
    """Imitates a customer contact centre's monthly KPI sheet exported from its telephony reports.

    Contact centres report waits and handling times the way the telephony
    system shows them: Excel time values formatted 'mm:ss' (an average speed
    of answer of 02:35) or '[h]:mm:ss' (a longest wait of 1:04:27, a call-back
    time of 1:12:30), beside percentages kept as fractions formatted 0.0% and
    plain counts. Web chat figures are pasted from another system as text,
    '1m 48s', and their target typed the same way. The status column words
    ('On target', 'Within 5%', 'Off target') are explained in a note and rate
    December, the latest month.

    A careful reader takes every time as a duration, in seconds (02:35 is
    155 seconds, 1:12:30 is 4,350), the percentages in points and the counts
    as counts; the target applies to every month of its row and the status to
    December. The call-back time for December is not in yet, and that row has
    no status.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Customer Contact Centre \u2013 monthly performance, September to December 2024",
    )
    sheet["A2"] = (
        "Shropshire Council, Customer Services. Source: telephony (Mitel) and web chat reports."
    )
    header = ["Ref", "Measure", *HEADINGS, "Target", "Status (Dec)"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, kind, values, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, *cast(tuple[object, ...], values), target, status])
        for col in range(3, 8):
            sheet.cell(row=row, column=col).number_format = FORMAT[str(kind)]
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        goal = _reading(str(kind), target)
        obs = [
            Obs(str(ref), str(name), month, _reading(str(kind), v), None, goal)
            for month, v in zip(MONTHS, cast(tuple[object, ...], values), strict=True)
            if v is not None
        ]
        if status:
            last = obs[-1]
            obs[-1] = Obs(
                last.code, last.name, last.period, last.actual, None, goal, STATUS[str(status)]
            )
        exp.observations += obs
        if kind in ("mmss", "hms", "text"):
            exp.add_meta(str(ref), str(name), None, "seconds")
        elif kind == "pct":
            exp.add_meta(str(ref), str(name), None, "%")
    foot = 5 + len(ROWS) + 1
    notes = (
        "Times are durations: mm:ss (minutes:seconds) or h:mm:ss. Web chat times are from the "
        "LiveChat console.",
        "Status: On target; Within 5% = within 5% of target; Off target = more than 5% from target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 11
    save(book, path)
    return exp

"""Among percentage and day measures, a few whose result is a date: Excel date cells and one typed as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Corporate Health"
YEARS = ("2022/23", "2023/24")
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
DATE_FORMAT = "dd/mm/yyyy"

# ref, measure, 2022/23, 2023/24, target 2023/24, status (2023/24); dates are Excel date
# cells shown dd/mm/yyyy, a string is what was typed, None a blank cell
ROWS: tuple[tuple[object, ...], ...] = (
    ("CH01", "Invoices paid within 30 days of receipt (%)", 94.2, 95.8, 95, "Green"),
    ("CH02", "Council Tax collected in year (%)", 96.1, 95.7, 96.5, "Amber"),
    ("CH03", "Non-domestic rates collected in year (%)", 97.9, 98.2, 98, "Green"),
    ("CH04", "Audited statement of accounts published",
     dt.datetime(2024, 2, 28), dt.datetime(2024, 12, 13), "30 September (statutory date)", "Red"),
    ("CH05", "Annual governance statement approved by the Audit and Governance Committee",
     dt.datetime(2023, 7, 26), "24th July 2024", "By 31 July", "Green"),
    ("CH06", "Freedom of Information requests answered within 20 working days (%)", 83.4, 88.9, 90, "Amber"),
    ("CH07", "Working days lost to sickness absence per FTE employee", 9.8, 10.6, 9, "Red"),
    ("CH08", "Internal audit plan completed (%)", 87, 92, 90, "Green"),
    ("CH09", "Date of the last Ofsted inspection of children's social care services",
     None, dt.datetime(2023, 11, 17), None, None),
    ("CH10", "Stage 1 complaints answered within 10 working days (%)", 78.5, 84.1, 85, "Amber"),
)  # fmt: skip


def _shown(value: object) -> object:
    """What the cell shows: a date as dd/mm/yyyy, anything else as it is."""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return value


def build(path: Path) -> Expected:
    """Imitates a county council's year-end corporate health scorecard to its audit committee.

    Most rows are percentages and days with a target for 2023/24 and a
    status word. A few 'milestone' measures are answered with a date: when
    the audited statement of accounts was published (Excel date cells shown
    dd/mm/yyyy; the 2023/24 accounts came out on 13 December 2024, after
    the statutory 30 September, so Red), when the annual governance
    statement was approved (the 2023/24 cell typed as text, '24th July
    2024'), and the date of the last Ofsted inspection of children's social
    care, held in 2023/24 (nothing under 2022/23). Their targets are
    written in words.

    A careful reader takes a date result as what the cell shows, a date and
    not a figure: actual none, the text as displayed ('13/12/2024', '24th
    July 2024'), never the date's serial number. A target in words is no
    numeric target. 'Target 2023/24' names its year, so 2022/23 has no
    target; the status belongs to 2023/24.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Shropshire Council \u2013 Corporate Health Scorecard, 2023/24 year end")
    sheet["A2"] = "Audit and Governance Committee, 30 January 2025"
    header = ["Ref", "Measure", *YEARS, "Target 2023/24", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, prior, latest, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, prior, latest, target, status])
        for col in (3, 4):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = DATE_FORMAT
            if isinstance(cell.value, dt.datetime | str):
                cell.alignment = Alignment(horizontal="right")
        code, nm = str(ref), str(name)
        goal = float(target) if isinstance(target, int | float) else None
        for year, value in zip(YEARS, (prior, latest), strict=True):
            if value is None:
                continue
            shown = _shown(value)
            number = float(shown) if isinstance(shown, int | float) else None
            text = None if number is not None else str(shown)
            last = year == YEARS[-1]
            rag = STATUS[str(status)] if last and status is not None else None
            exp.observations.append(Obs(code, nm, year, number, text, goal if last else None, rag))
    foot = 5 + len(ROWS) + 1
    notes = (
        "CH04: the 2023/24 audit opinion was delayed by the auditor's national backlog; "
        "accounts were published on the day the opinion was signed.",
        "CH09: inspection of local authority children's services (ILACS), judged Good.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 16
    save(book, path)
    return exp

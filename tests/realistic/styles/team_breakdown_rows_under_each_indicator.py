"""Monthly children's social care report: each indicator's total row followed by a row per team."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Sep 2024"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
MONTHS = tuple(dt.datetime(2024, m, 1) for m in range(4, 10))
PERIODS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
TOTAL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
TEAM_FONT = Font(italic=True, color="FF595959")

Months = tuple[object, object, object, object, object, object]
N, S, C, D = "North", "South", "Central", "Disabled Children's Team"

# A 1-tuple is a section row. Otherwise: ref, indicator, total months (None: the sum of the
# team rows, for counts), team rows ((team, months), ...), target, RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Front door (MASH)",),
    ("CSC01", "Contacts received", (1184, 1102, 1231, 1045, 812, 1290), (), None, None,
     "MASH only: no locality breakdown."),
    ("CSC02", "Referrals to children's social care", None,
     ((N, (104, 96, 101, 88, 70, 112)), (S, (121, 109, 118, 104, 87, 129)),
      (C, (87, 83, 86, 78, 64, 93))), None, None, None),
    ("CSC03", "Re-referrals within 12 months of a previous referral (%)",
     (19.2, 21.4, 18.7, 22.9, 20.1, 19.8),
     ((N, (17.3, 20.8, 16.8, 21.6, 18.6, 17.9)), (S, (22.3, 23.9, 21.2, 25.0, 23.0, 22.5)),
      (C, (17.2, 18.1, 17.4, 21.8, 17.2, 18.3))), 20, "G", None),
    ("Assessment and child protection",),
    ("CSC04", "Single assessments completed within 45 working days (%)",
     (86.1, 84.7, 82.3, 79.8, 81.5, 83.9),
     ((N, (88.4, 86.0, 85.1, 83.2, 84.0, 87.5)), (S, (82.9, 81.3, 77.6, 74.1, 76.8, 79.2)),
      (C, (87.5, 87.2, 84.9, 82.6, 84.3, 85.6)), (D, (90.0, 88.9, 83.3, 80.0, 85.7, 87.5))),
     85, "A", "South: two agency social workers left in June; recruitment under way."),
    ("CSC05", "Children subject to a child protection plan (snapshot at month end)", None,
     ((N, (98, 101, 97, 104, 106, 103)), (S, (131, 128, 135, 139, 137, 142)),
      (C, (79, 82, 84, 81, 85, 88)), (D, (6, 6, 7, 7, 8, 8))), None, None, "No target set."),
    ("CSC06", "Initial child protection conferences held within 15 working days of strategy "
     "discussion (%)", (91.7, 88.2, 93.8, 84.6, 78.9, 86.4),
     ((N, (100.0, 87.5, 90.0, 83.3, 75.0, 85.7)), (S, (87.5, 88.9, 100.0, 85.7, 80.0, 87.5)),
      (C, (90.0, 87.5, 85.7, 85.7, 83.3, 85.7)), (D, ("-", "-", 100.0, "-", "-", "-"))),
     90, "R", "August: conference chair capacity over the summer."),
    ("CSC07", "Child protection visits within timescale (%)",
     (94.6, 95.2, 93.9, 95.8, "n/a", 96.1),
     ((N, (95.1, 96.0, 94.7, 96.3, "n/a", 96.8)), (S, (93.2, 94.1, 92.6, 94.9, "n/a", 95.3)),
      (C, (95.9, 96.0, 94.8, 96.6, "n/a", 96.4)), (D, (100.0, 100.0, 85.7, 100.0, "n/a", 100.0))),
     95, "G", "August not available: case management system upgrade."),
    ("CSC08", "Children becoming subject to a plan for a second or subsequent time (%)",
     (21.4, 25.0, 18.2, 23.5, 19.0, 22.2), (), 23, "G", "County-wide figure only."),
    ("Children in care",),
    ("CSC09", "Children in care (snapshot at month end)", None,
     ((N, (142, 144, 143, 147, 149, 151)), (S, (176, 178, 181, 180, 184, 186)),
      (C, (118, 117, 120, 122, 121, 125)), (D, (21, 21, 22, 22, 23, 23))), None, None,
     "Includes 27 unaccompanied asylum-seeking children."),
    ("CSC10", "Children in care with 3 or more placements in the last 12 months (%)",
     (9.6, 9.8, 10.3, 10.1, 10.7, 10.4), (), 10, "A", None),
    ("CSC11", "Children in care visited within statutory timescale (%)",
     (93.8, 94.5, 95.2, 94.9, 96.0, 95.7),
     ((N, (94.4, 95.1, 95.8, 95.2, 96.6, 96.0)), (S, (92.0, 93.3, 94.5, 94.4, 95.1, 95.2)),
      (C, (95.8, 95.7, 95.8, 95.9, 96.7, 96.0)), (D, (95.2, 95.2, 95.5, None, 95.7, 95.7))),
     95, "G", "DCT July figure not returned."),
    ("CSC12", "Care leavers aged 19\u201321 in suitable accommodation (%)",
     (88.9, 89.4, 90.2, 89.7, 90.5, "TBC"), (), 90, None,
     "September awaiting leaving care team audit."),
)  # fmt: skip


def _total(teams: tuple[tuple[str, Months], ...]) -> list[object]:
    sums: list[object] = []
    for k in range(len(PERIODS)):
        sums.append(sum(int(str(months[k])) for _team, months in teams))
    return sums


def build(path: Path) -> Expected:
    """Imitates a county council's monthly children's social care performance report.

    The report a county council's children's services performance team
    runs from its case management system (Liquidlogic or Mosaic) each month
    and sends to the Corporate Parenting Panel and the children and young
    people's scrutiny committee, tabbed 'Sep 2024': Ref, Indicator, Team,
    the months of 2024/25 so far (real first-of-month dates shown 'mmm-yy'),
    Target, a filled G/A/R letter and Comment. Each indicator's first row is
    the county total ('All teams' in the Team column, shaded); under it,
    where the system can split it, italic rows with no Ref or Indicator give
    the same figures for each locality team ('North', 'South', 'Central')
    and the Disabled Children's Team, without target or rating. Counts
    total across the teams; front-door and some county-wide measures have
    no team rows. A note says the target and RAG apply to the county total
    and the RAG is for September.

    A careful reader takes each total row's months as the indicator's
    figures, with its target on every month and its RAG on September 2024;
    the team rows are the same indicator split by team, not further
    indicators, so no observation comes from them (they carry no code or
    name of their own). 'n/a' (August, system upgrade) and 'TBC' are kept
    as text; the count rows have no target. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Children's Social Care \u2013 Monthly Performance Report: September 2024")
    sheet["A2"] = "Source: case management system extract run 7 October 2024. Figures for 2024/25."
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Team rows show the county total split by team; targets and RAG apply to the total."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Indicator", "Team"], bold=True)
    for k, month in enumerate(MONTHS):
        cell = sheet.cell(row=HEAD_ROW, column=4 + k, value=month)
        cell.number_format = "mmm-yy"
        cell.font = Font(bold=True)
    put_row(sheet, HEAD_ROW, 10, ["Target", "RAG", "Comment"], bold=True)
    ncol = 12
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, total, teams, target, rag, comment = spec
        assert isinstance(teams, tuple)
        figures = list(total) if isinstance(total, tuple) else _total(teams)
        put_row(sheet, row, 1, [ref, name, "All teams", *figures, target, rag, comment])
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.fill = TOTAL
            if col <= 3:
                cell.font = Font(bold=True)
        if rag:
            fill(sheet, f"K{row}", RAG_FILL[str(rag)])
        for k, value in enumerate(figures):
            if value is None:
                continue
            status = RAG[str(rag)] if rag and k == len(PERIODS) - 1 else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), num(target),
                    status)
            )  # fmt: skip
        row += 1
        for team, months in teams:
            put_row(sheet, row, 3, [team, *months])
            for col in range(3, 10):
                cell = sheet.cell(row=row, column=col)
                cell.font = TEAM_FONT
            sheet.cell(row=row, column=3).alignment = Alignment(indent=2)
            row += 1
    notes = (
        "RAG (September 2024 county total against target): G on or better than target; A within "
        "5%; R more than 5% away.",
        "- no cases in the month. n/a not available. TBC to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 62, "C": 24, "J": 8, "K": 6, "L": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

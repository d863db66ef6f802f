"""Internal audit KPIs and information governance measures in an audit committee progress report, the plan target profiled by quarter."""

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

SHEET = "Appendix B KPIs"
HEAD_ROW = 8
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
THIS_YEAR = (1, 2, 3, 4)  # the periods 'Target 2024/25' is for
HEADINGS = ("Ref", "Performance indicator", "2023/24 outturn", *PERIODS[1:], "Target 2024/25",
            "RAG", "Commentary")  # fmt: skip
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 3, 8, 9, 10
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
# The plan-delivery target as typed, and the profile it gives each 2024/25 quarter.
PLAN_TARGET = "90% by year end (profile: Q1 20%, Q2 45%, Q3 70%)"
PLAN_PROFILE = {1: 20.0, 2: 45.0, 3: 70.0}
# Targets typed in words, and the number a reader takes from them.
WORDED = {"10 working days": 10.0, "5 working days": 5.0}
NO_TARGET = "\u2013"
HEAD = PatternFill(fill_type="solid", start_color="FF3A5F0B", end_color="FF3A5F0B")
SECTION = PatternFill(fill_type="solid", start_color="FFEBF1DE", end_color="FFEBF1DE")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, kind (p: percentage in points, stored
# as a fraction; n: number), 2023/24 outturn and Q1..Q4 2024/25 as typed (None: blank), target
# as typed, RAG letter (None: blank), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Internal audit \u2013 delivering the plan",),
    ("IA01", "Audit plan delivered to draft report stage (cumulative %)", "p",
     (92.1, 17.5, 41.3, 66.7, None), PLAN_TARGET, "A",
     "42 of 63 audits at draft or final report. Two audits deferred to 2025/26 with the "
     "Committee's agreement in November."),
    ("IA02", "Average working days from end of fieldwork to draft report", "n",
     (12.4, 9.8, 14.6, 11.2, None), "10 working days", "R",
     "Three complex reviews (payroll, home to school transport, capital programme) took more "
     "than 20 days to draft."),
    ("IA03", "Average working days from management response to final report", "n",
     (4.6, 4.1, 3.8, 4.4, None), "5 working days", "G", None),
    ("IA04", "Post-audit questionnaires rating the audit satisfied or very satisfied (%)", "p",
     (96.0, 100.0, "n/a", 91.7, None), 90.0, "G",
     "Q2: no questionnaires returned. Q3: 11 of 12 satisfied."),
    ("IA05", "Productive audit days delivered against the plan to date (%)", "p",
     (94.5, 88.2, 91.0, 93.4, None), 95.0, "A",
     "One auditor vacancy since October; contractor days bought for Q4."),
    ("IA06", "Audit reports issued with limited or no assurance (number)", "n",
     (7, 1, 3, 2, None), NO_TARGET, None,
     "Q3: fleet management (limited) and direct payments (limited). For information."),
    ("Internal audit \u2013 agreed actions",),
    ("IA07", "High priority actions implemented by the agreed date (%)", "p",
     (78.6, 80.0, 71.4, None, None), 90.0, "R",
     "Q3 follow-up reviews are under way and will be reported in April; the RAG is for Q2 "
     "(5 of 7 actions)."),
    ("IA08", "All agreed actions implemented by the agreed date (%)", "p",
     (82.3, 79.5, 84.1, 86.0, None), 85.0, "G", None),
    ("IA09", "Agreed actions more than three months overdue (number at quarter end)", "n",
     (14, 18, 16, 11, None), NO_TARGET, None,
     "For information. Four of the eleven are in Adult Social Care; the Director will attend "
     "the March meeting."),
    ("Information governance",),
    ("IG01", "Freedom of Information and EIR requests answered within 20 working days (%)", "p",
     (87.9, 89.4, 91.2, 90.5, None), 90.0, "G", "402 of 444 requests in Q3."),
    ("IG02", "Subject access requests answered within one month or the extended period (%)",
     "p", (68.0, 72.5, 75.0, "TBC", None), 90.0, None,
     "Q3 TBC: 19 requests extended for complexity are being checked before the figure is "
     "confirmed."),
    ("IG03", "Personal data breaches reported to the ICO (number)", "n",
     (4, 1, 0, 0, None), 0, "G", "No breach met the threshold for reporting in Q2 or Q3."),
    ("IG04", "Data security incidents logged (number)", "n",
     (168, 41, 37, 45, None), NO_TARGET, None,
     "For information. Most were emails sent to the wrong recipient."),
    ("IG05", "Staff who have completed mandatory data protection training (%)", "p",
     (None, None, 62.4, 81.9, None), 95.0, "R",
     "New measure: the e-learning module was launched in July 2024."),
    ("Governance and assurance",),
    ("GV01", "Conformance with the Global Internal Audit Standards (UK public sector): "
     "readiness self-assessment", "n",
     (None, None, None, "Partially conforms", None), "Generally conforms", "A",
     "The new standards apply from 1 April 2025; the action plan is at Appendix C."),
)  # fmt: skip

NOTES = (
    "Cumulative measures are shown year to date. The audit plan target is profiled through "
    "the year and its RAG compares the position with the profile to date.",
    "RAG: G \u2013 target (or profile) met or exceeded; A \u2013 within 5% of target; R \u2013 "
    "more than 5% short of target. Where the latest quarter is not yet available the RAG is "
    "for the previous quarter.",
    "\u2013 : information only, no target.  n/a: not applicable.  TBC: to be confirmed.",
)


def _target(typed: object, k: int) -> float | None:
    """The target a reader takes for period k from the target cell as typed."""
    if k not in THIS_YEAR:
        return None
    if typed == PLAN_TARGET:
        return PLAN_PROFILE.get(k)
    if isinstance(typed, int | float):
        return float(typed)
    return WORDED.get(str(typed))


def build(path: Path) -> Expected:
    """Imitates an internal audit service's progress report to an audit and governance committee.

    The Head of Internal Audit's quarterly 'Internal Audit Progress Report'
    to a district or unitary council's Audit and Governance Committee, whose
    Appendix B is a spreadsheet of the service's key performance indicators
    (as the Public Sector Internal Audit Standards expect the committee to
    see) together with the information governance measures the committee
    also oversees. A title, a line with the position date ('as at 31
    December 2024') and the meeting, notes on cumulative measures, the RAG
    rule and the markers above the table; Ref, Performance indicator,
    '2023/24 outturn', 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target
    2024/25', a filled R/A/G letter and Commentary under shaded section
    rows. The plan delivery measure is cumulative and its target cell gives
    the year-end target with the quarterly profile in brackets; two
    timeliness targets are typed in words ('10 working days'); percentages
    are fractions under '0.0%'.

    A careful reader gives each 2024/25 quarter the 2024/25 target (the
    2023/24 outturns get none), and the plan delivery figures the profile
    for their quarter (20%, 45%, 70%), as the note says the RAG does;
    '10 working days' is a target of 10. The RAG rates the latest quarter
    given: the high priority actions have no Q3 yet and their R is for Q2
    (the note and comment say so); the subject access 'TBC' and the
    questionnaires' Q2 'n/a' are kept as text and unrated. Three context
    counts have a '\u2013' target and no RAG; the training measure is new
    from Q2; the standards self-assessment has one result, in words, rated
    amber against a target in words (no numeric target). No polarity or
    unit is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Internal Audit Progress Report 2024/25 \u2013 Appendix B")
    sheet["A2"] = (
        "Internal audit performance indicators and information governance measures: position "
        "as at 31 December 2024 (Quarter 3)"
    )
    sheet["A2"].font = Font(bold=True, size=11)
    sheet["A3"] = "Audit and Governance Committee, 30 January 2025 \u2013 Head of Internal Audit"
    sheet["A3"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    sheet.row_dimensions[HEAD_ROW].height = 30
    ncol = len(HEADINGS)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, kind, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            number = isinstance(typed, int | float)
            value = round(typed / 100, 6) if kind == "p" and number else typed
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=value)
            cell.alignment = Alignment(horizontal="right" if number else "center")
            if number:
                cell.number_format = (
                    "0.0%" if kind == "p" else "0.0" if isinstance(typed, float) else "0"
                )
        goal = sheet.cell(row=row, column=COL_TARGET)
        if isinstance(target, int | float):
            goal.value = round(target / 100, 6) if kind == "p" else target
            goal.number_format = "0%" if kind == "p" else "0"
            goal.alignment = Alignment(horizontal="right")
        else:
            goal.value = target
            goal.alignment = Alignment(horizontal="center", wrap_text=True)
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            typed = cells[k]
            number_read = float(typed) if isinstance(typed, int | float) else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    number_read,
                    None if number_read is not None else str(typed),
                    _target(target, k),
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1
    widths = {"A": 7, "B": 56, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 22, "I": 7,
              "J": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    save(book, path)
    return exp

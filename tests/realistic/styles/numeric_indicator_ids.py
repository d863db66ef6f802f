"""Indicators identified only by a plain number in the first column, beside small counts."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 2024-25"
HEAD_ROW = 4
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")

# A 1-tuple is a section row. Otherwise: number (an int, or text such as '7a'), indicator,
# good is, Q1..Q4 2024/25, target 2024/25, RAG word (latest quarter), comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Safer and stronger communities",),
    (1, "Number of accidental dwelling fires", "Low", 12, 9, 13, None, 12, "Amber",
     "Two multi-occupancy incidents in November."),
    (2, "Fatal or serious injuries from accidental dwelling fires", "Low", 1, 0, 3, None, 1, "Red",
     "Three serious injuries, one incident; investigation complete."),
    (3, "Safe and well visits completed", "High", 412, 455, 438, None, 400, "Green", None),
    (4, "Licensed premises reviews resulting in enforcement action", None, 2, 5, 3, None, None,
     None, "Information only."),
    (5, "Anti-social behaviour cases closed within 30 days (%)", "High", 84.6, 88.2, 90.1, None,
     85, "Green", None),
    ("Environment and place",),
    (6, "Household waste reused, recycled or composted (%)", "High", 47.3, 48.9, "n/a", None, 50,
     None, "Q3 tonnages awaited from the waste disposal authority."),
    ("7a", "Fly-tipping incidents reported", "Low", 318, 296, 341, None, 300, "Red",
     "Increase around student move-out."),
    ("7b", "Fly-tipping enforcement actions (FPNs and prosecutions)", "High", 7, 12, 9, None, 10,
     "Amber", None),
    (8, "Streets below grade B for litter (%)", "Low", 6.2, 5.8, 7.1, None, 6, "Red", None),
    (9, "Planning appeals allowed", "Low", 3, 2, 4, None, 3, "Red",
     "Four of eleven appeals allowed."),
    (10, "Major planning applications determined in time (%)", "High", 100.0, 87.5, 91.7, None, 90,
     "Green", None),
    (11, "Empty homes brought back into use", "High", 6, 11, 9, None, 10, "Amber", None),
    ("Resources and customer",),
    (12, "Council tax collected (cumulative %)", "High", 29.4, 57.1, 84.2, None, 84.5, "Amber",
     None),
    (13, "Average days to process housing benefit changes", "Low", 7.9, 6.4, 5.8, None, 8,
     "Green", None),
    (14, "Stage 2 complaints upheld by the Ombudsman", "Low", 0, 1, 0, None, 2, "Green", None),
    (15, "Calls answered within 60 seconds (%)", "High", 72.4, 68.0, None, None, 80, None,
     "Telephony report not available for Q3 after system change."),
    (16, "Working days lost to sickness per FTE", "Low", 2.3, 2.1, 2.6, None, 2.0, "Red", None),
    (17, "RIDDOR reportable incidents", "Low", 2, 1, 1, None, None, None, "Information only."),
    (18, "Employees leaving within first year of employment", "Low", 4, 6, 3, None, 5, "Green",
     None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report to its Overview and Scrutiny Committee.

    A sheet copied from the committee report appendix: 'No.', 'Indicator',
    'Good is' (High/Low), 'Q1 24/25' to 'Q4 24/25' (Q4 not yet reported),
    'Target 24/25', a filled RAG word and Comments, under three shaded
    theme rows. Indicators have no codes, only the running number the
    report uses (1 to 18, typed as numbers; the fly-tipping measure was
    split into '7a' and '7b' as text). Several measures are small counts
    (fire injuries 1, 0, 3; planning appeals 3, 2, 4; Ombudsman decisions
    0, 1, 0), so the number column and the figures look alike.

    A careful reader takes the running number as the indicator's code
    ('1', '7a'), the count columns as figures, the single target as
    applying to every quarter and the RAG to the latest quarter given.
    Recycling Q3 is 'n/a' and unrated; calls answered has no Q3 and no
    rating; information-only counts have no target. Polarity from
    'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Quarterly Performance Report 2024/25 \u2013 Quarter 3 (October to December)"
    )
    sheet["A2"] = "Appendix A \u2013 Overview and Scrutiny Committee, 6 February 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["No.", "Indicator", "Good is", "Q1 24/25", "Q2 24/25", "Q3 24/25", "Q4 24/25",
             "Target 24/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        number, name, good, q1, q2, q3, q4, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        if rag:
            cell = sheet.cell(row=row, column=9)
            rgb = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        code = str(number)
        values = (q1, q2, q3, q4)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            status = RAG[str(rag)] if rag and period == given[-1] else None
            obs = Obs(code, str(name), period, num(value), text_of(value), num(target), status)
            exp.observations.append(obs)
        exp.add_meta(code, str(name), POLARITY.get(str(good)), None)
        row += 1
    notes = (
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 10% of target; "
        "Red \u2013 more than 10% worse than target. Indicators without a target are reported "
        "for information.",
        "Indicator numbers follow the Council Plan 2024\u201328 performance framework.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 6, "B": 58, "C": 8, "H": 11, "I": 8, "J": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp

"""Zero-target measures (never events, RIDDOR incidents, ICO breaches, unregistered placements) with zeros typed as 0, 'Nil' or 'None'."""

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

SHEET = "Assurance Q3"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
THIS_YEAR = (1, 2, 3, 4)  # the periods the 'Target 2024/25' column is for
HEADINGS = ("Ref", "Measure", "Good is", "2023/24", *PERIODS[1:], "Target 2024/25", "RAG",
            "Comment")  # fmt: skip
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 4, 9, 10, 11
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"Low": "lower_is_better", "High": "higher_is_better"}
ZERO_WORDS = {"Nil": 0.0, "None": 0.0}  # the key under the title: no incidents in the period
HEAD = PatternFill(fill_type="solid", start_color="FF5B2C6F", end_color="FF5B2C6F")
SECTION = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, good is (None: not stated), 2023/24 and
# Q1..Q4 2024/25 cells as typed (None: blank), target as typed (None: blank), RAG word, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Health and safety",),
    ("HS01", "RIDDOR-reportable incidents \u2013 employees (number)", "Low",
     (7, 2, 0, 1, None), 0, "Red",
     "Q3: one over-7-day injury (a slip on ice at the Eastfield depot); investigation "
     "complete and gritting of the yard added to the winter plan."),
    ("HS02", "RIDDOR-reportable incidents \u2013 pupils and members of the public (number)",
     "Low", (3, "Nil", 1, "Nil", None), 0, "Green", None),
    ("HS03", "Enforcement notices served on council premises by the HSE or London Fire Brigade "
     "(number)", "Low", ("None", "None", "None", "None", None), "Nil", "Green", None),
    ("HS04", "Accidents and incidents reported by staff (number)", None,
     (412, 97, 88, 104, None), "\u2013", None,
     "Monitoring only: managers are asked to encourage reporting. 38% of Q3 reports were "
     "verbal abuse from the public."),
    ("HS05", "Staff who have completed mandatory health and safety training (%)", "High",
     (87.4, 89.2, 90.6, 91.8, None), 95.0, "Amber",
     "3,412 of 3,717 staff; schools support staff are the main gap."),
    ("HS06", "Fire risk assessments overdue on council buildings (number)", "Low",
     (None, 4, 2, None, None), 0, "Red",
     "New measure. The Q3 position is being checked after the move to the new property "
     "database; the RAG is for Q2."),
    ("Information governance",),
    ("IG01", "Personal data breaches reported to the ICO (number)", "Low",
     (3, 1, "Nil", 0, None), 0, "Green",
     "41 data security incidents were logged in Q3; none met the threshold for reporting to "
     "the ICO."),
    ("IG02", "Data security incidents logged (number)", None,
     (171, 46, 38, 41, None), None, None, "Context measure; most were emails sent to the wrong "
     "recipient."),
    ("IG03", "Freedom of Information requests answered within 20 working days (%)", "High",
     (84.7, 88.1, 90.4, 89.2, None), 90.0, "Amber", "312 of 350 requests answered in time."),
    ("IG04", "Subject access requests answered within one month (%)", "High",
     (71.0, 76.5, 79.8, "TBC", None), 90.0, None,
     "Q3 TBC: 36 requests are still being checked for exemptions."),
    ("IG05", "Complaints to the ICO upheld against the council (number)", "Low",
     (1, "None", "None", 1, None), "Nil", "Red",
     "One upheld complaint about a late subject access response; the ICO has asked for an "
     "improvement plan by 31 March."),
    ("Safeguarding and care quality",),
    ("CS01", "Children placed in unregistered children's homes (number during the quarter)",
     "Low", (5, 2, 1, 0, None), 0, "Green",
     "No new placements since 14 September, when the last child moved to a registered home."),
    ("CS02", "Children in care with three or more placements in the last 12 months (%)", "Low",
     (10.8, 10.2, 9.6, 9.1, None), 10.0, "Green", None),
    ("ASC01", "Medication never events in council-run care homes (number)", "Low",
     ("Nil", "Nil", 1, "Nil", None), 0, "Green",
     "Q2: one time-critical medicine omitted at Elmwood House, no harm caused; learning shared "
     "with all three homes."),
    ("ASC02", "Adult safeguarding enquiries concluded within 28 days (%)", "High",
     (78.5, 81.2, 83.9, "n/a", None), 85.0, None,
     "Q3 n/a: reporting held up by the case management system upgrade."),
)  # fmt: skip

KEY = (
    "RAG: Green \u2013 target met; Amber \u2013 within 5% of target; Red \u2013 more than 5% from "
    "target. Zero-tolerance measures (target 0 or Nil): Green when there were none in the "
    "quarter, Red for any.",
    "Nil / None: no incidents in the period. The RAG is for the latest quarter reported. "
    "\u2013 : monitoring only, no target. n/a: not available. TBC: to be confirmed.",
)


def _reading(typed: object) -> tuple[float | None, str | None]:
    """The number a reader takes from a cell, or the text kept when it is not one."""
    if isinstance(typed, int | float):
        return float(typed), None
    if typed in ZERO_WORDS:
        return ZERO_WORDS[str(typed)], None
    return None, str(typed)


def build(path: Path) -> Expected:
    """Imitates a London borough's safety and governance assurance scorecard to audit committee.

    A London borough's Quarter 3 2024/25 'Safety, Safeguarding and
    Information Governance Assurance Scorecard' for its Audit and Governance
    Committee: Ref, Measure, 'Good is' (High/Low), '2023/24', 'Q1 2024/25'..
    'Q4 2024/25' (Q4 empty), 'Target 2024/25', a filled RAG word and a
    Comment under shaded health and safety / information governance /
    safeguarding rows. Half the measures are things that should not happen:
    RIDDOR-reportable incidents, enforcement notices, personal data
    breaches reported to the ICO, upheld ICO complaints, children placed in
    unregistered children's homes, overdue fire risk assessments,
    medication never events in the council's care homes; their target is
    zero (typed 0, or 'Nil' by the information governance team and the
    health and safety adviser), good is Low, a quarter with none is Green
    and any incident Red. Officers typed a quarter with no incidents as 0,
    'Nil' or 'None'. Ordinary percentage measures with targets and two
    monitoring counts without 'Good is', target or RAG sit among them; a
    key under the title explains the ratings, 'Nil'/'None' and the markers.

    A careful reader takes 'Nil' and 'None' in a count cell as 0, as the key
    says (no incidents), and a 'Nil' target as a target of 0; 'Good is' Low
    makes those measures lower-is-better, High higher-is-better; the
    monitoring counts have no polarity stated. 'Target 2024/25' applies to
    the 2024/25 quarters, not to the 2023/24 totals. The RAG rates the
    latest quarter given: the fire risk row's Q3 is blank, so its Red is
    for Q2, as its comment says; the subject access 'TBC' and safeguarding
    'n/a' Q3s are kept as text and unrated; the enforcement notices row is
    all 'None' and Green on a zero target. Units are only in names.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Safety, Safeguarding and Information Governance Assurance Scorecard \u2013 "
        "Quarter 3 2024/25",
    )
    sheet["A2"] = (
        "London Borough of Eastmere \u2013 Audit and Governance Committee, 27 February 2025 "
        "\u2013 Agenda item 9"
    )
    sheet["A2"].font = Font(italic=True)
    for j, line in enumerate(KEY, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
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
        ref, name, good, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        if good:
            sheet.cell(row=row, column=3, value=good).alignment = Alignment(horizontal="center")
        percent = "(%)" in str(name)
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(typed, int | float):
                cell.number_format = "0.0" if percent else "#,##0"
        if target is not None:
            cell = sheet.cell(row=row, column=COL_TARGET, value=target)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(target, int | float):
                cell.number_format = "0.0" if percent else "0"
        goal = _reading(target)[0] if target is not None else None
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            figure, text = _reading(cells[k])
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
        if good:
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        row += 1
    widths = {"A": 7, "B": 58, "C": 8, "I": 10, "J": 8, "K": 58}
    for letter in "DEFGH":
        widths[letter] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp

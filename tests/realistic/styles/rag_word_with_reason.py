"""Status cells holding a rating word and its reason: 'Red - recruitment delays', 'AMBER (improving)', 'R – see note 3'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

MONTHS = ("Jul 2024", "Aug 2024", "Sep 2024")
DASH = "\u2013"
RATING: dict[str, Rag] = {"red": "red", "amber": "amber", "green": "green"}

# ref, measure, Jul, Aug, Sep, target, status (rating word and reason), the rating it gives
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC 01", "Single assessments completed within 45 working days (%)",
     81.3, 78.9, 74.2, 85.0, "Red - recruitment delays", "red"),
    ("CSC 02", "Initial child protection conferences held within 15 working days of the strategy discussion (%)",
     88.0, 91.4, 92.7, 90.0, "Green: on target", "green"),
    ("CSC 03", "Referrals to children's social care within 12 months of a previous referral (%)",
     21.6, 20.9, 19.8, 19.0, "AMBER (improving)", "amber"),
    ("CSC 04", "Looked after children with three or more placement moves in the last 12 months (%)",
     9.1, 9.4, 10.2, 9.0, f"R {DASH} see note 3", "red"),
    ("CSC 05", "Care leavers aged 19 to 21 in education, employment or training (%)",
     57.0, 58.2, 58.9, 60.0, "Amber - just short of target", "amber"),
    ("CSC 06", "Statutory visits to children in care completed within timescale (%)",
     93.5, 95.1, 96.0, 95.0, f"GREEN {DASH} target met", "green"),
    ("CSC 07", "Education, Health and Care Plans issued within 20 weeks, excluding exceptions (%)",
     38.0, 42.5, 47.1, 60.0, "Red: backlog of assessments (note 4)", "red"),
    ("CSC 08", "New fostering households approved in the month",
     2, 4, 3, None, f"N/A {DASH} contextual measure", None),
    ("CSC 09", "Average caseload per qualified social worker",
     19.2, 18.7, 18.4, 18.0, "A - caseloads reducing", "amber"),
    ("CSC 10", "Social worker posts covered by agency staff (%)",
     24.0, 22.5, 23.1, 15.0, "Red (see note 3)", "red"),
    ("CSC 11", "Children missing from care who were offered a return home interview (%)",
     97.0, None, 98.5, 95.0, "G - consistently above target", "green"),
)  # fmt: skip

NOTES = (
    "Status is the September position against the 2024/25 target.",
    "Note 1: figures for August 2024 on return home interviews were not validated in time for this report.",
    "Note 2: caseloads are the average across the four locality teams at the month end.",
    "Note 3: three social work vacancies in the Chesterfield locality have been covered by agency "
    "staff since June; the recruitment campaign closes on 18 October. Placement stability is "
    "affected by the shortage of local foster carers.",
    "Note 4: 212 EHC needs assessments were open at 30 September; additional educational "
    "psychology capacity has been commissioned until March 2025.",
)


def build(path: Path) -> Expected:
    """Imitates a county children's services monthly dashboard where the status says why.

    Officers filling in a monthly children's services dashboard often type
    the reason for a rating into the status cell itself rather than into a
    commentary column: 'Red - recruitment delays', 'AMBER (improving)',
    'Green: on target', a letter with a pointer ('R \u2013 see note 3', 'G -
    consistently above target'), and for a measure with no target 'N/A \u2013
    contextual measure'. The notes the pointers refer to are printed under
    the table.

    A careful reader takes the rating from the word or letter at the start of
    each status cell and leaves the reason aside: the status is September's
    (the latest month with a figure); 'N/A' is no rating. The single Target
    column applies to all three months. One August figure was not validated
    (blank: no observation).
    """
    book, sheet = new_book("Sept 2024")
    title(sheet, "A1", "Derbyshire County Council - Children's Services Monthly Dashboard")
    sheet["A2"] = "Reporting month: September 2024. Figures are for the month unless stated."
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", *MONTHS, "2024/25 Target", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, jul, aug, sep, target, status, rating) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, jul, aug, sep, target, status])
        sheet.cell(row=row, column=7).alignment = Alignment(wrap_text=True)
        t = float(target) if isinstance(target, float) else None
        rag = RATING.get(str(rating))
        exp.observations += observed(str(ref), str(name), MONTHS, (jul, aug, sep), t, rag)
    foot = 5 + len(ROWS) + 1
    for j, line in enumerate(NOTES):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["G"].width = 34
    save(book, path)
    return exp

"""Corporate plan scorecard whose section rows carry a priority code and title in the code/name columns."""

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
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Corporate Plan KPIs"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
PRIORITY = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
WHITE_BOLD = Font(bold=True, color="FFFFFFFF")

# A 3-tuple is a priority row: code, title, lead member (in the Lead column).
# Otherwise: code, indicator, Q1..Q4, target 2024/25, RAG, lead officer, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("P1", "A thriving local economy", "Cllr A. Mistry"),
    ("P1.01", "Business start-up grants awarded", 14, 19, 12, None, 60, "Green",
     "Head of Economic Development", None),
    ("P1.02", "Town centre footfall (Market Street counter, visitors per quarter)", 412650,
     398210, 455930, None, 1600000, "Green", "Town Centre Manager",
     "Christmas market week was the busiest on record."),
    ("P1.03", "Vacant retail units in the town centre (%)", 13.8, 14.2, 14.9, None, 12.5, "Red",
     "Town Centre Manager", "Two national chains closed in November."),
    ("P1.05", "Major planning applications determined within 13 weeks or agreed time (%)", 92.3,
     87.5, 100, None, 90, "Green", "Head of Planning", "P1.04 retired April 2024."),
    ("P1.06", "Adults starting council-funded skills courses", 86, 143, "TBC", None, 400, None,
     "Adult Learning Manager", "Autumn term enrolments being reconciled with the college."),
    ("P2", "Clean, green and safe neighbourhoods", "Cllr J. Hughes"),
    ("P2.01", "Household waste sent for reuse, recycling and composting (%)", 54.6, 55.1, 47.9,
     None, 52, "Amber", "Head of Waste Services", "Seasonal: no garden waste collections."),
    ("P2.02", "Residual household waste per household (kg)", 118.4, 121.7, 124.0, None, 470,
     None, "Head of Waste Services", "Annual target; quarterly figures not rated."),
    ("P2.03", "Fly-tips cleared within 2 working days (%)", 96.2, 97.8, 95.4, None, 95, "Green",
     "Streetscene Manager", None),
    ("P2.04", "Streets at or above grade B for litter (%)", 91.0, None, 89.5, None, 92, "Amber",
     "Streetscene Manager", "Surveyed in tranches: July and December."),
    ("P2.05", "Anti-social behaviour cases closed within 60 days (%)", 78.3, "n/a", 81.6, None,
     80, "Green", "Community Safety Manager", "Q2 not available: case system replaced."),
    ("P3", "Homes and communities people are proud of", "Cllr R. Okafor"),
    ("P3.01", "Net additional homes completed (cumulative)", 96, 187, 262, None, 380, "Amber",
     "Head of Planning", None),
    ("P3.02", "Affordable homes delivered (cumulative)", 21, 38, 64, None, 100, "Green",
     "Housing Enabling Officer", None),
    ("P3.03", "Households in temporary accommodation (snapshot)", 48, 53, 61, None, 45, "Red",
     "Housing Options Manager", "Rising demand from private rented evictions."),
    ("P3.04", "Homelessness cases prevented within 56 days (%)", 61.5, 64.0, 66.3, None, 60,
     "Green", "Housing Options Manager", None),
    ("P4", "An efficient, well run council", "Cllr S. Patel (Leader)"),
    ("P4.01", "Council tax collected in year (%, cumulative)", 29.8, 57.4, 84.9, None, 97.5,
     "Green", "Revenues and Benefits Manager", "On profile."),
    ("P4.02", "Average days to process new benefit claims", 17.9, 16.4, 15.2, None, 18, "Green",
     "Revenues and Benefits Manager", None),
    ("P4.03", "Working days lost to sickness per FTE (rolling 12 months)", 9.4, 9.9, 10.6, None,
     8.5, "Red", "HR Manager", None),
    ("P4.04", "Calls to the customer contact centre answered", 41880, 44315, 39102, None, None,
     None, "Customer Services Manager", "Demand measure: no target."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's Corporate Plan 2024-28 KPI scorecard to Cabinet and scrutiny.

    The annex a district council attaches to its quarterly Corporate Plan
    monitoring report: one sheet, 'Corporate Plan 2024\u201328 \u2013 Key
    Performance Indicators 2024/25 \u2013 Quarter 3', Code, Indicator,
    'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', a filled RAG
    word, Lead and Comments. The plan's four priorities are navy section
    rows whose Code cell holds the priority code and whose Indicator cell
    holds its title ('P1' | 'A thriving local economy'), with the lead
    Cabinet member in the Lead column and no figures; the indicators under
    each carry dotted codes ('P1.01', 'P1.03', a gap where P1.04 was
    retired). Notes say the RAG is on the latest quarter.

    A careful reader takes the priority rows as headings, not indicators
    (they have no figures, target or rating, and name the plan's
    priorities), and each dotted-code row as an indicator with its quarters,
    the single 2024/25 target on every quarter and the RAG on the latest
    figure given, Q3 in every rated row (street cleanliness, surveyed in
    July and December, has no Q2). Skills courses' Q3 is 'TBC' and the row
    is not rated. Targets are for the year, so cumulative counts sit below
    theirs until Q4; residual waste has an annual target and no rating; the
    contact centre count has neither. 'n/a' is kept as text. No unit or
    polarity column.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Corporate Plan 2024\u201328 \u2013 Key Performance Indicators 2024/25 \u2013 Quarter 3",
    )
    sheet["A2"] = "Cabinet 18 February 2025; Corporate Overview and Scrutiny Committee 4 March 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Code", "Indicator", *PERIODS, "Target 2024/25", "RAG", "Lead", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 3:
            code, heading, member = spec
            put_row(sheet, row, 1, [code, heading])
            sheet.cell(row=row, column=9, value=member)
            for col in range(1, ncol + 1):
                cell = sheet.cell(row=row, column=col)
                cell.fill = PRIORITY
                cell.font = WHITE_BOLD
            row += 1
            continue
        code, name, *figures, target, rag, lead, comment = spec
        put_row(sheet, row, 1, [code, name, *figures, target, rag, lead, comment])
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), num(target),
                    status)
            )  # fmt: skip
        row += 1
    notes = (
        "RAG compares the latest quarter reported with the 2024/25 target. Green: on or above "
        "target; Amber: within 10%; Red: more than 10% away.",
        "Priority rows show the Corporate Plan priority and its lead Cabinet member.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 66, "G": 12, "H": 9, "I": 30, "J": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

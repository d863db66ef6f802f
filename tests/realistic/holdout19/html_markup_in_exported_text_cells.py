"""A SharePoint list of KPI returns exported by Power Automate, rich-text fields left as HTML."""

from __future__ import annotations

import html
import re
from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "KPI Returns"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
GOOD = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
SPAN_COLOUR = {"Red": "red", "Amber": "#ffc000", "Green": "green"}
OFFICERS = ("Priya Natarajan", "Tom Haworth", "Kelly Brennan")
MODIFIED = ("2024-07-19T10:42:07Z", "2024-10-18T14:03:51Z", "2025-01-20T09:16:33Z")

# Indicators: ref, title as it sits in the list (HTML-encoded where it holds '&'), service area
# (likewise), polarity, target.
INDICATORS: tuple[tuple[str, str, str, str, float], ...] = (
    ("ENV01", "Household waste sent for reuse, recycling &amp; composting (%)",
     "Environment &amp; Waste", "Higher is better", 50.0),
    ("ENV02", "Residual household waste per household (kg)", "Environment &amp; Waste",
     "Lower is better", 105.0),
    ("ENV03", "Fly-tipping incidents cleared within 5 working days (%)",
     "Environment &amp; Waste", "Higher is better", 95.0),
    ("ENV04", "Missed bin collections per 100,000 collections", "Environment &amp; Waste",
     "Lower is better", 60.0),
    ("PRS01", "Major planning applications determined within 13 weeks or agreed time (%)",
     "Planning &amp; Regulatory Services", "Higher is better", 60.0),
    ("PRS02", "Minor planning applications determined within 8 weeks or agreed time (%)",
     "Planning &amp; Regulatory Services", "Higher is better", 70.0),
    ("PRS03", "Food hygiene inspections completed to programme (%)",
     "Planning &amp; Regulatory Services", "Higher is better", 95.0),
    ("PRS04", "Taxi &amp; private hire licence applications processed within 10 working days (%)",
     "Planning &amp; Regulatory Services", "Higher is better", 90.0),
    ("CCS01", "Calls to the Contact Centre answered within 60 seconds (%)",
     "Customer &amp; Corporate Services", "Higher is better", 80.0),
    ("CCS02", "Council tax collected (cumulative %)", "Customer &amp; Corporate Services",
     "Higher is better", 97.5),
    ("CCS03", "Housing benefit new claims: average days to process",
     "Customer &amp; Corporate Services", "Lower is better", 20.0),
    ("CCS04", "Working days lost to sickness per FTE (quarter)",
     "Customer &amp; Corporate Services", "Lower is better", 2.0),
    ("CCS05", "Stage 1 complaints answered within 10 working days (%)",
     "Customer &amp; Corporate Services", "Higher is better", 90.0),
)  # fmt: skip

# Per quarter and indicator: actual (number; or HTML text, as Q3 came out after the column was
# changed to rich text; None where no item was created), status word or None, commentary or
# None.
RETURNS: dict[str, dict[str, tuple[object, str | None, str | None]]] = {
    "Q1 2024/25": {
        "ENV01": (53.8, "Green", None),
        "ENV02": (101.4, "Green", None),
        "ENV03": (91.2, "Amber", "Staff sickness in the Street Scene team during May."),
        "ENV04": (48, "Green", None),
        "PRS01": (75.0, "Green", "3 of 4 major applications in time."),
        "PRS02": (68.3, "Amber", None),
        "PRS03": (97.1, "Green", None),
        "PRS04": (93.6, "Green", None),
        "CCS01": (71.4, "Red", "Annual billing queries and two vacancies."),
        "CCS02": (29.1, "Green", None),
        "CCS03": (18.6, "Green", None),
        "CCS04": (2.1, "Amber", None),
        "CCS05": (92.0, "Green", None),
    },
    "Q2 2024/25": {
        "ENV01": (55.2, "Green", "Garden waste tonnages up on last summer."),
        "ENV02": (98.7, "Green", None),
        "ENV03": (96.0, "Green", "Performance improved following the new rota."),
        "ENV04": (66, "Amber", "Route changes in August caused a short-term rise."),
        "PRS01": (100.0, "Green", None),
        "PRS02": (72.9, "Green", None),
        "PRS03": ("n/a", None, "Inspection figures held back: FSA return being validated."),
        "PRS04": (88.1, "Amber", None),
        "CCS01": (78.9, "Amber", None),
        "CCS02": (56.4, "Green", None),
        "CCS03": (21.9, "Amber", "Higher volume of claims after the DWP migration notices."),
        "CCS04": (1.8, "Green", None),
        "CCS05": (86.5, "Amber", None),
    },
    "Q3 2024/25": {
        "ENV01": ("<div>48.6%</div>", "Amber", "Seasonal fall; garden waste service paused."),
        "ENV02": ("<div>104.9</div>", "Green", None),
        "ENV03": ("<div>97.3%</div>", "Green", None),
        "ENV04": ("<div>52</div>", "Green", None),
        "PRS01": (
            "<div>50.0%</div>",
            "Red",
            "1 of 2 major applications in time; the other awaited a Section 106 agreement.",
        ),
        "PRS02": ("<div>74.2%</div>", "Green", None),
        "PRS03": (
            "<div>85.2%</div>",
            "Red",
            "Two inspector posts vacant; agency cover from February.",
        ),
        "PRS04": ("<div>95.5%</div>", "Green", None),
        "CCS01": (
            "<div>82.0%</div>",
            "Green",
            "Performance improved with the new telephony system &amp; call-back option.",
        ),
        "CCS02": ("<div>83.9%</div>", "Green", None),
        "CCS03": ("<div>19.4</div>", "Green", None),
        "CCS04": (
            "<div>&nbsp;</div>",
            None,
            "Figure to follow from HR once December payroll closes.",
        ),
        "CCS05": ("<div>91.3%</div>", "Green", None),
    },
}

# Council tax is entered against the quarter's profiled (cumulative) target, not the annual 97.5.
PROFILED = {"Q1 2024/25": 28.5, "Q2 2024/25": 56.0, "Q3 2024/25": 83.5}

_TAGS = re.compile(r"<[^>]+>")


def _plain(cell: str) -> str:
    """What a reader sees in an HTML cell: tags dropped, entities decoded, spaces tidied."""
    return " ".join(html.unescape(_TAGS.sub("", cell)).split())


def _commentary(text: str, n: int) -> str:
    return (
        f'<div class="ExternalClass{n:04X}A7E2C94B1F3D8E6025B71C"><p>'
        + text.replace(" in ", "&nbsp;in ", 1)
        + "</p></div>"
    )


def build(path: Path) -> Expected:
    """Imitates a district council's SharePoint KPI list exported by a Power Automate flow.

    Services enter a list item per indicator per quarter on the
    council's SharePoint performance site; a Power Automate flow copies
    the list into an Excel table ('KPIReturns') that the Overview and
    Scrutiny Committee's clerk opens. Columns as the list has them: ID,
    Title (the indicator), KPI Ref, Service Area, Reporting Period,
    Actual, Target (council tax against its profiled cumulative target),
    Polarity, RAG Status, Commentary, Modified, Created By; items in the
    order they were created, quarter by quarter.

    Rich-text fields came out as HTML: Commentary as '<div
    class="ExternalClass..."><p>...&nbsp;...</p></div>', titles and
    service areas with '&amp;', RAG Status as '<span
    style="color:red">Red</span>' (a plain word on three items edited
    after a fix), and the Actual column, changed to rich text in October,
    holds Q3 figures as '<div>85.2%</div>' or '<div>104.9</div>' text.

    A careful reader strips the markup: each item is one observation of
    its KPI Ref for its Reporting Period, the Actual in points
    ('<div>85.2%</div>' is 85.2), the item's Target and its status as
    the RAG. 'n/a' is kept as text without a rating. The Q3 sickness
    item's Actual is '<div>&nbsp;</div>', an empty field, so it is no
    observation. Polarity from the Polarity column; no unit column.
    Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    header = ["ID", "Title", "KPI Ref", "Service Area", "Reporting Period", "Actual", "Target",
              "Polarity", "RAG Status", "Commentary", "Modified", "Created By"]  # fmt: skip
    put_row(sheet, 1, 1, header)
    exp = Expected([])
    row, item = 2, 101
    plain_status = {("Q2 2024/25", "ENV04"), ("Q3 2024/25", "ENV02"), ("Q1 2024/25", "CCS03")}
    for q, period in enumerate(PERIODS):
        for k, (ref, name, area, good, target) in enumerate(INDICATORS):
            actual, status, comment = RETURNS[period][ref]
            if ref == "CCS02":
                target = PROFILED[period]
            status_cell: str | None = None
            if status is not None:
                status_cell = (
                    status
                    if (period, ref) in plain_status
                    else f'<span style="color:{SPAN_COLOUR[status]}">{status}</span>'
                )
            comment_cell = _commentary(comment, item) if comment else None
            put_row(
                sheet,
                row,
                1,
                [item, name, ref, area, period, actual, target, good, status_cell, comment_cell,
                 MODIFIED[q], OFFICERS[k % len(OFFICERS)]],
            )  # fmt: skip
            sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=False)
            label = _plain(name)
            exp.add_meta(ref, label, GOOD[good], None)
            reading: float | None = None
            words: str | None = None
            if isinstance(actual, int | float):
                reading = float(actual)
            else:
                seen = _plain(str(actual))
                if seen:
                    try:
                        reading = float(seen.rstrip("%"))
                    except ValueError:
                        words = seen
            if reading is not None or words is not None:
                rag = RAG[status] if status else None
                exp.observations.append(Obs(ref, label, period, reading, words, target, rag))
            row += 1
            item += 1
    last = row - 1
    table = Table(displayName="KPIReturns", ref=f"A1:L{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    widths = {"A": 6, "B": 60, "C": 9, "D": 32, "E": 14, "F": 18, "G": 8, "H": 16, "I": 36,
              "J": 70, "K": 21, "L": 16}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C2"
    save(book, path)
    return exp

"""A council's own status words (Exceeding, Meeting, Below, Well below, Not measured) with a key under the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Performance"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag | None] = {
    "Exceeding": "green",
    "Meeting": "green",
    "Below": "amber",
    "Well below": "red",
    "Not measured": None,
}
STATUS_FILL = {
    "Exceeding": "FF00703C",
    "Meeting": "FF92D050",
    "Below": "FFFFC000",
    "Well below": "FFFF0000",
    "Not measured": "FFBFBFBF",
}
HEAD = PatternFill(fill_type="solid", start_color="FF3A3A3A", end_color="FF3A3A3A")
SECTION = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a priority row. Otherwise: ref, indicator, polarity word, Q1..Q3 2024/25,
# target 2024/25, latest status, comment. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: A thriving economy",),
    ("EC1", "Working age residents claiming out-of-work benefits (%)", "Lower", 3.9, 3.8, 3.9, 4.0,
     "Meeting", None),
    ("EC2", "Business start-ups supported by the Growth Hub", "Higher", 37, 52, 61, 45,
     "Exceeding", "Start-up grant round opened in October."),
    ("EC3", "Town centre vacancy rate (%)", "Lower", 14.2, 14.8, 15.6, 13.0, "Well below",
     "Two national retailers closed in the High Street."),
    ("EC4", "Apprenticeship starts with the council and its contractors", "Higher", 8, 11, 9, 10,
     "Well below", "Two starts deferred to January."),
    ("Priority 2: Safe and healthy communities",),
    ("SH1", "Adults physically active 150+ minutes a week (%)", "Higher", None, None, 64.1, 65,
     "Below", "Annual Active Lives survey published November."),
    ("SH2", "Food premises rated 4 or 5 for hygiene (%)", "Higher", 93.1, 93.8, 94.5, 92,
     "Meeting", None),
    ("SH3", "Licensing applications decided within statutory timescales (%)", "Higher", 98.0,
     100.0, 99.2, 98, "Meeting", None),
    ("SH4", "Anti-social behaviour incidents reported to the council", "Lower", 412, 466, 398,
     None, "Not measured", "Information only \u2013 no target set."),
    ("SH5", "Leisure centre visits", "Higher", 182450, 171980, "n/a", 180000, "Not measured",
     "Q3 data lost in booking system change; recovery under way."),
    ("Priority 3: A green and clean district",),
    ("GC1", "Household waste reused, recycled and composted (%)", "Higher", 51.6, 53.0, 47.9,
     52, "Below", "Seasonal drop in garden waste."),
    ("GC2", "Streets inspected meeting litter standard (%)", "Higher", 92.0, 95.5, 96.3, 94,
     "Meeting", None),
    ("GC3", "Fly-tipping incidents", "Lower", 622, 581, 704, 600, "Well below",
     "Increase concentrated in two rural lay-bys; CCTV deployed."),
    ("GC4", "Council carbon emissions (tCO2e, quarter)", "Lower", 1186, 1041, 1210, 1250,
     "Meeting", None),
    ("Priority 4: An efficient council",),
    ("EF1", "Council tax collected (cumulative %)", "Higher", 29.4, 57.1, 84.9, 84.5, "Meeting",
     None),
    ("EF2", "Invoices paid within 30 days (%)", "Higher", 94.2, 96.8, 97.5, 92, "Exceeding",
     None),
    ("EF3", "Average days lost to sickness per FTE (rolling 12 months)", "Lower", 8.1, 8.6, 9.4,
     8.0, "Well below", "Musculoskeletal absence in operational teams."),
    ("EF4", "Complaints responded to within 10 working days (%)", "Higher", 81.5, 85.0, None, 90,
     "Below", "Q3 figure being validated."),
)  # fmt: skip

KEY = (
    "Key to status (latest quarter against target)",
    "Exceeding = better than target by 5% or more (dark green)",
    "Meeting = on target, or better by less than 5% (light green)",
    "Below = worse than target by less than 10% (amber)",
    "Well below = worse than target by 10% or more (red)",
    "Not measured = no target set or no figure for the latest quarter (grey)",
)


def build(path: Path) -> Expected:
    """Imitates a district council's Corporate Plan performance report with its own status words.

    The quarterly report a district council's policy and performance team
    takes to its Overview and Scrutiny Committee: Ref, Indicator, 'Good
    is' (Higher/Lower), Q1-Q3 2024/25, 'Target 2024/25', 'Latest status'
    and Comments under grey priority rows. The status column uses the
    council's own words, filled in their colours: 'Exceeding' (dark
    green), 'Meeting' (light green), 'Below' (amber), 'Well below' (red),
    'Not measured' (grey). A key printed two rows under the table says what
    each word means against target and which colour it carries.

    A careful reader maps the words by the key: Exceeding and Meeting are
    green, Below amber, Well below red, Not measured no rating. The status
    belongs to the latest quarter given (Q2 where Q3 is blank; the survey
    row has only Q3); the single target applies to every quarter. SH5's
    Q3 'n/a' is its text. The Good is column states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Plan 2024\u201328: Performance Report")
    sheet["A2"] = "Quarter 3 2024/25 (to 31 December 2024)"
    sheet["A3"] = "Overview and Scrutiny Committee \u2013 13 February 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Indicator", "Good is", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
              "Target 2024/25", "Latest status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    polarity = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, q1, q2, q3, target, status, _comment = spec
        put_row(sheet, row, 1, list(spec))
        rgb = STATUS_FILL[str(status)]
        cell = sheet.cell(row=row, column=8)
        cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        cell.alignment = Alignment(horizontal="center")
        if status in ("Exceeding", "Well below"):
            cell.font = Font(color="FFFFFFFF", bold=True)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        exp.add_meta(str(ref), str(name), polarity[str(good)], None)
        values = (q1, q2, q3)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    STATUS[str(status)] if period == given[-1] else None,
                )
            )
        row += 1
    key_row = row + 2
    for j, line in enumerate(KEY):
        cell = sheet.cell(row=key_row + j, column=2, value=line)
        cell.font = Font(bold=j == 0, size=9)
        if j:
            word = line.split(" = ")[0]
            rgb = STATUS_FILL[word]
            swatch = sheet.cell(row=key_row + j, column=1)
            swatch.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    sheet.cell(row=key_row + len(KEY) + 1, column=2, value="Source: service returns to the "
               "Policy and Performance Team; survey figures from Sport England.").font = Font(
        size=9, italic=True
    )  # fmt: skip
    widths = {"A": 7, "B": 58, "C": 8, "G": 10, "H": 13, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEF":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp

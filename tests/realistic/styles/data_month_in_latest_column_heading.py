"""'Latest (Aug 24)', 'Previous (May 24)', 'Same time last year (Aug 23)' headings dating each figure by month."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Digest Aug 24"
HEADER = (
    "Ref",
    "Measure",
    "Good is",
    "Latest (Aug 24)",
    "Previous (May 24)",
    "Same time last year (Aug 23)",
    "Target 24/25",
    "RAG",
    "Trend",
    "Comment",
)
MONTHS = ("Aug 2024", "May 2024", "Aug 2023")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION_FILL = "FFD9E1F2"
FIRST = 6
# the figures' own periods where a row says they are not the heading's months
YTD = ("Apr 2024\u2013Aug 2024", "Apr 2024\u2013May 2024", "Apr 2023\u2013Aug 2023")
IN_ARREARS = ("Q1 2024/25", "Q4 2023/24", "Q1 2023/24")
JULY_LATEST = ("Jul 2024", "May 2024", "Aug 2023")

# a section heading, or:
# ref, measure as typed, good is, latest, previous, same time last year, target, RAG, trend,
# comment, the three figures' periods (None: the months in the headings)
ROWS: tuple[object, ...] = (
    "Housing",
    ("HSG01", "Current tenant rent arrears as % of annual rent debit", "Low",
     2.41, 2.18, 2.63, 2.5, "Green", "Improving", None, None),
    ("HSG02", "Average days to re-let general needs homes (key to key)", "Low",
     31.4, 28.9, 36.2, 28, "Amber", "Improving",
     "Two long-term voids let after major works pushed the average up.", None),
    ("HSG03", "Emergency repairs completed within 24 hours (%)", "High",
     98.1, 99.0, 97.6, 99, "Amber", "Improving", None, None),
    ("HSG04", "Households in temporary accommodation (at month end)", "Low",
     164, 152, 138, "-", "Data only", "Worsening",
     "Demand led; 41 of the 164 are families placed outside the borough.", None),
    ("HSG05", "Households in bed and breakfast for more than 6 weeks", "Low",
     3, 5, 0, 0, "Red", "Worsening", "All three families moved on by 13 September.", None),
    "Customer and Revenues",
    ("CUS01", "Calls to the Contact Centre answered (%)", "High",
     87.4, 82.1, 84.9, 85, "Green", "Improving", None, None),
    ("CUS02", "Average wait to answer a call (seconds)", "Low",
     142, 211, 168, 180, "Green", "Improving", "Two new advisers in post from July.", None),
    ("CUS03", "Stage 1 complaints answered within 10 working days (%)", "High",
     71.2, 78.5, 80.3, 90, "Red", "Worsening",
     "Figure shown is for July 2024 \u2013 August not yet validated. Backlog of housing "
     "repairs complaints being cleared.", JULY_LATEST),
    ("REV01", "Council tax collected \u2013 year to date (%)", "High",
     47.6, 19.9, 47.9, 97.5, "Amber", "Worsening",
     "Collection 0.3 points behind last year at the end of August.", YTD),
    ("REV02", "New Housing Benefit claims \u2013 average days to process", "Low",
     17.8, 21.3, 19.6, 20, "Green", "Improving", None, None),
    "Environment",
    ("ENV01", "Household waste sent for reuse, recycling and composting (%) \u00b9", "High",
     46.3, 38.9, 45.1, 48, "Amber", "Improving", "Garden waste tonnage up on last year.",
     IN_ARREARS),
    ("ENV02", "Missed bin collections per 100,000 collections", "Low",
     61, 74, 58, 70, "Green", "Worsening", None, None),
    ("ENV03", "Fly-tips removed within 2 working days (%)", "High",
     "Awaited", 93.5, 91.0, 95, None, None, "August figure awaited from the contractor.", None),
    ("ENV04", "Abandoned vehicle reports investigated within 5 working days (%)", "High",
     88.0, 91.0, None, 90, "Amber", None, "New measure for 2024/25.", None),
)  # fmt: skip

NOTES = (
    "\u00b9 Quarterly measure, reported a quarter in arrears (WasteDataFlow): Latest = Q1 "
    "2024/25 (Apr\u2013Jun 2024), Previous = Q4 2023/24 (Jan\u2013Mar 2024), Same time last "
    "year = Q1 2023/24.",
    "'Previous' is the figure last reported to this committee (June 2024 meeting). RAG compares "
    "the latest figure with the 2024/25 target; Trend compares it with the same time last year.",
    "Source: Northgate Housing, Civica, telephony and Uniform systems. Prepared by the "
    "Performance and Insight Team.",
)


def build(path: Path) -> Expected:
    """Imitates a borough council's performance digest to overview and scrutiny.

    Gravesham Borough Council style, a digest of housing, customer and
    environment measures prepared for each Overview and Scrutiny meeting:
    no period columns as such, but value columns headed by what they are
    and the month the data is for \u2013 'Latest (Aug 24)', 'Previous (May
    24)' (the figure last reported to the committee) and 'Same time last
    year (Aug 23)' \u2013 then 'Target 24/25', filled RAG words, a 'Good is'
    High/Low column, Trend words and comments, shaded section rows and notes.

    A careful reader dates each figure by the month in its heading: Aug
    2024, May 2024 and Aug 2023. The same time last year is the measure's
    own figure for a dated month, so an observation. 'Target 24/25' names its
    year, so it applies to the 2024/25 figures only, never to the Aug 2023
    one. The RAG is the latest figure's; Trend is no figure. Three rows say
    their figures are for other periods and are read so: the council tax
    collection is 'year to date', so its figures cover April to August 2024,
    April to May 2024 and April to August 2023 (the annual target applying
    to the 2024/25 spans as printed); the recycling rate's footnote says it
    is quarterly and a quarter in arrears, Latest being Q1 2024/25, Previous
    Q4 2023/24 (no target: 2023/24) and the same time last year Q1 2023/24;
    and the complaints comment says the figure under 'Latest (Aug 24)' is
    July's, so it and its Red are Jul 2024. 'Awaited' is ENV03's August
    text, with no rating. The temporary accommodation row has '-' for its
    target and 'Data only' for its rating: neither. The new abandoned vehicle
    measure has no August 2023 figure. Polarity from 'Good is'; no unit
    column (names carry '(%)' and '(seconds)').
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Gravesham Borough Council")
    sheet["A2"] = "Performance Digest \u2013 Housing, Customer and Environment Services"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Overview and Scrutiny Committee, 1 October 2024. Figures are the latest available "
        "at the time of writing; the month each column covers is shown in its heading."
    )
    sheet["A3"].font = Font(italic=True)
    put_row(sheet, 5, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    row = FIRST
    for item in ROWS:
        if isinstance(item, str):
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True)
            fill(sheet, f"A{row}", SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, good, latest, previous, last_year, target, rag, trend, comment, periods = item
        put_row(sheet, row, 1, [ref, name, good, latest, previous, last_year, target, rag,
                                trend, comment])  # fmt: skip
        if rag in FILLS:
            fill(sheet, f"H{row}", FILLS[str(rag)])
        labels = periods if isinstance(periods, tuple) else MONTHS
        goal = float(target) if isinstance(target, int | float) else None
        code, measure = str(ref), str(name).removesuffix(" \u00b9")
        for k, (label, value) in enumerate(zip(labels, (latest, previous, last_year), strict=True)):
            if value is None:
                continue
            this_year = not label.endswith(("2023", "2023/24"))
            exp.observations.append(
                Obs(
                    code,
                    measure,
                    label,
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal if this_year else None,
                    RAG.get(str(rag)) if k == 0 else None,
                )
            )
        exp.add_meta(code, measure, POLARITY[str(good)], None)
        row += 1
    for j, line in enumerate(NOTES):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in zip("ABCDEFGHIJ", (8, 56, 8, 12, 12, 15, 10, 10, 11, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C6"
    save(book, path)
    return exp

"""Themed sections under merged headings, a 'Theme total' row after each, a RAG-count summary below."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Rag, merge, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
BAND = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# theme, [(ref, indicator, Q1, Q2, target, RAG at Q2)]
THEMES: tuple[tuple[str, tuple[tuple[str, str, float | None, float, float, str], ...]], ...] = (
    ("Theme 1: A thriving local economy", (
        ("EC1", "Business rates collected in year (%)", 30.2, 57.9, 57.0, "Green"),
        ("EC2", "Working-age residents claiming out-of-work benefits (%)", 3.9, 4.1, 3.8, "Amber"),
        ("EC3", "Town centre ground-floor vacancy rate (%)", 14.6, 15.9, 12.0, "Red"),
        ("EC4", "Apprenticeships started with council suppliers", 18.0, 41.0, 40.0, "Green"),
        ("EC5", "Footfall in the town centre (weekly average, thousands)", 61.2, 66.8, 62.0, "Green"),
    )),
    ("Theme 2: Healthy and safe communities", (
        ("HS1", "Adults physically active for 150+ minutes a week (%)", 63.1, 64.0, 65.0, "Amber"),
        ("HS2", "Leisure centre visits", 212400.0, 228950.0, 210000.0, "Green"),
        ("HS3", "Anti-social behaviour incidents reported to the council", 812.0, 905.0, 850.0, "Amber"),
        ("HS4", "Domestic abuse cases reviewed at MARAC within 28 days (%)", 96.0, 97.5, 95.0, "Green"),
        ("HS5", "Food premises inspections completed on time (%)", 78.0, 71.4, 90.0, "Red"),
        ("HS6", "Disabled facilities grants completed", None, 37.0, 35.0, "Green"),
    )),
    ("Theme 3: A greener borough", (
        ("GB1", "Household waste reused, recycled or composted (%)", 49.8, 51.2, 50.0, "Green"),
        ("GB2", "Council carbon emissions (tonnes CO2e, quarter)", 1840.0, 1612.0, 1700.0, "Green"),
        ("GB3", "Trees planted (cumulative)", 0.0, 0.0, 1500.0, "Amber"),
        ("GB4", "Fly-tipping incidents", 388.0, 447.0, 400.0, "Red"),
        ("GB5", "Council fleet that is electric or hybrid (%)", 21.0, 24.0, 25.0, "Amber"),
    )),
)  # fmt: skip

# The previous report's counts, quoted for comparison in the summary table.
Q1_COUNTS = {"Green": 7, "Amber": 5, "Red": 3}


def _counts(rags: list[str]) -> dict[str, int]:
    return {word: rags.count(word) for word in RAG}


def build(path: Path) -> Expected:
    """Imitates a corporate plan report laid out in themes with totals after each.

    Councils that report by corporate-plan theme head each theme with a
    merged, shaded row, and close it with a 'Theme total: 5 indicators - 3
    Green, 1 Amber, 1 Red' row typed in the indicator column. Under the
    table an 'Overall position' summary counts the ratings in the figure
    columns: Q1's counts (from the last report) under 'Q1 2024/25' and Q2's
    under 'Q2 2024/25'. Headings, totals and counts are not indicators. A
    reader takes each indicator's two quarters with the target and Q2's RAG;
    one measure started in Q2.
    """
    book, sheet = new_book("Q2 Report")
    title(sheet, "A1", "Corporate Plan 2023-2027: Performance Report, Quarter 2 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Indicator", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    row = 4
    every: list[str] = []
    for theme, rows in THEMES:
        merge(sheet, f"A{row}:F{row}", theme)
        sheet[f"A{row}"].fill = BAND
        row += 1
        for ref, name, q1, q2, target, rag in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, target, rag])
            exp.observations += observed(ref, name, QUARTERS, (q1, q2), target, RAG[rag])
            if name.endswith("(%)"):
                exp.add_meta(ref, name, None, "%")
            row += 1
        rags = [r[-1] for r in rows]
        every += rags
        count = _counts(rags)
        total = (
            f"Theme total: {len(rows)} indicators \u2013 {count['Green']} Green, "
            f"{count['Amber']} Amber, {count['Red']} Red"
        )
        sheet.cell(row=row, column=2, value=total).font = Font(bold=True, italic=True)
        row += 2
    merge(sheet, f"A{row}:F{row}", "Overall position (all themes)")
    row += 1
    put_row(sheet, row, 2, ["RAG status", *QUARTERS], bold=True)
    row += 1
    overall = _counts(every)
    for word in RAG:
        put_row(sheet, row, 2, [word, Q1_COUNTS[word], overall[word]])
        row += 1
    put_row(sheet, row, 2, ["Total", sum(Q1_COUNTS.values()), len(every)], bold=True)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp

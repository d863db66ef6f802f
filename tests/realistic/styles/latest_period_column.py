"""A snapshot with one row per indicator: 'Latest data' | 'Period' | 'Previous' | 'Previous period' cells."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# period as written in the cell -> as the app labels it
LABEL = {
    "Q2 2024/25": "Q2 2024/25",
    "Q1 2024/25": "Q1 2024/25",
    "Sep 2024": "Sep 2024",
    "Aug 2024": "Aug 2024",
    "Jul 2024": "Jul 2024",
    "2023/24": "2023/24",
    "2022/23": "2022/23",
    "2023 (calendar year)": "2023",
    "2022 (calendar year)": "2022",
    "2022/23 (academic year)": "2022/23 (AY)",
    "2021/22 (academic year)": "2021/22 (AY)",
    "Jul-Sep 2024": "Q2 2024/25",
    "Apr-Jun 2024": "Q1 2024/25",
    "Q4 2023/24": "Q4 2023/24",
}

# ref, indicator, latest, its period, previous, its period, England, status, trend
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Calls to the contact centre answered within 60 seconds (%)", 81.4, "Sep 2024", 78.9, "Aug 2024", None, "Green", "Better"),
    ("HS02", "Households in temporary accommodation", 412, "Q2 2024/25", 398, "Q1 2024/25", None, "Red", "Worse"),
    ("ENV03", "Household waste sent for reuse, recycling or composting (%)", 41.2, "2023/24", 40.6, "2022/23", 41.7, "Amber", "Better"),
    ("PH04", "Smoking prevalence in adults aged 18+ (%)", 12.1, "2023 (calendar year)", 13.4, "2022 (calendar year)", 11.6, "Amber", "Better"),
    ("ED05", "Pupils achieving grade 4 or above in English and maths at GCSE (%)", 66.3, "2022/23 (academic year)", 68.9, "2021/22 (academic year)", 65.1, "Green", "Worse"),
    ("ASC06", "Older people still at home 91 days after discharge into reablement (%)", 83.5, "2023/24", 80.2, "2022/23", 83.8, "Amber", "Better"),
    ("CS07", "Stage 1 complaints responded to within 10 working days (%)", 74.0, "Jul-Sep 2024", 69.0, "Apr-Jun 2024", None, "Red", "Better"),
    ("PL08", "Major planning applications decided within 13 weeks or agreed time (%)", 92.0, "Q1 2024/25", 88.0, "Q4 2023/24", 90.0, "Green", "Better"),
    ("CR09", "Anti-social behaviour incidents reported to the police", 311, "Aug 2024", 356, "Jul 2024", None, None, "Better"),
    ("HR10", "Employee engagement index (%)", 64.0, "2023/24", None, "n/a - new survey", None, None, None),
)  # fmt: skip

HEADER = (
    "Ref",
    "Indicator",
    "Latest data",
    "Period",
    "Previous",
    "Previous period",
    "England",
    "Status",
    "Trend",
)


def build(path: Path) -> Expected:
    """Imitates a corporate 'state of the borough' snapshot for an overview committee.

    Snapshot dashboards give each indicator one row with its latest figure
    and the period that figure is for typed in the next cell, because the
    indicators come from sources on different timetables: monthly contact
    centre figures, quarterly returns, annual statistics by financial year,
    public health figures by calendar year, exam results by academic year.
    A 'Previous' figure and its 'Previous period' sit beside them, then an
    England comparator, a Status for the latest figure and a Trend word. A
    careful reader dates each figure by its own period cell: 'Jul-Sep 2024'
    is the council's Q2 2024/25, '2023 (calendar year)' is 2023, an academic
    year is labelled as one. The employee survey is new, so it has no
    previous figure. England is a comparator; the Trend is not a figure.
    """
    book, sheet = new_book("Snapshot")
    title(sheet, "A1", "State of the Borough - Key Indicators Snapshot (October 2024)")
    sheet["A2"] = "Each figure is the latest published; the period it covers is shown beside it."
    put_row(sheet, 4, 1, list(HEADER), bold=True)
    exp = Expected([])
    for i, row in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, list(row))
        ref, name, latest, period, prev, prev_period, _england, status, _trend = row
        code, nm = str(ref), str(name)
        if prev is not None:
            exp.observations.append(Obs(code, nm, LABEL[str(prev_period)], float(str(prev))))
        exp.observations.append(
            Obs(code, nm, LABEL[str(period)], float(str(latest)), None, None, RAG.get(str(status)))
        )
    foot = 6 + len(ROWS)
    sheet.cell(row=foot, column=1, value="Status compares the latest figure with its target.")
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Sources: contact centre telephony, H-CLIC, Defra, OHID, DfE, ASCOF, DLUHC PS1/2, "
        "police.uk, staff survey.",
    )
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["D"].width = 24
    sheet.column_dimensions["F"].width = 24
    save(book, path)
    return exp

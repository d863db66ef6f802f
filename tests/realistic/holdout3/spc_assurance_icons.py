"""NHS-style integrated performance report: monthly columns, a target, SPC 'Variation' and 'Assurance' words."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, new_book, observed, put_row, save, title

HEADINGS = ("Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24")
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")

# metric, lead organisation, target (None: none set), six months (None: not yet reported),
# variation, assurance
ROWS: tuple[tuple[str, str, float | None, tuple[float | None, ...], str, str], ...] = (
    ("A&E: patients admitted, transferred or discharged within 4 hours (%)", "Acute trust", 78.0,
     (72.1, 73.4, 74.0, 71.8, 73.9, 75.2), "Common cause variation", "Consistently failing"),
    ("Ambulance category 2 mean response time (minutes)", "Ambulance trust", 30.0,
     (34.2, 31.5, 29.8, 28.6, 30.9, 33.1), "Common cause variation", "Hit and miss"),
    ("Cancer: 28-day faster diagnosis standard (%)", "Acute trust", 77.0,
     (74.8, 78.2, 76.9, 79.4, 77.1, 80.2), "Common cause variation", "Hit and miss"),
    ("Elective: patients waiting more than 65 weeks", "Acute trust", 0.0,
     (412.0, 366.0, 301.0, 248.0, 190.0, 143.0), "Special cause improvement", "Consistently failing"),
    ("Dementia diagnosis rate, aged 65+ (%)", "ICB", 66.7,
     (67.1, 67.5, 67.9, 68.2, 68.4, 68.9), "Special cause improvement", "Consistently passing"),
    ("Talking Therapies: people finishing a course of treatment", "Mental health trust", 1150.0,
     (1094.0, 1187.0, 1032.0, 1201.0, 1119.0, None), "Common cause variation", "Hit and miss"),
    ("Patients with no criteria to reside (daily average)", "Acute trust", None,
     (96.0, 101.0, 109.0, 118.0, 124.0, 131.0), "Special cause concern", "No target"),
    ("Adults discharged to their usual place of residence (%)", "Acute trust", 93.0,
     (92.6, 93.4, 92.9, 93.1, 92.2, 93.0), "Common cause variation", "Hit and miss"),
    ("Children and young people with at least one mental health contact (rolling 12 months)",
     "ICB", 9800.0, (9412.0, 9508.0, 9573.0, 9690.0, 9702.0, 9811.0), "Special cause improvement",
     "Consistently failing"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an integrated performance report (IPR) summary taken to a health and wellbeing board.

    NHS organisations report with statistical process control (the 'Making
    Data Count' approach) instead of RAG: each metric shows its months, a
    target, and two SPC judgements in words where the board pack has icons:
    'Variation' (special cause improvement or concern, common cause) and
    'Assurance' (consistently passing, hit and miss, consistently failing,
    no target). There is no RAG column: the SPC words are not ratings, so a
    reader records no RAG. The target applies to every month; one metric has
    none and one month is not yet reported.
    """
    book, sheet = new_book("IPR summary")
    title(
        sheet,
        "A1",
        "Integrated Performance Report - Place summary for the Health and Wellbeing Board",
    )
    sheet["A2"] = (
        "Data to end of September 2024. Variation and assurance icons follow NHS England 'Making Data Count'."
    )
    header = ["Metric", "Lead organisation", "Target", *HEADINGS, "Variation", "Assurance"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for r, (name, lead, target, months, variation, assurance) in enumerate(ROWS):
        put_row(sheet, 5 + r, 1, [name, lead, target, *months, variation, assurance])
        exp.observations += observed(None, name, MONTHS, months, target)
        if name.endswith("(%)"):
            exp.add_meta(None, name, None, "%")
    sheet.column_dimensions["A"].width = 70
    sheet.column_dimensions["J"].width = 26
    sheet.column_dimensions["K"].width = 22
    save(book, path)
    return exp

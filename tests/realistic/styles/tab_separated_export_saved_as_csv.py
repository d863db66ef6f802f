"""A wide quarterly scorecard copied out of a system as tab-separated text and saved with a .csv name."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, observed

PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
WIDTH = 8

# A 1-tuple is a section row. Otherwise: ref, indicator, Q1, Q2, Q3 (as displayed), target, RAG, comment
ROWS: tuple[tuple[str, ...], ...] = (
    ("Housing and Communities",),
    ("HC 01", "Households prevented from becoming homeless or relieved", "312", "298", "335", "300", "Green", ""),
    ("HC 02", "Households in temporary accommodation (snapshot)", "187", "203", "221", "180", "Red", "Rising demand, see Cabinet report 14 Jan"),
    ("HC 03", "Average days to relet standard council homes", "34.2", "31.8", "29.5", "28", "Amber", ""),
    ("HC 04", "Disabled facilities grants completed within 6 months", "71.4%", "76.0%", "", "80%", "Amber", "Q3 not yet validated"),
    ("HC 05", "Affordable homes delivered", "46", "38", "52", "", "", "Monitoring only"),
    ("Place and Environment",),
    ("PE 01", "Major planning applications determined in time", "92.3%", "88.9%", "100.0%", "90%", "Green", ""),
    ("PE 02", "Minor planning applications determined in time", "81.2%", "78.4%", "74.9%", "85%", "Red", "Two vacant planning officer posts"),
    ("PE 03", "Household waste recycled and composted", "55.1%", "53.8%", "n/a", "52%", "", "Quarter in arrears"),
    ("PE 04", "Missed bin collections per 100,000", "38", "42", "47", "50", "Green", ""),
    ("PE 05", "Fly-tips removed within 3 working days", "94.6%", "95.1%", "96.3%", "95%", "Green", ""),
    ("Resources",),
    ("RS 01", "Council tax collected in year", "29.6%", "57.4%", "84.7%", "85.0%", "Amber", "Cumulative"),
    ("RS 02", "Business rates collected in year", "31.2%", "59.0%", "86.1%", "84.5%", "Green", "Cumulative"),
    ("RS 03", "New benefit claims processed (average days)", "19.4", "17.2", "16.8", "18", "Green", ""),
    ("RS 04", "Working days lost to sickness per FTE (rolling year)", "10.1", "9.7", "9.9", "8.5", "Red", ""),
    ("RS 05", "Freedom of Information requests answered within 20 working days", "88.0%", "91.5%", "TBC", "90%", "", "System migration"),
    ("RS 06", "Customer calls answered", "12,408", "11,935", "13,112", "", "", ""),
)  # fmt: skip


def _value(text: str) -> object:
    """What a reader takes from a displayed figure: '71.4%' is 71.4 points, '12,408' is 12408."""
    if not text:
        return None
    bare = text.rstrip("%").replace(",", "")
    try:
        return float(bare)
    except ValueError:
        return text


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard copied out of its performance system.

    Officers in smaller districts often take the Cabinet scorecard by
    selecting the grid in the system's web view (Pentana/InPhase-style) and
    pasting it into Notepad, then 'Save as' with a .csv name so that the
    committee system accepts it. What is saved is tab-separated UTF-8 text
    with the figures as displayed ('71.4%', '12,408'), two title lines and a
    blank line above the headings (each padded with tabs across the copied
    width), section rows with only their name, and 'Q1 2024/25'..'Q3
    2024/25', 'Target 2024/25', RAG and Comments columns.

    A careful reader splits on tabs, takes percentages in points and counts
    without their separators, gives the single target to every quarter and
    the RAG to the latest figure in the row (the DFG row's RAG falls to Q2,
    Q3 being blank). 'n/a' and 'TBC' are Q3 texts, unrated. Monitoring-only
    rows have no target. No unit or polarity column.
    """
    lines: list[list[str]] = [
        ["Corporate Performance Scorecard 2024/25 \u2013 Quarter 3 (October to December 2024)"],
        ["Cabinet, 11 February 2025 \u2013 Appendix A"],
        [],
        ["Ref", "Indicator", *PERIODS, "Target 2024/25", "RAG", "Comments"],
    ]
    exp = Expected([])
    for entry in ROWS:
        if len(entry) == 1:
            lines.append([entry[0]])
            continue
        ref, name, q1, q2, q3, target, rag, _comment = entry
        lines.append(list(entry))
        goal = _value(target)
        exp.observations += observed(
            ref,
            name,
            PERIODS,
            [_value(q1), _value(q2), _value(q3)],
            goal if isinstance(goal, float) else None,
            RAG.get(rag),
        )
    lines.append([])
    lines.append(
        ["RAG: Green on or better than target; Amber within 5%; Red more than 5% from target."]
    )
    text = "\r\n".join("\t".join(cells + [""] * (WIDTH - len(cells))) for cells in lines)
    path.write_text(text + "\r\n", encoding="utf-8", newline="")
    return exp

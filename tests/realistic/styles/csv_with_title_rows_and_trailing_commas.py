"""A scorecard sheet saved from Excel as CSV: title lines, then the table, every line padded with commas."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
PERIODS = ("Q1 2024/25", "Q2 2024/25")
WIDTH = 23  # the sheet's used range ran to column W

# A 1-tuple is a service row. Otherwise, as Excel wrote the cells: ref, measure, unit, Q1, Q2,
# target, RAG (Q2), comment. Percentages shown with '%', counts with thousands separators.
ROWS: tuple[tuple[str, ...], ...] = (
    ("Environment and Waste",),
    ("EW01", "Household waste sent for reuse, recycling and composting", "%", "44.8%", "46.2%",
     "47%", "Amber", "Garden waste tonnage lower after the dry August"),
    ("EW02", "Residual household waste per household", "kg", "121", "118", "115", "Amber", ""),
    ("EW03", "Missed bin collections", "Number", "1,284", "1,067", "1,200", "Green",
     "New in-cab system from June"),
    ("EW04", "Fly-tipping incidents cleared within 3 working days", "%", "91%", "88%", "95%",
     "Red", "Two crews off for six weeks, agency cover from September"),
    ("EW05", "Fixed penalty notices issued for littering", "Number", "412", "538", "", "",
     "Information only"),
    ("Housing and Planning",),
    ("HP01", "Major planning applications determined within 13 weeks or agreed time", "%",
     "87.5%", "100%", "80%", "Green", ""),
    ("HP02", "Minor planning applications determined within 8 weeks or agreed time", "%", "79%",
     "74.6%", "80%", "Amber", ""),
    ("HP03", "Households in temporary accommodation (snapshot)", "Number", "187", "203", "170",
     "Red", "Includes 24 households in B&B, 6 for over 6 weeks"),
    ("HP04", "Homelessness cases prevented or relieved", "%", "58%", "61%", "55%", "Green", ""),
    ("HP05", "Disabled Facilities Grants completed", "Number", "38", "n/a", "150", "",
     "Q2 figure delayed, case system migration"),
    ("HP06", "Net additional homes (cumulative)", "Number", "214", "497", "1,050", "Amber",
     "Annual target 1,050"),
    ("Resources",),
    ("RE01", "Council tax collected (cumulative)", "%", "29.1%", "56.4%", "57.0%", "Amber", ""),
    ("RE02", "Business rates collected (cumulative)", "%", "31.8%", "58.9%", "58.5%", "Green", ""),
    ("RE03", "Average days to process new Housing Benefit claims", "Days", "19.2", "17.8", "18",
     "Green", ""),
    ("RE04", "Council tax arrears collected", "\u00a3", "\u00a3412,380", "\u00a3795,112",
     "\u00a3750,000", "Green", "Cumulative"),
    ("RE05", "Working days lost to sickness per FTE (rolling 12 months)", "Days", "9.4", "9.9",
     "8.5", "Red", "Long-term absence in waste and street cleansing"),
    ("RE06", "Customer calls answered", "%", "82%", "", "90%", "Red",
     "Q2 figure not yet available; telephony upgrade"),
)  # fmt: skip


def _pad(cells: list[str]) -> list[str]:
    return cells + [""] * (WIDTH - len(cells))


def _number(text: str) -> float | None:
    """A figure as the reader takes it: '1,284' is 1284, '44.8%' is 44.8 points, '\u00a3412,380' is 412380."""
    clean = text.replace(",", "").replace("%", "").replace("\u00a3", "")
    try:
        return float(clean)
    except ValueError:
        return None


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard sheet saved from Excel as 'CSV UTF-8'.

    An officer keeps the Corporate Performance Report in a workbook and
    sends the Overview and Scrutiny Committee clerk a 'CSV UTF-8 (Comma
    delimited)' copy for the committee system: so it starts with a byte
    order mark, the sheet's title lines come first ('Performance Report',
    'Quarter 2 2024/25', the council's name, a blank line), then the
    heading row (Ref, Measure, Unit, 'Q1 2024/25', 'Q2 2024/25',
    'Target 2024/25', RAG, Comments) and service rows, and every line
    carries commas out to column W because the sheet's used range was
    wider than the table (a stray format on an empty column). Excel wrote
    the displayed text: percentages as '44.8%', counts as quoted '1,284',
    money as '\u00a3412,380'. A footer line under the table.

    A careful reader takes '44.8%' as 44.8 points, '1,284' as 1284 and
    '\u00a3412,380' as 412380; the single target applies to both quarters
    and the RAG to Q2 (or to Q1 where Q2 is blank); 'n/a' is HP05's Q2
    text. The Unit column states units.
    """
    exp = Expected([])
    lines: list[list[str]] = [
        _pad(["Performance Report"]),
        _pad(["Quarter 2 2024/25"]),
        _pad(["Northfield District Council \u2013 Overview and Scrutiny Committee, 14 November 2024"]),
        _pad([]),
        _pad(["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG",
              "Comments"]),
    ]  # fmt: skip
    units = {"%": "%", "Number": "number", "Days": "days", "kg": "kg", "\u00a3": "\u00a3"}
    for spec in ROWS:
        if len(spec) == 1:
            lines.append(_pad([spec[0]]))
            continue
        ref, name, unit, q1, q2, target, rag, _comment = spec
        lines.append(_pad(list(spec)))
        exp.add_meta(ref, name, None, units[unit])
        given = [(p, v) for p, v in zip(PERIODS, (q1, q2), strict=True) if v]
        for period, value in given:
            figure = _number(value)
            exp.observations.append(
                Obs(
                    ref,
                    name,
                    period,
                    figure,
                    None if figure is not None else value,
                    _number(target) if target else None,
                    RAG[rag] if rag and period == given[-1][0] else None,
                )
            )
    lines += [
        _pad([]),
        _pad(["RAG: Green on or above target, Amber within 5% of target, Red more than 5% off "
              "target. Figures provisional until year end."]),
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(lines)
    return exp

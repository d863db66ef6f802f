"""Power BI 'Export data' (CSV): long rows with period_start/period_end and a mixed frequency column."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag | None] = {"Red": "red", "Amber": "amber", "Green": "green", "": None}

# measure_id, measure_name, frequency, unit, polarity, [(start, end, value, target, rag)]
MEASURES: tuple[tuple[object, ...], ...] = (
    ("ENV_REC_01", "Household waste sent for reuse, recycling or composting", "Quarterly", "%",
     "Higher is better",
     ((dt.date(2024, 4, 1), dt.date(2024, 6, 30), 47.2, 50.0, "Amber"),
      (dt.date(2024, 7, 1), dt.date(2024, 9, 30), 51.3, 50.0, "Green"))),
    ("ENV_MISSED_02", "Missed bin collections per 100,000 collections", "Monthly", "rate",
     "Lower is better",
     ((dt.date(2024, 4, 1), dt.date(2024, 4, 30), 62.0, 50.0, "Red"),
      (dt.date(2024, 5, 1), dt.date(2024, 5, 31), 48.0, 50.0, "Green"),
      (dt.date(2024, 6, 1), dt.date(2024, 6, 30), 53.0, 50.0, "Amber"))),
    ("CUS_CALLS_03", "Calls to the contact centre answered within 60 seconds", "Monthly", "%",
     "Higher is better",
     ((dt.date(2024, 4, 1), dt.date(2024, 4, 30), 71.5, 80.0, "Red"),
      (dt.date(2024, 5, 1), dt.date(2024, 5, 31), 78.9, 80.0, "Amber"),
      (dt.date(2024, 6, 1), dt.date(2024, 6, 30), 82.4, 80.0, "Green"))),
    ("HOU_TEMP_04", "Households in temporary accommodation", "Annual", "number", "Lower is better",
     ((dt.date(2022, 4, 1), dt.date(2023, 3, 31), 214.0, None, ""),
      (dt.date(2023, 4, 1), dt.date(2024, 3, 31), 251.0, 220.0, "Red"))),
)  # fmt: skip

POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}


def _label(frequency: str, start: dt.date) -> str:
    fy = start.year if start.month >= 4 else start.year - 1
    if frequency == "Annual":
        return f"{fy}/{(fy + 1) % 100:02d}"
    if frequency == "Quarterly":
        return f"Q{(start.month - 4) % 12 // 3 + 1} {fy}/{(fy + 1) % 100:02d}"
    return start.strftime("%b %Y")


def build(path: Path) -> Expected:
    """Imitates the CSV a Power BI report gives from a table visual's 'Export data'.

    Council Power BI performance reports sit on a long fact table; exporting
    the visual gives snake_case column names, ISO dates for period_start and
    period_end, a frequency column mixing Monthly, Quarterly and Annual rows,
    the value and target as bare numbers, and an empty rag_status where no
    target was set. Rows come out in the visual's sort order, not by period.
    """
    exp = Expected([])
    rows: list[list[object]] = []
    for mid, name, freq, unit, polarity, points in MEASURES:
        assert isinstance(points, tuple)
        for start, end, value, target, rag in points:
            rows.append([mid, name, freq, start.isoformat(), end.isoformat(), value,
                         "" if target is None else target, rag, unit, polarity])  # fmt: skip
            exp.observations.append(
                Obs(str(mid), str(name), _label(str(freq), start), value, None, target, RAG[rag])
            )
        exp.add_meta(str(mid), str(name), POLARITY[str(polarity)], str(unit))
    rows.sort(key=lambda r: (str(r[1]), str(r[3])), reverse=True)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["measure_id", "measure_name", "frequency", "period_start", "period_end",
                         "value", "target", "rag_status", "unit", "polarity"])  # fmt: skip
        writer.writerows(rows)
    return exp

"""Generated scorecards and stores of a chosen size, for the benchmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

PORTFOLIOS = ("Children's Services", "Adult Social Care", "Place and Environment", "Resources")
HEADER = (
    "Portfolio", "Service", "Ref", "Indicator", "Good is", "Period",
    "Numerator", "Denominator", "Actual", "Target", "RAG", "England", "Commentary",
)  # fmt: skip


def quarter_labels(count: int, first_year: int = 2015) -> list[str]:
    labels = []
    for i in range(count):
        year = first_year + i // 4
        labels.append(f"Q{i % 4 + 1} {year}/{str(year + 1)[-2:]}")
    return labels


def rows(indicators: int, periods: int) -> list[tuple[object, ...]]:
    """Deterministic long-layout rows: one per indicator per quarter."""
    out: list[tuple[object, ...]] = []
    labels = quarter_labels(periods)
    for i in range(indicators):
        portfolio = PORTFOLIOS[i % len(PORTFOLIOS)]
        service = f"Service {i % 25 + 1}"
        higher = i % 3 != 0
        target = 60.0 + (i % 30)
        for p, label in enumerate(labels):
            denominator = 40 + (i * 7 + p * 3) % 160
            numerator = round(denominator * ((35 + (i * 13 + p * 11) % 60) / 100))
            actual = round(100.0 * numerator / denominator, 1)
            ok = actual >= target if higher else actual <= target
            rag = "Green" if ok else ("Amber" if abs(actual - target) <= target / 10 else "Red")
            out.append(
                (
                    portfolio,
                    service,
                    f"KPI{i + 1:05d}",
                    f"Measure number {i + 1} of service delivery",
                    "High" if higher else "Low",
                    label,
                    numerator,
                    denominator,
                    actual,
                    target,
                    rag,
                    round(actual + 2.5, 1),
                    "Performance reviewed monthly." if rag == "Red" else None,
                )
            )
    return out


# A sheet holds at most this many rows of figures: the reader refuses a sheet of over 200,000
# rows, so a larger scorecard is written as several sheets, each with its own heading.
SHEET_ROWS = 150_000


def write_xlsx(path: Path, indicators: int, periods: int) -> int:
    """Write a long-layout scorecard; return the number of observations."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    data = rows(indicators, periods)
    per_sheet = max(periods, SHEET_ROWS // periods * periods)  # an indicator stays on one sheet
    for n, first in enumerate(range(0, len(data), per_sheet), start=1):
        ws = wb.create_sheet("Scorecard" if n == 1 else f"Scorecard {n}")
        ws.append(["Generated performance scorecard"])
        ws.append([f"Produced {dt.date(2025, 1, 1).isoformat()}"])
        ws.append(list(HEADER))
        for row in data[first : first + per_sheet]:
            ws.append(list(row))
    wb.save(path)
    return len(data)

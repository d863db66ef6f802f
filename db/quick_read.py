"""What the window's first paint shows, read with sqlite3 alone.

Importing SQLAlchemy and the models takes longer than reading a few thousand indicators, so
the first paint reads the stored analysis through these few statements instead; they are the
statements ``db.queries`` builds for the same answers (a test compiles those and compares the
text), and give the same records.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.records import (
    AnalysisRecord,
    IndicatorRecord,
    ObservationRecord,
    PeriodRecord,
    SummaryRecord,
)

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[str | int, ...]:
    """Sort key that orders digit runs by value: "CS2" before "CS10", letters case-blind."""
    parts = _DIGITS.split(text.strip())
    # even positions are text, odd positions digits, so tuples always compare like with like
    return tuple(int(part) if i % 2 else part.casefold() for i, part in enumerate(parts))


def export_order_key(
    portfolio: str | None, portfolio_position: int, code: str | None, name: str, ident: int
) -> tuple[Any, ...]:
    """Export order: portfolio (position, name; none last), then code (natural) or name."""
    place = (1, 0, "") if portfolio is None else (0, portfolio_position, portfolio.casefold())
    return (*place, natural_key(code or name), natural_key(name), ident)


# Each indicator with its stored analysis and the observation of its latest period.
SUMMARY_SQL = (
    "SELECT indicator.id, indicator.code, indicator.name, portfolio.name AS name_1, "
    "service.name AS name_2, indicator.polarity, indicator.unit, indicator.description, "
    "indicator.owner, indicator.exempt, indicator.tolerance_mode, indicator.tolerance_amber, "
    "indicator.band_low, indicator.band_high, portfolio.position, "
    "service.position AS position_1, indicator.position AS position_2, "
    "indicator_analysis.version, indicator_analysis.tolerance, "
    "indicator_analysis.latest_period_id, indicator_analysis.rag_computed, "
    "indicator_analysis.rag_latest, indicator_analysis.direction_previous, "
    "indicator_analysis.direction_last_year, indicator_analysis.red_streak, "
    "indicator_analysis.flag_rules, indicator_analysis.flags_json, "
    "indicator_analysis.commentary, indicator_analysis.last_text, observation.id AS id_1, "
    "observation.period_id, observation.actual, observation.actual_text, observation.target, "
    "observation.numerator, observation.denominator, observation.rag, "
    "observation.direction_text, observation.commentary AS commentary_1, "
    "observation.source_file, observation.source_sheet, observation.source_cell, "
    "observation.import_id \n"
    "FROM indicator LEFT OUTER JOIN portfolio ON portfolio.id = indicator.portfolio_id "
    "LEFT OUTER JOIN service ON service.id = indicator.service_id "
    "LEFT OUTER JOIN indicator_analysis ON indicator_analysis.indicator_id = indicator.id "
    "LEFT OUTER JOIN observation ON observation.indicator_id = indicator.id "
    "AND observation.period_id = indicator_analysis.latest_period_id"
)
OPEN_QUESTIONS_SQL = (
    "SELECT question.indicator_id, count(question.id) AS count_1 \n"
    "FROM question \n"
    "WHERE (question.status NOT IN ('answered', 'withdrawn')) GROUP BY question.indicator_id"
)
PERIODS_SQL = (
    'SELECT period.id, period.label, period.start, period."end", period.kind \n'
    'FROM period ORDER BY period.start, period."end", period.id'
)
OBSERVED_PERIODS_SQL = (
    "SELECT period.id \n"
    "FROM period \n"
    "WHERE EXISTS (SELECT observation.id \n"
    "FROM observation \n"
    "WHERE observation.period_id = period.id)"
)
SETTING_SQL = "SELECT value FROM setting WHERE key = ?"


def summaries_from_rows(
    rows: list[tuple[Any, ...]],
    periods: dict[int, PeriodRecord],
    open_questions: dict[int, int],
) -> list[SummaryRecord]:
    """SummaryRecords from rows of SUMMARY_SQL, in export order."""
    _in_export_order(rows)
    out: list[SummaryRecord] = []
    for row in rows:
        a, o = row[17:29], row[29:]
        analysis = None
        if a[0] is not None:
            rules = tuple(a[8].split())
            analysis = AnalysisRecord(
                a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], rules, a[9], a[10], a[11]
            )
        latest = None if o[0] is None else ObservationRecord(o[0], periods[o[1]], *o[2:])
        # positional, in IndicatorRecord's field order, as db.queries makes it
        indicator = IndicatorRecord(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
            bool(row[9]),
            row[10], row[11], row[12], row[13],
            (),
            open_questions.get(row[0], 0),
            row[14] or 0,
            row[15] or 0,
            row[16],
        )  # fmt: skip
        out.append(SummaryRecord(indicator, analysis, latest))
    return out


def _in_export_order(rows: list[tuple[Any, ...]]) -> None:
    """Sort rows of SUMMARY_SQL as export_order_key does, working out the key of a name
    only where the code (or name) before it does not already settle the order."""
    firsts: list[tuple[Any, ...]] = []
    for row in rows:
        portfolio = row[3]
        place = (1, 0, "") if portfolio is None else (0, row[14] or 0, portfolio.casefold())
        firsts.append((*place, natural_key(row[1] or row[2])))
    seen: dict[tuple[Any, ...], int] = {}
    for first in firsts:
        seen[first] = seen.get(first, 0) + 1
    keys = [
        (*first, natural_key(row[2]) if seen[first] > 1 else (), row[0])
        for first, row in zip(firsts, rows, strict=True)
    ]
    order = sorted(range(len(rows)), key=keys.__getitem__)
    rows[:] = [rows[i] for i in order]


@dataclass(frozen=True, slots=True)
class FirstPaint:
    """Everything the tree and the period list need, from one consistent snapshot."""

    summaries: list[SummaryRecord]
    periods: list[PeriodRecord]  # by start, end, id
    observed: set[int]  # ids of periods that some observation belongs to
    setting: str | None  # the setting asked for, None when never set


def read_first_paint(path: Path, setting_key: str, *, wait_seconds: float = 1.0) -> FirstPaint:
    """Read the store at ``path`` (at head) in one read transaction; raises sqlite3.Error."""
    conn = sqlite3.connect(path, timeout=wait_seconds, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")  # one snapshot for every statement below
        periods = [
            PeriodRecord(i, label, dt.date.fromisoformat(start), dt.date.fromisoformat(end), kind)
            for i, label, start, end, kind in conn.execute(PERIODS_SQL)
        ]
        by_id = {p.id: p for p in periods}
        open_questions = dict(conn.execute(OPEN_QUESTIONS_SQL).fetchall())
        summaries = summaries_from_rows(conn.execute(SUMMARY_SQL).fetchall(), by_id, open_questions)
        observed = {row[0] for row in conn.execute(OBSERVED_PERIODS_SQL)}
        found = conn.execute(SETTING_SQL, (setting_key,)).fetchone()
        conn.execute("COMMIT")
    finally:
        conn.close()
    return FirstPaint(summaries, periods, observed, None if found is None else str(found[0]))

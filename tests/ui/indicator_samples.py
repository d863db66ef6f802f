"""Hand-built catalogue.IndicatorView objects for the detail-pane and chart tests (no store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from db.records import IndicatorRecord, ObservationRecord, PeriodRecord
from desktop.analysis.types import Assessment, Enquiry, Flag, Rag
from desktop.catalogue import IndicatorView, to_series

QUARTER_STARTS = ((4, 1), (7, 1), (10, 1), (1, 1))
QUARTER_ENDS = ((6, 30), (9, 30), (12, 31), (3, 31))


def quarter(year: int, q: int, *, pid: int = 0) -> PeriodRecord:
    """Q1..Q4 of the financial year starting in April ``year``."""
    cal = year if q < 4 else year + 1
    start = dt.date(cal, *QUARTER_STARTS[q - 1])
    end = dt.date(cal, *QUARTER_ENDS[q - 1])
    label = f"Q{q} {year}/{str(year + 1)[2:]}"
    return PeriodRecord(id=pid, label=label, start=start, end=end, kind="quarter")


@dataclass
class Row:
    actual: float | None
    target: float | None = 80.0
    rag: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    commentary: str | None = None
    actual_text: str | None = None
    comparators: tuple[tuple[str, float], ...] = ()
    cell: str = "F12"


@dataclass
class Sample:
    rows: Sequence[Row]
    rag_computed: Sequence[Rag | None]
    code: str | None = "CS1"
    name: str = "Children seen within 10 working days"
    portfolio: str | None = "Children's Services"
    service: str | None = "Safeguarding"
    polarity: str = "higher_is_better"
    unit: str | None = "%"
    red_streak: int = 0
    direction_previous: str | None = None
    direction_last_year: str | None = None
    flags: tuple[Flag, ...] = ()
    enquiries: tuple[Enquiry, ...] = ()
    facts: tuple[str, ...] = ()
    band: tuple[float | None, float | None] = (None, None)
    slots: Sequence[int] | None = None  # quarter number from Q1 2023/24 for each row


def build(sample: Sample, *, indicator_id: int = 7) -> IndicatorView:
    observations = []
    for i, row in enumerate(sample.rows):
        slot = sample.slots[i] if sample.slots is not None else i
        period = quarter(2023 + (slot // 4), slot % 4 + 1, pid=i + 1)
        observations.append(
            ObservationRecord(
                id=i + 1,
                period=period,
                actual=row.actual,
                actual_text=row.actual_text,
                target=row.target,
                numerator=row.numerator,
                denominator=row.denominator,
                rag=row.rag,
                direction_text=None,
                commentary=row.commentary,
                source_file="scorecard.xlsx",
                source_sheet="Scorecard",
                source_cell=row.cell,
                import_id=1,
                comparators=row.comparators,
            )
        )
    record = IndicatorRecord(
        id=indicator_id,
        code=sample.code,
        name=sample.name,
        portfolio=sample.portfolio,
        service=sample.service,
        polarity=sample.polarity,
        unit=sample.unit,
        description=None,
        owner=None,
        exempt=False,
        tolerance_mode="percent",
        tolerance_amber=10.0,
        band_low=sample.band[0],
        band_high=sample.band[1],
        observations=tuple(observations),
    )
    numeric = [i for i, row in enumerate(sample.rows) if row.actual is not None]
    assessment = Assessment(
        key=str(indicator_id),
        rag_computed=tuple(sample.rag_computed),
        latest_index=numeric[-1] if numeric else None,
        direction_previous=sample.direction_previous,  # type: ignore[arg-type]
        direction_last_year=sample.direction_last_year,  # type: ignore[arg-type]
        red_streak=sample.red_streak,
        flags=sample.flags,
        enquiries=sample.enquiries,
        facts=sample.facts,
    )
    return IndicatorView(record=record, series=to_series(record), assessment=assessment)


def children_seen() -> IndicatorView:
    """Six quarters: a target change, a missing quarter, comparators, a small base at the end."""
    rows = [
        Row(82.0, 80.0, "green", 82, 100, "On track.", comparators=(("England", 78.0),)),
        Row(76.0, 80.0, "amber", 76, 100, cell="G12", comparators=(("England", 78.5),)),
        Row(None, 80.0, None, actual_text="*", cell="H12"),
        Row(61.0, 85.0, "red", 61, 100, cell="I12", comparators=(("England", 79.0),)),
        Row(58.0, 85.0, "red", 58, 100, cell="J12", comparators=(("England", 79.5),)),
        Row(
            50.0,
            85.0,
            "red",
            6,
            12,
            "Two social workers left; agency cover from June.",
            cell="K12",
            comparators=(("England", 80.0), ("Statistical neighbours", 76.0)),
        ),
    ]
    return build(
        Sample(
            rows=rows,
            rag_computed=("green", "amber", None, "red", "red", "red"),
            red_streak=3,
            direction_previous="worsening",
            direction_last_year="worsening",
            flags=(
                Flag(
                    "small_base", "Only 12 cases: one more or fewer changes the RAG.", "Q2 2024/25"
                ),
                Flag("target_changed", "The target rose from 80% to 85% in Q4 2023/24."),
            ),
            enquiries=(
                Enquiry("red_streak", "What is the recovery plan after three red quarters?"),
                Enquiry("small_base", "How many children does this figure cover?"),
            ),
            facts=("Red for 3 quarters in a row.", "Worst: 50% in Q2 2024/25."),
        )
    )


def plain_count() -> IndicatorView:
    """No target, no comparators, no polarity: only an actual line."""
    rows = [Row(120.0, None), Row(135.0, None), Row(128.0, None)]
    return build(
        Sample(
            rows=rows,
            rag_computed=(None, None, None),
            code=None,
            name="Contacts received",
            polarity="unknown",
            unit="number",
        ),
        indicator_id=9,
    )

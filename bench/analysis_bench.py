"""Analysis of 2,000 indicators x 20 periods, against building the same plain inputs."""

from __future__ import annotations

import datetime as dt

from bench.common import best_of, report
from desktop.analysis import assess
from desktop.analysis.types import Point, Series


def make_series(count: int = 2000, periods: int = 20) -> list[Series]:
    out = []
    for i in range(count):
        points = []
        for p in range(periods):
            year = 2015 + p // 4
            q = p % 4
            start = dt.date(year + (1 if q == 3 else 0), (4 + 3 * q - 1) % 12 + 1, 1)
            denominator = 40 + (i * 7 + p * 3) % 160
            numerator = round(denominator * ((35 + (i * 13 + p * 11) % 60) / 100))
            points.append(
                Point(
                    period_label=f"Q{q + 1} {year}/{str(year + 1)[-2:]}",
                    period_start=start,
                    period_end=start + dt.timedelta(days=89),
                    period_kind="quarter",
                    actual=round(100 * numerator / denominator, 1),
                    target=60.0 + i % 30,
                    numerator=numerator,
                    denominator=denominator,
                    rag_published="red" if p % 5 == 0 else None,
                    comparators={"England": 61.5},
                )
            )
        polarity = "higher_is_better" if i % 3 else "lower_is_better"
        out.append(Series(key=str(i), name=f"Measure {i}", polarity=polarity, points=tuple(points)))
    return out


def main() -> None:
    floor = best_of(make_series)
    series = make_series()
    elapsed = best_of(lambda: [assess(s) for s in series])
    report("analyse 2,000 x 20", elapsed, floor=floor, goal="well under 1 s")


if __name__ == "__main__":
    main()

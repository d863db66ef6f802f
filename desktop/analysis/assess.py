"""assess(): everything the analysis says about one series, in one pass."""

from __future__ import annotations

from collections.abc import Sequence

from .averages import average, whole_year, year_to_date
from .context import Context
from .enquiries import run_enquiries
from .facts import build_facts
from .flags import run_flags
from .history import fill_history, latest_numeric, red_run
from .numbers import finite
from .rag import RagsAsRead, compute_rags
from .timeline import PointIndex
from .trend import direction
from .types import Assessment, Rag, Series, Summary, make_summary


def build_context(series: Series, *, full: bool = True) -> Context:
    """Work out once what every rule reads: RAGs, the latest point, its neighbours, history.

    ``full=False`` leaves out what only the detail needs (best, worst, averages, comparator
    gaps): the flags and the red streak come out the same.
    """
    points = tuple(series.points)
    polarity, tolerance = series.polarity, series.tolerance
    computed: Sequence[Rag | None]
    effective: Sequence[Rag | None]
    if full:
        computed = compute_rags(points, polarity, tolerance)
        # effective_rag for every point, inline: this runs per observation
        effective = tuple(
            [
                c if p.rag_published is None else p.rag_published
                for p, c in zip(points, computed, strict=True)
            ]
        )
    else:  # the summary reads a few points' RAGs: each is worked out as it is read
        computed = worked_out = RagsAsRead(points, polarity, tolerance)
        effective = RagsAsRead(points, polarity, tolerance, worked_out)
    # finite for every point, inline: this runs per observation
    actuals = tuple(
        [a if type(a) is float and a - a == 0.0 else finite(a) for a in [p.actual for p in points]]
    )
    ctx = Context(series, points, PointIndex(points), computed, effective, actuals)
    ctx.latest = latest_numeric(points, actuals)
    if ctx.latest is None:
        return ctx
    latest = points[ctx.latest]
    ctx.previous = ctx.index.previous(ctx.latest)
    ctx.last_year = ctx.index.last_year(ctx.latest)
    if ctx.previous is not None:
        ctx.direction_previous = direction(
            latest, points[ctx.previous], polarity, tolerance=tolerance
        )
    if ctx.last_year is not None:
        ctx.direction_last_year = direction(
            latest, points[ctx.last_year], polarity, tolerance=tolerance
        )
    if not full:
        ctx.red_streak, _first = red_run(ctx, ctx.latest)
        return ctx
    fill_history(ctx)
    same_kind = ctx.index.up_to(ctx.latest)
    ctx.year_to_date = average(year_to_date(points, same_kind, ctx.latest), series.unit)
    ctx.whole_year = average(whole_year(points, same_kind, ctx.latest), series.unit)
    return ctx


def assess(series: Series) -> Assessment:
    """RAG per point, directions, streaks, averages, comparators, flags, enquiries and facts.

    Streaks and recoveries follow the latest's kind of period back through unbroken
    periods, rating each by its published RAG where given, else the computed one.
    `first_red` is where the latest run of reds began: the current run when the latest is
    red, else the most recent run before it. Comparator quartiles are not given: a
    comparator is an average of other areas, not a ranking, so no fair quartile follows.
    """
    ctx = build_context(series)
    flags = run_flags(ctx)
    best = _labelled(ctx, ctx.best)
    worst = _labelled(ctx, ctx.worst)
    return Assessment(
        key=series.key,
        rag_computed=tuple(ctx.computed),
        latest_index=ctx.latest,
        direction_previous=ctx.direction_previous,
        direction_last_year=ctx.direction_last_year,
        red_streak=ctx.red_streak,
        red_in_last=ctx.red_in_last,
        first_red=ctx.label(ctx.first_red) or None,
        recovered=ctx.recovered,
        year_to_date_average=None if ctx.year_to_date is None else ctx.year_to_date.value,
        whole_year_average=None if ctx.whole_year is None else ctx.whole_year.value,
        best=best,
        worst=worst,
        comparator_gaps=ctx.gaps,
        flags=flags,
        enquiries=run_enquiries(ctx, flags),
        facts=build_facts(ctx),
        rag_latest=None if ctx.latest is None else ctx.effective[ctx.latest],
    )


def summarise(series: Series) -> Summary:
    """What the tree and ``list --json`` show of a series: the part of assess() worth storing."""
    ctx = build_context(series, full=False)
    latest = ctx.latest
    return make_summary(
        series.key,
        latest,
        None if latest is None else ctx.computed[latest],
        None if latest is None else ctx.effective[latest],
        ctx.direction_previous,
        ctx.direction_last_year,
        ctx.red_streak,
        run_flags(ctx),
    )


def _labelled(ctx: Context, i: int | None) -> tuple[str, float] | None:
    if i is None:
        return None
    value = ctx.points[i].actual
    return None if value is None else (ctx.points[i].period_label, float(value))

"""Named sanity rules over a series; each gives a plain-English message and never raises."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from .base import SMALL_BASE, base_size, small_base
from .context import Context
from .numbers import finite, fmt_count, is_percent
from .rag import DIRECTIONAL, shortfall
from .timeline import NOMINAL_DAYS
from .types import Flag, Point
from .wording import period_noun, polarity_phrase

_COUNT_UNITS = frozenset({"number", "count", "no", "no.", "cases", "people", "children", "#"})


def _rag_mismatch(ctx: Context) -> list[Flag]:
    point = ctx.latest_point
    if point is None or ctx.latest is None:
        return []
    computed = ctx.computed[ctx.latest]
    published = point.rag_published
    if published is None or computed is None or published == computed:
        return []
    a, t = finite(point.actual), finite(point.target)
    why = _against_target(ctx, point, a, t)
    return [Flag("rag_mismatch", f"Published {published}, but {why}", point.period_label)]


def _against_target(ctx: Context, point: Point, a: float | None, t: float | None) -> str:
    polarity = ctx.series.polarity
    if a is None:
        return "the figure is missing."
    if polarity == "on_target":
        inside = "inside" if ctx.computed[ctx.latest or 0] == "green" else "outside"
        return f"{ctx.show(a)} is {inside} {_band(ctx)}."
    if t is None:
        return "there is no target to judge it by."
    short = shortfall(a, t, polarity) or 0.0
    versus = f"({ctx.show(a)} against {ctx.show(t)}, {polarity_phrase(polarity)})"
    if short <= 0:
        return f"it meets the target {versus}."
    if t == 0:
        return f"it is worse than target {versus}."
    share = short / abs(t) * 100
    return f"{share:.0f}% worse than target {versus}."


def _band(ctx: Context) -> str:
    low, high = finite(ctx.series.tolerance.band_low), finite(ctx.series.tolerance.band_high)
    if low is not None and high is not None:
        return f"the band {ctx.show(low)} to {ctx.show(high)}"
    if low is not None:
        return f"the band (at least {ctx.show(low)})"
    return f"the band (at most {ctx.show(high)})"


def _small_base(ctx: Context) -> list[Flag]:
    info = small_base(ctx)
    label = ctx.latest_point.period_label if ctx.latest_point else None
    if info is None:
        size = base_size(ctx)
        if size is None or size >= SMALL_BASE:
            return []
        message = f"Based on only {fmt_count(size)} cases, too few for a reliable rate."
        return [Flag("small_base", message, label)]
    if not (info.denominator < SMALL_BASE or info.rag_moves):
        return []
    alternatives = "/".join(ctx.show(v) for v in (info.fewer, info.more) if v is not None)
    cases = fmt_count(info.denominator)
    lead = (
        f"Based on {cases} cases"
        if info.denominator < SMALL_BASE
        else f"Based on {cases} cases, but"
    )
    message = (
        f"{lead}: one more or fewer would move it from {ctx.show(info.value)} to {alternatives}"
    )
    if info.rag_moves:
        moved = sorted({r for r in (info.rag_fewer, info.rag_more) if r and r != info.rag})
        message += f" and its rating from {info.rag} to {' or '.join(moved)}"
    return [Flag("small_base", message + ".", label)]


def _target_changed(ctx: Context) -> list[Flag]:
    point = ctx.latest_point
    if point is None or ctx.latest is None:
        return []
    now = finite(point.target)
    earlier = ctx.previous if ctx.previous is not None else ctx.index.earlier(ctx.latest)
    before = None if earlier is None else finite(ctx.points[earlier].target)
    if now is None or before is None or now == before:
        return []
    polarity = ctx.series.polarity
    verb = "raised" if now > before else "lowered"
    ease = ""
    if polarity in DIRECTIONAL:
        harder = (now > before) == (polarity == "higher_is_better")
        ease = f" ({'a harder' if harder else 'an easier'} target, as {polarity_phrase(polarity)})"
    message = (
        f"Target {verb} from {ctx.show(before)} in {ctx.label(earlier)} "
        f"to {ctx.show(now)} in {point.period_label}{ease}."
    )
    return [Flag("target_changed", message, point.period_label)]


def _target_missing(ctx: Context) -> list[Flag]:
    point = ctx.latest_point
    if point is None or ctx.series.polarity not in DIRECTIONAL or finite(point.target) is not None:
        return []
    message = f"No target for {point.period_label}, so it cannot be rated."
    return [Flag("target_missing", message, point.period_label)]


def _out_of_range(ctx: Context) -> list[Flag]:
    unit = (ctx.series.unit or "").strip().lower()
    percent, count = is_percent(unit), unit in _COUNT_UNITS
    if not (percent or count):
        return []
    flags = []
    for point, value in zip(ctx.points, ctx.actuals, strict=True):
        if value is None:
            continue
        if percent and not 0 <= value <= 100:
            flags.append(
                Flag(
                    "out_of_range",
                    f"{ctx.show(value)} in {point.period_label} is not a possible percentage.",
                    point.period_label,
                )
            )
        elif count and value < 0:
            flags.append(
                Flag(
                    "out_of_range",
                    f"{ctx.show(value)} in {point.period_label}: a count cannot be negative.",
                    point.period_label,
                )
            )
    return flags


def _gap_in_series(ctx: Context) -> list[Flag]:
    flags = []
    points = ctx.points
    for kind in ctx.index.kinds():
        # missing_between for each neighbouring pair, inline: this runs per observation
        nominal = NOMINAL_DAYS.get(kind)
        if nominal is None:
            continue  # no fixed rhythm: no gap can be told
        half = nominal // 2
        members = ctx.index.of_kind(kind)
        for before, after in pairwise(members):
            gap_days = (points[after].period_start - points[before].period_end).days - 1
            if gap_days <= half:
                continue
            missing = max(1, round(gap_days / nominal))
            noun = period_noun(kind, missing)
            message = (
                f"{missing} {noun} missing between {ctx.label(before)} and {ctx.label(after)}."
            )
            flags.append(Flag("gap_in_series", message, ctx.label(after)))
    return flags


def _no_commentary_on_red(ctx: Context) -> list[Flag]:
    point = ctx.latest_point
    if point is None or ctx.latest is None or ctx.effective[ctx.latest] != "red":
        return []
    if point.commentary and point.commentary.strip():
        return []
    message = f"Red in {point.period_label} with no commentary from officers."
    return [Flag("no_commentary_on_red", message, point.period_label)]


def _rag_without_target(ctx: Context) -> list[Flag]:
    point = ctx.latest_point
    if point is None or point.rag_published is None or finite(point.target) is not None:
        return []
    tol = ctx.series.tolerance
    if ctx.series.polarity == "on_target" and (tol.band_low, tol.band_high) != (None, None):
        return []
    message = f"Rated {point.rag_published} in {point.period_label}, but no target is given."
    return [Flag("rag_without_target", message, point.period_label)]


def _polarity_missing(ctx: Context) -> list[Flag]:
    if ctx.series.polarity != "unknown":
        return []
    message = "Whether higher or lower is better is not stated, so it cannot be rated or trended."
    return [Flag("polarity_missing", message, None)]


Rule = Callable[[Context], list[Flag]]

RULES: dict[str, Rule] = {
    "rag_mismatch": _rag_mismatch,
    "small_base": _small_base,
    "target_changed": _target_changed,
    "target_missing": _target_missing,
    "out_of_range": _out_of_range,
    "gap_in_series": _gap_in_series,
    "no_commentary_on_red": _no_commentary_on_red,
    "rag_without_target": _rag_without_target,
    "polarity_missing": _polarity_missing,
}


def run_flags(ctx: Context) -> tuple[Flag, ...]:
    """Every rule's flags, in the order of RULES."""
    return tuple(flag for rule in RULES.values() for flag in rule(ctx))

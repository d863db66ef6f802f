"""Plain-English sentences about a series' history, for the detail pane."""

from __future__ import annotations

from .averages import Average
from .context import Context
from .numbers import finite, fmt_count
from .types import Direction
from .wording import join_names, period_noun, polarity_phrase

_MOVES: dict[Direction, str] = {
    "improving": "Better than",
    "worsening": "Worse than",
    "no_change": "Much the same as",
}


def build_facts(ctx: Context) -> tuple[str, ...]:
    point = ctx.latest_point
    if point is None or ctx.latest is None:
        return ("No figures yet.",) if not ctx.points else ("No figure has a number yet.",)
    facts = [_latest(ctx), *_newer_without_figure(ctx)]
    facts += _streak(ctx)
    facts += _moves(ctx)
    facts += _averages(ctx)
    facts += _extremes(ctx)
    facts += _comparators(ctx)
    return tuple(f for f in facts if f)


def _latest(ctx: Context) -> str:
    point = ctx.latest_point
    if point is None or ctx.latest is None:
        return ""
    text = f"Latest: {ctx.show(point.actual)} in {point.period_label}"
    target = finite(point.target)
    if target is not None:
        text += f" against a target of {ctx.show(target)}"
    text += f" ({polarity_phrase(ctx.series.polarity)})"
    rag = ctx.effective[ctx.latest]
    return text + (f", {rag}." if rag else ".")


def _newer_without_figure(ctx: Context) -> list[str]:
    """Later periods that stand on the scorecard without a number ("*", "n/a")."""
    point = ctx.latest_point
    if point is None:
        return []
    facts = []
    for later in ctx.points:
        if later.period_end > point.period_end and later.actual_text:
            facts.append(f'No figure for {later.period_label} (shown as "{later.actual_text}").')
    return facts


def _streak(ctx: Context) -> list[str]:
    facts = []
    noun = period_noun(ctx.kind, ctx.red_streak)
    if ctx.red_streak >= 2:
        facts.append(
            f"Red for {ctx.red_streak} consecutive {noun} (since {ctx.label(ctx.first_red)})."
        )
    elif ctx.red_streak == 1:
        facts.append(f"Red this {noun}.")
    elif ctx.recovered:
        run = ctx.red_run_before
        facts.append(f"Out of red after {run} {period_noun(ctx.kind, run)}.")
    elif ctx.first_red is not None:
        facts.append(f"Last red run began in {ctx.label(ctx.first_red)}.")
    reds, of = ctx.red_in_last
    if of >= 2 and reds:
        facts.append(f"Red in {reds} of the last {of} {period_noun(ctx.kind, of)}.")
    return facts


def _moves(ctx: Context) -> list[str]:
    facts = []
    for move, other in (
        (ctx.direction_previous, ctx.previous),
        (ctx.direction_last_year, ctx.last_year),
    ):
        if move is None or other is None:
            continue
        then = ctx.points[other]
        facts.append(f"{_MOVES[move]} {then.period_label} ({ctx.show(then.actual)}).")
    return facts


def _averages(ctx: Context) -> list[str]:
    facts = []
    if ctx.year_to_date is not None and ctx.year_to_date.periods >= 2:
        facts.append(f"Year-to-date average {_average(ctx, ctx.year_to_date)}.")
    whole = ctx.whole_year
    if whole is not None and whole.periods >= 2:
        noun = period_noun(ctx.kind, whole.periods)
        facts.append(f"Average over the last {whole.periods} {noun}: {_average(ctx, whole)}.")
    return facts


def _average(ctx: Context, avg: Average) -> str:
    text = ctx.show(avg.value)
    if avg.numerator is not None and avg.denominator is not None:
        text += f" (from {fmt_count(avg.numerator)} of {fmt_count(avg.denominator)})"
    return text


def _extremes(ctx: Context) -> list[str]:
    if ctx.best is None or ctx.worst is None or ctx.best == ctx.worst:
        return []
    best, worst = ctx.points[ctx.best], ctx.points[ctx.worst]
    return [
        f"Best: {ctx.show(best.actual)} in {best.period_label}; "
        f"worst: {ctx.show(worst.actual)} in {worst.period_label}."
    ]


def _comparators(ctx: Context) -> list[str]:
    parts = []
    for verdict, word in (
        ("better", "Better than"),
        ("worse", "worse than"),
        ("similar", "similar to"),
    ):
        names = [f"{g.name} ({ctx.show(g.value)})" for g in ctx.gaps if g.verdict == verdict]
        if names:
            parts.append(f"{word} {join_names(names)}")
    if not parts:
        return []
    text = "; ".join(parts)
    return [text[0].upper() + text[1:] + "."]

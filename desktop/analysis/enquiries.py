"""Lines of enquiry: fixed rules that turn a series' history into questions a member could ask."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .base import base_size
from .context import Context
from .numbers import finite, fmt_count
from .types import Enquiry, Flag
from .wording import join_names, ordinal, people_word, period_noun

FlagsByRule = Mapping[str, Flag]


def _worse_comparators(ctx: Context) -> list[str]:
    return [gap.name for gap in ctx.gaps if gap.verdict == "worse"]


def _latest_line(ctx: Context) -> str:
    point = ctx.latest_point
    if point is None:
        return ""
    line = f"{point.period_label}: {ctx.show(point.actual)}"
    target = finite(point.target)
    return line + (f" against a target of {ctx.show(target)}" if target is not None else "")


def _red(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    if ctx.red_streak == 0 or ctx.latest is None:
        return []
    noun = _noun(ctx)
    worse = _worse_comparators(ctx)
    versus = f" and worse than {join_names(worse)}" if worse else ""
    facts = [_latest_line(ctx)]
    facts += [f"{g.name}: {ctx.show(g.value)}" for g in ctx.gaps if g.verdict == "worse"]
    if ctx.red_streak >= 2:
        since = ctx.label(ctx.first_red)
        text = (
            f"Red for the {ordinal(ctx.red_streak)} {noun} running{versus}: what has changed "
            f"since {since}, and when do you expect it to reach amber?"
        )
        facts.append(f"Red since {since}")
        return [Enquiry("persistent_red", text, tuple(facts))]
    before = ctx.effective[ctx.previous] if ctx.previous is not None else None
    if before:
        text = (
            f"Red this {noun} after being {before} in {ctx.label(ctx.previous)}{versus}: "
            "what caused the fall, and what is being done to bring it back?"
        )
    else:
        text = (
            f"Red in {ctx.label(ctx.latest)}{versus}: what lies behind it, and what is "
            "being done to bring it back?"
        )
    return [Enquiry("newly_red", text, tuple(facts))]


def _noun(ctx: Context) -> str:
    return period_noun(ctx.kind)


def _small_base(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("small_base")
    size = base_size(ctx)
    if flag is None or size is None:
        return []
    who = people_word(ctx.series.name)
    text = (
        f"The figure rests on {fmt_count(size)} cases: how many {who} does this "
        "represent, and is the trend meaningful at this size?"
    )
    return [Enquiry("small_base", text, (flag.message,))]


def _rag_mismatch(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("rag_mismatch")
    point = ctx.latest_point
    if flag is None or point is None or ctx.latest is None:
        return []
    computed = ctx.computed[ctx.latest]
    text = (
        f"The scorecard rates this {point.rag_published}, but against its target it works out "
        f"{computed}: why was it rated {point.rag_published}?"
    )
    return [Enquiry("rag_mismatch", text, (flag.message,))]


def _worse_than_last_year(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    if ctx.direction_last_year != "worsening" or ctx.last_year is None:
        return []
    point, then = ctx.latest_point, ctx.points[ctx.last_year]
    if point is None:
        return []
    text = (
        f"Worse than the same {_noun(ctx)} last year ({ctx.show(point.actual)} against "
        f"{ctx.show(then.actual)}): what is behind the decline, and is it expected to continue?"
    )
    facts = (_latest_line(ctx), f"{then.period_label}: {ctx.show(then.actual)}")
    return [Enquiry("worse_than_last_year", text, facts)]


def _target_changed(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("target_changed")
    if flag is None:
        return []
    text = "The target has changed: why was it changed, who agreed it, and on what evidence?"
    return [Enquiry("target_changed", text, (flag.message,))]


def _no_commentary(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("no_commentary_on_red")
    if flag is None:
        return []
    text = (
        "This is red with no commentary: can officers explain the position and share the "
        "action plan, with dates?"
    )
    return [Enquiry("no_commentary_on_red", text, (flag.message, _latest_line(ctx)))]


def _recovered(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    point = ctx.latest_point
    if not ctx.recovered or point is None or ctx.latest is None:
        return []
    run = ctx.red_run_before
    noun = _noun(ctx) if run == 1 else _plural(ctx)
    text = f"Out of red after {run} {noun}: what worked, and how will the improvement be kept up?"
    facts = (f"{point.period_label}: {ctx.effective[ctx.latest]}", _latest_line(ctx))
    return [Enquiry("recovered", text, facts)]


def _plural(ctx: Context) -> str:
    return period_noun(ctx.kind, 2)


def _target_missing(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("target_missing")
    if flag is None:
        return []
    text = "There is no target for this measure: what level would the service regard as good?"
    return [Enquiry("target_missing", text, (flag.message,))]


def _polarity_missing(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    flag = flags.get("polarity_missing")
    if flag is None:
        return []
    text = "Is a higher or a lower figure better for this measure, and why?"
    return [Enquiry("polarity_missing", text, (flag.message,))]


def _behind_comparators(ctx: Context, flags: FlagsByRule) -> list[Enquiry]:
    worse = _worse_comparators(ctx)
    if not worse or ctx.red_streak > 0 or len(worse) < len(ctx.gaps):
        return []
    names = join_names(worse)
    text = f"Worse than {names}: what explains the difference, and what is being learnt from them?"
    facts = [_latest_line(ctx)] + [f"{g.name}: {ctx.show(g.value)}" for g in ctx.gaps]
    return [Enquiry("behind_comparators", text, tuple(facts))]


Rule = Callable[[Context, FlagsByRule], list[Enquiry]]

RULES: dict[str, Rule] = {
    "red": _red,
    "rag_mismatch": _rag_mismatch,
    "no_commentary_on_red": _no_commentary,
    "small_base": _small_base,
    "worse_than_last_year": _worse_than_last_year,
    "behind_comparators": _behind_comparators,
    "target_changed": _target_changed,
    "recovered": _recovered,
    "target_missing": _target_missing,
    "polarity_missing": _polarity_missing,
}


def run_enquiries(ctx: Context, flags: tuple[Flag, ...]) -> tuple[Enquiry, ...]:
    by_rule: dict[str, Flag] = {}
    for flag in flags:
        by_rule.setdefault(flag.rule, flag)
    return tuple(e for rule in RULES.values() for e in rule(ctx, by_rule))

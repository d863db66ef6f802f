"""A table of targets stacked with a table of figures: each period's target beside its figure.

A service plan's profiled targets are often pasted into the scorecard as a table of their own,
below (or beside) the table of actuals, under a caption of its own ('Targets 2024/25 (profiled
by quarter)'), with the same codes and the same period headings. Read as a table of figures it
would add every target as one more actual. A table whose caption says it holds targets (and
nothing else: 'Actuals', 'Performance against target' are not such captions) is instead joined
to the figures read from the other tables by code (by name where neither has codes): each of
its cells is the target of the same indicator's figure for the same period; the periods no
figure has (Q4 ahead, an 'Annual' column) go with nothing. Where the join is unclear (few
codes match, no period matches, a target differing from one the figures' table gives) the
file is held for review naming the caption, rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.rows import SheetResult
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import cells

CAPTION_REACH = 3  # a caption sits just above its table's heading row, perhaps a blank row between
MIN_SHARE = 0.5  # of a targets table's rows whose code or name must be among the figures'


@dataclass(frozen=True, slots=True)
class Caption:
    row: int
    col: int
    text: str


def caption(header: Header) -> Caption | None:
    """The one line of text just above a table's heading row, if any."""
    rows = header.sheet.rows
    for index in range(header.top - 1, max(-1, header.top - 1 - CAPTION_REACH), -1):
        filled = [(c, v) for c, v in enumerate(rows[index]) if not cells.is_blank(v)]
        if not filled:
            continue
        if len(filled) != 1 or not isinstance(filled[0][1], str):
            return None
        return Caption(index, filled[0][0], " ".join(filled[0][1].split()))
    return None


def targets_caption(header: Header) -> Caption | None:
    """The caption of a table of targets alone, or None for any other table (a table with
    targets beside its figures is one of figures)."""
    if header.of("target"):
        return None
    said = caption(header)
    return said if said is not None and says_targets(said.text) else None


def caption_words(text: str) -> list[str]:
    """A caption's words without its periods, figures and bracketed asides."""
    plain = text
    while "(" in plain and ")" in plain[plain.index("(") :]:
        start = plain.index("(")
        plain = plain[:start] + " " + plain[plain.index(")", start) + 1 :]
    words = vocabulary.normalise(plain).split()
    return [w for w in words if not any(ch.isdigit() for ch in w) and cells.period(w) is None]


def says_targets(text: str | None) -> bool:
    """'Targets 2024/25 (profiled by quarter)', 'Agreed performance targets': a caption
    saying its table holds targets and nothing else."""
    if not text:
        return False
    words = caption_words(text)
    if not any(w in vocabulary.TABLE_TARGET_WORDS for w in words):
        return False
    allowed = vocabulary.TABLE_TARGET_WORDS | vocabulary.TABLE_TARGET_OTHER_WORDS
    return all(w in allowed for w in words)


def says_figures(text: str | None) -> bool:
    """'Actuals', 'Outturn 2024/25': a caption saying its table holds the figures themselves
    (a kind of table, not a portfolio)."""
    if not text:
        return False
    plain = " ".join(caption_words(text))
    return plain in vocabulary.TABLE_ACTUAL_WORDS


def is_role_caption(text: str | None) -> bool:
    """A caption naming what a table holds (its targets, its actuals), never its service."""
    return says_targets(text) or says_figures(text)


def _key(indicator: ParsedIndicator, by_code: bool) -> str:
    if by_code:
        return (indicator.code or "").strip().lower()
    return vocabulary.normalise(indicator.name)


def join(found: list[Header], results: list[SheetResult], notes: Notes) -> list[str]:
    """Read the targets tables among ``found`` into the figures of the others (their own
    results emptied); lines for ``--explain``."""
    targets: list[tuple[int, Caption]] = []
    for index, header in enumerate(found):
        said = targets_caption(header)
        if said is not None:
            targets.append((index, said))
    if not targets or len(targets) == len(found):
        return []
    figures = [
        indicator
        for index, result in enumerate(results)
        if index not in {i for i, _ in targets}
        for indicator in result.indicators
    ]
    lines: list[str] = []
    for index, said in targets:
        header, result = found[index], results[index]
        lines.extend(_join_one(header, said, result.indicators, figures, notes))
        result.indicators = []
        result.comparators = {}
    return lines


def _join_one(
    header: Header,
    said: Caption,
    rows: list[ParsedIndicator],
    figures: list[ParsedIndicator],
    notes: Notes,
) -> list[str]:
    sheet = header.sheet.name
    where = f"{sheet}!{a1(said.row, said.col)}"
    by_code = all(r.code for r in rows) and any(f.code for f in figures)
    keyed: dict[str, ParsedIndicator] = {}
    for indicator in figures:
        keyed.setdefault(_key(indicator, by_code), indicator)
    pairs = [(row, keyed.get(_key(row, by_code))) for row in rows]
    matched = [(row, figure) for row, figure in pairs if figure is not None]
    keyword = "code" if by_code else "name"
    if not rows:
        return []
    if len(matched) < 2 or len(matched) < MIN_SHARE * len(rows):
        notes.doubt(
            sheet,
            said.row,
            said.col,
            f"the table under '{short(said.text)}' holds targets, but only {len(matched)} of "
            f"its {len(rows)} {keyword}s are among the figures read — check the {keyword}s "
            "match; its cells are not read as figures",
            kind=f"targets table unmatched:{where}",
        )
        return []
    used = 0
    shared = 0
    for row, figure in matched:
        assert figure is not None
        have = {o.period.label: o for o in figure.observations}
        for target in row.observations:
            observation = have.get(target.period.label)
            if observation is None:
                continue
            shared += 1
            if _give(observation, target, figure, sheet, notes):
                used += 1
    if shared == 0:
        notes.doubt(
            sheet,
            said.row,
            said.col,
            f"the table under '{short(said.text)}' holds targets, but none of its periods is "
            "a period of the figures read — check its headings; its cells are not read as "
            "figures",
            kind=f"targets table no periods:{where}",
        )
        return []
    unmatched = [row for row, figure in pairs if figure is None]
    if unmatched:
        notes.warn(
            f"{where}: {len(unmatched)} {keyword}(s) in the targets table have no figures "
            f"('{short(unmatched[0].code or unmatched[0].name)}') — left out",
            kind=f"targets table unused:{where}",
        )
    notes.warn(
        f"{where}: the table under '{short(said.text)}' read as the targets of the figures "
        f"with the same {keyword} and period ({used} targets)",
        kind=f"targets table:{where}",
    )
    return [
        f"targets table on sheet '{sheet}' under {a1(said.row, said.col)} "
        f"'{short(said.text)}': {used} targets joined to the figures by {keyword} and period"
    ]


def _give(
    observation: ParsedObservation,
    target: ParsedObservation,
    indicator: ParsedIndicator,
    sheet: str,
    notes: Notes,
) -> bool:
    """The target table's figure as the observation's target; False when it gives none."""
    value = target.actual
    if value is None:
        return False
    if observation.target is None:
        observation.target = value
        return True
    if abs(observation.target - value) > 1e-9 * max(1.0, abs(value)):
        row, col = from_a1(target.cell) if target.cell else (None, None)
        notes.doubt(
            sheet,
            row,
            col,
            f"'{short(indicator.code or indicator.name)}' {observation.period.label} "
            f"has a target of {observation.target:g} beside its figure but {value:g} in the "
            "targets table — say which is right",
            kind=f"targets table differs:{sheet}",
        )
    return False

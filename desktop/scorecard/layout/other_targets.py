"""Target columns that are not the council's own target: stretch, national, minimum, previous.

Beside the target a council judges its RAG against ('Target 2024/25') a corporate plan often
prints a more ambitious 'Stretch target', a 'National target' or 'Statutory target', a
'Minimum target' under it or last year's target. Such a column is no period's target: beside
the council's own it is left out (or read as the comparator its words name: 'National
target'). Alone it is held for review, since nothing says which target the figures were
judged against — unless the vocabulary itself reads its words as a target ('Long term
target', 'Ambition').
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes

MAPPED = "the saved mapping"


def settle(header: Header, notes: Notes) -> None:
    """Leave out (or read as comparators) the target columns that are not the council's."""
    targets = [c for c in header.columns if c.field == "target" and c.why != MAPPED]
    # 'Floor' | 'Ceiling', 'Minimum target' | 'Maximum target': the two ends of one band
    targets = [c for c in targets if c.partner < 0]
    # a second undated target heading is already left out: say why when it is another target
    targets += [c for c in header.columns if c.field == "ignore" and not c.why and _target(c)]
    # '2024/25 Stretch', 'Q2 Aspiration': a period and only another target's word
    targets += [c for c in header.columns if c.field is None and _only_other(c)]
    others = {c.index: found for c in targets if (found := vocabulary.other_target(c.header))}
    own = [c for c in header.of("target") if c.index not in others]
    for column in targets:
        found = others.get(column.index)
        if found is None:
            continue
        word, comparator = found
        if comparator is not None:
            column.take("comparator", comparator)
            column.why = f"its heading: a target set by others ('{word}'), read as a comparator"
        elif own:
            column.take("ignore")
            column.why = (
                f"its heading: another kind of target ('{word}') beside the council's own "
                f"'{own[0].header}', not the one its figures are judged against"
            )
        elif column.field == "target" and not _a_target_word(word):
            notes.doubt(
                header.sheet.name,
                header.top,
                column.index,
                f"column '{short(column.header)}' is another kind of target ('{word}') and no "
                "other column gives the council's own target — say which target the figures are judged against "
                "(or import with --accept to read it as the target)",
                kind="other target alone",
            )
    for column in header.columns:
        if column.field == "comparator" and column.why != MAPPED and _last_target(column):
            column.take("ignore")
            column.why = "its heading: an earlier target, not a figure"
    _fill_in(header)


def _fill_in(header: Header) -> None:
    """'Local target 2024-25' beside 'National / Welsh Government target': the council's own
    target first, the one set for every council where the council set none (a report judging
    its RAG against the local target says so). Only with every target column qualified as the
    council's own and one other column as a target set by others; a stretch, aspirational or
    quartile target never fills in for a blank one."""
    own = header.of("target")
    if not own or any(
        c.why == MAPPED or not vocabulary.own_target(heading(header, c)) for c in own
    ):
        return
    others = [
        c
        for c in header.columns
        if c.field in (None, "comparator", "ignore")
        and c.why != MAPPED
        and vocabulary.set_by_others_target(heading(header, c))
    ]
    if len(others) != 1:
        return
    other = others[0]
    other.fills_target = True
    if other.field is None:
        other.take("ignore")
    other.why = (
        f"its heading: a target set for every council, beside the council's own "
        f"'{short(own[0].header)}', which comes first"
    )


def heading(header: Header, column: Column) -> str:
    """The column's heading as the sheet writes it, all its heading rows ('National / Welsh
    Government target', where the column is read by one side of the slash)."""
    texts = [
        text_of(row[column.index])
        for row in header.sheet.rows[header.top : header.first_data]
        if column.index < len(row)
    ]
    return " ".join(t for t in texts if t) or column.header


def _target(column: Column) -> bool:
    found = vocabulary.match(column.header)
    return found is not None and found.field == "target"


def _only_other(column: Column) -> bool:
    found = vocabulary.other_target(column.header)
    if found is None or column.period is None:
        return False
    words = vocabulary.normalise(column.header).split()
    said = set(vocabulary.normalise(column.period.label).split())
    return all(w in said or w in found[0].split() or any(ch.isdigit() for ch in w) for w in words)


def _a_target_word(word: str) -> bool:
    """The vocabulary itself heads targets with this word ('Long term target', 'Ambition')."""
    return any(f" {word} " in f" {vocabulary.normalise(h)} " for h in vocabulary.SYNONYMS["target"])


def _last_target(column: Column) -> bool:
    """'Last year's target', 'Prior year target': a comparator heading that names a target."""
    words = vocabulary.normalise(column.header).split()
    return column.comparator == vocabulary.LAST_YEAR_COMPARATOR and any(
        w in vocabulary.TARGET_IN_NAME_WORDS for w in words
    )

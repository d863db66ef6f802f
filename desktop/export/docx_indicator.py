"""One indicator's part of the briefing: figures, caveats, trend chart and commentary kept
together on a page, then notes, questions and action points."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from docx.shared import Cm
from docx.text.paragraph import Paragraph

from desktop.analysis import compute_rag
from desktop.analysis.numbers import finite, infer_scale
from desktop.analysis.wording import polarity_phrase
from desktop.catalogue import IndicatorView
from desktop.export import docx_xml
from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX, ChartSource
from desktop.export.data import ActionItem, NoteItem, QuestionItem
from desktop.export.words import Figures
from desktop.tolerances import describe
from desktop.wording import (
    DIRECTION_ARROWS,
    QUESTION_WORDS,
    direction_word,
    rag_word,
)

CHART_WIDTH = Cm(16.5)
SUPPRESSED_COMMENTARY = (
    "Commentary left out: it may give numbers smaller than five. See the scorecard itself."
)
NO_COMMENTARY = "No commentary was provided."
SMALL_BASE = 20  # the denominator below which ONS calls a rate unreliable
QUESTION_WIDTHS = (5.4, 3.4, 2.6, 5.6)


class Options(Protocol):
    @property
    def charts(self) -> ChartSource | None: ...
    @property
    def suppress_small(self) -> bool: ...


class Writer(Protocol):
    """What a section needs from the briefing it is part of."""

    @property
    def options(self) -> Options: ...
    @property
    def pictures(self) -> docx_xml.PictureAdder: ...
    def para(
        self,
        text: str = "",
        style: str | None = None,
        *,
        page_break: bool = False,
        keep_with_next: bool = False,
        new_page: bool = False,
    ) -> Paragraph: ...
    def heading(self, text: str, level: int) -> Paragraph: ...
    def labelled(self, label: str, value: str) -> None: ...
    def next_number(self) -> str: ...
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        header: bool = True,
        keep_with_next: bool = False,
    ) -> None: ...
    def actions_table(self, actions: Sequence[ActionItem]) -> None: ...


class IndicatorSection:
    """One indicator's part of the briefing."""

    def __init__(self, briefing: Writer, view: IndicatorView, *, first: bool = False) -> None:
        self.first = first  # the first follows the section's introduction on its page
        self.b = briefing
        self.para = briefing.para
        self.heading = briefing.heading
        self.view = view
        self.figures = Figures(view, suppress_small=briefing.options.suppress_small)

    def write(
        self,
        notes: Sequence[NoteItem],
        questions: Sequence[QuestionItem],
        actions: Sequence[ActionItem],
    ) -> None:
        view = self.view
        # heading, about line, figures, caveats and chart keep with the commentary; each
        # indicator starts a page too, since LibreOffice gives up on long keep-with-next runs
        self.para(
            docx_xml.clean(f"{self.b.next_number()} {view.label}"),
            "Heading 2",
            new_page=not self.first,
        )
        where = " · ".join(p for p in (view.portfolio, view.service) if p)
        about = f"{where}. " if where else ""
        exempt = " Exempt indicator (Part 2)." if view.exempt else ""
        text = f"{about}{polarity_phrase(view.polarity).capitalize()}.{exempt}"
        self.para(docx_xml.clean(text), "Indicator About", keep_with_next=True)
        self._figures()
        for caveat in caveats(view, self.figures):
            self.para(docx_xml.clean(caveat), "Chart Note", keep_with_next=True)
        self._chart()
        self._commentary()
        if notes:
            self.heading("Member's notes", level=3)
            for note in notes:
                when = f"({note.period}) " if note.period else ""
                mark = " [exempt]" if note.exempt else ""
                self.para(docx_xml.clean(when + note.text + mark), "List Bullet")
        if questions:
            self.heading("Questions", level=3)
            rows = [
                [
                    q.text,
                    q.addressed_to or "",
                    QUESTION_WORDS.get(q.status, q.status),
                    q.answer or "",
                ]
                for q in questions
            ]
            self.b.table(("Question", "To whom", "Status", "Answer"), rows, QUESTION_WIDTHS)
        if actions:
            self.heading("Action points", level=3)
            self.b.actions_table(actions)

    def _commentary(self) -> None:
        latest = self.view.latest
        said = latest.commentary.strip() if latest is not None and latest.commentary else ""
        if not said and self.view.latest_rag != "red":
            return
        self.heading("Officers' commentary", level=3)
        if not said:
            self.para(NO_COMMENTARY)
        elif self.figures.hides_any():  # free text may repeat the numbers kept back
            self.para(SUPPRESSED_COMMENTARY, "Chart Note")
        else:
            self.para(docx_xml.clean(said))

    def _figures(self) -> None:
        view, f = self.view, self.figures
        latest = view.latest
        a = view.assessment
        if latest is None:
            self.para("No figure has been published for this indicator yet.", keep_with_next=True)
            return
        target = (
            f" against a target of {f.value(latest.target)}" if latest.target is not None else ""
        )
        rows: list[list[str]] = [
            [f"Latest ({latest.period.label})", f.value(latest.actual) + target]
        ]
        if latest.numerator is not None or latest.denominator is not None:
            rows.append(["Cases", f"{f.count(latest.numerator)} of {f.count(latest.denominator)}"])
        if latest.comparators:
            shown = "; ".join(f"{name} {f.value(value)}" for name, value in latest.comparators)
            rows.append(["Comparators", shown])
        rows.append(["Rating", _rag_words(latest.rag, view.latest_rag_computed)])
        travel = (
            f"{_arrow(a.direction_previous)}{direction_word(a.direction_previous)} since the "
            f"previous period; {_arrow(a.direction_last_year)}"
            f"{direction_word(a.direction_last_year)} since a year before"
        )
        if latest.direction_text:
            travel += f"; published as “{latest.direction_text}”"
        rows.append(["Direction of travel", travel[:1].upper() + travel[1:]])
        if a.red_streak:
            plural = "s" if a.red_streak != 1 else ""
            rows.append(["Red run", f"Red for {a.red_streak} period{plural} in a row"])
        own = view.record.tolerance_mode is not None or view.record.tolerance_amber is not None
        if own:
            rows.append(["Own rule", describe(view.series.tolerance, view.unit)])
        for label, value in rows:
            self.b.labelled(label, value)

    def _chart(self) -> None:
        source = self.b.options.charts
        if source is None:
            return
        if self.figures.hides_any():
            self.para(
                "Chart left out: it would show numbers smaller than five.",
                "Chart Note",
                keep_with_next=True,
            )
            return
        png = source.png(self.view, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        if not png:
            return
        para = self.para(style="Figure", keep_with_next=True)
        inline = self.b.pictures.add(para, png, CHART_WIDTH)
        docx_xml.set_alt_text(inline, alt_text(self.view, self.figures), f"{self.view.label} chart")


def caveats(view: IndicatorView, figures: Figures) -> list[str]:
    """What a member should weigh before reading the figure: a small base, and a published
    rating that the app's rule does not agree with."""
    said: list[str] = []
    latest = view.latest
    if latest is None:
        return said
    n, d, value = finite(latest.numerator), finite(latest.denominator), finite(latest.actual)
    if n is not None and d is not None and d > 0 and 0 <= n <= d:
        cases = f"{figures.count(n)} of {figures.count(d)} cases"
        moves = _one_case_moves(view, n, d, value)
        if moves and d < SMALL_BASE:
            said.append(f"Small base: {cases} — one case would change the rating.")
        elif moves:
            said.append(f"On the edge: {cases} — one case would change the rating.")
        elif d < SMALL_BASE:
            said.append(f"Small base: {cases} — too few for a reliable rate.")
    published, computed = latest.rag, view.latest_rag_computed
    if published and computed and published != computed:
        said.append(
            f"The scorecard published {rag_word(published)}, but the app's rule gives "
            f"{rag_word(computed)} for {figures.value(latest.actual)} against "
            f"{figures.value(latest.target)}: ask which is right."
        )
    return said


def _one_case_moves(view: IndicatorView, n: float, d: float, value: float | None) -> bool:
    latest = view.latest
    if latest is None or value is None:
        return False
    scale = infer_scale([(value, n, d)], view.unit)
    if scale is None:
        return False
    series = view.series
    now = compute_rag(value, latest.target, series.polarity, series.tolerance)
    if now is None:
        return False
    for other in ((n - 1) if n >= 1 else None, (n + 1) if n + 1 <= d else None):
        if other is None:
            continue
        moved = compute_rag(other / d * scale, latest.target, series.polarity, series.tolerance)
        if moved is not None and moved != now:
            return True
    return False


def alt_text(view: IndicatorView, figures: Figures) -> str:
    """What the trend chart shows, in words, for screen readers."""
    numbered = [o for o in view.observations if o.actual is not None]
    head = f"Trend chart of {view.name}: "
    if not numbered:
        return head + "no figures to plot."
    first, last = numbered[0], numbered[-1]
    text = (
        f"{len(numbered)} periods from {first.period.label} ({figures.value(first.actual)}) "
        f"to {last.period.label} ({figures.value(last.actual)})"
    )
    if last.target is not None:
        text += f", against a target of {figures.value(last.target)}"
    rag = view.latest_rag
    return head + text + (f"; latest rating {rag_word(rag)}." if rag else ".")


def _rag_words(published: str | None, computed: str | None) -> str:
    shown = f"{rag_word(published)} as published" if published else "none published"
    text = f"{shown}; {rag_word(computed)} by the app's rule"
    if published and computed and published != computed:
        text += " (the two differ)"
    return text


def _arrow(direction: str | None) -> str:
    arrow = DIRECTION_ARROWS.get(direction or "")
    return f"{arrow} " if arrow else ""


__all__ = ["IndicatorSection", "alt_text", "caveats"]

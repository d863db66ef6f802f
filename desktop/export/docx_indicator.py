"""One indicator's part of the briefing: figures in words, trend chart, commentary, notes,
questions and action points."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from docx.shared import Cm
from docx.text.paragraph import Paragraph

from desktop.analysis.wording import polarity_phrase
from desktop.catalogue import IndicatorView
from desktop.export import docx_xml
from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX, ChartSource
from desktop.export.data import ActionItem, NoteItem, QuestionItem
from desktop.export.words import DIRECTION_WORDS, QUESTION_WORDS, Figures, rag_word

CHART_WIDTH = Cm(16.5)
SUPPRESSED_COMMENTARY = (
    "Commentary left out: it may give numbers smaller than five. See the scorecard itself."
)


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
        self, text: str = "", style: str | None = None, *, page_break: bool = False
    ) -> Paragraph: ...
    def heading(self, text: str, level: int) -> Paragraph: ...
    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None: ...
    def actions_table(self, actions: Sequence[ActionItem]) -> None: ...


class IndicatorSection:
    """One indicator's part of the briefing."""

    def __init__(self, briefing: Writer, view: IndicatorView) -> None:
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
        self.heading(docx_xml.clean(view.label), level=2)
        where = " · ".join(p for p in (view.portfolio, view.service) if p)
        about = f"{where}. " if where else ""
        exempt = " Exempt indicator." if view.exempt else ""
        text = f"{about}{polarity_phrase(view.polarity).capitalize()}.{exempt}"
        self.para(docx_xml.clean(text), "Indicator About")
        self._figures()
        self._chart()
        latest = view.latest
        if latest is not None and latest.commentary:
            self.heading("Officers' commentary", level=3)
            if self.figures.hides_any():  # free text may repeat the numbers kept back
                self.para(SUPPRESSED_COMMENTARY, "Chart Note")
            else:
                self.para(docx_xml.clean(latest.commentary))
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
            self.b.table(("Question", "To whom", "Status", "Answer"), rows, (5.6, 3.6, 1.8, 6.0))
        if actions:
            self.heading("Action points", level=3)
            self.b.actions_table(actions)

    def _figures(self) -> None:
        view, f = self.view, self.figures
        latest = view.latest
        a = view.assessment
        if latest is None:
            self.para("No figure has been published for this indicator yet.")
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
        rows.append(["RAG", _rag_words(latest.rag, view.latest_rag_computed)])
        travel = (
            f"{_direction(a.direction_previous)} since the previous period; "
            f"{_direction(a.direction_last_year)} since a year before"
        )
        if latest.direction_text:
            travel += f"; published as “{latest.direction_text}”"
        rows.append(["Direction of travel", travel[:1].upper() + travel[1:]])
        if a.red_streak:
            plural = "s" if a.red_streak != 1 else ""
            rows.append(["Red run", f"Red for {a.red_streak} period{plural} in a row"])
        self.b.table(("Figure", "Value"), rows, (4.2, 12.8))

    def _chart(self) -> None:
        source = self.b.options.charts
        if source is None:
            return
        if self.figures.hides_any():
            self.para("Chart left out: it would show numbers smaller than five.", "Chart Note")
            return
        png = source.png(self.view, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        if not png:
            return
        para = self.para(style="Figure")
        inline = self.b.pictures.add(para, png, CHART_WIDTH)
        docx_xml.set_alt_text(inline, alt_text(self.view, self.figures), f"{self.view.label} chart")


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


def _direction(value: str | None) -> str:
    return DIRECTION_WORDS.get(value or "", "nothing to compare with")

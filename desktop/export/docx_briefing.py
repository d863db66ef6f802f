"""The Word briefing: cover, RAG summary, what changed, then each indicator that matters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from desktop.analysis import rag_counts_by, what_changed
from desktop.analysis.wording import polarity_phrase
from desktop.catalogue import IndicatorView, period_choices
from desktop.export import docx_xml
from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX, ChartSource
from desktop.export.data import ActionItem, ExportData, NoteItem, QuestionItem
from desktop.export.words import (
    ACTION_WORDS,
    DIRECTION_WORDS,
    EXEMPT_MARK,
    QUESTION_WORDS,
    Figures,
    rag_word,
    visible_views,
)

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "briefing_template.docx"
TABLE_STYLE = "Scrutineer Table"
CHART_WIDTH = Cm(16.5)
NO_CHARTS = "Charts could not be drawn here, so this briefing has no chart pictures."
SUPPRESSED_COMMENTARY = (
    "Commentary left out: it may give numbers smaller than five. See the scorecard itself."
)
_CHANGE_HEADINGS = (
    ("newly_red", "Newly red"),
    ("recovered", "No longer red"),
    ("worsened", "Worse"),
    ("improved", "Better"),
    ("new", "A figure for the first time"),
    ("withdrawn", "No figure this time"),
    ("targets_changed", "Target changed"),
)


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    charts: ChartSource | None = None  # None: no pictures
    charts_unavailable: bool = False  # pictures were wanted but could not be drawn here
    suppress_small: bool = True  # "<5" for small numbers of exempt indicators
    template: Path = TEMPLATE


def chosen_views(data: ExportData) -> list[IndicatorView]:
    """Reds first (longest red run first), then indicators with questions, notes or actions;
    for one meeting, its agenda in the chair's order, then those with its questions/actions."""
    views = visible_views(data)
    by_id = {v.id: v for v in views}
    if data.meeting is not None:
        wanted = list(data.agenda)
        wanted += [q.indicator_id for q in data.questions]
        wanted += [a.indicator_id for a in data.actions if a.indicator_id is not None]
        return [by_id[i] for i in dict.fromkeys(wanted) if i in by_id]
    reds = sorted(
        (v for v in views if v.latest_rag == "red"), key=lambda v: -v.assessment.red_streak
    )
    annotated = {n.indicator_id for n in data.notes} | {q.indicator_id for q in data.questions}
    annotated |= {a.indicator_id for a in data.actions if a.indicator_id is not None}
    red_ids = {v.id for v in reds}
    return reds + [v for v in views if v.id in annotated and v.id not in red_ids]


def scorecard_period(data: ExportData) -> tuple[str | None, str | None]:
    """(the period shown, the one before it of the same kind) from the indicators' periods."""
    choices = period_choices(visible_views(data))
    if not choices:
        return data.period, None
    latest = data.period or choices[0][0]
    kinds = {o.period.label: o.period.kind for v in visible_views(data) for o in v.observations}
    ends = [label for label, _end in choices if kinds.get(label) == kinds.get(latest)]
    after = ends.index(latest) + 1 if latest in ends else len(ends)
    return latest, ends[after] if after < len(ends) else None


class Briefing:
    """Builds one briefing document; ``build()`` returns the python-docx Document."""

    def __init__(self, data: ExportData, options: BriefingOptions) -> None:
        self.data = data
        self.options = options
        self.doc: DocumentObject = Document(str(options.template))
        self.period, self.previous = scorecard_period(data)
        self._style_ids: dict[str, str | None] = {}
        self.pictures = docx_xml.PictureAdder(self.doc)
        self._end = self.doc.element.body.sectPr  # new content goes before it (found once)
        self._table_style = self.style_id(TABLE_STYLE) or self.style_id("Table Grid")
        self._heading_style = self.style_id("Table Heading")
        self._text_style = self.style_id("Table Text")

    def style_id(self, name: str) -> str | None:
        """A style's id from its name, looked up once (python-docx looks it up every time)."""
        if name not in self._style_ids:
            found = name in self.doc.styles
            self._style_ids[name] = self.doc.styles[name].style_id if found else None
        return self._style_ids[name]

    def known(self, name: str) -> str | None:
        """The style name when the template has it (a council's own may not), else None."""
        return name if self.style_id(name) else None

    def para(
        self, text: str = "", style: str | None = None, *, page_break: bool = False
    ) -> Paragraph:
        """Append a paragraph in the named style (Normal when none)."""
        element = docx_xml.paragraph_element(
            text, self.style_id(style) if style else None, page_break=page_break
        )
        self._end.addprevious(element)
        return Paragraph(element, self.doc._body)

    def heading(self, text: str, level: int) -> Paragraph:
        return self.para(text, f"Heading {level}")

    def build(self) -> DocumentObject:
        self._page_furniture()
        self._cover()
        self._summary()
        self._changes()
        self._indicators()
        props = self.doc.core_properties
        props.title = self._title()
        props.created = props.modified = self.data.exported_at.replace(tzinfo=None)
        props.author = props.last_modified_by = "Scrutineer"
        return self.doc

    # --- page furniture and cover --------------------------------------------------------

    def _title(self) -> str:
        if self.data.meeting:
            return f"Briefing for {self.data.meeting}"
        return "Performance scorecard briefing"

    def _page_furniture(self) -> None:
        section = self.doc.sections[0]
        header = section.header
        label = " — ".join(p for p in (self.data.committee, self._title(), self.period) if p)
        first = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        target = first if not first.text and not first._p.xpath(".//w:drawing") else None
        (target or header.add_paragraph(style=self.known("Header"))).add_run(docx_xml.clean(label))
        if self.data.include_exempt:
            header.add_paragraph(EXEMPT_MARK, self.known("Exempt Marking"))
        footer = section.footer
        if not docx_xml.has_field(footer._element, "PAGE"):
            para = footer.paragraphs[0] if not footer.paragraphs[0].text else None
            para = para or footer.add_paragraph(style=self.known("Footer"))
            para.add_run("Page ")
            docx_xml.field_runs(para, "PAGE", "1")
            para.add_run(" of ")
            docx_xml.field_runs(para, "NUMPAGES", "1")

    def _cover(self) -> None:
        data = self.data
        self.para(self._title(), "Title")
        lines = []
        if data.committee:
            lines.append(f"Committee: {data.committee}")
        if data.meeting:
            held = f", {data.meeting_date:%d %B %Y}" if data.meeting_date else ""
            lines.append(f"Meeting: {data.meeting}{held}")
        lines.append(f"Scorecard period: {self.period or 'no periods yet'}")
        scope = "this meeting's agenda" if data.meeting else "the whole scorecard"
        lines.append(f"Covers: {scope}")
        lines.append(f"Prepared: {data.exported_at:%d %B %Y}")
        for line in lines:
            self.para(docx_xml.clean(line), "Cover Detail")
        if data.include_exempt:
            self.para(
                f"{EXEMPT_MARK}: this briefing includes exempt information.",
                "Exempt Marking",
            )
        if self.options.charts_unavailable:
            self.para(NO_CHARTS, "Chart Note")

    # --- summary and changes -------------------------------------------------------------

    def _summary(self) -> None:
        views = visible_views(self.data)
        self.heading("Summary", level=1)
        counts = rag_counts_by((v.portfolio or "No portfolio", v.assessment) for v in views)
        total = {k: sum(c[k] for c in counts.values()) for k in ("red", "amber", "green", "none")}
        self.para(
            f"{len(views)} indicators. Across the scorecard: {_counts_words(total)}. "
            "RAG is the latest published rating where the scorecard gives one, "
            "else the rating by the app's rule."
        )
        rows = [
            [name, *(str(c[k]) for k in ("red", "amber", "green", "none")), _counts_words(c)]
            for name, c in counts.items()
        ]
        rows.append(
            ["All portfolios", *(str(total[k]) for k in ("red", "amber", "green", "none")), ""]
        )
        self._table(
            ("Portfolio", "Red", "Amber", "Green", "Not rated", "In words"),
            rows,
            (4.6, 1.4, 1.5, 1.5, 1.7, 6.3),
        )

    def _changes(self) -> None:
        self.heading("What changed since the last report", level=1)
        if self.period is None or self.previous is None:
            self.para("There is no earlier period to compare with.")
            return
        series = {str(v.id): v.series for v in visible_views(self.data)}
        summary = what_changed(
            series, series, before_period=self.previous, after_period=self.period
        )
        names = {str(v.id): v.label for v in visible_views(self.data)}
        self.para(f"{self.period} compared with {self.previous}: {summary.total()} changes.")
        for field, heading in _CHANGE_HEADINGS:
            items = getattr(summary, field)
            if not items:
                continue
            self.heading(f"{heading} ({len(items)})", level=3)
            for key, name, detail in items:
                text = f"{names.get(key, name)}: {detail}"
                self.para(docx_xml.clean(text), "List Bullet")
        if not summary.total():
            self.para("Nothing moved between the two periods.")

    # --- indicators ----------------------------------------------------------------------

    def _indicators(self) -> None:
        views = chosen_views(self.data)
        self.para(page_break=True)
        heading = "Indicators on the agenda" if self.data.meeting else "Indicators to look at"
        self.heading(heading, level=1)
        if not views:
            self.para("No indicator is red or has questions, notes or actions.")
        else:
            self.para(_intro(self.data, views))
        notes = _group(self.data.notes)
        questions = _group(self.data.questions)
        actions = _group(self.data.actions)
        for view in views:
            IndicatorSection(self, view).write(
                notes.get(view.id, []), questions.get(view.id, []), actions.get(view.id, [])
            )
        loose = actions.get(None, [])
        if loose:
            self.heading("Other action points", level=2)
            self._actions_table(loose)

    def _table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        element = docx_xml.table_element(
            table_style=self._table_style,
            heading_style=self._heading_style,
            text_style=self._text_style,
            headers=headers,
            rows=rows,
            widths_cm=widths,
        )
        self._end.addprevious(element)
        self.para()  # keeps two tables apart and gives the table room

    def _actions_table(self, actions: Sequence[ActionItem]) -> None:
        rows = [
            [
                a.text,
                a.owner or "",
                a.due or "",
                ACTION_WORDS.get(a.status, a.status),
                a.update or "",
            ]
            for a in actions
        ]
        self._table(("Action", "Owner", "Due", "Status", "Update"), rows, (6.0, 3.0, 2.4, 2.0, 3.6))


class IndicatorSection:
    """One indicator's part of the briefing."""

    def __init__(self, briefing: Briefing, view: IndicatorView) -> None:
        self.b = briefing
        self.doc = briefing.doc
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
            self.b._table(("Question", "To whom", "Status", "Answer"), rows, (5.6, 3.6, 1.8, 6.0))
        if actions:
            self.heading("Action points", level=3)
            self.b._actions_table(actions)

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
        self.b._table(("Figure", "Value"), rows, (4.2, 12.8))

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


def _counts_words(counts: dict[str, int]) -> str:
    words = [f"{rag_word(k)} {counts[k]}" for k in ("red", "amber", "green")]
    if counts.get("none"):
        words.append(f"not rated {counts['none']}")
    return ", ".join(words)


def _intro(data: ExportData, views: Sequence[IndicatorView]) -> str:
    reds = sum(1 for v in views if v.latest_rag == "red")
    if data.meeting:
        count = f"{len(views)} indicator is" if len(views) == 1 else f"{len(views)} indicators are"
        return f"{count} on the agenda or have its questions or actions."
    others = len(views) - reds
    if not others:
        return f"{_count(reds, 'red indicator')}, the longest run of red first."
    if not reds:
        return f"{_count(others, 'indicator')} with questions, notes or action points."
    return (
        f"{_count(reds, 'red indicator')}, the longest run of red first, then "
        f"{_count(others, 'other')} with questions, notes or action points."
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _group(items: Sequence[Any]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = {}
    for item in items:
        grouped.setdefault(item.indicator_id, []).append(item)
    return grouped


def build_briefing(data: ExportData, options: BriefingOptions) -> DocumentObject:
    return Briefing(data, options).build()


__all__ = ["BriefingOptions", "alt_text", "build_briefing", "chosen_views"]

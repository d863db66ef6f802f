"""The Word briefing: cover, RAG summary, what changed, then each indicator that matters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph

from desktop.analysis import rag_counts_by
from desktop.catalogue import IndicatorView, changes_between, period_pair
from desktop.export import docx_xml
from desktop.export.charts import ChartSource
from desktop.export.data import ActionItem, ExportData
from desktop.export.docx_indicator import IndicatorSection
from desktop.export.words import (
    ACTION_WORDS,
    EXEMPT_MARK,
    rag_word,
    visible_views,
)

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "briefing_template.docx"
TABLE_STYLE = "Scrutineer Table"
NO_CHARTS = "Charts could not be drawn here, so this briefing has no chart pictures."
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
    return period_pair(visible_views(data), data.period)


class Briefing:
    """Builds one briefing document; ``build()`` returns the python-docx Document."""

    def __init__(self, data: ExportData, options: BriefingOptions) -> None:
        self.data = data
        self.options = options
        self.doc: DocumentObject = Document(str(options.template))
        self.period, self.previous = scorecard_period(data)
        self._style_ids: dict[str, str | None] = {}
        self.pictures = docx_xml.PictureAdder(self.doc)
        self._end = self.doc.element.body.get_or_add_sectPr()  # content goes before it
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
        self.table(
            ("Portfolio", "Red", "Amber", "Green", "Not rated", "In words"),
            rows,
            (4.6, 1.4, 1.5, 1.5, 1.7, 6.3),
        )

    def _changes(self) -> None:
        self.heading("What changed since the last report", level=1)
        if self.period is None or self.previous is None:
            self.para("There is no earlier period to compare with.")
            return
        summary = changes_between(visible_views(self.data), self.previous, self.period)
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
            self.actions_table(loose)

    def table(
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

    def actions_table(self, actions: Sequence[ActionItem]) -> None:
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
        self.table(("Action", "Owner", "Due", "Status", "Update"), rows, (6.0, 3.0, 2.4, 2.0, 3.6))


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


__all__ = ["BriefingOptions", "build_briefing", "chosen_views"]

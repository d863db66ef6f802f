"""The Word briefing, laid out as a committee paper: front sheet, purpose, how to read it,
summary, what changed, then each indicator that matters, in numbered paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph

from desktop.analysis import rag_counts_by
from desktop.catalogue import IndicatorView, period_pair
from desktop.export import docx_xml
from desktop.export.changes_table import MATERIAL_SHARE, material_changes
from desktop.export.charts import CHART_HEIGHT_PX, CHART_WIDTH_PX, ChartSource, prepare
from desktop.export.data import ActionItem, ExportData
from desktop.export.docx_indicator import IndicatorSection
from desktop.export.paper import citation
from desktop.export.words import EXEMPT_MARK, SMALL, Figures, visible_views
from desktop.wording import (
    ACTION_WORDS,
    DIRECTION_ARROWS,
    RAG_LETTERS,
    long_date,
    plural,
    rag_word,
)

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "briefing_template.docx"
TABLE_STYLE = "Scrutineer Table"
NO_CHARTS = "Charts could not be drawn here, so this briefing has no chart pictures."
TO_ADD = "to be added by the clerk"
RAG_SHAPES = {"red": "■", "amber": "▲", "green": "●"}  # as the window and the charts mark them
# Widths (cm) of the tables; the page is 17 cm between its margins. Short columns are wide
# enough for their longest word ("Withdrawn", "In progress", "Amber") in Arial and in the
# wider fonts LibreOffice may use in its place.
SUMMARY_WIDTHS = (6.6, 2.0, 2.2, 2.2, 2.6)
CHANGE_WIDTHS = (7.0, 2.6, 2.6, 4.8)
ACTION_WIDTHS = (5.4, 3.0, 2.6, 2.6, 3.4)
KEY_WIDTHS = (3.6, 13.4)


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


def covered_views(data: ExportData) -> tuple[IndicatorView, ...]:
    """What the summary and what-changed sections cover: a meeting's agenda and its
    questions' indicators for a meeting's briefing, else the whole scorecard."""
    if data.meeting is None:
        return visible_views(data)
    return tuple(chosen_views(data))


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
        self.section = 0
        self._paragraph = 0

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
        self,
        text: str = "",
        style: str | None = None,
        *,
        page_break: bool = False,
        keep_with_next: bool = False,
        new_page: bool = False,
    ) -> Paragraph:
        """Append a paragraph in the named style (Normal when none)."""
        element = docx_xml.paragraph_element(
            text,
            self.style_id(style) if style else None,
            page_break=page_break,
            keep_with_next=keep_with_next,
            new_page=new_page,
        )
        self._end.addprevious(element)
        return Paragraph(element, self.doc._body)

    def numbered(self, text: str, *, keep_with_next: bool = False) -> Paragraph:
        """A numbered paragraph of the current section ("3.2 ..."), as committee papers number."""
        self._paragraph += 1
        number = f"{self.section}.{self._paragraph}"
        return self.para(
            f"{number}\t{text}", self.known("Numbered Paragraph"), keep_with_next=keep_with_next
        )

    def labelled(self, label: str, value: str) -> None:
        """One figure of an indicator: "Latest (Q2 2025/26)<tab>56.4% against ...", kept with
        the next paragraph so figures, chart and commentary share a page."""
        style = self.style_id("Key Figure")
        self._end.addprevious(docx_xml.labelled_element(label, value, style))

    def heading(self, text: str, level: int) -> Paragraph:
        return self.para(text, f"Heading {level}")

    def section_heading(self, text: str, *, page_break: bool = False) -> Paragraph:
        """A numbered first-level heading; paragraphs under it count from 1 again."""
        self.section += 1
        self._paragraph = 0
        return self.para(f"{self.section}. {text}", "Heading 1", new_page=page_break)

    def next_number(self) -> str:
        self._paragraph += 1
        return f"{self.section}.{self._paragraph}"

    def build(self) -> DocumentObject:
        self._page_furniture()
        self._front_sheet()
        self._purpose()
        self._key()
        self._summary()
        self._changes()
        self._indicators()
        props = self.doc.core_properties
        props.title = self._title()
        props.created = props.modified = self.data.exported_at.replace(tzinfo=None)
        props.author = props.last_modified_by = self.data.author or "Scrutineer"
        return self.doc

    # --- page furniture and front sheet ----------------------------------------------------

    def _title(self) -> str:
        if self.data.meeting:
            return f"Performance briefing for {self.data.meeting}"
        return "Performance scorecard briefing"

    def _page_furniture(self) -> None:
        section = self.doc.sections[0]
        header = section.header
        label = " — ".join(p for p in (self._title(), self.period) if p)  # one line
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

    def _front_sheet(self) -> None:
        data = self.data
        self.para(self._title(), "Title")
        if data.committee:
            self.para(docx_xml.clean(data.committee), self.known("Subtitle"))
        if data.meeting:
            held = long_date(data.meeting_date) if data.meeting_date else "date to be set"
            named = data.meeting_date is not None and held.casefold() in data.meeting.casefold()
            meeting = data.meeting if named else f"{data.meeting}, {held}"  # no date twice
        else:
            meeting = "Not for one meeting: the whole scorecard"
        compared = f" (compared with {self.previous})" if self.previous else ""
        rows = [
            ["Meeting", meeting],
            ["Agenda item", data.agenda_item or TO_ADD],
            ["Report author", data.author or TO_ADD],
            ["Contact", data.contact or TO_ADD],
            ["Scorecard period", f"{self.period or 'no periods yet'}{compared}"],
            ["Prepared", long_date(data.exported_at)],
        ]
        self.table(("Item", "Detail"), rows, KEY_WIDTHS)
        if data.include_exempt:
            self.para(exempt_notice(data), "Exempt Marking")

    def _purpose(self) -> None:
        data = self.data
        self.section_heading("Purpose")
        if data.meeting:
            scope = (
                f"the indicators on the agenda of {data.meeting}"
                + (
                    f" of the {data.committee}"
                    if data.committee and data.committee.casefold() not in data.meeting.casefold()
                    else ""
                )
                + ", with the questions and actions raised there or still open from earlier"
            )
        else:
            scope = "the whole performance scorecard, with the indicators that most need scrutiny"
        if data.purpose:
            self.numbered(docx_xml.clean(data.purpose))
        self.numbered(
            f"{'This briefing covers' if data.purpose else 'To brief members on'} {scope}, so "
            "that members can hold the service to account at the meeting. The figures are the "
            "council's own, as published in its scorecard."
        )
        if data.withheld_exempt:
            self.numbered(withheld_sentence(data))
        if self.options.charts_unavailable:
            self.numbered(NO_CHARTS)

    def _key(self) -> None:
        self.section_heading("How to read this briefing")
        rule = self.data.rag_rule or "Green on or better than target; red otherwise."
        self.numbered(
            "Each indicator carries a rating as a letter and a shape, never by colour alone, "
            "and a direction of travel judged by which way is better for that indicator:",
            keep_with_next=True,
        )
        rows = [
            [f"{RAG_LETTERS[r]} {RAG_SHAPES[r]} {rag_word(r)}", meaning]
            for r, meaning in (
                ("red", "Off target by more than the tolerance."),
                ("amber", "Short of target, but within the tolerance."),
                ("green", "On target or better."),
            )
        ]
        rows += [
            [f"{DIRECTION_ARROWS['improving']} Improving", "Better than the period before."],
            [f"{DIRECTION_ARROWS['worsening']} Worsening", "Worse than the period before."],
            [
                f"{DIRECTION_ARROWS['no_change']} No change",
                "Within 1% of the period before.",
            ],
        ]
        self.table(("Mark", "Meaning"), rows, KEY_WIDTHS)
        self.numbered(
            f"The app's rule: {rule} An indicator with its own tolerance is rated by that "
            "instead, and says so. Where the rating the scorecard published differs from the "
            "rule's, both are given."
        )
        small = (
            f" In exempt material, counts under five are shown as {SMALL}."
            if self.data.include_exempt and self.options.suppress_small
            else ""
        )
        self.numbered(
            "A rate resting on fewer than 20 cases is a small base: one case more or fewer "
            f"can change it a great deal, and the briefing says when it would change the rating.{small}"
        )

    # --- summary and changes -------------------------------------------------------------

    def _summary(self) -> None:
        views = covered_views(self.data)
        self.section_heading("Summary")
        counts = rag_counts_by((v.portfolio or "No portfolio", v.assessment) for v in views)
        total = {k: sum(c[k] for c in counts.values()) for k in ("red", "amber", "green", "none")}
        where = "on the agenda" if self.data.meeting else "in the scorecard"
        self.numbered(
            f"{plural(len(views), 'indicator')} {where}: {_counts_words(total)}. "
            "A rating is the latest the scorecard published where it gives one, else the "
            "app's rule.",
            keep_with_next=True,
        )
        rows = [
            [name, *(str(c[k]) for k in ("red", "amber", "green", "none"))]
            for name, c in counts.items()
        ]
        rows.append(["All portfolios", *(str(total[k]) for k in ("red", "amber", "green", "none"))])
        self.table(("Portfolio", "Red", "Amber", "Green", "Not rated"), rows, SUMMARY_WIDTHS)

    def _changes(self) -> None:
        self.section_heading("What changed since the last report")
        if self.period is None or self.previous is None:
            self.numbered("There is no earlier period to compare with.")
            return
        rows, others = material_changes(
            covered_views(self.data),
            self.previous,
            self.period,
            suppress_small=self.options.suppress_small,
        )
        share = f"{MATERIAL_SHARE:.0%}"
        if not rows:
            self.numbered(
                f"{self.period} compared with {self.previous}: no rating changed, no target "
                f"changed and no figure moved by {share} of its earlier value or more."
            )
            return
        rest = (
            f" {plural(others, 'other indicator')} moved less and {'is' if others == 1 else 'are'}"
            " not listed."
            if others
            else ""
        )
        self.numbered(
            f"{self.period} compared with {self.previous}: ratings that changed, targets that "
            f"changed and figures that moved by {share} of their earlier value or more (a "
            "percentage's change is given in percentage points), most serious first."
            f"{rest}",
            keep_with_next=True,
        )
        table_rows = [
            [docx_xml.clean(r.view.label) + (" [exempt]" if r.view.exempt else ""), r.before,
             r.now, r.change]
            for r in rows
        ]  # fmt: skip
        self.table(
            ("Indicator", self.previous, self.period, "Change"),
            table_rows,
            CHANGE_WIDTHS,
            spaced=False,
        )

    # --- indicators ----------------------------------------------------------------------

    def _indicators(self) -> None:
        views = chosen_views(self.data)
        heading = "Indicators on the agenda" if self.data.meeting else "Indicators to look at"
        self.section_heading(heading, page_break=True)
        if not views:
            self.numbered("No indicator is red or has questions, notes or actions.")
        else:
            self.numbered(_intro(self.data, views))
        notes = _group(self.data.notes)
        questions = _group(self.data.questions)
        actions = _group(self.data.actions)
        if self.options.charts is not None:  # a source may start drawing them all at once
            suppress = self.options.suppress_small
            drawn = [v for v in views if not Figures(v, suppress_small=suppress).hides_any()]
            prepare(self.options.charts, drawn, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        for number, view in enumerate(views):
            IndicatorSection(self, view, first=number == 0).write(
                notes.get(view.id, []), questions.get(view.id, []), actions.get(view.id, [])
            )
        loose = actions.get(None, [])
        if loose:
            self.heading(f"{self.next_number()} Other action points", level=2)
            self.actions_table(loose)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        header: bool = True,
        keep_with_next: bool = False,
        spaced: bool = True,
    ) -> None:
        element = docx_xml.table_element(
            table_style=self._table_style,
            heading_style=self._heading_style,
            text_style=self._text_style,
            headers=headers if header else None,
            rows=rows,
            widths_cm=widths,
        )
        self._end.addprevious(element)
        if spaced:  # keeps two tables apart; not before a new page (it could spill onto one)
            self.para(keep_with_next=keep_with_next)

    def actions_table(self, actions: Sequence[ActionItem]) -> None:
        rows = [
            [
                a.text,
                a.owner or "",
                _due(a.due),
                ACTION_WORDS.get(a.status, a.status),
                a.update or "",
            ]
            for a in actions
        ]
        self.table(("Action", "Owner", "Due", "Status", "Update"), rows, ACTION_WIDTHS)


def _due(due: str | None) -> str:
    """An ISO due date in words ("28 February 2026"); a meeting's name as it is."""
    if not due:
        return ""
    import datetime as dt

    try:
        return long_date(dt.date.fromisoformat(due))
    except ValueError:
        return due


def withheld_sentence(data: ExportData) -> str:
    """Page 1's word on what was left out: how many exempt indicators, and under what."""
    n = data.withheld_exempt
    what = "exempt indicator is" if n == 1 else "exempt indicators are"
    it = "it holds" if n == 1 else "they hold"
    return (
        f"{n} {what} not included: {it} exempt information under "
        f"{citation(data.exempt_paragraph)} (Part 2), and "
        f"{'its' if n == 1 else 'their'} notes, questions and actions are left out too."
    )


def exempt_notice(data: ExportData) -> str:
    """The front sheet's marking of an exempt briefing, citing the paragraph where given."""
    if data.exempt_paragraph:
        return (
            f"{EXEMPT_MARK} by virtue of {citation(data.exempt_paragraph)}: this briefing "
            "includes exempt information (Part 2)."
        )
    return f"{EXEMPT_MARK}: this briefing includes exempt information (Part 2)."


def _counts_words(counts: dict[str, int]) -> str:
    words = [f"{rag_word(k).lower()} {counts[k]}" for k in ("red", "amber", "green")]
    if counts.get("none"):
        words.append(f"not rated {counts['none']}")
    return ", ".join(words)


def _intro(data: ExportData, views: Sequence[IndicatorView]) -> str:
    reds = sum(1 for v in views if v.latest_rag == "red")
    if data.meeting:
        return (
            f"{plural(len(views), 'indicator')}: those on the agenda, in the agenda's order, "
            "then any other with a question or action for the meeting."
        )
    others = len(views) - reds
    if not others:
        return f"{plural(reds, 'red indicator')}, the longest run of red first."
    if not reds:
        return f"{plural(others, 'indicator')} with questions, notes or action points."
    return (
        f"{plural(reds, 'red indicator')}, the longest run of red first, then "
        f"{plural(others, 'other')} with questions, notes or action points."
    )


def _group(items: Sequence[Any]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = {}
    for item in items:
        grouped.setdefault(item.indicator_id, []).append(item)
    return grouped


def build_briefing(data: ExportData, options: BriefingOptions) -> DocumentObject:
    return Briefing(data, options).build()


__all__ = ["BriefingOptions", "build_briefing", "chosen_views"]

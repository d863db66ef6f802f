"""Text cells that hold HTML rich text (a SharePoint list exported by Power Automate) read as
the text they show: tags dropped, entities decoded, paragraphs and line breaks as lines."""

from __future__ import annotations

import html
import re
from html.entities import html5
from html.parser import HTMLParser

from desktop.scorecard.read.grid import Workbook, distinct_texts

# the tags rich-text fields are saved with; a cell is markup only where one of them opens and
# closes ('<div>85.2%</div>', '<span style="color:red">Red</span>'), so '<5' or '< 30%' is text
RICH_TEXT_TAGS = (
    "a|b|blockquote|code|div|em|font|h[1-6]|i|li|ol|p|pre|s|small|span|strike|strong|sub|sup"
    "|table|tbody|td|th|thead|tr|u|ul"
)
_TAG_PAIR = re.compile(rf"<({RICH_TEXT_TAGS})(?:\s[^<>]*)?>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# an entity written out in full, with its semicolon ('&amp;', '&nbsp;', '&#39;'): 'R&D' or
# 'Q&A' is not one, and neither is '&copy' without its ';'
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# tags that end a line of what the reader sees
_LINE_ENDS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _LINE_ENDS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data.replace("\n", " "))


def is_markup(text: str) -> bool:
    """The cell's text is HTML: one of the rich-text tags opened and closed in it."""
    return "</" in text and _TAG_PAIR.search(text) is not None


def shown_text(text: str) -> str:
    """What a browser would show of an HTML cell: lines of text, spaces tidied ('' if none)."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _entity(match: re.Match[str]) -> str:
    written = match.group(0)
    if written[1] != "#" and written[1:] not in html5:
        return written
    decoded = html.unescape(written)
    return " " if decoded == "\u00a0" else decoded


def cell_text(text: str) -> str | None:
    """A text cell as it reads: HTML markup as its shown text (None where it shows nothing),
    full entities ('Environment &amp; Waste') decoded; any other text unchanged."""
    if "<" in text and is_markup(text):
        return shown_text(text) or None
    if "&" in text and ";" in text:
        return _ENTITY.sub(_entity, text)
    return text


def read_markup(book: Workbook) -> None:
    """Every text cell of the workbook read as the text it shows (in place).

    Each distinct text is read once, and a sheet's cells are walked only where some text
    reads otherwise (most sheets hold no markup and no entity)."""
    for sheet in book.sheets:
        shown = {
            text: read
            for text in distinct_texts(sheet)
            if ("<" in text or "&" in text) and (read := cell_text(text)) != text
        }
        if not shown:
            continue
        for row in sheet.rows:
            for c, value in enumerate(row):
                if isinstance(value, str) and value in shown:
                    row[c] = shown[value]
        sheet.texts = None  # texts rewritten

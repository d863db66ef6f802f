"""The text of text boxes drawn on a sheet: a key or a note the author drew beside the table.

An officer who wants a key or a note to sit beside a table without disturbing its columns
often draws it as a text box (Insert > Text Box) rather than typing it into cells. The box is
a drawing shape: in an .xlsx a ``xdr:sp`` with a ``xdr:txBody`` in the sheet's drawing part;
in an .ods a ``draw:frame`` holding a ``draw:text-box``. Each paragraph of the box is one line
of the sheet's notes, read as a note or key line in a cell would be. Pictures, charts and
shapes without text hold none. Only drawing parts of modest size are read: a text box is a
few hundred bytes, a drawing part of megabytes is charts or pictures.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

MAX_DRAWING_BYTES = 2 * 1024 * 1024
MAX_LINES = 200  # per sheet: a key or a few notes, never a document


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def drawing_lines(xml: bytes | None) -> list[str]:
    """Each non-blank paragraph of each text-bearing shape in an xlsx drawing part, in order."""
    if not xml or len(xml) > MAX_DRAWING_BYTES or xml.find(b"txBody") < 0:
        return []
    try:
        root = safe_fromstring(xml)
    except (ET.ParseError, DefusedXmlException):
        return []
    out: list[str] = []
    for node in root.iter():
        if _local(node.tag) != "txBody":
            continue
        for para in node:
            if _local(para.tag) != "p":
                continue
            text = "".join(t.text or "" for t in para.iter() if _local(t.tag) == "t").strip()
            if text:
                out.append(text)
            if len(out) >= MAX_LINES:
                return out
    return out

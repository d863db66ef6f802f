"""A briefing's committee-paper details: what the clerk sets once, and what belongs to a meeting.

Standing details, kept in the store's settings, go on every briefing: the report author, the
contact, and the Schedule 12A paragraph usually cited for exempt material. A meeting's own
details live with the meeting: its agenda item number, the paper's purpose, and a paragraph
for that meeting where it is not the usual one. A briefing of the whole scorecard (for no one
meeting) has an agenda item and purpose of its own in the settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import MeetingRow, SettingRow

# setting keys of the standing details (the names are part of the store)
AUTHOR_SETTING = "briefing_author"
CONTACT_SETTING = "briefing_contact"
EXEMPT_PARAGRAPH_SETTING = "schedule_12a_paragraph"
AGENDA_ITEM_SETTING = "briefing_agenda_item"  # the whole-scorecard briefing's
PURPOSE_SETTING = "briefing_purpose"  # the whole-scorecard briefing's
SETTINGS = {
    "author": AUTHOR_SETTING,
    "contact": CONTACT_SETTING,
    "exempt_paragraph": EXEMPT_PARAGRAPH_SETTING,
    "agenda_item": AGENDA_ITEM_SETTING,
    "purpose": PURPOSE_SETTING,
}
LIMITS = {"author": 200, "contact": 300, "agenda_item": 20, "purpose": 1200}
LABELS = {
    "author": "report author",
    "contact": "contact",
    "agenda_item": "agenda item",
    "purpose": "purpose",
    "exempt_paragraph": "Schedule 12A paragraph",
}
# Schedule 12A to the Local Government Act 1972: paragraphs 1-7 of Part 1 (England), and
# 12-18 of Part 4 (Wales, as substituted in 2007)
ENGLAND = range(1, 8)
WALES = range(12, 19)
ACT = "Schedule 12A to the Local Government Act 1972"


class PaperError(ValueError):
    """A detail the clerk typed that cannot be used: one line, what to do."""


@dataclass(frozen=True, slots=True)
class PaperDetails:
    """The details of one paper; ``None`` where not given."""

    author: str | None = None
    contact: str | None = None
    exempt_paragraph: str | None = None
    agenda_item: str | None = None
    purpose: str | None = None


# --- checking what was typed -------------------------------------------------------------


def paragraphs(text: str | None) -> tuple[int, ...]:
    """The paragraph numbers in "3", "para 3", "paragraphs 1 and 2", "1, 2" (() for blank)."""
    words = (text or "").strip()
    if not words:
        return ()
    body = re.sub(r"^(paragraphs?|paras?\.?)\s*", "", words, flags=re.IGNORECASE)
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", body, flags=re.IGNORECASE) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise PaperError(
            f"'{words}' is not a paragraph of Schedule 12A — give its number, e.g. 3, or "
            "several as 1, 2"
        )
    numbers = tuple(sorted({int(p) for p in parts}))
    stray = [n for n in numbers if n not in ENGLAND and n not in WALES]
    if stray:
        raise PaperError(
            f"Schedule 12A has no paragraph {stray[0]} on exempt information — give 1 to 7 "
            "(England) or 12 to 18 (Wales)"
        )
    if not (all(n in ENGLAND for n in numbers) or all(n in WALES for n in numbers)):
        raise PaperError(
            "paragraphs 1 to 7 are England's and 12 to 18 are Wales's — cite one country's"
        )
    return numbers


def clean_paragraph(text: str | None) -> str | None:
    """The paragraph(s) as stored: "3", "1, 2"; None for blank."""
    found = paragraphs(text)
    return ", ".join(map(str, found)) or None


def clean(field: str, text: str | None) -> str | None:
    """A detail as it is kept: spaces tidied, blank as None; too long is refused."""
    if field == "exempt_paragraph":
        return clean_paragraph(text)
    value = " ".join((text or "").split())
    if not value:
        return None
    limit = LIMITS[field]
    if len(value) > limit:
        raise PaperError(
            f"the {LABELS[field]} is {len(value)} characters long — shorten it to {limit} or fewer"
        )
    if field == "agenda_item":
        value = re.sub(r"^(agenda\s+)?item\s*", "", value, flags=re.IGNORECASE) or value
    return value


def citation(text: str | None) -> str:
    """Where exempt material is exempt under: "paragraph 3 of Part 1 of Schedule 12A to ..."."""
    found = paragraphs(text) if text else ()
    if not found:
        return ACT
    part = "Part 1" if found[0] in ENGLAND else "Part 4"
    if len(found) == 1:
        return f"paragraph {found[0]} of {part} of {ACT}"
    numbers = ", ".join(map(str, found[:-1])) + f" and {found[-1]}"
    return f"paragraphs {numbers} of {part} of {ACT}"


# --- reading and keeping -----------------------------------------------------------------


def standing(session: Session) -> PaperDetails:
    """The details kept in the settings (the whole-scorecard paper's, and every paper's)."""
    keys = list(SETTINGS.values())
    found = {
        row.key: row.value.strip() or None
        for row in session.scalars(select(SettingRow).where(SettingRow.key.in_(keys)))
    }
    return PaperDetails(**{field: found.get(key) for field, key in SETTINGS.items()})


def for_meeting(session: Session, meeting_id: int) -> PaperDetails:
    """A meeting's own details only (None where the meeting has none)."""
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise PaperError("that meeting is no longer in the store — choose another")
    return PaperDetails(
        agenda_item=row.paper_item,
        purpose=row.paper_purpose,
        exempt_paragraph=row.paper_exempt_paragraph,
    )


def effective(session: Session, meeting_id: int | None) -> PaperDetails:
    """What a briefing prints: a meeting's own details, the standing ones for the rest.

    A meeting's agenda item and purpose are its own (another paper's item number would be
    wrong); its Schedule 12A paragraph falls back to the usual one.
    """
    usual = standing(session)
    if meeting_id is None:
        return usual
    own = for_meeting(session, meeting_id)
    return replace(
        usual,
        agenda_item=own.agenda_item,
        purpose=own.purpose,
        exempt_paragraph=own.exempt_paragraph or usual.exempt_paragraph,
    )


def save_standing(session: Session, **values: str | None) -> PaperDetails:
    """Keep the given standing details (blank or None forgets one); checks them all first."""
    checked = {field: clean(field, _known(field, values[field])) for field in values}
    for field, value in checked.items():
        key = SETTINGS[field]
        row = session.get(SettingRow, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
    session.flush()
    return standing(session)


def save_meeting(session: Session, meeting_id: int, **values: str | None) -> PaperDetails:
    """Keep a meeting's agenda item, purpose and paragraph (blank or None forgets one)."""
    columns = {
        "agenda_item": "paper_item",
        "purpose": "paper_purpose",
        "exempt_paragraph": "paper_exempt_paragraph",
    }
    unknown = sorted(set(values) - set(columns))
    if unknown:
        raise PaperError(
            f"the {LABELS.get(unknown[0], unknown[0])} belongs to every briefing, not to one "
            "meeting — set it without a meeting"
        )
    checked = {field: clean(field, value) for field, value in values.items()}
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise PaperError("that meeting is no longer in the store — choose another")
    for field, value in checked.items():
        if getattr(row, columns[field]) != value:
            setattr(row, columns[field], value)
    session.flush()
    return for_meeting(session, meeting_id)


def _known(field: str, value: str | None) -> str | None:
    if field not in SETTINGS:
        raise PaperError(f"unknown briefing detail '{field}' — use one of {', '.join(SETTINGS)}")
    return value

"""Lines that date the file, not its figures: 'Last updated: 12/11/2024', 'Date printed …'.

A report's title rows name the period its bare headings are in ('Quarter 2 2024/25'). A line
giving the day the file was updated, printed, downloaded or run names a day too, but it is
when someone worked on the file — weeks after the period. It is read last, only when no
other title line (nor the sheet's name) names a period: a 'Last updated' day in November
2024 above a band saying '2023/24' must not put the bare 'Q1'…'Q4' under it in 2024/25.
A line naming the meeting the report goes to and its day ('Overview and Scrutiny Committee,
17 June 2025 – Appendix A') is when the figures were reported, not the year they are of:
June's committee hears the year just ended.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells


def is_file_stamp(text: str) -> bool:
    """A line that is only a day (or month) with words saying the file was made then."""
    found = cells.period_header(text)
    if found is None or found[0].kind != "month":
        return False
    return vocabulary.FILE_STAMP_WORDS.fullmatch(vocabulary.normalise(found[1])) is not None


def is_meeting_day(text: str) -> bool:
    """A line that opens with a meeting and its day ('Cabinet – 12 November 2024', 'Overview
    and Scrutiny Committee, 17 June 2025 – Appendix A') and names no other period."""
    line = " ".join(text.split())
    found = cells.period_header(line)
    if found is None or found[0].kind != "month":
        return False
    meeting = vocabulary.MEETING_HEADING.match(line)
    return meeting is not None and not vocabulary.MEETING_SET_WORDS.search(meeting["name"])

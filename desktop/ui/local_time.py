"""Times as the user's clock shows them: the store keeps UTC, the window shows local time."""

from __future__ import annotations

import datetime as dt

from desktop.wording import long_date


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the machine's local time zone (a naive moment is taken to be UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone()


def local_stamp(moment: dt.datetime) -> str:
    """Like 14 January 2026, 18:05, in local time: the date in words, as everywhere else."""
    when = local(moment)
    return f"{long_date(when)}, {when:%H:%M}"

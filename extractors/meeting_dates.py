"""A meeting date the minutes themselves show to be stale, and the date that replaces it.

Small bodies write each meeting's minutes over the last one's file, and the title's date is
sometimes left as it was: "REGULAR MEETING ... held February 24, 2025" over minutes that approve
"the minutes of the 10/27/25 meeting". A meeting cannot approve the minutes of a later one, so
such a title date is wrong. The date is then taken from the document's file name when the name
carries one that fits (after the minutes it approves, within four months of them:
"bd._mtg._11.10.25.pdf", "2025-11-10 minutes.pdf"); when none fits, the printed date is kept
(the document is the only witness, and a guess would be worse than a stale date).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from extractors.headings import date_in

# "the minutes of the 10/27/25 meeting", "Minutes of October 27, 2025", "minutes of the
# regular meeting held on 27 October 2025": the date of minutes approved at this meeting.
_MINUTES_OF = re.compile(r"\bminutes\s+(?:of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:meeting\s+)?(?:held\s+)?(?:on\s+)?"
                         r"(?P<rest>.{0,40})", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
# Dates in file names: 11.10.25, 11-10-2025, 2025-11-10, 20251110.
_NAME_DMY = re.compile(r"(?<!\d)(\d{1,2})[._-](\d{1,2})[._-](\d{4}|\d{2})(?!\d)")
_NAME_YMD = re.compile(r"(?<!\d)(20\d\d|19\d\d)[._-]?(\d\d)[._-]?(\d\d)(?!\d)")
_WINDOW = dt.timedelta(days=120)


def approved_minutes_dates(lines: list[str], start: int, end: int) -> list[dt.date]:
    """Given a minutes section's lines, return the dates of earlier minutes it approves."""
    out = []
    for n in range(start, end + 1):
        for m in _MINUTES_OF.finditer(lines[n - 1]):
            rest = m.group("rest")
            numeric = _NUMERIC.match(rest)
            if numeric:
                month, day, year = (int(g) for g in numeric.groups())
                year += 2000 if year < 100 else 0
                try:
                    out.append(dt.date(year, month, day))
                except ValueError:
                    continue
            else:
                date, match = date_in(rest)
                if date is not None and match.start() <= 12:
                    out.append(date)
    return out


def file_name_dates(source_path: str) -> list[dt.date]:
    """Given a document's path, return every date its file name can be read as (a numeric
    date is read both month-first and day-first)."""
    name = PurePath(source_path).name
    out: list[dt.date] = []
    for m in _NAME_YMD.finditer(name):
        out += _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NAME_DMY.finditer(name):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        out += _valid(year, a, b) + _valid(year, b, a)
    return out


def _valid(year: int, month: int, day: int) -> list[dt.date]:
    try:
        return [dt.date(year, month, day)]
    except ValueError:
        return []


def corrected_date(printed: dt.date | None, lines: list[str], start: int, end: int,
                   source_path: str) -> dt.date | None:
    """Given a minutes section's printed date, its line range and the document's path, return
    the date to use: the printed one unless the minutes approve a later meeting's minutes,
    then the file name's date that comes after those minutes (the nearest), if there is one."""
    if printed is None:
        return printed
    approved = approved_minutes_dates(lines, start, end)
    if not approved or max(approved) <= printed:
        return printed
    latest = max(approved)
    fits = sorted(d for d in file_name_dates(source_path) if latest < d <= latest + _WINDOW)
    return fits[0] if fits else printed

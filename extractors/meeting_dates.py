"""A meeting date the minutes themselves show to be stale, and the date that replaces it; a
date printed without its year, and the year the document's path gives it.

Small bodies write each meeting's minutes over the last one's file, and the title's date is
sometimes left as it was: "REGULAR MEETING ... held February 24, 2025" over minutes that approve
"the minutes of the 10/27/25 meeting". A meeting cannot approve the minutes of a later one, so
such a title date is wrong. The date is then taken from the document's file name when the name
carries one that fits (after the minutes it approves, within four months of them:
"bd._mtg._11.10.25.pdf", "2025-11-10 minutes.pdf"); when none fits, the printed date is kept
(the document is the only witness, and a guess would be worse than a stale date).

A title's date field printed without a year ("Date: Friday 23rd January") takes its year from the
document's path when the path carries that day and month ("2026/01/23/minutes.pdf",
"2026-01-23-minutes.pdf"), or a year alone that the printed weekday agrees with
("minutes/2026/Jan-23.pdf"), or, where the path has no year, the one year around the date the PDF
says it was made (that year, the one before or the one after) whose calendar puts the printed
weekday on that day ("will be held on Thursday, 13th February" in a notice made on 24 February
2014); otherwise it stays unknown. So does one a title prints after "held on"
("Minutes of the meeting held on Monday 15 November at 5.30pm").

A title's numeric date that reads both ways ("Summer Board Mtg 7.9.24") is read day first, as UK
papers print them, unless the document's own numeric dates that read only one way are month
first ("by 8/24", "12/20"): then it is 9 July, as the US prints it, unless the paper's first page
prints the day-first reading in words ("10.1.11" over "held on 10th January 2011").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from extractors.headings import MONTHS, WEEKDAY, date_in

# "the minutes of the 10/27/25 meeting", "Minutes of October 27, 2025", "minutes of the
# regular meeting held on 27 October 2025": the date of minutes approved at this meeting.
_MINUTES_OF = re.compile(r"\bminutes\s+(?:of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:meeting\s+)?(?:held\s+)?(?:on\s+)?"
                         r"(?P<rest>.{0,40})", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
# Dates in file names: 11.10.25, 11-10-2025, 2025-11-10, 20251110.
_NAME_DMY = re.compile(r"(?<!\d)(\d{1,2})[._-](\d{1,2})[._-](\d{4}|\d{2})(?!\d)")
_NAME_YMD = re.compile(r"(?<!\d)(20\d\d|19\d\d)[._-]?(\d\d)[._-]?(\d\d)(?!\d)")
_WINDOW = dt.timedelta(days=120)
# "Friday 23rd January", "23 January", "January 23rd": a day and month with no year after them.
_YEARLESS = re.compile(rf"^(?P<weekday>{WEEKDAY})?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})"
                       rf"|(?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s*(?:19|20)?\d\d)",
                       re.IGNORECASE)
_HELD_ON = re.compile(r"\bheld\s+(?:on\s+)?", re.IGNORECASE)
_PATH_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[./_-](\d\d)[./_-](\d\d)(?!\d)")
_PATH_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PATH_YM = re.compile(r"(?<!\d)((?:19|20)\d\d)[./_-](0[1-9]|1[0-2])(?![./_-]?\d)")  # "hdc_2019_09_sep_special"


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
    out = year_first_name_dates(source_path)
    for m in _NAME_DMY.finditer(name):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        out += _valid(year, a, b) + _valid(year, b, a)
    return out


def year_first_name_dates(source_path: str) -> list[dt.date]:
    """Given a document's path, return the dates its file name prints year first
    ("2025-01-29-Minutes.pdf", "20250129.pdf"): the only ones read one way."""
    return [d for m in _NAME_YMD.finditer(PurePath(source_path).name)
            for d in _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))]


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


def yearless_date(text: str, source_path: str, created: str | None = None) -> tuple[dt.date | None, re.Match | None]:
    """Given a printed date without a year ("Friday 23rd January"), the document's path and the
    date the PDF was made (ISO, or None), return the date with the year the path (or, with a
    printed weekday, the making date) gives it and the printed date's match, or (None, None)
    (see the module's docstring)."""
    m = _YEARLESS.match(text)
    if m is None and (held := _HELD_ON.search(text)) is not None:
        m = _YEARLESS.match(text, held.end())  # "Minutes of the meeting held on Monday 15 November at 5.30pm"
    if m is None:
        return None, None
    month = _month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    weekday = m.group("weekday")
    candidates = [d for d in _path_dates(source_path) if (d.month, d.day) == (month, day)]
    if not candidates:  # the year and month in the name ("2019_09"), the day printed
        candidates = [d for y, mo in _PATH_YM.findall(source_path) if int(mo) == month for d in _valid(int(y), month, day)]
    if not candidates and weekday:
        candidates = [d for year in sorted({int(y) for y in _PATH_YEAR.findall(source_path)})
                      for d in _valid(year, month, day)]
    if not candidates and weekday and created:
        # (three years in a row never share a weekday for one day and month, so at most one fits)
        made = int(created[:4])
        candidates = [d for year in (made - 1, made, made + 1) for d in _valid(year, month, day)]
    if weekday:
        name = weekday.strip(" ,").lower()
        candidates = [d for d in candidates if d.strftime("%A").lower() == name]
    return (candidates[0], m) if len(set(candidates)) == 1 else (None, None)


def first_yearless(numbers: list[int], texts: list[str], source_path: str,
                   created: str | None = None) -> tuple[int, dt.date, re.Match] | None:
    """Given a title block's line numbers and texts, return (line, date, match) for the first
    line that opens with a date printed without its year that the path dates (see
    ``yearless_date``), or None."""
    for n, text in zip(numbers, texts):
        date, m = yearless_date(text, source_path, created)
        if date is not None:
            return n, date, m
    return None


def _path_dates(source_path: str) -> list[dt.date]:
    """Given a document's path, return the dates its name and folders print year first
    ("2026/01/23/minutes.pdf") and those its name prints in any order."""
    out = [d for m in _PATH_YMD.finditer(source_path) for d in _valid(*(int(g) for g in m.groups()))]
    return out + file_name_dates(source_path)


def _month_number(name: str) -> int:
    return dt.datetime.strptime(name[:3].title(), "%b").month


_MONTH_NAMED = re.compile(rf"\b(?:{MONTHS})\b", re.IGNORECASE)
# A numeric date or day and month: "7.9.24", "8/24", "12/20/2024".
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\d/]|\.\d)")


def month_first_date(date: dt.date | None, heading: list[str], lines: list[str], source_path: str = "") -> dt.date | None:
    """Given a meeting's date as read (day first), its heading's lines, the document's lines
    and its path, return the date read month first when the heading prints it as an ambiguous
    number and the document's unambiguous numeric dates are month first, or the file's name
    prints that reading year first ("3/7/23" in "annual_minutes_2023-03-07.pdf"; see the
    module's docstring)."""
    if date is None or date.day > 12 or date.day == date.month:
        return date
    printed = [m for text in heading for m in _NUMERIC_DATE.finditer(text)
               if (int(m.group(1)), int(m.group(2))) == (date.day, date.month)]
    if not printed:
        return date
    named = year_first_name_dates(source_path)
    swapped = _valid(date.year, date.day, date.month)
    if swapped and swapped[0] in named and date not in named:
        return swapped[0]
    if _numeric_order(lines) != "month_first":
        return date
    if any(date_in(text)[0] == date for text in lines[:40] if _MONTH_NAMED.search(text)):
        return date  # "10.1.11" over "Minutes of a Meeting held on 10th January 2011": the words decide
    try:
        return date.replace(month=date.day, day=date.month)
    except ValueError:
        return date


def _numeric_order(lines: list[str]) -> str | None:
    """Given a document's lines, return "month_first" or "day_first" as its numeric dates that
    can be read only one way say, or None when they say nothing or both."""
    month_first = day_first = 0
    for text in lines:
        for m in _NUMERIC_DATE.finditer(text):
            if m.group(3) is None and "." in m.group(0):
                continue  # "7.30 p.m.", "£35.00": a time or a sum ("by 8/24" is a date)
            a, b = int(m.group(1)), int(m.group(2))
            if 1 <= a <= 12 < b <= 31:
                month_first += 1
            elif 1 <= b <= 12 < a <= 31:
                day_first += 1
    if month_first and not day_first:
        return "month_first"
    if day_first and not month_first:
        return "day_first"
    return None


def block_date(numbers: list[int], texts: list[str]) -> tuple[dt.date | None, re.Match | None, int | None]:
    """Given a title block's line numbers and texts, return (date, match, line) of its first
    date, or of a later line that prints in words the date the first gave in figures read the
    other way round ("City Council Minutes – 11/2/15 Meeting" over "NOVEMBER 2, 2015": 2
    November, not 11 February), or (None, None, None)."""
    found = [(date, m, n, text) for n, text in zip(numbers, texts) for date, m in [date_in(text)] if date is not None]
    if not found:
        return None, None, None
    date, m, n, _ = found[0]
    for other, m2, n2, text in found[1:]:
        if other_way_in_words(date, other, [text]):
            return other, m2, n2
    return date, m, n


def other_way_in_words(first: dt.date, other: dt.date, texts: list[str]) -> bool:
    """Given a date read from figures, another date and the lines that print the other, say
    whether the other is the same figures read the other way round, printed with its month in
    words ("11/2/15" read as 11 February; "NOVEMBER 2, 2015")."""
    month = other.strftime("%B").lower()
    return other != first and (other.day, other.month, other.year) == (first.month, first.day, first.year) \
        and any(month in text.lower() for text in texts)

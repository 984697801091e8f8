"""Small helpers shared by extractors: provenance spans and date parsing."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from minutebook.document import Document

_ORDINAL = re.compile(r"(\d{1,2})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
# Figures only, one separator throughout: "06.03.2014", "1/14/04", "4-24-2018".
_NUMERIC = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})\s*$|^\s*(\d\d)( )(\d\d) ((?:19|20)\d\d)\s*$")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+)?"
# "Tuesday 5 June 2018" / "5 June 2018" / "June 5 2018" (ordinals and commas already removed).
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})\s+([a-z]+)\.?\s+(\d{{4}})$", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}([a-z]+)\.?\s+(\d{{1,2}})\s+(\d{{4}})$", re.IGNORECASE)


def span(doc: Document, line_start: int, line_end: int | None = None) -> dict:
    """Given a document and a 1-based line range, return the provenance fields of a record."""
    line_end = line_start if line_end is None else max(line_start, line_end)
    return {"page": doc.page_of(line_start), "line_start": line_start, "line_end": line_end}


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """Given a printed UK date ("Tuesday, 5th June, 2018", "06.03.2014"), return it or None.

    Day-first, as UK papers print them; a date without a year is not guessed.
    """
    import dateparser

    text = " ".join(_ORDINAL.sub(r"\1", text).replace(",", " ").split())
    if not text or not re.search(r"\d", text):
        return None
    numeric = _NUMERIC.match(text)
    if numeric:
        first, _, second, year = (g for g in numeric.groups() if g is not None)  # ("01 19 2022": spaced)
        return _numeric_date(int(first), int(second), int(year))
    if not re.search(r"\b(19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", text):
        return None
    # The forms papers print nearly always are read directly; dateparser (several ms a call)
    # takes everything else.
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        m = pattern.match(text)
        if m and m.group(month_group).lower() in _MONTHS:
            try:
                return dt.date(int(m.group(3)), _MONTHS[m.group(month_group).lower()], int(m.group(day_group)))
            except ValueError:
                return None
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["absolute-time"]},
    )
    return parsed.date() if parsed else None


def _numeric_date(first: int, second: int, year: int) -> dt.date | None:
    """Given a date printed in figures (first/second/year), return it read day first, or month
    first where only that reading is a date ("1/14/04": 14 January 2004, not a guess by
    dateparser at "2014-04-01"). Whether an ambiguous "3/7/23" is month first is the document's
    question (extractors.meeting_dates.month_first_date), not this one's."""
    if year < 100:
        # (a two-figure year under 70 is this century's: "04" is 2004, "98" is 1998; fixed, so
        # a document reads the same whatever day it is read)
        year += 2000 if year < 70 else 1900
    day, month = (second, first) if first <= 12 < second else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def phrase_alternation(phrases) -> str:
    """Given phrases, return a regex alternation of them, longest first, each space matching any
    run of white space (vocabularies as data, matched as printed)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))

"""Small helpers shared by extractors: provenance spans and date parsing."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from minutebook.document import Document

_ORDINAL = re.compile(r"(\d{1,2})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOTTED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$")
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
    dotted = _DOTTED.match(text)
    if dotted:
        day, month, year = (int(g) for g in dotted.groups())
        year += 2000 if year < 100 else 0
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
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


def phrase_alternation(phrases) -> str:
    """Given phrases, return a regex alternation of them, longest first, each space matching any
    run of white space (vocabularies as data, matched as printed)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))

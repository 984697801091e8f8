"""Extract the minutes (numbered items of business) of each minutes section in a pack.

House styles covered: "124. DECLARATIONS OF INTEREST" (Rotherham), sub-numbered board items
("6.1 Serious Case Review Sub Group – Pete Horner"), Kent "84. Apologies" over an "(Item 1)"
line, and Kent panels whose items carry no minute number (the printed "(Item n)" number is
used). Numbered lists inside a minute's body are told apart by sequence: minute numbers go up
one at a time, so "1. Stability of placements" inside minute 2 is body text.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.common import span
from extractors.headings import RUN_IN_CAPS, clean_line, run_in_title
from extractors.meetings import meeting_sections
from minutebook.document import Document

# A short line printed this often in one pack is a running page header ("Agenda item:",
# "IMPROVING LIVES SELECT COMMISSION - 24/04/18"), not minute text.
_HEADER_REPEATS = 3
_HEADER_MAX_CHARS = 60
_CONTENT_START = re.compile(r"^(?:Resolved|Agreed|RESOLVED|[-•(]|\d)")


def extract_minutes(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per minute of each minutes section it holds.

    The span runs from the minute's heading to its last line before the next minute (or the
    end of the meeting); ``body`` is the text after the heading, non-blank lines joined by
    newlines.
    """
    try:
        sections = meeting_sections(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    lines = [clean_line(x) for x in doc.lines]
    headers = _running_headers(lines)
    records = []
    for sec in sections:
        if sec.kind != "minutes":
            continue
        for h in sec.headings:
            body_lines = [lines[n - 1] for n in range(h.title_end + 1, h.end + 1) if lines[n - 1] not in headers]
            title = " ".join(h.title.split()).strip(" :")
            if not title and body_lines and body_lines[0]:
                title = " ".join(body_lines.pop(0).split()).strip(" :")  # "Issue 1:" over its title
            run_in = RUN_IN_CAPS.match(title)
            if run_in and run_in.group("sep") != ":" and re.search(r"[a-z]", run_in.group("rest")):
                # "APOLOGIES – Apologies had been received from ...": the heading, then its text
                title = run_in.group("head")
                body_lines.insert(0, run_in.group("rest"))
            elif (run_in := run_in_title(title)) and (len(run_in.group("rest")) > 60
                                                       or (title.endswith(".") and len(run_in.group("rest").split()) >= 3)):
                # "Accounts - The Treasurer circulated ...": the title, then its text (a short
                # rest is the title's own: "Planning: Applications Received", "Adjournment – 8:42 p.m.")
                title = run_in.group("head")
                body_lines.insert(0, run_in.group("rest"))
            records.append(
                {
                    "minute_number": h.number,
                    "title": title,
                    "body": "\n".join(line for line in body_lines if line),
                    **span(doc, h.start, h.end),
                }
            )
    return records


def _running_headers(lines: list[str]) -> set[str]:
    """Given a pack's cleaned lines, return the short lines repeated as page headers."""
    counts = Counter(x for x in lines if x and len(x) <= _HEADER_MAX_CHARS)
    return {
        x
        for x, c in counts.items()
        if c >= _HEADER_REPEATS and not x.endswith(".") and not _CONTENT_START.match(x)
    }

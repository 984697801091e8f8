"""Extract the minutes (numbered items of business) of each minutes section in a pack.

House styles covered: "124. DECLARATIONS OF INTEREST" (Rotherham), sub-numbered board items
("6.1 Serious Case Review Sub Group – Pete Horner"), Kent "84. Apologies" over an "(Item 1)"
line, and Kent panels whose items carry no minute number (the printed "(Item n)" number is
used). Numbered lists inside a minute's body are told apart by sequence: minute numbers go up
one at a time, so "1. Stability of placements" inside minute 2 is body text.
"""

from __future__ import annotations

from extractors.common import span
from extractors.meetings import _sections
from minutebook.document import Document


def extract_minutes(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per minute of each minutes section it holds.

    The span runs from the minute's heading to its last line before the next minute (or the
    end of the meeting); ``body`` is the text after the heading, non-blank lines joined by
    newlines.
    """
    try:
        sections = _sections(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    records = []
    for sec in sections:
        if sec.kind != "minutes":
            continue
        for h in sec.headings:
            body_lines = [
                " ".join(doc.lines[n - 1].split()) for n in range(h.title_end + 1, h.end + 1)
            ]
            records.append(
                {
                    "minute_number": h.number,
                    "title": " ".join(h.title.split()).strip(" :"),
                    "body": "\n".join(line for line in body_lines if line),
                    **span(doc, h.start, h.end),
                }
            )
    return records

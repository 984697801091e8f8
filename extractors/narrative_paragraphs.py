"""The paragraphs of minutes' narrative, as ``extractors.narrative_actions`` reads them: lines
joined into the paragraphs they were printed as, an item's title line apart from its text."""

from __future__ import annotations

import re

from extractors.headings import BULLET_GLYPH, leader_row
from extractors.labels import opens_item
from extractors.layout import emphasis
from minutebook.document import Document

# A bullet or a short label that opens a paragraph of its own.
_BULLET = re.compile(rf"^\s*(?:[•●▪◦\-–*!]|{BULLET_GLYPH}|o(?=\s+[A-Z0-9])|\(?[a-z0-9]{{1,3}}[.)])\s*(?=\S)")
# A line that holds only an item's label and title ("b) Website Maintenance"): no sentence.
_TITLE_ONLY = re.compile(r"^[^.!?]{2,60}$")


def _set_off(doc: Document, line: tuple[int, str]) -> bool:
    """Given a numbered line, return whether it stands apart from the sentence over or under
    it: a short title set off by type (bold, bigger), or a report's heading with its lead
    ("Policies and Procedures ------ Barbara Torres")."""
    return bool(_TITLE_ONLY.match(line[1])) and emphasis(doc, line[0]) > 0 or leader_row(line[1])


def narrative_paragraphs(doc: Document, excluded: set[int]) -> list[list[tuple[int, str]]]:
    """Given a document, return its narrative paragraphs as lists of (line_no, text).

    Text packs print one paragraph per line; PDFs wrap paragraphs over several lines, which
    are joined until a blank line, a bullet or a table.
    """
    paragraphs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for line_no, line in doc.numbered():
        text = line.strip()
        if not text or line_no in excluded or "\t" in line:
            if current:
                paragraphs.append(current)
            current = []
            continue
        # (a text pack prints a paragraph a line, unless wrapped as a web page's markdown is: a
        # line after one that ends mid-sentence, at a wrapping width or before lower case, goes on)
        above = current[-1][1] if current else ""
        wrapped = bool(above) and not above.endswith((".", ":", ";", "!", "?")) and (
            text[:1].islower() or 50 <= len(above) <= 100)
        starts_new = (doc.media_type != "pdf" and not wrapped) or bool(_BULLET.match(text)) \
            or bool(re.match(r"^\d+\.\s+[A-Z]", text))
        # "b) Website Maintenance" over "Justin and Henry volunteered to ...", a bold "General
        # Business" over "Donald will get a quote ...": an item's title line is no part of the
        # sentence under it
        starts_new = starts_new or bool(current and len(current) == 1 and _TITLE_ONLY.match(current[0][1])
                                        and opens_item(current[0][1]))
        starts_new = starts_new or bool(current and (_set_off(doc, current[-1]) or _set_off(doc, (line_no, text))))
        if starts_new and current:
            paragraphs.append(current)
            current = []
        current.append((line_no, text))
    if current:
        paragraphs.append(current)
    return paragraphs

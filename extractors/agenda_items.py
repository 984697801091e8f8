"""Extract the numbered items of each agenda in a pack.

Only items inside an agenda section (as segmented by ``extractors.meetings``) count: the
numbered paragraphs of officers' reports ("1. Recommendations", "2.1 ...") and the minutes of
earlier meetings are not agenda items.
"""

from __future__ import annotations

import re

from extractors.common import span
from extractors.meetings import _sections
from minutebook.document import Document

# "(Pages 12 - 61)" and "(Page 32)": the item's pages in the printed pack.
_PAGES = re.compile(r"\(\s*Pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\s*\)", re.IGNORECASE)


def extract_agenda_items(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per agenda item of each agenda it holds."""
    try:
        sections = _sections(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    records = []
    for sec in sections:
        if sec.kind != "agenda":
            continue
        for h in sec.headings:
            title, pages = _split_pages(h.title)
            records.append(
                {"item_number": h.number, "title": title, "pages": pages, **span(doc, h.start, h.end)}
            )
    return records


def _split_pages(title: str) -> tuple[str, str | None]:
    """Given a printed item title, return it without its page reference, and the pages.

    "Barnardo's ReachOut Service Update (Pages 12 - 61)" -> ("Barnardo's ReachOut Service
    Update", "12-61"); "(Page 32)" -> "32".
    """
    m = _PAGES.search(title)
    pages = None
    if m:
        pages = m.group(1) if not m.group(2) else f"{m.group(1)}-{m.group(2)}"
        title = title[: m.start()] + " " + title[m.end():]
    title = " ".join(title.split()).strip(" ;:")
    title = re.sub(r"(?<=[A-Za-z)]{2})\.$", "", title)  # "Apologies for absence." but not "p.m."
    title = re.sub(r"\s+([,;:])", r"\1", title)
    title = re.sub(r"\.\s+([–—-])\s+", r" \1 ", title)  # "Next Meeting. - Wednesday" -> "Next Meeting - Wednesday"
    return title, pages

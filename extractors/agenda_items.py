"""Extract the numbered items of each agenda in a pack.

Only items inside an agenda section (as segmented by ``extractors.meetings``) count: the
numbered paragraphs of officers' reports ("1. Recommendations", "2.1 ...") and the minutes of
earlier meetings are not agenda items.
"""

from __future__ import annotations

import re

from extractors.common import span
from extractors.meetings import meeting_sections
from extractors.segments import _FIELD
from minutebook.document import Document

# "(Pages 12 - 61)" and "(Page 32)": the item's pages in the printed pack.
_PAGES = re.compile(r"\(\s*Pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\s*\)", re.IGNORECASE)

# A file number printed between an item's label and its title, as agenda systems do
# ("2.7 21-024 Amendment to the ...", "1.B 21-0171 Approve the List(s) ..."): a record's
# id, not part of the title ("33. 2017-0346 SUBJECT: STATE AND FEDERAL REPORT": the field's
# label, ``segments._FIELD``, goes too).
_FILE_NUMBER = re.compile(r"^(?:\d{2}|\d{4})-\d{3,5}\s+(?=[A-Z])")


def extract_agenda_items(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per agenda item of each agenda it holds."""
    try:
        sections = meeting_sections(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    records = []
    for sec in sections:
        if sec.kind == "minutes":
            records.extend(_note_agenda(doc, sec))
        if sec.kind != "agenda":
            continue
        for h in sec.headings:
            title, pages = _split_pages(h.title)
            records.append(
                {"item_number": h.number, "title": title, "pages": pages, **span(doc, h.start, h.end)}
            )
    return records


_AGENDA_LINE = re.compile(r"^\s*agenda\s*:?\s*$", re.IGNORECASE)
_LISTED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")


def _note_agenda(doc: Document, sec) -> list[dict]:
    """Given a minutes section, return the items of the agenda a meeting note lists at its top.

    A meeting note (Kent's "TMG 14 November 2024") opens with "Agenda" and a numbered list
    before its attendance and discussion: those are the agenda of the meeting the note records.
    Only a list numbered 1, 2, 3... directly under a line reading "Agenda" counts, and not
    when its lines are the section's own minute headings.
    """
    heading_lines = {h.start for h in sec.headings}
    for n in range(sec.start, min(sec.end, sec.start + 40) + 1):
        if not _AGENDA_LINE.match(doc.lines[n - 1]):
            continue
        records, m = [], n + 1
        while m <= sec.end and (hit := _LISTED_ITEM.match(doc.lines[m - 1])) and int(hit.group(1)) == len(records) + 1:
            if m in heading_lines:
                return []
            title, pages = _split_pages(hit.group(2))
            records.append({"item_number": hit.group(1), "title": title, "pages": pages, **span(doc, m, m)})
            m += 1
        return records if len(records) >= 2 else []
    return []


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
    title = _FIELD.sub("", _FILE_NUMBER.sub("", title))
    title = re.sub(r"(?<=[A-Za-z)]{2})\.$", "", title)  # "Apologies for absence." but not "p.m."
    title = re.sub(r"\s+([,;:])", r"\1", title)
    title = re.sub(r"\.\s+([–—-])\s+", r" \1 ", title)  # "Next Meeting. - Wednesday" -> "Next Meeting - Wednesday"
    return title, pages

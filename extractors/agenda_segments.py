"""Segment an agenda section into its items (numbered at every level), with each item's
title as printed: wrapped over its lines, ended by the item's fields ("Recommendation:"), a
note between items or the next label. The labels and their runs are found as for minutes
(``extractors.segments``); an agenda keeps every labelled sub-item but the parts of an item's
fields.
"""

from __future__ import annotations

import re

from extractors.headings import AGENDA_MARK, BULLET_GLYPH, Heading, Section, last_text_line
from extractors.labels import Candidate, parse_labels
from extractors.segments import _FIELD, candidates, family, heading_weight, nested_headings
from minutebook.document import Document

# Lines that end an agenda's list of items (membership, the proper officer's signature).
_AGENDA_END = re.compile(
    r"\bmembership\b|^Chief Executive\.?$|^General Counsel$|^Head of Democratic|^Democratic Services$"
    r"|^Yours (?:sincerely|faithfully)",
    re.IGNORECASE,
)
# Labels and notes printed between agenda items; never part of an item's title.
_AGENDA_NOTE = re.compile(
    r"^(?:UNRESTRICTED|EXEMPT|PART\s+(?:I|II|1|2)\b|For (?:Decision|Discussion|Information)\b"
    r"|\((?!Pages?\b))"
)
# The fields an agenda prints under an item's title ("Recommended Action: Approve ...",
# "Recommendation(s):", "Attachment(s):", "Estimated Time: 10 minutes"): they end the title,
# and what follows them is the item's text.
_ITEM_FIELD = re.compile(r"^(?:(?:Staff\s+)?Recommendations?|(?:Recommended|Proposed|Requested|Suggested)\s+Actions?"
                         r"|Action\s+Requested|Fiscal\s+Impact|Background|CEQA|Attachments?|Estimated\s+Time)"
                         r"\s*(?:\(s\))?\s*:", re.IGNORECASE)

def segment_agenda(doc: Document, lines: list[str], sec: Section, region_end: int) -> None:
    """Given an agenda section, find its items and set the section's end at the last item."""
    first = next(
        (n for n in range(sec.body_start, region_end + 1) if AGENDA_MARK.match(lines[n - 1])), sec.body_start
    )
    end = region_end
    blanks = 0
    for n in range(first + 1, region_end + 1):
        text = lines[n - 1]
        blanks = blanks + 1 if not text else 0
        if blanks >= 3 or _AGENDA_END.search(text):
            end = n - 1
            break
    if end < region_end and end >= 1 and _is_person_line(lines[end - 1]):
        end -= 1  # the signatory's name above "Chief Executive"/"General Counsel"

    table_lines = doc.pdf_table_lines()

    def weight(c: Candidate) -> float:
        return 0.0 if c.line in table_lines else heading_weight(doc, lines, c, agenda=True)

    cands = candidates(lines, first + 1, end, weight)
    headings = nested_headings(doc, lines, cands, first + 1, end, weight, titled_only=False,
                               keep_inner=_outside_fields)
    pdf = doc.media_type == "pdf"
    for k, h in enumerate(headings):
        nxt = headings[k + 1].start - 1 if k + 1 < len(headings) else end
        h.end = last_text_line(lines, h.start, nxt)
        h.title_end, h.title = _item_title(lines, h, pdf, doc)
        for n in range(h.title_end + 1, h.end + 1):
            if _AGENDA_NOTE.match(lines[n - 1]):  # a section label or note between items
                h.end = last_text_line(lines, h.title_end, n - 1)
                break
    sec.headings = headings or _bulleted_items(doc, lines, first + 1, end)
    sec.end = max((h.end for h in sec.headings), default=last_text_line(lines, sec.body_start, sec.body_start))


def _bulleted_items(doc: Document, lines: list[str], start: int, end: int) -> list[Heading]:
    """Given an agenda's lines with no labelled item among them, return its items when they are
    bulleted (two at least), numbered by position: a posted notice's "• Approve Ordinance 2024-01 –
    Authorizing study &" / "imposing Moratorium on ..." / "• November Meeting". An item's title
    runs over the lines under its bullet printed at its text's indent (in a text pack: lines that
    go on in lower case, or after a line ending in "&", "," or a dash)."""
    bullet = re.compile(rf"^\s*{BULLET_GLYPH}\s*(?=\S)")
    starts = [n for n in range(start, end + 1) if bullet.match(lines[n - 1])]
    if len(starts) < 2:
        return []
    out = []
    for k, n in enumerate(starts, start=1):
        last = n
        for m in range(n + 1, end + 1):
            here, before = doc.style(m), doc.style(n)
            if not lines[m - 1].strip() or bullet.match(lines[m - 1]):
                break
            indented = here is not None and before is not None and here.x0 is not None and before.x0 is not None \
                and here.x0 > before.x0 + 4
            runs_on = lines[m - 1][:1].islower() or lines[m - 2].rstrip().endswith(("&", ",", "–", "-"))
            if not (indented if doc.styles else runs_on):
                break
            last = m
        title = " ".join(lines[k - 1].strip() for k in range(n, last + 1))
        # (numbered by position, as unnumbered minutes are: the contract's key needs a number)
        out.append(Heading(str(k), bullet.sub("", title).strip(), n, last, last))
    return out


def _is_person_line(text: str) -> bool:
    """Given a line, return whether it is a signatory's name ("Sharon Kemp,")."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3},?", text)) or (
        text.isupper() and bool(re.fullmatch(r"[A-Z'’ -]+,", text))
    )


def _bold_alike(doc: Document | None, a: int, b: int) -> bool:
    """Given two lines, return whether both are printed bold at one size (a bold title
    wrapping onto "(NOISE) OF TITLE 8 ...": no note in brackets between items)."""
    sa, sb = (doc.style(a), doc.style(b)) if doc is not None else (None, None)
    return bool(sa and sb and sa.bold and sb.bold and sa.size and sb.size and abs(sa.size - sb.size) < 0.5)


def _bold_title_ends(doc: Document | None, start: int, n: int) -> bool:
    """Given an item's first line and a line under it, return whether the title has ended on a
    change of print: a title wholly in bold over a line not bold, or much smaller; a title not
    bold over a heading wholly in bold ("A 21-0085 Slavery ..." over "ORAL COMMUNICATIONS")."""
    sa, sb = (doc.style(start), doc.style(n)) if doc is not None else (None, None)
    if not (sa and sb):
        return False
    if not sa.bold:
        return sb.bold
    smaller = bool(sa.size and sb.size and sb.size < 0.85 * sa.size)  # "Notice to the public: ..." in small bold
    return (not sb.bold and not sb.lead_bold) or smaller


def _item_title(lines: list[str], h: Heading, pdf: bool, doc: Document | None = None) -> tuple[int, str]:
    """Given an agenda item, return the last line of its title and the title as printed.

    A title wraps onto the next lines in PDF text (until its "(Pages ...)" reference, a line
    that is labelled or ends a sentence), and in text packs onto a following line that starts
    with a dash ("– Minutes of meeting held ...") or in lower case.
    """
    last = h.start
    text = h.title
    for n in range(h.start + 1, h.end + 1):
        nxt = lines[n - 1]
        note = _AGENDA_NOTE.match(nxt) and not (nxt.startswith("(") and _bold_alike(doc, h.start, n))
        if not nxt or note or _FIELD.match(nxt) or _ITEM_FIELD.match(nxt) or any(
                label.punct != " " for label in parse_labels(nxt)):
            break  # the next item ("461 - 610)" finishing a page reference is not one)
        if pdf and _bold_title_ends(doc, h.start, n) and not re.match(r"^\(Pages?\b", nxt):
            break  # "1. CEREMONIAL ITEMS" in bold over its text in the body's print
        dash = re.match(r"^[–—-]\s*\S", nxt)
        has_pages = re.search(r"\(Pages?\s+[\d\s-]+\)", text)
        ended = re.search(r"[.:;]$", text) and not re.search(r"\b(?:[A-Z]|No|Nos|St|Cllr|Mr|Mrs|Dr)\.$", text)
        wrapped = not has_pages and (pdf and not ended or nxt[:1].islower() or re.match(r"^\(Pages?\b", nxt))
        if not (dash or wrapped):
            break
        text += " " + nxt
        last = n
    return last, text


def _outside_fields(lines: list[str], inner: list[Candidate], start: int, stop: int) -> list[Candidate]:
    """Given the labelled lines inside an agenda item (its line ``start`` to ``stop``), return
    those that are its sub-items: not the parts of a "Recommendation:" or "CEQA:" field of the
    item ("Recommendation: (a) Adopt a resolution ... (b) Approve up to $30,000 ..."), unless
    set off in bold or capitals as headings are (weight 2)."""
    labelled = {x.line for x in inner}
    fields = [n for n in range(start + 1, stop + 1) if n not in labelled and _ITEM_FIELD.match(lines[n - 1])]
    if not fields:
        return inner

    def in_a_field(x: Candidate) -> bool:
        # inside when its list starts after the field: no label of its list stands between
        # the item's title and the field (a sibling sub-item's own field leaves it alone)
        field = max((f for f in fields if f < x.line), default=None)
        return field is not None and not any(
            start < y.line < field and family(y.label) == family(x.label) for y in inner)

    return [x for x in inner if x.weight >= 2 or not in_a_field(x)]

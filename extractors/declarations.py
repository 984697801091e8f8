"""Declarations of interest: who declared what kind of interest, in which item.

Sentences of the form "<people> declared a/an [<kind>] interest [in <item>] ..." across the
house styles ("Councillor Cusworth declared a non-pecuniary interest in Minute No. 128 as ...",
"(2) Mrs Chandler and Mr Rayner declared a pecuniary interest in item 12 – ...", "Mr Sole
declared an interest that a family member worked for the Council", "Councillor R. Niro declared
a conflict on this item"). "There were no
declarations of interest" yields nothing. Sentences are joined over wrapped PDF lines first.
"""

from __future__ import annotations

import re

from extractors.common import span
from extractors.labels import opens_item, parse_labels
from extractors.people import parse_person
from minutebook.document import Document

_DECLARED = re.compile(
    r"(?P<who>(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?[A-Z][\w'’.-]*(?:[\s,]+(?:and\s+)?[\w'’.-]+){0,12}?)"
    r"(?P<having>,?\s+(?:who\s+)?(?:had|having)(?:\s+previously)?)?"
    # "declared a personal interest", "disclosed an interest", "made a declaration of a
    # pecuniary interest", "declared that she had a non-pecuniary interest".
    r"\s+(?:each\s+|both\s+|also\s+)?(?:declared|disclosed|made\s+(?:a\s+)?declarations?\s+of)"
    r"(?:\s+that\s+(?:he|she|they)\s+(?:had|has|have))?"
    # "declared a conflict on this item" (US and Canadian minutes)
    r"\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?P<kind>[\w\s-]{0,40}?)\s*(?:[Ii]nterests?|conflict(?:\s+of\s+interest)?)\b"
    r"(?P<rest>(?:No\.|[^.])*)",
)
_ITEM = re.compile(
    r"^\s*(?:in|under|on|regarding|in\s+respect\s+of|relating\s+to)\s+(?P<item>(?:minute\s+no\.?\s*|minute\s+|agenda\s+item\s+|item\s+)[\w./]+(?:\s*\([^)]*\))?(?:\s*[-–,]\s*[^,;]+?)?)"
    # The title ends where the reason starts ("... as he", "... – that she", "... – and would"); a
    # dash alone does not end it ("item 12 – Motion for Debate 3 - ‘Family Farm Tax’ – and ...").
    r"(?=\s+(?:as|because|since|that)\s|\s*[-–]\s*(?:that|and|as|because|since|which|who|where)\b"
    r"|\s+and\s+(?:would|left|did|took|will)\b|[,;]|$)",
    re.IGNORECASE,
)
_KINDS = {
    "non-pecuniary": "non-pecuniary", "non pecuniary": "non-pecuniary", "pecuniary": "pecuniary",
    "disclosable pecuniary": "pecuniary", "personal": "personal", "prejudicial": "prejudicial",
    "other significant": "other significant", "personal and prejudicial": "personal and prejudicial",
    "registrable": "registrable", "non-registrable": "non-registrable", "other registrable": "other registrable",
}


def extract_declarations(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per person per declaration sentence."""
    records: list[dict] = []
    for text, first, last in _sentences(doc.lines):
        for m in _DECLARED.finditer(text):
            if m.group("having"):
                continue  # "Councillors Jarvis and Senior, who had declared an interest, left": a reminder
            who = re.sub(r"^(?:\(?\d{1,2}[.)]|[a-z][.)])\s*", "", m.group("who")).strip()
            who = re.sub(r"^(?:later in the meeting|at this point|also)\s*,?\s*", "", who, flags=re.IGNORECASE)
            if re.search(r"\bno\b|\bnone\b", who, re.IGNORECASE):
                continue
            kind = " ".join(m.group("kind").lower().split())
            interest = _KINDS.get(kind, kind or None)
            item_match = _ITEM.match(m.group("rest"))
            item = item_match.group("item").strip(" ,-–") if item_match else None
            people = _people(who)
            for person in people:
                records.append({
                    "name": person.name,
                    "honorific": person.honorific,
                    "interest": interest,
                    # The kind as printed ("disclosable pecuniary"), for the record.
                    "interest_printed": kind or None,
                    "item": item,
                    # minute_number is the minute the declaration is recorded under (set by
                    # the linker); the item it concerns is kept as printed in ``item``.
                    **span(doc, first, last),
                })
    return records + _labelled(doc, records)


# "Declarations of Interest: Mr D Myles – Foodbank", "Declarations of interest – Cllr A Smith
# (item 7); Cllr B Jones (item 9)": a list under a run-in label, each person and what it is in.
_LABELLED = re.compile(r"^\W*(?:\d+\.?\s*)?declarations?\s+of\s+(?:(?:members'?|pecuniary|any)\s+)*interests?"
                       r"\s*[:\-–—]\s*(?P<rest>\S.*)$", re.IGNORECASE)


def _labelled(doc: Document, found: list[dict]) -> list[dict]:
    """Given a document and the declarations read from sentences, return those listed under a
    "Declarations of Interest:" label instead (none when the label says "none")."""
    out = []
    for n, line in enumerate(doc.lines, start=1):
        if _HEADING.match(line.strip()):
            out += _listed_under(doc, n, found)
        m = _LABELLED.match(line.strip())
        if not m or re.match(r"(?:none|nil|no\b|there\s+were\s+no)", m.group("rest"), re.IGNORECASE):
            continue
        if any(r["line_start"] <= n <= r["line_end"] for r in found):
            continue  # "... : Cllr X declared an interest in ...": read as a sentence already
        for entry in re.split(r"\s*;\s*", m.group("rest")):
            who, *what = re.split(r"\s+[-–—]\s+|\s*\(", entry, maxsplit=1)  # "Mr D Myles – Foodbank"
            what = what[0] if what else ""
            out += [_listed(doc, person, what.strip(" .)"), n) for person in _people(who.strip(" ."))]
    return out


def _listed(doc: Document, person, item: str | None, n: int) -> dict:
    """Given a person listed as declaring, what it is in and the line, return the record (the
    kind of interest is not printed in such lists)."""
    return {"name": person.name, "honorific": person.honorific, "interest": None, "interest_printed": None,
            "item": item or None, **span(doc, n, n)}


def _listed_under(doc: Document, heading: int, found: list[dict]) -> list[dict]:
    """Given a declarations heading's line, return the declarations listed under it as
    labelled sub-items: "3.1 Councillor R. Niro – YMCA – Investing in Canada Infrastructure
    Program" (the person, then what it is in), until the next item."""
    out = []
    top = parse_labels(doc.lines[heading - 1])
    for n in range(heading + 1, min(len(doc.lines), heading + 15) + 1):
        labels = parse_labels(doc.lines[n - 1].strip())
        if not labels or not labels[0].text:
            continue  # (a page number printed alone)
        if labels[0].scheme != "dotted" or (top and labels[0].parts[0] != top[0].parts[0]):
            break  # the next item of business
        who, *what = re.split(r"\s+[-–—]\s+", labels[0].text, maxsplit=1)
        person = parse_person(who)
        if person is None or any(r["line_start"] <= n <= r["line_end"] for r in found):
            continue
        out.append(_listed(doc, person, what[0].strip() if what else None, n))
    return out


def _people(who: str):
    """Given the subject of "declared", return the people it names ("Mrs A and Mr B")."""
    out = []
    carried = None
    for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", who):
        person = parse_person(part, default_honorific=carried)
        if part.lower().startswith(("councillors ", "cllrs ")):
            carried = "Councillor"
        if person:
            out.append(person)
    return out


_HEADING = re.compile(r"^\W*(?:\S+\s+)?(?:\d+\.?\s+)?(?:to\s+receive\s+(?:any\s+)?)?declarations?\s+of\s+"
                      r"(?:(?:members'?|councillors'?|disclosable|pecuniary|other|any)\s+)*interests?\b[^.]{0,40}$",
                      re.IGNORECASE)


def _sentences(lines: list[str]):
    """Given document lines, yield (paragraph text, first line, last line) for lines that
    mention a declaration, joined with the wrapped lines around them."""
    n = 0
    while n < len(lines):
        if not re.search(r"declar|disclose", lines[n], re.IGNORECASE) or _HEADING.match(lines[n]):
            n += 1  # a heading ("23/101 Declarations of interest") is not joined to what follows
            continue
        first = n
        while (first > 0 and lines[first - 1].strip() and not re.search(r"[.:)]\s*$", lines[first - 1])
               and n - first < 3 and not _HEADING.match(lines[first - 1]) and not opens_item(lines[first])
               and not opens_item(lines[first - 1])):
            first -= 1  # (a line opening with an item's label starts the paragraph; a labelled title above is not it)
        last = n
        while (last + 1 < len(lines) and lines[last + 1].strip() and not re.search(r"[.]\s*$", lines[last])
               and last - n < 4 and not opens_item(lines[last + 1])):
            last += 1
        text = " ".join(x.strip() for x in lines[first : last + 1])
        yield text, first + 1, last + 1
        n = last + 1

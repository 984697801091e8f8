"""Actions listed under a heading of their own: an action list printed as lines, not a table.

Minutes of clubs, societies and small boards often close with "Action List", "Actions",
"List of Actions", "Action Points" or "Summary of Actions", then one numbered or bulleted line
per task, its owners first and the task after a dash or colon:

* "1. Daniel - organise posters for Physical Systems advertising"
* "4. Shanette + other - buy PPSS GOSS stuff from IKEA", "5. Innes/George - buy knives and forks"
* "• JD: draft the newsletter and circulate it", "- Clerk – chase the contractor"

A line that wraps carries on under its item on the same page (set further in, or opening in
lower case or with a bracket or quotation mark). The list ends at the first line that is neither an item nor the
run-on of one. A heading over fewer than two such items is not an action list ("Actions" over a
paragraph of prose). The heading says outright that the lines name owners, so any name is one
(not "The report"); the text is the whole printed item, owners and all, so it reads on its own.
"""

from __future__ import annotations

import re

from extractors.action_lines import _NOT_OWNERS, OWNER, _owners
from extractors.common import span
from extractors.headings import BULLET
from extractors.labels import parse_labels
from minutebook.document import Document

_HEAD = re.compile(r"^\W*(?:(?:list|summary|schedule|record)\s+of\s+(?:new\s+)?actions?"
                   r"|(?:new\s+|agreed\s+)?actions?(?:\s+(?:list|points?|items?|arising|summary|agreed))?)"
                   # ("Action List from Meeting 14-3-16", "Actions from the previous meeting")
                   r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b[^.]{0,30})?\W*$",
                   re.IGNORECASE)
# owners, joined by "/", "+", "&", "," or "and" (and "others" / "all"), then a dash or colon and the task
# (the task in lower case, or capitalised after a colon and a full name: "Jacob Kaplan-Moss: Ask
# the Steering Council how ...")
_ITEM = re.compile(rf"^(?P<owners>{OWNER}(?:\s*(?:/|\+|&|,|\band\b)\s*(?:{OWNER}|others?|all))*)\s*(?:[-–—:]\s*)+"
                   r"(?P<task>(?:to\s+)?[a-z].{3,})$"
                   r"|^(?P<person>(?-i:[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)+))\s*:\s*(?P<imperative>(?-i:[A-Z][a-z]+)(?:\s+\S+){2,})$")
_MIN_ITEMS = 2


def listed_actions(doc: Document, spans: list[tuple[int, int]]) -> list[dict]:
    """Given a document and the line spans of its minutes, return the tasks of the action
    lists printed in those spans or straight after them (a closing list may follow the last
    minute's signature)."""
    out: list[dict] = []
    lines = doc.lines
    for start, end in spans:
        n = start
        stop = min(len(lines), end + 40)
        while n <= stop:
            if not _HEAD.match(lines[n - 1].strip()):
                n += 1
                continue
            items, n = _items_under(doc, n, stop)
            if len(items) >= _MIN_ITEMS:
                out.extend(items)
    return out


def _items_under(doc: Document, head: int, stop: int) -> tuple[list[dict], int]:
    """Given an action-list heading's line, return the actions of its items and the line after them."""
    items: list[dict] = []
    item_x: float | None = None
    n = head + 1
    while n <= stop:
        raw = doc.lines[n - 1]
        text = raw.strip()
        if not text:
            n += 1
            continue
        labels = parse_labels(text)
        bare = re.sub(rf"^{BULLET}", "", labels[0].text.strip() if labels else text).strip()
        found = _ITEM.match(bare) if (labels or bare != text or items == []) else None
        if found:
            # ("Innes/George", "Shanette + other": the slash and plus join owners as "and" does)
            owners = [found.group("person")] if found.group("person") else \
                [o for o, _ in _owners(re.sub(r"\s*[/+]\s*", ", ", found.group("owners")))]
            people = [o for o in owners if o.lower() not in {"other", "others", "all"}]
            # (a list of tasks says outright that it names owners: a first name alone is one, and
            # so is a name no list of given names knows, "Braden"; not "The report", "Minutes")
            if not any(_NOT_OWNERS.match(o) for o in people):  # ("Others - let Daniel know ...")
                items.append({"owners": owners, "text": bare, "status": None, "due_date": None,
                              "source": "action_log", "ref": labels[0].number if labels else None, **span(doc, n, n)})
                style = doc.style(n)
                item_x = style.x0 if style is not None and style.x0 is not None else None
                n += 1
                continue
        if items and not labels and doc.page_of(n) == doc.page_of(n - 1) and _runs_on(doc, n, text, item_x):
            items[-1]["text"] = f"{items[-1]['text']} {text}"
            items[-1].update(span(doc, items[-1]["line_start"], n))
            n += 1
            continue
        break
    return items, n


def _runs_on(doc: Document, n: int, text: str, item_x: float | None) -> bool:
    """Given a line under an item, return whether it carries the item on: set further in than
    the item's label, or opening in lower case, with a bracket or a quotation mark."""
    style = doc.style(n)
    if item_x is not None and style is not None and style.x0 is not None and style.x0 > item_x + 4:
        return True
    return text[:1].islower() or text[:1] in "(\"“‘'"

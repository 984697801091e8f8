"""Action owners named in part, linked to the attendee they are: an owner printed as initials
("JG"), a given name ("Martin to arrange ...") or a surname ("Cllr Freeman"), replaced by the
one attendee of the meeting they fit, so an owner search by name finds the action. Names that
fit nobody, or several, stay as printed. (A vote's mover, seconder and roll call keep the names
as printed, initials included: the record of how the minutes named them.)
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_SURNAME_AFTER = r"[ \t]+(?:(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?=[ \t]*(?:$|[,.;:()/–—-]))"


def attendee_resolver(attendees: list[dict], text: str = "") -> Callable[[str | None, str | None], str | None]:
    """Given a document's attendees and its text, return a function (meeting_id, name) -> the
    attendee's full name, or the name as printed.

    Initials are the attendee the attendance prints them beside ("Barbara McTavish (BMcT,
    chair)"), else the one attendee of the meeting with those initials ("James Graham"). A word
    alone is the one attendee with that given name or surname; a given name no attendee has is
    the one full name the text prints with it ("Website ---- Diane Oyen" over "Diane will post
    ..."), never a post or "All".
    """
    from extractors.action_owners import _all_given_names as given_names

    by_initials: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_word: dict[tuple[str, str], set[str]] = defaultdict(set)  # a given name or surname alone
    printed: dict[tuple[str, str], str] = {}
    for person in attendees:
        words = [w for w in re.split(r"[\s-]+", person["name"]) if w]
        if len(words) >= 2:
            by_initials[(person["meeting_id"], "".join(w[0] for w in words).upper())].add(person["name"])
            for word in (words[0], words[-1]):
                by_word[(person["meeting_id"], word)].add(person["name"])
        if person.get("initials"):  # "Lana Reid McConnell (LRMcC)": the minutes say who it is
            printed[(person["meeting_id"], person["initials"])] = person["name"]

    def resolve(meeting_id: str | None, name: str | None) -> str | None:
        key = (meeting_id, name)
        if key in printed:
            return printed[key]
        fits: set[str] = set()
        if re.fullmatch(r"[A-Z]{2,3}", name or ""):
            fits = by_initials.get(key, set())
        elif _WORD.fullmatch(name or ""):
            fits = by_word.get(key, set()) or (
                set(re.findall(rf"\b{re.escape(name)}{_SURNAME_AFTER}", text, re.MULTILINE))
                if name.lower() in given_names() else set())  # (a given name: not "All", not "Treasurer")
        return next(iter(fits)) if len(fits) == 1 else name

    return resolve


def link_names_to_attendees(result: dict[str, list[dict]], text: str = "") -> None:
    """Given a document's linked records (attendees, actions) and its text, replace the owners
    printed in part by the attendee they are, in place."""
    resolve = attendee_resolver(result.get("attendees", []), text)
    for action in result.get("actions", []):
        owners = action.get("owners") or []
        owners[:] = [resolve(action.get("meeting_id"), owner) for owner in owners]

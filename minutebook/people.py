"""Link the same person across meetings and documents.

Papers print one person many ways: "Councillor Cusworth", "V. Cusworth", "Councillor V.
Cusworth", "Vicky Cusworth". People are grouped by surname; within a surname, mentions with
compatible initials join one person, and a bare surname joins the only person of that surname
(when there are several, it stays a person of its own rather than being guessed).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minutebook.store import CuratedStore

_HONORIFICS = re.compile(
    r"^(?:councillors?|cllrs?\.?|mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev|revd)\.?\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r",?\s*\b(?:obe|mbe|cbe|jp|qc|kc)\b\.?$", re.IGNORECASE)


@dataclass
class Person:
    surname: str
    initials: str
    variants: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def person_id(self) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", self.surname.lower()).strip("-")
        return f"{base}_{self.initials.lower()}" if self.initials else base

    @property
    def display_name(self) -> str:
        return max(sorted(self.variants), key=lambda v: (len(v.split()), len(v)))


def parse_name(name: str) -> tuple[str, str] | None:
    """Given a printed name, return (surname, initials of the given names) or None.

    "Councillor V. Cusworth" -> ("Cusworth", "V"); "Steve Ashley" -> ("Ashley", "S");
    "R W Gough" -> ("Gough", "RW"); "Cusworth" -> ("Cusworth", "").
    """
    text = _SUFFIX.sub("", " ".join(name.split()))
    while True:
        stripped = _HONORIFICS.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = re.sub(r"\(.*?\)", "", text).strip(" ,.")
    tokens = [t for t in re.split(r"[\s.]+", text) if t]
    if not tokens or not re.match(r"[A-Za-z]", tokens[-1]):
        return None
    surname = tokens[-1]
    initials = "".join(t[0].upper() for t in tokens[:-1] if t[0].isalpha())
    return surname, initials


def _compatible(a: str, b: str) -> bool:
    """Given two initials strings, say whether they can name the same person."""
    return not a or not b or a.startswith(b) or b.startswith(a) or a[0] == b[0]


def link_people(names: list[str]) -> tuple[list[Person], dict[str, str]]:
    """Given printed names (repeats allowed), return the people and {printed name: person_id}."""
    by_surname: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for name in names:
        parsed = parse_name(name)
        if parsed:
            surname, initials = parsed
            by_surname[surname.lower()].append((name, surname, initials))
    people: list[Person] = []
    mapping: dict[str, str] = {}
    for mentions in by_surname.values():
        group: list[Person] = []
        # Fullest initials first, so "RW" claims "R" and bare surnames attach last.
        for name, surname, initials in sorted(mentions, key=lambda m: -len(m[2])):
            if not initials:
                continue
            match = next((p for p in group if _compatible(p.initials, initials)), None)
            if match is None:
                match = Person(surname=surname, initials=initials)
                group.append(match)
            match.variants.add(name)
            match.mentions += 1
            mapping[name] = match.person_id
        bare = [m for m in mentions if not m[2]]
        if bare:
            if len(group) == 1:
                target = group[0]
            else:
                target = Person(surname=bare[0][1], initials="")
                group.append(target)
            for name, _, _ in bare:
                target.variants.add(name)
                target.mentions += 1
                mapping[name] = target.person_id
        people.extend(group)
    return people, mapping


def build_people(store: "CuratedStore", vid: str) -> list[dict]:
    """Given a store and a version being published, return the rows of the people table."""
    names: list[str] = []
    attendees = store.read_table("attendees", columns=["name"], vid=vid)
    names.extend(n for n in attendees["name"].to_pylist() if n)
    actions = store.read_table("actions", columns=["owners"], vid=vid)
    for owners in actions["owners"].to_pylist():
        names.extend(o for o in owners or [] if o)
    declarations = store.read_table("declarations", columns=["name"], vid=vid)
    names.extend(n for n in declarations["name"].to_pylist() if n)
    people, _ = link_people(names)
    return [
        {
            "person_id": p.person_id,
            "display_name": p.display_name,
            "surname": p.surname,
            "initials": p.initials or None,
            "variants": sorted(p.variants),
            "n_mentions": p.mentions,
        }
        for p in sorted(people, key=lambda p: p.person_id)
    ]

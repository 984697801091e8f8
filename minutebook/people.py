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

from extractors.people import VOCAB

if TYPE_CHECKING:
    from minutebook.store import CuratedStore

# One vocabulary of honorifics and post-nominals for the whole project: the extractors' data.
_HONORIFICS = re.compile(
    r"^(?:%s)\.?\s+" % "|".join(sorted(map(re.escape, VOCAB["honorifics"]), key=len, reverse=True)), re.IGNORECASE
)
# After a comma any post-nominal ("R C Love, OBE", "A Khan, BSc"); without one only the
# honours, so a surname such as "Ba" is never cut.
_SUFFIX = re.compile(
    r"(?:,\s*\b(?:%s)|\s+(?:OBE|MBE|CBE))\.?$" % "|".join(map(re.escape, VOCAB["post_nominals"])), re.IGNORECASE
)


# Honorifics that say whether a person is a man or a woman: "Mrs P T Cole" and "Mr P Cole"
# sit on one council, and their initials alone would make them one person.
_SEX = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def sex_of(honorific: str | None) -> str | None:
    """Given an honorific as printed ("Mrs", "Mr.", "Councillor"), return 'm', 'f' or None."""
    return _SEX.get((honorific or "").strip().rstrip(".").lower())


def _fits(person: "Person", sex: str | None) -> bool:
    """Given a person and the sex a mention's honorific gives (or None), say whether they agree."""
    return sex is None or person.sex in (None, sex)


@dataclass
class Person:
    surname: str
    initials: str
    given: str | None = None  # first given name when printed in full ("Steve"), else None
    sex: str | None = None  # from a printed Mr/Mrs/Ms, when one was
    variants: set[str] = field(default_factory=set)
    mentions: int = 0
    suffix: str = ""  # set by link_people when two people would share an id (a Mr and a Mrs K Doyle)

    @property
    def person_id(self) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", self.surname.lower()).strip("-")
        if self.given:
            return f"{base}_{self.given.lower()}{self.suffix}"
        return (f"{base}_{self.initials.lower()}" if self.initials else base) + self.suffix

    @property
    def display_name(self) -> str:
        return max(sorted(self.variants), key=lambda v: (len(v.split()), len(v)))


def parse_name(name: str) -> tuple[str, str] | None:
    """Given a printed name, return (surname, initials of the given names) or None.

    "Councillor V. Cusworth" -> ("Cusworth", "V"); "Steve Ashley" -> ("Ashley", "S");
    "R W Gough" -> ("Gough", "RW"); "Cusworth" -> ("Cusworth", "").
    """
    parsed = parse_name_full(name)
    return parsed[:2] if parsed else None


def parse_name_full(name: str) -> tuple[str, str, str | None] | None:
    """Given a printed name, return (surname, initials, first given name if printed in full)."""
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
    given_tokens = [t for t in tokens[:-1] if t[0].isalpha()]
    initials = "".join(t[0].upper() for t in given_tokens)
    first = given_tokens[0] if given_tokens else ""
    given = first.capitalize() if len(first) > 1 and not first.isupper() else None
    return surname, initials, given


def _compatible(a: str, b: str) -> bool:
    """Given two initials strings, say whether they can name the same person."""
    return not a or not b or a.startswith(b) or b.startswith(a) or a[0] == b[0]


def same_person_possible(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Given (initials, given name) of two mentions with one surname, say if one person fits both."""
    (ia, ga), (ib, gb) = a, b
    return _compatible(ia, ib) and (ga is None or gb is None or ga.lower() == gb.lower())


def link_people(names: list[str | tuple[str, str | None]]) -> tuple[list[Person], dict[str, str]]:
    """Given printed names, or (name, honorific) pairs (repeats allowed), return the people
    and {printed name: person_id}.

    Full given names found people ("Steve Ashley", "Sam Ashley"); initials-only mentions
    ("S Ashley") join the one person they fit, or stand alone when several fit; a bare
    surname joins the only person of that surname. A Mr and a Mrs (or Ms, Miss) are never
    one person.
    """
    by_surname: dict[str, list[tuple[str, str, str, str | None, str | None]]] = defaultdict(list)
    for entry in names:
        name, honorific = entry if isinstance(entry, tuple) else (entry, None)
        parsed = parse_name_full(name)
        if parsed:
            by_surname[parsed[0].lower()].append((name, *parsed, sex_of(honorific)))
    people: list[Person] = []
    mapping: dict[str, str] = {}

    def add(person: Person, name: str) -> None:
        person.variants.add(name)
        person.mentions += 1
        mapping[name] = person.person_id

    for mentions in by_surname.values():
        group: list[Person] = []
        named = [m for m in mentions if m[3]]
        initialled = [m for m in mentions if not m[3] and m[2]]
        bare = [m for m in mentions if not m[2]]
        for name, surname, initials, given, sex in sorted(named, key=lambda m: -len(m[2])):
            match = next((p for p in group if same_person_possible((p.initials, p.given), (initials, given))
                          and _fits(p, sex)), None)
            if match is None:
                match = Person(surname=surname, initials=initials, given=given, sex=sex)
                group.append(match)
            match.sex = match.sex or sex
            add(match, name)
        for name, surname, initials, given, sex in sorted(initialled, key=lambda m: -len(m[2])):
            fits = [p for p in group if same_person_possible((p.initials, p.given), (initials, None))
                    and _fits(p, sex)]
            if len(fits) == 1:
                add(fits[0], name)
                fits[0].sex = fits[0].sex or sex
            else:
                # Several fit ("S Ashley" of Steve and Sam): a person of its own, and one
                # person however often that printing recurs.
                person = next((p for p in group if p.given is None and p.initials == initials and p.sex == sex
                               and p.surname == surname), None)
                if person is None:
                    person = Person(surname=surname, initials=initials, sex=sex)
                    group.append(person)
                add(person, name)
        if bare:
            target = group[0] if len(group) == 1 else Person(surname=bare[0][1], initials="")
            if target not in group:
                group.append(target)
            for name, *_ in bare:
                add(target, name)
        people.extend(group)
    # Two people may print alike ("Mr K Doyle" and "Mrs K Doyle", never one person): the people
    # table's key must still be unique, or the store refuses the whole publish.
    by_id: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        by_id[person.person_id].append(person)
    for same in (group for group in by_id.values() if len(group) > 1):
        for k, person in enumerate(same, start=1):
            person.suffix = f"_{person.sex}" if person.sex and sum(p.sex == person.sex for p in same) == 1 else f"_{k}"
        for person in same:
            for name in person.variants:
                mapping[name] = person.person_id
    return people, mapping


def build_people(store: "CuratedStore", vid: str) -> list[dict]:
    """Given a store and a version being published, return the rows of the people table."""
    names: list[str | tuple[str, str | None]] = []
    attendees = store.read_table("attendees", columns=["name", "honorific"], vid=vid)
    names.extend((n, h) for n, h in zip(attendees["name"].to_pylist(), attendees["honorific"].to_pylist()) if n)
    actions = store.read_table("actions", columns=["owners"], vid=vid)
    for owners in actions["owners"].to_pylist():
        names.extend(o for o in owners or [] if o)
    declarations = store.read_table("declarations", columns=["name"], vid=vid)
    names.extend(n for n in declarations["name"].to_pylist() if n)
    # Members named in votes: how they voted, and who moved and seconded.
    records = store.read_table("vote_records", columns=["name"], vid=vid)
    names.extend(n for n in records["name"].to_pylist() if n)
    votes = store.read_table("votes", columns=["mover", "seconder"], vid=vid)
    names.extend(n for col in ("mover", "seconder") for n in votes[col].to_pylist() if n)
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

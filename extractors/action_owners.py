"""Who a promise belongs to: people as printed in minutes and action logs.

Shared by the action-log and narrative readers. A person is a name-shaped span ("Phil Morris",
"Councillor Lakin", "Dr. John Radford") with no organisation or role word in it
(``NOT_NAME_WORDS``); an owner cell may name several ("Phil Morris & Kevin Stevens") or
initials ("JG"). Given names (``patterns/actions_given_names.json``) tell a person from a
place ("Rotherham Rise") and give a pronoun's likely referent.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from extractors.common import _MONTHS

PATTERNS = Path(__file__).resolve().parent / "patterns"

# --- people -----------------------------------------------------------------------------
HONORIFICS = ("Councillor", "Councillors", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir",
              "Dame", "Lord", "Lady", "Rev", "Revd")
# Capitalised words that begin or end organisations, roles and places, never a person's name.
NOT_NAME_WORDS = frozenset(
    """
    the this that these those it its all any each every some members member council councils board boards
    group groups team teams service services panel panels commission committee committees police trust trusts
    cabinet partnership partnerships sub authority authorities director directors manager managers officer
    officers chair chairman chairwoman vice leader leaders government department school schools college
    university hospital health care centre center agency agencies office network forum unit directorate
    borough county city town hall house street road lane court action actions report reports plan plans
    strategy review minutes agenda item items appendix section part page resolved recommendation
    recommendations update updates survey project programme scheme fund funding policy framework
    national regional local south north east west yorkshire england britain uk social children young
    people adult adults family families safeguarding youth public private voluntary sector community
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december further following there their they we our he she his her
    however also although whilst while when where which who what if in on at as an and or but for of to by
    with from following following, councillor councillors mr mrs ms miss dr prof professor sir dame lord lady
    chief executive head assistant deputy strategic interim independent lay portfolio holder cabinet member
    clinical commissioning nhs foundation association consortium inspectorate constabulary
    therefore thus hence accordingly finally additionally meanwhile similarly consequently later lastly
    firstly secondly thirdly subsequently furthermore moreover overall again instead otherwise
    meeting meetings previous last next special annual general extraordinary regular
    """.split()
)
_NAME_TOKEN = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z][a-z]+)*)"
_HONORIFIC = r"(?:(?:" + "|".join(HONORIFICS) + r")\.?\s+)"
_INITIALS = r"(?:[A-Z]\.?\s+){1,2}"
# A person as printed: "Phil Morris", "Tracey McErlain-Burns", "Councillor Lakin", "Dr. John Radford".
PERSON = re.compile(
    rf"(?<![\w'’-])(?:{_HONORIFIC}(?:{_INITIALS})?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}"
    rf"|{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})(?![\w'’-])"
)
_DETERMINERS = frozenset("a an the this that these those his her their its it all any some every each".split())
_INITIALS_OWNER = re.compile(r"^[A-Z]{2,3}$")


def _strip_honorific(name: str) -> str:
    """Given a printed name, return it without honorifics ("Councillor Lakin" -> "Lakin")."""
    return re.sub(rf"^{_HONORIFIC}+", "", name).strip()


def _valid_person(name: str) -> bool:
    """Given a name-shaped span, say whether it can be a person (no organisation or role word)."""
    words = [w.lower().strip(".") for w in re.split(r"\s+", _strip_honorific(name)) if w]
    if not words:
        return False
    return not any(w in NOT_NAME_WORDS for w in words)


def _owners_from_cell(cell: str) -> list[str]:
    """Given an owner cell, return the owners it names.

    "Phil Morris & Kevin Stevens" -> two owners; "Sue Wilson to forward to Sonya Chambers for
    sharing with the group" -> ["Sue Wilson"] (the one who acts first); "Head of Finance" is kept
    as printed.
    """
    owners: list[str] = []
    for part in re.split(r"\s*(?:&|\band\b|/|;|,|\+)\s*", cell):
        part = part.strip(" .")
        if not part:
            continue
        match = PERSON.match(part)
        if match and _valid_person(match.group(0)):
            owners.append(_strip_honorific(match.group(0)))
        elif _INITIALS_OWNER.match(part) or len(part.split()) <= 6:
            owners.append(part)
    return list(dict.fromkeys(owners))


_LEADING_OWNER = re.compile(
    rf"^\s*((?:{PERSON.pattern}|[A-Z]{{2,3}})(?:\s*(?:,|and|&)\s*(?:{PERSON.pattern}|[A-Z]{{2,3}}))*)"
    r"\s+(?:will|to|would|undertook|agreed|is to|are to)\b"
)


def _owners_from_text(text: str) -> list[str]:
    """Given an action's text, return the owners it opens with ("JG will communicate ..." -> ["JG"])."""
    match = _LEADING_OWNER.match(text)
    if not match:
        return []
    owners = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1)):
        part = part.strip()
        if _INITIALS_OWNER.match(part) or (PERSON.fullmatch(part) and _valid_person(part)):
            owners.append(_strip_honorific(part))
    return owners



@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """Return {lower-case given name: 'female'|'male'} for names of one usual gender only."""
    data = json.loads((PATTERNS / "actions_given_names.json").read_text(encoding="utf-8"))
    female, male = set(data["female"]), set(data["male"])
    return {**{n: "female" for n in female - male}, **{n: "male" for n in male - female}}


def _gender_of(name: str) -> str | None:
    """Given a printed name, return its likely gender from honorific or given name, else None."""
    if re.match(r"^(?:Mrs|Ms|Miss|Dame|Lady)\b", name):
        return "female"
    if re.match(r"^(?:Mr|Sir|Lord)\b", name):
        return "male"
    first = _strip_honorific(name).split()[0].lower() if _strip_honorific(name) else ""
    return _genders().get(first)


def _plausible_person(name: str, text: str) -> bool:
    """Given an owner (honorific removed) and the document text, say whether it names a person.

    A known given name, or a lone surname (printed after an honorific), is a person. Otherwise
    a first word the document mostly prints on its own ("Rotherham" in "Rotherham Rise") is a
    place or body, not a given name.
    """
    words = name.split()
    if len(words) < 2 or words[0].lower() in _all_given_names():
        return True
    first, rest = re.escape(words[0]), re.escape(" ".join(words[1:]))
    alone = len(re.findall(rf"\b{first}\b(?!\s+{rest})", text))
    together = len(re.findall(rf"\b{first}\s+{rest}\b", text))
    return not (alone >= 5 and alone >= 3 * max(1, together))


@lru_cache(maxsize=1)
def _all_given_names() -> frozenset[str]:
    """Return every given name in the vocabulary, whatever its gender."""
    data = json.loads((PATTERNS / "actions_given_names.json").read_text(encoding="utf-8"))
    return frozenset(data["female"]) | frozenset(data["male"])


_APPOSITION = re.compile(r",\s*[^,]{2,80},\s*$")


def _names_ending(prefix: str) -> list[str] | None:
    """Given sentence text ending just before a trigger, return the names ending it, or None.

    "Phil Morris and Kevin Stevens" -> both; "Ian Walker, Head of Service," -> ["Ian Walker"].
    """
    text = prefix.rstrip()
    apposition = _APPOSITION.search(text)
    candidates = [text]
    if apposition:
        candidates.append(text[: apposition.start()].rstrip())
    for candidate in candidates:
        owners = _trailing_name_list(candidate)
        if owners:
            return owners
    return None


def _trailing_name_list(text: str) -> list[str]:
    """Given text, return the list of people it ends with ("A B, C D and E F"), else []."""
    owners: list[str] = []
    end = len(text)
    while True:
        match = None
        for m in PERSON.finditer(text[:end]):
            if m.end() == end:
                match = m
        if match is None:
            break
        name, name_start = _trim_leading_words(match.group(0), match.start())
        if not name or not _valid_person(name):
            break
        owners.insert(0, _strip_honorific(name))
        rest = text[:name_start]
        joiner = re.search(r"(?:\s*,\s*|\s+and\s+|\s*&\s*)$", rest)
        if not joiner:
            break
        end = joiner.start()
    return owners


def _trim_leading_words(name: str, start: int) -> tuple[str | None, int]:
    """Given a name-shaped span and its offset, drop sentence-opening words ("Therefore Paul Grimwood").

    Returns the remaining name and its offset, or (None, start) when no name remains.
    """
    words = name.split(" ")
    if words and words[0].lower() in _DETERMINERS | {"our", "your", "my"}:
        return None, start  # "The Needs Analysis will ...": a thing, not a person
    while words and words[0].lower().strip(".") in NOT_NAME_WORDS and not re.match(_HONORIFIC, words[0] + " "):
        start += len(words[0]) + 1
        words = words[1:]
    rest = " ".join(words)
    return (rest, start) if rest and PERSON.fullmatch(rest) else (None, start)


def _resolve_pronoun(gender: str, before: str, recent: list[list[str]]) -> list[str] | None:
    """Given a pronoun's gender, the sentence before it and recent sentences' people, return its owner.

    The person named earlier in the same sentence wins (its subject); otherwise the first
    person of the nearest earlier sentence naming anyone; a name of the other gender is
    skipped.
    """
    scopes = [[m.group(0) for m in PERSON.finditer(before) if _valid_person(m.group(0))]]
    scopes += list(reversed(recent))
    for names in scopes:
        for name in names:
            known = _gender_of(name)
            if known is None or known == gender:
                return [_strip_honorific(name)]
    return None


# A sentence that opens with given names alone: "Tara will update ...", "Justin and Henry
# volunteered to ...", "Brittany, Ann, Jana and Kelly agreed to ...".
_LONE_NAMES = re.compile(r"^\W*(?:(?:Then|Also)\s+)?(?P<names>[A-Z][a-z'’]+(?:\s*(?:,|&|\band\b)\s*[A-Z][a-z'’]+)*)\s*(?:also\s+|then\s+)?$")


def _lone_names(prefix: str, known: frozenset[str]) -> list[str] | None:
    """Given the words before a trigger, return the given names that make them up when every
    one is a known given name (of the vocabulary or of the meeting's attendees), else None.
    Members who know each other print first names only; a month ("May will ...") is no one."""
    m = _LONE_NAMES.match(prefix)
    if not m:
        return None
    names = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", m.group("names")) if n]
    if not names or any(n.lower() not in known or n.lower() in _MONTHS for n in names):
        return None
    return names

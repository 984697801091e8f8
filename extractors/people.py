"""Parse one printed person ("Dr. David Clitheroe", "Mr R W Gough (Chairman)") with spaCy rules.

The honorific and name shapes are spaCy ``Matcher`` patterns on a blank English pipeline; the
vocabularies (honorifics, post-nominals, chair roles) are data in ``patterns/people.json``.
Used by the attendees and declarations extractors.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB = json.loads((Path(__file__).parent / "patterns" / "people.json").read_text(encoding="utf-8"))
# Posts one person holds, named as that person ("the Clerk will write", "The Chair agreed to").
SOLE_POSTS = frozenset(VOCAB["sole_posts"])
_HONORIFICS = set(VOCAB["honorifics"])

def post_pattern(post: str) -> str:
    """Given a post from the vocabulary ("head teacher", "rfo"), return a regex for it as
    printed: capitalised ("Head teacher", "Head Teacher"), an abbreviation in capitals ("RFO")."""
    if len(post) <= 3:
        return post.upper()
    first, *rest = post.split()
    return r"\s+".join([re.escape(first.capitalize())] + [f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in rest])



_POST_NOMINALS = set(VOCAB["post_nominals"])
_PARTICLES = set(VOCAB["particles"])
# A name word: "Gough", "McErlain", "O'Brien", "DuValle", an initial "R" / "R.", or a
# hyphenated/apostrophe part. Lower-case words are only allowed as particles ("van", "de").
_NAME_WORD = r"^(?:[A-Z][A-Za-z'’]*\.?|[A-Z]\.)$"


_NOT_NAMES = set(VOCAB["not_names"])
# Words of job titles and bodies: "Interim Corporate Director Finance", "Head of Finance" are
# appositions to a person ("Mr John Betts, Interim Corporate Director Finance, ..."), not people.
_TITLE_WORDS = set(VOCAB["title_words"])
_TITLE_STARTS = set(VOCAB["title_starts"])


@dataclass(frozen=True)
class Person:
    """Given one printed person, the parts the curated tables need."""

    name: str
    honorific: str | None
    role: str | None  # 'chair' | 'vice_chair' | None
    title: str | None  # job title or note printed in brackets / after a dash


@lru_cache(maxsize=1)
def _matcher():
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    # spaCy keeps "Dr." and "Mr." as one token (tokenizer exceptions), so allow the dot.
    honorific = {"LOWER": {"IN": sorted(_HONORIFICS | {h + "." for h in _HONORIFICS})}}
    word = {"TEXT": {"REGEX": _NAME_WORD}}
    joiner = {"ORTH": {"IN": ["-", "'", "’"]}}
    particle = {"LOWER": {"IN": sorted(_PARTICLES)}}
    name = [word, {"OP": "*", **{"TEXT": {"REGEX": _NAME_WORD + "|^[-'’.]$"}}}]
    matcher.add("PERSON", [
        [honorific, {"ORTH": ".", "OP": "?"}, *name],
        name,
        [word, particle, *name],
        [honorific, {"ORTH": ".", "OP": "?"}, word, particle, *name],
        [word, joiner, *name],
    ])
    return nlp, matcher


def _split_parens(text: str) -> tuple[str, list[str]]:
    """Given an item, return it without bracketed notes, and the notes."""
    notes = re.findall(r"\(([^()]*)\)", text)
    return re.sub(r"\s*\([^()]*\)\s*", " ", text).strip(), [n.strip() for n in notes]


def role_of(notes: list[str]) -> str | None:
    """Given bracketed or dashed notes ("in the Chair", "Vice-Chairman"), return the role; a
    note of several posts is read post by post ("Vice Chancellor, Chairman": the chair)."""
    role = _role_of(notes)
    if role is None and any("," in note for note in notes):
        role = _role_of([part for note in notes for part in note.split(",")])
    return role


def _role_of(notes: list[str]) -> str | None:
    for note in notes:
        low = " ".join(note.lower().replace("–", "-").split())
        if any(re.search(rf"\b{re.escape(r)}\b", low) for r in VOCAB["vice_chair_roles"]):
            return "vice_chair"
        if any(re.fullmatch(rf"(?:the\s+)?{re.escape(r)}(?:\s+of\s+the\s+\w+)?", low) for r in VOCAB["chair_roles"]):
            return "chair"
        if re.search(r"\b(?:in the chair|chair(?:man|woman|person)?)\b", low) and "vice" not in low and len(low) < 30:
            return "chair"
    return None


# A line that is one person listed: an honorific, a name, and a post after a dash or in
# brackets ("Dr. J Mahender Reddy – Vice Chancellor, Chairman", "Mrs. Ruth Adeyemi (Matron)").
_PERSON_A_LINE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Rev|Revd|Sir|Dame|Hon)\.?\s+"
                            r"(?:[A-Z][\w'’.-]*\s*){1,4}(?:[–—-]\s*[A-Z][^.;]*|\([^)]*\))?\s*\.?$")


def person_a_line(text: str) -> bool:
    """Given a line's text (after any label), return whether it is one person listed (see
    ``_PERSON_A_LINE``): a numbered list of them is attendance, not items of business."""
    return bool(_PERSON_A_LINE.match(text.strip()))


# A person's name and, after a comma, their post and employer: "Rasha Salama, Assistant Branch
# Chief, Manufactured Cannabis Safety Branch", "Shelly Jones, Planning Manager, Department of ...".
_NAME_THEN_POST = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s*,\s*(?P<post>[A-Z].*?)[.,]?$")


def post_after_name(line: str) -> str | None:
    """Given one line of a list, return it as "Name (post)" when it is one person followed by
    their post ("Tamara Colson, Acting Bureau Chief, Bureau of Cannabis Control"), else None: a
    post word (people.json's post_words) after the comma tells a post from a second name
    ("Jane Ames, Tom Bride")."""
    m = _NAME_THEN_POST.match(line.strip())
    posts = set(VOCAB["post_words"])
    # (not a list of people with their posts before them: "Village Manager Steve Sarko, Village
    # Attorney Rob Eschen, ... and Village Clerk Carol Sacks")
    if (not m or not set(re.findall(r"[a-z-]+", m.group("post").lower())) & posts
            or set(m.group("name").lower().split()) & posts or re.search(r"\band\b|&", m.group("post"))):
        return None
    return f"{m.group('name')} ({m.group('post')})"


def parse_person(text: str, default_honorific: str | None = None) -> Person | None:
    """Given one printed person, return a ``Person`` or None when the text is not a name.

    The whole item (notes aside) must match a person pattern: "Cabinet Member for Integrated
    Children's Services" or "the Chair" are not people.
    """
    core, notes = _split_parens(" ".join(text.split()).strip(" ,;.:"))
    core = re.sub(r",?\s*\b(?:%s)\b\.?$" % "|".join(_POST_NOMINALS), "", core, flags=re.IGNORECASE).strip(" ,")
    if not core or len(core) > 60:
        return None
    # Initials run together ("Mr. P.J. Henningson") are read as the spaced ones the patterns know.
    core = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1. ", core)
    suffix = _GENERATION.search(core)
    if suffix and suffix.start() > 0:
        # "Wayne Molt, Jr.": the name read without its generation, which is kept as printed
        person = parse_person(core[:suffix.start()] + "".join(f" ({n})" for n in notes), default_honorific)
        return None if person is None else Person(name=person.name + suffix.group(0).rstrip(), honorific=person.honorific,
                                                  role=person.role, title=person.title)
    two_words = _TWO_WORD_HONORIFIC.match(core)
    if two_words and default_honorific is None:
        # "Council Member Kristi Truitt", "Board Member Ann Lee": the member's title, as printed
        person = parse_person(core[two_words.end():] + "".join(f" ({n})" for n in notes))
        if person is not None and person.honorific is None:
            return Person(name=person.name, honorific=" ".join(two_words.group(0).split()), role=person.role,
                          title=person.title)
    vice = _VICE_HONORIFIC.match(core)
    if vice and default_honorific is None:
        # "Vice Mayor Joanne Ribble", "Deputy Mayor Ann Lee": the deputy's title, as printed
        person = parse_person(core[vice.end():] + "".join(f" ({n})" for n in notes))
        if person is not None and person.honorific is None:
            return Person(name=person.name, honorific=" ".join(vice.group(0).split()), role="vice_chair", title=person.title)
    nlp, matcher = _matcher()
    doc = nlp(core)
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    whole = [s for s in spans if s.start == 0 and s.end == len(doc)]
    if not whole:
        return None
    tokens = [t.text for t in doc]
    if tokens[0].lower() in _NOT_NAMES and not _initial_a(tokens):
        return None  # "The British", "All Members", "Other Officers"
    honorific = None
    if tokens[0].lower().rstrip(".") in _HONORIFICS:
        honorific = tokens[0]
        rest = core[len(tokens[0]):]
        if rest.startswith("."):
            honorific += "."
            rest = rest[1:]
        name = rest.strip()
    else:
        name = core
    if not name or name.lower() in _HONORIFICS:
        return None
    canonical = VOCAB["plural_honorifics"].get((honorific or "").lower().rstrip("."))
    if canonical:
        honorific = canonical
    elif honorific and honorific.lower().rstrip(".") == "councillor":
        honorific = "Councillor"
    if honorific is None and default_honorific and len(name.split()) == 1:
        honorific = default_honorific  # "Councillors Beaumont, Brookes and Senior"
    if honorific is None and _is_title(name):
        return None
    role = role_of(notes) or _role_of_honorific(honorific)
    title = "; ".join(n for n in notes if role_of([n]) is None) or None
    return Person(name=name, honorific=honorific, role=role, title=title)


_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
# A member's title in two words, as US minutes print it before the name.
TWO_WORD_HONORIFICS = (r"(?:Council\s+(?:Member|President|Woman|Man|Person)|Board\s+Member|Committee\s+Member"
                       r"|Commission\s+Member|School\s+Board\s+Member)")
_TWO_WORD_HONORIFIC = re.compile(rf"^{TWO_WORD_HONORIFICS}\s+(?=[A-Z])")
_VICE_HONORIFIC = re.compile(r"^(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("\\-", "[- ]")
                                                for h in sorted(VOCAB["vice_chair_honorifics"], key=len, reverse=True))
                             + r")\s+(?=[A-Z])", re.IGNORECASE)


def _role_of_honorific(honorific: str | None) -> str | None:
    """Given an honorific, return the role it gives: a Mayor or a President presides."""
    low = (honorific or "").lower().rstrip(".")
    return "chair" if low in VOCAB["chair_honorifics"] else None


def _initial_a(tokens: list[str]) -> bool:
    """Given a name's tokens, say whether a leading "A" is an initial ("A Cook", "A Athwall",
    "A J Smith" in a list of councillors) and not the article ("A Resident", "A Member")."""
    if tokens[0] != "A" or not 2 <= len(tokens) <= 3 or len(tokens[-1]) < 2:
        return False
    return not any(t.lower().rstrip(".") in _GENERIC_NOUNS | _TITLE_WORDS | _NOT_NAMES for t in tokens[1:])


_GENERIC_NOUNS = set(VOCAB["generic_nouns"])


def _is_title(name: str) -> bool:
    """Given a name-shaped text without an honorific, say whether it reads as a job title or body."""
    words = [w.lower().strip(".,") for w in name.split()]
    return words[0] in _TITLE_STARTS or any(w in _TITLE_WORDS for w in words)


def plural_honorific(text: str) -> str | None:
    """Given an item ("Councillors Beaumont"), return the honorific it gives those after it."""
    first = text.strip().split(" ", 1)[0].lower().rstrip(".")
    return VOCAB["plural_honorifics"].get(first)


# A post in the plural before the names that hold it, in a list of everyone there: "Treasurers
# Ray Barnes and Towanna Rovenko", "Town Clerks Linda Britton and Carrie Landman", "Deputy Clerks
# A and B". (Plural honorifics of members, "Councillors A, B", are ``plural_honorific``.)
_PLURAL_POST = (r"(?:(?:Town|City|County|Village|Parish|Deputy|Assistant)\s+)?(?:"
                + "|".join(w.capitalize() for w in sorted(VOCAB["post_words"], key=len, reverse=True)) + r")s\s+(?=[A-Z])")
_POST_PAIR = re.compile(rf"(?:^|(?<=,\s))(?P<lead>{_PLURAL_POST})(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+(?:and|&)\s+(?=[A-Z])")


def plural_post(text: str) -> re.Match | None:
    """Given an item ("Treasurers Ray Barnes"), return the plural post that leads it, if any."""
    return re.match(_PLURAL_POST, text.strip())


def share_plural_posts(text: str) -> str:
    """Given a list, print a plural post before each of the two names it covers: "Treasurers A
    and B, C" -> "Treasurers A, Treasurers B, C" (C holds no post)."""
    return _POST_PAIR.sub(lambda m: f"{m.group('lead')}{m.group('first')}, {m.group('lead')}", text)

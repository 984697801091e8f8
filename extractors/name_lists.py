"""Names as lists print them when the layout is lost: two columns read across ("Councillor B.
Bell Councillor Laidlaw", "Brian Bird Robin Forrest"), a group's own list among semicolons
("Trustees: A, B, and C"), a post or a team after a dash ("J Abbott – Town Clerk",
"Fredericton Red Bombers – Justin DeMerchant"). Each helper takes one item or list text and
returns it parted or rewritten for ``extractors.attendee_items``.
"""

from __future__ import annotations

import re

from extractors.people import VOCAB, _is_title, parse_person, plural_honorific, role_of

# (the items of a list: semicolons, commas, "and", "&", "+")
_SPLIT = re.compile(r"\s*;\s*|\s*,\s*|\s+and\s+|\s+&\s+|\s+\+\s+")


_LABELLED_LIST = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?:\s+[A-Za-z]+)?)\s*:\s*(?P<rest>[^:]+(?:,|\band\b)[^:]+)$")


def _paired_names(item: str) -> list[str]:
    """Given a list item, return it, or the people it runs together when a list printed in
    columns was read across with nothing between them ("Brian Bird Robin Forrest" -> "Brian
    Bird", "Robin Forrest"): an even run of capitalised words, a known given name opening half
    of its pairs or more."""
    words = item.split()
    if len(words) < 4 or len(words) % 2 or not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
        return [item]
    from extractors.action_owners import _all_given_names  # (the given-names vocabulary)

    given = _all_given_names()
    known = sum(words[k].lower() in given for k in range(0, len(words), 2))
    if known < max(2, (len(words) // 2 + 1) // 2):  # (given names the vocabulary lacks may be among them)
        return [item]
    return [f"{words[k]} {words[k + 1]}" for k in range(0, len(words), 2)]


def _group_list(part: str) -> list[str]:
    """Given one item of a list parted by semicolons, return it, or the people of a group's
    list it holds ("Trustees: A, B, and C" -> "Trustees A", "B", "C")."""
    m = _LABELLED_LIST.match(part)
    if not m or not plural_honorific(m.group("label")):
        return [part]
    people = [p for p in _SPLIT.split(m.group("rest")) if p.strip(" .")]
    return [f"{m.group('label')} {people[0].strip()}", *people[1:]] if people else [part]


# A name's last word, then an honorific opening the next person, with nothing between: a list
# printed in two columns read across ("Councillor B. Bell Councillor Laidlaw").
_RUN_TOGETHER = re.compile(r"(?P<word>\b[A-Z][a-z'’-]+|\))\s+(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Councilmember|"
                           r"Mayor|Trustee|Alderman|Alderwoman|Alderperson|Senator|Rev|Revd|Prof|Sir|Dame)\.?\s+[A-Z])")
# Words that go before an honorific as part of it ("Deputy Mayor", "Lord Mayor").
_BEFORE_HONORIFIC = {"deputy", "vice", "acting", "lord", "lady", "chief", "interim", "former", "the", "and", "past", "assistant",
                     "city", "county", "district", "community", "parish", "town", "borough", "ward", "state", "regional"}


def _part_run_together(m: re.Match) -> str:
    word = m.group("word")
    if word.lower() in _BEFORE_HONORIFIC or word.lower() in VOCAB["honorifics"]:
        return m.group(0)
    return word + ", "


# A name with its post after a spaced dash: "J Abbott – Town Clerk", "Sue Lee - Treasurer".
_ONE_WORD_POSTS = frozenset(VOCAB["sole_posts"]) | frozenset(VOCAB["post_words"])
# ("Kellie Heckerson - Admin. Coordinator CMO", "Mike Inich - I.T. Director", "Kim Hughes -Budget &
# Purchasing Manager": abbreviations, and no space after the dash)
DASHED_POST = re.compile(r"(?<=[a-z])\s+[–—-]\s*(?P<post>[A-Z][A-Za-z/&'. ]{2,40})$")
def _post_note(m: re.Match) -> str:
    """Given a dashed post, return it as a note in brackets; one word that is no post ("L
    Kennedy - Dalby") is the rest of a double-barrelled name, kept as printed."""
    post = m.group("post").strip()
    if " " not in post and not any(_is_title(p) for p in post.split("/")) and role_of([post]) is None \
            and post.lower() not in _ONE_WORD_POSTS:  # ("Mickey Sandifer - Mayor": a post)
        return m.group(0)
    return f" ({post})"


_ORG_DASH = re.compile(r"^(?P<org>[A-Z][^–—()\d]{2,60}?)\s+[–—-]\s+(?P<person>[A-Z][^–—]{2,60})$")


def org_before_person(item: str) -> str | None:
    """Given a list item, return it as "Person (Organisation)" when it names a team, club or
    body and then, after a dash, a person ("Fredericton Red Bombers – Justin DeMerchant"), else
    None. A post after the dash ("J Abbott – Town Clerk") is not a person."""
    m = _ORG_DASH.match(item.strip())
    if not m:
        return None
    person = parse_person(m.group("person"))
    if person is None or len(person.name.split()) < 2 or person.honorific or person.title:
        return None
    return f"{m.group('person').strip()} ({m.group('org').strip()})"

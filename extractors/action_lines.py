"""Actions minutes state in a line of their own or as an infinitive, with owners of any kind.

Parish, community and US minutes record tasks in forms the undertaking patterns of
``extractors.actions`` do not cover, and give them to posts, initials or groups rather than
to named people:

* an action line: "ACTION: CF to contact the County Council", "Action: HR to submit online
  banking paperwork.", "Action: Volunteers to be recruited for planting.", "ACTION Clerk to
  chase." (owner: whoever the line names before "to", else none);
* an infinitive task: "Clerk to provide both Kate and Rob with paperwork", "NO to respond to
  CDC", "Cllr Simkins to arrange regular meetings";
* a future task: "The Clerk will circulate the form", "LRMcC will inquire if this is
  possible", "Trustee Elton will be looking into terms";
* a request: "The Clerk was asked to write and thank him".

The owner is a name, initials ("HR", "LRMcC"), a post ("the Clerk", "the Chairman", "Vice
Chairman") or a group ("Members", "Subgroup"); ``extractors.pipeline`` replaces initials by
the attendee they stand for where the document says so. The text is the whole sentence.
"""

from __future__ import annotations

import re

from extractors.action_logs import DISCHARGED
from extractors.common import span
from extractors.committee_names import has_words
from extractors.headings import BULLET
from extractors.labels import parse_labels
from extractors.motion_steps import merge_field_motions
from extractors.motion_words import ACTION_TAKEN_VERBS
from extractors.people import SOLE_POSTS, VOCAB, post_pattern
from extractors.sentences import sentences
from minutebook.document import Document

# A post that owns a task ("the Clerk", "Parish Clerk", "Acting Head teacher", "RFO"): the posts one
# person holds and the offices of people.json, capitalised as printed.
_POSTS = (r"(?:the\s+)?(?:Parish\s+|Town\s+|Deputy\s+|Vice[- ]|Acting\s+|Assistant\s+)?(?:"
          + "|".join(post_pattern(p) for p in sorted(SOLE_POSTS | set(VOCAB["office_posts"]), key=len, reverse=True))
          + ")")
_HONORIFIC = r"(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr|Trustee|Commissioner|Supervisor|Mayor|Clerk)\.?"
_PERSON = rf"(?:{_HONORIFIC}\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){{0,2}}"
_INITIALS = r"[A-Z][A-Za-z]{0,3}[A-Z]"
OWNER = rf"(?:{_POSTS}|{_INITIALS}|{_PERSON})"
_OWNERS = rf"(?P<owners>{OWNER}(?:\s*(?:,|and|&)\s*{OWNER}){{0,3}})"
_VERB = r"(?P<verb>[a-z][a-z-]+)"

# "Action: ...", "ACTION POINT - ...", and with its owners before the colon: "ACTION MW: Find ...",
# "Action TL/EW: ...", "ACTION Clerk: ...".
_ACTION_LINE = re.compile(rf"^\s*{BULLET}?ACTIONS?\s*(?:POINT)?(?:\s+(?P<named>(?-i:[A-Z]{{1,4}}(?:\s*[/,&]\s*[A-Z]{{1,4}})*)"
                          rf"|{_POSTS}))?\s*[:\-–]\s*(?P<rest>\S.*)$", re.IGNORECASE)
# "ACTION Clerk to chase.", "Action PE to find out more", "ACTION tenders to be sought by Clerk.":
# the word without a colon before a task worded "X to ..." ("ACTIONS FOR FOLLOW UP" is a heading).
_ACTION_WORD = re.compile(rf"^\s*{BULLET}?(?-i:ACTIONS?|Actions?)\s+(?P<rest>(?=.*\bto\s+[a-z])(?=.*[a-z])[A-Za-z].*)$")
# Owners joined by a slash before the task: "PH/PE to then obtain a quote", "BM/Clerk to write".
_SLASHED_OWNERS = re.compile(rf"^(?P<owners>(?:{_INITIALS}|{_POSTS})(?:\s*/\s*(?:{_INITIALS}|{_POSTS}))+)\s+to\s+(?!be\b)[a-z]")
# An "Action:" line that records what a body did rather than a task ("Action: Approved agenda.").
_DECISION_TAKEN = re.compile(rf"^{ACTION_TAKEN_VERBS}", re.IGNORECASE)
# What the line under an action says of it: "Action carried forwards", "Action completed"; read
# into the action's sentence when no full stop ends it ("... the head race ■ Action completed").
_STATUS_WORDS = r"(?P<status>carried\s+forwards?|in\s+progress|on-?going|completed?|done|closed|discharged|cancell?ed|withdrawn)"
_STATUS_LINE = re.compile(rf"^\s*{BULLET}?(?:action\s+)?{_STATUS_WORDS}\W*$", re.IGNORECASE)
_STATUS_TAIL = re.compile(rf"\s+{BULLET}?action\s+{_STATUS_WORDS}\W*$", re.IGNORECASE)
_INFINITIVE = re.compile(rf"^{_OWNERS}\s+to\s+(?!be\b){_VERB}\b")
# ("Trustee Elton will be looking into ..." is a task; "Volunteers will be needed ..." is not)
# (not "Kim Lee will continue to be Acting Clerk": staying in a post)
_FUTURE = re.compile(rf"^{_OWNERS}\s+(?:will|is\s+going\s+to|plans?\s+(?:on|to))\s+(?:be\s+(?=[a-z]+ing\b))?"
                     rf"(?!(?:continue|remain)\s+(?:to\s+)?(?:be|serve|act|hold|remain|sit|chair)\b){_VERB}\b")
_ASKED = re.compile(rf"^{_OWNERS}\s+(?:was|were|has\s+been|have\s+been)\s+(?:asked|requested|tasked)\s+to\s+{_VERB}\b")
_GROUP = re.compile(r"^(?P<owners>(?:[A-Z][a-z]+\s+)?(?:members|volunteers|subgroup|sub-group|working\s+group|"
                    r"residents)|[A-Z][A-Za-z]{1,4}(?:\s+members)?)\s+to\s+(?P<verb>[a-z]+)")
# Initials or a post giving a task inside a sentence: "... from David Blunt HD will download it",
# "date to be confirmed- NO to respond to CDC".
_SOLE = "|".join(post_pattern(p) for p in sorted(SOLE_POSTS, key=len, reverse=True))
_INSIDE = re.compile(rf"(?:^|[.;:,]\s*|\s[–—-]\s*|\s)(?P<owners>{_INITIALS}|(?:the\s+)?(?:{_SOLE}))"
                     rf"\s+(?:to|will)\s+(?!be\b){_VERB}\b")
# Verbs of tasks, not of states ("to be noted", "to note"): a task is something to do.
_NOT_TASKS = frozenset("be note receive consider approve agree accept have the this that it".split())
_NOT_OWNERS = re.compile(r"^(?:It|This|That|There|The\s+(?:meeting|council|board|committee|report|minutes|item|"
                         r"motion|group|panel|following)|We|They|He|She|All|Any|Each|Both|Which|What|Who|How|"
                         r"Minutes|Report|Item|Motion|Agenda|Planning|Finance|Highways)\b")


def line_actions(doc: Document, minutes_spans: list[tuple[int, int]], is_person) -> list[dict]:
    """Given a document, the line spans of its minutes and a test of whether a name is a
    person's, return the actions stated in action lines and in infinitive, future or
    requested tasks. An owner is a post, initials the document defines ("Hector Rufrancos
    (HR, Secretary)"), a group, or a person: an honorific before a name, or a name the test
    accepts; "Devolution will ...", "The Bill will ..." are not tasks."""
    text = "\n".join(doc.lines)
    # A name with its initials in brackets defines them, when the name is a person's or the
    # initials are its own ("Tomasz Nowak (TN)"): "Hector Rufrancos (HR, Secretary)", and
    # "(JA) Jacob Allen - Chair" with the initials printed before the name.
    initials = {m.group(2) for m in re.finditer(r"([A-Z][a-z]+(?:\s+[A-Z][a-zA-Z'’-]+)+)\s*\(\s*([A-Z][A-Za-z]{0,3}[A-Z])"
                                                r"\s*[,)]", text) if is_person(m.group(1)) or _own(m.group(2), m.group(1))}
    initials |= {m.group(1) for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{0,3}[A-Z])\s*\)\s*([A-Z][a-z]+(?:\s+[A-Z][a-zA-Z'’-]+)+)",
                                                 text) if is_person(m.group(2)) or _own(m.group(1), m.group(2))}
    out: list[dict] = []
    for start, end in minutes_spans:
        # (a motion's "ACTION:" field is what was moved, not a task: read with its motion, and
        # the motion it makes up is no task either)
        read = sentences(doc, start, end)
        said = merge_field_motions(read)
        fields = {id(s) for s in said} - {id(s) for s in read}
        for k, s in enumerate(said):
            if id(s) in fields:
                continue
            owner = _margin_owner(doc, s)
            if owner:  # "NS" alone in the Action column beside a paragraph
                beside = _beside(doc, said[:k], s)
                if beside is not None:
                    out.append({"owners": [owner], "text": beside.text.rstrip(), "status": None, "due_date": None,
                                "source": "narrative", "ref": None, **span(doc, beside.line_start, s.line_end)})
                continue
            found = _action(s.text)
            if found is None:
                continue
            owners, text, explicit = found
            # An "Action:" line says outright that it gives a task: whoever it names owns it.
            if owners and not explicit and not all(_owner_ok(o, initials, is_person, t) for o, t in owners):
                continue
            owners = [o for o, _ in owners]
            if explicit and not owners:
                # "ACTION tenders to be sought by Clerk.": the owner after "by"
                by = re.search(rf"\bby\s+(?P<o>{_POSTS}|{_INITIALS})\W*$", text)
                owners = [by.group("o")] if by else []
            start = s.line_start
            if explicit and k and said[k - 1].line_end == s.line_start and _ACTION_WORD.match(re.sub(rf"^{BULLET}", "", s.text.strip())) \
                    and not _action_said(said[k - 1].text):
                # "● Salt delivery has not arrived in Wroxton. ACTION Clerk to chase.": the topic
                # printed before the action word on its line makes the task self-contained (an
                # "Action: ..." label stands apart from the notes before it)
                text, start = f"{said[k - 1].text.strip()} {s.text.strip()}", said[k - 1].line_start
                text = re.sub(rf"^{BULLET}", "", text)
            status = None
            if explicit:
                tail = _STATUS_TAIL.search(text)  # the status line read into the sentence
                text, status = (text[:tail.start()], _status(tail.group("status"))) if tail else \
                    (text, _status_below(doc, s.line_end))
            out.append({"owners": owners, "text": text, "status": status,
                        "due_date": None, "source": "narrative", "ref": None, **span(doc, start, s.line_end)})
    return out


def _action_said(text: str) -> bool:
    """Given a sentence, return whether it is an action line itself."""
    return bool(_ACTION_LINE.match(text.strip()) or _ACTION_WORD.match(text.strip()))


def _status_below(doc: Document, n: int) -> str | None:
    """Given an action line's last line, return the status the line under it gives ("Action
    carried forwards": open; "Action completed": discharged; cancelled or none: None)."""
    following = doc.lines[n].strip() if n < len(doc.lines) else ""
    m = _STATUS_LINE.match(following)
    return _status(m.group("status")) if m else None


def _status(word: str) -> str | None:
    """Given the word a status line uses, return the contract's status ('open', 'discharged'; None
    when cancelled)."""
    if re.match(r"cancel|withdrawn", word, re.IGNORECASE):
        return None
    return "discharged" if DISCHARGED.search(word) else "open"


def _item_title(text: str) -> bool:
    """Given the text beside a margin mark, return whether it is an item's numbered title
    ("2 Adoption of Previous Minutes"): the mark names who leads the item, not a task."""
    labels = parse_labels(text.strip())
    return bool(labels) and len(labels[0].text) <= 60 and not labels[0].text.endswith(".") and _action(labels[0].text) is None


def _own(initials: str, name: str) -> bool:
    """Given initials and a name, return whether they are a person's name's own ("TN", "Tomasz
    Nowak"), not an organisation's acronym ("CART", "Contact And Referral Team")."""
    words = name.split()
    return (2 <= len(words) <= 3 and initials.upper() == "".join(w[0] for w in words).upper()
            and not has_words("body_words", name) and not re.search(r"\b(?:And|Of|For|The|Team|Group|Service|Services|"
                                                                     r"Trust|Partnership|Unit)\b", name))


def _margin_owner(doc: Document, s) -> str | None:
    """Given a sentence, return the owner it names when it is a lone mark in the right-hand
    Action column of a PDF ("NS", "RH/JG"), else None."""
    text = s.text.strip()
    if s.line_start != s.line_end or not re.fullmatch(r"[A-Z][A-Za-z]{0,3}[A-Z](?:\s*[/,&]\s*[A-Z][A-Za-z]{0,3}[A-Z])*", text):
        return None
    style, page = doc.style(s.line_start), doc.page_of(s.line_start)
    if style is None or style.x0 is None or not page or page > len(doc.page_sizes):
        return None
    return text if style.x0 > 0.6 * doc.page_sizes[page - 1][0] else None


def _beside(doc: Document, before: list, mark) -> object | None:
    """Given the sentences before a margin mark, return the one printed beside it: the last
    one on its page that starts at or above the mark's height."""
    top = doc.style(mark.line_start).top
    for s in reversed(before[-8:]):
        style = doc.style(s.line_start)
        if style is None or doc.page_of(s.line_start) != doc.page_of(mark.line_start):
            continue
        if style.top is not None and style.top <= top + 2:
            if _item_title(doc.lines[s.line_start - 1]):
                return None  # the mark names who leads the item beside it, not a task
            if len(s.text) > 15:
                return s
    return None


def _action(text: str) -> tuple[list[tuple[str, bool]], str, bool] | None:
    """Given a sentence, return (owners, text, whether it is an "Action:" line) when it
    states a task, else None."""
    text = re.sub(rf"^{BULLET}", "", text.strip())
    line = _ACTION_LINE.match(text) or _ACTION_WORD.match(text)
    body = line.group("rest") if line else text
    if line and _DECISION_TAKEN.match(body):
        return None  # "Action: Approved agenda.": what the body did with a motion, not a task
    if line and line.groupdict().get("named"):
        return [(o, False) for o in re.split(r"\s*[/,&]\s*", line.group("named"))], body.rstrip(), True
    slashed = _SLASHED_OWNERS.match(body) if line else None
    if slashed:
        return [(o, False) for o in re.split(r"\s*/\s*", slashed.group("owners"))], body.rstrip(), True
    # "Grass Cutting. Cllr Simkins to arrange ...", "24 Birch Green - the Clerk will ...":
    # a topic before the task is not its owner.
    topic = re.match(r"^[^.;:–—]{2,60}?(?:\.|\s[–—-])\s+(?=[A-Z])", body)
    for candidate in ([body[topic.end():], body] if topic else [body]):
        for pattern in (_INFINITIVE, _FUTURE, _ASKED, _GROUP):
            m = pattern.match(candidate)
            if m and m.group("verb") not in _NOT_TASKS and not _NOT_OWNERS.match(m.group("owners")):
                return _owners(m.group("owners")), body.rstrip(), bool(line)
    m = _INSIDE.search(body)
    if m and re.search(r"\b(?:enable|allow|help|permit|for)\s+(?:to\s+)?(?:the\s+)?$", body[:m.start("owners")] + " ", re.IGNORECASE):
        m = None  # "... to enable the Chair to discuss ...": a purpose, not a task given
    if m and m.group("verb") not in _NOT_TASKS:
        return [(o, False) for o, _ in _owners(m.group("owners"))], body.rstrip(), bool(line)
    if line:
        return [], body.rstrip(), True  # "Action: Volunteers to be recruited ...": a task without an owner
    return None


def _owner_ok(owner: str, initials: set[str], is_person, titled: bool) -> bool:
    """Given one owner (and whether an honorific preceded it), return whether it can own a
    task (see ``line_actions``)."""
    if titled or re.fullmatch(_POSTS, owner, re.IGNORECASE) or owner in initials:
        return True
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:members|volunteers|subgroup|sub-group|working\s+group|residents)", owner,
                    re.IGNORECASE):
        return True
    words = owner.split()
    # (one word only where the test knows it as an attendee's first name: "Kelly to contact ...")
    return (len(words) >= 2 or len(owner) > 2) and all(w[:1].isupper() for w in words) and is_person(owner)


def _owners(text: str) -> list[tuple[str, bool]]:
    """Given the owners' words, return each owner, and whether an honorific named it: names
    without honorifics ("Trustee Elton" -> "Elton"), posts without "the" ("the Clerk" ->
    "Clerk"), initials as printed."""
    out = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", text):
        part = re.sub(r"^the\s+", "", part.strip(), flags=re.IGNORECASE)
        bare = re.sub(rf"^{_HONORIFIC}\s+(?=[A-Z])", "", part)
        if bare:
            out.append((bare, bare != part))
    return out

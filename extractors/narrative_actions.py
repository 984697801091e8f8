"""Narrative actions: sentences in minutes in which a named person undertook, agreed,
offered or was asked to do something ("Warren Carratt undertook to look at PYPPO involvement
and report back"; "Sue was asked to circulate the draft"; "she agreed to write to the
school", the pronoun resolved to the last person of that gender named).

Trigger phrases are spaCy Matcher patterns kept as data in ``patterns/actions_triggers.jsonl``.
Owners must be people named in the document, or a post one person holds ("The Chair agreed
to raise this ..." is owned by "Chair"); "the Council agreed to ..." is the body's decision,
not anyone's action: precision first. Only minutes are read:
"the service will review ..." in an officer's report is nobody's promise.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.action_owners import (
    PERSON,
    _all_given_names,
    _lone_names,
    _DETERMINERS,
    _names_ending,
    _plausible_person,
    _resolve_pronoun,
    _strip_honorific,
    _valid_person,
)
from extractors.common import parse_date, span
from extractors.headings import BULLET
from extractors.narrative_paragraphs import narrative_paragraphs
from extractors.people import SOLE_POSTS
from minutebook.document import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

PATTERNS = Path(__file__).resolve().parent / "patterns"

_PRONOUNS = {"he": "male", "she": "female"}
# Words between a subject and its trigger that do not change who acts ("Steve Ashley also undertook").
_SUBJECT_FILLERS = frozenset(
    "also then therefore subsequently duly kindly both further readily had has have would could will "
    "further happily".split()
)
_NEGATIONS = frozenset("not n't never no".split())
_SUGGESTION = frozenset("suggestion request proposal recommendation offer idea".split())
_DUE = re.compile(
    r"\bby\s+(?:the\s+)?((?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
_MAX_LOOKBACK_SENTENCES = 4


@lru_cache(maxsize=1)
def _pipeline() -> tuple["Language", "Matcher"]:
    """Return the blank English pipeline with a sentencizer and the trigger Matcher (built once)."""
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    # "Cllr. Martin agreed to ...": a council's abbreviated honorifics keep their full stop, so
    # the sentencizer does not end a sentence there ("Mr." and "Dr." are English exceptions)
    for short in ("Cllr.", "Cllrs.", "Councillor.", "Cnllr.", "Rev.", "Revd.", "Prof.", "Hon."):
        nlp.tokenizer.add_special_case(short, [{"ORTH": short}])
    nlp.add_pipe("sentencizer")
    matcher = Matcher(nlp.vocab)
    with open(PATTERNS / "actions_triggers.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rule = json.loads(line)
                matcher.add(rule["label"], [rule["pattern"]])
    return nlp, matcher


_COMMON = {"to", "was", "were", "is", "are", "had", "has", "have", "been", "would", "will", "shall"}


@lru_cache(maxsize=1)
def _trigger_words() -> re.Pattern:
    """Return a regex of the distinctive words of the trigger patterns (a cheap pre-filter)."""
    words: set[str] = set()
    with open(PATTERNS / "actions_triggers.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            for token in json.loads(line)["pattern"]:
                value = token.get("LOWER")
                values = value.get("IN", []) if isinstance(value, dict) else [value] if value else []
                words.update(v for v in values if v not in _COMMON)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.IGNORECASE)


def _excluded_lines(tables: list[dict], doc: Document | None = None) -> set[int]:
    """Given the document's tables, return the lines they occupy (not narrative), unless
    they are minutes laid out as a grid (then their rows are the narrative)."""
    lines: set[int] = set()
    for table in tables:
        lines.update(range(table["line_start"], table["line_end"] + 1))
    if doc is not None:
        from extractors.meetings import prose_table_lines

        grid = doc.pdf_table_lines() - prose_table_lines(doc)
        lines -= grid
    return lines


def _outside_minutes(doc: Document) -> set[int]:
    """Given a document, return the lines outside its minutes (agendas, officers' reports).

    Undertakings are recorded in minutes; "the service will review ..." in a report is not
    an action anyone took on. Documents with no minutes found are read whole.
    """
    from extractors.meetings import extract_meetings  # pure, and segmentation is shared

    spans = [(m["line_start"], m["line_end"]) for m in extract_meetings(doc) if m["kind"] == "minutes"]
    if not spans:
        return set()
    inside = {n for start, end in spans for n in range(start, end + 1)}
    return set(range(1, len(doc.lines) + 1)) - inside


def _narrative_actions(doc: Document, tables: list[dict]) -> list[dict]:
    """Given a document and its tables, return actions undertaken in its narrative text."""
    nlp, matcher = _pipeline()
    paragraphs = narrative_paragraphs(doc, _excluded_lines(tables, doc) | _outside_minutes(doc))
    texts, offsets = [], []
    for paragraph in paragraphs:
        parts, starts, pos = [], [], 0
        for line_no, text in paragraph:
            starts.append((pos, line_no))
            parts.append(text)
            pos += len(text) + 1
        texts.append(" ".join(parts))
        offsets.append(starts)
    full_text = "\n".join(doc.lines)
    known = _first_names(doc)
    actions: list[dict] = []
    recent: list[list[str]] = []  # people named in recent sentences, newest last
    trigger = _trigger_words()
    # Only paragraphs holding a trigger word are parsed by spaCy; the others (most of an
    # officer's report) only feed the people they name into the pronoun look-back.
    wanted = [i for i, t in enumerate(texts) if trigger.search(t)]
    parsed_by_index = dict(zip(wanted, nlp.pipe((texts[i] for i in wanted), batch_size=64)))
    for index, starts in enumerate(offsets):
        parsed = parsed_by_index.get(index)
        if parsed is None:
            for sentence in re.split(r"(?<=[.!?])\s+", texts[index]):
                recent.append([m.group(0) for m in PERSON.finditer(sentence) if _valid_person(m.group(0))])
            del recent[:-_MAX_LOOKBACK_SENTENCES]
            continue
        paragraph_matches = matcher(parsed)
        for sent in parsed.sents:
            sent_people = [m for m in PERSON.finditer(sent.text) if _valid_person(m.group(0))]
            for match_id, start, end in _sentence_matches(paragraph_matches, sent):
                label = parsed.vocab.strings[match_id]
                found = _undertaking(parsed, sent, label, start, end, recent, known)
                if found is None:
                    continue
                owners, action_start = found
                owners = [o for o in owners if o.lower() in SOLE_POSTS or _plausible_person(o, full_text)]
                # The whole sentence, or the clause of it that gives the task: "Steve Ashley agreed
                # to consider this", not "consider this" nor the suggestion before the dash.
                text = _clause_text(parsed, sent, start) if _action_text(parsed, action_start, sent.end) else ""
                text = re.sub(rf"^\s*(?:{BULLET}|[*–]\s*)", "", text)  # a bullet is no part of the task
                if not owners or not text:
                    continue
                first = _line_at(starts, parsed[start].idx)
                last = _line_at(starts, sent.end_char - 1)
                due = _DUE.search(text)
                actions.append({
                    "owners": owners,
                    "text": text,
                    "status": None,
                    "due_date": parse_date(due.group(1)) if due else None,
                    "source": "narrative",
                    "ref": None,
                    **span(doc, _line_at(starts, sent.start_char), last if last >= first else first),
                })
            names = [m.group(0) for m in sent_people]
            recent.append(names)
            del recent[:-_MAX_LOOKBACK_SENTENCES]
    return _dedupe(actions)


def _sentence_matches(paragraph_matches: list[tuple[int, int, int]], sent: "Span") -> list[tuple[int, int, int]]:
    """Given a paragraph's trigger matches and one sentence, return those inside it, longest first."""
    matches = [m for m in paragraph_matches if sent.start <= m[1] and m[2] <= sent.end]
    # Keep one match per trigger position: "was asked to" over "asked".
    kept: list[tuple[int, int, int]] = []
    for m in sorted(matches, key=lambda m: (m[1], -(m[2] - m[1]))):
        if any(k[1] <= m[1] < k[2] for k in kept):
            continue
        kept.append(m)
    return kept


def _line_at(starts: list[tuple[int, int]], char: int) -> int:
    """Given a paragraph's (char offset, line) starts and a char offset, return its line."""
    line = starts[0][1]
    for offset, line_no in starts:
        if offset <= char:
            line = line_no
        else:
            break
    return line


def _undertaking(parsed: "Doc", sent: "Span", label: str, start: int, end: int,
                 recent: list[list[str]], known: frozenset[str] = frozenset()) -> tuple[list[str], int] | None:
    """Given one trigger match, return (owners, index of the action's first token) or None."""
    if label == "OBJECT_TO":
        return _object_owner(parsed, sent, end)
    action_start = end
    if label == "SUBJECT_MODAL":
        action_start = end - 1  # the action verb itself is part of the action
    elif parsed[start].lower_ in ("agreed", "agrees") and action_start < sent.end:
        action_start = _after_suggestion(parsed, sent, action_start)
        if action_start is None:
            return None
    if label == "SUBJECT_TO" and not _starts_with_verb(parsed, action_start, sent.end):
        return None
    if parsed[action_start:action_start + 2].text.lower() in ("take place", "take effect"):
        return None  # "participation ... will take place between 2:00 and 3:00": an event, nobody's task
    owners = _subject_owner(parsed, sent, start, recent) or _lone_names(sent.doc.text[sent.start_char: parsed[start].idx], known)
    if owners is None:
        return None
    return owners, action_start


def attendee_first_names(doc: Document) -> frozenset[str]:
    """Given a document, return the first names (lower case) of the people its attendance lists
    name, not an initial ("J Smith", "J. Smith")."""
    from extractors.attendees import extract_attendees  # pure, read once per document

    return frozenset(r["name"].split()[0].lower() for r in extract_attendees(doc)
                     if r["name"] and r["name"][1:2] not in (" ", "."))


def _first_names(doc: Document) -> frozenset[str]:
    """Given a document, return the given names an owner may go by: the vocabulary's and the
    first names of the people its attendance lists name."""
    return _all_given_names() | attendee_first_names(doc)


def _starts_with_verb(parsed: "Doc", index: int, limit: int) -> bool:
    """Given a token index, say whether an infinitive's verb plausibly starts there."""
    if index >= limit:
        return False
    token = parsed[index]
    return token.is_alpha and token.is_lower and token.lower_ not in _DETERMINERS


def _after_suggestion(parsed: "Doc", sent: "Span", index: int) -> int | None:
    """Given the token after "agreed to", return where the agreed action starts, or None.

    "agreed to look at it" -> "look"; "agreed to a suggestion from X to look at it" -> "look";
    "agreed to the proposal" -> None (agreeing is not undertaking).
    """
    token = parsed[index]
    if token.lower_ not in _DETERMINERS:
        return index
    for i in range(index + 1, min(sent.end, index + 4)):
        if parsed[i].lower_ in _SUGGESTION:
            for j in range(i + 1, min(sent.end - 1, i + 12)):
                if parsed[j].lower_ == "to" and _starts_with_verb(parsed, j + 1, sent.end):
                    return j + 1
            return None
    return None


def _subject_owner(parsed: "Doc", sent: "Span", trigger_start: int, recent: list[list[str]]) -> list[str] | None:
    """Given a trigger's first token, return the people named as its subject, or None.

    The subject sits just before the trigger, perhaps with fillers ("also", "had") and an
    apposition (", Head of Service,"); "he"/"she" resolves to the nearest earlier person of a
    compatible gender. A negation ("had not agreed to") cancels the undertaking.
    """
    i = trigger_start - 1
    while i >= sent.start and parsed[i].lower_ in _SUBJECT_FILLERS | _NEGATIONS:
        if parsed[i].lower_ in _NEGATIONS:
            return None
        i -= 1
    if i < sent.start:
        return None
    if parsed[i].lower_ in SOLE_POSTS and i - 1 >= sent.start and parsed[i - 1].lower_ == "the":
        # "The Chair agreed to raise this ...": a post holder undertakes, owned by the post
        return [parsed[i].text[:1].upper() + parsed[i].text[1:].lower()]
    # "he and the Cabinet Member would liaise": an unnamed role beside the owner owns nothing.
    j = i
    while j > sent.start and j > i - 4 and parsed[j].text[:1].isupper():
        j -= 1
    if j < i and j - 2 >= sent.start and parsed[j].lower_ == "the" and parsed[j - 1].lower_ == "and":
        i = j - 2
    token = parsed[i]
    if token.lower_ in _PRONOUNS and (i == sent.start or parsed[i - 1].lower_ in ("and", "but", ",", "so", "then", "which", "that")):
        before = sent.doc[sent.start:i].text
        return _resolve_pronoun(_PRONOUNS[token.lower_], before, recent)
    prefix = sent.doc.text[sent.start_char: token.idx + len(token.text)]
    return _names_ending(prefix)




def _object_owner(parsed: "Doc", sent: "Span", end: int) -> tuple[list[str], int] | None:
    """Given "asked"/"requested" ending at ``end``, return (people asked, action start) or None.

    "she asked Pete Horner to check the situation" -> (["Pete Horner"], "check").
    """
    rest = sent.doc.text[parsed[end].idx if end < sent.end else sent.end_char: sent.end_char]
    match = re.match(
        rf"\s*((?:{PERSON.pattern})(?:\s*(?:,|and|&)\s*(?:{PERSON.pattern}))*)\s+(?:to)\s+", rest
    )
    if not match:
        return None
    owners = [
        _strip_honorific(p.strip())
        for p in re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1))
        if p.strip() and PERSON.fullmatch(p.strip()) and _valid_person(p.strip())
    ]
    if not owners:
        return None
    char = (parsed[end].idx if end < sent.end else sent.end_char) + match.end()
    index = next((t.i for t in sent if t.idx >= char), None)
    if index is None or not _starts_with_verb(parsed, index, sent.end):
        return None
    return owners, index


def _clause_text(parsed: "Doc", sent: "Span", trigger: int) -> str:
    """Given a sentence and where its trigger is, return the sentence from the start of the
    clause that holds the trigger (after a dash or semicolon before it) to its end."""
    begin = sent.start
    for i in range(trigger - 1, sent.start, -1):
        if parsed[i].text in ("–", "—", ";") or (parsed[i].text == "-" and parsed[i].whitespace_):
            begin = i + 1
            break
    return _action_text(parsed, begin, sent.end)


def _action_text(parsed: "Doc", start: int, end: int) -> str:
    """Given token bounds, return the action's text without the closing full stop."""
    if start >= end:
        return ""
    return parsed[start:end].text.strip().rstrip(" .;:,").strip()


def _dedupe(actions: list[dict]) -> list[dict]:
    """Given narrative actions, drop repeats of the same owners and text (a sentence matched twice)."""
    seen: set[tuple] = set()
    kept = []
    for action in actions:
        key = (tuple(action["owners"]), action["text"], action["line_start"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(action)
    return kept

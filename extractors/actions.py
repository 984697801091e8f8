"""Who promised what, and was it done: actions from action logs and from minutes' narrative.

Two sources. An action log is a table whose header names an action (Action, Details) and
who owns it (Owner, Lead, By whom) or how it stands (Status, Update); every row is one
action, and the section heading above the rows ("Actions Points Discharged on ...") or the
update cell says whether it was discharged. Narrative actions are sentences in which a named
person undertook, agreed, offered or was asked to do something ("Warren Carratt undertook to
look at PYPPO involvement and report back"); trigger phrases are spaCy Matcher patterns kept
as data in ``patterns/actions_triggers.jsonl``. Owners must be people named in the document,
so an action owned by "the Chair" or "the Council" is not emitted: precision first.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.common import parse_date, span
from minutebook.document import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

PATTERNS = Path(__file__).resolve().parent / "patterns"

# --- action-log header vocabulary (a header cell is normalised: lower case, no ':' or '(s)') ---
HEADER_VOCAB: dict[str, re.Pattern[str]] = {
    "ref": re.compile(r"^(?:no|number|ref|reference|ref no|action no|action ref|item no|#)$"),
    "owner": re.compile(
        r"^(?:owner|owners|action owner|lead|lead officer|lead member|responsible|responsible officer|"
        r"responsibility|by whom|who|action by|officer|assigned to|action holder)$"
    ),
    "action": re.compile(
        r"^(?:action|actions|action point|action points|agreed action|action agreed|action required|"
        r"details|action details|description|task|what)$"
    ),
    "status": re.compile(r"^(?:update|updates|status|progress|comment|comments|outcome|rag|rag status|position)\b"),
    "due": re.compile(r"^(?:due|due date|date due|deadline|by when|target date|timescale|completion date|when)$"),
}
# A section heading or update cell saying the action is finished.
DISCHARGED = re.compile(r"\b(?:discharged|completed?|closed)\b|^\W*done\W*$", re.IGNORECASE)
NOT_DISCHARGED = re.compile(r"\b(?:not|yet to be|to be)\s+(?:yet\s+)?(?:discharged|completed?|closed)\b", re.IGNORECASE)
OPEN_HEADING = re.compile(r"\b(?:raised|on-?going|open|outstanding|current|carried forward)\b", re.IGNORECASE)

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
_INITIALS_OWNER = re.compile(r"^[A-Z]{2,3}$")
_PRONOUNS = {"he": "male", "she": "female"}
# Words between a subject and its trigger that do not change who acts ("Steve Ashley also undertook").
_SUBJECT_FILLERS = frozenset(
    "also then therefore subsequently duly kindly both further readily had has have would could will "
    "further happily".split()
)
_NEGATIONS = frozenset("not n't never no".split())
_DETERMINERS = frozenset("a an the this that these those his her their its it all any some every each".split())
_SUGGESTION = frozenset("suggestion request proposal recommendation offer idea".split())
_DUE = re.compile(
    r"\bby\s+(?:the\s+)?((?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
_BULLET = re.compile(r"^\s*(?:[•●▪◦\-–*]|\(?[a-z0-9]{1,3}[.)])\s+")
_MAX_LOOKBACK_SENTENCES = 4
# A trailing clause giving the reason for an action is not part of the action.


def extract_actions(doc: Document, settings: dict | None = None, tables: list[dict] | None = None) -> list[dict]:
    """Given a document (and optionally its extracted tables), return its action records.

    Action-log rows come first in document order, then narrative undertakings. Never raises:
    odd input gives fewer actions.
    """
    try:
        if tables is None:
            from extractors.tables import extract_tables

            tables = extract_tables(doc)
        actions = _log_actions(doc, tables)
        actions += _narrative_actions(doc, tables)
        actions += _other_tasks(doc, tables, actions)
    except Exception:  # an extractor must not stop the run on a pathological document
        return []
    return sorted(actions, key=lambda a: (a["line_start"], a["source"]))


def _other_tasks(doc: Document, tables: list[dict], found: list[dict]) -> list[dict]:
    """Given a document, its tables and the actions found so far, return the tasks stated
    in action lines and infinitive or future forms (``extractors.action_lines``) that are
    not already found, outside tables."""
    from extractors.action_lines import line_actions
    from extractors.meetings import extract_meetings

    spans = [(m["line_start"], m["line_end"]) for m in extract_meetings(doc) if m["kind"] == "minutes"]
    excluded = _excluded_lines(tables, doc) | {n for n, line in enumerate(doc.lines, start=1) if "\t" in line}
    taken = [(a["line_start"], a["line_end"]) for a in found]
    out = []
    full_text = "\n".join(doc.lines)

    def is_person(name: str) -> bool:
        return name.split()[0].lower() in _all_given_names() and _plausible_person(name, full_text)

    for action in line_actions(doc, spans, is_person):
        if action["line_start"] in excluded or any(a <= action["line_start"] <= b or action["line_start"] <= a <= action["line_end"]
                                                   for a, b in taken):
            continue
        out.append(action)
    return out


# --- action logs ------------------------------------------------------------------------


def _header_key(cell: str) -> str:
    """Given a header cell, return it normalised for the vocabulary ("Lead Officer(s):" -> "lead officer")."""
    text = re.sub(r"\(s\)", "", cell.lower())
    text = re.sub(r"[^a-z#]+", " ", text)
    return " ".join(text.split())


def _columns(header: list[str]) -> dict[str, int]:
    """Given a table header, return {role: column index} for the roles the vocabulary knows."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        for role, pattern in HEADER_VOCAB.items():
            if role not in roles and pattern.search(key):
                roles[role] = index
                break
    return roles


def _is_action_log(roles: dict[str, int]) -> bool:
    """Given a header's roles, say whether the table is an action log."""
    return "action" in roles and ("owner" in roles or "status" in roles)


def _log_actions(doc: Document, tables: list[dict]) -> list[dict]:
    """Given the document's tables, return one action per row of every action log."""
    actions = []
    for table in tables:
        roles = _columns(table.get("header") or [])
        if not _is_action_log(roles):
            continue
        row_lines = table.get("row_lines") or [[table["line_start"], table["line_end"]]] * len(table["rows"])
        sections = table.get("row_sections") or [None] * len(table["rows"])
        above = _heading_above(doc, table["line_start"])
        for row, lines, section in zip(table["rows"], row_lines, sections):
            cell = {role: (row[i].strip() if i < len(row) else "") for role, i in roles.items()}
            text = cell.get("action", "")
            if not text:
                continue
            owners = _owners_from_cell(cell["owner"]) if cell.get("owner") else _owners_from_text(text)
            if "owner" not in roles and not owners:
                continue  # a status table without owners is a list of topics, not of promises
            record = {
                "owners": owners,
                "text": text,
                "status": _log_status(section or above, cell.get("status", "")),
                "due_date": parse_date(cell["due"]) if cell.get("due") else None,
                "source": "action_log",
                "ref": cell.get("ref", "").rstrip(".:)").lstrip("(") or None,
                **span(doc, lines[0], lines[1]),
            }
            if table.get("page") is not None and record["page"] is None:
                record["page"] = table["page"]
            actions.append(record)
    return actions


def _heading_above(doc: Document, line_no: int) -> str | None:
    """Given a table's first line, return the nearest non-blank line above it (its heading)."""
    for i in range(line_no - 1, max(0, line_no - 4), -1):
        text = doc.lines[i - 1].strip()
        if text:
            return text
    return None


def _log_status(heading: str | None, update: str) -> str:
    """Given a row's section heading and update cell, return 'discharged' or 'open'."""
    if heading and DISCHARGED.search(heading) and not OPEN_HEADING.search(heading):
        return "discharged"
    if update and DISCHARGED.search(update) and not NOT_DISCHARGED.search(update):
        return "discharged"
    return "open"


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


# --- narrative --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline() -> tuple["Language", "Matcher"]:
    """Return the blank English pipeline with a sentencizer and the trigger Matcher (built once)."""
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
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


def _paragraphs(doc: Document, excluded: set[int]) -> list[list[tuple[int, str]]]:
    """Given a document, return its narrative paragraphs as lists of (line_no, text).

    Text packs print one paragraph per line; PDFs wrap paragraphs over several lines, which
    are joined until a blank line, a bullet or a table.
    """
    paragraphs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for line_no, line in doc.numbered():
        text = line.strip()
        if not text or line_no in excluded or "\t" in line:
            if current:
                paragraphs.append(current)
            current = []
            continue
        starts_new = doc.media_type != "pdf" or bool(_BULLET.match(text)) or bool(re.match(r"^\d+\.\s+[A-Z]", text))
        if starts_new and current:
            paragraphs.append(current)
            current = []
        current.append((line_no, text))
    if current:
        paragraphs.append(current)
    return paragraphs


def _narrative_actions(doc: Document, tables: list[dict]) -> list[dict]:
    """Given a document and its tables, return actions undertaken in its narrative text."""
    nlp, matcher = _pipeline()
    paragraphs = _paragraphs(doc, _excluded_lines(tables, doc) | _outside_minutes(doc))
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
                found = _undertaking(parsed, sent, label, start, end, recent)
                if found is None:
                    continue
                owners, action_start = found
                owners = [o for o in owners if _plausible_person(o, full_text)]
                # The whole sentence, or the clause of it that gives the task: "Steve Ashley agreed
                # to consider this", not "consider this" nor the suggestion before the dash.
                text = _clause_text(parsed, sent, start) if _action_text(parsed, action_start, sent.end) else ""
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
                 recent: list[list[str]]) -> tuple[list[str], int] | None:
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
    owners = _subject_owner(parsed, sent, start, recent)
    if owners is None:
        return None
    return owners, action_start


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

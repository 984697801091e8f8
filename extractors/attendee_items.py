"""Attendance list items to people: one item of a list ("Cllr Paul Rochford (PR)",
"Deputy Treasurer-Office Assistant Kim Turnbull", "Councillors Elliot, Hague and Jones (GROW)",
"Trustee Piacentini Absent") to an attendee record with honorific, role, title and printed
initials; and the Vice-Chair named in passing in the narrative after a PRESENT list.

Used by ``extractors.attendees``, which finds where lists are and hands their text here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.common import span
from extractors.name_lists import (DASHED_POST, _RUN_TOGETHER, _group_list, _paired_names, _part_run_together, _post_note,
                                   org_before_person)
from extractors.people import VOCAB, Person, parse_person, plural_honorific, plural_post, role_of, share_plural_posts
from minutebook.document import Document

_CLAUSE = re.compile(r"\s+(?:who|whom|which|substituting|substituted|representing|on\s+behalf)\b.*$", re.IGNORECASE)

# (a slash parts two people only before an honorific: "Mr J Kinnear/ Ms R MacCallam")
_SPLIT = re.compile(r"\s*;\s*|\s*,\s*|\s+and\s+|\s+&\s+|\s+\+\s+|\s+together\s+with\s+"
                    r"|\s*/\s*(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", re.IGNORECASE)
# "Present: Chair: Mr B de Smid : Secretary: Mr G M Beat: Treasurer: Mr J Kinnear": posts
# labelling the names that follow them.
_POST_LABEL = re.compile(r"(?:^|\s*[:;,/]\s*|\s+)\b(?P<post>(?:Vice[- ]?)?(?:Chair(?:man|woman|person)?|President)|Secretary"
                         r"|Treasurer|Clerk|Convenor|Convener)\s*:\s*")

_GROUPS = VOCAB["group_words"]


def _group_status(text: str) -> str:
    """Given the words of a list head ("Committee Members Present were:", "o Others Present:",
    "STAFF PARTICIPATING IN PERSON:"), return the status of the people it lists."""
    low = " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())
    if "not" in low.split() or any(re.search(rf"\b{w}\b", low) for w in _GROUPS["absent"]):
        return "absent"
    if re.search(r"\b(?:apologies|regrets)\b", low):
        return "apologies"
    attending = [w for w in _GROUPS["in_attendance"] if re.search(rf"\b{w}\b", low)]
    if attending == ["in attendance"] and re.search(r"\b(?:members|councill?ors|councilmembers|trustees|directors|"
                                                    r"commissioners|governors|supervisors)\b", low):
        return "present"  # "Board members in attendance:": the body's own members
    return "in_attendance" if attending else "present"


_VICE = r"Vice[- ]?Chair(?:man|woman|person)?"
_HON = r"(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)"
_SURNAME = r"(?P<name>[A-Z][\w'’-]+)"
# The minutes name the Vice-Chair in passing: "Councillor Jarvis, the Vice-Chair took the Chair",
# "thanked Councillor Cusworth for her Vice-Chairmanship", "the Vice-Chair, Councillor Jarvis".
_VICE_NAMED = [
    re.compile(rf"\b{_HON}\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}?{_SURNAME}\s*(?:,\s*(?:the|as)\s+|\(\s*|\s+for\s+(?:his|her|their)\s+){_VICE}"),
    re.compile(rf"\b[Tt]he\s+{_VICE}\s*,\s*{_HON}\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}?{_SURNAME}\b"),
]


def _chair_by_post(records: list[dict]) -> None:
    """Given the attendees, give the chair's role to the one member listed as the mayor
    ("Mayor - Ronnie Price"), who presides over a US council, where no one is named chair (a
    club's or a board's "President" listed among the officers is left as printed)."""
    if any(r.get("role") == "chair" for r in records):
        return
    posts = [r for r in records if r["status"] == "present" and not r.get("role")
             and (r.get("title") or "").lower() == "mayor"]
    if len(posts) == 1:
        posts[0]["role"] = "chair"


def _vice_chairs_named(lines: list[str], records: list[dict]) -> None:
    """Given the document lines and its attendee records, mark present members that the minutes
    after their PRESENT list name as the Vice-Chair (up to the next PRESENT list)."""
    blocks: list[list[dict]] = []
    for i, record in enumerate(records):
        if record["status"] != "present":
            continue
        if blocks and records[i - 1] is blocks[-1][-1]:
            blocks[-1].append(record)
        else:
            blocks.append([record])
    for k, block in enumerate(blocks):
        if any(r["role"] == "vice_chair" for r in block):
            continue
        first = max(r["line_end"] for r in block) + 1
        last = blocks[k + 1][0]["line_start"] - 1 if k + 1 < len(blocks) else len(lines)
        named = _vice_chair_surnames(lines, first, last)
        hits = [r for r in block if r["role"] is None and r["name"].split()[-1] in named]
        if len(hits) == 1:  # two members sharing the surname: leave it open
            hits[0]["role"] = "vice_chair"


def _vice_chair_surnames(lines: list[str], first: int, last: int) -> set[str]:
    """Given a line range, return the surnames printed as the Vice-Chair's in its narrative."""
    names: set[str] = set()
    for n in range(first, last + 1):
        line = lines[n - 1]
        if "\t" in line or not re.search(r"vice[- ]?chair", line + " " + (lines[n] if n < len(lines) else ""), re.I):
            continue
        text = line + " " + (lines[n] if n < len(lines) and "\t" not in lines[n] else "")
        for pattern in _VICE_NAMED:
            names.update(m.group("name") for m in pattern.finditer(text))
    return names

# A couple under one surname at an item's start: "Trevor & Rene Sawyer", "Graham and Laraine Waters".
_COUPLE = re.compile(r"(?:^|(?<=[,;:]))\s*(?P<a>[A-Z][a-z'’-]+)\s+(?:&|and)\s+(?P<b>[A-Z][a-z'’-]+)\s+"
                     r"(?P<surname>[A-Z][A-Za-z'’-]+)(?=\s*(?:[,;.]|$))")


def _couples(text: str) -> str:
    """Given a list, return it with each couple printed under one surname written out as two
    people ("Trevor & Rene Sawyer" -> "Trevor Sawyer, Rene Sawyer"), where the first is a
    known given name (not "Smith & Jones Partners")."""
    from extractors.action_owners import _all_given_names

    given = _all_given_names()
    return _COUPLE.sub(lambda m: (f" {m.group('a')} {m.group('surname')}, {m.group('b')} {m.group('surname')}"
                                  if m.group("a").lower() in given else m.group(0)), text)


def _split_items(text: str) -> list[str]:
    """Given a list, return its items split at top-level separators (not inside brackets)."""
    text = _couples(text)
    text = re.sub(r",(?=\s*(?:Jr|Sr|II|III|IV)\b\.?(?:\s*(?:[,;&]|\band\b)|\s*$))", "", text)  # "Wayne Molt, Jr., ..."
    dashed = DASHED_POST.search(text.strip()) if not re.search(r"[,;]", text) else None
    if dashed and re.fullmatch(r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’-]*){1,3}", text.strip()[:dashed.start()]):
        return [text.strip()]  # "Geoffry Brown - Budg. & Purch. Specialist": one person, the post after a dash
    items, depth = [], 0
    masked = []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        masked.append(ch if depth == 0 else ("\0" if ch in ",;&" else ch))
    flat = "".join(masked)
    # "and" inside brackets must not split either: mask it too.
    flat = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" and ", " \0nd "), flat)
    # "A of Oregon, member; B, Director, Office of External Affairs; and C, Counsel": where
    # semicolons part the people, the commas part each one's name from their post.
    parts = re.split(r"\s*;\s*(?:and\s+)?", flat) if flat.count(";") >= 2 else _SPLIT.split(flat)
    if flat.count(";") >= 2:
        # "...; Trustees: Jake Myers, Ron Straub, and Heather Wallace; ...": a group's own list
        # among the semicolons, its people parted by commas, the group's word before the first
        parts = [p for part in parts for p in _group_list(part)]
    for part in parts:
        part = part.replace(" \0nd ", " and ").replace("\0", ",").strip(" .")
        if part:
            items.append(part)
    return items


# The seat a member holds, printed after the name: "- District 3", "– Ward 2", "- At Large".
_CONSTITUENCY = re.compile(r"\s*[-–—]\s*(?:(?:District|Ward|Seat|Division|Precinct|Position|Place|Zone)\s+\w+|At[- ]Large)\b\.?",
                           re.IGNORECASE)


def _people(doc: Document, text: str, status: str, virtual: bool, start: int, end: int,
            listed: bool = True) -> list[dict]:
    """Given a list's text, return its attendee records (items that are not people skipped)."""
    found: list[tuple[Person, str | None]] = []  # each person with the plural honorific in force
    statuses: list[str] = []
    item_texts: dict[str, str] = {}
    carried: str | None = None
    text = _POST_LABEL.sub(lambda m: f", {{{m.group('post')}}} ", text)
    # "[additional comments sent via MK ...]": a note in square brackets names no one; "Lymer
    # (Chair) Melanie Knox (Head teacher)": a closing bracket before a name parts two people.
    text = re.sub(r"\s*\[[^\]]*\]", "", text)
    text = re.sub(r"\)\s+(?=[A-Z][a-z]+\s+[A-Z][a-z])", "), ", text)
    text = re.sub(r"\b(Cllrs?|Councillors?|Mrs?|Ms|Dr)\.(?=[A-Z])", r"\1. ", text)  # "Cllrs.Chris Wilton"
    text = _RUN_TOGETHER.sub(_part_run_together, text)  # "Mayor Farbridge Councillor G. Kovach": two columns as one line
    by_semicolon = text.count(";") >= 2
    for item in (name for part in _split_items(share_plural_posts(text)) for name in _paired_names(part)):
        item = _CLAUSE.sub("", item).strip()
        item = re.sub(r"^(?:and|&)\s+", "", item)
        item_status_of_post = None
        if posted := plural_post(item):  # "Treasurers Ray Barnes": an officer, in attendance
            item, item_status_of_post = f"{item[posted.end():]} ({posted.group(0).strip()[:-1]})", "in_attendance"
            carried = None
        if by_semicolon and "," in item:
            # "Ravindra Deo, Executive Director": the post is a note on the person; a board's
            # own "member" among officers is present, the officers in attendance.
            name, post_text = item.split(",", 1)
            item = f"{name.strip()} ({post_text.strip()})"
            if re.fullmatch(r"\s*(?:board\s+)?(?:member|trustee|commissioner|councill?or|governor|director)\s*",
                            post_text, re.IGNORECASE):
                item_status_of_post = "present"
        item = re.sub(r"^(?:the\s+)?(?:following\s+)?(?:members|officers)\s*:?\s*", "", item, flags=re.IGNORECASE)
        group = _GROUP_LEAD.match(item)
        if group:  # "Residents Fiona McDonald": the list turns to people in attendance
            status = _group_status(group.group(0)) if _group_status(group.group(0)) != "present" else status
            item = item[group.end():]
        item = _CONSTITUENCY.sub("", item)  # "Mayor Jon McLain - District 3": the seat is not the name
        item = org_before_person(item) or DASHED_POST.sub(_post_note, item)
        # ("Saint John Seawolves – Barry Ogden": the person, then the team; "J Abbott – Town
        # Clerk": the post after a dash)
        dashed = re.match(r"^(?P<person>.+?\))\s*[-–]\s*(?P<post>[A-Z][A-Za-z ]{2,40})$", item)
        if dashed:  # "Katherine Lymer (KL) - Chair": the post after the initials, as a note
            item = f"{dashed.group('person')} ({dashed.group('post')})"
        post = re.match(r"^\{(?P<post>[^}]+)\}\s*", item)
        if post:  # "Chair: Mr B de Smid": the post before the name, as a note after it
            item = f"{item[post.end():]} ({post.group('post')})"
        item, item_status = _clean_item(item, listed)
        if not item:
            continue
        plural = plural_honorific(item)
        person = _named_after_post(item) if _holds_post(item) else None
        person = person or (_named_before_post(item) if listed else None)
        person = person or parse_person(item, default_honorific=carried)
        if plural:
            carried = plural
        elif person and person.honorific and person.honorific != carried:
            carried = None
        if person is not None:
            found.append((person, None if plural else carried))
            statuses.append(item_status or item_status_of_post or status)
            item_texts[person.name] = item
    out = []
    cursor = start  # people are listed in order: search from the previous one's line
    for (person, _), person_status in zip(_carry_honorifics(found), statuses):
        line = cursor = _line_of(doc, person.name, cursor, end)
        out.append({
            "name": person.name,
            "honorific": person.honorific,
            "status": person_status,
            "role": person.role,
            "title": person.title,
            "initials": _printed_initials(item_texts.get(person.name, "")),
            "virtual": virtual,
            **span(doc, line, line),
        })
    return out


# "Residents Fiona McDonald", "Student Delegates: Mr. Langston Montgomery": a group that the
# rest of the list belongs to.
_GROUP_LEAD = re.compile(r"^(?:residents?|student\s+delegates?|delegates?|members\s+of\s+the\s+public|guests?|"
                         r"visitors?|officers?|staff|observers?)\b\s*:?\s*(?=[A-Z])", re.IGNORECASE)
# A council's place before "Councillor": "City Councillor Lana Reid", "D/Cllr Andrew McHugh".
_PLACE_COUNCILLOR = re.compile(r"^(?:(?:City|County|District|Community|Parish|Town|Borough|Ward)\s+|[DCP]/\s?)"
                               r"(?=(?:Councill?or|Cllr)\b)", re.IGNORECASE)
_POST_WORDS = set(VOCAB["post_words"])
# The office an honorific qualifies: "Highway Commissioner Larry Trainor", "Road Commissioner
# Trainor", "School Trustee Ana Ruiz" (not "Deputy"/"Vice", which make a deputy's title).
_OFFICE_BEFORE_HONORIFIC = re.compile(r"^(?!(?:Deputy|Vice|Acting|Assistant|Interim)\b)(?:[A-Z][a-z]+\s+){1,2}"
                                      r"(?=(?:Commissioner|Trustee|Supervisor|Alderman|Alderperson)\s+[A-Z])")


def _printed_initials(item: str) -> str | None:
    """Given a list item, return the initials printed for the person ("Nick Oakhill (NO)",
    "Barbara McTavish (BMcT,chair)"), or None."""
    m = re.search(r"\(\s*([A-Z][A-Za-z]{0,4}[A-Z])\s*[,)]", item)
    return m.group(1) if m else None


# People counted, not named: "Several residents", "Two members of the public", "No members of the press".
_COUNTED = re.compile(r"^(?:several|some|many|a\s+few|few|no|none|numerous|various|\d+|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|a\s+number\s+of)\b", re.IGNORECASE)


def _clean_item(item: str, listed: bool = True) -> tuple[str, str | None]:
    """Given one item of a list, return it ready to parse as a person, and the status it
    states of itself ("Trustee Piacentini Absent"), if any. A council's place before
    "Councillor" goes, and so do a trailing "+" and, in a list under a head (not in a
    sentence: "the French ambassadors were ..."), a description in lower case after a name
    ("Lauren owners of the Mullions")."""
    item = re.sub(r"^(?:and|&)\s+", "", item.strip())
    item = re.sub(r"(?<![A-Za-z])([A-Z])\.(?=[A-Z][a-z])", r"\1. ", item)  # "Mrs. Y.Ratnabhanu": an initial run into the name
    if _COUNTED.match(item):
        return "", None  # "Several residents were in attendance", "Two members of the public"
    # "Commissioners Mr. Matt Alexander": the person's own honorific wins.
    item = re.sub(r"^[A-Z][a-z]+s\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\b)", "", item)
    item = _PLACE_COUNCILLOR.sub("", item.strip(" +"))
    item = _OFFICE_BEFORE_HONORIFIC.sub("", item)
    status = None
    tail = re.search(r"\s+[-–(]?\s*(absent|excused|late|present)\)?$", item, re.IGNORECASE)
    if tail:
        status = "absent" if tail.group(1).lower() in ("absent", "excused") else None
        item = item[:tail.start()]
    words = item.split()
    depth = 0
    for k, word in enumerate(words):
        if listed and k and not depth and word[:1].islower() and word.lower() not in VOCAB["particles"]:
            item = " ".join(words[:k])
            break
        depth += word.count("(") - word.count(")")
    return item.strip(" ,.;:"), status


def _holds_post(item: str) -> bool:
    """Given an item, return whether a word of a post stands before its last two words
    ("Deputy Treasurer-Office Assistant Kim Turnbull")."""
    words = re.sub(r"\([^()]*\)", " ", item).split()
    return len(words) > 2 and any(p in _POST_WORDS for w in words[:-2] for p in re.split(r"[-/]", w.lower()))


def _named_after_post(item: str) -> Person | None:
    """Given an item that names a post before a person ("Land Planning and Technology
    Administrator John-Paul Negrinotti", "Fire Chief-MLEO-CEMC Will Bateman"), return the
    person named after the last word of the post, or None."""
    words = item.split()
    last_post = max((k for k, w in enumerate(words) if any(p in _POST_WORDS for p in re.split(r"[-/]", w.lower()))),
                    default=None)
    if last_post is None or last_post >= len(words) - 1 or len(words) - last_post - 1 > 4:
        return None
    person = parse_person(" ".join(words[last_post + 1:]))
    return person if person and (person.honorific or len(person.name.split()) >= 2) else None

# The post a one-per-line list prints after a name, in a column of its own ("Watson Robinson
# Convenor", "Martin Croft Vice Chair", "Cllr George Freeman Ward Councillor").
_TRAILING_POST = re.compile(
    r"^(?P<name>.+?)\s+(?P<post>(?:(?:Vice|Deputy|Assistant)[- ]?)?(?:Chair(?:man|woman|person)?|Convenor|Convener|"
    r"Treasurer|Secretary|Clerk|President|Member|Mayor|(?:(?:Ward|Parish|Town|District|County|City|Borough|"
    r"Community)\s+)?Councill?or))$")


def _named_before_post(item: str) -> Person | None:
    """Given a list item that prints a post after a person ("Margaret Stratton Treasurer",
    "Martin Croft Vice Chair"), return the person with the post as title (and role when it
    is the chair's or vice-chair's), or None."""
    m = _TRAILING_POST.match(item.strip())
    if not m:
        return None
    person = parse_person(m.group("name"))
    if person is None or (not person.honorific and len(person.name.split()) < 2):
        return None
    post = m.group("post")
    return replace(person, title=person.title or post, role=person.role or role_of([post]))


def _carry_honorifics(found: list[tuple[Person, str | None]]) -> list[tuple[Person, str | None]]:
    """Given the people of a list with the plural honorific in force at each, settle who it covers.

    "Councillors Elliot, Hague, Julie Turner and Jones (GROW)": a full name among bare surnames
    is a councillor named in full (two members share a surname); a list that turns to full names
    for good ("Councillors Lakin, Pickering, Sara Graham, Jason Harwin") has moved on to officers.
    A surname tagged with an organisation in capitals ("Jones (GROW)") is a co-opted
    representative, not a councillor.
    """
    out = []
    # "Councillors Harriet Pole (Chair), Dev Marlow and Tom Reeve": a list that names in full
    # from its first member (the one printed with the plural) never turned to anyone else; the
    # plural covers them all.
    in_full = {person.honorific for k, (person, in_force) in enumerate(found)
               if in_force is None and len(person.name.split()) > 1 and k + 1 < len(found)
               and found[k + 1][1] == person.honorific}
    for k, (person, in_force) in enumerate(found):
        if in_force and person.honorific is None and len(person.name.split()) > 1:
            later_bare = any(len(p.name.split()) == 1 for p, f in found[k + 1 :] if f == in_force)
            if later_bare or in_force in in_full:
                person = replace(person, honorific=in_force)
        elif in_force and person.honorific == in_force and _org_note(person):
            person = replace(person, honorific=None)
        out.append((person, in_force))
    return out


def _org_note(person: Person) -> bool:
    """Given a person, say whether their bracketed note is an organisation's initials ("GROW")."""
    return bool(person.title) and bool(re.fullmatch(r"[A-Z][A-Z&]{1,9}", person.title or ""))


def _line_of(doc: Document, name: str, start: int, end: int) -> int:
    """Given a name in a list that may wrap over lines start..end, return the line it is on.

    The whole name is looked for first ("C Head", not the "Head of Finance" before it); a name
    broken at a line end ("Mr W" / "Stanton") is found by its surname.
    """
    for needle in (name, name.split()[-1]):
        pattern = re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
        for n in range(start, end + 1):
            if pattern.search(doc.lines[n - 1]):
                return n
    return start


# A roll call printed a member a line, each with the office held and how they answered: "Tim
# Young, President - Present", "Joy Hurst, Secretary – Absent", "Mayor Jane Cole - Present".
_STATUS_ROW = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,\s*(?P<office>[A-Z][\w .&'’/-]{1,40}?))?"
                         r"\s*[-–—:]\s*(?P<status>present|absent|excused|apologies)\W*$", re.IGNORECASE)
_ROW_STATUS = {"present": "present", "absent": "absent", "excused": "apologies", "apologies": "apologies"}


def status_row(line: str) -> re.Match | None:
    """Given a line, return its match as a roll-call row with the member's answer, or None
    (the answer ending the line is checked first: the attendance reader asks of every line)."""
    if not line.rstrip(" .;)").lower().endswith(tuple(_ROW_STATUS)):
        return None
    return _STATUS_ROW.match(line.strip())


def _status_rows(doc: Document, n: int) -> tuple[list[dict], int]:
    """Given the first line of a roll call printed a member a line with their answer, return a
    record per member and the line after the list."""
    out: list[dict] = []
    while n <= len(doc.lines):
        m = status_row(doc.lines[n - 1])
        if not m:
            break
        person = parse_person(m.group("name"))
        if person is not None:
            office = (m.group("office") or "").strip() or None
            out.append({"name": person.name, "honorific": person.honorific, "status": _ROW_STATUS[m.group("status").lower()],
                        "role": role_of([office]) if office else None, "title": office, "virtual": False,
                        **span(doc, n, n)})
        n += 1
    return out, n

"""Attendees: who was present, sent apologies, was absent or in attendance, one row per person.

Lists open with a cue ("Present:-", "PRESENT:", "Apologies for absence were received from",
"ALSO PRESENT:", "IN ATTENDANCE (VIRTUALLY):", "... were in attendance") and run over wrapped
lines until the next cue, heading or sentence end. Items are split at top-level commas,
semicolons, "and" and "together with"; each must parse as a person (``extractors.people``).
Board minutes that print one member per line ("Steve Ashley – Chair<TAB>Independent Chair")
under "In attendance:" / "Apologies:" are read row by row, as are a name and its post a line
("Watson Robinson Convenor"), groups with their people in brackets ("Executive (A, B & C)") and
"Attending:" / "Public:" / "Officials:" lists after the members'. Posts may label the names
("Present: Chair: Mr B de Smid : Secretary: ..."); an opening sentence may name them ("called to
order ... with Wray, Trinklein and 8 guests present"). Membership lists on agenda front sheets
have no such cue and are not attendance.
"""

from __future__ import annotations

import re

from extractors.headings import BULLET, BULLET_GLYPH
from extractors.labels import parse_labels
from extractors.layout import next_column
from extractors.people import person_a_line, post_after_name
from extractors.attendance_cues import _COLUMN_HEADS, _CONVENED_BY, _CUES, _HEADING, _WERE_IN_ATTENDANCE, _cue_at, _first_sentence, _gather, last_sentence, next_cue
from extractors.attendance_rows import _TABLE_HEADS, _officers_in_attendance, members_attending, _row_list, _row_list_follows, _staff_post_first
from extractors.attendee_items import _chair_by_post, _group_status, _people, _status_rows, _vice_chairs_named, status_row
from extractors.sentences import _jumps_up
from minutebook.document import Document

# "... called to order by the Supervisor at 7:00 pm, with Wray, Trinklein, Duford, and 8
# guests present.": the opening sentence names who was there.
_WITH_PRESENT = re.compile(r"\bwith\s+(?P<names>[A-Z][^.;:]{2,300}?)\s+(?:all\s+)?present\b")
_ATTENDING = re.compile(r"^(?P<names>.+?)\s+(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b(?P<rest>.*)$",
                        re.IGNORECASE)
# A line of names, then "in attendance" or "present" without a verb, as a note of who came.
_NAMES_IN_ATTENDANCE = re.compile(r"^\s*(?:[-•●\u2022\uf0b7*]\s*)?(?P<names>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
                                  r"(?:\s*(?:,|&|\band\b)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+)\s+"
                                  r"(?:all\s+)?(?:in\s+attendance|present)\.?\s*$")
# An attendance item's number and heading run into its list: "23/190 Apologies – ...".
_RUN_IN_ATTENDANCE = re.compile(r"^\s*(?:\d{1,3}[/.]\d{1,4}|\d{1,3}\.?)\s+(?:apologies(?:\s+for\s+absence)?|attendance|"
                                r"present|roll\s+call)\s*[–—:-]\s*(?=\S)", re.IGNORECASE)
# A list head's words are not a sentence: "The minutes were approved: ..." does not list people.
_IN_PROSE = re.compile(r"\b(?:minutes|meeting|report|item|motion|resolution|agenda|approved|agreed|noted that)\b",
                       re.IGNORECASE)


def extract_attendees(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per person listed as attending or absent (read
    once per document: the action owners' given names are read from them too)."""
    return [dict(r) for r in doc.derived("attendees", _attendees)]


def _attendees(doc: Document) -> list[dict]:
    lines = doc.lines
    records: list[dict] = []
    present_list_end = -100  # the last line of a "Members present:" list
    attended: list[dict] = []  # named in "A, B and C were in attendance"
    n = 1
    while n <= len(lines):
        line = lines[n - 1]
        if n < len(lines) and status_row(line) and status_row(lines[n]):
            found, n = _status_rows(doc, n)
            records.extend(found)
            continue
        head = line.strip().rstrip(":").lower()
        if line.strip().endswith(":") and head in _TABLE_HEADS and _row_list_follows(lines, n):
            found, last = _row_list(doc, n, _TABLE_HEADS[head])
            if head == "attendance":
                _officers_in_attendance(found)
            records.extend(found)
            n = last + 1
            continue
        run_in = _RUN_IN_ATTENDANCE.match(line)
        # "23/190 Apologies – Apologies had been received from ...": the list after the item's
        # heading, read as if the line began there (blanked, so offsets stay the line's)
        probe = " " * run_in.end() + line[run_in.end():] if run_in else line
        cue = next(((m, status, virtual) for p, status, virtual in _CUES if (m := p.match(probe))), None)
        if cue and "\t" not in line and not _IN_PROSE.search(line[:cue[0].end()]):
            m, status, virtual = cue
            role = None
            if status == "chair":
                status, role = "present", "chair"
            elif status == "group":
                status = _group_status(m.group(0))
                if (status == "present" and re.fullmatch(r"\W*attending\W*", m.group(0), re.IGNORECASE)
                        and n - present_list_end <= 20):
                    # "Members present:" ... then "Attending:": those who attend besides the members
                    status = "in_attendance"
            if status == "present" and n > 1 and lines[n - 2].strip().lower() == "also":
                status = "in_attendance"  # "Also" / "Present: Ms. C. Van Andel": the label wrapped
            remainder = line[m.end():].strip()
            if not remainder or remainder.endswith(":"):
                found, last = _one_per_line(doc, n, status)  # "Present:" over a name a line
                records.extend(found)
                if found and status == "present" and re.search(r"\bpresent\b", m.group(0), re.IGNORECASE):
                    present_list_end = last
                n = last + 1
                continue
            text, last = _gather(doc, lines, n, m.end())
            # "Roll Call: Present: Sandy Jacobs": the roll call's answer labels its list
            text = re.sub(r"^\s*present\s*:\s*", "", text, flags=re.IGNORECASE) if status == "present" else text
            # "3. ... Apologies for Absence – Apologies were noted from Cllrs A and B": the sentence's lead-in
            text = re.sub(r"^\s*apologies\s+(?:were|was|had\s+been)\s+(?:received|noted|given|submitted|tendered)\s+(?:from|by)\s+",
                          "", text, flags=re.IGNORECASE) if status == "apologies" else text
            # "Chair: Mrs S Walker. Secretary: Mr G M Beat: ...": a post's label goes on with the list
            text = re.sub(r"\.\s+(?=(?:Vice[- ]?)?(?:Chair\w*|President|Secretary|Treasurer|Clerk|Convenor|Convener)\s*:)",
                          ", ", text)
            text, after = _first_sentence(text)
            found = _people(doc, text, status, virtual, n, last) if text.strip() else []
            if not found and (not text.strip() or text.rstrip().endswith(":")):
                found, last = _one_per_line(doc, n, status)  # "Present:" over a name a line
            attending = _ATTENDING.match(after)
            if attending:  # "... and Supervisor Liccar. Clerk Buiter was also present."
                found += _people(doc, attending.group("names"), "in_attendance", False, n, last, listed=False)
            while after and (more := next_cue(after)):  # "PRESENT: A, B. Apologies: C. In attendance: D"
                listed_text, after, more_status = more
                found += _people(doc, listed_text, more_status, virtual, n, last)
            if role:
                found = [{**r, "role": r["role"] or role} for r in found[:1]] + found[1:]
            records.extend(found)
            n = last + 1
            continue
        heading = _attendance_heading(line)
        if heading is None and _FOLLOWING_PRESENT.search(line):
            heading = "present"  # "... in which the following members were present:" over a numbered list
        if heading:  # "83. APOLOGIES FOR ABSENCE" over "Cllr Paul Rochford"
            found, last = _one_per_line(doc, n, heading)
            records.extend(found)
            if found and heading == "present":
                present_list_end = last
            n = max(n, last) + 1
            continue
        called = _WITH_PRESENT.search(line)
        if called and "\t" not in line and len(line) < 400:
            sentence, first = _sentence_back(lines, n)
            called = _WITH_PRESENT.search(sentence)
            if called and re.search(r"\bcalled\s+to\s+order|\bmeeting\b|\bopened\b", sentence, re.IGNORECASE):
                records.extend(_people(doc, called.group("names"), "present", False, first, n, listed=False))
                n += 1
                continue
        # Both forms may run over a line end: read the line with the next one.
        window = line + (" " + lines[n] if n < len(lines) else "")
        low = window.lower()  # (the patterns below are tried only where their words are: speed)
        convened = _CONVENED_BY.match(window) if ("conven" in low or "called" in low or "opened" in low) else None
        if convened and not any(r["name"] == convened.group("name") for r in records):
            # "Michael D. Kennedy, Chairman of the ... Board, convened a meeting ...": the chair
            records.extend({**r, "role": "chair"} for r in
                           _people(doc, convened.group("name"), "present", False, n, n, listed=False)[:1])
        inverted = _WERE_IN_ATTENDANCE.search(window) if ("attendance" in low or "present" in low) else None
        if inverted and inverted.start() < len(line) and "\t" not in line:
            # "... open to the public. In attendance were A of Oregon, member; B, Executive Director; ..."
            first, offset = (n, inverted.end()) if inverted.end() <= len(line) else (n + 1, inverted.end() - len(line) - 1)
            text, last = _gather(doc, lines, first, offset)
            text, _ = _first_sentence(text)
            status = "present" if inverted.group(0).lower().startswith("present") else "in_attendance"
            found = [r for r in _people(doc, text, status, False, n, last)
                     if not any(r["name"] == x["name"] for x in records)]
            if found:
                records.extend(found)
                n = last + 1
                continue
        listed = _NAMES_IN_ATTENDANCE.match(line)
        if listed and "\t" not in line:
            # "● Ann, Tara, Kim & Brittany in attendance": the names and the word, no verb
            found = _people(doc, listed.group("names"), "present", False, n, n, listed=False)
            if len(found) >= 2:
                records.extend(found)
                n += 1
                continue
        unable = _COULD_NOT_ATTEND.search(window) if "attend" in low else None
        if unable and unable.start() < len(line) and "\t" not in line and len(line) < 400:
            # "Prof. Sitamma, Dr. S. Agaihachary, Mrs. Y. Ratnabhanu could not" / "attend the meeting."
            sentence, first = _sentence_back(lines, n)
            before = sentence[: -len(line.strip())] if sentence.endswith(line.strip()) else ""
            names = last_sentence(f"{before} {line[: unable.start()].strip()}".strip())
            found = [r for r in _people(doc, names, "apologies", False, first, n, listed=False)
                     if not any(r["name"] == x["name"] for x in records)]
            if found:
                records.extend(found)
                n += 1
                continue
        # (not "declared a quorum was present": no one is named)
        attend = re.search(r"(?<!quorum\s)\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b", line, re.IGNORECASE)
        if "\t" not in line and len(line) < 400 and attend:
            sentence, first = _sentence_back(lines, n)
            verb = re.search(r"\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b", sentence, re.IGNORECASE)
            # Keep only the sentence that holds the verb: "... officials. The ambassadors were ..."
            head = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", sentence[: verb.start()])
            sentence = head[-1] + sentence[len(" ".join(head)) :] if head else sentence
            attending = _ATTENDING.match(sentence)
            if attending:
                virtual = "virtual" in attending.group("rest").lower()
                status = "present" if re.fullmatch(r"(?:was|were)\s+present", verb.group(0), re.IGNORECASE) else "in_attendance"
                found = _people(doc, attending.group("names"), status, virtual, first, n, listed=False)
                records.extend(found)
                if status == "in_attendance" and not re.search(r"\balso\b", verb.group(0), re.IGNORECASE):
                    attended.extend(found)
        n += 1
    members_attending(records, attended)
    _vice_chairs_named(lines, records)
    _chair_by_post(records)
    return records + _from_tables(doc, records)


def _from_tables(doc: Document, records: list[dict]) -> list[dict]:
    """Given a document and the attendees its lists gave, return those its attendance tables
    add (a roll call printed as a grid), people already listed aside."""
    from extractors.attendance_tables import table_attendees
    from extractors.tables import extract_tables

    listed = {r["name"] for r in records}
    return [r for r in table_attendees(doc, extract_tables(doc)) if r["name"] not in listed]


def _sentence_back(lines: list[str], n: int) -> tuple[str, int]:
    """Given a line, return its sentence's start joined with it, looking back over wraps."""
    text, first = lines[n - 1].strip(), n
    for m in range(n - 1, max(0, n - 4), -1):
        prev = lines[m - 1].strip()
        if not prev or prev.endswith(".") or _HEADING.match(prev) or _cue_at(prev) or "\t" in lines[m - 1] \
                or (prev.isupper() and len(prev) <= 60):  # ("PGFPD" over "Robert Seyl, ... was in attendance")
            break
        text, first = prev + " " + text, m
    return text, first


def _attendance_heading(line: str) -> str | None:
    """Given a line, return the status of the people listed under it when it is an item
    heading about attendance ("83. APOLOGIES FOR ABSENCE", "2. Roll Call"), else None."""
    labels = parse_labels(line)
    if labels:
        title = labels[0].text.strip(" .:").lower()
    elif re.fullmatch(r"\s*(?:attendees|attendance|present|members\s+present|roll\s+call|apologies|apologies\s+for\s+absence|regrets)\s*",
                      line, re.IGNORECASE):
        title = " ".join(line.lower().split())  # "Attendees" alone over a bulleted list, as a heading of its own
    else:
        return None
    if re.fullmatch(r"apologies(?:\s+for\s+absence)?(?:\s+and\s+substitutions?)?|regrets", title):
        return "apologies"
    if re.fullmatch(r"(?:roll\s+call|attendance|attendees|present|members\s+present)", title):
        return "present"
    if re.fullmatch(r"(?:members\s+)?(?:not\s+present|absent)", title):
        return "absent"  # "3. Members not present" over a bulleted list
    return None


def _one_per_line(doc: Document, n: int, status: str) -> tuple[list[dict], int]:
    """Given a list head with nothing after it ("Present:", "83. APOLOGIES FOR ABSENCE"),
    return the people printed under it, one or a few per line ("Nick Oakhill (NO) CHAIR",
    "Cllr Paul Rochford"), and the last line read. The list ends at a blank line after names,
    the next list head or item, or a line naming nobody."""
    out: list[dict] = []
    last = n
    joined_to = 0
    counted = 0  # the number of the last person of a numbered list read
    for m in range(n + 1, min(len(doc.lines), n + 30) + 1):
        if m <= joined_to:
            continue
        raw = doc.lines[m - 1].strip()
        if not raw:
            if out:
                break
            continue
        own_initials = _own_initials_first(raw)  # "● CL C Lloyd" (not item CL, Roman 150)
        numbered = _numbered_person(raw, counted)
        if own_initials:
            raw = own_initials
        elif numbered is not None:
            raw, counted = numbered[1], numbered[0]  # "1. Dr. J Reddy – Vice Chancellor, Chairman"
        elif parse_labels(raw) or _cue_at(raw) or _attendance_heading(raw) or (
                m > n + 1 and _jumps_up(doc, m) and not re.match(BULLET_GLYPH, raw) and not next_column(doc, n + 1, m)):
            break  # (a line printed above the one before, without the list's bullet, is a margin
            # note: "MW", the item's lead; "• Carole Borthwick" up top is the list's next column)
        if out and re.fullmatch(r"(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+\s*:", raw):
            continue  # "Meeting Moderator:", "Minutes Taken By:": a post's label in the list, over its holder
        if not out and _COLUMN_HEADS.fullmatch(raw):
            continue  # "Name District Contact Phone Contact Email": the head of a table of members
        if _PROSE_RUN.search(raw):
            break  # "Prof. J Reddy, Vice Chancellor, presided over the meeting and ...": a sentence
        last_line = raw
        while ", " in raw and len(last_line) >= 60 and not last_line.endswith((",", ".", ";", ")")) and m + 1 <= len(doc.lines):
            # a list in a sentence wrapped at the line end ("..., Community" / "Development
            # Director Mary Gibbs, and ..."): a long line goes on in the next (not into the next
            # labelled list, "Board Member Proxies: None")
            following = doc.lines[m].strip()
            if not following[:1].isupper() or parse_labels(following) or _cue_at(following) or _attendance_heading(following) \
                    or _GROUP_LABEL.match(following) or post_after_name(following):
                break
            raw, m, last_line = f"{raw} {following}", m + 1, following
            joined_to = m
        with_post = post_after_name(raw)  # "Tamara Colson, Acting Bureau Chief, ...": one person, their post
        raw = with_post or raw
        group_label = _GROUP_LABEL.match(raw)
        row_status_of_group = None
        if group_label:
            # "Board Members: A, B, C", "Telephone: Yolanda King", "Staff: ...": a group's own list
            row_status_of_group = _group_status(group_label.group("label"))
            raw = group_label.group("rest")
            if re.fullmatch(r"none\W*|n/?a\W*", raw, re.IGNORECASE):
                last = m
                continue
        if not _INITIALS_FIRST.match(raw):
            raw = re.sub(rf"^{BULLET}", "", raw)  # "• Gordon Farrell": a bulleted name a line
            # "• Ana Pereira • Omar Haddad": bullets in two columns read as one line
            raw = re.sub(rf"\s+{BULLET_GLYPH}\s+", ", ", raw)
        initials_first = _INITIALS_FIRST.match(raw)
        if initials_first:
            # "● (JA) Jacob Allen - Chair": the initials the minutes use, the person, the post
            raw = f"{initials_first.group('name')} ({initials_first.group('post')})" if initials_first.group("post") \
                else initials_first.group("name")
        group = None if initials_first or with_post else _GROUP_OF_NAMES.match(raw)
        if group and not re.search(r"[,&]|\band\b", group.group("names")) and re.search(r"[A-Za-z]", group.group("names")):
            group = None  # "John Hoodless (JH)": a person and the initials the minutes use
        if group and re.search(r"[A-Za-z]{2}", group.group("names")):
            # "Executive (Bryan Dar Santos, Fiona Lo & Jennifer Baker)", "Administrators (...)"
            group_status = _group_status(group.group("group"))
            found = _people(doc, group.group("names"), group_status if group_status != "present" else status, False, m, m)
            out.extend(found)
            last = m
            continue
        if group:
            last = m  # "PAC members (11)": people counted, not named
            continue
        note = re.search(r"\)\s+([A-Z][A-Za-z -]{2,30})$", raw)  # "Cathy Fleet (CF) CLERK"
        row_status = status
        text = raw
        if note:
            text = raw[:note.start() + 1]
            word = note.group(1).lower()
            if word in ("chair", "chairman", "vice chair", "vice-chair"):
                text += f" ({note.group(1)})"
            elif status == "present":
                row_status = "in_attendance"  # the clerk or an officer listed among members
        if row_status == "present" and _staff_post_first(text):
            row_status = "in_attendance"  # "City Administrator, Jennifer McCausland" under "Roll Call"
        found = _people(doc, text, row_status_of_group or row_status, False, m, m)
        if not found:
            break
        if out and sum(len(r["name"].split()) >= 2 or bool(r["honorific"]) for r in out) > len(out) / 2 and not any(
                len(r["name"].split()) >= 2 or r["honorific"] for r in found):
            break  # full names, then "Introductions and welcome": the list has ended
        out.extend(found)
        last = m
    return out, last


# Four words in lower case in a row: a sentence, not a name a line ("... presided over the meeting").
_PROSE_RUN = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")


# "A, B and C could not attend the meeting", "Cllr X was unable to attend": they sent apologies.
_COULD_NOT_ATTEND = re.compile(r"\s+(?:could\s+not|couldn[’']t|(?:was|were)\s+(?:unable|not\s+able)\s+to)\s+attend\b",
                               re.IGNORECASE)
# "... in which the following members were present:", "The following Councillors were present:":
# a sentence that ends on the list's head.
_FOLLOWING_PRESENT = re.compile(r"\bthe\s+following\s+(?:[A-Za-z]+\s+){0,2}(?:were|was)\s+(?:present|in\s+attendance)\s*:\s*$",
                                re.IGNORECASE)


def _numbered_person(raw: str, counted: int) -> tuple[int, str] | None:
    """Given a line under a list head and the number of the last person read, return (its
    number, its text) when it is the next person of a numbered list ("1. Dr. J Mahender Reddy –
    Vice Chancellor, Chairman", "2. Dr. S. Vijayalakshmi (Registrar)"): a number counting up from
    1 before a name with its honorific ("1. Welcome" is an item)."""
    labels = parse_labels(raw)
    if not labels or labels[0].scheme != "number" or labels[0].parts != (counted + 1,):
        return None
    text = labels[0].text.strip()
    if not person_a_line(text):
        return None
    # "Dr. J Mahender Reddy – Vice Chancellor, Chairman": the post after the dash is the person's
    dashed = re.match(r"^(?P<name>[^()]+?)\s+[–—-]\s+(?P<post>\S.*)$", text)
    return counted + 1, f"{dashed.group('name')} ({dashed.group('post')})" if dashed else text


# Initials before the name without brackets: "AC Aaron Christiansen", "CL C Lloyd" (taken only
# when they are the name's own).
_BARE_INITIALS_FIRST = re.compile(rf"^(?:{BULLET})?(?P<ini>[A-Z]{{2,4}})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}})$")


def _own_initials_first(raw: str) -> str | None:
    """Given a list line, return the name when it opens with that name's own initials ("● AC
    Aaron Christiansen" -> "Aaron Christiansen"), else None."""
    bare = _BARE_INITIALS_FIRST.match(raw)
    if bare and bare.group("ini") == "".join(w[0] for w in bare.group("name").split()).upper():
        return bare.group("name")
    return None


# A group's label before its names on one line of a list: "Board Members: A, B", "Telephone: C",
# "Board Member Proxies: None", "Staff: ...". (Not people.json's group words: "Other:" there is
# a group in attendance, here the members' own "Other:" line is present.)
_GROUP_LABEL = re.compile(r"^(?P<label>(?:[A-Z][a-z]+\s+){0,3}(?:[Mm]embers?|[Ee]xecutive|[Pp]roxies|[Tt]elephone|[Pp]hone|[Ss]taff|[Gg]uests|"
                          r"[Oo]fficers|[Oo]thers|[Vv]isitors|[Rr]emote(?:ly)?|[Oo]nline|[Zz]oom|[Vv]irtual(?:ly)?)(?:\s+[A-Za-z]+){0,2})"
                          r"\s*:\s*(?P<rest>\S.*)$")


# A bulleted row that opens with the person's initials in brackets: "● (JA) Jacob Allen - Chair".
_INITIALS_FIRST = re.compile(r"^(?:[●•\u2022\uf0b7\-–]\s*)?\((?P<ini>[A-Z]{2,4})\)\s*(?P<name>[A-Z][^()\-–]+?)"
                             r"(?:\s+[-–]\s+(?P<post>[^()]+))?$")
# A group of the list and the people in it, in brackets: "Executive (Bryan Dar Santos, Fiona Lo)".
_GROUP_OF_NAMES = re.compile(r"^(?P<group>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*\((?P<names>[^()]+)\)\s*$")

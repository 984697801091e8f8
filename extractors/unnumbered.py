"""Minutes printed without numbers: their headings, numbered by position.

Forms covered: headings set off by typography at the margin (bold and bigger, bold or bigger,
or in capitals), short and alone on their line ("Approval of Minutes", "TREASURER'S REPORT");
run-in headings in capitals ("OLD BUSINESS – Supervisor Liccar reported ..."); and, where
nothing else stands out, the top-level bullets of a bulleted list. A bold label printed again
and again in every item ("ACTION REQUESTED OF B/E") is a field of a form, not a heading; a bold
"None", a figure or a ruled header row is what an item holds.
Used by ``extractors.segments`` when the minutes carry no run of printed labels.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.elections import ELECTED
from extractors.headings import BULLET_GLYPH, LEADER, MINUTES_CUE, RUN_IN_CAPS, Heading
from extractors.labels import parse_labels
from extractors.layout import centred, emphasis, indent, is_bold, set_apart, styled
from extractors.motions import is_vote_line
from minutebook.document import Document



# "Apologies", "Apologies and approval of Minutes", "Apologies for Absence" alone on a line: an
# item's heading (taken only when set as the other items are), where "Apologies: ..." or
# "Apologies were received from ..." lists who sent them.
_ITEM_OF_APOLOGIES = re.compile(r"^apologies(?:\s+(?:and|&|for)\s+[a-z ]+)?$", re.IGNORECASE)


# What an item holds, set in bold as its heading is: "None" / "Nil" under "Business Arising
# from Minutes", a figure ("Sinking Fund $2000.00"), a ruled form's header row
# ("FEBRUARY______Description______INCOME").
_NOT_A_TITLE = re.compile(r"^(?:none|nil|n/?a|nothing\s+to\s+report|no\s+report)\W*$|[$£€]\s?\d|_{3,}", re.IGNORECASE)


def _lists_people(text: str) -> bool:
    """Given a line, return whether it opens a list of who came or sent apologies ("Present:",
    "Apologies: ..."), not an item of business."""
    return bool(MINUTES_CUE.match(text)) and not _ITEM_OF_APOLOGIES.match(text)


def _unnumbered_headings(doc: Document, lines: list[str], start: int, end: int, table_lines: set[int]) -> list[Heading]:
    """Given minutes printed without numbers, return their headings, numbered by position:
    the lines set off most strongly by typography (bold, bigger, capitals) at the margin,
    short and alone on their line; else the top-level bullets of a bulleted list."""
    levels: dict[int, list[int]] = {}
    for n in range(start, end + 1):
        text = lines[n - 1]
        text = LEADER.split(text)[0].rstrip() if text else text  # "Membership--------Jeanne Banks"
        if not text or n in table_lines or _lists_people(text) or _NOT_A_TITLE.search(lines[n - 1]) \
                or (len(text) > 90 and not _run_in(text)):
            continue
        if is_vote_line(text):
            continue  # "VOTING IN FAVOUR: ...", "CARRIED": how a motion went, not an item
        level = _heading_level(doc, lines, n)
        if level:
            levels.setdefault(level, []).append(n)
    # A bold label printed again and again ("ACTION REQUESTED OF B/E" in every item of a
    # board's minutes) is a field of a form, not a heading.
    fields, formed = _form_labels([(n, _heading_text(lines[n - 1])) for ns in levels.values() for n in ns])
    levels = {k: [n for n in ns if _heading_text(lines[n - 1]).lower() not in fields] for k, ns in levels.items()}
    runs_on: dict[int, int] = {}  # a wrapped heading's first line -> its last
    levels = {k: _single_headings(doc, lines, ns, runs_on) for k, ns in levels.items()}
    chosen: list[int] = []
    # (two will do between a form's fields: two applications heard, each under the same labels)
    enough = 2 if formed else 3
    for level in sorted(levels, reverse=True):
        if len(levels[level]) >= enough:
            chosen = levels[level]
            break
    chosen = _markdown_items(doc, levels) or chosen
    labels = _run_in_labels(doc, lines, start, end, table_lines)
    labelled = {n for n, _ in labels}
    outline = _outline_tops(doc, lines, start, end, table_lines)
    if len(outline) >= 4 and len(chosen) <= 3 and len(outline) > len(labels) \
            and len((set(chosen) | labelled) - set(outline)) <= 1:
        # an outline set by indentation alone: its outermost lines are the items
        return _numbered([(n, _heading_text(lines[n - 1])) for n in outline])
    # (three will do when nothing is set off by type and each stands alone on its line with no
    # colon, "Accounts" / "Elections" / "Other Business": a note's "Discussion Summary:" is not)
    alone = len(labels) == 3 and not chosen and all(lines[n - 1].strip() == title for n, title in labels)
    if (len(labels) >= 4 or alone) and len(chosen) <= 3 and len(labels) >= 2 * len(chosen) \
            and len(set(chosen) - labelled) <= 1:
        # many more run-in labels than lines set off by type: the labels are the items (a bold
        # table header or the odd bold label is not)
        return _numbered(labels)
    bullets = _top_bullets(doc, lines, start, end)
    if not chosen or (bullets and set(chosen) <= set(bullets)):
        chosen = bullets  # bold bullets among plain ones: the list is the structure
    # A heading printed again at the top of the next page ("Closed Session – continued" /
    # "Vote on Student Expulsion Matters") goes on with the item, it does not start one.
    chosen = [n for k, n in enumerate(chosen)
              if k == 0 or _heading_text(lines[n - 1]).lower() != _heading_text(lines[chosen[k - 1] - 1]).lower()
              or not _page_carried(doc, lines, n)]
    found = [(n, _heading_text(" ".join(lines[k - 1].strip() for k in range(n, runs_on.get(n, n) + 1)))) for n in chosen]
    return [Heading(h.number, h.title, h.start, runs_on.get(h.start, h.start)) for h in _numbered(found)]


def _markdown_items(doc: Document, levels: dict[int, list[int]]) -> list[int]:
    """Given a text pack's heading candidates, return its items when markdown marks them: the
    headings of the depth used most (three at least; "### North Precinct Update" ... under "##
    Ongoing business", not "##### Minutes by ..., Secretary" under the last)."""
    depths: dict[int, list[int]] = {}
    bold: list[int] = []
    for n in sorted(n for ns in levels.values() for n in ns):
        style = doc.style(n)
        if style is not None and style.heading:
            depths.setdefault(style.heading, []).append(n)
        elif style is not None and style.bold:
            bold.append(n)
    best = max(depths.items(), key=lambda kv: (len(kv[1]), -kv[0]), default=(0, []))[1]
    if len(best) < 3:
        return []
    # (and a line wholly in bold, printed in capitals as those headings are: "**PLEDGE OF
    # ALLEGIANCE**" between "## CALL TO ORDER" and "## MINUTES APPROVAL")
    caps = sum(doc.lines[n - 1].isupper() for n in best) > len(best) / 2
    return sorted(best + [n for n in bold if doc.lines[n - 1].isupper() == caps and len(doc.lines[n - 1]) <= 60])


def _numbered(found: list[tuple[int, str]]) -> list[Heading]:
    """Given (line, title) of headings in order, return them numbered by position, or by the
    number each prints when all print one, rising ("1 Welcome by the Chair" set off by type
    alone, no full stop after the number for the labels to read)."""
    printed = [re.match(r"^(\d{1,3})[.)]?\s+(?=[A-Za-z])", title) for _, title in found]
    if len(found) >= 2 and all(printed) and all(int(a.group(1)) < int(b.group(1)) for a, b in zip(printed, printed[1:])):
        return [Heading(m.group(1), title[m.end():], n, n) for m, (n, title) in zip(printed, found)]
    return [Heading(str(k), title, n, n) for k, (n, title) in enumerate(found, start=1)]


# A run-in label in title case at the margin: "Police Matters: No questions ...", "Treasurer's
# Report ; ...", "Fife Councillors Report; - ...", or a short title alone ("A.O.C.B.",
# "Matters Arising from Previous Minutes ."), or a quoted name ("“Otis Spotlight”: ...").
_LABEL_HEAD = re.compile(r"^(?P<t>[“\"‘]?[A-Z][\w’'&/.()-]*(?:\s+(?:[A-Z][\w’'&/.()”\"-]*|of|and|the|for|from|to|on|in|at|with|&)){0,6})"
                         r"(?:\s*[:;](?!\S)|\s*\.?\s*$)")
_SENTENCE_LABEL = re.compile(r"^(?P<t>[A-Z][a-z]+(?:\s+[a-z]+){1,4})\s*:$")
# Labels of a field, a person or an attendance list, not of an item of business.
_FIELD_LABELS = re.compile(r"\b(?:present|absent|attendance|attending|participating|presiding|apologies\s+for)\b|"
                           r"^(?:location|place|proposed|seconded|moved|"
                           r"motion(?:\s+(?:from|by))?|vote|result|note|resolved|agreed|carried|ayes?|nays?|noes|chair(?:man)?|vice\s+chair|"
                           r"secretary|treasurer|clerk|date|time|venue|roll\s+call|staff|guests|visitors|discussion|who|what|when|status|owner|"
                           r"action(?:s)?|item|page|tel|email|signed|dated)$", re.IGNORECASE)


# The secretary's sign-off under the last item: the name under it is no label.
_SIGN_OFF = re.compile(r"^(?:respectfully\s+submitted|submitted\s+by|minutes\s+(?:taken|recorded|prepared)\s+by)\b",
                       re.IGNORECASE)


def run_in_label_headings(doc: Document, lines: list[str], start: int, end: int, table_lines: set[int],
                          sentence_case: bool = False) -> list[Heading]:
    """Given a minutes range, return its run-in labels ("Police Matters: ...") as headings
    numbered by position, titled with the label (with ``sentence_case``, also labels in
    sentence case alone on their line: "Approval of previous minutes:")."""
    return _numbered(_run_in_labels(doc, lines, start, end, table_lines, sentence_case))


def _run_in_labels(doc: Document, lines: list[str], start: int, end: int,
                   table_lines: set[int], sentence_case: bool = False) -> list[tuple[int, str]]:
    """Given minutes whose headings stand out by neither typography nor numbers, return (line,
    label) of the lines that open with a run-in label in title case at the left margin ("Police
    Matters: ...", "Planning:", "A.O.C.B."): the items of business of many community and parish
    councils."""
    margin = min((indent(doc, n) or 0 for n in range(start, end + 1) if lines[n - 1]), default=0)
    out = []
    under_section = False  # below a label standing alone at the margin ("Reports:")
    joined: set[int] = set()  # lines read as the end of a label broken on the line above
    for n in range(start, end + 1):
        text = lines[n - 1].strip()
        if _SIGN_OFF.match(text):
            break  # "Respectfully submitted," / "Mary Ellen Christina": the clerk signs, no item follows
        shift = indent(doc, n) or 0
        if text and shift <= margin + 8:
            under_section = bool(re.fullmatch(r"[A-Z][\w’' ]{2,40}:", text))
        if n in joined:
            continue
        if under_section and shift > margin + 8 and re.match(r"\S.{2,40}?\b(?:and|&|of|for)$", text) \
                and n < end and _LABEL_HEAD.match(lines[n].strip()):
            text = f"{text} {lines[n].strip()}"  # "Fundraising and" / "Development: Ms. Kaiser ...": one label
            joined.add(n + 1)
        m = _LABEL_HEAD.match(text) or (_SENTENCE_LABEL.match(text) if sentence_case else None)
        if not m or (n in table_lines and not m.group("t")) or "," in m.group("t") or parse_labels(text):
            continue  # (a numbered line is a list's point: "III. Crypto Treasury Management:")
        title = m.group("t").strip(" .")
        if is_vote_line(text) or re.search(r"-(?:yes|no|aye|nay|absent)\b", title, re.IGNORECASE) or ELECTED.match(text):
            continue  # "Crockett-yes; Duford-yes; ...": a roll call; "President: A (prop: B, sec: C)": an election
        # (the reports under "Reports:" are set in a little: "Director: ...", "Finance: ...")
        if _FIELD_LABELS.search(title) or len(title) < 3 or shift > margin + (30 if under_section and ":" in text else 8):
            continue
        if not re.search(r"[:;]", text[m.end("t"):m.end("t") + 3]) and (len(text) > 45 or text.endswith(("?", "!"))):
            continue  # a short line standing alone is a title; a longer one is a sentence
        out.append((n, title))
    # A label printed again and again ("Student: Matter No. ...") is a field, not an item.
    fields, _ = _form_labels(out)
    return [(n, title) for n, title in out if title.lower() not in fields]


def _form_labels(found: list[tuple[int, str]]) -> tuple[set[str], bool]:
    """Given (line, heading) pairs, return the headings (lower case) that are a form's fields:
    printed three times or more, or, when three or more headings each recur in two items (more
    than five lines apart: "EXISTING CONDITIONS", "PROPOSAL", "STAFF ANALYSIS" under each of
    two applications), those; and whether the second rule found any."""
    seen = Counter(title.lower() for _, title in found)
    apart: dict[str, list[int]] = {}  # (a heading printed twice in a row, a ruled bar's text, is one)
    for n, title in sorted(found):
        at = apart.setdefault(title.lower(), [])
        if not at or n - at[-1] > 5:
            at.append(n)
    recurring = {t for t, at in apart.items() if len(at) >= 2}
    fields = {t for t, c in seen.items() if c >= 3}
    # (only labels that come three or more in a row, in two items or more: the standing
    # items of two meetings in one paper, "Attendance" ... "Disclosure of Interest", are items)
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for _, title in sorted(found) + [(0, "")]:
        if title.lower() in recurring and title.lower() not in run:
            run.append(title.lower())
            continue
        if len(run) >= 3:
            runs.append(tuple(run))
        run = [title.lower()] if title.lower() in recurring else []
    # Once such a form shows, every label recurring in its items is one of its fields.
    formed = any(c >= 2 for c in Counter(t for r in runs for t in r).values())
    return (fields | recurring if formed else fields), formed and bool(recurring - fields)


def _page_carried(doc: Document, lines: list[str], n: int) -> bool:
    """Given a heading line, return whether it heads a page as a carried-over title does: the
    first line of its page, or under a "... – continued" line."""
    above = next((k for k in range(n - 1, 0, -1) if lines[k - 1]), None)
    return above is None or doc.page_of(above) != doc.page_of(n) or bool(_CONTINUED.search(lines[above - 1]))




def _run_in(text: str) -> re.Match | None:
    """Given a line, return its run-in heading in capitals of two words or more ("OLD BUSINESS
    – Supervisor Liccar reported ..."; one word, "NOTE: ...", is not an unnumbered item's)."""
    m = RUN_IN_CAPS.match(text)
    return m if m and " " in m.group("head") else None


def _heading_level(doc: Document, lines: list[str], n: int) -> int:
    """Given a line, return how strongly it stands as a heading (0: body text): 3 bigger
    and bold, 2 bigger or bold, 1 in capitals; only at the margin, and not when the whole
    document is set that way."""
    text = lines[n - 1]
    if _run_in(text) and (indent(doc, n) or 0) <= 40:
        return 1  # "OLD BUSINESS – Supervisor Liccar reported ...": a run-in heading
    if text.endswith((",", ";")) or text[:1].islower():
        return 0
    shift = indent(doc, n)
    if shift is not None and shift > 40 and not centred(doc, n):
        return 0
    level = emphasis(doc, n)
    if not level and shift is not None and shift < -12 and _bigger(doc, n):
        level = 2  # set out left of the body's margin and a size up: "Welcome by the Chair" over indented text
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    if level:
        return min(3, level + (1 if caps else 0))
    if caps and not styled(doc) or caps and not is_bold(doc, n) and len(text) <= 60:
        return 1
    return 0


def _bigger(doc: Document, n: int) -> bool:
    """Given a line, return whether it is printed in a bigger size than the body text."""
    from extractors.layout import profile
    style, body = doc.style(n), profile(doc).body_size
    return bool(style and style.size and body and style.size > body * 1.04)


def _single_headings(doc: Document, lines: list[str], found: list[int], runs_on: dict[int, int]) -> list[int]:
    """Given lines set off at one level, return the headings among them. A heading that wraps
    (its first line runs on: no closing punctuation, and long or followed by lower case)
    counts once; three or more long such lines in a row are a paragraph set in bold or
    capitals; short ones in a row ("CORRESPONDENCE –" / "ANNOUNCEMENTS –") are headings
    each. Lines with white space between them are headings each, whatever their length (a
    paragraph and a wrapped heading run on at the usual line pitch). "(FILE NO. 56338)" and
    "Public Comment - continued" are not new headings. Notes in ``runs_on`` the last line of
    each heading that wraps."""
    found = [n for n in found if not lines[n - 1].startswith("(") and not _CONTINUED.search(lines[n - 1])]
    out, k = [], 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and found[j + 1] == found[j] + 1 and not set_apart(doc, found[j], found[j + 1]):
            j += 1
        group = found[k:j + 1]
        k = j + 1
        if len(group) >= 3 and sum(len(lines[n - 1]) for n in group) / len(group) >= 40:
            continue
        i = 0
        while i < len(group):
            wrapped = i + 1 < len(group) and _wraps(lines[group[i] - 1], lines[group[i + 1] - 1])
            first = lines[group[i] - 1]
            # (else a note in capitals; a bold heading in mixed case may wrap, "Presentation by
            # Councilmember X: A Five Point Plan to Power Up Montgomery" / "County's Economy")
            if not (wrapped and len(first) >= 55 and (first.upper() == first or not is_bold(doc, group[i]))):
                out.append(group[i])
                if wrapped:
                    runs_on[group[i]] = group[i + 1]
            i += 2 if wrapped else 1
    return out
_CONTINUED = re.compile(r"[-–—(]\s*(?:continued|cont'?d)\b\)?\s*$", re.IGNORECASE)


def _wraps(first: str, second: str) -> bool:
    """Given two lines of one heading level, return whether the second finishes the first."""
    if re.search(r"[.:;?!)–-]$", first):
        return False
    return second[:1].islower() or len(first) >= 45
_BULLET_LINE = re.compile(rf"^\s*({BULLET_GLYPH}|[•·◦▪o\-–])\s+(?=\S)")


def _top_bullets(doc: Document, lines: list[str], start: int, end: int) -> list[int]:
    """Given a range, return the lines of its outermost bulleted items (the bullet at the
    smallest indent), when there are three at least."""
    bullets = [(indent(doc, n) or 0.0, n) for n in range(start, end + 1)
               if _BULLET_LINE.match(lines[n - 1]) and not _FIELD_LINE.match(_BULLET_LINE.sub("", lines[n - 1]))]
    if len(bullets) < 3:
        return []
    left = min(x for x, _ in bullets)
    top = [n for x, n in bullets if x <= left + 4]
    # Headings stand alone on their line; bulleted paragraphs run on into the next lines.
    bulleted = {n for _, n in bullets}
    alone = [n for n in top if n >= len(lines) or not lines[n] or n + 1 in bulleted]
    return top if len(alone) >= 0.6 * len(top) else []


def _outline_tops(doc: Document, lines: list[str], start: int, end: int, table_lines: set[int]) -> list[int]:
    """Given a range set as an outline by indentation alone (no bold, no numbers: "Treasurer's
    Report (A. Robinson)" at the margin, its points indented under it), return the short lines
    at the outermost indent that head deeper text; [] unless most of them do and the text is
    mostly deeper."""
    placed = [(x, n) for n in range(start, end + 1)
              if lines[n - 1].strip() and n not in table_lines and (x := indent(doc, n)) is not None]
    if len(placed) < 12:
        return []
    left = min(x for x, _ in placed)
    at_left = [n for x, n in placed if x <= left + 4]
    if len(at_left) > 0.35 * len(placed):
        return []  # plain paragraphs at the margin: not an outline
    deeper = {n for x, n in placed if x >= left + 12}
    lefts = set(at_left)
    # A heading opens with a capital or a figure and closes without a full stop; the last line
    # of a paragraph at the margin follows a full line that runs on.
    tops = [n for n in at_left if len(lines[n - 1].strip()) <= 70 and re.match(r"^\s*[A-Z0-9‘'\"(]", lines[n - 1])
            and not lines[n - 1].rstrip().endswith((",", "."))
            and not _lists_people(lines[n - 1]) and not _FIELD_LINE.match(lines[n - 1])
            and not (n - 1 in lefts and len(lines[n - 2].strip()) >= 55 and not re.search(r"[.:;!?)–-]\s*$", lines[n - 2]))]
    heading = [n for n in tops if n + 1 in deeper]
    return tops if len(tops) >= 4 and len(heading) >= 0.7 * len(tops) else []
# "End Time: 8:42 PM", "Time ended: 21:05": a field of the record, not an item.
_FIELD_LINE = re.compile(r"^\W*(?:(?:start|end|finish|closing|close)\s+time|time\s+(?:ended|closed))\b", re.IGNORECASE)


def _heading_text(text: str) -> str:
    """Given a heading line, return its text without a bullet or a closing colon (a run-in
    heading in capitals without the text that follows it)."""
    run_in = _run_in(text)
    if run_in:
        return run_in.group("head")
    return _BULLET_LINE.sub("", LEADER.split(text)[0]).strip().rstrip(":–—- ").strip()

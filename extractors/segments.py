"""Segment a meeting section into its items: an agenda's items, the minutes' headings.

Items are found from their printed labels (``extractors.labels``) and the lines' typography
(``extractors.layout``), not from one council's wording. In each section the top level is the
first run of labels that count up and read as headings; runs found inside one of its items are
that item's sub-items ("IV" -> "A", "B"; "6" -> "6.1"; "10" -> "a)"), given the path of labels
("IV.A", "10.a") unless the printed label already holds its parent's ("6.1"). Minutes keep a
sub-item only when it has a title of its own. Minutes printed without numbers fall back to their
headings as typography shows them (bold or bigger, at the margin), numbered by position.

Kent minutes print "(Item n)" under each heading: those anchors decide there (``anchored``).
Shared by ``extractors.meetings`` and, through it, by ``extractors.agenda_items`` and
``extractors.minutes``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.anchored import ITEM_REF, anchored_headings, next_meeting_end
from extractors.headings import (
    ACTION_LOG,
    APPENDIX,
    MINUTES_CUE,
    RUN_IN_CAPS,
    Heading,
    run_in_title,
    Section,
    first_cue,
    last_text_line,
)
from extractors.labels import Candidate, Label, best_run, follows, parse_labels
from extractors.layout import emphasis, styled
from extractors.motions import _MOVED_BY_LABEL, opens_motion
from extractors.people import person_a_line
from extractors.inner_numbering import (
    hanging_labels,
    contents_lines,
    labels_left,
    list_under_one_label,
    numbered_list_inside,
    outdented_title,
    lists_under_labels,
    restarting_lists,
    runs_on_at_full_width,
)
from extractors.sub_item_titles import holds_motion, titled, wrapped_title_end
from extractors.unnumbered import _unnumbered_headings, run_in_label_headings
from minutebook.document import Document

NEXT_MEETING = re.compile(r"\b(?:next|future|further)\s+meetings?\b|\bdates?\s+of\s+(?:the\s+)?meetings?\b",
                          re.IGNORECASE)
# A field name before an item's label in agenda exports ("Subject : 1.1 Call to Order").
_FIELD = re.compile(r"^(?:Subject|Item|Title)\s*:\s*", re.IGNORECASE)
# Lines allowed between the attendance block and the first minute.
_MAX_LEAD = 80
_MAX_DEPTH = 3

Weigh = Callable[[Candidate], float]
Inside = Callable[[list[str], list[Candidate], int, int], list[Candidate]]


# --- minutes -------------------------------------------------------------------------------


def segment_minutes(doc: Document, lines: list[str], sec: Section, region_end: int,
                    table_lines: set[int] = frozenset()) -> None:
    """Given a minutes section, find its minutes and set the section's end after the last one."""
    start = sec.body_start + 1
    cue = first_cue(lines, sec.body_start, MINUTES_CUE, 15)
    listed = [n for n in range(start, cue) if parse_labels(lines[n - 1])] if cue is not None else []
    hung = hanging_labels(doc, lines, start, region_end)
    if cue is not None and not hung and not parse_labels(lines[cue - 1]) and len(listed) >= 2 and not any(
            _ATTENDANCE_WORDS.search(lines[n - 1]) for n in listed):
        start = cue + 1  # a meeting note lists its own agenda above the attendance
    anchors = [n for n in range(start, region_end + 1) if ITEM_REF.match(lines[n - 1])]
    if anchors:
        headings = anchored_headings(lines, anchors, start)
    else:
        widths = sorted(len(x) for x in lines[start - 1: region_end] if x)
        full_width = widths[int(len(widths) * 0.9)] if len(widths) >= 20 else 0

        contents = contents_lines(lines, start, region_end)
        listed = _people_listed(lines, start, region_end)
        left = labels_left(doc, lines, start, region_end)

        def weight(c: Candidate) -> float:
            if c.line in table_lines or c.line in contents or c.line in listed:
                return 0.0  # (a numbered list of who was present: "1. Dr. J Rao – Dean, Chairman")
            if c.line in hung:
                # a label hung out in the margin heads an item, however its text reads
                return max(heading_weight(doc, lines, c, agenda=False), 1.0)
            if runs_on_at_full_width(lines, c.line, full_width) and (c.label.scheme == "dotted" or not styled(doc)):
                return 0.0  # a numbered paragraph ("12.1 Richard Burton requested ..."); in a PDF, typography decides
            w = heading_weight(doc, lines, c, agenda=False)
            style = doc.style(c.line)
            if left is not None and style is not None and style.x0 is not None and style.x0 > left + 60:
                w *= 0.6  # "1." deep inside an outline, under "v. Codes of practice": not the top "2. Services"
            return w

        cands = candidates(lines, start, region_end, weight)
        headings = nested_headings(doc, lines, cands, start, region_end, weight, titled_only=True, top=hung)
        if headings and headings[0].start - start > _MAX_LEAD:
            headings = []  # numbered rows far into the text are a schedule, not minutes
        if not headings or numbered_list_inside(headings, start, region_end):
            headings = _unnumbered_headings(doc, lines, start, region_end, table_lines) or headings
        elif (under_labels := lists_under_labels(start, region_end, lines)) or restarting_lists(headings, start,
                                                                                               region_end, lines) \
                or list_under_one_label(doc, headings, start, region_end, lines):
            # the items are the run-in labels the lists stand under ("Matters Arising:", "Planning:")
            labelled = run_in_label_headings(doc, lines, start, region_end, table_lines, sentence_case=under_labels)
            headings = labelled if len(labelled) >= 4 else headings
    for k, h in enumerate(headings):
        nxt = headings[k + 1].start - 1 if k + 1 < len(headings) else region_end
        if h.title_end == h.start and (wrapped := wrapped_title_end(doc, lines, h.start, nxt)) > h.start:
            h.title = " ".join([h.title, *lines[h.start:wrapped]])
            h.title_end = wrapped
        h.end = last_text_line(lines, h.title_end, nxt)
    if headings:
        last = headings[-1]
        if NEXT_MEETING.search(last.title):
            last.end = next_meeting_end(lines, last)
        sec.end = last.end
        tail = range(last.end + 1, region_end + 1)
        if any(APPENDIX.match(lines[n - 1]) and ACTION_LOG.search(lines[n - 1]) for n in tail) or any(
                _ACTION_SUMMARY.match(lines[n - 1]) for n in range(last.title_end + 1, min(region_end, last.end + 3) + 1)):
            sec.end = last_text_line(lines, last.end, region_end)  # the meeting's action log
    else:
        sec.end = last_text_line(lines, sec.body_start, region_end)
    sec.headings = headings


def _people_listed(lines: list[str], start: int, end: int) -> set[int]:
    """Given a line range, return the numbered lines that list people under a list's head
    ("... the following members were present:" / "1. Dr. J Rao – Dean, Chairman" / "2. Prof. A
    Menon"): each one person (``people.person_a_line``) under the head or the person before.
    ("4.1 Councillor R. Niro – YMCA" under an item's heading is a declaration, an item.)"""
    out: set[int] = set()
    above = next((lines[k - 1].strip() for k in range(start - 1, max(0, start - 3), -1) if lines[k - 1].strip()), "")
    for n in range(start, end + 1):
        text = lines[n - 1].strip()
        if not text:
            continue
        labels = parse_labels(text)
        if labels and person_a_line(labels[0].text) and (above.endswith(":") or n - 1 in out or n - 2 in out):
            out.add(n)
        above = text
    return out


# "Summary of outstanding actions", "Actions arising", "ACTION LIST" printed straight after the
# last minute: the meeting's own list of what it asked for.
_ACTION_SUMMARY = re.compile(r"^\W*(?:summary\s+of\s+)?(?:(?:outstanding|agreed|new|open)\s+)?actions?"
                             r"(?:\s+(?:log|list|points|summary|arising|agreed|tracker|sheet|outstanding|register"
                             r"|(?:for|from|of|to|brought)\b[^.:;]{0,50}))?\s*:?\s*$", re.IGNORECASE)
# (an item "2. ROLL CALL AND ANNOUNCEMENT OF A QUORUM" heads the attendance under it: the items are
# the minutes', not an agenda listed above the attendance)
_ATTENDANCE_WORDS = re.compile(r"\b(?:present|attendance|apologies|absent|roll\s+call|quorum)\b", re.IGNORECASE)


# --- labelled headings, nested ----------------------------------------------------------------


def candidates(lines: list[str], start: int, end: int, weight: Weigh) -> list[Candidate]:
    """Given a line range, return every labelled line in it (every reading of its label)."""
    out = []
    for n in range(start, end + 1):
        text = lines[n - 1]
        if not text:
            continue
        for label in parse_labels(_FIELD.sub("", text)):
            c = Candidate(n, label, 0.0)
            c.weight = weight(c)
            out.append(c)
    return out


# "1. Moved by Councillor X", "h) Motion made by Trustee X": a numbered motion in the minutes. ("5. Motion to adjourn" is
# an agenda's item, and a minute may be titled so too.)
_MOTION_LINE = re.compile(r"^(?:moved|seconded|proposed|motion(?:\s+(?:was\s+)?made)?|second)\s+by\b", re.IGNORECASE)


def heading_weight(doc: Document, lines: list[str], c: Candidate, agenda: bool) -> float:
    """Given a labelled line, return how much it reads as an item heading (0: not at all).

    Prose is not a heading: a long title, one that runs on into a second sentence, or starts
    in lower case. A bare number ("2724 Planning", "12 Highways") needs the support of
    typography or capitals. Capitals, bold and a bigger size add weight.
    """
    title = c.label.text
    if not agenda and _MOTION_LINE.match(title):
        return 0.0  # a numbered motion, not an item of business
    letters = [ch for ch in title if ch.isalpha()]
    caps = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) and len(letters) > 2
    # "APOLOGIES – Apologies had been received ...": a heading in capitals run into its text
    run_in = RUN_IN_CAPS.match(title)
    stress = emphasis(doc, c.line) or caps or bool(run_in and run_in.group("sep") != ":") or bool(doc.style(c.line) and doc.style(c.line).lead_bold) \
        or outdented_title(doc, c.line, c.label.text)
    # "26/16 Accounts - The Treasurer circulated ...": a minute's title run into its text is a
    # heading however long the paragraph runs (a text pack prints each paragraph on one line)
    titled = not agenda and bool(run_in_title(title))
    if not agenda and not stress and not titled and (re.search(r"[$£€]\s?\d|[,&/]$", title) or (title and not letters)):
        return 0.0  # a row of a schedule (amounts) or a wrapped fragment
    if re.search(r"[$£€]\s?[\d,]+(?:\.\d\d)?\s+[A-Za-z]", title) and len(title) < 100 and not ((stress or titled) and not agenda):
        return 0.0  # "a) David Weber Oil Automotive $10,000.00 Roads &": a row of a vendor grid
    if not stress and not agenda and opens_motion(title) and c.line < len(lines) and _MOVED_BY_LABEL.match(lines[c.line]):
        return 1.0  # "5.1 Motion to elect Daryl Foster to chair the meeting." over "Moved: SL103": an item
    if not stress and not titled:
        # Prose ("In person. To comment on ..."): a numbered paragraph rather than a heading,
        # though in a PDF a run of headings may number one so ("2. Minutes of Previous
        # Meetings. Approved online ..."): there it counts a little, never on its own.
        prose = 0.25 if styled(doc) and c.label.scheme != "dotted" and not agenda else 0.0
        if len(title) > (250 if agenda else 110):
            return prose
        if not agenda and title.endswith(".") and len(title) > 40:
            return prose
        if re.search(r"[a-z]{3,}\.\s+[A-Z][a-z]+\s+\w+\s+\w+", title[:120]) and len(title) > 60 and not agenda:
            return prose
    if title and title[0].islower():
        return 0.0
    if c.label.punct == " " and c.label.scheme in ("number", "roman") and not (stress or titled):
        return 0.0
    return 2.0 if stress else 1.0


def family(label: Label) -> tuple:
    """Given a label, return the family of lists it may continue (whole and dotted numbers
    printed alike are one family: "6", "6.1", "6.2", "7")."""
    if label.scheme in ("number", "dotted"):
        return ("numeric", label.punct if label.scheme == "number" else ".")
    return label.family


def _runs(cands: list[Candidate]) -> list[list[Candidate]]:
    """Given candidates, return the heaviest counting run of each family of labels."""
    by_family: dict[tuple, list[Candidate]] = {}
    for c in cands:
        by_family.setdefault(family(c.label), []).append(c)
    dotted = [c for c in cands if c.label.scheme == "dotted"]
    if dotted:  # dotted numbers may continue whole numbers printed with any punctuation
        for key, members in by_family.items():
            if key[0] == "numeric" and key[1] != ".":
                members.extend(dotted)
                members.sort(key=lambda c: c.line)
    return [_with_bare_numbers(run, cands) for run in (best_run(members, follows) for members in by_family.values()) if run]


def _with_bare_numbers(run: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """Given a run of whole numbers printed with a stop ("1.", "3.") and all candidates, return
    it with the heading the run skips where that number stands without its stop, set off as a
    heading ("2 MATTERS ARISING" in capitals between "1. MINUTES" and "3\\. BUS TRANSPORT")."""
    if not run or run[0].label.scheme != "number" or run[0].label.punct == " ":
        return run
    out = [run[0]]
    for a, b in zip(run, run[1:]):
        if a.label.scheme == b.label.scheme == "number" and b.label.parts[0] == a.label.parts[0] + 2:
            out += [c for c in cands if a.line < c.line < b.line and c.label.scheme == "number" and c.label.punct == " "
                    and c.label.parts[0] == a.label.parts[0] + 1 and c.weight >= 2][:1]
        out.append(b)
    return out


def _top_run(cands: list[Candidate], start: int, end: int) -> list[Candidate]:
    """Given candidates in a line range, return the run that is its top level: the first run
    to start among those with some weight (two members at least, unless no run has two),
    unless a run printed more prominently spans half the range or more (bold category
    headings "A. General Information" over the numbered notes printed above them)."""
    every = _runs(cands)
    runs = [r for r in every if sum(c.weight for c in r if c.weight >= 1) >= 1.5 and len(r) >= 2]
    if not runs:  # a single item ("7. Street Trading Policy"; not "K. Bares presented ...")
        runs = [r for r in every if r[0].weight >= 1 and r[0].label.punct != " " and (
            r[0].label.scheme in ("number", "dotted") or r[0].label.parts[-1] == 1)]
    if not runs:
        return []
    length = max(1, end - start + 1)

    def prominence(run: list[Candidate]) -> float:
        return sum(c.weight for c in run) / len(run)

    first = min(runs, key=lambda r: (r[0].line, -sum(c.weight for c in r)))
    # Dotted numbers continue whole numbers of any print, so a short list above the items
    # ("1) Cable Channel 26," "2) Online at ...") may lead a run into them; a longer run
    # holding half its members or more is the items' own ("1. CEREMONIAL ITEMS", "2.1", ...).
    lines_of = {c.line for c in first}
    longer = [r for r in runs if len(r) > len(first) and len(lines_of & {c.line for c in r}) >= 0.5 * len(first)]
    if longer:
        first = max(longer, key=lambda r: (len(r), -r[0].line))
    wide = [r for r in runs if (r[-1].line - r[0].line) / length >= 0.5 and prominence(r) >= prominence(first) + 0.5]
    return max(wide, key=lambda r: (prominence(r), -r[0].line)) if wide else first


def _sub_runs(cands: list[Candidate], start: int, end: int) -> list[list[Candidate]]:
    """Given candidates inside one item, return its runs of sub-items in order: a run, then
    any run after it that starts its count again ("A.", "B." under one group heading, then
    "A." again under the next)."""
    out = []
    while True:
        run = _top_run([c for c in cands if start <= c.line <= end], start, end)
        if not run:
            return out
        out.append(run)
        start = run[-1].line + 1


def nested_headings(doc: Document, lines: list[str], cands: list[Candidate], start: int, end: int, weight: Weigh,
                    titled_only: bool, parent: str | None = None, depth: int = 0, top: set[int] = frozenset(),
                    keep_inner: Inside | None = None) -> list[Heading]:
    """Given candidates in a line range, return the headings of its top run and, inside each,
    of their own runs, in reading order with path numbers. ``top``: lines whose labels hang in
    the margin; when given, the top run is taken from them alone (the numbered lists in the
    text column are what the items hold, or their sub-items). ``keep_inner``: given the labelled lines
    inside an item and its first and last line, those that may be its sub-items (an agenda's
    rule; minutes keep those with a title of their own)."""
    inside = [c for c in cands if start <= c.line <= end]
    if parent is None:
        runs = [_top_run([c for c in inside if c.line in top] if top else inside, start, end)]
    else:
        runs = _sub_runs(inside, start, end)
    out: list[Heading] = []
    for group, run in enumerate(runs, start=1):
        prefix = parent if group == 1 or parent is None else f"{parent}.{group}"
        for k, c in enumerate(run):
            number = _path(prefix, c.label)
            out.append(Heading(number, c.label.text.strip(), c.line, c.line))
            stop = run[k + 1].line - 1 if k + 1 < len(run) else (
                runs[group].__getitem__(0).line - 1 if group < len(runs) else end)
            if depth + 1 >= _MAX_DEPTH or stop <= c.line:
                continue
            inner = [x for x in cands if c.line < x.line <= stop and (
                family(x.label) != family(c.label) or _extends(c.label, x.label))]
            if titled_only:
                inner = [x for i, x in enumerate(inner)
                         if titled(doc, lines, x) or holds_motion(doc, lines, x, _item_end(inner, i, stop))]
            elif keep_inner is not None:
                inner = keep_inner(lines, inner, c.line, stop)
            out.extend(nested_headings(doc, lines, inner, c.line + 1, stop, weight, titled_only, number, depth + 1,
                                       keep_inner=keep_inner))
    return out




def _extends(parent: Label, label: Label) -> bool:
    """Given an item's label and a label inside the item, return whether the inner one is its
    dotted sub-number ("4. CONSENT CALENDAR" over "4.1. ACCOUNTS PAYABLE"): one family when
    printed in one run ("6", "6.1", "7"), its sub-items when the run left them out."""
    return label.scheme == "dotted" and label.number.startswith(parent.number + ".")


def _path(parent: str | None, label: Label) -> str:
    """Given a parent item's number and a label under it, return the item's number."""
    # ("J.1" under "H": a letter and a number print the whole path, as "6.1" does under "6")
    if parent is None or (label.scheme == "dotted" and (label.number.startswith(parent.split(".")[0] + ".")
                                                        or label.number[:1].isalpha())):
        return label.number
    return f"{parent}.{label.number}"


def _item_end(cands: list[Candidate], i: int, stop: int) -> int:
    """Given candidates in order, one's index and the enclosing item's last line, return the
    last line of that candidate's item: before the next label of its own kind."""
    kind = family(cands[i].label)
    later = [x.line for x in cands[i + 1:] if family(x.label) == kind]
    return later[0] - 1 if later else stop

"""Numbered lines inside minutes that are not the minutes' own numbering.

A run of labels that counts up is not always the minutes' items: a table of contents printed
above them ("2. Approve minutes for June AGM. 1"), a consent calendar's "1. ... 4." late in one
minute, the points of lists that start again at "1." under several run-in items, and numbered
paragraphs running at full width ("12.1 Richard Burton requested that ..."). And the other way
about: a short numbered title printed out at the left of notes that are all indented is an item
even in the body's own type, and labels hung out in a margin column of their own head the items
however their text reads. Used by ``extractors.segments`` to weigh and check the runs it finds.
"""

from __future__ import annotations

import re

from extractors.headings import Heading
from extractors.labels import parse_labels
from extractors.layout import emphasis
from minutebook.document import Document

# A run-in label on a line of its own: "Committee Reports:", "Approval of Agenda:".
_LABEL_LINE = re.compile(r"[A-Z][^:.;]{1,60}:")
_PAGE_NUMBER_END = re.compile(r"[.\s]*\s\d{1,3}\s*$")  # "... June AGM. 1", "... Minutes ..... 12"


def contents_lines(lines: list[str], start: int, end: int) -> set[int]:
    """Given minutes' line range, return the lines of a table of contents printed above them:
    labelled lines ending in a page number ("2. Approve minutes for June AGM. 1") whose label
    and title are printed again further down as the item itself."""
    out = set()
    for n in range(start, end + 1):
        text = lines[n - 1].strip()
        if not parse_labels(text) or not _PAGE_NUMBER_END.search(text):
            continue
        entry = _PAGE_NUMBER_END.sub("", text).rstrip(" .").lower()
        if len(entry) >= 6 and any(lines[k - 1].strip().lower().startswith(entry) for k in range(n + 1, end + 1)):
            out.add(n)
    return out


def numbered_list_inside(headings: list[Heading], start: int, end: int) -> bool:
    """Given the labelled headings found in minutes, return whether they are a numbered list
    inside one of the minutes (a consent calendar's "1. ... 4.", printed within a few lines
    late in the minutes) rather than the minutes' own numbering, which spans them."""
    span = headings[-1].start - headings[0].start
    return headings[0].start - start > 15 and span < 0.2 * max(1, end - start)


def list_under_one_label(doc: Document, headings: list[Heading], start: int, end: int, lines: list[str]) -> bool:
    """Given the labelled headings found in minutes, return whether they are one short list
    set under one of the minutes' own headings: a run-in label line of its own ending in a
    colon ("Committee Reports:" over "1. Local Foods: ...", "2. Education: ...") where such
    label lines, set off alike, head the minutes before the list and after it, and outnumber
    its points."""

    def label(n: int) -> bool:
        return bool(_LABEL_LINE.fullmatch(lines[n - 1].strip())) and (not doc.styles or emphasis(doc, n) > 0)

    first = headings[0].start
    above = next((k for k in range(first - 1, start - 1, -1) if lines[k - 1].strip()), None)
    if above is None or not label(above):
        return False
    before = [n for n in range(start, above) if label(n)]
    after = [n for n in range(headings[-1].start + 1, end + 1) if label(n)]
    return bool(before) and bool(after) and len(before) + len(after) + 1 >= max(3, len(headings))


def restarting_lists(headings: list[Heading], start: int, end: int, lines: list[str]) -> bool:
    """Given the labelled headings found in minutes, return whether they are points of lists
    that start again at "1." under several items ("1. ... 6." under Matters Arising, "1. ... 4."
    under Correspondence) and read as sentences, not titles ("1. Game on Fenway, LLC" lists,
    numbered afresh under each section, are the items themselves)."""
    restarts = [n for n in range(start, end + 1) if any(
        lb.scheme == "number" and lb.parts == (1,) and lb.punct.strip() for lb in parse_labels(lines[n - 1]))]
    return len(restarts) >= 3 and sum(len(h.title) for h in headings) / len(headings) >= 50


def lists_under_labels(start: int, end: int, lines: list[str]) -> bool:
    """Given minutes' line range, return whether their numbered lines are lists that start
    afresh ("I." / "1.") right under a label line of their own ending in a colon, twice or
    more with the same first point ("Approval of Agenda:" over "I. ... VI.", then "Notes:" over
    "I. ... VII."): the labels are the items, the lists their contents."""
    afresh: list[str] = []
    for n in range(start + 1, end + 1):
        labels = parse_labels(lines[n - 1])
        if labels and labels[0].parts == (1,) and labels[0].punct.strip() and labels[0].scheme in ("number", "roman"):
            above = next((lines[k - 1].strip() for k in range(n - 1, start - 1, -1) if lines[k - 1].strip()), "")
            if _LABEL_LINE.fullmatch(above):
                afresh.append(" ".join(re.findall(r"\w+", labels[0].text.lower())[:2]))
    # (the same list printed again: the agenda approved, then a note under each of its points;
    # different lists under "Matters arising:" and "New business:" are the items themselves)
    return len(afresh) >= 2 and len(set(afresh)) < len(afresh)


def runs_on_at_full_width(lines: list[str], n: int, full_width: int) -> bool:
    """Given a numbered line, return whether it is a paragraph: as long as the page is wide
    and running on into a long line or a sentence end ("12.1 Richard Burton requested that
    ..."), where a wrapped heading ends on a short unpunctuated line ("... held on" / "13.12.2013")."""
    following = lines[n] if n < len(lines) else ""
    if not full_width or len(lines[n - 1]) < 0.93 * full_width or not following or parse_labels(following):
        return False
    return len(following) >= 0.6 * full_width or following.rstrip().endswith(".")


def labels_left(doc: Document, lines: list[str], start: int, end: int) -> float | None:
    """Given a range of a PDF, return how far left its labelled lines start (a low tenth of
    their x positions, so a stray label at the edge does not decide), or None without positions."""
    xs = sorted(st.x0 for n in range(start, end + 1)
                if (st := doc.style(n)) is not None and st.x0 is not None and parse_labels(lines[n - 1]))
    return xs[len(xs) // 10] if len(xs) >= 3 else None


def outdented_title(doc: Document, n: int, title: str) -> bool:
    """Given a labelled line and its title, return whether it is a short title printed out at
    the left of a body that is all indented ("1 Apologies" at the margin over bulleted notes
    further in): set off by its position as others are by bold."""
    style, left = doc.style(n), _notes_left(doc)
    return (style is not None and style.x0 is not None and left is not None and style.x0 <= left - 30
            and 0 < len(title) <= 60 and not title.endswith("."))


# A line that opens with a label, roughly ("1 ", "2.", "(a)", "iv)"): enough to leave the items out
# of the median below (the full label parser costs too much on every line).
_LABEL_LIKE = re.compile(r"^\s*\(?(?:\d{1,4}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,5})[.):]?\s")


def _notes_left(doc: Document) -> float | None:
    """Given a PDF, return where its unnumbered lines start (their median left edge), or None."""
    def compute(d: Document) -> float | None:
        xs = sorted(st.x0 for line, st in zip(d.lines, d.styles) if st is not None and st.x0 is not None
                    and line.strip() and not _LABEL_LIKE.match(line))
        return xs[len(xs) // 2] if len(xs) >= 5 else None
    return doc.derived("segments.notes_left", compute)


def _counts_up(lines: list[str], numbers: list[int]) -> bool:
    """Given labelled lines, return whether their labels count up by one with none missing
    ("01.01", "01.02", "01.03"; not "4." then "6.": an item printed elsewhere is not in the margin)."""
    parts = [parse_labels(lines[n - 1])[0].parts for n in numbers]
    return all(len(b) == len(a) and b[:-1] == a[:-1] and b[-1] == a[-1] + 1 for a, b in zip(parts, parts[1:]))


def hanging_labels(doc: Document, lines: list[str], start: int, end: int) -> set[int]:
    """Given minutes' line range in a PDF, return the labelled lines hung out in a margin of
    their own: three or more labels ("01.01", "01.02" ...) in one column at least 15 points left
    of where the text runs, the first of them the range's first labelled line, counting up with
    none missing. Such a label heads an item even when its text is a sentence ("01.01 The
    1st Meeting of the Centre ... was held through online mode ..."); numbered lists in the text
    column are what the items hold. A paper whose margins move from page to page, or whose
    first items sit elsewhere, is left to the usual weighing."""
    body = _notes_left(doc)
    if body is None:
        return set()
    labelled = [(n, st.x0) for n in range(start, end + 1)
                if (st := doc.style(n)) is not None and st.x0 is not None and parse_labels(lines[n - 1])]
    outdented = [(n, x) for n, x in labelled if x <= body - 15]
    if len(outdented) < 3:
        return set()
    margin = min(x for _, x in outdented) + 6
    hung = {n for n, x in outdented if x <= margin}
    if len(hung) < 3 or labelled[0][0] not in hung or not _counts_up(lines, sorted(hung)):
        return set()
    # (nothing else prints in the margin: a body set at the margin with indented notes has
    # unlabelled lines there too, and its labels are weighed as usual)
    others = [n for n in range(start, end + 1) if n not in hung and lines[n - 1].strip()
              and (st := doc.style(n)) is not None and st.x0 is not None and st.x0 <= margin]
    return hung if len(others) <= len(hung) // 2 else set()

"""Resolutions: every "Resolved:-", "RESOLVED that", "Resolved to", split into its parts.

A resolution block starts at its lead-in and runs until the next minute heading, "(Item n)"
line, recorded vote, another resolution, or (in text packs) a blank line followed by
something that is not one of its parts. Inside the block, printed part labels "(1)", "(a)",
"a)", "A)" that run in sequence split it; each part is one record, its text without the
lead-in ("Resolved:-", "RESOLVED that Cabinet agree to:") and without its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.common import span
from extractors.motion_steps import bare_result
from minutebook.document import Document

# "Resolved:-", "Resolved: -", "RESOLVED that", "Resolved to", "RESOLVED:", optionally after a
# bullet or a paragraph number ("(4) RESOLVED that", "3. RESOLVED that").
_LEAD = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:\(?\d{1,3}[.)]\s*)?(?:it\s+was\s+)?RESOLVED\b\s*(?::\s*-|:-|–|—|:|-|,)?\s*",
    re.IGNORECASE,
)
# Labels of parts, at the start of the text or after a space: "(1)", "(a)", "(iv)", "a)", "A)";
# "1." (a numbered list after a lead-in ending in a colon); a bullet "•".
_LABEL = re.compile(
    r"(?:(?<=\s)|^)(?:[-*]\s*)?"
    r"(?:\(?(?P<label>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)|(?P<dot>\d{1,2})\.(?=\s+[A-Z])|(?P<bullet>[•▪◦]))\s+"
)
# A new minute or numbered paragraph ("87. Cabinet Member Updates", "90. 24/00109 - ...",
# "2. Mr Oakford introduced ...") or a Kent "(Item n)" line ends a resolution.
_MINUTE_HEADING = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,2})?\.\s+\S|\d{1,3}\.\d{1,2}\s+[A-Z]|\(Item\s+\d+\)\s*$)"
)
_VOTE = re.compile(r"^\s*(?:For|Against|Abstain(?:ed|ing)?|Abstentions?)\s*\(\d+\)", re.IGNORECASE)
_CARRIED = re.compile(r"^\s*(?:Substantive\s+)?(?:Motion|Amendment)\s+(?:carried|lost)", re.IGNORECASE)
_LEADIN_END = re.compile(r"(?:agree(?:d|s)?(?:\s+to)?|resolve[sd]?|as follows|the following|that)\s*[:\-–]*\s*$", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


@dataclass
class _Piece:
    """A stretch of block text with the document line it came from."""

    text: str
    line: int


def extract_resolutions(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per resolution part, with provenance."""
    lines = doc.lines
    table_lines = _prose_tables(doc)  # a work programme cell "Resolved in June 2019 ..." is not one
    records: list[dict] = []
    n = 1
    while n <= len(lines):
        line = lines[n - 1]
        lead = _LEAD.match(line)
        if not lead or "\t" in line or line.lstrip().startswith("|") or n in table_lines or bare_result(line[lead.end():]):
            n += 1  # ("Resolved: Motion carried" says how the motion above went; the motion is the record)
            continue
        pieces, last, colon_mode = _block(lines, n, lead.end())
        records.extend(_parts(doc, pieces, colon_mode))
        n = last + 1
    return records + _other_decisions(doc, records)


def _prose_tables(doc: Document) -> set[int]:
    """Given a document, return the lines of its tables within the text (see
    ``extractors.meetings.prose_table_lines``)."""
    from extractors.meetings import prose_table_lines

    return prose_table_lines(doc)


def _other_decisions(doc: Document, records: list[dict]) -> list[dict]:
    """Given the "RESOLVED" records, return the decisions minutes record in other words
    (``extractors.decisions``) that do not repeat one of them."""
    from extractors.decisions import decisions

    try:
        found = decisions(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    covered = [(r["line_start"], r["line_end"]) for r in records]
    return [d for d in found
            if not any(a <= d["line_start"] <= b or d["line_start"] <= a <= d["line_end"] for a, b in covered)]



def _block(lines: list[str], start: int, offset: int) -> tuple[list[_Piece], int, bool]:
    """Given the lead-in line and where its text starts, return the block's pieces, its last
    line, and whether the lead-in stood alone ending in a colon ("RESOLVED that:")."""
    pieces = [_Piece(lines[start - 1][offset:].strip(), start)]
    expect: tuple[str, int] | None = None  # the next part label the block can take
    for m in _LABEL.finditer(pieces[0].text):
        expect = _next_label(expect, m, pieces[0].text[: m.start()]) or expect
    last = start
    blank = False
    # "RESOLVED that:" with nothing after it: the resolution is the paragraphs that follow,
    # each ending a sentence; in wrapped PDF text only a heading, a numbered paragraph or a
    # vote ends it.
    colon_mode = bool(re.fullmatch(r"(?:that|to)?\s*:-?", pieces[0].text, re.IGNORECASE))
    n = start + 1
    while n <= len(lines):
        text = lines[n - 1].strip()
        if not text:
            blank = True
            n += 1
            continue
        if _LEAD.match(text) or _VOTE.match(text) or _CARRIED.match(text) or "\t" in lines[n - 1]:
            break
        label = _LABEL.match(text)
        if label:
            before = " ".join(p.text for p in pieces)
            following = _next_label(expect, label, before)
            if following is None and re.search(r":-?\s*$", before):
                following = _next_label(None, label, before)  # a second list after its own lead-in
            if following is None:
                break  # a numbered paragraph of the minute, not the next part
            expect = following
        elif _MINUTE_HEADING.match(text):
            break
        elif _is_subheading(text, pieces, lines, n):
            n += 1  # "2025-26 Council Tax" between parts (e) and (f): a heading, not text
            continue
        elif (blank or (_sentence_done(pieces) and not colon_mode)) and not _continues(pieces, text):
            break
        pieces.append(_Piece(text, n))
        last = n
        blank = False
        n += 1
    return [p for p in pieces if p.text], last, colon_mode


def _is_subheading(text: str, pieces: list[_Piece], lines: list[str], n: int) -> bool:
    """Given a line inside a block, say whether it is a short heading printed between parts.

    "2025-26 Council Tax", "Key Policies and Strategies", "In addition:" sit on their own line
    right before a part label; they are headings, not the end of the previous part.
    """
    following = next((x.strip() for x in lines[n:] if x.strip()), "")
    if not _LABEL.match(following) or len(text) > 70 or re.search(r"[.;,!?]$", text):
        return False
    if text.endswith(":"):
        # "In addition:" after a finished part; not "Services to:" ending a wrapped sentence.
        return len(text) <= 40 and (not pieces or bool(re.search(r"[.;:!?]\s*$", pieces[-1].text)))
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    title_like = bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
    return title_like and (text[:1].isupper() or text[:1].isdigit())


_SMALL_WORDS = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by"}


def _next_label(expect: tuple[str, int] | None, label: re.Match, before: str) -> tuple[str, int] | None:
    """Given the label a block expects next (None: none yet), a printed label and the block
    text before it, return the label expected after it, or None when it does not continue
    the parts (a numbered paragraph of the minute, say)."""
    values = _label_values(label, before)
    if expect is None:
        first = next((v for v in values if v[1] in (1, 0)), None)
        return (first[0], first[1] + 1) if first else None
    for style, ordinal in values:
        if style == expect[0] and (ordinal == expect[1] or style == "b"):
            return style, ordinal + 1
    # "(1) ... (2) ..." parts may carry their own "(a) (b)" sub-parts: allow a fresh "a"/"i".
    if any(o == 1 and st != expect[0] for st, o in values):
        return expect
    return None


def _continues(pieces: list[_Piece], text: str) -> bool:
    """Given the block so far and the first line after a blank, say whether the block goes on.

    After a blank line a block continues with another part label, a lower-case continuation
    of a sentence cut by a page break, or the first text of a "Resolved: -" standing alone.
    """
    if not any(p.text for p in pieces):
        return True
    if text[:1].islower():
        return True
    previous = pieces[-1].text
    if re.search(r"[:]-?\s*$", previous):
        return True  # "... be held as follows:-" / "is asked to agree the following:"
    if len(text) <= 30 and _in_short_list(pieces):
        return True  # the next date of "... as follows:- 28th August, 2018 / 16th October / ..."
    # A sentence cut by a page break: the part so far ends mid-sentence (and is not a short
    # list entry such as "9th April"), the line is not a heading.
    return not re.search(r"[.;!?]\s*$", previous) and len(previous) > 40 and not text.isupper()


def _in_short_list(pieces: list[_Piece]) -> bool:
    """Given the block so far, say whether it ends in a list of short entries after a colon."""
    for piece in reversed(pieces):
        if re.search(r"[:]-?\s*$", piece.text):
            return True
        if len(piece.text) > 30:
            return False
    return False


def _sentence_done(pieces: list[_Piece]) -> bool:
    """Given the block so far (wrapped PDF lines, no blank lines), say whether it has ended a
    sentence or a short list entry, after which only a part label or a continuation goes on."""
    previous = pieces[-1].text if pieces else ""
    return bool(previous) and (bool(re.search(r"[.!?]\s*$", previous)) or len(previous) <= 30)


def _label_values(label: re.Match, before: str) -> list[tuple[str, int]]:
    """Given a label match, return its possible (style, ordinal) readings.

    "(c)" is letter 3; "(i)" may be letter 9 or roman 1, "(v)" letter 22 or roman 5; "2." is
    a numbered-list item only after a lead-in that ends with a colon; a bullet is ('b', 0).
    """
    if label.group("bullet"):
        return [("b", 0)]
    if label.group("dot"):
        return [("d", int(label.group("dot")))] if re.search(r":-?\s*$|\S", before) else []
    raw = label.group("label")
    if raw.isdigit():
        return [("n", int(raw))]
    low = raw.lower()
    values = []
    if len(low) == 1:
        values.append(("a", ord(low) - 96))
    if low in _ROMAN:
        values.append(("r", _ROMAN[low]))
    return values


def _parts(doc: Document, pieces: list[_Piece], colon_mode: bool = False) -> list[dict]:
    """Given a block's pieces, split it at labels that run in sequence (or, after a bare
    "RESOLVED that:", into its paragraphs); return records."""
    if not pieces:
        return []
    text = ""
    line_at: list[tuple[int, int]] = []  # (offset where a piece starts, its line)
    for piece in pieces:
        if text:
            text += " "
        line_at.append((len(text), piece.line))
        text += piece.text

    def line_of(offset: int) -> int:
        found = line_at[0][1]
        for start, line in line_at:
            if start <= offset:
                found = line
        return found

    cuts = _sequential_labels(text)
    out = []
    if not cuts:
        for first, last in _paragraphs(pieces) if colon_mode else [(0, len(pieces) - 1)]:
            body = _clean(" ".join(p.text for p in pieces[first : last + 1]))
            if body and not re.fullmatch(r"(?:that|to)?\s*:-?", body, re.IGNORECASE):
                out.append({"text": body, "part": None, **span(doc, pieces[first].line, pieces[last].line)})
        return out
    for k, (start, end, label) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
        kept = _drop_next_lead_in(text[end:stop])
        stop = end + len(kept.rstrip())
        body = _clean(kept)
        if body:
            out.append({"text": body, "part": label, **span(doc, line_of(start), line_of(max(start, stop - 1)))})
    lead = _clean(text[: cuts[0][0]])
    if lead and not _LEADIN_END.search(lead) and not lead.endswith(":"):
        # Text before the first label that is a resolution in its own right.
        out.insert(0, {"text": lead, "part": None, **span(doc, pieces[0].line, line_of(cuts[0][0]))})
    return out


def _paragraphs(pieces: list[_Piece]) -> list[tuple[int, int]]:
    """Given wrapped lines, return (first, last) piece indexes of each paragraph: a paragraph
    ends with a line that ends a sentence and the next line starts with a capital."""
    out, first = [], 0
    for k in range(1, len(pieces)):
        if re.search(r"[.!?]\s*$", pieces[k - 1].text) and pieces[k].text[:1].isupper():
            out.append((first, k - 1))
            first = k
    out.append((first, len(pieces) - 1))
    return out


def _drop_next_lead_in(text: str) -> str:
    """Given a part's text, return it without a trailing lead-in of the next list ("... vapes.
    And; This Council agrees to call on the Cabinet Member to:")."""
    if not re.search(r":-?\s*$", text):
        return text
    for m in re.finditer(r"[.;]\s+(?=[A-Z])", text):
        return text[: m.start() + 1]
    return text


def _sequential_labels(text: str) -> list[tuple[int, int, str]]:
    """Given block text, return (start, end, label) of the part labels that form a sequence.

    The first label must be the first of its style ("1", "a", "i", "1." after a colon, a
    bullet) and each next one must follow it, so "(including the Council)" or "Section
    100A(4)" never split a part.
    """
    found = []
    for m in _LABEL.finditer(text):
        values = _label_values(m, text[: m.start()])
        if m.group("dot") and not re.search(r":-?\s*$", text[: m.start()]) and not any(
            f[3][0][0] == "d" for f in found
        ):
            values = []  # "1." opens a list only right after a colon
        if values:
            printed = m.group("label") or m.group("dot") or m.group("bullet")
            found.append((m.start(), m.end(), printed, values))
    return _chains(text, found, 0, len(found), first=True)


def _chains(text: str, found: list, lo: int, hi: int, first: bool) -> list[tuple[int, int, str]]:
    """Given the labels found[lo:hi], return the longest sequence among them plus, before and
    after it, further sequences that open right after a lead-in ending in a colon ("This
    Council believes that: a) ... d) ... This Council agrees to: a) ... b) ...")."""
    best: list[int] = []
    for i in range(lo, hi):
        s, _, _, values = found[i]
        if not first and not re.search(r":-?\s*$", text[:s]):
            continue
        for style, ordinal in values:
            if ordinal not in (0, 1):
                continue
            chain = [i]
            expect = ordinal + 1
            for j in range(i + 1, hi):
                if any(st == style and (o == expect or style == "b") for st, o in found[j][3]):
                    chain.append(j)
                    expect += 1
            if len(chain) > len(best):
                best = chain
    # A lone "(1)" with no "(2)" is a paragraph number, not a part list.
    if len(best) < 2:
        return []
    here = [found[i][:3] for i in best]
    return (_chains(text, found, lo, best[0], False) + here + _chains(text, found, best[-1] + 1, hi, False))


def _clean(text: str) -> str:
    """Given part text, return it on one line without a leading "that:", a bullet, a closing
    "Proposed by ..." sentence, or a trailing "; and" / ", or" joining it to the next part."""
    text = " ".join(text.split())
    text = re.sub(r"^[-•*]\s*", "", text)
    text = re.sub(r"^that\s*:\s*(?=\S)", "", text, flags=re.IGNORECASE)
    # "to adopt the new Standing Orders. Proposed by Cllr A seconded by Cllr B. The Code ...":
    # who put it, and what the minutes go on to, are no part of the resolution
    text = re.sub(r"(?<=[.;])\s+(?:Proposed|Moved|Seconded)\s+(?:by\b|[A-Z]).*$", "", text)
    while True:
        trimmed = re.sub(r"(?:\s*[;,]|\s+(?:and|or))\s*$", "", text)
        if trimmed == text:
            break
        text = trimmed
    return text.strip()

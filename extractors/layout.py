"""How a line is printed relative to the document's own body text.

A heading is a line printed bigger or bolder than the body text, alone on its line and short;
a title is centred; a list item is indented. "Bigger" only means something against the
document's own body size, so every judgement here is relative to ``profile(doc)``: the body's
glyph height and left margin, measured on the document itself. Text packs know only what
their markup said (a markdown heading, a line wholly in bold).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from minutebook.document import Document


@dataclass(frozen=True)
class Profile:
    """The document's body text: its glyph height, left margin and page width (None when the
    reader knows no typography)."""

    body_size: float | None
    margin: float | None
    width: float | None
    body_bold: bool = False  # the body text itself is bold: bold sets nothing off
    pitch: float | None = None  # the usual distance from one line's top to the next one's


def profile(doc: Document) -> Profile:
    """Given a document, return its body-text profile (computed once per document)."""
    return doc.derived("layout.profile", _compute_profile)


def _compute_profile(doc: Document) -> Profile:
    sizes: Counter[float] = Counter()
    margins: Counter[int] = Counter()
    steps: list[tuple[float | None, float | None, float]] = []
    bold_chars = body_chars = 0
    above = None
    for line, style in zip(doc.lines, doc.styles):
        if style is not None and style.top is not None and above is not None and above.top is not None \
                and style.top > above.top and not (style.bold or above.bold):
            steps.append((above.size, style.size, style.top - above.top))
        above = style if line.strip() else above
        if style is None or style.size is None:
            continue
        n = len(line.strip())
        if n >= 25:
            sizes[style.size] += n  # weighted by length: the body is where the characters are
            body_chars += n
            bold_chars += n if style.bold else 0
        if n >= 40 and style.x0 is not None:
            margins[round(style.x0 / 3) * 3] += 1
    if not sizes:
        return Profile(None, None, None)
    width = Counter(w for w, _ in doc.page_sizes).most_common(1)[0][0] if doc.page_sizes else None
    body = sizes.most_common(1)[0][0]
    # the pitch of the body text: from one plain line of body size to the next
    pitches = Counter(round(step) for a, b, step in steps if a == body and b == body)
    return Profile(body, float(margins.most_common(1)[0][0]) if margins else None, width,
                   body_bold=bold_chars > 0.6 * body_chars,
                   pitch=float(pitches.most_common(1)[0][0]) if pitches else None)


def set_apart(doc: Document, a: int, b: int) -> bool:
    """Given two lines in order, return whether white space stands between them: a blank line's
    worth or more beyond the document's usual line pitch, on one page, measured from the top of
    the first line's last printed line (a line the reader joined may span two). Two headings a
    blank line apart are two headings ("Consent Reports" / "Corporate ... Consent Report"); a
    heading that wraps runs on at the usual pitch."""
    first, second, pitch = doc.style(a), doc.style(b), profile(doc).pitch
    if not (first and second and pitch) or first.top is None or second.top is None:
        return False
    last_top = first.bottom - first.size if first.bottom is not None and first.size else first.top
    return doc.page_of(a) == doc.page_of(b) and second.top - max(first.top, last_top) > 1.6 * pitch


def emphasis(doc: Document, n: int) -> int:
    """Given a 1-based line number, return how strongly it is set off from the body text:
    0 not at all, 1 bold (or a markup heading), 2 bigger than the body, 3 both."""
    style = doc.style(n)
    if style is None:
        return 0
    shape = profile(doc)
    level = 1 if (style.bold and not shape.body_bold) or style.heading else 0
    body = shape.body_size
    if body and style.size and style.size >= body * 1.12:
        level += 2
    return level


def tiny(doc: Document, n: int) -> bool:
    """Given a 1-based line number, return whether it is printed in under half the body's size:
    text hidden in the layout or stamped beside it ("s41" in 2.5 pt over a title), not read."""
    style = doc.style(n)
    body = profile(doc).body_size
    return bool(style and style.size and body and style.size < 0.5 * body)


def is_bold(doc: Document, n: int) -> bool:
    """Given a 1-based line number, return whether it is printed in bold (or marked up so)."""
    style = doc.style(n)
    return bool(style and ((style.bold and not profile(doc).body_bold) or style.heading))


def indent(doc: Document, n: int) -> float | None:
    """Given a 1-based line number, return how far right of the body margin it starts, in
    points (None when positions are unknown)."""
    style = doc.style(n)
    margin = profile(doc).margin
    if style is None or style.x0 is None or margin is None:
        return None
    return style.x0 - margin


def centred(doc: Document, n: int) -> bool:
    """Given a 1-based line number, return whether the line is centred on its page (both ends
    well inside the margins and about equally far from them)."""
    style = doc.style(n)
    page = doc.page_of(n)
    if style is None or style.x0 is None or not page or page > len(doc.page_sizes):
        return False
    width = doc.page_sizes[page - 1][0]
    left, right = style.x0, width - style.x1
    # An indented paragraph (a quotation, a motion's text) is as far from both margins as a
    # centred title, but runs most of the column's width: a centred line is short.
    short = style.x1 - style.x0 < 0.55 * width
    return short and left > 0.15 * width and right > 0.12 * width and abs(left - right) < 0.12 * width


def styled(doc: Document) -> bool:
    """Given a document, return whether its reader knew the typography of its lines."""
    return profile(doc).body_size is not None


def next_column(doc: Document, first: int, n: int) -> bool:
    """Given the first line of a list and a later line, return whether the later line starts the
    list's next column: on the same page, level with the first line (within a quarter of a
    line) and to the right of it ("Amber Baur ... Dr. Ellicott Matthay" down the left, "Jeff
    Merriman" back up at the top on the right)."""
    a, b = doc.style(first), doc.style(n)
    if a is None or b is None or None in (a.top, b.top, a.x1, b.x0) or doc.page_of(first) != doc.page_of(n):
        return False
    return abs(a.top - b.top) <= max(2.0, 0.25 * (a.bottom - a.top)) and b.x0 > a.x1

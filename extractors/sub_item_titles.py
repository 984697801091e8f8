"""Whether a sub-item of minutes is an item of its own: a title it prints, or business it holds.

Numbered and lettered lines inside a minute are items only when they print a title ("6.1 Adult
Services Update", "(c) Community Use of School Hall", a bold "(a) Chair") or carry business
with its own motion ("c. Ordinance to appropriate ..." over "Councilmember D moved ..."); else
they are paragraphs of their minute. ``extractors.segments`` asks these questions of each
sub-item it finds.
"""

from __future__ import annotations

import re

from extractors.labels import Candidate, parse_labels
from extractors.layout import emphasis, indent, profile, styled
from extractors.motions import opens_motion
from minutebook.document import Document


def titled(doc: Document, lines: list[str], c: Candidate) -> bool:
    """Given a sub-item of minutes, return whether it prints a title of its own: one that
    opens in bold ("(a) Chair No news to report."), a short title line in a PDF ("(c)
    Community Use of School Hall"), or a short title under a number that holds its parent's
    ("6.1 Adult Services Update"), or one printed bigger than the body text. A plain "(1) Improvement Panel" in a text pack, where
    typography is unknown, is a paragraph of its minute."""
    style = doc.style(c.line)
    if style is not None and (style.lead_bold or style.bold) and not profile(doc).body_bold:
        return True
    if emphasis(doc, c.line) >= 2:
        return True  # printed bigger than the body, like a heading ("F.1 Approval of ... from March 24," wrapping)
    title = c.label.text
    short = 0 < len(title) <= 60 and not title.endswith(".") and not title[:1].islower()
    following = lines[c.line] if c.line < len(lines) else ""
    # In a PDF a short line under its label, with the text on the next line, is a title
    # (underlined, say); a text pack cannot show it, so only "6.1 Title" counts there.
    lettered = c.label.scheme in ("letter", "roman")  # "(1)", "(2)" are more often paragraphs
    if lettered and styled(doc) and not short and not title.endswith("."):
        return _hanging_title(doc, lines, c)
    return short and (c.label.scheme == "dotted" or (lettered and styled(doc) and not parse_labels(following)))


def holds_motion(doc: Document, lines: list[str], c: Candidate, end: int) -> bool:
    """Given a lettered sub-item of a PDF and its last line, return whether it is an item of
    business with its own motion: a capitalised title on the label line ("c. Ordinance to
    appropriate $1,000,000 ... (Presented by the Fire Chief)") and a motion moved below it
    ("Councilmember D moved, seconded by Councilmember S, to approve first reading. The motion
    carried unanimously."). A lettered paragraph of a decision ("(a) that the report be noted")
    holds none; one that is itself a motion moves it on its label line, unless the motion is
    recorded again below, after the business ("(b) Motion to accept the Bond Rating" / ... /
    "Motion: Motion to accept the Bond Rating ...")."""
    if c.label.scheme not in ("letter", "roman") or not styled(doc) or not c.label.text[:1].isupper():
        return False
    if opens_motion(c.label.text):
        # "(b) Motion to accept the Standard & Poor's ... Rating" over its presentations and, below
        # them, "Motion: Motion to accept the Standard & Poor's ...": the item's title is the
        # motion it records
        opening = " ".join(re.findall(r"\w+", c.label.text.lower())[:6])
        return len(opening.split()) >= 4 and any(opening in " ".join(re.findall(r"\w+", lines[n - 1].lower()))
                                                 for n in range(c.line + 2, min(end, len(lines)) + 1))
    return any(opens_motion(lines[n - 1]) for n in range(c.line + 1, min(end, len(lines)) + 1))


def _hanging_title(doc: Document, lines: list[str], c: Candidate) -> bool:
    """Given a lettered sub-item of a PDF whose label line is long, return whether it is a
    title wrapped under its own text ("b. Approve staff recommendation to institute policy
    revisions necessary to" / "become a fine free library effective July 1, 2020", indented
    under the text) with the business starting below it at a smaller indent ("MOTION: ...").
    A paragraph wrapped the same way ends its sentence ("... from the agenda.")."""
    label_x = indent(doc, c.line)
    if label_x is None:
        return False
    text, n = c.label.text, c.line + 1
    while n <= len(lines) and lines[n - 1] and (indent(doc, n) or 0) > label_x + 5 and len(text) <= 160:
        text += " " + lines[n - 1]
        n += 1
    below = indent(doc, n) if n <= len(lines) and lines[n - 1] else None
    return (len(text) <= 160 and not text.rstrip().endswith((".", ",", ";", ":"))
            and (below is None or below < label_x - 5))


def wrapped_title_end(doc: Document, lines: list[str], start: int, stop: int) -> int:
    """Given a minute's heading line and the last line before the next heading, return the last
    line of its title: the heading line, or the lines under it that carry on its title in the
    same heading print, bigger than the body ("F.1 Approval of Regular City Commission Meeting
    Minutes from March 24," / "2026"; "L.2 Authorize the City Manager to Sign the Green Power
    Program Lead" / "Community Agreement with NorthWestern Energy"), on one page at the usual
    line pitch. A title that ends its sentence or clause is whole. In a text pack, a title whose
    bold markup runs over two lines."""
    first = doc.style(start)
    if first is not None and first.size is None and first.bold and start < stop:
        # a text pack's bold title wrapped over two lines ("b) **Closure of the bank: report
        # from" / "Gordon Mackay**"): the next line bold too, and no label of its own
        nxt = doc.style(start + 1)
        return start + 1 if nxt is not None and nxt.bold and lines[start].strip() and not parse_labels(lines[start]) else start
    if first is None or not first.size or emphasis(doc, start) < 2:
        return start
    last = start
    for n in range(start + 1, min(stop, start + 2) + 1):  # a title wraps onto two lines at most
        style, text = doc.style(n), lines[n - 1]
        if (not text or style is None or not style.size or abs(style.size - first.size) > 0.5
                or style.bold != first.bold or doc.page_of(n) != doc.page_of(start) or _gap(doc, last, n) > 0.6 * first.size
                or lines[last - 1].rstrip().endswith((".", ":", ";")) or any(x.punct != " " for x in parse_labels(text))):
            break
        last = n
    return last


def _gap(doc: Document, a: int, b: int) -> float:
    """Given two lines in order on one page, return the white space between them in points (a
    title wrapping in heading print runs on at its own pitch, wider than the body's)."""
    first, second = doc.style(a), doc.style(b)
    if first is None or second is None or first.bottom is None or second.top is None:
        return float("inf")
    return second.top - first.bottom

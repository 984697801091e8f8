"""Typography and position of each PDF text line, and page furniture found by position.

A document's structure is printed in its typography (a heading is bolder or bigger than the
body, a title is centred, a running header sits in the top band of every page) more reliably
than in any council's wording. PDFium gives each character its box and font, so every text
line gets a ``LineStyle`` from a few sampled characters (a handful of calls per line: the text
layer itself stays the fast part of reading).
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter, defaultdict
from dataclasses import replace

from minutebook.document import LineStyle

# Font names that say bold whatever the weight field holds ("Arial-BoldMT", "Calibri,Bold",
# LaTeX's "CMBX12", "Tahoma-Bold", "Cambria-Black").
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi|\bbd\b|[-,]bd|cmbx|bx\d", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_LEAD_LABEL = re.compile(r"^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]|\(?\d+(?:\.\d+)*\.?)\s+")
# A page named in a running line: "Page 3", "P a g e | 3", "Minutes - 8 April - Page 2".
_NAMES_PAGE = re.compile(r"\bp\s?a\s?g\s?e\b\s*[-–|:]?\s*\d", re.IGNORECASE)


def page_line_styles(textpage, pdfium_c, pieces: list[str], page_height: float) -> list[LineStyle | None]:
    """Given a PDFium text page, its text split into lines with their line endings kept, and
    the page height, return each line's style (None for lines without a letter or digit, or
    for every line when the text does not map one character to one PDFium character index).

    Two characters are sampled per line, its first letter or digit and one from its middle
    (a bullet glyph or a bold lead-in label alone does not decide), plus the boxes of its
    first and last visible characters for its extent (its bottom is the lower of its first
    letter's and its last character's).
    """
    if sum(len(p) for p in pieces) != pdfium_c.FPDFText_CountChars(textpage):
        return [None] * len(pieces)
    rect = pdfium_c.FS_RECTF()
    buf = ctypes.create_string_buffer(96)
    flags = ctypes.byref(ctypes.c_int())
    box, font_info, weight_of = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetFontInfo, pdfium_c.FPDFText_GetFontWeight
    out: list[LineStyle | None] = []
    offset = 0
    for piece in pieces:
        start = offset
        offset += len(piece)
        m = _ALNUM.search(piece)
        if m is None:
            out.append(None)
            continue
        text = piece.rstrip()
        first, last = len(piece) - len(piece.lstrip()), len(text) - 1
        # The line's lead is its first letter after any item label ("2. Minutes of ...",
        # "(a) Chair ..."): a label is often set apart from a bold run-in title.
        label = _LEAD_LABEL.match(text)
        lead = _LETTER.search(text, label.end() if label else 0) or m
        middle = _ALNUM.search(text, max(lead.start(), len(text) // 2))
        picks = (lead.start(), middle.start()) if middle and middle.start() != lead.start() else (lead.start(),)
        heights, weights, bold = [], [], []
        for k in picks:
            box(textpage, start + k, rect)
            heights.append(rect.top - rect.bottom)
            font_info(textpage, start + k, buf, 96, flags)
            bold.append(bool(_BOLD_NAME.search(buf.value)))
            weights.append(weight_of(textpage, start + k))
        box(textpage, start + lead.start(), rect)
        top, bottom = page_height - rect.top, page_height - rect.bottom
        box(textpage, start + first, rect)
        x0 = rect.left
        box(textpage, start + last, rect)
        x1 = rect.right
        # (a line PDFium ran over two printed lines reaches down to its last character's)
        bottom = max(bottom, page_height - rect.bottom)
        out.append(LineStyle(size=round(max(heights), 1), bold=all(bold), weight=min(weights),
                             x0=round(x0, 1), x1=round(x1, 1), top=round(top, 1), bottom=round(bottom, 1),
                             lead_bold=bold[0], lead_weight=weights[0]))
    return out


def settle_bold(styles: list[LineStyle | None]) -> list[LineStyle | None]:
    """Given every line style of a document, return them with ``bold`` decided for fonts whose
    names say nothing.

    Standard weights (100-900) are bold from 600. Some producers write other numbers in the
    weight field (a Word "Print to PDF" file gives 4140 for its bold face and 3912 for its
    body): there a face clearly heavier than the document's body face counts as bold.
    """
    weights = Counter()
    for s in styles:
        if s is not None and s.weight > 0:
            weights[s.weight] += 1
    if not weights:
        return styles
    body = weights.most_common(1)[0][0]

    def heavy(weight: int) -> bool:
        if weight <= 0:
            return False
        return weight >= 600 if weight <= 1000 else (body > 1000 and weight > body * 1.03)

    return [s if s is None else replace(s, bold=s.bold or heavy(s.weight), lead_bold=s.lead_bold or heavy(s.lead_weight))
            for s in styles]


def furniture_by_position(page_lines: list[list[str]], page_styles: list[list[LineStyle | None]],
                          page_heights: list[float]) -> list[set[int]]:
    """Given each page's lines, their styles and the page heights, return per page the
    indexes of running headers and footers.

    A line is furniture when the same text is printed at the same height of the page (within
    6 points) on at least half the pages (two at least), in the top or bottom tenth of the page
    or among its first or last three lines; or when a line in those bands names its page
    ("Page 3", "P a g e | 3", "Minutes - 8 April - Page 2", or ends in its number: "Minutes for
    the Committee meeting on 16.06.2011 - 3") and the same words with other
    numbers stand at the same height on as many pages. Other lines alike only in shape ("(Item
    2)" opening page 2, "(Item 3)" page 3) are content. A letterhead repeated at the top of
    every page in bold or large type is the title on the first page: its first-page lines stay.
    The same words elsewhere on a page (the
    title that a running header repeats, printed in the body of page 1) are kept.
    """
    n = len(page_lines)
    if n < 2:
        return [set() for _ in page_lines]
    threshold = max(2, (n + 1) // 2)
    seen: dict[tuple[str, str], dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    candidates: list[list[tuple[int, float, str, str]]] = []
    for p, (lines, styles) in enumerate(zip(page_lines, page_styles)):
        height = page_heights[p] or 792.0
        nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
        edges = set(nonblank[:3] + nonblank[-3:])
        here = []
        for i in nonblank:
            style = styles[i] if i < len(styles) else None
            if style is None or style.top is None:
                continue
            in_band = style.top < 0.1 * height or style.bottom > 0.9 * height
            if not (in_band or i in edges) or len(lines[i].strip()) >= 120:
                continue
            exact = " ".join(lines[i].split())
            shape = re.sub(r"\d+", "#", exact)
            # (or ends in its page's number: "Minutes for the Committee meeting on 16.06.2011 - 3")
            # or, on a book's facing pages, opens with it: "2 COUNCIL OF THE CITY OF WINNIPEG")
            named = in_band and bool(_NAMES_PAGE.search(exact) or re.search(rf"\s[-–—/|]\s*{p + 1}$", exact)
                                     or re.match(rf"{p + 1}\s+[A-Z]", exact))
            here.append((i, style.top, exact, shape if named else None))
            slot = round(style.top / 6)
            seen[("x", exact)][slot].add(p)
            if named:
                seen[("s", shape)][slot].add(p)
        candidates.append(here)

    def repeated(key: tuple[str, str], top: float) -> bool:
        slots = seen.get(key, {})
        slot = round(top / 6)
        pages = set().union(*(slots.get(s, set()) for s in (slot - 1, slot, slot + 1)))
        if key[0] == "s" and len(pages) >= 2 and len({q % 2 for q in pages}) == 1:
            # A header naming its page printed on facing pages only (the even pages' "2 COUNCIL
            # OF ...", the odd ones bare): half the pages of that hand are enough.
            return len(pages) >= max(2, (len(range(min(pages) % 2, n, 2)) + 1) // 2)
        return len(pages) >= threshold

    body = _body_size(page_lines, page_styles)
    out = []
    for p, here in enumerate(candidates):
        drop = set()
        for i, top, exact, shape in here:
            if shape not in (None, exact) and repeated(("s", shape), top):
                drop.add(i)
            elif repeated(("x", exact), top) and not (p == 0 and _letterhead(page_styles[0][i], body, page_heights[0])):
                drop.add(i)
        out.append(drop)
    return out


def _body_size(page_lines: list[list[str]], page_styles: list[list[LineStyle | None]]) -> float | None:
    """Given each page's lines and styles, return the glyph height most of the text is set in."""
    sizes: Counter[float] = Counter()
    for lines, styles in zip(page_lines, page_styles):
        for line, style in zip(lines, styles):
            if style is not None and style.size:
                sizes[style.size] += len(line)
    return sizes.most_common(1)[0][0] if sizes else None


def _letterhead(style: LineStyle | None, body: float | None, height: float) -> bool:
    """Given the style of a line repeated on every page, return whether on the first page it
    is the document's title: in the top quarter, bold or bigger than the body text (a small
    running header such as "Cabinet - 30 January 2025" is furniture even there)."""
    if style is None or style.top is None or style.top > 0.25 * (height or 792.0):
        return False
    return style.bold or bool(body and style.size and style.size > body * 1.05)


def join_words_split_into_lines(lines: list[str], styles: list[LineStyle | None]) -> tuple[list[str], list[LineStyle | None]]:
    """Given a page's lines and their styles, return them with the pieces of one printed line
    joined: some writers place every word on its own, and PDFium then gives each word a line
    ("MINUTES" / "OF" / "A" / "MEETING" ... all on one baseline). Pieces join when they sit on
    the same baseline, left to right, a word space or two apart; columns and table cells, set
    further apart, stay apart."""
    out_lines: list[str] = []
    out_styles: list[LineStyle | None] = []
    for text, style in zip(lines, styles):
        prev = out_styles[-1] if out_styles else None
        if (prev is not None and style is not None and text.strip() and out_lines[-1].strip()
                and None not in (prev.top, style.top, prev.x1, style.x0, style.size)
                and abs(style.top - prev.top) <= 0.25 * style.size
                and prev.x1 - 1 <= style.x0 <= prev.x1 + 1.5 * style.size):
            out_lines[-1] = f"{out_lines[-1].rstrip()} {text.strip()}"
            out_styles[-1] = replace(prev, x1=style.x1, bold=prev.bold and style.bold,
                                     weight=min(prev.weight, style.weight) if prev.weight and style.weight else prev.weight,
                                     bottom=max(prev.bottom or 0, style.bottom or 0) or None)
            continue
        out_lines.append(text)
        out_styles.append(style)
    return out_lines, out_styles


# A bare item number: "16/135", "23/201", "12.", "5.1", "(4)".
_MARGIN_LABEL = re.compile(r"^\(?\d{1,4}(?:[/.]\d{1,4}){0,2}[.):]?$")


def attach_margin_labels(lines: list[str], styles: list[LineStyle | None]) -> tuple[list[str], list[LineStyle | None]]:
    """Given a page's lines and styles, return them with item numbers printed in a margin
    column put back on the line they stand beside. Some writers set the numbers as a column of
    their own, and PDFium reads that column as a block ("16/135" / "16/136" / "16/137", then
    "MINUTES – ..." / "DECLARATIONS OF INTEREST – ..."). Only a page with a run of two or more
    bare numbers has such a column; each number joins the paragraph that starts beside it, in
    the text column to its right, if there is one."""
    runs: list[list[int]] = []
    for i, text in enumerate(lines):
        if _MARGIN_LABEL.match(text.strip()) and styles[i] is not None and styles[i].top is not None:
            if runs and runs[-1][-1] == i - 1 and abs(styles[runs[-1][-1]].x0 - styles[i].x0) <= 3:
                runs[-1].append(i)  # (a column's numbers share its left edge)
            else:
                runs.append([i])
    # a run of two or more shows the page has a numbers column; then a lone number is of it too
    labels = [i for run in runs for i in run] if any(len(run) >= 2 for run in runs) else []
    if not labels:
        return lines, styles
    # the column's numbers share its left edge ("7" left over from "£1,835.0" / "7" is not one)
    edge = Counter(round(styles[i].x0) for run in runs if len(run) >= 2 for i in run).most_common(1)[0][0]
    labels = [i for i in labels if abs(styles[i].x0 - edge) <= 3]
    label_set = set(labels)
    right = max((styles[i].x1 or styles[i].x0) for i in labels)
    low, high = min(styles[i].top for i in labels) - 20, max(styles[i].top for i in labels) + 20
    body = [j for j, st in enumerate(styles) if j not in label_set and st is not None and st.top is not None
            and st.x0 is not None and st.x0 > right and lines[j].strip() and low <= st.top <= high]
    if not body:
        return lines, styles
    # the text column's left edge: the leftmost x0 that several lines share (indented
    # continuations and sub-items sit further right)
    counts = Counter(round(styles[j].x0) for j in body)
    column = min((x for x, c in counts.items() if c >= 3), default=counts.most_common(1)[0][0])
    in_column = sorted((j for j in body if abs(styles[j].x0 - column) <= 3), key=lambda j: styles[j].top)
    # Only a paragraph's first line takes a number: the numbers column may sit a line off the
    # text's baselines, and a heading's wrapped second line is not an item of its own.
    starts = [j for k, j in enumerate(in_column)
              if k == 0 or styles[j].top - styles[in_column[k - 1]].top > 1.4 * (styles[j].size or 10)
              or styles[j].top < styles[in_column[k - 1]].top]
    beside: dict[int, int] = {}  # target line -> its label
    for i in labels:
        label = styles[i]
        near = [j for j in starts if j not in beside and abs(styles[j].top - label.top) <= 1.5 * (label.size or 10)]
        if near:
            beside[min(near, key=lambda j: abs(styles[j].top - label.top))] = i
    if not beside:
        return lines, styles
    taken = set(beside.values())
    out_lines: list[str] = []
    out_styles: list[LineStyle | None] = []
    for j, (text, style) in enumerate(zip(lines, styles)):
        if j in taken:
            continue
        if j in beside:
            label = beside[j]
            text = f"{lines[label].strip()} {text.strip()}"
            style = replace(style, x0=styles[label].x0)
        out_lines.append(text)
        out_styles.append(style)
    return out_lines, out_styles


# An item's label alone on its line, with the record's file number agenda systems print
# beside it: "1.B 21-0171", "2 21-0079", "A 21-0085", "3.1".
_LABEL_ALONE = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3}){0,2}[.):]?|\d{1,3}\.[A-Z]|[A-Z][.)]?(?=\s))(?P<file>\s+(?:\d{2}|\d{4})-\d{3,5})?$")


def attach_labels_read_late(lines: list[str], styles: list[LineStyle | None]) -> tuple[list[str], list[LineStyle | None]]:
    """Given a page's lines and styles, return them with an item label that PDFium read after
    the title it stands beside put back in front of that title. Agenda systems set the label
    and the title as cells of one row; when the title's baseline sits a fraction higher, the
    title comes first ("Award a Contract to Park ..." then "1.C 21-0194"). The title is the
    line just above in reading order on the label's baseline and to its right."""
    out_lines, out_styles = list(lines), list(styles)
    drop: set[int] = set()
    for i, text in enumerate(lines):
        label = styles[i]
        alone = _LABEL_ALONE.match(text.strip())
        if label is None or label.top is None or label.x1 is None or not alone:
            continue
        # (a file number may stand at the row's far end, past the title: "43." left of
        # "SUBJECT: BOARD RULES ...", "2017-0424" at the right edge, read as one line)
        filed = alone.group("file") is not None
        size = label.size or 10
        for j in range(i - 1, max(-1, i - 8), -1):
            title = styles[j]
            if j in drop or title is None or title.top is None or title.x0 is None or not lines[j].strip():
                continue
            beside = title.x0 > label.x1 or (filed and title.x0 > label.x0 + 15 and (title.x1 or 0) < label.x1)
            if abs(title.top - label.top) <= 0.3 * size and beside:
                out_lines[j] = f"{text.strip()} {lines[j].strip()}"
                # (a label and file number in the body's print beside a bold title: the line is
                # the title's, bold)
                out_styles[j] = replace(title, x0=label.x0, bold=title.bold and (label.bold or filed),
                                        lead_bold=label.lead_bold or label.bold)
                drop.add(i)
                break
    keep = [k for k in range(len(lines)) if k not in drop]
    return [out_lines[k] for k in keep], [out_styles[k] for k in keep]


# A field label alone on its line: "Present:", "Absent:", "Excused:", "Also Present:".
_FIELD_ALONE = re.compile(r"^[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,3}:$")


def put_field_labels_first(lines: list[str], styles: list[LineStyle | None]) -> tuple[list[str], list[LineStyle | None]]:
    """Given a page's lines and styles, return them with a field label that PDFium read after
    the lines it heads put back in front of them. Meeting systems (Legistar's "Meeting Minutes")
    set "Present:" / "Absent:" as a label cell left of a cell of names, its top a little above
    the names' first line; the names come first in the text ("Recchia Jr., Brewer, ..." /
    "Koslowitz, ..." / "Present:"), or the first line of names before the label on its own row
    ("Lucas, O'Neill, ..." / "Aye:" / "Rea, Bunch, ..."). The lines moved are those just before
    the label in reading order that sit to its right, on its row or lower down, the first within
    two lines of its top."""
    order = list(range(len(lines)))
    for i, text in enumerate(lines):
        label = styles[i]
        if label is None or label.top is None or label.x1 is None or not _FIELD_ALONE.match(text.strip()):
            continue
        size = label.size or 10
        at = order.index(i)
        block: list[int] = []
        for k in range(at - 1, max(-1, at - 7), -1):
            st = styles[order[k]]
            if st is None or st.top is None or st.x0 is None or st.x0 < label.x1 - 2 or st.top < label.top - 0.3 * size:
                break
            block.append(k)
        if block and styles[order[block[-1]]].top - label.top <= 2 * size:
            first = block[-1]
            order.insert(first, order.pop(at))
    return [lines[k] for k in order], [styles[k] for k in order]

"""OCR for PDF pages without a text layer (scans, signed copies, photographed minutes).

The engine is RapidOCR on ONNX Runtime (``rapidocr-onnxruntime``): its wheel carries the
detection and recognition models, so nothing is downloaded at run time. A page is rendered
with PDFium (grey, ``dpi``), the engine returns a box, text and confidence per text line, and
the boxes are put back into reading order: top to bottom, boxes whose vertical extents
overlap joined left to right into one line. Each line gets a ``LineStyle`` in points (its
position and glyph height), so the layout rules that read typography and position work on a
scan as on a text layer (bold is unknown on a scan).

A page that runs past ``page_seconds`` is abandoned with an error naming the page (where the
process can set an alarm, i.e. in its main thread; the document sandbox's time limit covers the
rest).
"""

from __future__ import annotations

import re
from collections import Counter
import signal
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from minutebook.document import LineStyle

# The font size is about 1.2 times the height of a detected text box (cap height to baseline
# plus descenders).
_BOX_TO_SIZE = 1.2
# Boxes on one line overlap vertically by at least this share of the shorter one.
_SAME_LINE = 0.5
# Pixels of a rendered page above which it is scaled down (a poster-sized scan).
_MAX_PIXELS = 16_000_000


# An item label the recogniser glued to its title: "1.Apologies", "(b)Grants", "4)Minutes".
_LABEL_GLUED = re.compile(r"^((?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivx]{1,4})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})\))(?=[A-Za-z])")


class OcrTimeout(Exception):
    """Raised when OCR of one page runs past its time limit."""


@dataclass
class OcrPage:
    """The lines OCR read on one page, their styles and mean confidence (None: no text)."""

    lines: list[str]
    styles: list[LineStyle | None]
    confidence: float | None
    seconds: float


@lru_cache(maxsize=1)
def engine():
    """Return the OCR engine (loaded once per process: about a second)."""
    from rapidocr_onnxruntime import RapidOCR

    # The page is not shrunk below 3000 pixels on its long side: at the engine's default
    # (2000) the recogniser drops the spaces of small print and the detector misses lines.
    # No angle classifier: a page is rendered upright, and the classifier turned whole lines
    # of an upright page upside down, which then read as nothing (CER 16.6% -> 6.1% on five
    # sample pages without it).
    return RapidOCR(max_side_len=3000, use_cls=False)


def ocr_page(page, dpi: int = 300, page_seconds: float | None = 60.0) -> OcrPage:
    """Given an open PDFium page, return the text lines OCR reads on it, in reading order."""
    started = time.perf_counter()
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > _MAX_PIXELS:
        scale = (_MAX_PIXELS / (width * height)) ** 0.5
    image = page.render(scale=scale, grayscale=True).to_numpy()
    deadline = _deadline(page_seconds)
    try:
        with deadline:
            boxes = read_image(image)
    except Exception as exc:
        if deadline.expired:  # the alarm may surface as the library's own exception
            raise OcrTimeout(f"OCR of a page took more than {page_seconds:g} s") from exc
        raise
    lines, styles, confidence = assemble_lines(boxes, scale)
    return OcrPage(lines, styles, confidence, time.perf_counter() - started)


def assemble_lines(boxes: list[tuple], scale: float) -> tuple[list[str], list[LineStyle], float | None]:
    """Given the text boxes of one page image (``read_image``) and its pixels per point, return
    its lines in reading order, each line's style in points, and the mean confidence."""
    boxes = [(x0 / scale, top / scale, x1 / scale, bottom / scale, text, score)
             for x0, top, x1, bottom, text, score in boxes]
    lines, styles, scores = [], [], []
    for row in _rows(boxes):
        row.sort(key=lambda b: b[0])
        lines.append(_LABEL_GLUED.sub(r"\1 ", " ".join(b[4] for b in row)))
        top, bottom = min(b[1] for b in row), max(b[3] for b in row)
        heights = sorted(b[3] - b[1] for b in row)
        styles.append(LineStyle(size=round(heights[len(heights) // 2] * _BOX_TO_SIZE, 1), x0=row[0][0],
                                x1=max(b[2] for b in row), top=top, bottom=bottom))
        scores.extend(b[5] for b in row)
    confidence = sum(scores) / len(scores) if scores else None
    return lines, styles, confidence


def read_image(image) -> list[tuple]:
    """Given a greyscale page image (numpy), return the text boxes OCR reads on it as (x0, top,
    x1, bottom, text, confidence) in pixels, each box's text with its word spaces put back
    from the ink of the image."""
    import numpy as np

    result, _ = engine()(image, return_word_box=True)
    boxes = []
    for item in result or []:
        points, text, score = item[0], item[1], item[2]
        if len(item) > 4 and item[3] and item[4] and len(item[3]) == len(item[4]):
            text = spaced(item[4], item[3], word_gaps(image, np.asarray(points, dtype=np.float32)))
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if text.strip():
            boxes.append((min(xs), min(ys), max(xs), max(ys), text.strip(), float(score)))
    return boxes


def word_gaps(image, quad) -> list[tuple[float, float, float]] | None:
    """Given a greyscale page image and a text line's box (four corners, clockwise from top
    left), return the spans of page x between its words: runs of columns without ink, wider
    than a letter gap can be, found in the line straightened out of the page. None when the
    line holds too little ink to tell.

    The recogniser's own character positions are frames of its network, several pixels apart,
    so they cannot tell a word gap from a wide letter; the ink can."""
    import cv2
    import numpy as np

    width = int(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    height = int(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    if width < 8 or height < 4:
        return None
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    crop = cv2.warpPerspective(image, cv2.getPerspectiveTransform(quad, target), (width, height),
                               borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_LINEAR)
    crop = cv2.medianBlur(crop, 3)
    if crop.max() - crop.min() < 48:  # a blank box: Otsu would split noise
        return None
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = np.flatnonzero(ink.sum(axis=1) >= max(2, 0.01 * width))
    columns = ink.sum(axis=0) > 0
    if len(rows) < 3 or columns.sum() < 4:
        return None
    text_height = rows[-1] - rows[0] + 1
    inked = np.flatnonzero(columns)
    # Runs of blank columns between the first and last inked column: (start, end).
    edges = np.diff(columns[inked[0]:inked[-1] + 1].astype(np.int8))
    starts = np.flatnonzero(edges == -1) + 1 + inked[0]
    ends = np.flatnonzero(edges == 1) + 1 + inked[0]
    runs = list(zip(starts.tolist(), ends.tolist()))
    threshold = _word_gap(sorted(b - a for a, b in runs), text_height)
    gaps = [(a, b, (b - a) / text_height) for a, b in runs if b - a >= threshold]
    # Back to page x along the box's top edge (lines are near horizontal).
    left, right = quad[0], quad[1]
    return [(float(left[0] + (right[0] - left[0]) * a / width), float(left[0] + (right[0] - left[0]) * b / width),
             share) for a, b, share in gaps]


# Word gaps and letter gaps, as shares of a line's ink height (ascender to descender): letters
# sit at most about a fifth apart, words at least about a quarter (a third in most fonts).
_LETTER_GAP_MAX, _WORD_GAP_MIN, _WORD_GAP = 0.3, 0.24, 0.33
# Between two figures a gap is a space only from this share of the ink height.
_FIGURE_GAP = 0.5


def _word_gap(widths: list[int], height: int) -> float:
    """Given the widths of a line's blank runs (sorted) and its ink height, return the width from
    which a run is a word gap: where the widths jump (by 1.3 times or more) from letter gaps
    to word gaps, so a justified line's wide letter gaps and a tight line's narrow word gaps
    are both told apart; a line with no such jump (one word, or all words) uses a third of
    its height."""
    best, best_ratio = None, 1.3
    for small, large in zip(widths, widths[1:]):
        if small > 0 and large >= _WORD_GAP_MIN * height and small <= _LETTER_GAP_MAX * height:
            if large / small >= best_ratio:
                best, best_ratio = (small + large) / 2, large / small
    return best if best is not None else _WORD_GAP * height


def spaced(chars: list[str], boxes: list, gaps: list[tuple[float, float, float]] | None = None) -> str:
    """Given the characters the recogniser read on a line and each one's box, return the text
    with the spaces it dropped put back where the gap between two characters is a word gap.

    The recogniser often runs words together ("FORMALMEETINGOFCITYCOUNCIL", "Thekeyfindingsof",
    "Monday,May22,2023"). Given ``gaps`` (page x spans without ink, from ``word_gaps``), a
    space goes between two characters whose centres a gap separates. Without them, a gap
    between the characters' boxes wider than twice the line's usual gap, and than a quarter of
    the letters' height, is a space.
    """
    spans = [(min(p[0] for p in b), max(p[0] for p in b), min(p[1] for p in b), max(p[1] for p in b)) for b in boxes]
    if gaps is not None:
        out = [chars[0]]
        for i in range(1, len(chars)):
            before, char = chars[i - 1], chars[i]
            if char != " " and before != " ":
                left = (spans[i - 1][0] + spans[i - 1][1]) / 2
                right = (spans[i][0] + spans[i][1]) / 2
                # Figures are set with wide side bearings ("2 0 1 7"): between two of them
                # only a gap well past a word space is one. A stop, comma or closing bracket
                # never starts a word, nor does anything follow an opening bracket.
                least = _FIGURE_GAP if (before.isdigit() or before in "/.,") and char.isdigit() else 0
                if char not in ".,;:!?)]%'\"" and before not in "([" and any(
                        left < (a + b) / 2 < right and share >= least for a, b, share in gaps):
                    out.append(" ")
            out.append(char)
        return "".join(out)
    gaps = [spans[i + 1][0] - spans[i][1] for i in range(len(chars) - 1)
            if chars[i] != " " and chars[i + 1] != " "]
    heights = sorted(s[3] - s[2] for s, c in zip(spans, chars) if c != " ")
    if not gaps or not heights:
        return "".join(chars)
    usual = sorted(gaps)[len(gaps) // 2]
    height = heights[len(heights) // 2]
    threshold = max(2.5 * usual, 0.4 * height)
    out = [chars[0]]
    for i in range(1, len(chars)):
        before, char = chars[i - 1], chars[i]
        gap = spans[i][0] - spans[i - 1][1]
        if char != " " and before != " ":
            # After a comma or semicolon, and where letters meet figures ("May22"), a smaller
            # gap is a space: words do not run on there.
            loose = (before in ",;" and char.isalnum()) or (before.isalpha() != char.isalpha()
                                                              and before.isalnum() and char.isalnum())
            if gap > threshold or (loose and gap > 0.12 * height):
                out.append(" ")
        out.append(char)
    return "".join(out)


def _rows(boxes: list[tuple]) -> list[list[tuple]]:
    """Given text boxes (x0, top, x1, bottom, text, score), return them grouped into lines,
    top to bottom: a box joins the line whose vertical extent it overlaps most."""
    rows: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        best, best_share = None, _SAME_LINE
        for row in rows[-3:]:  # lines are formed top to bottom: only the last few can take it
            top, bottom = min(b[1] for b in row), max(b[3] for b in row)
            overlap = min(bottom, box[3]) - max(top, box[1])
            share = overlap / max(1e-6, min(bottom - top, box[3] - box[1]))
            if share >= best_share:
                best, best_share = row, share
        if best is None:
            rows.append([box])
        else:
            best.append(box)
    return rows


class _deadline:
    """Given seconds (or None), raise OcrTimeout in this thread when they pass (main thread
    only: elsewhere the document sandbox's time limit is the guard)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.expired = False
        self.armed = bool(seconds) and threading.current_thread() is threading.main_thread()

    def __enter__(self):
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False

    def _expire(self, signum, frame):
        self.expired = True
        raise OcrTimeout(f"OCR of a page took more than {self.seconds:g} s")


# Words of titles and headings that a scanned title run together may hold even where the
# rest of the document never prints them in lower case.
_TITLE_WORDS = set("""
a an the of and in on at to for by with from minutes agenda meeting meetings held council councils city town
parish county district board committee commission trustees village township school formal regular special
annual public hall chamber chambers call order roll pledge allegiance invocation approval adjournment
present apologies absent members member report reports business new old unfinished general session
""".split())
_RUN = re.compile(r"\b[A-Z]{9,}\b")


_FUNCTION_WORDS = frozenset("a an the in on to of at by be as is it or we us me no so up do if and for are was".split())


def respace_capitals(lines: list[str]) -> list[str]:
    """Given a scanned document's OCR lines, return them with runs of capitals that the
    recogniser ran together split into words ("FORMAL MEETINGOFCITYCOUNCIL" -> "FORMAL
    MEETING OF CITY COUNCIL"), using the words the document prints elsewhere and the usual
    words of titles. A run that cannot be split wholly into such words is left as it is."""
    vocab = set(_TITLE_WORDS)
    for line in lines:
        vocab.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", line) if not w.isupper() or len(w) <= 8)

    def split(run: str) -> str:
        # Fewest unknown stretches, then fewest unknown letters, then fewest words; one
        # unknown stretch (a place or a name the document prints only in capitals:
        # "ELMSTEAD") is allowed.
        low = run.lower()
        best: list[tuple | None] = [(0, 0, 0, [])] + [None] * len(low)
        for end in range(1, len(low) + 1):
            for start in range(max(0, end - 16), end):
                if best[start] is None:
                    continue
                word = low[start:end]
                known = word in vocab and (len(word) > 1 or word == "a")
                if not known and len(word) < 3:
                    continue
                unknown, unknown_chars, n, words = best[start]
                candidate = (unknown + (not known), unknown_chars + (0 if known else len(word)), n + 1,
                             words + [word])
                if best[end] is None or candidate[:3] < best[end][:3]:
                    best[end] = candidate
        found = best[len(low)]
        if not found or found[0] > 1 or len(found[3]) < 2:
            return run
        out, at = [], 0
        for word in found[3]:
            out.append(run[at:at + len(word)])
            at += len(word)
        return " ".join(out)

    counts = Counter(w.lower() for line in lines for w in re.findall(r"[A-Za-z]+", line))
    def core(token: str) -> str:
        found = re.match(r"[A-Za-z]+", token)
        return found.group(0) if found else ""

    pairs = Counter((a.lower(), core(b).lower()) for line in lines for a, b in zip(line.split(" "), line.split(" ")[1:])
                    if a.isalpha() and core(b))

    def rejoin(line: str) -> str:
        # "IMPR OVING LIVES SELECT COM MISSION", "the m eeting", "the Com mission's": wide
        # letter spacing taken for a word gap. Two pieces are one word when the document prints
        # that word elsewhere and one of the pieces is never printed apart from the other ("a
        # cross" stays: "a" is a word of its own everywhere).
        out: list[str] = []
        for word in line.split(" "):
            b = core(word)
            if out and out[-1].isalpha() and b and out[-1].isupper() == b.isupper():
                a, low_b = out[-1].lower(), b.lower()
                if (counts[a + low_b] >= 1 and a not in _FUNCTION_WORDS and low_b not in _FUNCTION_WORDS
                        and (counts[a] == pairs[(a, low_b)] or counts[low_b] == pairs[(a, low_b)])):
                    out[-1] += word
                    continue
            out.append(word)
        return " ".join(out)

    return [rejoin(_RUN.sub(lambda m: split(m.group(0)), line)) for line in lines]

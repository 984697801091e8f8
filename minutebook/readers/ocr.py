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
    return RapidOCR(max_side_len=3000)


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
            result, _ = engine()(image, return_word_box=True)
    except Exception as exc:
        if deadline.expired:  # the alarm may surface as the library's own exception
            raise OcrTimeout(f"OCR of a page took more than {page_seconds:g} s") from exc
        raise
    boxes = []
    for item in result or []:
        points, text, score = item[0], item[1], item[2]
        if len(item) > 4 and item[3] and item[4] and len(item[3]) == len(item[4]):
            text = spaced(item[4], item[3])
        xs, ys = [p[0] / scale for p in points], [p[1] / scale for p in points]
        if text.strip():
            boxes.append((min(xs), min(ys), max(xs), max(ys), text.strip(), float(score)))
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
    return OcrPage(lines, styles, confidence, time.perf_counter() - started)


def spaced(chars: list[str], boxes: list) -> str:
    """Given the characters the recogniser read on a line and each one's box, return the text
    with the spaces it dropped put back where the gap between two characters is a word gap.

    The recogniser often runs words together where a line is set in capitals or spaced wide
    ("FORMALMEETINGOFCITYCOUNCIL", "Monday,May22,2023"); a gap wider than twice the line's
    usual gap between letters, and than a quarter of the letters' height, is a space.
    """
    spans = [(min(p[0] for p in b), max(p[0] for p in b), min(p[1] for p in b), max(p[1] for p in b)) for b in boxes]
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

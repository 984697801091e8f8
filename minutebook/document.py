"""The normalised document every extractor reads.

Readers (``minutebook.readers``) turn source bytes into a ``Document``; extractors are pure
functions over it. Line numbers are 1-based indexes into ``Document.lines`` and are the
provenance analysts use to get back to the source passage, so readers must never reorder or
drop lines after numbering them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class LineStyle:
    """How a line is printed: glyph height and weight, and where it sits on its page.

    ``size`` is the height of the line's glyph boxes in points (the font size as printed,
    whatever the PDF's font matrix says); ``x0``/``x1`` its left and right ends and
    ``top``/``bottom`` its distance from the top of the page, in points. ``weight`` is the
    lightest font weight sampled on the line, ``lead_weight`` that of its first letter, as the
    PDF gives them (0 when absent). Text packs know only what their
    markup says: ``heading`` is a markdown heading level, ``bold`` a line wholly in bold.
    ``lead_bold`` says the line opens in bold (a run-in heading), whatever follows.
    """

    size: float | None = None
    bold: bool = False
    weight: int = 0
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    heading: int = 0
    lead_bold: bool = False  # the line opens in bold ("(a) Chair No news to report")
    lead_weight: int = 0


def without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Given a table's rows, return them without the columns empty from top to bottom (the
    slivers between two close rulings, a border drawn twice; the page-wide grid of pdfplumber's
    text strategy)."""
    width = max((len(r) for r in rows), default=0)
    keep = [k for k in range(width) if any(k < len(r) and r[k] for r in rows)]
    if len(keep) == width:
        return rows
    return [[r[k] if k < len(r) else "" for k in keep] for r in rows]


@dataclass(frozen=True)
class PdfTable:
    """A table pdfplumber found on one PDF page, as a grid of cell strings.

    ``line_start``/``line_end`` are the document lines the table's text landed on (best effort;
    ``None`` when the table's words could not be located in the text layer). ``continued``: the
    rows go on from a table at the foot of the page before, whose header is not printed again
    here (rows[0] is that header, given for the reader's convenience).
    """

    page: int
    rows: list[list[str]]
    bbox: tuple[float, float, float, float]
    line_start: int | None = None
    line_end: int | None = None
    continued: bool = False


@dataclass
class Document:
    """Given source bytes already read and normalised, hold what extractors need.

    ``lines[i]`` is line ``i + 1``; ``line_pages[i]`` its 1-based page (``None`` for text packs
    whose original page cannot be inferred).
    """

    doc_id: str
    source_path: str
    media_type: str  # 'pdf' | 'text'
    lines: list[str]
    line_pages: list[int | None]
    pages: int | None = None
    bytes: int = 0
    status: str = "ok"  # 'ok' | 'error' | 'needs_ocr'
    text_source: str | None = None  # PDFs: 'text_layer', 'ocr' or 'mixed' (some pages OCR'd)
    ocr_pages: int = 0
    ocr_confidence: float | None = None  # mean confidence of the OCR'd lines
    error: str | None = None
    # The date the PDF says it was made ("2014-02-24"), or None: it dates a paper that prints
    # its meeting's day and month only (see ``extractors.meeting_dates.yearless_date``).
    created: str | None = None
    pdf_tables: list[PdfTable] = field(default_factory=list)
    # One entry per line (or empty when the reader knows no typography): see ``LineStyle``.
    styles: list[LineStyle | None] = field(default_factory=list)
    # (width, height) in points of each PDF page.
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    # Analyses several extractors share (the meeting segmentation), computed once per document.
    # Kept on the document rather than in a module-level cache so that documents extracted in
    # turn, or in threads of one worker, never see each other's results.
    _derived: dict[str, tuple[tuple, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """Given the document, return its normalised text (lines joined by newlines)."""
        return "\n".join(self.lines)

    def style(self, line_no: int) -> LineStyle | None:
        """Given a 1-based line number, return how the line is printed (None when unknown)."""
        if 1 <= line_no <= len(self.styles):
            return self.styles[line_no - 1]
        return None

    def page_of(self, line_no: int) -> int | None:
        """Given a 1-based line number, return the page it sits on (or None)."""
        if 1 <= line_no <= len(self.line_pages):
            return self.line_pages[line_no - 1]
        return None

    def pdf_table_lines(self) -> set[int]:
        """Given the document, return the 1-based lines its PDF tables occupy (table rows are
        not headings, resolutions or narrative)."""
        return {
            n
            for t in self.pdf_tables
            if t.line_start
            for n in range(t.line_start, (t.line_end or t.line_start) + 1)
        }

    def derived(self, name: str, compute: Callable[[Document], Any]) -> Any:
        """Given a name and a function of the document, return ``compute(self)``, computed once
        per document and name.

        Lines are final once a reader returns them; still, a change in their number or in the
        first or last line (a caller editing the document) recomputes rather than serving a
        stale result.
        """
        stamp = (len(self.lines), self.lines[0] if self.lines else None, self.lines[-1] if self.lines else None,
                 len(self.pdf_tables))
        hit = self._derived.get(name)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = compute(self)
        self._derived[name] = (stamp, value)
        return value

    def numbered(self, start: int = 1, end: int | None = None):
        """Given an optional 1-based line range, yield ``(line_no, text)`` pairs."""
        end = len(self.lines) if end is None else min(end, len(self.lines))
        for i in range(max(start, 1), end + 1):
            yield i, self.lines[i - 1]


def document_from_text(text: str, doc_id: str = "0" * 64, source_path: str = "<memory>") -> Document:
    """Given already-normalised text, return a text ``Document`` (used by tests and tools)."""
    lines = text.split("\n")
    return Document(
        doc_id=doc_id,
        source_path=source_path,
        media_type="text",
        lines=lines,
        line_pages=[None] * len(lines),
        bytes=len(text.encode("utf-8")),
    )


def words(text: str) -> list[str]:
    """Given text, return its words, case kept (a table's cells and the lines they are
    looked for in come from one text layer; "directorate" in prose is not the header
    "Directorate")."""
    return re.findall(r"\w+", text)


def prints(line_words: list[str], target: list[str]) -> bool:
    """Given a line's words and a run of words, say whether the line holds that run."""
    n = len(target)
    return any(line_words[j:j + n] == target for j in range(len(line_words) - n + 1))


def line_printing_row(lines: list[str], candidates: Iterable[int], cells: list[str]) -> int | None:
    """Given lines, candidate 0-based line indexes (in search order) and a table row's filled
    cells, return the first candidate line printing the row, or None.

    The row's opening words across its cells are looked for ("1 Adult Social", not a bare
    "1" that "Year 1" also prints), then fewer of them, then its first cell's alone (a cell
    that wraps prints only its first words on the row's first line, beside the others');
    always as whole words ("15" is not in "515").
    """
    joined = words(" ".join(cells))
    candidates = list(candidates)
    for target in (joined[:3], joined[:2], words(cells[0])[:3] if cells else []):
        if target:
            for i in candidates:
                if prints(words(lines[i]), target):
                    return i
    return None

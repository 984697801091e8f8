"""Readers: source files in, normalised ``Document`` out (the only place files are parsed)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from minutebook.document import Document, PdfTable, line_printing_row
from minutebook.readers.pdf import (
    NeedsOcr,
    PdfReadError,
    join_broken_lines,
    read_pdf_pages,
    running_line_indexes,
    soft_hyphen_resolver,
)
from minutebook.readers.text import NotTextError, decode_text, normalise_marked_text

PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".htm", ".html"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES


@dataclass(frozen=True)
class ReaderSettings:
    """Limits and switches for reading one document; ``resolve`` accepts None, a dict or self."""

    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000
    max_line_chars: int = 20000
    tables: str = "auto"  # 'auto' | 'all' | 'none'
    table_engine: str = "pdfium"  # 'pdfium' (pdfplumber geometry on PDFium objects) | 'pdfplumber'
    ocr: bool = True  # read pages without a text layer by OCR (``readers.ocr``)
    ocr_dpi: int = 300
    ocr_page_seconds: float = 60.0

    @classmethod
    def resolve(cls, settings: "ReaderSettings | dict | None") -> "ReaderSettings":
        """Given None, a dict of overrides or an instance, return an instance."""
        if settings is None:
            return cls()
        if isinstance(settings, dict):
            return replace(cls(), **settings)
        return settings


def media_type_for(path: Path, data: bytes) -> str:
    """Given a path and its bytes, return 'pdf' or 'text' (suffix first, then content)."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "pdf" if data[:1024].lstrip().startswith(b"%PDF-") else "text"


def read_document(path: str | Path, data: bytes, settings: ReaderSettings | dict | None = None) -> Document:
    """Given a source path and its bytes, return a ``Document``; never raises for bad input.

    A document that cannot be read comes back with ``status`` 'error' or 'needs_ocr', an
    ``error`` message worded for the user, and no lines.
    """
    settings = ReaderSettings.resolve(settings)
    path = Path(path)
    doc_id = hashlib.sha256(data).hexdigest()
    media = media_type_for(path, data)
    base = Document(doc_id=doc_id, source_path=str(path), media_type=media, lines=[], line_pages=[], bytes=len(data))
    try:
        if len(data) > settings.max_bytes:
            raise PdfReadError(
                f"too large: {len(data)} bytes exceeds the limit of {settings.max_bytes} (raise --max-bytes)"
            )
        if media == "pdf":
            return _read_pdf(base, data, settings)
        return _read_text(base, data, settings)
    except NeedsOcr as exc:
        return replace(base, status="needs_ocr", error=str(exc))
    except (PdfReadError, NotTextError) as exc:
        return replace(base, status="error", error=str(exc))
    except Exception as exc:  # a reader bug or a pathological file must not stop the run
        return replace(base, status="error", error=f"could not read the document: {type(exc).__name__}: {exc}")


def _cap(line: str, limit: int) -> str:
    """Given a line, return it cut to ``limit`` characters (huge lines would stall regexes)."""
    return line if len(line) <= limit else line[:limit]


def _read_text(base: Document, data: bytes, settings: ReaderSettings) -> Document:
    if not data.strip():
        raise NotTextError("empty document: the file is empty or holds only whitespace")
    text = decode_text(data)
    lines, styles = normalise_marked_text(text)
    lines = [_cap(ln, settings.max_line_chars) for ln in lines]
    if not any(ln.strip() for ln in lines):
        raise NotTextError("empty document: no text left after removing markup")
    # (the print markdown marks: headings and bold lines; none when the pack marks none)
    return replace(base, lines=lines, line_pages=[None] * len(lines), pages=None,
                   styles=styles if any(styles) else [])


def _read_pdf(base: Document, data: bytes, settings: ReaderSettings) -> Document:
    pages = read_pdf_pages(data, max_pages=settings.max_pages, tables=settings.tables,
                           table_engine=settings.table_engine, ocr=settings.ocr, ocr_dpi=settings.ocr_dpi,
                           ocr_page_seconds=settings.ocr_page_seconds)
    heights = [h for _, h in pages.page_sizes] if pages.page_sizes else None
    drops = running_line_indexes(pages.page_lines, pages.page_styles, heights)
    lines: list[str] = []
    line_pages: list[int | None] = []
    styles: list = []
    for number, (page_lines, drop) in enumerate(zip(pages.page_lines, drops), start=1):
        page_styles = pages.page_styles[number - 1] if pages.page_styles else [None] * len(page_lines)
        kept = [i for i in range(len(page_lines)) if i not in drop]
        joined, joined_styles = join_broken_lines([page_lines[i] for i in kept], [page_styles[i] for i in kept])
        for line, style in zip(joined, joined_styles):
            lines.append(_cap(line, settings.max_line_chars))
            line_pages.append(number)
            styles.append(style)
    # Line-end hyphens in the text and in table cells are settled by one rule, on the
    # vocabulary of the whole document.
    resolve = soft_hyphen_resolver(lines)
    lines = [resolve(line) for line in lines]
    tables = [_locate_table(replace(t, rows=[[resolve(c) for c in row] for row in t.rows]), lines, line_pages, styles)
              for t in pages.tables]
    scores = [c for c in pages.ocr_pages.values() if c is not None]
    source = "text_layer" if not pages.ocr_pages else "ocr" if len(pages.ocr_pages) == len(pages.page_lines) else "mixed"
    return replace(base, lines=lines, line_pages=line_pages, pages=len(pages.page_lines), pdf_tables=tables,
                   styles=styles, page_sizes=list(pages.page_sizes or []), text_source=source, created=pages.created,
                   ocr_pages=len(pages.ocr_pages), ocr_confidence=round(sum(scores) / len(scores), 4) if scores else None)


def _locate_table(table: PdfTable, lines: list[str], line_pages: list[int | None], styles: list | None = None) -> PdfTable:
    """Given a table and the document lines, return it with the line range its text occupies."""
    on_page = [i for i, p in enumerate(line_pages) if p == table.page]
    if not on_page:
        return table
    if styles:
        # Lines printed within the table's box come first: two grids with the same header on one
        # page are each found where they are printed, not both at the first.
        first_inside = next((i for i in on_page if styles[i] is not None and styles[i].top is not None
                             and table.bbox[1] - 3 <= styles[i].top <= table.bbox[3] + 3), None)
        if first_inside is not None:
            on_page = [i for i in on_page if i >= first_inside]

    def find(cells: list[str], start: int) -> int | None:
        return line_printing_row(lines, (i for i in on_page if i >= start), cells)

    printed = table.rows[1:] if table.continued else table.rows  # a carried header is not printed here
    first_row = next(([c for c in row if c] for row in printed if any(row)), [])
    last_row = [c for c in table.rows[-1] if c] if table.rows else []
    start = find(first_row, on_page[0]) if first_row else None
    if start is None:
        start = on_page[0]
    end = find(last_row, start) if last_row else None
    if end is None:
        end = on_page[-1]
    return replace(table, line_start=start + 1, line_end=max(start, end) + 1)

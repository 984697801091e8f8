"""Render a text pack as a PDF with reportlab (sample data, evaluation and benchmarks).

Council PDFs have running headers, "Page N" footers, wrapped paragraphs and ruled tables
whose header row repeats on each page and whose long rows break across pages. Rendered packs
reproduce all of that, so the same annotated pack can be measured through the PDF reader:
runs of tab-separated lines become ruled tables; a line holding only a form feed starts a
new page.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

PAGE_BREAK = "\f"
# Standard PDF fonts cover Windows-1252 only; other characters would print as missing glyphs.
_ENCODING = "cp1252"


def printable(line: str) -> str:
    """Given a text line, return it with characters outside cp1252 replaced by '?'."""
    return line.encode(_ENCODING, errors="replace").decode(_ENCODING)


def wrap_lines(lines: list[str], width: int = 95) -> list[str]:
    """Given text lines, return them wrapped at ``width`` characters (blank lines kept)."""
    out: list[str] = []
    for line in lines:
        line = printable(line.replace("\t", "    ").rstrip())
        if not line.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=True, break_on_hyphens=False) or [""])
    return out


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Given pack lines, return ('text'|'table'|'break', lines) blocks in order."""
    blocks: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        if lines[i] == PAGE_BREAK:
            blocks.append(("break", []))
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        if j - i >= 2:
            blocks.append(("table", lines[i:j]))
            i = j
            continue
        blocks.append(("text", [lines[i]]))
        i += 1
    return blocks


class _Pages:
    """Given a reportlab canvas, place lines top to bottom and start new pages as needed."""

    def __init__(self, pdf, header: str | None, lines_per_page: int, font_size: float):
        from reportlab.lib.pagesizes import A4

        self.pdf, self.header, self.font_size = pdf, header, font_size
        self.width, self.height = A4
        self.top = self.height - 55
        self.leading = (self.height - 110) / lines_per_page
        self.bottom = self.top - lines_per_page * self.leading
        self.number = 0
        self.y = self.bottom  # forces a page on first use

    def new_page(self) -> None:
        if self.number:
            self.pdf.showPage()
        self.number += 1
        self.pdf.setFont("Helvetica", 8)
        if self.header:
            self.pdf.drawString(50, self.height - 30, self.header)
        self.pdf.drawCentredString(self.width / 2, 25, f"Page {self.number}")
        self.pdf.setFont("Helvetica", self.font_size)
        self.y = self.top

    def room(self, n_lines: int) -> bool:
        return self.y - n_lines * self.leading >= self.bottom - 0.01

    def text(self, line: str) -> None:
        if not self.room(1):
            self.new_page()
        if line:
            self.pdf.drawString(45, self.y - self.font_size, line)
        self.y -= self.leading

    def table(self, rows: list[list[str]]) -> None:
        """Draw a ruled table; repeat the header row on each new page; split tall rows."""
        n_cols = max(len(r) for r in rows)
        rows = [r + [""] * (n_cols - len(r)) for r in rows]
        total = self.width - 90
        weights = [max(8, min(60, max(len(r[c]) for r in rows))) for c in range(n_cols)]
        widths = [total * w / sum(weights) for w in weights]

        def cells(row: list[str]) -> list[list[str]]:
            from reportlab.lib.utils import simpleSplit

            return [simpleSplit(printable(c), "Helvetica", self.font_size, widths[k] - 4) or [""]
                    for k, c in enumerate(row)]

        header = cells(rows[0])
        header_height = max(len(c) for c in header)
        if not self.room(header_height + 1):
            self.new_page()
        self._row(header, widths)
        for row in rows[1:]:
            wrapped = cells(row)
            while wrapped:
                height = max(len(c) for c in wrapped)
                if not self.room(1):
                    self.new_page()
                    self._row(header, widths)
                fits = min(height, int((self.y - self.bottom + 0.01) / self.leading))
                self._row([c[:fits] for c in wrapped], widths)
                rest = [c[fits:] for c in wrapped]
                wrapped = rest if any(rest) else []
                if wrapped:  # the row continues on the next page, as council PDFs print it
                    self.new_page()
                    self._row(header, widths)

    def _row(self, wrapped: list[list[str]], widths: list[float]) -> None:
        height = max(len(c) for c in wrapped)
        x, top = 45, self.y
        bottom = top - height * self.leading
        for cell, width in zip(wrapped, widths):
            for k, line in enumerate(cell):
                self.pdf.drawString(x + 2, top - self.font_size - k * self.leading, line)
            self.pdf.rect(x, bottom, width, top - bottom, stroke=1, fill=0)
            x += width
        self.y = bottom


def render_lines_to_pdf(
    lines: list[str],
    out_path: str | Path,
    *,
    lines_per_page: int = 50,
    wrap: int = 95,
    header: str | None = "Committee papers",
    font_size: float = 9.0,
) -> int:
    """Given pack lines, write them to a PDF (paragraphs wrapped, tables ruled); return pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    # invariant: the same lines give the same bytes (no creation date or random document id).
    pdf = canvas.Canvas(str(out_path), pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(Path(out_path).stem)
    pages = _Pages(pdf, header, lines_per_page, font_size)
    for kind, block in _blocks(lines):
        if kind == "break":
            pages.new_page()
        elif kind == "table":
            pages.table([[" ".join(c.split()) for c in line.split("\t")] for line in block])
        else:
            for line in wrap_lines(block, wrap):
                pages.text(line)
    if pages.number == 0:
        pages.new_page()
    pdf.showPage()
    pdf.save()
    return pages.number


def scan_pdf(src: str | Path, out: str | Path, dpi: int = 300, pages: set[int] | None = None) -> Path:
    """Given a PDF, write a copy whose pages (1-based ``pages``; all when None) are images of
    themselves, as a scanner makes them; any other page keeps its text, redrawn line by line.
    (The OCR benchmark and the OCR tests make their scans with it.)"""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    doc = pdfium.PdfDocument(str(src))
    pdf = canvas.Canvas(str(out), invariant=1)
    for index in range(len(doc)):
        page = doc[index]
        width, height = page.get_size()
        pdf.setPageSize((width, height))
        if pages is None or index + 1 in pages:
            buffer = io.BytesIO()
            page.render(scale=dpi / 72, grayscale=True).to_pil().save(buffer, format="PNG")
            buffer.seek(0)
            pdf.drawImage(ImageReader(buffer), 0, 0, width, height)
        else:
            y = height - 80
            for line in page.get_textpage().get_text_range().splitlines():
                pdf.setFont("Helvetica", 12)
                pdf.drawString(60, y, line)
                y -= 20
        pdf.showPage()
    pdf.save()
    doc.close()
    return Path(out)

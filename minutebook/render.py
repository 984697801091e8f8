"""Render a text pack as a PDF with reportlab (sample data, tests and benchmarks).

Pages carry a running header and a "Page N" footer, as council PDFs do, so rendered packs
exercise the PDF reader's header/footer removal.
"""

from __future__ import annotations

import textwrap
from pathlib import Path


def render_lines_to_pdf(
    lines: list[str],
    out_path: str | Path,
    *,
    lines_per_page: int = 50,
    wrap: int = 95,
    header: str | None = "Committee papers",
    font_size: float = 9.5,
) -> int:
    """Given text lines, write them to a PDF (wrapping long lines); return the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(out_path), pagesize=A4, pageCompression=1)
    pdf.setTitle(Path(out_path).stem)
    font = "Helvetica"
    wrapped: list[str] = []
    for line in lines:
        text = line.replace("\t", "    ")
        # reportlab's standard fonts are Latin-1: keep other characters visible as '?'.
        text = text.encode("latin-1", "replace").decode("latin-1")
        wrapped.extend(textwrap.wrap(text, wrap, break_long_words=True) or [""])
    pages = 0
    for start in range(0, max(len(wrapped), 1), lines_per_page):
        pages += 1
        if header:
            pdf.setFont(font, 8)
            pdf.drawString(50, height - 30, header)
        pdf.setFont(font, 8)
        footer = f"Page {pages}"
        pdf.drawString((width - pdfmetrics.stringWidth(footer, font, 8)) / 2, 25, footer)
        pdf.setFont(font, font_size)
        y = height - 55
        for text in wrapped[start : start + lines_per_page]:
            pdf.drawString(50, y, text)
            y -= font_size * 1.45
        pdf.showPage()
    pdf.save()
    return pages

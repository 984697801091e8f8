"""Render a text pack to a PDF so the same pack can be evaluated through the PDF reader."""

from __future__ import annotations

import textwrap
from pathlib import Path

HEADER = "Committee papers"
WRAP_AT = 95
# Standard PDF fonts only cover Windows-1252; anything else would print as a missing glyph.
_ENCODING = "cp1252"


def _printable(line: str) -> str:
    """Given a text line, return it with tabs widened and characters outside cp1252 replaced."""
    line = line.replace("\t", "    ")
    return line.encode(_ENCODING, errors="replace").decode(_ENCODING)


def wrap_lines(lines: list[str], width: int = WRAP_AT) -> list[str]:
    """Given text lines, return them wrapped at `width` characters (blank lines kept)."""
    out: list[str] = []
    for line in lines:
        line = _printable(line.rstrip())
        if not line.strip():
            out.append("")
            continue
        # Continuation lines are not indented: PDF readers see wrapped paragraphs like this.
        out.extend(textwrap.wrap(line, width=width, break_long_words=True, break_on_hyphens=False) or [""])
    return out


def render_text_pack_to_pdf(lines: list[str], out_path: str | Path, lines_per_page: int = 45) -> Path:
    """Given the lines of a text pack, write an A4 PDF with a running header and "Page N" footer; return its path.

    Long lines are wrapped at ~95 characters, so paragraphs arrive wrapped as in real PDFs, and
    the header/footer on every page exercise the reader's header and footer removal.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out_path = Path(out_path)
    wrapped = wrap_lines(lines)
    pages = [wrapped[i:i + lines_per_page] for i in range(0, len(wrapped), lines_per_page)] or [[]]
    pdf = canvas.Canvas(str(out_path), pagesize=A4)
    width, height = A4
    for number, page in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(50, height - 30, HEADER)
        pdf.drawCentredString(width / 2, 25, f"Page {number}")
        pdf.setFont("Helvetica", 9)
        y = height - 55
        for line in page:
            if line:
                pdf.drawString(45, y, line)
            y -= 16.5
        pdf.showPage()
    pdf.save()
    return out_path

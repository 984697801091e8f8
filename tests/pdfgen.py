"""Generate test PDFs with reportlab (no binary fixtures are checked in)."""

from __future__ import annotations

from pathlib import Path


def text_pdf(path: Path, pages: list[list[str]], *, header: str | None = None, footer: bool = True,
             encrypt: str | None = None) -> Path:
    """Given lines per page, write a PDF with an optional running header and page footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(50, height - 30, header)
        if footer:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(width / 2, 25, f"Page {number}")
        pdf.setFont("Helvetica", 10)
        y = height - 60
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(path: Path, n_pages: int = 2) -> Path:
    """Given a path, write a PDF whose pages hold only drawn shapes (like a scan: no text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(n_pages):
        for i in range(40):
            pdf.rect(50, 60 + i * 18, 400 - i * 5, 9, fill=1, stroke=0)
        pdf.showPage()
    pdf.save()
    return path

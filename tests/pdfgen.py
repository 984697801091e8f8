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


def register_pdf(path: Path) -> Path:
    """Given a path, write a one-page ruled risk register in the way spreadsheets print one:
    a band label repeated from the previous page but clipped to a row 1.5 points high (so it
    is printed nowhere), and directorate cells shaded by stacked rectangles (gradient fills)
    beside cells that span the whole row: twenty 4.5-point bands in one row, thirty
    1.7-point bands in the next."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    columns = [40, 140, 330, 620, 760]  # x of each vertical ruling
    rows = [520, 490, 400, 350]  # y of each horizontal ruling, top down
    cells = [
        ["Directorate", "Risk Title", "Consequence", "Exposure £m"],
        ["ASCH / CYPE", "Market Sustainability", "Provider closures reduce choice", "28.4"],
        ["ALL", "Revenue Inflation", "Unfunded cost pressure", "14.0"],
    ]
    # The gradient: filled rectangles down the first cell of the second row.
    top, bottom = rows[1], rows[2]
    step = (top - bottom) / 20  # wider than pdfplumber's 3-point snap, as on the real register's page 2
    for i in range(20):
        pdf.setFillGray(0.3 + i * 0.03)
        pdf.rect(columns[0], bottom + i * step, columns[1] - columns[0], step, stroke=0, fill=1)
    # A finer gradient (bands thinner than pdfplumber's 3-point snap) behind "ALL".
    top, bottom = rows[2], rows[3]
    for i in range(30):
        pdf.setFillGray(0.5 + i * 0.015)
        pdf.rect(columns[0], bottom + i * (top - bottom) / 30, columns[1] - columns[0], (top - bottom) / 30,
                 stroke=0, fill=1)
    pdf.setFillGray(0)
    for x in columns:
        pdf.line(x, rows[0], x, rows[-1])
    for y in rows:
        pdf.line(columns[0], y, columns[-1], y)
    pdf.setFont("Helvetica", 9)
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            words = text.split(" / ") if r == 1 and c == 0 else [text]
            for k, part in enumerate(words):
                label = part + (" /" if k < len(words) - 1 else "")
                pdf.drawString(columns[c] + 3, rows[r] - 12 - k * 40, label)
    # The clipped band label, drawn over the first row of data like the real register's.
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(columns[0], rows[1] + 0.5, columns[3] - columns[0], 1.5)
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(columns[0] + 2, rows[1] - 20, "Significant Risks (over £10m)")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return path


def styled_pdf(path: Path, pages: list[list[tuple]]) -> Path:
    """Given lines per page as (text, style) pairs, write a PDF that prints them as a house
    style would: style keys ``bold`` (Helvetica-Bold), ``size`` (points, default 10), ``x``
    (left edge, default 60), ``centre`` (centred on the page), ``right`` (a second text at
    this x on the same line, given as ``(x, text)``, or a list of them), ``gap`` (extra space above, points),
    ``top`` (put the line this many points from the top of the page, the next ones under it),
    ``underline`` (a rule drawn under the text),
    ``grid`` with ``cols`` (a ruled table: rows of cells, the x of each vertical ruling).
    A style may be omitted: ``"text"`` alone is a plain body line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    for lines in pages:
        y = height - 60
        for entry in lines:
            text, style = (entry, {}) if isinstance(entry, str) else entry
            size = style.get("size", 10)
            font = "Helvetica-Bold" if style.get("bold") else "Helvetica"
            y -= style.get("gap", 0)
            if "top" in style:  # placed on the page out of reading order (a sidebar, then the title above it)
                y = height - style["top"]
            pdf.setFont(font, size)
            if style.get("grid"):
                # a ruled grid: ``grid`` rows of cells, ``cols`` the x of each ruling (one more than cells)
                cols, rows, height = style["cols"], style["grid"], size * 1.8
                top = y + size * 1.2
                for r, cells in enumerate(rows):
                    for c, cell in enumerate(cells):
                        pdf.drawString(cols[c] + 3, top - (r + 1) * height + size * 0.6, cell)
                for r in range(len(rows) + 1):
                    pdf.line(cols[0], top - r * height, cols[-1], top - r * height)
                for x in cols:
                    pdf.line(x, top, x, top - len(rows) * height)
                y = top - len(rows) * height - size * 1.4
                continue
            if style.get("centre"):
                pdf.drawCentredString(width / 2, y, text)
            else:
                pdf.drawString(style.get("x", 60), y, text)
            if style.get("underline"):  # a rule under the text (a path object, as headings underlined)
                x = style.get("x", 60)
                pdf.line(x, y - 2, x + pdf.stringWidth(text, font, size), y - 2)
            if style.get("right"):  # one (x, text) or a list of them: more columns on the line
                for x, other in style["right"] if isinstance(style["right"], list) else [style["right"]]:
                    pdf.drawString(x, y, other)
            y -= size * 1.4
        pdf.showPage()
    pdf.save()
    return path

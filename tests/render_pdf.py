"""Render a text pack to a PDF so the same pack can be evaluated through the PDF reader.

The renderer lives in ``minutebook.render`` (the sample data and the benchmark use it too).
"""

from __future__ import annotations

from pathlib import Path

from minutebook.render import render_lines_to_pdf, wrap_lines  # noqa: F401  (re-exported)

HEADER = "Committee papers"


def render_text_pack_to_pdf(lines: list[str], out_path: str | Path, lines_per_page: int = 45) -> Path:
    """Given the lines of a text pack, write an A4 PDF (running header, "Page N" footer,
    wrapped paragraphs, ruled tables); return its path."""
    out_path = Path(out_path)
    render_lines_to_pdf(lines, out_path, lines_per_page=lines_per_page, header=HEADER)
    return out_path

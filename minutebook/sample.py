"""Write the bundled sample PDF into a folder (``make run`` calls it on a fresh clone).

The sample minutes are written in the style of county council printed minutes and rendered
to PDF here, so the repository carries no binary and the PDF path is exercised end to end.
"""

from __future__ import annotations

import sys
from pathlib import Path

from minutebook.render import render_lines_to_pdf

PACKS = Path(__file__).parent / "sample_packs"


def write_sample_pdfs(folder: str | Path) -> list[Path]:
    """Given a folder, render each bundled sample pack into it as PDF; return the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for pack in sorted(PACKS.glob("*.txt")):
        out = folder / (pack.stem + ".pdf")
        if not out.exists():
            lines = pack.read_text(encoding="utf-8").splitlines()
            render_lines_to_pdf(lines, out, lines_per_page=20, header="Brackenford County Council")
        written.append(out)
    return written


if __name__ == "__main__":
    for path in write_sample_pdfs(sys.argv[1] if len(sys.argv) > 1 else "data/raw"):
        print(path)

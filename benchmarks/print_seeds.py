"""Print the seed agenda packs to PDF with headless Chromium, as a user's browser would.

This builds the benchmark's browser-printed corpus (issue: speed on real PDFs). The five
seed packs under ``../shared/corpus/seeds`` are real agenda packs already converted to
markdown-ish text; the benchmark needs them as real, multi-page PDFs with ruled tables and
the running header and footer (date, title, URL, page numbers) that Chromium adds when a
user prints a page. Each pack is turned into a small self-contained HTML page (standard
library only, no network) and printed with ``chromium --headless --print-to-pdf``.

The seeds are third-party text, so the output (PDFs, with the HTML kept beside them under
the same stem) is written outside the project, by default to ``/work/corpus-chromium/seeds``;
never into the project tree.

Usage::

    python benchmarks/print_seeds.py [--seeds DIR] [--out DIR]

One line per pack: name, pages, bytes (and seconds). Exits non-zero if any pack failed or
Chromium is missing.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS_DIR = (PROJECT_ROOT / ".." / "shared" / "corpus" / "seeds").resolve()
DEFAULT_OUT_DIR = Path("/work/corpus-chromium/seeds")
CHROMIUM = "/usr/bin/chromium"
PRINT_TIMEOUT_SECONDS = 120
SEED_SUFFIXES = (".txt", ".md")

# Inline tags that only change how text looks; keeping them makes the print look like the
# original pack. Other HTML tags (<p>, <ul style=...>, <li>, data-bbox attributes) are dropped.
KEPT_INLINE_TAGS = frozenset({"sup", "sub", "br", "b", "i", "strong", "em", "u"})
# Only names that are really HTML are dropped; "<insert name>" in a pack is text to show.
DROPPED_HTML_TAGS = frozenset(
    "a abbr blockquote caption center code col colgroup dd del div dl dt font h1 h2 h3 h4 h5 h6"
    " hr img ins li ol p pre s small span strike table tbody td tfoot th thead tr tt ul".split()
)
VOID_TAGS = frozenset({"br"})

HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
PIPE_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# A tag-like token: a real tag (<sup>, </p>, <p style="...">) or a markdown autolink
# (<https://...>). Autolinks are text, not tags, and are shown as their URL.
TAG_OR_AUTOLINK = re.compile(
    r"<(?P<autolink>(?:https?|mailto):[^<>\s]+)>"
    r"|<(?P<closing>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]*?(?P<selfclosing>/?)>"
)
BOLD_MARKUP = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL)
EMITTED_TAG = re.compile(r"<(/?)([a-z]+)>")

PAGE_CSS = """
@page { size: A4; }
body { font-family: "Liberation Serif", "DejaVu Serif", Georgia, "Times New Roman", serif;
       font-size: 11pt; line-height: 1.35;
       /* One 358-character URL would otherwise widen the page and Chromium would shrink
          the whole pack to fit it (to about 7pt). */
       overflow-wrap: break-word; }
h1 { font-size: 18pt; } h2 { font-size: 15pt; } h3 { font-size: 13pt; }
table { width: 100%; border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
th { background: #e6e6e6; }
/* Chromium drops background colours when printing unless asked to keep them. */
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


@dataclass
class PrintResult:
    """Outcome of printing one seed pack."""

    name: str
    pdf_path: Path
    pages: int = 0
    size_bytes: int = 0
    seconds: float = 0.0
    error: str | None = None


# --- text -> HTML -----------------------------------------------------------------------


def convert_inline_tag(match: re.Match[str]) -> str:
    """Turn one tag-like token into safe HTML: keep harmless inline tags, drop the rest."""
    if match.group("autolink"):
        return html.escape(match.group("autolink"))
    name = match.group("name").lower()
    if name not in KEPT_INLINE_TAGS and name not in DROPPED_HTML_TAGS:
        return html.escape(match.group(0), quote=False)
    if name not in KEPT_INLINE_TAGS:
        # Dropped with a space so words on either side of e.g. "</p><p>" do not run together.
        return " "
    if name in VOID_TAGS:
        return "<br>"
    # Attributes are discarded: nothing inline in the seeds needs them.
    return f"</{name}>" if match.group("closing") else f"<{name}>"


def balance_inline_tags(fragment: str) -> str:
    """Close tags left open in a block and drop stray closers.

    The HTML parser carries an unclosed <b> or <u> on into every later paragraph, so one
    unbalanced tag in the source would restyle the rest of the pack.
    """
    open_tags: list[str] = []
    pieces: list[str] = []
    position = 0
    for match in EMITTED_TAG.finditer(fragment):
        pieces.append(fragment[position : match.start()])
        position = match.end()
        is_closing, name = match.group(1) == "/", match.group(2)
        if name in VOID_TAGS:
            pieces.append(match.group(0))
        elif not is_closing:
            open_tags.append(name)
            pieces.append(match.group(0))
        elif name in open_tags:
            # Close everything opened inside it too, so the nesting stays well formed.
            while open_tags:
                inner = open_tags.pop()
                pieces.append(f"</{inner}>")
                if inner == name:
                    break
    pieces.append(fragment[position:])
    pieces.extend(f"</{name}>" for name in reversed(open_tags))
    return "".join(pieces)


def render_inline(text: str) -> str:
    """Escape a run of text as HTML, keeping harmless inline tags and **bold** markup."""
    pieces: list[str] = []
    position = 0
    for match in TAG_OR_AUTOLINK.finditer(text):
        pieces.append(html.escape(text[position : match.start()], quote=False))
        pieces.append(convert_inline_tag(match))
        position = match.end()
    pieces.append(html.escape(text[position:], quote=False))
    escaped = "".join(pieces)
    # html.escape leaves "*" alone, so bold markup can be matched after escaping.
    with_bold = BOLD_MARKUP.sub(r"<strong>\1</strong>", escaped)
    return balance_inline_tags(with_bold)


def plain_text(text: str) -> str:
    """Text with markdown heading marks, bold markers and tags removed (for the <title>)."""
    without_heading = HEADING_LINE.sub(r"\2", text.strip())
    without_tags = TAG_OR_AUTOLINK.sub(lambda m: m.group("autolink") or "", without_heading)
    return " ".join(without_tags.replace("**", "").split())


def page_title(lines: list[str]) -> str:
    """The pack's first non-empty heading or line, which Chromium prints in its header."""
    for line in lines:
        title = plain_text(line)
        if title:
            return title
    return "Untitled pack"


def is_pipe_table_line(line: str) -> bool:
    """True for a markdown pipe-table line such as ``| a | b |``."""
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def tab_cell_count(line: str) -> int:
    """Number of tab-separated cells in a line, or 0 if it has no tab."""
    return len(line.split("\t")) if "\t" in line else 0


def pipe_row_cells(line: str) -> list[str]:
    """Cells of one pipe-table row, without the outer pipes."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split("|")]


def render_table(rows: list[list[str]], header_first_row: bool) -> str:
    """A ruled <table>; the first row as shaded <th> cells if asked."""
    width = max(len(row) for row in rows)
    html_rows = []
    for index, row in enumerate(rows):
        cell_tag = "th" if header_first_row and index == 0 else "td"
        padded = row + [""] * (width - len(row))
        cells = "".join(f"<{cell_tag}>{render_inline(cell)}</{cell_tag}>" for cell in padded)
        html_rows.append(f"<tr>{cells}</tr>")
    return "<table>\n" + "\n".join(html_rows) + "\n</table>"


def render_pipe_table(lines: list[str]) -> str:
    """A markdown pipe table: separator rows skipped, the first remaining row as header."""
    rows = [pipe_row_cells(line) for line in lines if not PIPE_SEPARATOR_ROW.match(line)]
    return render_table(rows, header_first_row=True) if rows else ""


def render_tab_table(lines: list[str]) -> str:
    """A tab-separated block as a ruled table (no header: the seeds do not mark one)."""
    return render_table([line.split("\t") for line in lines], header_first_row=False)


def render_heading(match: re.Match[str]) -> str:
    """A markdown heading; levels deeper than 3 are printed as <h3>."""
    level = min(len(match.group(1)), 3)
    return f"<h{level}>{render_inline(match.group(2))}</h{level}>"


def render_paragraph(lines: list[str]) -> str:
    """Consecutive plain lines as one <p>, keeping the pack's line breaks."""
    # Rendered as one piece so **bold** spanning several lines (addresses) still matches.
    joined = render_inline("\n".join(line.strip() for line in lines))
    return "<p>" + joined.replace("\n", "<br>\n") + "</p>"


def text_to_body(text: str) -> list[str]:
    """Convert a pack's text into a list of HTML blocks."""
    lines = text.splitlines()
    blocks: list[str] = []
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(render_paragraph(paragraph))
            paragraph.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            flush_paragraph()
            index += 1
        elif is_pipe_table_line(line):
            flush_paragraph()
            end = index
            while end < len(lines) and is_pipe_table_line(lines[end]):
                end += 1
            blocks.append(render_pipe_table(lines[index:end]))
            index = end
        elif tab_cell_count(line) >= 2:
            flush_paragraph()
            cells = tab_cell_count(line)
            end = index
            while end < len(lines) and tab_cell_count(lines[end]) == cells:
                end += 1
            blocks.append(render_tab_table(lines[index:end]))
            index = end
        elif heading := HEADING_LINE.match(line):
            flush_paragraph()
            blocks.append(render_heading(heading))
            index += 1
        else:
            paragraph.append(line)
            index += 1
    flush_paragraph()
    return blocks


def text_to_html(text: str) -> str:
    """A complete, self-contained HTML page for one pack."""
    title = html.escape(page_title(text.splitlines()))
    body = "\n".join(text_to_body(text))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n<style>{PAGE_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


# --- HTML -> PDF ------------------------------------------------------------------------


def chromium_command(html_path: Path, pdf_path: Path, profile_dir: Path) -> list[str]:
    """Headless print command; Chromium's default header and footer are kept on purpose."""
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile_dir}",
        f"--print-to-pdf={pdf_path}",
        html_path.as_uri(),
    ]


def run_chromium(command: list[str]) -> tuple[int, str]:
    """Run Chromium with a timeout; return (exit code, stderr tail).

    It runs in its own process group so a timeout also ends its renderer and GPU children.
    """
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _, stderr = process.communicate(timeout=PRINT_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return -1, f"timed out after {PRINT_TIMEOUT_SECONDS} s"
    return process.returncode, stderr.strip()[-500:]


def count_pages(pdf_path: Path) -> int:
    """Page count, read with pypdfium2."""
    import pypdfium2  # imported late: only needed once a PDF exists

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return len(document)
    finally:
        document.close()


def print_pack(seed_path: Path, out_dir: Path) -> PrintResult:
    """Write the pack's HTML beside its PDF and print it with a fresh Chromium profile."""
    html_path = out_dir / f"{seed_path.stem}.html"
    pdf_path = out_dir / f"{seed_path.stem}.pdf"
    result = PrintResult(name=seed_path.name, pdf_path=pdf_path)
    html_path.write_text(text_to_html(seed_path.read_text(encoding="utf-8")), encoding="utf-8")
    # A stale PDF from an earlier run must not pass for this run's output.
    pdf_path.unlink(missing_ok=True)

    started = time.perf_counter()
    # A fresh profile per pack, so no cache or state carries over between timings.
    with tempfile.TemporaryDirectory(prefix="print-seeds-profile-") as profile_dir:
        exit_code, stderr_tail = run_chromium(chromium_command(html_path, pdf_path, Path(profile_dir)))
    result.seconds = time.perf_counter() - started

    if exit_code != 0 or not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        result.error = f"chromium exit {exit_code}, no PDF written: {stderr_tail or 'no stderr'}"
        return result
    result.size_bytes = pdf_path.stat().st_size
    try:
        result.pages = count_pages(pdf_path)
    except Exception as exc:  # a broken PDF is a failure to report, not a crash
        result.error = f"PDF unreadable: {exc}"
    return result


# --- command line -----------------------------------------------------------------------


def find_seeds(seeds_dir: Path) -> list[Path]:
    """The seed packs, in name order."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in SEED_SUFFIXES)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS_DIR, help="seed text packs")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT_DIR, help="PDF + HTML output")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Print every seed pack; return 0 only if all printed."""
    args = parse_args(argv)
    if not os.access(CHROMIUM, os.X_OK):
        print(f"error: {CHROMIUM} not found; install it with: apt-get install chromium", file=sys.stderr)
        return 2
    seeds_dir, out_dir = args.seeds.resolve(), args.out.resolve()
    if out_dir.is_relative_to(PROJECT_ROOT):
        print(f"error: {out_dir} is inside the project; seeds are third-party text", file=sys.stderr)
        return 2
    if not seeds_dir.is_dir() or not (seeds := find_seeds(seeds_dir)):
        print(f"error: no seed packs (*.txt, *.md) in {seeds_dir}", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)

    failures = 0
    total_pages = total_bytes = 0
    started = time.perf_counter()
    for seed_path in seeds:
        result = print_pack(seed_path, out_dir)
        if result.error:
            failures += 1
            print(f"{result.name}  FAILED ({result.seconds:.1f} s): {result.error}", flush=True)
            continue
        total_pages += result.pages
        total_bytes += result.size_bytes
        print(
            f"{result.name}  pages={result.pages}  bytes={result.size_bytes}"
            f"  ({result.seconds:.1f} s)",
            flush=True,
        )
    elapsed = time.perf_counter() - started
    print(
        f"total: {len(seeds) - failures}/{len(seeds)} packs, pages={total_pages}, "
        f"bytes={total_bytes}, {elapsed:.1f} s -> {out_dir}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

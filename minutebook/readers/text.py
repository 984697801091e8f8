"""Read text and markdown agenda packs into a normalised ``Document``.

Converted packs arrive as markdown with stray HTML (``<b>``, ``<sup>``, ``<p>``, ``<u>``,
entities) and three kinds of tables: tab-separated, pipe (markdown) and HTML ``<table>``.
Normalisation strips presentation markup but keeps one source line per output line wherever
possible, so extractors see the pack's structure (headings, numbered items, table rows).
"""

from __future__ import annotations

import html
import re

from minutebook.document import LineStyle

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class NotTextError(ValueError):
    """Raised when bytes are not a text document (binary junk named .txt)."""


def decode_text(data: bytes) -> str:
    """Given raw bytes of a text pack, return its text, detecting the encoding.

    UTF-8 (with or without BOM) and UTF-16 (BOM, or NUL-interleaved ASCII) are tried first,
    then cp1252, then latin-1, which never fails. Raises ``NotTextError`` for binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _check_textual(data.decode(codec, errors="replace"))
    sample = data[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # BOM-less UTF-16: ASCII text with every other byte NUL.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return _check_textual(data.decode(codec, errors="replace"))
    try:
        return _check_textual(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _check_textual(data.decode("cp1252"))
    except UnicodeDecodeError:
        return _check_textual(data.decode("latin-1"))


def _check_textual(text: str) -> str:
    """Given decoded text, return it unless it looks like binary data."""
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if bad / len(sample) > 0.05:
        raise NotTextError(
            "not a text document: the file holds binary data "
            f"({bad} control bytes in the first {len(sample)} characters)"
        )
    return text


_TABLE_BLOCK = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
# Block-level tags inside a line become a visible separator so paragraphs inside a table cell
# do not run together ("...Discharged.</p> <p>On-going" -> "Discharged. On-going").
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|br)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>", re.IGNORECASE)
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# Markdown as pandoc writes it: "3\. BUS TRANSPORT" (a backslash keeps a number from becoming a
# list), "\$4,680.44", a hard line break as a backslash at the line's end, and paragraphs
# quoted with "> " (not "\|", a pipe inside a table's cell).
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"$<>~&])")
_HARD_BREAK = re.compile(r"(?<!\\)\\$")
_QUOTE_MARK = re.compile(r"^\s{0,3}>(?: |$)")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")  # (and zero-width spaces)


def _html_table_to_tsv(match: re.Match[str]) -> str:
    """Given an HTML ``<table>`` block, return it as tab-separated lines (one per row)."""
    rows = []
    for row in _ROW.findall(match.group(0)):
        cells = [" ".join(_strip_inline(c).split()) for c in _CELL.findall(row)]
        rows.append("\t".join(cells))
    return "\n".join(rows)


# A markdown link or image: its text is what the page shows ("[Django as a CNA](https://...)").
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")


def _strip_inline(text: str) -> str:
    """Given one line of text, return it without HTML tags, markdown links and emphasis."""
    text = _MD_LINK.sub(r"\1", text) if "](" in text else text
    text = _AUTOLINK.sub(r"\1", text)
    text = _BLOCK_TAG.sub(" ", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    return text


def normalise_text(text: str) -> list[str]:
    """Given decoded pack text, return its normalised lines.

    Strips HTML and markdown emphasis, heading markers and trailing spaces; converts HTML
    tables to tab-separated rows; keeps tabs and pipes so tables survive; removes control
    characters (NUL included) that would corrupt downstream storage.
    """
    return normalise_marked_text(text)[0]


# What a markdown line's markup says of its print: "## Title" a heading; "**c) Elder Park
# Library**", "c) **Elder Park Library**", "***b) Website***" wholly bold; "**Chair** No news"
# opens in bold. An item's label ("c)", "2.", "(iv)", "-") may stand outside the bold.
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_LABEL = re.compile(r"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]|[-*+])\s+")
_MD_BOLD_LINE = re.compile(r"(\*{2,3}|_{2,3})(?=\S)(?:(?!\1).)+?(?<=\S)\1")
_MD_BOLD_LEAD = re.compile(r"(\*{2,3}|_{2,3})(?=\S)(?:(?!\1).)+?(?<=\S)\1\s*\S")


def _markup_style(raw: str) -> LineStyle | None:
    """Given a raw markdown line, return the print its markup gives it, or None (plain)."""
    heading = _MD_HEADING.match(raw)
    body = _QUOTE_MARK.sub("", _HARD_BREAK.sub("", raw))[heading.end() if heading else 0:].strip()
    label = _MD_LABEL.match(body)
    rest = body[label.end():] if label else body
    bold = bool(_MD_BOLD_LINE.fullmatch(rest) or (label and _MD_BOLD_LINE.fullmatch(body)))
    lead = not bold and bool(_MD_BOLD_LEAD.match(rest) or _MD_BOLD_LEAD.match(body))
    if not (heading or bold or lead):
        return None
    return LineStyle(heading=len(heading.group(1)) if heading else 0, bold=bold, lead_bold=lead)


def _bold_over_lines(raws: list[str], styles: list[LineStyle | None]) -> None:
    """Given raw lines and their styles, mark bold a bold span wrapped over two lines ("b)
    **Closure of the bank: report from" / "Gordon Mackay**"), in place."""
    for k in range(len(raws) - 1):
        first = _MD_LABEL.sub("", _QUOTE_MARK.sub("", raws[k]).strip())
        second = _QUOTE_MARK.sub("", _HARD_BREAK.sub("", raws[k + 1])).strip()
        if (styles[k] is None and styles[k + 1] is None and first.startswith("**") and first.count("**") == 1
                and second.endswith("**") and second.count("**") == 1):
            styles[k] = styles[k + 1] = LineStyle(bold=True)


def normalise_marked_text(text: str) -> tuple[list[str], list[LineStyle | None]]:
    """Given decoded pack text, return its normalised lines (``normalise_text``) and, line
    for line, the print their markdown marks (None for a plain line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CTRL.sub("", text)
    text = _TABLE_BLOCK.sub(_html_table_to_tsv, text)
    lines = []
    styles: list[LineStyle | None] = []
    for raw in text.split("\n"):
        styles.append(_markup_style(raw) if ("*" in raw or "_" in raw or "#" in raw) else None)
        line = _strip_inline(_QUOTE_MARK.sub("", _HARD_BREAK.sub("", raw)))
        line = _ESCAPED.sub(r"\1", _HEADING.sub("", line))
        # Strip trailing spaces but keep trailing tabs: they hold a table row's empty last cells.
        line = line.replace("\u00a0", " ").rstrip(" ")
        # Collapse runs of spaces but keep tabs: tabs separate table cells.
        line = re.sub(r"[ ]{2,}", " ", line)
        lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    _bold_over_lines(text.split("\n"), styles)
    lines = _without_front_matter(lines)
    styles = [None if not line.strip() else style for line, style in zip(lines, styles)]
    return lines, styles


# A web page's front matter ("---" / 'title: "..."' / 'date: "2017-07-12"' / "---"): the
# site's metadata, its date the day the page was posted, not the meeting's.
_FRONT_KEY = re.compile(r"^\s*(?:[\w-]+\s*:|-\s+\S|#)")


# The metadata a Pelican or MultiMarkdown page opens with, up to its first blank line: "Title:
# Council Meeting Minutes January 2022" / "Date: 2022-01-19 18:30" / "Category: Minutes".
_PAGE_META = re.compile(r"^[A-Za-z][\w-]{1,20}\s*:(?:\s.*)?$")
# (a key only a site generator writes, so a minutes header "Title: ..." / "Date: ..." / "Venue:
# ..." is never taken for one)
_SITE_KEY = re.compile(r"^(?:category|categories|tags|slug|layout|permalink|template|save_as|url|link|type|"
                       r"hidetitle|lang|summary|modified|authors?|status|description)\s*:", re.IGNORECASE)


def _without_front_matter(lines: list[str]) -> list[str]:
    """Given normalised lines, return them with a leading YAML front matter block, or a page's
    "Title: ..." / "Date: ..." metadata, blanked (the lines kept, so line numbers still point
    into the file as it was published)."""
    head = next((k for k, x in enumerate(lines[:30]) if not x.strip()), None)
    if lines and lines[0].lower().startswith("title:") and head and all(_PAGE_META.match(x) for x in lines[:head]) \
            and any(_SITE_KEY.match(x) for x in lines[:head]):
        return [""] * head + lines[head:]
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((k for k in range(1, min(len(lines), 60)) if lines[k].strip() in ("---", "...")), None)
    if end is None or not all(not x.strip() or _FRONT_KEY.match(x) for x in lines[1:end]):
        return lines
    return [""] * (end + 1) + lines[end + 1:]

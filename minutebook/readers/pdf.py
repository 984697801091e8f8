"""Read PDF agenda packs and minutes into a normalised ``Document``.

The text layer comes from pypdfium2 (PDFium), which is fast enough for whole archives;
pdfplumber's table finder runs only on pages that draw ruling lines or whose text looks
tabular, because it is the expensive part. Running headers and footers (page numbers,
repeated banners) are removed so they do not split paragraphs or pose as minute numbers.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from minutebook.document import LineStyle, PdfTable, without_empty_columns
from minutebook.readers.pdf_layout import (attach_labels_read_late, attach_margin_labels, furniture_by_position, join_words_split_into_lines, page_line_styles,
                                           put_field_labels_first, settle_bold)
from minutebook.readers.amount_schedules import amount_schedules
from minutebook.readers.header_tables import _FIGURE, header_tables
from minutebook.readers.pdf_tables import (
    char_boxes_of,
    clipped_out_objects,
    find_ruled_tables,
    find_text_tables,
    grid_rows,
    _words as words_of,
    one_line,
    shading_stacks,
)


class PdfReadError(ValueError):
    """Raised when bytes cannot be read as a PDF; the message is worded for the user."""


class NeedsOcr(ValueError):
    """Raised when a PDF opens but has no text layer (a scan)."""


@dataclass(frozen=True)
class PdfPages:
    """Given a PDF, the text lines of each page (and how each is printed), the page sizes,
    plus the tables found and the pages read by OCR."""

    page_lines: list[list[str]]
    tables: list[PdfTable]
    page_styles: list[list[LineStyle | None]] | None = None
    page_sizes: list[tuple[float, float]] | None = None
    ocr_pages: dict[int, float | None] = field(default_factory=dict)  # page -> mean OCR confidence
    created: str | None = None  # the metadata's CreationDate as an ISO date


_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.IGNORECASE
)
_NAMES_PAGE = re.compile(r"\bpage\s+\d+", re.IGNORECASE)
# PDFium reports a soft (line-break) hyphen as U+0002 or U+FFFE; U+00AD is the Unicode one.
_SOFT_HYPHEN_END = re.compile(r"[\u0002\ufffe\u00ad]\s*$")
# Control characters, and zero-width spaces and joiners some editors put between words ("Annual\u200b \u200bGeneral").
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\u200b-\u200d\u2060\ufeff]")


# Two-letter ligatures fonts draw as one glyph. PDFium spells out a ligature that has no
# Unicode mapping as two characters at the glyph's origin, and for some fonts (Calibri and
# Carlito's "ti", as Google Docs exports them) in the wrong order: "Associaiton", "Meeitng".
_LIGATURES = frozenset({"ff", "fi", "fl", "ft", "fj", "ti", "tt", "st", "ct", "Th"})
_SWAPPED = re.compile("|".join(sorted({lig[::-1] for lig in _LIGATURES} - _LIGATURES)))


def mend_ligatures(text: str, textpage, pdfium_c) -> str:
    """Given a page's text from PDFium, return it with ligatures spelt out backwards put right.

    A pair is turned round only where both characters come from one glyph (PDFium gives them
    the same origin) and the pair read backwards is a ligature while read forwards it is
    not: no font has an "it" ligature, so one glyph read as "it" was a "ti".
    """
    if not _SWAPPED.search(text) or len(text) != pdfium_c.FPDFText_CountChars(textpage):
        return text
    import ctypes
    x1, y1, x2, y2 = (ctypes.c_double() for _ in range(4))

    def origin(index, x, y):
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
        return x.value, y.value

    chars = list(text)
    for match in _SWAPPED.finditer(text):
        i = match.start()
        if origin(i, x1, y1) == origin(i + 1, x2, y2):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)")


def creation_date(pdf) -> str | None:
    """Given an open pypdfium2 document, return its metadata's CreationDate as an ISO date
    ("D:20140224155053Z" -> "2014-02-24"), or None when it is absent or not a date."""
    try:
        m = _PDF_DATE.match(pdf.get_metadata_dict().get("CreationDate") or "")
    except Exception:  # (a damaged info dictionary costs the date, never the document)
        return None
    if m is None:
        return None
    try:
        return dt.date(*(int(g) for g in m.groups())).isoformat()
    except ValueError:
        return None


def sniff_pdf(data: bytes) -> None:
    """Given file bytes, raise ``PdfReadError`` unless they start like a PDF."""
    head = data[:1024]
    if not data:
        raise PdfReadError("empty document: the file has no bytes")
    if b"%PDF-" in head:
        return
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:300]:
        raise PdfReadError(
            "not a PDF: the file is an HTML page (often a website error page saved as .pdf); "
            "download the document again"
        )
    raise PdfReadError("not a PDF: the file does not start with a PDF header (%PDF-)")


def read_pdf_pages(data: bytes, *, max_pages: int | None = None, tables: str = "auto",
                   table_engine: str = "pdfium", ocr: bool = False, ocr_dpi: int = 300,
                   ocr_page_seconds: float | None = 60.0) -> PdfPages:
    """Given PDF bytes, return the text lines of every page and the tables found.

    ``tables`` is 'auto' (tables looked for only on pages that look tabular), 'all' or
    'none'. ``table_engine`` 'pdfium' reads ruled tables from PDFium's page objects with
    pdfplumber's table geometry (``pdf_tables``), falling back to pdfplumber for pages it
    cannot read exactly and for unruled tables; 'pdfplumber' uses pdfplumber throughout.
    With ``ocr``, pages without a text layer but with an image (a scan) are read by OCR
    (``minutebook.readers.ocr``), page by page, so a mixed PDF keeps its text pages as they
    are. Raises ``PdfReadError`` for encrypted, corrupt or non-PDF input and ``NeedsOcr``
    when the PDF has no text layer (and OCR is off or found no text either).
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    sniff_pdf(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(_explain_pdfium_error(str(exc))) from None
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise PdfReadError("corrupt PDF: the document has no pages")
        if max_pages is not None and n_pages > max_pages:
            raise PdfReadError(
                f"too many pages: {n_pages} pages exceeds the limit of {max_pages} "
                "(raise --max-pages to ingest it)"
            )
        created = creation_date(pdf)
        page_lines: list[list[str]] = []
        page_styles: list[list[LineStyle | None]] = []
        page_sizes: list[tuple[float, float]] = []
        tabular_pages: list[tuple[int, str, list]] = []  # (page index, strategy, hidden chars) for pdfplumber
        found: list[PdfTable] = []
        scanned: list[int] = []  # 0-based pages with no text layer but an image: scans
        unmapped: list[int] = []  # 0-based pages whose text layer spells no letters
        open_columns = None  # the columns of an unruled table that ran to the foot of the page before
        for index in range(n_pages):
            page = pdf[index]
            textpage = page.get_textpage()
            hidden_boxes: list[tuple[str, float, float]] = []
            hidden = clipped_out_objects(page, pdfium_c)
            if hidden:
                # Text printed nowhere (clipped out) is taken off the page before its text
                # is read, so neither the lines nor the table cells hold it; pdfplumber,
                # which reads the file again, is told where its characters were.
                hidden_boxes = char_boxes_of(textpage, hidden, pdfium_c, page.get_size()[1])
                textpage.close()
                for obj in hidden:
                    page.remove_obj(obj)
                    obj.close()
                textpage = page.get_textpage()
            text = mend_ligatures(textpage.get_text_range(), textpage.raw, pdfium_c)
            if garbled(text):
                # printed in fonts with no map to letters: its text is junk; the page is read by OCR as a scan
                unmapped.append(index)
                text = ""
            pieces = text.splitlines(keepends=True)
            lines = [
                _CTRL.sub("", ln.replace("\u0002", "\u00ad").replace("\ufffe", "\u00ad")).rstrip()
                for ln in text.splitlines()
            ]
            width, height = page.get_size()
            if sum(len(ln.strip()) for ln in lines) < _OCR_BELOW_CHARS and (
                    _has_image(page.raw, pdfium_c) or _count_paths(page.raw, pdfium_c, _OUTLINED) >= _OUTLINED):
                scanned.append(index)
            elif index in unmapped:
                scanned.append(index)
            lines, styles = join_words_split_into_lines(lines, page_line_styles(textpage.raw, pdfium_c, pieces, height))
            lines, styles = attach_margin_labels(lines, styles)
            lines, styles = attach_labels_read_late(lines, styles)
            lines, styles = put_field_labels_first(lines, styles)
            page_lines.append(lines)
            page_styles.append(styles)
            page_sizes.append((round(width, 1), round(height, 1)))
            strategy = "lines" if tables == "all" else _looks_tabular(page, pdfium_c, lines) if tables == "auto" else None
            if strategy is None and open_columns is not None and table_engine == "pdfium":
                strategy = "text"  # an unruled table ran to the foot of the page before: it may go on here
            ruled = None  # (rows, bbox, continued) of the tables read on this page, None: left to pdfplumber
            page_words = None  # the page's words, read once for the readers below that need them
            if strategy == "lines" and table_engine == "pdfium":
                grids = find_ruled_tables(page, textpage, pdfium_c)
                ruled = None if grids is None else [(rows, bbox, False) for rows, bbox in grids]
                if not ruled and _unruled_header_on(lines):
                    strategy = "text"  # rules drawn for other things (underlined headings); the table is unruled
            if strategy == "text" and table_engine == "pdfium":
                # the columns its header line sets out first; pdfplumber's text strategy where
                # that reads no table
                page_words = words_of(textpage, height)
                ruled, open_columns = header_tables(page_words, _UNRULED_HEADER, open_columns, height)
                if not ruled and _unruled_header_on(lines, (_ACTION_HEADER, _PAYMENTS_HEADER)):
                    # (the text strategy, quadratic in the words it sees, only under the headers
                    # of action logs and payments, where it has found tables)
                    ruled = [(_from_header([[" ".join(c.split()) for c in r] for r in rows if any(r)]), bbox, False)
                             for rows, bbox in find_text_tables(page, textpage, _UNRULED_HEADER) or []]
            else:
                open_columns = None
            if (ruled is not None or not strategy) and table_engine == "pdfium" and \
                    sum(bool(_ENDS_IN_SUM.search(line)) for line in lines) >= 3:
                # schedules of amounts (label | sum), outside the tables read above
                if page_words is None:
                    page_words = words_of(textpage, height)
                ruled = list(ruled or []) + [(rows, bbox, False) for rows, bbox in amount_schedules(
                    page_words, [t[1] for t in ruled or []])]
            if ruled is not None:
                for rows, bbox, continued in ruled:
                    rows = [r for r in rows if any(r)]
                    if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                        found.append(PdfTable(page=index + 1, rows=rows, bbox=tuple(bbox), continued=continued))
            elif strategy:
                tabular_pages.append((index, strategy, hidden_boxes))
            textpage.close()
            page.close()
        ocr_read: dict[int, float | None] = {}
        if ocr and scanned:
            from minutebook.readers.ocr import OcrTimeout, ocr_page, respace_capitals

            for index in scanned:
                page = pdf[index]
                try:
                    read = ocr_page(page, dpi=ocr_dpi, page_seconds=ocr_page_seconds)
                except OcrTimeout:
                    ocr_read[index + 1] = None  # past the page's time limit: left unread
                    continue
                finally:
                    page.close()
                page_lines[index], page_styles[index] = read.lines, read.styles
                ocr_read[index + 1] = read.confidence
            # Capitals the recogniser ran together are split with the whole document's words.
            respaced = respace_capitals([ln for lines in page_lines for ln in lines])
            at = 0
            for index, lines in enumerate(page_lines):
                if index + 1 in ocr_read:
                    page_lines[index] = respaced[at:at + len(lines)]
                at += len(lines)
    finally:
        pdf.close()
    chars = sum(len(ln.strip()) for lines in page_lines for ln in lines)
    if chars < 20 * max(1, min(n_pages, 5)) and chars < 200:
        if ocr_read:
            unread = sum(1 for c in ocr_read.values() if c is None)
            raise NeedsOcr(f"no text: OCR of {len(ocr_read)} scanned page(s) found {chars} characters"
                           + (f" ({unread} page(s) past the OCR time limit)" if unread else ""))
        raise NeedsOcr(
            f"no text layer: {n_pages} page(s) with {chars} characters of text; "
            + (f"{len(unmapped)} page(s) printed in fonts with no map to letters; " if unmapped else "")
            + "the PDF is probably scanned and needs OCR" + (" (OCR is off: --no-ocr)" if scanned and not ocr else "")
        )
    if tabular_pages:
        found.extend(_find_tables(data, tabular_pages))
        found.sort(key=lambda t: (t.page, t.bbox[1]))
    flat = settle_bold([st for styles in page_styles for st in styles])
    k = 0
    for styles in page_styles:
        styles[:] = flat[k:k + len(styles)]
        k += len(styles)
    if found:  # (the document's words are gathered only when there is a table to check)
        vocabulary = {w.lower() for lines in page_lines for line in lines for w in _WORD.findall(line)}
        found = [t for t in found if not prose_cut_into_columns(t.rows, vocabulary) and not framed_prose(t.rows)
                 and not outline_in_a_grid(t.rows)]
    found = [replace(t, rows=realign_columns(t.rows)) for t in found]
    return PdfPages(page_lines=page_lines, tables=found, page_styles=page_styles, page_sizes=page_sizes,
                    ocr_pages=ocr_read, created=created)


# Codes PDFium gives for glyphs of a font with no map to Unicode (old word processors' embedded
# fonts): control characters, not the tab, line ends, soft hyphen marks it uses itself.
_UNMAPPED = re.compile(r"[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f]")


def garbled(text: str) -> bool:
    """Given a page's text as PDFium reads it, say whether its text layer is unreadable: at
    least 40 printed characters, a third or more of them control codes ("\\x01\\x04\\x05\\x06\\r\\n"
    for "MINUTES"). Such a page prints letters the text layer cannot spell, so it is read by OCR
    like a scan. Figures, rules of dots and foreign scripts are printed characters, not codes."""
    printed = sum(1 for ch in text if not ch.isspace())
    return printed >= 40 and len(_UNMAPPED.findall(text)) * 3 >= printed


# A page with fewer characters of text layer than this, and an image (a scan) or hundreds
# of drawn shapes (text printed as glyph outlines), is read by OCR.
_OCR_BELOW_CHARS = 20
_OUTLINED = 300


def _has_image(page_raw, pdfium_c) -> bool:
    """Given a raw PDFium page, say whether it draws an image (at the top level or one level
    into form objects: scanners wrap the page image in one)."""
    image, form = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(pdfium_c.FPDFPage_CountObjects(page_raw)):
        obj = pdfium_c.FPDFPage_GetObject(page_raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == image:
            return True
        if kind == form and any(pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFFormObj_GetObject(obj, k)) == image
                                for k in range(pdfium_c.FPDFFormObj_CountObjects(obj))):
            return True
    return False


def _explain_pdfium_error(message: str) -> str:
    """Given a PDFium error message, return one a user can act on."""
    lowered = message.lower()
    if "password" in lowered:
        return "encrypted PDF: it needs a password to open; ask the publisher for an unlocked copy"
    if "format" in lowered or "corrupt" in lowered or "data" in lowered:
        return f"corrupt or truncated PDF: PDFium could not parse it ({message})"
    return f"unreadable PDF: {message}"


# The header row of an unruled table whose words pdfplumber's text strategy can align:
# "Ref  Action  Status", "No  Owner  Details  Update", "Action  By whom  By when".
_ACTION_HEADER = re.compile(r"^\s*(?:No\.?|Ref\.?|Item|#)\s*:?\s+.*\b(?:Action|Owner|Details|Status|Update|Lead|Due)\b"
                            r"|^\s*Action\s*:?\s+.*\b(?:Owner|By whom|Lead|Status|Due|Deadline|By when)\b", re.IGNORECASE)
# a schedule of payments: "Chq No. Amount Payee Service", "Date Payee Details Amount"
_PAYMENTS_HEADER = re.compile(r"^\s*(?:Chq|Cheque|Ch\.|Payment|Voucher|Invoice|Date|Ref\.?|Payee|Supplier)\b.*"
                              r"\b(?:Amount|Net|Gross|Payee|Total)\b.*\s\S", re.IGNORECASE)
# a recorded vote's columns: "Majority For Against Absent", "Member Yes No Abstain"
_VOTE_HEADER = re.compile(r"^\s*(?:[A-Z][a-z]+\s+){0,2}(?:For|Yes|Yea|Ayes?)\s+(?:Against|No|Nays?)(?:\s+(?:Absent|Abstain\w*|Recused))*\s*$")
# a ledger or contract list: three of its column names on a short line ("VENDOR COMMODITY AMOUNT
# DEPT.", "FEBRUARY Description INCOME EXPENSES BALANCE"), not a sentence (a line may end in an
# abbreviation's full stop, "DEPT.", not a long word's)
_LEDGER_HEADER = re.compile(r"^(?=(?:.*?\b(?:date|description|details|vendor|payee|supplier|amount|income|expenses|expenditure"
                            r"|receipts|payments|balance|budget|actual|variance|commodity|dept|department|account)\b){3})"
                            r"(?!.*(?:[;,:]|\w{6,}\.)\s*$)(?=(?:\S+\s+){1,7}\S+\s*$)", re.IGNORECASE)
# a line ending in a sum ("Year 1   $32,300.00"): three of them make a page worth reading for
# schedules of amounts
_ENDS_IN_SUM = re.compile(r"(?:[£$€]\s?[\d,]*\d|\d\.\d\d)\)?\s*$")
# A header line is column names, never a sentence: "No Action at this time." is not "No  Action".
# (a full stop after a long word, or after a line with the words of a sentence; not "DEPT.")
_SENTENCE_TAIL = r"[a-z]{4,}[.!?]\s*$|\b(?:the|was|were|is|at|this|been|be)\b.*[.!?]\s*$"
_SENTENCE_END = re.compile(_SENTENCE_TAIL)
_UNRULED_HEADER = re.compile(r"(?!.*(?-i:" + _SENTENCE_TAIL + "))(?:" + "|".join(
    p.pattern for p in (_ACTION_HEADER, _PAYMENTS_HEADER, _VOTE_HEADER, _LEDGER_HEADER)) + ")", re.IGNORECASE)


def _unruled_header_on(lines: list[str], kinds: tuple[re.Pattern, ...] = ()) -> bool:
    """Given a page's lines (and the header patterns to look for, all by default), say whether
    one reads as the header of an unruled table. A payments header is a few column names, no
    sentence ("Date of the meeting: the total was agreed." is not one)."""
    kinds = kinds or (_ACTION_HEADER, _VOTE_HEADER, _LEDGER_HEADER, _PAYMENTS_HEADER)
    lines = [re.sub(r"_{2,}", " ", line) for line in lines]  # underscores typed to rule a header
    return any(len(line) < 120 and not _SENTENCE_END.search(line) and any(
        p.match(line) and (p is not _PAYMENTS_HEADER or (len(line.split()) <= 10 and not line.rstrip().endswith((".", ",", ";"))))
        for p in kinds) for line in lines)


def _looks_tabular(page, pdfium_c, lines: list[str]) -> str | None:
    """Given a PDFium page and its text lines, return the pdfplumber strategy for its tables.

    'lines' when the page draws many path objects (ruled tables; most prose pages draw a
    handful: logos, rules); 'text' when a line reads like the header of an unruled action
    table; None when pdfplumber need not look (it is the expensive part of reading).
    """
    if _count_paths(page.raw, pdfium_c, 8) >= 8:
        return "lines"
    if _unruled_header_on(lines):
        return "text"
    return None


def _count_paths(page_raw, pdfium_c, enough: int) -> int:
    """Given a raw PDFium page, return how many path objects it draws, counting up to
    ``enough`` (top level and one level of form objects; raw calls, not pypdfium2's object
    wrappers: this runs on every page)."""
    count = 0
    get_type = pdfium_c.FPDFPageObj_GetType
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(pdfium_c.FPDFPage_CountObjects(page_raw)):
        obj = pdfium_c.FPDFPage_GetObject(page_raw, i)
        kind = get_type(obj)
        if kind == path:
            count += 1
        elif kind == form:
            count += sum(get_type(pdfium_c.FPDFFormObj_GetObject(obj, k)) == path
                         for k in range(pdfium_c.FPDFFormObj_CountObjects(obj)))
        if count >= enough:
            break
    return count


def _without_chars(page, boxes: list[tuple[str, float, float]]):
    """Given a pdfplumber page and (character, x0, middle) of characters to drop, return the
    page without them (pdfplumber ignores clipping paths, so it keeps hidden text too).
    The engines agree on x0; their boxes' heights differ (font size against font bounding
    box), so the vertical test is loose."""
    if not boxes:
        return page
    by_char: dict[str, list[tuple[float, float]]] = {}
    for char, x0, middle in boxes:
        by_char.setdefault(char, []).append((x0, middle))

    def visible(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        middle = (obj["top"] + obj["bottom"]) / 2
        return not any(abs(obj["x0"] - x0) < 1 and abs(middle - y) < 3 for x0, y in by_char.get(obj["text"], ()))

    return page.filter(visible)


def _without_shading(page):
    """Given a pdfplumber page, return it without the bands of gradient fills (see
    ``shading_stacks``), which its table finder would take for rulings."""
    filled = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects if r.get("fill") and not r.get("stroke")]
    shading = shading_stacks(filled)
    if not shading:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "rect"
                       or (obj["x0"], obj["top"], obj["x1"], obj["bottom"]) not in shading)


def _find_tables(data: bytes, pages: list[tuple[int, str, list]]) -> list[PdfTable]:
    """Given PDF bytes and (0-based page index, strategy, hidden character boxes) triples,
    return pdfplumber's tables."""
    import pdfplumber

    found: list[PdfTable] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, strategy, hidden in pages:
            whole = pdf.pages[index]
            page = _without_shading(_without_chars(whole, hidden))
            settings = {} if strategy == "lines" else {"vertical_strategy": "text", "horizontal_strategy": "text"}
            try:
                for table in page.find_tables(table_settings=settings):
                    rows = [[_clean_cell(c) for c in row] for row in grid_rows(table, table.extract())]
                    rows = [r for r in rows if any(r)]
                    if strategy == "text":
                        rows = _from_header(rows)
                    if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                        found.append(PdfTable(page=index + 1, rows=rows, bbox=tuple(table.bbox)))
            finally:
                whole.close()
    return found


_WORD = re.compile(r"[A-Za-z]+")


def realign_columns(rows: list[list[str]]) -> list[list[str]]:
    """Given a table's rows, return them with a header that sits in other grid columns than
    the body put back over its columns. Cell borders drawn as separate shapes can cut a column
    into several grid columns, the header's text landing in one and the body's in another
    (['', 'Who', ''] over ['Carole Spencer', '', '']). Only where the header's filled columns
    and the body's are disjoint are neighbouring columns merged, left to right, while no row has
    text in both; a table whose header stands over its body is returned as it was."""
    if len(rows) < 2 or max(len(r) for r in rows) < 3:
        return rows
    width = max(len(r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    head = {j for j, c in enumerate(grid[0]) if c.strip()}
    body = {j for r in grid[1:] for j, c in enumerate(r) if c.strip()}
    if len(head) < 2 or head & body:
        return rows
    groups: list[list[int]] = []
    for j in range(width):
        if groups and not any(r[j].strip() and any(r[k].strip() for k in groups[-1]) for r in grid):
            groups[-1].append(j)
        else:
            groups.append([j])
    if len(groups) < 2 or len(groups) == width:
        return rows
    return [[" ".join(r[k] for k in g if r[k].strip()) for g in groups] for r in grid]


def framed_prose(rows: list[list[str]]) -> bool:
    """Given a table's rows, return whether it is a paragraph in a drawn box: every row has
    at most one cell with text, and that text runs as long as prose lines do (a quoted
    proposal, a note framed on the page). A one-column list of names is short lines."""
    filled = [[c for c in row if c and c.strip()] for row in rows]
    texts = [cells[0] for cells in filled if cells]
    if not texts:
        return False
    if all(len(cells) <= 1 for cells in filled) and sum(len(t) for t in texts) / len(texts) >= 40:
        return True
    # Boxed notices under a caption (a board pack's "Translation and Interpretation Services"
    # box): no figures anywhere, a first row of one cell (no column names), and sentences
    # alone in their rows two times in three.
    if any(_FIGURE.match(c.strip()) for cells in filled for c in cells) or len(filled[0]) != 1:
        return False
    body = filled[1:]
    alone = sum(1 for cells in body if len(cells) == 1 and len(cells[0].split()) >= 8)
    return bool(body) and alone * 3 >= 2 * len(body)



# An outline's label as a cell of its own: "4.1.", "12", "B.", "(a)", "iv)", "IV.".
_LIST_LABEL = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.):]?")


def outline_in_a_grid(rows: list[list[str]]) -> bool:
    """Given a table's rows, return whether it is a numbered outline laid out in two columns:
    the item's label in the first ("4.1.", "B.", "(a)") or nothing, its title and text in the
    second (agendas typeset as an invisible table: "4.1. | WAIVE THE READING ...",
    " | Recommended Action: ..."). A real table's first column names itself in a header ("No",
    "Item") and holds more than labels."""
    filled = [[(j, c) for j, c in enumerate(row) if c and c.strip()] for row in rows]
    columns = {j for cells in filled for j, _ in cells}
    if max(len(r) for r in rows) != 2 or not columns or len(columns) > 2:
        return False
    labels = [c.strip() for cells in filled for j, c in cells if j == 0]
    # (a page's rows of the outline may hold no label at all: the text of the last item)
    return all(_LIST_LABEL.fullmatch(c) for c in labels) and (
        not labels or any(ch.isdigit() or ch in ".)" for c in labels for ch in c))


def prose_cut_into_columns(rows: list[list[str]], vocabulary: set[str]) -> bool:
    """Given a table's rows and the words of the document's text, return whether the table is
    a paragraph cut into columns: most places where one cell meets the next fall inside a
    sentence, and some inside a word, leaving fragments the text never prints ("No update on
    the HGV sign" | "nage.", "action plan wi" | "th YWCA"). A table finder does that to prose
    under ruled headings or beside a drawn box; the cells of a real table start afresh, and a
    legend's lower-case phrases ("increase in numbers" | "improvement in performance") are
    whole words."""
    joins = []
    for row in rows:
        cells = [c for c in row if c.strip()]
        joins += [(a.rstrip(), b.lstrip()) for a, b in zip(cells, cells[1:])]
    inside = [(a, b) for a, b in joins if a[-1:].isalpha() and a[-1:].islower() and b[:1].islower()]
    cut_words = 0
    for a, b in inside:
        left, right = _WORD.findall(a)[-1].lower(), _WORD.findall(b)[0].lower()
        cut_words += left not in vocabulary or right not in vocabulary
    return len(joins) >= 4 and len(inside) >= 0.5 * len(joins) and cut_words >= max(1, 0.2 * len(inside))


def _from_header(rows: list[list[str]]) -> list[list[str]]:
    """Given rows the text strategy found (it takes the whole page as a table), return the
    rows from the action-table header down, without columns that are empty throughout."""
    start = next((i for i, r in enumerate(rows) if _UNRULED_HEADER.match(" ".join(c for c in r if c))), None)
    if start is None:
        return []
    return without_empty_columns(rows[start:])


def _clean_cell(cell: str | None) -> str:
    """Given a pdfplumber cell (None for merged-away cells), return its text on one line."""
    if cell is None:
        return ""
    return _CTRL.sub("", one_line(cell))


def running_line_indexes(page_lines: list[list[str]], page_styles: list[list[LineStyle | None]] | None = None,
                         page_heights: list[float] | None = None) -> list[set[int]]:
    """Given each page's lines (and, for PDFs, how each is printed), return per page the
    indexes of running headers and footers.

    Dropped, among the first or last three non-blank lines of a page: a bare page number on
    the outermost line left once the other furniture is gone ("12", "Page 12 of 40", "- 12 -"); a line printed identically at the
    edge of at least half the pages (two at least: banners such as "Cabinet - 30 January
    2025"); a line naming a page whose digit-blind shape repeats likewise ("Minutes Page 4").
    Lines such as "(Item 4)" that repeat only in shape are kept: they are content.

    When positions are known, furniture is found by position and repetition
    (``furniture_by_position``), and a repeated text is dropped only where it is printed in
    the furniture's place: a title that the running header repeats stays on page 1.
    """
    n = len(page_lines)
    if page_styles is not None and page_heights is not None and any(s for styles in page_styles for s in styles):
        by_position = furniture_by_position(page_lines, page_styles, page_heights)
        for lines, drop in zip(page_lines, by_position):
            drop |= _page_number_at_edge(lines, drop)
        return by_position

    def edges(lines: list[str]) -> list[int]:
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        return sorted(set(idx[:3] + idx[-3:]))

    def exact(line: str) -> str:
        return " ".join(line.split())

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", exact(line))

    exact_counts: Counter[str] = Counter()
    shape_counts: Counter[str] = Counter()
    for lines in page_lines:
        exact_counts.update({exact(lines[i]) for i in edges(lines)})
        shape_counts.update({shape(lines[i]) for i in edges(lines) if _NAMES_PAGE.search(lines[i])})
    threshold = max(2, (n + 1) // 2)
    out = []
    for lines in page_lines:
        drop = set()
        for i in edges(lines):
            text = lines[i]
            if n >= 2 and len(text.strip()) < 120 and (
                exact_counts[exact(text)] >= threshold
                or (_NAMES_PAGE.search(text) and shape_counts[shape(text)] >= threshold)
            ):
                drop.add(i)
        out.append(drop | _page_number_at_edge(lines, drop))
    return out


def _page_number_at_edge(lines: list[str], furniture: set[int]) -> set[int]:
    """Given a page's lines and the running headers and footers found on it, return the bare
    page number on its outermost line, counted once that furniture is gone ("October 22, 2019
    Council Minutes" over "7": the number is the page's second line, but its first once the
    running header is dropped)."""
    nonblank = [i for i, ln in enumerate(lines) if ln.strip() and i not in furniture]
    return {i for i in ({nonblank[0], nonblank[-1]} if nonblank else ()) if _PAGE_NUMBER.match(lines[i])}


def join_broken_lines(lines: list[str], styles: list | None = None) -> list[str] | tuple[list[str], list]:
    """Given lines, return them with a line ending in a soft (line-break) hyphen joined to the
    next, and a raised ordinal that PDFium put on a line of its own joined back to its day
    ("on 15" / "th September 2020" -> "on 15th September 2020").

    The U+00AD marker is kept: whether it stands for a real hyphen ("Crow-Brown") or for a
    word broken by hyphenation ("construc-tion") is decided by ``soft_hyphen_resolver``,
    which needs the whole document. Given the lines' styles too, return (lines, styles): a
    joined line keeps the style of its first part, and reaches down to the bottom of its last.
    """
    out: list[str] = []
    kept: list = []
    carry = ""
    carry_style = None
    for k, line in enumerate(lines):
        style = styles[k] if styles is not None else None
        if carry:
            line, style = carry + line.lstrip(), _down_to(carry_style, style)
        carry = ""
        if _SOFT_HYPHEN_END.search(line):
            carry, carry_style = _SOFT_HYPHEN_END.sub("\u00ad", line), style
            continue
        if out and _ORDINAL_TAIL.match(line) and _DAY_END.search(out[-1]):
            out[-1] = out[-1] + line.strip()
            continue
        out.append(line)
        kept.append(style)
    if carry:
        out.append(carry)
        kept.append(carry_style)
    return (out, kept) if styles is not None else out


def _down_to(first: LineStyle | None, last: LineStyle | None) -> LineStyle | None:
    """Given the styles of a line's first and last parts, return the first reaching down to the
    last's bottom (the white space under a joined line is measured from where it ends)."""
    if first is None or last is None or last.bottom is None or (first.bottom or 0) >= last.bottom:
        return first
    return replace(first, bottom=last.bottom)


# A superscript ordinal is a smaller, raised run that PDFium's line breaking may set apart.
_ORDINAL_TAIL = re.compile(r"^\s*(?:st|nd|rd|th)\b(?!\w)")
_DAY_END = re.compile(r"(?<![\d.,/:])\b(?:[1-9]|[12]\d|3[01])$")
_SOFT = re.compile(r"([A-Za-z\u00c0-\u024f0-9']*)\u00ad\s*([A-Za-z\u00c0-\u024f0-9']*)")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+(?:-[A-Za-z\u00c0-\u024f']+)*")
# Prefixes written with a hyphen in British usage ("re-finance", "ex-CYPE", "sub-division").
_HYPHEN_PREFIXES = frozenset(
    "anti co cross ex inter mid multi non post pre pro re self semi sub under over well ill "
    "high low long short part full half".split()
)


def resolve_soft_hyphens(lines: list[str]) -> list[str]:
    """Given a document's lines, return them with each soft-hyphen marker made "-" or removed
    (see ``soft_hyphen_resolver``)."""
    if not any("\u00ad" in line for line in lines):
        return lines
    resolve = soft_hyphen_resolver(lines)
    return [resolve(line) for line in lines]


def soft_hyphen_resolver(lines: list[str]):
    """Given a document's lines, return a function that makes each soft-hyphen marker in a
    text (a line, or a table cell of the same document) "-" or removes it.

    PDFium marks any hyphen that ends a printed line as soft, so it cannot tell a compound
    or a double-barrelled name broken at its hyphen ("Mr Crow-/Brown", "cross-/border": most
    line-end hyphens in council papers, which Word does not hyphenate) from a word broken by
    hyphenation ("construc-/tion"). The document itself decides first: whichever of
    "construction" and "construc-tion" it prints elsewhere wins. Otherwise a capital or digit
    on either side (names, acronyms, "2025-/26"), a hyphen-taking prefix, or a second part
    that is a word of its own in the document keeps the hyphen; two fragments that are not
    words are joined.
    """
    vocab: dict[str, int] = {}
    for line in lines:
        for token in line.split():
            if "\u00ad" in token:
                continue
            for word in _WORD.findall(token):
                key = word.lower()
                vocab[key] = vocab.get(key, 0) + 1
                for part in key.split("-") if "-" in key else ():
                    vocab[part] = vocab.get(part, 0) + 1

    def decide(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        if not left or not right:
            return left + right
        joined = vocab.get((left + right).lower(), 0)
        hyphened = vocab.get(f"{left}-{right}".lower(), 0)
        if joined != hyphened:
            return left + right if joined > hyphened else f"{left}-{right}"
        if (right[0].isupper() or right[0].isdigit() or left[-1].isupper() or left[-1].isdigit()
                or left.lower() in _HYPHEN_PREFIXES or right.lower() in vocab):
            return f"{left}-{right}"
        return left + right

    def resolve(text: str) -> str:
        return _SOFT.sub(decide, text).replace("\u00ad", "") if "\u00ad" in text else text

    return resolve

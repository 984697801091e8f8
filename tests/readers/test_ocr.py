"""Scanned papers are read by OCR, page by page, with their provenance (generated scans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.readers import read_document
from minutebook.render import scan_pdf
from minutebook.readers.ocr import read_image, respace_capitals, spaced, word_gaps

MINUTES_PAGE = [
    "MINUTES OF THE MEETING OF ELMSTEAD PARISH COUNCIL",
    "HELD ON 14 October 2025 AT 7.30PM",
    "",
    "PRESENT: Cllrs Harper (Chair), Nolan and Quayle",
    "",
    "1. Apologies",
    "Apologies were received from Cllr Moss.",
    "2. Village hall roof",
    "RESOLVED that the roof repair quotation from Ashby Ltd be accepted.",
]
SECOND_PAGE = ["3. Footpaths", "RESOLVED that the footpath report be noted.", "The meeting closed at 9.05pm."]


def _text_pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - 80
        for line in lines:
            pdf.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 12)
            pdf.drawString(60, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    root = tmp_path_factory.mktemp("scans")
    text = _text_pdf(root / "text.pdf", [MINUTES_PAGE, SECOND_PAGE])
    return {"full": scan_pdf(text, root / "scan.pdf", dpi=200, pages={1, 2}),
            "mixed": scan_pdf(text, root / "mixed.pdf", dpi=200, pages={2})}


def _read(path: Path, **settings):
    return read_document(path, path.read_bytes(), settings or None)


def test_a_scanned_pdf_is_read_by_ocr_in_reading_order(scans):
    doc = _read(scans["full"])
    assert (doc.status, doc.text_source, doc.ocr_pages) == ("ok", "ocr", 2)
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 0.85
    text = "\n".join(doc.lines)
    for phrase in ("ELMSTEAD PARISH COUNCIL", "14 October 2025", "Cllrs Harper (Chair), Nolan and Quayle",
                   "RESOLVED that the roof repair quotation", "3. Footpaths"):
        assert phrase in text
    assert text.index("1. Apologies") < text.index("2. Village hall roof") < text.index("3. Footpaths")
    # provenance: each line knows its page, and where it sits on it
    assert doc.page_of(doc.lines.index("3. Footpaths") + 1) == 2
    style = doc.style(1)
    assert style is not None and style.top < 100 and 8 < style.size < 16


def test_a_mixed_pdf_keeps_its_text_pages_and_ocrs_the_rest(scans):
    doc = _read(scans["mixed"])
    assert (doc.text_source, doc.ocr_pages) == ("mixed", 1)
    page1 = [ln for ln, p in zip(doc.lines, doc.line_pages) if p == 1]
    assert page1[0] == MINUTES_PAGE[0]  # the text layer as it is, not OCR'd
    assert any("footpath report be noted" in ln for ln, p in zip(doc.lines, doc.line_pages) if p == 2)


def test_a_scan_yields_its_meeting_and_minutes(scans):
    from extractors.pipeline import extract_all

    records = extract_all(_read(scans["full"]))
    [meeting] = records["meetings"]
    assert (meeting["committee"], meeting["meeting_date"].isoformat(), meeting["kind"]) == (
        "Elmstead Parish Council", "2025-10-14", "minutes")
    assert [m["minute_number"] for m in records["minutes"]] == ["1", "2", "3"]
    assert {a["name"] for a in records["attendees"] if a["status"] == "present"} == {"Harper", "Nolan", "Quayle"}


def test_no_ocr_keeps_a_scan_as_needs_ocr(scans):
    doc = _read(scans["full"], ocr=False)
    assert doc.status == "needs_ocr" and "OCR is off" in doc.error


def test_a_page_past_its_time_limit_is_left_unread(scans):
    doc = _read(scans["full"], ocr_page_seconds=0.01)
    assert doc.status == "needs_ocr" and "past the OCR time limit" in doc.error


def test_spaces_are_put_back_at_word_gaps():
    # boxes 10 wide, letters 2 apart, one 9-point word gap after the comma, and a digit run
    chars = list("Monday,May22")
    x, boxes = 0, []
    for i, c in enumerate(chars):
        gap = 9 if i in (7, 10) else 2
        x += gap if i else 0
        boxes.append([[x, 0], [x + 10, 0], [x + 10, 30], [x, 30]])
        x += 10
    assert spaced(chars, boxes) == "Monday, May 22"


def _bars(widths_and_gaps: list[tuple[int, int]], height: int = 40):
    """A white strip with black bars (letters) of the given widths, each followed by its gap."""
    import numpy as np

    image = np.full((height + 20, sum(w + g for w, g in widths_and_gaps) + 40), 255, dtype=np.uint8)
    x = 20
    for width, gap in widths_and_gaps:
        image[10:10 + height, x:x + width] = 0
        x += width + gap
    quad = np.array([[10, 5], [image.shape[1] - 10, 5], [image.shape[1] - 10, height + 15], [10, height + 15]],
                    dtype=np.float32)
    return image, quad


def test_word_gaps_are_the_blank_runs_wider_than_letter_gaps():
    # three words of letters 4 px apart, words 15 px apart, ink 40 px high
    word = [(12, 4)] * 3 + [(12, 15)]
    image, quad = _bars(word * 2 + [(12, 4)] * 3 + [(12, 0)])
    gaps = word_gaps(image, quad)
    assert [(round(a), round(b)) for a, b, _ in gaps] == [(20 + 4 * 12 + 3 * 4, 20 + 4 * 12 + 3 * 4 + 15),
                                                          (20 + 8 * 12 + 6 * 4 + 15, 20 + 8 * 12 + 6 * 4 + 30)]
    # a justified line: letters 8 px apart, words 14 px: still told apart by the jump
    image, quad = _bars(([(12, 8)] * 3 + [(12, 14)]) * 2 + [(12, 8)] * 3 + [(12, 0)])
    assert len(word_gaps(image, quad)) == 2
    # a blank box holds no words
    blank = image.copy()
    blank[:] = 250
    assert word_gaps(blank, quad) is None


def test_spaces_go_where_the_ink_has_word_gaps_not_inside_figures():
    # characters 10 wide centred 14 apart; the ink shows gaps after "of" and after "2017"
    chars = list("of2017(1).")
    boxes = [[[i * 14, 0], [i * 14 + 10, 0], [i * 14 + 10, 30], [i * 14, 30]] for i in range(len(chars))]
    gaps = [(24, 29, 0.4),  # between "f" and "2": a word gap
            (38, 41, 0.3),  # between "2" and "0": a figure's side bearing, below a figure gap
            (80, 84, 0.4),  # between "7" and "(": a word gap
            (94, 99, 0.4),  # between "(" and "1": nothing follows an opening bracket
            (108, 113, 0.4)]  # between "1" and ")": a closing bracket starts no word
    assert spaced(chars, boxes, gaps) == "of 2017 (1)."


def test_lines_are_read_with_their_word_spaces():
    # Scanned lines at 10 points: the recogniser alone runs the title's words together
    # ("IMPROVINGLIVES", "24thApril,2018"); the spaces come back from the ink.
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = ["2.6 The key findings of the Service Review are:", "scaled back capacity in line with the funding profile.",
             "IMPROVING LIVES SELECT COMMISSION 24th April, 2018", "significantly more people waiting for a service"]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(lines):
        pdf.drawString(60, 700 - 20 * i, line)
    pdf.save()
    image = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=300 / 72, grayscale=True).to_numpy()
    assert [box[4] for box in read_image(image)] == lines


def test_capitals_run_together_are_split_with_the_documents_words():
    lines = ["FORMAL MEETINGOFCITYCOUNCIL", "The council met in the chamber.", "XQZWVBNMKLP"]
    assert respace_capitals(lines) == ["FORMAL MEETING OF CITY COUNCIL", lines[1], "XQZWVBNMKLP"]


def test_words_cut_by_wide_letter_spacing_are_joined_with_the_documents_words():
    # A big title's letter spacing, or a glyph gap, read as a word gap: joined when the
    # document prints the word whole elsewhere and the piece never stands apart; "a cross"
    # stays, "a" being a word of its own everywhere.
    lines = ["IMPR OVING LIVES SELECT COM MISSION", "Minutes of the Improving Lives Select Commission",
             "The Chair left the m eeting at this point.", "The meeting resumed.", "a cross section of heads",
             "a decision across the board", "within the Com mission's remit"]
    assert respace_capitals(lines) == [
        "IMPROVING LIVES SELECT COMMISSION", lines[1], "The Chair left the meeting at this point.", lines[3],
        "a cross section of heads", lines[5], "within the Commission's remit"]


def test_a_run_records_how_each_document_was_read(scans, tmp_path):
    import shutil

    import duckdb

    from flows.ingest import run_ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(scans["full"], raw / "scan.pdf")
    shutil.copy(scans["mixed"], raw / "mixed.pdf")
    report = run_ingest([str(raw)], str(tmp_path / "curated"))
    assert (report["ocr_documents"], report["ocr_pages"]) == (2, 3)
    assert "read by OCR (pages) | 2 (3)" in report["markdown"]
    with duckdb.connect(str(tmp_path / "curated" / "minutebook.duckdb"), read_only=True) as con:
        rows = dict((r[0].rsplit("/", 1)[-1], r[1:]) for r in con.execute(
            "SELECT source_path, text_source, ocr_pages, ocr_confidence > 0.8 FROM documents").fetchall())
    assert rows == {"scan.pdf": ("ocr", 2, True), "mixed.pdf": ("mixed", 1, True)}


def test_cli_no_ocr_and_page_limit_reach_the_documents(scans, tmp_path):
    import shutil
    import subprocess
    import sys

    import duckdb

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(scans["full"], raw / "scan.pdf")
    errors = {}
    for flag, args in (("no-ocr", ["--no-ocr"]), ("limit", ["--ocr-page-seconds", "0.001"])):
        curated = tmp_path / flag
        done = subprocess.run([sys.executable, "-m", "minutebook.cli", "ingest", str(raw), "--curated", str(curated),
                               *args], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
            status, errors[flag] = con.execute("SELECT status, error FROM documents").fetchone()
        assert status == "needs_ocr"
    assert "past the OCR time limit" in errors["limit"]
    assert "past the OCR time limit" not in errors["no-ocr"]


def _unmapped(text: str) -> str:
    # What PDFium gives for a font with no map to Unicode: one control code per glyph.
    return "".join(ch if ch.isspace() else chr(1 + ord(ch) % 30) for ch in text)


@pytest.fixture()
def fonts_without_unicode(monkeypatch):
    """The text layer of every page reads as control codes, as old word processors' embedded
    fonts read, while the page still prints its letters."""
    import minutebook.readers.pdf as pdf_reader

    real = pdf_reader.mend_ligatures
    monkeypatch.setattr(pdf_reader, "mend_ligatures", lambda text, *a: _unmapped(real(text, *a)))


def test_a_text_layer_in_fonts_without_letters_is_read_by_ocr(tmp_path, fonts_without_unicode):
    path = _text_pdf(tmp_path / "unmapped.pdf", [MINUTES_PAGE, SECOND_PAGE])
    doc = _read(path)
    assert (doc.status, doc.text_source, doc.ocr_pages) == ("ok", "ocr", 2)
    assert "ELMSTEAD PARISH COUNCIL" in doc.text and "Ashby Ltd" in doc.text


def test_a_text_layer_in_fonts_without_letters_needs_ocr_when_ocr_is_off(tmp_path, fonts_without_unicode):
    path = _text_pdf(tmp_path / "unmapped.pdf", [MINUTES_PAGE, SECOND_PAGE])
    doc = _read(path, ocr=False)
    assert doc.status == "needs_ocr" and doc.lines == []
    assert "2 page(s) printed in fonts with no map to letters" in doc.error


@pytest.mark.parametrize("text,expected", [
    (_unmapped("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION, 5 September 2000"), True),
    ("1,234  2,345  3,456  £12.00  $4,000.00  (1,200)  12.5%  7/8/24\n" * 3, False),  # figures
    ("Apologies ........................................ 3\nMinutes ......... 4\n", False),  # dot leaders
    ("Ordre du jour\nProcès-verbal de la séance du 12 juillet\n" * 2, False),
    ("\x01\x02 short", False),  # too little to judge
])
def test_garbled_tells_codes_from_text(text, expected):
    from minutebook.readers.pdf import garbled

    assert garbled(text) is expected

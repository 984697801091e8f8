"""PDF reader: page mapping, running headers/footers, and bad PDFs recorded, not raised."""

from __future__ import annotations

import pytest

from minutebook.readers import read_document
from tests.pdfgen import image_only_pdf, text_pdf

PAGE_1 = [
    "MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.",
    "PRESENT: Mr A Baker (Chairman), Mrs C Dunn and Mr E Fox",
    "12. Apologies",
    "(Item 1)",
]
PAGE_2 = ["13. Budget Monitoring", "(Item 2)", "RESOLVED that the report be noted."]
PAGE_3 = ["14. Any Other Business", "(Item 3)", "There was none."]


def _read(path):
    return read_document(path, path.read_bytes())


def test_pdf_reader_maps_lines_to_pages_and_drops_headers_footers(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [PAGE_1, PAGE_2, PAGE_3], header="Cabinet - 30 January 2025")
    doc = _read(path)
    assert doc.status == "ok" and doc.media_type == "pdf" and doc.pages == 3
    assert doc.lines == PAGE_1 + PAGE_2 + PAGE_3  # no "Page N", no banner
    assert doc.line_pages == [1] * 4 + [2] * 3 + [3] * 3
    assert doc.page_of(doc.lines.index("RESOLVED that the report be noted.") + 1) == 2


def test_pdf_reader_keeps_a_title_that_a_running_header_repeats(tmp_path):
    """A browser prints the committee's name as a small running header on every page; the
    same words printed as the title in the body of page 1 are the title, not furniture."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "agenda.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number in (1, 2, 3):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, height - 20, "Improving Places Select Commission")
        pdf.drawString(width / 2, 20, f"Page {number}")
        y = height - 120
        if number == 1:
            pdf.setFont("Helvetica-Bold", 16)
            pdf.drawString(60, y, "Improving Places Select Commission")
            y -= 30
        pdf.setFont("Helvetica", 10)
        for k in range(3):
            pdf.drawString(60, y, f"Paragraph {number}.{k} of the agenda.")
            y -= 14
        pdf.showPage()
    pdf.save()
    doc = _read(path)
    assert doc.lines.count("Improving Places Select Commission") == 1  # the title, not the headers
    title = doc.lines.index("Improving Places Select Commission") + 1
    style = doc.style(title)
    assert style.bold and style.size > doc.style(title + 1).size
    assert not any(line.startswith("Page ") for line in doc.lines)
    assert [doc.page_of(n) for n, line in enumerate(doc.lines, 1) if line.startswith("Paragraph 3")] == [3] * 3


def test_pdf_reader_keeps_a_bold_letterhead_on_the_first_page(tmp_path):
    """A Word letterhead ("Lincoln Square ... / Commission Meeting Minutes") is printed at the
    top of every page in large bold type: on page 1 it is the title."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "minutes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    for number in (1, 2):
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(150, height - 50, "Harbour Works Commission Minutes")
        pdf.setFont("Helvetica", 10)
        y = height - 100
        for k in range(4):
            pdf.drawString(72, y, f"Paragraph {number}.{k} of the minutes of the meeting.")
            y -= 14
        pdf.showPage()
    pdf.save()
    doc = _read(path)
    assert doc.lines.count("Harbour Works Commission Minutes") == 1 and doc.line_pages[0] == 1


def test_pdf_reader_gives_each_line_its_position_and_weight(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [PAGE_1], footer=False)
    doc = _read(path)
    first = doc.style(1)
    assert first.x0 == pytest.approx(50, abs=2) and 45 <= first.top <= 60 and not first.bold
    assert doc.style(2).top > first.top
    assert doc.page_sizes == [(595.3, 841.9)]


def test_pdf_reader_keeps_text_that_only_looks_like_a_number_mid_page(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [["Votes", "For", "42", "Against", "3", "Carried"]], footer=False)
    assert _read(path).lines == ["Votes", "For", "42", "Against", "3", "Carried"]


def test_pdf_reader_scanned_pdf_needs_ocr(tmp_path):
    doc = _read(image_only_pdf(tmp_path / "scan.pdf"))
    assert doc.status == "needs_ocr"
    assert "no text layer" in doc.error
    assert doc.pages is None and doc.lines == []


def test_pdf_reader_encrypted_pdf_is_error(tmp_path):
    path = text_pdf(tmp_path / "locked.pdf", [PAGE_1], encrypt="s3cret")
    doc = _read(path)
    assert doc.status == "error"
    assert "encrypted" in doc.error


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("junk.pdf", bytes(range(256)) * 8, "not a PDF"),
        ("error-page.pdf", b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "HTML page"),
        ("empty.pdf", b"", "empty document"),
        ("header-only.pdf", b"%PDF-1.7\n%garbage that is not a pdf body", "PDF"),
    ],
)
def test_pdf_reader_bad_bytes_are_errors(tmp_path, name, data, message):
    doc = read_document(tmp_path / name, data)
    assert doc.status == "error"
    assert message in doc.error


def test_pdf_reader_truncated_pdf_is_error_or_partial_never_raises(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [PAGE_1, PAGE_2, PAGE_3])
    data = path.read_bytes()
    doc = read_document(tmp_path / "cut.pdf", data[: len(data) // 3])
    # PDFium may recover some pages of a cut file; either way the reader reports, not raises.
    assert doc.status in {"error", "ok", "needs_ocr"}
    if doc.status == "error":
        assert doc.error


def test_pdf_reader_page_limit(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [PAGE_1, PAGE_2, PAGE_3])
    doc = read_document(path, path.read_bytes(), {"max_pages": 2})
    assert doc.status == "error"
    assert "too many pages" in doc.error


def test_pdf_reader_finds_ruled_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "t.pdf"
    data = [["Ref", "Action", "Status"], ["1", "Circulate the strategy", "Open"], ["2", "Book the venue", "Done"]]
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    doc = _read(path)
    assert doc.status == "ok"
    assert len(doc.pdf_tables) == 1
    found = doc.pdf_tables[0]
    assert found.rows == data
    assert found.page == 1
    assert doc.lines[found.line_start - 1].startswith("Ref")


def test_pdf_reader_finds_unruled_action_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Ref", "Action", "Owner", "Status"], ["1", "Circulate the mid-year review slides", "JG", "Complete"],
            ["2", "Book the April training session", "KL", "Open"]]
    path = tmp_path / "note.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Treasury group meeting note, 3 March 2025", style), Paragraph("Actions", style), Table(rows)]
    )
    doc = _read(path)
    assert [t.rows for t in doc.pdf_tables] == [rows]


def test_pdf_reader_prose_page_runs_no_table_finder(tmp_path):
    path = text_pdf(tmp_path / "m.pdf", [PAGE_1, PAGE_2])
    assert _read(path).pdf_tables == []


def test_pdf_reader_line_end_hyphens_kept_in_names_and_compounds_dropped_in_broken_words(tmp_path):
    # PDFium marks every hyphen ending a printed line as soft. A double-barrelled name, an
    # acronym or a compound keeps it; a word broken by hyphenation that the document prints
    # whole elsewhere ("construction") loses it.
    path = text_pdf(tmp_path / "hyphens.pdf", [[
        "Apologies were received from Mr Barrington-",
        "King and Mr Crow-",
        "Brown. The construc-",
        "tion of the cross-",
        "border link and the UK-",
        "France survey were noted; the sub-",
        "division plan was deferred until construction starts.",
    ]])
    text = " ".join(_read(path).lines)
    assert "Mr Barrington-King and Mr Crow-Brown." in text
    assert "The construction of the cross-border link and the UK-France survey" in text
    assert "the sub-division plan" in text
    assert "\u00ad" not in text


def test_resolve_soft_hyphens_prefers_the_form_the_document_prints():
    from minutebook.readers.pdf import resolve_soft_hyphens

    lines = ["a co\u00adordinated plan", "the coordinated approach", "a decision\u00admaking body",
             "the decision-making process", "informa\u00adtion sharing"]
    assert resolve_soft_hyphens(lines)[:4:2] == ["a coordinated plan", "a decision-making body"]
    # Neither form printed elsewhere and neither part a word of the document: a broken word.
    assert resolve_soft_hyphens(lines)[4] == "information sharing"


def test_pdf_reader_table_lines_found_by_whole_words(tmp_path):
    # The last row starts "15": the line printing "515" earlier is not where it is.
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [["Ref", "Directorate", "2026-27"], ["1", "Adult Social Care", "515"], ["2", "Borrowing", "45,168"],
            ["15", "Total Finance", "282,851"]]
    path = tmp_path / "t.pdf"
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    doc = _read(path)
    found = doc.pdf_tables[0]
    assert doc.lines[found.line_start - 1].startswith("Ref")
    assert doc.lines[found.line_end - 1].startswith("15 Total Finance")


def test_join_broken_lines_joins_ordinals_only_after_a_day():
    """A Word-made PDF's raised ordinal ("15" + superscript "th") comes out of PDFium's text on a
    line of its own, with the rest of the date ("th September 2020")."""
    from minutebook.readers.pdf import join_broken_lines

    assert join_broken_lines(["on 15", "th September", "page 2"]) == ["on 15th September", "page 2"]
    # a figure that is not a day, or a line that is a word beginning "th", stays apart
    assert join_broken_lines(["total 2024", "th September"]) == ["total 2024", "th September"]
    assert join_broken_lines(["on 15", "the Clerk said"]) == ["on 15", "the Clerk said"]
    lines, styles = join_broken_lines(["Held on 2", "nd March", "Present:"], ["big", "small", "plain"])
    assert (lines, styles) == (["Held on 2nd March", "Present:"], ["big", "plain"])


def test_framed_prose_is_not_a_table():
    from minutebook.readers.pdf import framed_prose

    boxed = [["", "1. Engagement with the police to advise on our intent to launch a speed watch to"],
             ["ensure we keep on the right side of the law and to seek their support in doing so", ""]]
    names = [["Chris Smith"], ["Marion Archard"]]
    grid = [["Convenor's report", "Craig Ritchie", "Draft a response to the roads department"],
            ["Planning", "Secretary", "Poll local views"]]
    assert framed_prose(boxed)
    assert not framed_prose(names) and not framed_prose(grid)


def test_realign_columns_puts_a_header_back_over_its_body():
    from minutebook.readers.pdf import realign_columns

    offset = [["", "Agenda item", "", "", "Who", "", "", "What", ""],
              ["Environment", "", "", "Carole Spencer", "", "", "Purchase pet scanner", "", ""],
              ["Paths", "", "", "Watson Robinson", "", "", "Write to the landowner", "", ""]]
    assert realign_columns(offset) == [["Agenda item", "Who", "What"],
                                       ["Environment", "Carole Spencer", "Purchase pet scanner"],
                                       ["Paths", "Watson Robinson", "Write to the landowner"]]
    dated = [["", "Meeting date", "", "", "Who", ""], ["18.8.20", "", "", "Cllr Paterson", "", ""]]
    assert realign_columns(dated) == [["Meeting date", "Who"], ["18.8.20", "Cllr Paterson"]]
    # a header standing over its body, with an empty cell here and there, is left alone
    aligned = [["Ref", "Action", "Owner"], ["1", "Write to the landowner", ""], ["2", "", "Clerk"]]
    assert realign_columns(aligned) == aligned


@pytest.mark.parametrize("header", ["October 22, 2019 Council Minutes", "Finance Committee - 3 March 2025"])
def test_pdf_reader_drops_a_page_number_under_the_running_header(tmp_path, header):
    """The running header is the page's first line and its number the second: once the header
    is dropped the number is the outermost line, and goes too, so a sentence broken over the
    page reads on ("... from the Sault Ste. Marie Airport" / "Development Corporation ...")."""
    from tests.pdfgen import styled_pdf

    bodies = [["Resolved that the report be approved for the application from the", "Sault Ste. Marie Airport"],
              ["Development Corporation for its expansion project.", "Carried"],
              ["7.4 Adjournment", "The meeting closed at 9 pm."]]
    pages = [[(header, {"centre": True, "size": 9, "top": 30}), (str(number), {"centre": True, "size": 9, "top": 44}),
              *[(line, {"x": 72, "size": 11, **({"top": 90} if k == 0 else {})}) for k, line in enumerate(body)]]
             for number, body in enumerate(bodies, start=1)]
    path = styled_pdf(tmp_path / "council.pdf", pages)
    doc = _read(path)
    assert doc.lines == [line for body in bodies for line in body]


@pytest.mark.parametrize("numbers,headings", [
    (["16/134", "16/135", "16/136"], ["APOLOGIES – Apologies had been received from Cllrs. Hurst and Spurdle",
                                      "MINUTES – The Minutes of the last meeting were approved and signed.",
                                      "FINANCE – The bank reconciliation was approved."]),
    (["7.", "8.", "9."], ["Lengthsman work – The ditch in Ridge Common Lane has been cleared.",
                          "Roads and traffic – The Chairman has written to the highway authority.",
                          "Footpaths – No progress has been made because of the weather."]),
])
def test_pdf_reader_puts_a_margin_column_of_numbers_back_beside_its_items(tmp_path, numbers, headings):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    # The body is drawn first and the numbers column after it, as some writers lay it out:
    # PDFium then reads the numbers as a block of their own after the text.
    tops = [200, 240, 280]
    page = [("STEEP PARISH COUNCIL", {"bold": True, "top": 80, "x": 230})]
    for top, heading in zip(tops, headings):
        page += [(heading, {"x": 80, "top": top}), ("and the matter was noted.", {"x": 80})]
    # (the numbers column sits a point or two off the text's baselines)
    page += [(number, {"x": 35, "top": top + 2}) for top, number in zip(tops, numbers)]
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    doc = read_document(path, path.read_bytes())
    assert [line for line in doc.lines if line.split(" ")[0] in numbers] == [
        f"{n} {h}" for n, h in zip(numbers, headings)]
    assert not any(line.strip() in numbers for line in doc.lines)


def _styled(rows):
    from minutebook.document import LineStyle

    return [text for text, _, _ in rows], [LineStyle(size=10, x0=x, x1=x + 6 * len(text), top=top)
                                           for text, x, top in rows]


def test_margin_numbers_need_a_column_of_them():
    from minutebook.readers.pdf_layout import attach_margin_labels

    # one bare number beside a paragraph, and a "7" cut from "£1,835.0" / "7": no column, left alone
    lines, styles = _styled([("Roads and traffic – The Chairman wrote.", 80, 200), ("Total : £1,835.0", 85, 240),
                             ("12", 35, 200), ("7", 178, 240)])
    assert attach_margin_labels(lines, styles)[0] == lines


def test_margin_numbers_join_paragraph_starts_not_wrapped_lines():
    from minutebook.readers.pdf_layout import attach_margin_labels

    lines, styles = _styled([("NEIGHBOURHOOD WATCH – In Cllr. Hurst's absence, this item was deferred until", 80, 494),
                             ("December meeting.", 80, 506), ("MILL LANE MAP BOARD – Cllr. Martin will look into it.", 80, 532),
                             ("Clerk", 531, 532), ("16/142", 35, 504), ("16/143", 35, 542)])
    assert attach_margin_labels(lines, styles)[0] == [
        "16/142 NEIGHBOURHOOD WATCH – In Cllr. Hurst's absence, this item was deferred until", "December meeting.",
        "16/143 MILL LANE MAP BOARD – Cllr. Martin will look into it.", "Clerk"]


@pytest.mark.parametrize("footer", ["Minutes for the Committee meeting on 16.06.2011 - {n}", "CUCC AGM 2009 / {n}"])
def test_pdf_reader_drops_a_footer_that_ends_in_its_page_number(tmp_path, footer):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    pages = []
    for n in range(1, 4):
        page = [(f"Issue {n}:", {"bold": True, "top": 80 if n > 1 else 120})]
        page += [(f"Point {k} of the issue was discussed and noted by the committee.", {}) for k in range(1, 6)]
        page += [(footer.format(n=n), {"top": 780, "size": 8, "bold": True})]
        pages.append(page)
    path = styled_pdf(tmp_path / "minutes.pdf", pages)
    doc = read_document(path, path.read_bytes())
    assert not any(footer.format(n=n) in line for n in range(1, 4) for line in doc.lines)
    assert [line for line in doc.lines if line.startswith("Issue")] == ["Issue 1:", "Issue 2:", "Issue 3:"]


@pytest.mark.parametrize("header", ["{n} COUNCIL OF THE CITY OF LAKEMOUTH", "{n} PROCEEDINGS OF THE BOROUGH BOARD"])
def test_pdf_reader_drops_a_header_printed_on_facing_pages_only(tmp_path, header):
    """A Hansard-style book prints its running header, page number first, on the even pages
    only: three pages of seven is under half, but all of one hand."""
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    pages = []
    for n in range(1, 8):
        page = [(header.format(n=n), {"top": 40, "size": 12, "bold": True})] if n % 2 == 0 else []
        page += [(f"ITEM {n} BUSINESS", {"bold": True, "top": 90, "centre": True})]
        page += [(f"Point {k} of the business was discussed and noted by the council.", {}) for k in range(1, 6)]
        pages.append(page)
    path = styled_pdf(tmp_path / "hansard.pdf", pages)
    doc = read_document(path, path.read_bytes())
    assert not any(header.format(n=n) in line for n in range(1, 8) for line in doc.lines)
    assert [line for line in doc.lines if line.startswith("ITEM")] == [f"ITEM {n} BUSINESS" for n in range(1, 8)]


@pytest.mark.parametrize("header,rows", [
    (["Chq No.", "Amount", "Payee", "Service"],
     [["100101", "£35.00", "Commissioner", "Registration"], ["100102", "£665.00", "Rook-Blackstone", "Lengthsman"],
      ["100103", "£16.80", "Town Council", "Dog bins"]]),
    (["Date", "Payee", "Details", "Amount"],
     [["03/11", "HALC", "Training", "£24.00"], ["05/11", "Mapping Ltd", "Licence", "£36.00"],
      ["09/11", "J. Hollington", "Salary", "£685.07"]]),
])
def test_pdf_reader_reads_an_unruled_schedule_of_payments_on_a_page_with_rules(tmp_path, header, rows):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    # underlined headings: rules drawn for other things than the table
    page = [("STEEP PARISH COUNCIL", {"bold": True, "size": 11, "x": 200})]
    page += [(f"HEADING {k + 1} – The matter was discussed and noted.", {"x": 80, "gap": 16, "underline": True})
             for k in range(8)]
    page += [("(b) The following payments were approved:", {"x": 80, "gap": 16})]
    page += [(cells[0], {"x": 85, "right": list(zip((160, 240, 360), cells[1:]))}) for cells in [header, *rows]]
    path = styled_pdf(tmp_path / "payments.pdf", [page])
    doc = read_document(path, path.read_bytes())
    assert [t.rows for t in doc.pdf_tables][:1] == [[header, *rows]]


@pytest.mark.parametrize("line,header", [("Chq No. Amount Payee Service", True), ("Date Payee Details Amount", True),
                                         ("Date of the meeting: the total cost was agreed by all.", False),
                                         ("Payment of the invoice was approved, the amount being £40 in total;", False),
                                         # a column list may end in an abbreviation, a sentence not
                                         ("VENDOR COMMODITY AMOUNT DEPT.", True), ("No. Action Owner Due Dept.", True),
                                         ("No Action at this time.", False), ("Item Action noted by the Lead.", False),
                                         ("FEBRUARY____Description____INCOME EXPENSES BALANCE", True)])
def test_a_payments_header_is_column_names_not_a_sentence(line, header):
    from minutebook.readers.pdf import _unruled_header_on

    assert _unruled_header_on([line]) is header


@pytest.mark.parametrize("line,header", [("VENDOR COMMODITY AMOUNT DEPT.", True), ("Ref Action Owner Status", True),
                                         ("No Action at this time.", False), ("Item Action noted by the Lead.", False)])
def test_the_header_line_a_table_is_read_under_is_no_sentence(line, header):
    from minutebook.readers.pdf import _UNRULED_HEADER

    assert bool(_UNRULED_HEADER.match(line)) is header

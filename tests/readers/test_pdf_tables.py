"""Ruled tables read from PDFium objects agree with pdfplumber's own table finder."""

from __future__ import annotations

import pytest

from minutebook.readers import read_document
from tests.conftest import REAL, needs_shared


def _ruled_pdf(path, rows, repeat_rows=1, spans=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]
    style += spans or []
    table = Table(rows, repeatRows=repeat_rows)
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def _tables(path, engine):
    doc = read_document(path, path.read_bytes(), {"table_engine": engine})
    return [(t.page, t.rows) for t in doc.pdf_tables]


@pytest.mark.parametrize(
    "rows, spans",
    [
        ([["No", "Owner", "Action", "Due"]] + [[str(i), "Ann Lee & Bo Chan", f"Report on item {i}", "1 May 2025"]
                                               for i in range(1, 70)], None),  # over two pages
        ([["Ref", "Action", "Status"], ["1", "Merged across two columns", ""], ["2", "Book the venue", "Done"]],
         [("SPAN", (1, 1), (2, 1))]),
        ([["Measure", "2023", "2024"], ["Homes", "212", ""], ["Grants", "", "22"]], None),  # empty cells stay empty
    ],
)
def test_pdf_tables_pdfium_engine_matches_pdfplumber(tmp_path, rows, spans):
    path = _ruled_pdf(tmp_path / "t.pdf", rows, spans=spans)
    assert _tables(path, "pdfium") == _tables(path, "pdfplumber")
    assert _tables(path, "pdfium")[0][1][0] == rows[0]


@needs_shared
def test_pdf_tables_risk_register_same_in_both_engines_without_hidden_text():
    # A landscape register exported from a spreadsheet: each page repeats the band label
    # "Significant Risks (over £10m)" clipped to a 1.5-point row (printed nowhere), and
    # shades directorate cells with stacked rectangles (gradients). Both engines leave the hidden
    # label out and keep each shaded cell whole.
    path = REAL / "lusavkaedu__council-assistant__Appendix_J_-_Budget_Risk_Register.pdf"
    mine, theirs = _tables(path, "pdfium"), _tables(path, "pdfplumber")
    assert mine == theirs
    cells = [cell for _, rows in mine for row in rows for cell in row]
    assert not any(c.startswith(("t Risks (over", "£10m)")) or "Siifit" in c or "Significant ALL" in c for c in cells)
    assert cells.count("Significant Risks (over £10m)") == 1  # the one band row printed, page 1
    second_page = [row[:2] for page, rows in mine if page == 2 for row in rows]
    assert ["ASCH / CYPE", "Market Sustainability"] in second_page
    assert ["CYPE", ""] not in [row[:2] for row in second_page]
    # Page 10 shades a cell with bands under 2 points high: taken for rulings, they pulled
    # the row's top border into its middle and cut every cell of the row in two.
    tenth_page = [row for page, rows in mine if page == 10 for row in rows]
    assert ["CYPE / DCED", "Reduction in DFE grants for central services for schools and review of school "
            "services provided by the Local Authority"] in [row[:2] for row in tenth_page]
    doc = read_document(path, path.read_bytes())
    assert not any("Significant Risks" in line for line in doc.lines[doc.line_pages.index(2):])


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_tables_clipped_out_text_and_shaded_cell(tmp_path, engine):
    from tests.pdfgen import register_pdf

    path = register_pdf(tmp_path / "register.pdf")
    doc = read_document(path, path.read_bytes(), {"table_engine": engine})
    assert [t.rows for t in doc.pdf_tables] == [[
        ["Directorate", "Risk Title", "Consequence", "Exposure £m"],
        ["ASCH / CYPE", "Market Sustainability", "Provider closures reduce choice", "28.4"],
        ["ALL", "Revenue Inflation", "Unfunded cost pressure", "14.0"],
    ]]
    assert not any("Significant" in line for line in doc.lines)


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("under\ufffeinvestment", "under-investment"),  # PDFium: a soft hyphen, no line break
        ("under-\ninvestment", "under-investment"),  # pdfplumber: hyphen, then a new line
        ("2021-\r\n22", "2021-22"),
        ("Crow\u00ad\r\nBrown", "Crow-Brown"),
        ("construc-\ntion of the road", "construction of the road"),  # a word broken by hyphenation
        ("Ann Lee -\nchair", "Ann Lee - chair"),  # a spaced dash is not a word's hyphen
        ("Provider\nclosures", "Provider closures"),
    ],
)
def test_pdf_tables_cell_line_end_hyphens_settled_like_the_text_lines(printed, expected):
    # A cell keeps a line-end hyphen as the soft-hyphen marker, and the reader settles it
    # with the rule (and the vocabulary) it uses for the document's lines.
    from minutebook.readers.pdf import soft_hyphen_resolver
    from minutebook.readers.pdf_tables import one_line

    document = ["Investment in the network", "Ann Lee chaired the panel."]
    assert soft_hyphen_resolver(document)(one_line(printed)) == expected


def test_resolve_soft_hyphens_keeps_a_year_range_broken_at_a_line_end():
    from minutebook.readers.pdf import resolve_soft_hyphens

    assert resolve_soft_hyphens(["the 2025\u00ad26 budget and the 2026\u00ad27 plan"]) == [
        "the 2025-26 budget and the 2026-27 plan"]


def test_pdf_tables_unruled_text_strategy_matches_pdfplumber(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    rows = [["Ref", "Action", "Owner", "Status"], ["1", "Circulate the mid-year review slides", "JG", "Complete"],
            ["2", "Book the April training session", "KL", "Open"], ["3", "Chase the audit response", "MN", "Open"]]
    path = tmp_path / "note.pdf"
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Action points", style), Table(rows)])
    assert _tables(path, "pdfium") == _tables(path, "pdfplumber") == [(1, rows)]


_TEXT_WORDS = set("""no update on the hgv signage school parking cllr rochford has very generously offered to
donate land for additional an action plan with ywca providing a dedicated lead worker deliver hands-on
support family and coordinate increase in numbers improvement performance direction of travel status
clerk write thank him book venue owner due""".split())


@pytest.mark.parametrize(
    "rows, prose",
    [
        # a parish's minutes under underlined headings, cut by the lines around them
        ([["No update on the HGV sign", "nage.", "", ""], ["School parking. Cllr Rochfo", "ord has very",
          "generously offered to", "donate land for"], ["additional", "school", "parking", "spaces"]], True),
        # a report's paragraph inside a drawn box, cut at every column edge
        ([["action plan wi", "th YWCA prov", "viding a dedic", "cated lead worker to"],
          ["o deliver hand", "ds-on suppo", "ort to the family and", "coordinat"]], True),
        # a legend: lower-case phrases, every word whole
        ([["DOT - direction of travel", "", "RAG status", ""], ["", "increase in numbers", "", "improvement in performance"],
          ["", "decrease in numbers", "", "decline in performance"], ["", "no change", "", "no change in performance"]], False),
        # an action log
        ([["No", "Owner", "Action", "Due"], ["1", "Clerk", "write to thank him", "May"],
          ["2", "Ann Lee", "book the venue", "June"]], False),
    ],
    ids=["parish-prose", "boxed-report-prose", "legend", "action-log"],
)
def test_pdf_tables_prose_cut_into_columns_is_not_a_table(rows, prose):
    from minutebook.readers.pdf import prose_cut_into_columns

    assert prose_cut_into_columns(rows, _TEXT_WORDS | {"decrease", "decline", "change", "may", "june"}) is prose

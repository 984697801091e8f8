"""Tables extractor: text tables (tab, pipe, HTML), PDF tables merged across pages, real packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.tables import extract_tables
from minutebook.document import Document, PdfTable, document_from_text
from minutebook.readers import read_document
from tests.conftest import FIXTURES, REAL, SEEDS, needs_shared

KEYS = ("index", "header", "rows", "n_rows", "n_cols", "line_start", "line_end")
TEXT_FIXTURES = ["tables/pipe_table.txt", "tables/html_table.txt"]


def _read(path: Path) -> Document:
    return read_document(path, path.read_bytes())


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_tables_match_expected_json(name):
    path = FIXTURES / name
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = [{k: t[k] for k in KEYS} for t in extract_tables(_read(path))]
    assert got == expected


def test_tables_action_log_repeated_header_is_one_table():
    doc = _read(FIXTURES / "actions" / "lscb_action_log.txt")
    tables = extract_tables(doc)
    assert len(tables) == 1
    table = tables[0]
    assert table["header"] == ["No:", "Owner:", "Details:", "Update:", "Due:"]
    assert [r[0] for r in table["rows"]] == ["1.", "2.", "3.", "4.", "5.", "6."]
    # Row 4 is split by the page break: its continuation (empty number cell) is joined, not a row.
    assert table["rows"][3][2].endswith("explaining that a nil return is still required by the Board.")
    assert table["rows"][3][3] == "12.01.2026 Letters drafted and awaiting sign off by the Chair."
    assert table["row_lines"][3] == [14, 15]
    assert table["row_sections"][4] == "Actions Discharged on 12.02.2026"


@pytest.mark.parametrize(
    "text, n_tables",
    [
        ("", 0),
        ("Just a paragraph.\nAnd another.", 0),
        ("one\ttwo", 0),  # a single tab line is not a table
        ("\x00\t\t\t\n\t\t", 0),
        ("a\tb\nc\td\n\n\nPage 3\n\nSome unrelated prose that goes on for a while.\na\tb\ne\tf", 2),
    ],
)
def test_tables_odd_text_never_raises(text, n_tables):
    assert len(extract_tables(document_from_text(text))) == n_tables


@pytest.mark.parametrize(
    "rows, expected_rows",
    [
        # A units row under the header folds into it; the empty number cell continues a row.
        (
            [[["Ref", "Risk", "Exposure"], ["", "", "£m"], ["1", "Inflation", "4.0"]],
             [["Ref", "Risk", "Exposure"], ["", "", "£m"], ["", "continues here", ""], ["2", "Demand", "2.5"]]],
            [["1", "Inflation continues here", "4.0"], ["2", "Demand", "2.5"]],
        ),
    ],
)
def test_tables_pdf_tables_merge_across_pages(rows, expected_rows):
    lines = ["Ref Risk Exposure", "£m", "1 Inflation 4.0", "Ref Risk Exposure", "£m", "continues here", "2 Demand 2.5"]
    doc = Document(doc_id="0" * 64, source_path="x.pdf", media_type="pdf", lines=lines,
                   line_pages=[1, 1, 1, 2, 2, 2, 2],
                   pdf_tables=[PdfTable(page=1, rows=rows[0], bbox=(0, 0, 1, 1), line_start=1, line_end=3),
                               PdfTable(page=2, rows=rows[1], bbox=(0, 0, 1, 1), line_start=4, line_end=7)])
    tables = extract_tables(doc)
    assert len(tables) == 1
    assert tables[0]["header"] == ["Ref", "Risk", "Exposure £m"]
    assert tables[0]["rows"] == expected_rows
    assert (tables[0]["page"], tables[0]["line_start"], tables[0]["line_end"]) == (1, 1, 7)


def _ruled_table_pdf(path: Path, header: list[str], pages: list[list[list[str]]]) -> Path:
    """Given a header and data rows per page, write a PDF with a ruled table repeated per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, PageBreak, Paragraph
    from reportlab.lib.styles import getSampleStyleSheet

    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = [Paragraph("Action Log – Ashcombe Safeguarding Adults Board", getSampleStyleSheet()["Heading2"])]
    for i, rows in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(Table([header] + rows, colWidths=[40, 110, 300], style=style))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_tables_pdf_ruled_table_over_two_pages_is_one_table(tmp_path):
    header = ["No", "Owner", "Action"]
    page_1 = [[str(n), "Harriet Vane", f"Circulate briefing note number {n} to members"] for n in range(1, 6)]
    page_2 = [[str(n), "Tom Oakley", f"Report back on referral sample {n}"] for n in range(6, 9)]
    doc = _read(_ruled_table_pdf(tmp_path / "log.pdf", header, [page_1, page_2]))
    assert doc.status == "ok" and len(doc.pdf_tables) == 2  # the reader finds one per page
    tables = extract_tables(doc)
    assert len(tables) == 1
    table = tables[0]
    assert table["header"] == header
    assert table["rows"] == page_1 + page_2
    assert (table["n_rows"], table["n_cols"], table["page"]) == (8, 3, 1)
    assert doc.page_of(table["line_end"]) == 2


@needs_shared
def test_tables_seed_002_action_log_is_one_table_of_37_rows():
    doc = _read(SEEDS / "002_71859f5745ebed0e.txt")
    logs = [t for t in extract_tables(doc) if t["header"][:2] == ["No:", "Owner:"]]
    assert len(logs) == 1
    assert logs[0]["n_rows"] == 37
    assert [r[0] for r in logs[0]["rows"]] == [f"{n}." for n in range(1, 38)]
    # Row 25 is split by a page break and a repeated header; its continuation is joined.
    assert "Phil Morris undertook to arrange a meeting" in logs[0]["rows"][24][2]


@needs_shared
def test_tables_seed_002_pipe_table_keeps_odd_empty_header():
    doc = _read(SEEDS / "002_71859f5745ebed0e.txt")
    pipe = [t for t in extract_tables(doc) if t["rows"] and t["rows"][0][0] == "Priority 1"]
    assert len(pipe) == 1 and pipe[0]["header"] == ["", ""] and pipe[0]["n_rows"] == 5


@needs_shared
def test_tables_kent_risk_register_merges_eleven_pages():
    path = REAL / "lusavkaedu__council-assistant__Appendix_J_-_Budget_Risk_Register.pdf"
    tables = extract_tables(_read(path))
    assert len(tables) == 1
    table = tables[0]
    assert table["header"][0] == "Directorate" and table["header"][-1].endswith("£m")
    assert table["n_cols"] == 8 and table["n_rows"] >= 30
    assert not any(row[:2] == ["Directorate", "Risk Title"] for row in table["rows"])  # repeats dropped

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
def test_pdf_tables_risk_register_close_to_pdfplumber():
    # A landscape register with shaded cells and a vertical watermark: the engines agree on
    # every table, header and column; on one page PDFium's rulings split a shaded section row
    # that pdfplumber keeps whole (both garble that watermark cell).
    path = REAL / "lusavkaedu__council-assistant__Appendix_J_-_Budget_Risk_Register.pdf"
    mine, theirs = _tables(path, "pdfium"), _tables(path, "pdfplumber")
    assert [(p, r[0], len(r[0])) for p, r in mine] == [(p, r[0], len(r[0])) for p, r in theirs]
    assert all(abs(len(a[1]) - len(b[1])) <= 1 for a, b in zip(mine, theirs))


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

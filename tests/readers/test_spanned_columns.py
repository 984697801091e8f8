"""Ruled grids whose rows are ruled differently: a column that most rows span over is part of
its neighbour (readers/pdf_tables.merge_spanned_columns), on two bodies' forms and on pure grids."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.readers.pdf import read_pdf_pages
from minutebook.readers.pdf_tables import merge_spanned_columns

pytest.importorskip("reportlab")


def _grid_pdf(path: Path, rows: list[list[tuple[float, float, str]]], top: float = 720, height: float = 22,
              heading: tuple[str, ...] = ("Minutes of the Board meeting",)) -> Path:
    """Given rows of (x0, x1, text) cells, draw each cell as its own ruled box, one row under
    the other, the way word processors print a form whose rows are split differently."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    for k, line in enumerate(heading):
        pdf.drawString(40, top + 30 + 14 * (len(heading) - 1 - k), line)
    for r, row in enumerate(rows):
        y1 = top - r * height
        y0 = y1 - height
        for x0, x1, text in row:
            pdf.rect(x0, y0, x1 - x0, height, stroke=1, fill=0)
            if text:
                pdf.drawString(x0 + 3, y0 + 7, text)
    pdf.drawString(40, top - len(rows) * height - 30, "The meeting closed at 8.15 pm.")
    pdf.showPage()
    pdf.save()
    return path


def _tables(path: Path) -> list[list[list[str]]]:
    return [t.rows for t in read_pdf_pages(path.read_bytes()).tables]


def test_a_motion_box_whose_outcome_row_is_ruled_elsewhere_keeps_two_columns(tmp_path):
    # A homeowners' board prints every motion as a label | value box; the outcome row's rules
    # fall at other places, which cuts the grid into five columns.
    label, value = (40, 160), (160, 560)
    rows = [[(*label, "Motion:"), (*value, "To approve the minutes of 9 March.")],
            [(*label, "Moved by:"), (*value, "Dana Whitlow")],
            [(*label, "Seconded by:"), (*value, "Omar Field")],
            [(*label, "Abstained:"), (*value, "")],
            [(40, 100, ""), (100, 160, "Outcome:"), (160, 400, ""), (400, 560, "Motion carried")]]
    tables = _tables(_grid_pdf(tmp_path / "box.pdf", rows))
    assert tables == [[["Motion:", "To approve the minutes of 9 March."], ["Moved by:", "Dana Whitlow"],
                       ["Seconded by:", "Omar Field"], ["Abstained:", ""], ["Outcome:", "Motion carried"]]]


def test_a_payments_grid_with_a_total_row_split_differently_keeps_its_columns(tmp_path):
    # A parish schedule of payments: Payee | Purpose | Amount; the total row is ruled with the
    # label box ending inside the purpose column and the amount box starting before its column.
    cols = [(40, 200), (200, 420), (420, 540)]
    rows = [[(*cols[0], "Payee"), (*cols[1], "Purpose"), (*cols[2], "Amount")],
            [(*cols[0], "Ann Trewin"), (*cols[1], "Clerk salary, May"), (*cols[2], "612.40")],
            [(*cols[0], "Green Verge Ltd"), (*cols[1], "Grass cutting"), (*cols[2], "180.00")],
            [(*cols[0], "Hall trustees"), (*cols[1], "Room hire"), (*cols[2], "24.00")],
            [(40, 200, "Total"), (200, 380, ""), (380, 540, "816.40")]]
    tables = _tables(_grid_pdf(tmp_path / "payments.pdf", rows))
    assert tables == [[["Payee", "Purpose", "Amount"], ["Ann Trewin", "Clerk salary, May", "612.40"],
                       ["Green Verge Ltd", "Grass cutting", "180.00"], ["Hall trustees", "Room hire", "24.00"],
                       ["Total", "", "816.40"]]]


def test_columns_every_row_fills_are_never_joined():
    # A recorded vote under a caption that spans it: the caption row is the only one with
    # spanned cells, so the grid keeps its columns.
    grid = [["Recorded vote on the budget", None, None],
            ["Member", "For", "Against"],
            ["Cllr Hale", "X", ""],
            ["Cllr Ross", "", "X"]]
    assert merge_spanned_columns(grid) == grid


def test_a_sliver_column_with_text_beside_its_neighbour_stays_apart():
    # Most rows span column 1, but the one row that has it prints text in both 0 and 1: those
    # are two values, not one cell cut in two.
    grid = [["Motion:", None, "Adopt the plan"],
            ["Moved:", None, "Cllr Hale"],
            ["For", "5", ""]]
    assert merge_spanned_columns(grid) == grid


def _banded_log(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    """An attendance log shaded in alternate bands: the odd rows are two boxes, the even rows
    are ruled with thin slivers at each edge (as a word processor prints banded shading)."""
    wide = [(30, 314), (314, 580)]
    cut = [(30, 36), (36, 314), (314, 320), (320, 325), (325, 575), (575, 580)]
    grid = []
    for k, (name, title) in enumerate([("ATTENDEES", "TITLE"), *rows]):
        if k % 2 == 0:
            grid.append([(*wide[0], name), (*wide[1], title)])
        else:
            grid.append([(*cut[0], ""), (*cut[1], name), (*cut[2], ""), (*cut[3], ""), (*cut[4], title), (*cut[5], "")])
    return _grid_pdf(tmp_path / "log.pdf", grid, heading=("Larch Court Residents Association", "Board Member Meeting",
                                                          "DATE: JULY 19, 2011", "ATTENDANCE LOG"))


@pytest.mark.parametrize("rows", [
    [("JEFF HOLLAND", "PRESIDENT"), ("PIA ARNOLD", "VICE PRESIDENT"), ("MARK BELL", "TREASURER"),
     ("MEG WARD", "SECRETARY"), ("TOM MAYS", "GENERAL")],
    [("Ruth Okafor", "Chair"), ("Dev Patel", "Secretary"), ("Lena Ortiz", "Member"), ("Sam Cole", "Member")],
])
def test_an_attendance_log_shaded_in_bands_reads_as_two_columns_of_people_present(tmp_path, rows):
    from extractors.pipeline import extract_all
    from minutebook.readers import read_document

    path = _banded_log(tmp_path, rows)
    assert _tables(path) == [[["ATTENDEES", "TITLE"], *[[n, t] for n, t in rows]]]
    people = extract_all(read_document(path, path.read_bytes()))["attendees"]
    assert [(p["name"].upper(), p["status"]) for p in people] == [(n.upper(), "present") for n, _ in rows]
    assert people[0]["role"] == "chair"

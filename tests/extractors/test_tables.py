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


def _tables_of(lines: list[str]) -> list[dict]:
    return extract_tables(document_from_text("\n".join(lines)))


def test_tables_text_caption_row_is_the_title():
    tables = _tables_of([
        "Re-referrals within 12 months (lower is better)\t\t\t",
        "Local Authority\t2022/23\t2023/24\tDiff +/-",
        "Exampleton\t21.3%\t20.7%\t-0.6%",
        "Regional\t24.6%\t23.6%\t-1%",
        "",
        "Second plans within 2 years (lower is better)\t\t\t",
        "Local Authority\t2022/23\t2023/24\tDiff +/-",
        "Exampleton\t6.0%\t8.6%\t2.6%",
        "National\t8.0%\t9.0%\t1.0%",
    ])
    assert [t["title"] for t in tables] == ["Re-referrals within 12 months (lower is better)",
                                             "Second plans within 2 years (lower is better)"]
    assert all(t["header"] == ["Local Authority", "2022/23", "2023/24", "Diff +/-"] for t in tables)
    assert [t["n_rows"] for t in tables] == [2, 2]


def test_tables_text_blank_line_inside_a_table_and_tables_that_follow_one():
    tables = _tables_of([
        "Project\tDetails\tStatus",
        "Spotlight review of school closures\tTo scope\tAgreed in March.",
        "",
        "Lifestyle survey\tReport to the subgroup in January\tMeeting to be arranged.",  # carries on
        "Holiday hunger\t\tIn scoping stage.",
        "",
        "Primary Train the Trainer\t",  # a caption: a new table
        "School\tAttendees",
        "Meadow View Primary\t2",
        "",
        "1.\tMeeting:\tHousing Scrutiny Panel",  # numbering starts again: a new table
        "2.\tDate:\t9 March 2026",
    ])
    assert [t["header"][0] for t in tables] == ["Project", "Primary Train the Trainer", "1."]
    assert [r[0] for r in tables[0]["rows"]] == ["Spotlight review of school closures", "Lifestyle survey",
                                                 "Holiday hunger"]


def test_tables_text_numbered_list_continues_over_page_furniture():
    tables = _tables_of([
        "No\tIndicator\tTarget\tResult",
        "16\tCases completing treatment\t85%\t100.00 %",
        "17\tCases closed by mutual agreement\t\t91.67 %",
        "",
        "Therapy Institute",
        "Page 122",
        "PIDR Summary Report",
        "",
        "Report Period: 10/1/2025 - 3/31/2026",
        "",
        "18\tCases discharged for lack of engagement\t< 5%\t0.00 %",
        "19\tYouth placed\t< 10%\t0.00 %",
        "",
        "Page 123",
        "",
        "1\tA different list\tx\ty",  # does not follow 19: not the same table
        "2\tIts second row\tx\ty",
    ])
    assert [r[0] for r in tables[0]["rows"]] == ["16", "17", "18", "19"]
    assert len(tables) == 2


def test_tables_text_row_cut_by_a_page_break_rejoins_after_the_repeated_header():
    tables = _tables_of([
        "Target group\tCompetencies\tActivity\tLead\tDates",
        "Group 2 Staff in regular contact with children and\tRecognises signs and\tCAF workshop\tAnn Lee\tDates: 22 April",
        "",
        "Page 12",
        "",
        "Target group\tCompetencies\tActivity\tLead\tDates",
        "parents, who may identify concerns\tacts on them.\t\t\t12 May",
        "\t\tGovernor training\tBo Chan\tMarch",
        "",
        "Page 13",
        "",
        "Target group\tCompetencies\tActivity\tLead\tDates",
        "\t\t\t\t16 June",
    ])
    assert len(tables) == 1
    rows = tables[0]["rows"]
    assert rows[0][0] == "Group 2 Staff in regular contact with children and parents, who may identify concerns"
    assert rows[0][4] == "Dates: 22 April 12 May"
    assert rows[1] == ["", "", "Governor training", "Bo Chan", "March 16 June"]


def test_tables_text_form_rows_under_an_unnumbered_row_stay_rows():
    tables = _tables_of([
        "BRIEFING\tTO:\tHousing Scrutiny Panel",
        "\tDATE:\t9 March 2026",
        "\tLEAD OFFICER:\tPriya Raman, Head of Service",
        "1. Background\t\t",
        "1.1\tIn June members visited a neighbouring council.\t",
        "1.2\tThe purpose of this briefing is to set out the options.\t",
        "\tIt follows the visit members made in June.\t",  # a broken cell under a numbered row
    ])
    rows = tables[0]["rows"]
    assert [r[1] for r in rows[:2]] == ["DATE:", "LEAD OFFICER:"]
    assert rows[-1][1] == "The purpose of this briefing is to set out the options. It follows the visit members made in June."


def test_tables_text_chart_groups_and_dash_rules_are_one_table():
    tables = _tables_of([
        "\t7.1\t7.2\t7.3",
        "Number of care leavers\t\t\t",
        "% with a pathway plan\t\t\t",
        "",
        "IN MONTH PERFORMANCE\tJan-26\t238\t94.5%",
        "\tFeb-26\t246\t93.9%",
        "",
        "YTD\t2025/26\t-\t-",
        "------------\t---------\t---\t---",
        "",
        "ANNUAL TREND\t2023/24\t183\t-",
        "\t2024/25\t197\t69.8%",
    ])
    assert len(tables) == 1
    assert [r[0] for r in tables[0]["rows"]] == ["Number of care leavers", "% with a pathway plan",
                                                 "IN MONTH PERFORMANCE", "", "YTD", "ANNUAL TREND", ""]


def test_tables_text_repeated_header_shifted_by_a_tab_continues():
    tables = _tables_of([
        "No\tIndicator\tApr\tMay",
        "1\tReferrals\t12\t14",
        "",
        "Page 4",
        "",
        "\tNo\tIndicator\tApr\tMay",
        "2\tAssessments\t9\t11",
    ])
    assert len(tables) == 1 and tables[0]["n_rows"] == 2


def test_tables_pdf_title_row_and_a_second_page_with_other_columns(tmp_path):
    # A spreadsheet printed over two pages: each page has the sheet's title across the top
    # of the grid, then its own year columns under a units row; the second page is a
    # different table (other columns), not a continuation.
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    def sheet(years):
        rows = [["CAPITAL SUMMARY 2026-27 TO 2029-30", "", "", ""],
                ["Ref", "Directorate"] + [y for y in years],
                ["", ""] + ["Year %d" % (i + 1) for i in range(len(years))],
                ["1", "Adult Social Care", "549", "515"],
                ["2", "Children's Services", "97,113", "-1,655"]]
        table = Table(rows)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 0), (-1, 0))]))
        return table

    path = tmp_path / "capital.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [sheet(["2026-27", "2027-28"]), PageBreak(), sheet(["2028-29", "2029-30"])])
    tables = extract_tables(_read(path))
    assert [(t["page"], t["title"]) for t in tables] == [(1, "CAPITAL SUMMARY 2026-27 TO 2029-30"),
                                                        (2, "CAPITAL SUMMARY 2026-27 TO 2029-30")]
    assert tables[0]["header"] == ["Ref", "Directorate", "2026-27 Year 1", "2027-28 Year 2"]
    assert tables[1]["header"][2:] == ["2028-29 Year 1", "2029-30 Year 2"]
    assert tables[0]["rows"] == [["1", "Adult Social Care", "549", "515"], ["2", "Children's Services", "97,113", "-1,655"]]


@pytest.mark.parametrize("top, header, data_1, data_2", [
    # a library board's circulation sheet: "CIRCULATION" and "YTD" over the column labels
    (["CIRCULATION", "", "", "", "YTD"], ["LOCATION", "FY", "JUL", "AUG", "%"],
     [["Belmont", "FY16", "10,263", "10,897", ""], ["", "FY17", "12,068", "12,314", "-4%"]],
     [["Main", "FY16", "12,022", "11,975", ""], ["", "FY17", "12,103", "12,264", "2%"]]),
    # a parish council's budget monitor: "BUDGET MONITORING" and "Variance" over the labels
    (["BUDGET MONITORING", "", "", "Variance"], ["Cost centre", "Budget", "Actual", "£"],
     [["Grounds", "4,000", "3,250", "750"], ["Street lights", "1,200", "1,310", "-110"]],
     [["Allotments", "600", "550", "50"], ["Hall", "2,500", "2,720", "-220"]]),
])
def test_tables_pdf_spreadsheet_with_empty_slivers_and_a_continued_header(top, header, data_1, data_2):
    # pdfplumber reads a border drawn twice as an empty column between two close rulings
    def slivered(row):
        return [""] + [cell for c in row for cell in (c, "")]

    cont = [f"{top[0]} (CONTINUED)"] + top[1:]
    page_1 = [slivered(r) for r in [top, header] + data_1]
    page_2 = [slivered(r) for r in [cont, header] + data_2]
    lines = [" ".join(c for c in r if c) for r in page_1 + page_2]
    n1 = len(page_1)
    doc = Document(doc_id="0" * 64, source_path="x.pdf", media_type="pdf", lines=lines,
                   line_pages=[1] * n1 + [2] * len(page_2),
                   pdf_tables=[PdfTable(page=1, rows=page_1, bbox=(0, 0, 1, 1), line_start=1, line_end=n1),
                               PdfTable(page=2, rows=page_2, bbox=(0, 0, 1, 1), line_start=n1 + 1, line_end=len(lines))])
    tables = extract_tables(doc)
    assert len(tables) == 1
    assert tables[0]["header"] == [f"{t} {h}".strip() for t, h in zip(top + [""] * len(header), header)]
    assert tables[0]["rows"] == data_1 + data_2


def _columns_pdf(path: Path, before: str, header: list[str], rows: list[list[str]], xs: list[int], after: str) -> Path:
    """Given a header and rows of cells and the x of each column, write a page that prints them
    as an unruled table (no lines drawn) between two paragraphs."""
    from tests.pdfgen import styled_pdf

    def line(cells, **style):
        first, *rest = cells
        return (first, {"x": xs[0], "right": [(x, c) for x, c in zip(xs[1:], rest) if c], **style})

    lines = [("Minutes of the meeting held on 8 November 2016", {"bold": True, "size": 12}), (before, {"gap": 6}),
             line(header, bold=True, gap=6)] + [line(r) for r in rows] + [(after, {"gap": 6})]
    return styled_pdf(path, [lines])


@pytest.mark.parametrize("before, header, rows, xs, after", [
    ("The following payments were approved:", ["Chq No.", "Amount", "Payee", "Service"],
     [["300604", "£174.43", "DNE Services", "V. Hall - fire doors (glosswork)"],
      ["300605", "£23.79", "Contract Natural Gas Ltd", "V. hall - gas"],
      ["300606", "£1,180.00", "HALC", "Training - Budgeting x 2"]],
     [60, 120, 190, 340],
     "Cheques for the next payment run were approved as follows and signed by two members of the council."),
    ("The recorded vote on the motion was as follows:", ["Majority", "For", "Against", "Absent"],
     [["Mayor C. Provenzo", "X", "", ""], ["Councillor P. Christie", "", "X", ""], ["Councillor L. Dufour", "", "", "X"],
      ["Results", "1", "1", "1"]],
     [60, 260, 320, 400],
     "5.5 Landfill Business and Implementation Plan"),
])
def test_tables_pdf_unruled_table_read_from_its_header_line(tmp_path, before, header, rows, xs, after):
    doc = _read(_columns_pdf(tmp_path / "minutes.pdf", before, header, rows, xs, after))
    tables = extract_tables(doc)
    assert [(t["header"], t["rows"]) for t in tables] == [(header, rows)]


def test_tables_pdf_prose_under_a_header_like_line_is_no_table(tmp_path):
    from tests.pdfgen import styled_pdf

    lines = [("Minutes of the meeting held on 8 November 2016", {"bold": True, "size": 12}),
             ("Date Description Amount", {"bold": True, "gap": 6}),
             ("The clerk reported that the description of the amount paid for the grass cutting contract", {}),
             ("was wrong in the last minutes and would be corrected before they were signed by the chair.", {})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    assert extract_tables(_read(path)) == []


def _cells_line(cells: list[str], xs: list[int], **style) -> tuple:
    """Given a row's cells (the first may be empty) and each column's x, return a styled_pdf line."""
    placed = [(x, c) for x, c in zip(xs, cells) if c]
    (x0, first), rest = placed[0], placed[1:]
    return (first, {"x": x0, "right": rest, **style})


def test_tables_pdf_labelled_purchase_grids_wrap_continue_overleaf_and_stay_apart_by_item(tmp_path):
    """A county board's purchases: rows labelled a), b) left of the grid, each cell wrapped over
    two lines, a blank line between rows, the grid running on at the top of the next page with
    no header, then a total under a rule and a legend; the next item's grid under the same
    header is another table."""
    from tests.pdfgen import styled_pdf

    xs = [60, 90, 230, 330, 420]
    head = ["", "SUPPLIER", "DESCRIPTION", "AMOUNT", "DEPT."]

    def row(label, first, second, gap=12):
        vendor, goods, dept = second
        return [_cells_line([label] + first, xs, gap=gap), _cells_line(["", vendor, goods, "", dept], xs)]

    page_1 = [("MARLOW COUNTY BOARD OF FREEHOLDERS", {"bold": True, "size": 12}),
              ("REGULAR MEETING AGENDA: TUESDAY, MARCH 3, 2026 6:00 P.M.", {"gap": 4}),
              ("*7. Purchasing - Approve the Purchasing Agent's awards under State Contracts:", {"gap": 10}),
              _cells_line(head, xs, bold=True, gap=8)]
    page_1 += row("a)", ["Harbour Fuels", "Diesel for", "$12,500.00", "Roads &"], ["Kendal, PA", "the gritters", "Bridges"], gap=4)
    page_1 += row("b)", ["Ashby Copiers", "Copier Maint. &", "$8,000.00", "Various"], ["Ashby, PA", "Toner", ""])
    page_1 += row("c)", ["Pell Hardware", "Salt and", "$41,000.00", "Roads &"], ["Dover, DE", "grit bins", "Bridges"])
    page_2 = row("d)", ["Quarry Lane Ltd", "Road Stone", "$19,250.00", "Parks"], ["Milton, NJ", "(Req. No. 5521)", ""], gap=0)
    page_2 += [("__________", {"x": 330, "gap": 4}), _cells_line(["", "", "TOTAL", "$80,750.00", ""], xs),
               ("*Denotes: County Vendor", {"gap": 14}),
               ("*8. Purchasing - Purchases under the Cooperative Pricing System:", {"gap": 14}),
               _cells_line(head, xs, bold=True, gap=8)]
    page_2 += row("a)", ["Brook Signs", "Street Signs", "$6,400.00", "Roads &"], ["Hale, NJ", "and Posts", "Bridges"], gap=4)
    page_2 += row("b)", ["Tern Data", "Laptops", "$22,000.00", "Finance"], ["Avon, CT", "(Req. No. 5530)", "(IT)"])
    page_2 += [("*9. Finance - 2026 Budget Amendment for the Library Grant - $4,000.00.", {"gap": 24})]
    tables = extract_tables(_read(styled_pdf(tmp_path / "agenda.pdf", [page_1, page_2])))
    assert [(t["page"], t["header"]) for t in tables] == [(1, head), (2, head)]
    assert tables[0]["rows"] == [
        ["a)", "Harbour Fuels Kendal, PA", "Diesel for the gritters", "$12,500.00", "Roads & Bridges"],
        ["b)", "Ashby Copiers Ashby, PA", "Copier Maint. & Toner", "$8,000.00", "Various"],
        ["c)", "Pell Hardware Dover, DE", "Salt and grit bins", "$41,000.00", "Roads & Bridges"],
        ["d)", "Quarry Lane Ltd Milton, NJ", "Road Stone (Req. No. 5521)", "$19,250.00", "Parks"],
        ["", "", "TOTAL", "$80,750.00", ""]]
    assert tables[1]["rows"] == [
        ["a)", "Brook Signs Hale, NJ", "Street Signs and Posts", "$6,400.00", "Roads & Bridges"],
        ["b)", "Tern Data Avon, CT", "Laptops (Req. No. 5530)", "$22,000.00", "Finance (IT)"]]


def test_tables_pdf_vote_grids_on_facing_pages_are_two_tables_when_a_motion_stands_between(tmp_path):
    """Two recorded votes under the same header, the second at the top of the next page: the
    motion printed under the first grid says they are two votes, not one grid over two pages."""
    from tests.pdfgen import styled_pdf

    xs = [60, 260, 320, 400]
    head = ["Majority", "For", "Against", "Absent"]
    members = ["Mayor R. Ashdown", "Councillor T. Brill", "Councillor N. Okafor"]
    grid_1 = [[members[0], "X", "", ""], [members[1], "X", "", ""], [members[2], "", "X", ""], ["Results", "2", "1", "0"]]
    grid_2 = [[members[0], "X", "", ""], [members[1], "", "", "X"], [members[2], "X", "", ""], ["Results", "2", "0", "1"]]
    page_1 = [("Minutes of the Council meeting held on 14 April 2025", {"bold": True, "size": 12}),
              ("6.2 Harbour Dredging Contract", {"bold": True, "gap": 8}),
              ("Resolved that the contract for dredging the harbour be awarded to Tidewater Marine.", {}),
              _cells_line(head, xs, bold=True, gap=6)] + [_cells_line(r, xs) for r in grid_1] + [
              ("6.3 Library Opening Hours", {"bold": True, "gap": 10}),
              ("Resolved that the central library open on Sundays from 1 June 2025.", {})]
    page_2 = [_cells_line(head, xs, bold=True)] + [_cells_line(r, xs) for r in grid_2] + [
              ("7. Adjournment", {"bold": True, "gap": 10})]
    tables = extract_tables(_read(styled_pdf(tmp_path / "minutes.pdf", [page_1, page_2])))
    assert [(t["page"], t["rows"]) for t in tables] == [(1, grid_1), (2, grid_2)]


def test_tables_pdf_header_ruled_with_typed_underscores_and_a_wrapped_description(tmp_path):
    """A bowls club treasurer's statement: the header's words joined by typed underscores
    ("APRIL____Details____RECEIPTS..."), a description wrapped onto a second line that carries
    the row's figures, and a closing balance under the last row."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.pdfgen import styled_pdf

    xs = [60, 130, 290, 370, 460]
    head = ["APRIL", "Details", "RECEIPTS", "PAYMENTS", "BALANCE"]
    typed = ""
    for x, cell in zip(xs, head):
        while typed and stringWidth(typed, "Helvetica-Bold", 10) < x - xs[0]:
            typed += "_"
        typed += cell
    lines = [("Minutes of the Committee meeting held on 9 May 2024", {"bold": True, "size": 12}),
             ("Treasurer's Report", {"bold": True, "gap": 8}),
             (typed, {"bold": True, "gap": 6}),
             _cells_line(["3.4.2024", "Green fees", "45.00", "", "1245.00"], xs),
             _cells_line(["9.4.2024", "Bowls Federation levy for", "", "", ""], xs),
             _cells_line(["", "the 2024 season", "", "120.00", "1125.00"], xs),
             _cells_line(["22.4.2024", "Bar takings", "310.50", "", "1435.50"], xs),
             _cells_line(["", "", "Closing Balance", "", "1435.50"], xs),
             ("The treasurer moved that the statement be accepted, seconded by the secretary.", {"gap": 14})]
    tables = extract_tables(_read(styled_pdf(tmp_path / "minutes.pdf", [lines])))
    assert [(t["header"], t["rows"]) for t in tables] == [(head, [
        ["3.4.2024", "Green fees", "45.00", "", "1245.00"],
        ["9.4.2024", "Bowls Federation levy for the 2024 season", "", "120.00", "1125.00"],
        ["22.4.2024", "Bar takings", "310.50", "", "1435.50"],
        ["", "", "Closing Balance", "", "1435.50"]])]


@pytest.mark.parametrize("heading, rows, expected_header", [
    # a health board's grants: the heading printed over the sums only is the sums' header
    (["Amount to be paid", "not to exceed:"],
     [["Harbour Family Clinic", "$ 41,250.00"], ["Eastside Food Bank", "$ 9,800.00"],
      ["Lakeshore Recovery Services", "$1,204,600.00"], ["Northgate Youth Centre", "$ 77, 310.00"]],
     ["", "Amount to be paid not to exceed:"]),
    # a county's request for funds: no heading, a typed rule above the total; the first row is
    # the header, as for any table printed without one
    ([],
     [["Original Contract Amount:", "$150,000.00"], ["Contract Addition No. 1", "$ 25,000.00"],
      ["Contract Addition No. 2", "$ 25,000.00"], ["New Contract Amount:", "$200,000.00"]],
     None),
])
def test_tables_pdf_schedule_of_amounts_is_a_two_column_table(tmp_path, heading, rows, expected_header):
    from tests.pdfgen import styled_pdf

    lines = [("MARLOW COUNTY BOARD OF HEALTH", {"bold": True, "size": 12}),
             ("C. RESOLUTION (2026-14) Contracts with the following agencies from March 1, 2026 through", {"gap": 8}),
             ("February 28, 2027 for a total not to exceed $1,332,960.00.", {})]
    lines += [(text, {"x": 330, "gap": 6 if i == 0 else 0}) for i, text in enumerate(heading)]
    for i, (label, amount) in enumerate(rows):
        if not heading and i == len(rows) - 1:
            lines.append(("___________", {"x": 330}))
        lines.append((label, {"x": 110, "right": (330, amount), "gap": 0 if heading or i else 6}))
    lines.append(("D. RESOLUTION (2026-15) Renew the lease of the Eastside clinic for $2,400.00 a month.", {"gap": 12}))
    tables = extract_tables(_read(styled_pdf(tmp_path / "agenda.pdf", [lines])))
    header = expected_header or rows[0]
    assert [(t["header"], t["rows"]) for t in tables] == [(header, rows if expected_header else rows[1:])]


def test_tables_pdf_sentences_and_sums_in_prose_are_no_table(tmp_path):
    """'No Action at this time.' reads like 'No | Action' and three sentences end in sums: no table."""
    from tests.pdfgen import styled_pdf

    lines = [("MARLOW COUNTY BOARD OF HEALTH", {"bold": True, "size": 12}),
             ("CRC 2026-101", {"gap": 8}), ("14 Quarry Lane, Milton", {}), ("No Action at this time.", {"gap": 6}),
             ("CRC 2026-102", {"gap": 8}), ("9 Harbour Road, Milton", {}), ("No Action at this time.", {"gap": 6}),
             ("The amount to be received from the hospital is not to exceed $66,000.00", {"gap": 8}),
             ("The amount to be paid to Green Home Solutions is not to exceed $28,350.00", {}),
             ("The amount to be paid to Tern Data for laptops is not to exceed $22,000.00", {})]
    assert extract_tables(_read(styled_pdf(tmp_path / "agenda.pdf", [lines]))) == []


def test_tables_pdf_boxed_notice_under_a_caption_is_no_table_but_a_log_of_long_rows_is(tmp_path):
    """A board pack's ruled box of notices under a one-cell caption is prose; a minutes grid
    whose header names two columns keeps its long rows even where the second cell is empty."""
    from tests.pdfgen import styled_pdf

    notice = [["Interpreting at Board Meetings", ""],
              ["Interpreting into Spanish and Cantonese is provided at every meeting of the Board.", ""],
              ["Members of the public who need interpreting should call the number printed below.", ""],
              ["Please charge your phone fully and bring earphones to the meeting room.", ""],
              ["Cantonese line", "Call 1 415-555-0132 and enter the access code 721 609."]]
    log = [["Agenda Items / Discussion", "Action"],
           ["Treasurer's report: the winter lights event raised a sum for the foodbank and the grant arrived", ""],
           ["Planning: the extension to the rear of the chapel house was noted with no objection raised", "Clerk"],
           ["Roads: the potholes on the harbour brae were reported again to the council's roads team", ""]]
    page = [("Board of Education Regular Meeting", {"bold": True, "size": 12}),
            ("", {"grid": notice, "cols": [60, 500, 540], "gap": 10}),
            ("Minutes of the Community Council meeting", {"bold": True, "gap": 20}),
            ("", {"grid": log, "cols": [60, 470, 540], "gap": 10})]
    tables = extract_tables(_read(styled_pdf(tmp_path / "pack.pdf", [page])))
    assert [t["header"] for t in tables] == [log[0]]
    assert len(tables[0]["rows"]) == 3


@pytest.mark.parametrize("grid", [
    # an owners' association's motion form, the motion's rows left blank when an issue was tabled
    [["Issue:", "Pool fencing repairs"], ["Motion:", ""], ["Motion by:", ""], ["2nd by:", ""],
     ["Discussion, if any", "Quotes from two contractors are awaited."], ["Approved:", ""], ["Outcome:", "Tabled"]],
    # a governing body's decision record with the vote lines empty
    [["Item:", "Admissions policy 2027"], ["Proposed:", ""], ["Seconded:", ""], ["Against:", ""],
     ["Decision:", "Deferred to the spring term"]],
])
def test_tables_pdf_form_rows_with_empty_values_stay_rows(tmp_path, grid):
    from tests.pdfgen import styled_pdf

    page = [("Minutes of the Board meeting held on 9 October 2025", {"bold": True, "size": 12}),
            ("", {"grid": grid, "cols": [60, 180, 540], "gap": 10})]
    tables = extract_tables(_read(styled_pdf(tmp_path / "minutes.pdf", [page])))
    assert [(t["header"], t["rows"]) for t in tables] == [(grid[0], grid[1:])]


@pytest.mark.parametrize("header, rows, xs", [
    # a parish clerk's cancelled and re-written cheques: the status printed in a column of its own
    (["Chq No.", "Amount", "Payee", "Service"],
     [["300711", "£96.20", "Meon Electrical", "Hall lighting", "cancelled"],
      ["300712", "£41.00", "HALC", "Training course", "cancelled"],
      ["300716", "£96.20", "Meon Electrical", "Hall lighting", "re-written"],
      ["300717", "£41.00", "HALC", "Training course", "re-written"]],
     [60, 120, 190, 330, 470]),
    # a town council's grants: whether each was paid, printed right of the purpose
    (["Ref", "Payee", "Purpose", "Amount"],
     [["G1", "Scout Group", "Camping kit", "£300.00", "paid"], ["G2", "Bowls Club", "Mower repair", "£150.00", "paid"],
      ["G3", "Food Bank", "Winter appeal", "£500.00", "held"]],
     [60, 100, 220, 360, 450]),
])
def test_tables_pdf_unheaded_last_column_is_a_column(tmp_path, header, rows, xs):
    doc = _read(_columns_pdf(tmp_path / "minutes.pdf", "The following cheques were noted:", header, rows, xs,
                             "The clerk reported that the bank had been told of the cancelled cheques."))
    assert [(t["header"], t["rows"]) for t in extract_tables(doc)] == [(header + [""], rows)]


@pytest.mark.parametrize("line, opens", [("*19. Purchasing - Purchases under the Pricing System:", True),
                                         ("7. Finance", True), ("b) Discharged actions", False),
                                         ("2.1 Outstanding actions", False), ("2024 Budget", False)])
def test_tables_only_an_item_of_business_by_its_number_parts_two_tables(line, opens):
    """Between two runs with the same header, a numbered item of business starts another table;
    a lettered or sub-numbered heading may head the next part of the same one."""
    from extractors.table_rows import _opens_numbered_item

    assert _opens_numbered_item(line) is opens

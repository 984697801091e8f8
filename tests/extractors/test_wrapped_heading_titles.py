"""Minute headings printed bigger than the body whose titles wrap onto a second line.

Two bodies written for these tests, their PDFs generated here: a city commission whose
lettered sections hold sub-items "F.1", "L.2" in a heading print bigger than the body (not
bold), one item taken up early and printed under the section before it ("J.1" under "H"), and
a hospital trust board whose numbered headings wrap in bold, bigger than the body.
"""

from __future__ import annotations

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

SECTION = {"size": 15}
SUB = {"size": 13}
TRUST = {"size": 13, "bold": True}


def _minutes(path) -> list[tuple[str, str]]:
    return [(m["minute_number"], m["title"]) for m in extract_all(read_document(path, path.read_bytes()))["minutes"]]


def test_a_commissions_sub_items_in_heading_print_keep_their_wrapped_titles(tmp_path):
    path = styled_pdf(tmp_path / "commission.pdf", [[
        ("CITY OF LARCHMONT", {"size": 16, "centre": True}),
        ("City Commission Meeting Minutes", {"size": 14, "centre": True}),
        ("Tuesday, April 14, 2026", {"centre": True}),
        ("Present: Mayor Ruiz, Commissioners Abbott, Chen and Diallo", {"gap": 8}),
        ("A. Call to Order", SECTION),
        "Mayor Ruiz called the meeting to order at 6:00 p.m.",
        ("F. Approval of Minutes", SECTION),
        ("F.1 Approval of Regular City Commission Meeting Minutes from March", SUB),
        ("31, 2026", SUB),
        "Commissioner Abbott moved to approve the minutes. The motion carried 4-0.",
        ("H. Public Comment on Items Not on the Agenda", SECTION),
        "No comments were received.",
        ("J.1 Proclamation Recognizing National Library Week", SUB),
        "The Mayor read the proclamation.",
        ("L. Action Items", SECTION),
        ("L.1 Authorize the City Manager to Sign the Street Lighting Maintenance", SUB),
        ("Agreement with Northfield Electric", SUB),
        "Commissioner Chen moved to authorize the agreement. The motion carried 4-0.",
        ("L.2 Budget Amendment for Parks", SUB),
        "Staff presented the amendment. The motion carried 4-0.",
        ("M. Adjournment", SECTION),
        "The meeting adjourned at 7:40 p.m.",
    ]])
    assert _minutes(path) == [
        ("A", "Call to Order"),
        ("F", "Approval of Minutes"),
        ("F.1", "Approval of Regular City Commission Meeting Minutes from March 31, 2026"),
        ("H", "Public Comment on Items Not on the Agenda"),
        ("J.1", "Proclamation Recognizing National Library Week"),  # its own path, not "H.J.1"
        ("L", "Action Items"),
        ("L.1", "Authorize the City Manager to Sign the Street Lighting Maintenance Agreement with Northfield Electric"),
        ("L.2", "Budget Amendment for Parks"),
        ("M", "Adjournment"),
    ]


def test_a_trust_boards_bold_headings_wrap_but_end_at_the_body(tmp_path):
    path = styled_pdf(tmp_path / "trust.pdf", [[
        ("Riverside Community Health NHS Trust", {"size": 16, "bold": True}),
        ("Minutes of the Board of Directors held on 5 March 2026 at 10.00am", {"bold": True}),
        ("Present: Ms K Adeyemi (Chair), Dr P Shah (Chief Executive), Mr L Byrne", {"gap": 8}),
        ("1. Apologies for Absence", TRUST),
        "Apologies were received from Mrs T Olsen.",
        ("2. Report of the Finance and Performance Committee on the Annual", TRUST),
        ("Plan for 2026/27", TRUST),
        "The Board noted the report and approved the plan.",
        ("3. Any Other Business", TRUST),
        ("Car Parking", {"bold": True, "gap": 6}),
        "None was raised.",
    ]])
    assert _minutes(path) == [
        ("1", "Apologies for Absence"),
        ("2", "Report of the Finance and Performance Committee on the Annual Plan for 2026/27"),
        ("3", "Any Other Business"),  # a bold line in the body's size is no part of it
    ]

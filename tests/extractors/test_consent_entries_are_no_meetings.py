"""A title block's street address printed with its town and state ("701 E. BROADWAY, COLUMBIA,
MISSOURI") keeps the block whole down to its date (title_lines._street_address). A consent item that approves earlier minutes, printed as an entry under a heading on a later
page ("FINANCE ... - Staff Report:" over "COUNCIL MINUTES – May 19, 2025."), is business of the
meeting, not the title of another (paper_kinds.entry_under_heading). Checked on two bodies
written for these tests, as PDFs the tests draw."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf


@pytest.mark.parametrize("title,date,heading,entry", [
    ("ELMWOOD CITY COUNCIL MEETING", "August 18, 2025", "FINANCE AND ADMINISTRATION - Staff Report:",
     "COUNCIL MINUTES – May 19, 2025."),
    ("RIVERTON BOARD OF ALDERMEN MEETING", "March 3, 2025", "CONSENT AGENDA - Clerk's Items:",
     "BOARD MINUTES – February 3, 2025."),
])
def test_a_dated_entry_under_a_heading_is_no_meeting(tmp_path, title, date, heading, entry):
    first = [(title, {"centre": True, "size": 14}), (date, {"centre": True, "size": 14}),
             ("The Mayor called the meeting to order at 7:30 p.m. in the Council Chamber at City Hall.", {"x": 72, "gap": 8}),
             ("PUBLIC COMMENT", {"bold": True, "x": 72, "gap": 8}), ("No one spoke.", {"x": 72})]
    second = [("CONSENT AGENDA", {"bold": True, "x": 72}),
              (heading, {"bold": True, "x": 72, "gap": 8}), (entry, {"x": 108}),
              ("EXPENDITURE ORDINANCE NO. 7B – Outlining the expenditures for July.", {"x": 108}),
              ("Council President Gray moved to approve the Consent Agenda as outlined.", {"x": 72, "gap": 8}),
              ("ADJOURNMENT", {"bold": True, "x": 72, "gap": 8}), ("The meeting adjourned at 9:00 p.m.", {"x": 72})]
    path = styled_pdf(tmp_path / "minutes.pdf", [first, second])
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [(m["meeting_date"].isoformat(), m["kind"]) for m in meetings] == [
        (__import__("datetime").datetime.strptime(date, "%B %d, %Y").date().isoformat(), "minutes")]


@pytest.mark.parametrize("title,headings", [
    (["CITY COUNCIL MEETING MINUTES", "COUNCIL CHAMBER, CITY HALL", "701 E. BROADWAY, ELMWOOD, MISSOURI", "OCTOBER 19, 2015"],
     ["INTRODUCTORY", "APPROVAL OF THE MINUTES", "SPECIAL ITEMS", "PUBLIC HEARINGS"]),
    (["TOWN COUNCIL MEETING MINUTES", "COUNCIL ROOM, TOWN HALL", "120 W. ELM, BRIAR, TEXAS", "MARCH 3, 2025"],
     ["APPROVAL OF MINUTES", "OLD BUSINESS", "NEW BUSINESS", "ADJOURNMENT"]),
])
def test_a_title_block_with_the_street_town_and_state_is_read_whole(tmp_path, title, headings):
    # (title_lines._street_address: "701 E. BROADWAY, ELMWOOD, MISSOURI" is the venue's address, so
    # the block goes on to the date under it, and its lines are not the first minutes)
    lines = [(t, {"bold": True, "size": 13, "centre": True}) for t in title]
    for h in headings:
        lines += [(h, {"bold": True, "size": 13, "x": 58, "gap": 6}),
                  ("The Council considered the matter and the Mayor noted the report for the record.", {"x": 58})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    minutes = extract_all(read_document(path, path.read_bytes()))["minutes"]
    assert [m["title"] for m in minutes] == headings


@pytest.mark.parametrize("header,title,date,expected", [
    ("City Council Minutes – 11/2/15 Meeting", "CITY COUNCIL MEETING MINUTES", "NOVEMBER 2, 2015", "2015-11-02"),
    ("Board of Aldermen Minutes – 3/4/24 Meeting", "BOARD OF ALDERMEN MEETING MINUTES", "MARCH 4, 2024", "2024-03-04"),
])
@pytest.mark.parametrize("page_number", [False, True])
def test_a_header_date_read_the_other_way_round_gives_way_to_the_title_in_words(tmp_path, header, title, date, expected,
                                                                                page_number):
    # (meeting_dates.block_date within one title block; meetings._read_both_ways when a page
    # number parts the header from the title: one meeting, dated as the title prints it in words)
    lines = [(header, {"bold": True, "size": 10, "x": 380})] + ([("1", {"x": 300})] if page_number else []) + [
             (title, {"bold": True, "size": 13, "centre": True, "gap": 8}),
             ("COUNCIL CHAMBER, CITY HALL", {"bold": True, "size": 13, "centre": True}),
             (date, {"bold": True, "size": 13, "centre": True})]
    for h in ["INTRODUCTORY", "APPROVAL OF THE MINUTES", "SPECIAL ITEMS"]:
        lines += [(h, {"bold": True, "size": 13, "x": 58, "gap": 6}),
                  ("The Council considered the matter and the Mayor noted the report for the record.", {"x": 58})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [m["meeting_date"].isoformat() for m in meetings] == [expected]


@pytest.mark.parametrize("title,body", [
    (["BOARD OF ALDERMEN MINUTES", "TOWN HALL ANNEX", "120 W. ELM, BRIAR, TEXAS", "MARCH 3, 2025"], "Board of Aldermen"),
    (["PLANNING COMMISSION MINUTES", "COUNTY ANNEX BUILDING, ROOM 2", "JUNE 9, 2025"], "Planning Commission"),
])
def test_a_venue_named_annex_is_no_annex_of_a_report(tmp_path, title, body):
    # (patterns/structure.json not_meetings: "Annex A", a paper's annex, not a building's)
    lines = [(t, {"bold": True, "size": 13, "centre": True}) for t in title]
    for h in ["ROLL CALL", "OLD BUSINESS", "NEW BUSINESS", "ADJOURNMENT"]:
        lines += [(h, {"bold": True, "size": 13, "x": 58, "gap": 6}),
                  ("The Council considered the matter and the Mayor noted the report for the record.", {"x": 58})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [(m["committee"], m["kind"]) for m in meetings] == [(body, "minutes")]

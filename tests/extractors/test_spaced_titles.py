"""Title blocks that print the paper's kind letter-spaced for display ("A G E N D A",
"M I N U T E S": extractors/paper_kinds._LETTER_SPACED), and that name the meeting after the
board's members ("Library Board Trustee Meeting", "Planning Board Member Meeting": the
committee is the board, extractors/committee_names._TAIL). Checked on two bodies written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.committee_names import tidy_committee
from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import text_pdf


@pytest.mark.parametrize("letterhead,title,day,spaced,kind", [
    ("Harbourside Public Library", "Library Board Trustee Meeting", "Wednesday, December 4, 2024",
     "A G E N D A", "agenda"),
    ("Town of Millbrook", "Planning Board Member Meeting", "Tuesday, March 11, 2025", "M I N U T E S", "minutes"),
])
def test_a_letter_spaced_kind_word_and_a_members_meeting(tmp_path, letterhead, title, day, spaced, kind):
    lines = [letterhead, "101 Harbour Street", title, day, "7:00 p.m.", spaced, "",
             "1. Call to Order", "2. Approval of the Minutes of the Previous Meeting", "3. Budget Report",
             "4. Adjournment"]
    pdf = text_pdf(tmp_path / "paper.pdf", [lines])
    [meeting] = extract_all(read_document(pdf, pdf.read_bytes()))["meetings"]
    assert meeting["kind"] == kind
    assert meeting["committee"] == title.rsplit(" ", 2)[0]
    assert meeting["meeting_date"] == dt.datetime.strptime(day.split(", ", 1)[1], "%B %d, %Y").date()


@pytest.mark.parametrize("printed,name", [
    ("Library Board Trustee Meeting", "Library Board"),
    ("Parish Council Member Meeting", "Parish Council"),
    ("Crete Township Special Board of Trustees Meeting", "Crete Township Board of Trustees"),
    ("Board of Governors Meeting", "Board of Governors"),
])
def test_members_meeting_names_the_board_but_a_board_of_members_keeps_them(printed, name):
    assert tidy_committee(printed) == name

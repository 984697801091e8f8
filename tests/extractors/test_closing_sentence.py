"""Minutes printed as a PDF end on the page where the meeting closed ("There being no further
business, the meeting was adjourned at 8:42 p.m.", "The meeting closed at 9.05pm"): the pages
after it in a board packet are other papers (a director's report, statistics) whose numbered
paragraphs are not minutes, though they carry no title block of their own
(extractors/meetings._region_end). An adjournment into closed session, or a break, is not the
close. Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import text_pdf

LIBRARY = (
    ["Harbourside Public Library Board of Trustees", "Minutes of the Regular Meeting", "March 12, 2024", "",
     "Trustees present: A. Moreno, B. Whitfield, C. Osei", "",
     "1. Call to Order", "The President called the meeting to order at 7:00 p.m.",
     "2. Approval of the Minutes", "The minutes of February 13, 2024 were approved.",
     "3. Budget Amendment", "The Board approved the amended budget for fiscal year 2024.",
     "There being no further business, the meeting was adjourned at 8:42 p.m."],
    ["Director's Report", "",
     "4. Circulation rose by six per cent over the winter quarter.",
     "5. The roof repairs at the branch library are due to finish in May.",
     "6. Two new part-time pages started work in February."])

TOWN = (
    ["Millbrook Town Council", "Minutes of the Amenities Committee held on 4 June 2024", "",
     "Present: Cllr D Hale (Chair), Cllr E Price, Cllr F Rowe", "",
     "1. Apologies", "Apologies were received from Cllr G Shaw.",
     "2. Allotments", "RESOLVED that the allotment rents rise by 3% from October.",
     "3. Play Area", "The Clerk reported on the inspection of the play area.",
     "The meeting closed at 9.05pm."],
    ["Clerk's Quarterly Report", "",
     "4. Grass cutting contract: second year of three.",
     "5. Cemetery: memorial safety testing booked for July.",
     "6. Bus shelter: insurance claim settled."])


@pytest.mark.parametrize("pages", [LIBRARY, TOWN], ids=["library-board", "town-council"])
def test_minutes_end_on_the_page_where_the_meeting_closed(tmp_path, pages):
    pdf = text_pdf(tmp_path / "packet.pdf", [list(p) for p in pages])
    records = extract_all(read_document(pdf, pdf.read_bytes()))
    [meeting] = records["meetings"]
    assert meeting["kind"] == "minutes"
    numbers = [m["minute_number"] for m in records["minutes"]]
    assert numbers == ["1", "2", "3"]


def test_a_break_or_closed_session_is_not_the_close(tmp_path):
    """The meeting goes on after "adjourned at 7:40 p.m. to a closed session ... reconvened":
    the items after it on the next page are still minutes."""
    first, second = LIBRARY
    first = first[:-1] + ["The meeting was adjourned at 7:40 p.m. to a closed session and",
                          "reconvened in open session at 8:10 p.m."]
    second = ["4. Staff Appointments", "The Board confirmed the appointment of a branch manager.",
              "5. Adjournment", "The meeting was adjourned at 8:42 p.m."]
    pdf = text_pdf(tmp_path / "packet.pdf", [first, second])
    records = extract_all(read_document(pdf, pdf.read_bytes()))
    assert [m["minute_number"] for m in records["minutes"]] == ["1", "2", "3", "4", "5"]

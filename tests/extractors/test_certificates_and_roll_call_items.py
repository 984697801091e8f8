"""A clerk's certificate set in large type over the minutes ("CERTIFICATION OF CLERK" / "I, ...,
do hereby certify that the foregoing" / "Minutes from June 3, 2025, were duly adopted ...") is
prose, not a title block (titles._prose_block); items "1. CALL TO ORDER" / "2. ROLL CALL AND
ANNOUNCEMENT OF A QUORUM" above "Present: ..." are minutes, not an agenda listed before the
attendance (segments._ATTENDANCE_WORDS). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

_ITEMS = ["1. CALL TO ORDER", "At 6:00 p.m., the Mayor called the meeting to order.",
          "2. ROLL CALL AND ANNOUNCEMENT OF A QUORUM",
          "Present: Commissioner Ann Hale, Commissioner Pete Orr, and Mayor Kay Moss.",
          "3. PLEDGE OF ALLEGIANCE", "The Mayor led the Pledge of Allegiance.",
          "4. PUBLIC COMMENTS", "No one spoke."]


@pytest.mark.parametrize("title", [["MINUTES", "CITY COMMISSION MEETING", "TUESDAY, JUNE 3, 2025", "6:00 P.M."],
                                   ["MINUTES", "BOARD OF COUNTY COMMISSIONERS", "MONDAY, MAY 5, 2025", "9:00 A.M."]])
def test_numbered_roll_call_items_above_the_attendance_are_minutes(title):
    out = extract_all(document_from_text("\n".join(title + [""] + _ITEMS)))
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("clerk,town,title", [
    ("Brenda K. Wolfe", "Prairieton", ["MINUTES", "CITY COMMISSION MEETING", "TUESDAY, JUNE 3, 2025", "6:00 P.M."]),
    ("Dana Engel", "Oak Run", ["MINUTES", "VILLAGE BOARD MEETING", "MONDAY, MAY 5, 2025", "7:00 P.M."]),
])
def test_a_clerks_certificate_in_large_type_is_no_title(tmp_path, clerk, town, title):
    date = title[2].split(", ", 1)[1].title()
    certificate = [("CERTIFICATION OF CLERK", {"bold": True, "size": 24, "centre": True}),
                   (f"I, {clerk}, the duly appointed, qualified, and City Clerk", {"size": 18, "x": 60, "gap": 10}),
                   (f"of {town}, Kansas, do hereby certify that the foregoing", {"size": 18, "x": 60}),
                   (f"Minutes from {date}, were duly adopted at a meeting of the City", {"size": 18, "x": 60}),
                   (f"of {town}, Kansas, held on the 17th day of June 2025, and that", {"size": 18, "x": 60}),
                   ("said Minutes have been compared by me with the original thereof", {"size": 18, "x": 60}),
                   ("on file and of record in my office, is a true copy of the whole.", {"size": 18, "x": 60})]
    minutes = [(t, {"bold": True, "size": 18, "centre": True}) for t in title]
    minutes += [(x, {"bold": True, "size": 16, "centre": True} if x[:1].isdigit() else {"size": 14, "x": 60, "gap": 4})
                for x in _ITEMS]
    # (the minutes' own text, in the body's size: the certificate is set larger)
    minutes += [("The Commission heard comment on items not on the agenda and took no action.", {"size": 14, "x": 60})] * 8
    path = styled_pdf(tmp_path / "minutes.pdf", [certificate, minutes])
    [meeting] = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert meeting["venue"] is None and "Clerk" not in meeting["committee"]  # (nothing read from the certificate)
    assert meeting["line_start"] > 7  # (the minutes' own title on page 2, not the certificate)

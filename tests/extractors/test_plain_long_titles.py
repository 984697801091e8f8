"""A paper typed in one plain font throughout, whose title at the top of the page runs past
sixty characters because it names the body, the kind of meeting and the paper ("... Annual
Homeowners Association Meeting Minutes"): it is the title block, not prose
(extractors/titles._title_like). Checked on two bodies written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all


def _paper(tmp_path, date: str, title: str, body: list[str]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    # (the date set to the right, as letters put it; everything in the one plain font)
    page = [(date, {"x": 450}), (title, {"x": 72, "gap": 14}), *[(line, {"x": 72}) for line in body]]
    path = styled_pdf(tmp_path / "paper.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("date,title,committee,when", [
    ("April 29, 2009", "Meadowbank Glen Annual Homeowners Association Meeting Minutes",
     "Meadowbank Glen Annual Homeowners Association", dt.date(2009, 4, 29)),
    ("12 October 2021", "Kestrel Valley Allotment Society Committee Meeting Minutes (Draft)",
     "Kestrel Valley Allotment Society Committee", dt.date(2021, 10, 12)),
])
def test_a_long_plain_title_at_the_top_heads_the_minutes(tmp_path, date, title, committee, when):
    out = _paper(tmp_path, date, title, [
        "Present: Joan Pelham, Tom Abbot, Rita Corrigan, Sam Oduya, Lee Vance, Ann Fry",
        "I. Joan Pelham welcomed everyone to the annual meeting",
        "II. Officer Report",
        "Tom Abbot reviewed the accounts. Copies of the Proposed Budget were distributed.",
        "III. Adjournment",
        "The meeting closed at 8:40 PM."])
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (committee, when, "minutes")
    assert "Rita Corrigan" in [a["name"] for a in out["attendees"]]


def test_a_long_sentence_about_minutes_at_the_top_is_not_a_title(tmp_path):
    # The same length, but a sentence: it ends in a full stop and a reader would not take it
    # for the title of the paper.
    out = _paper(tmp_path, "Notes for members", "The minutes of the last committee meeting were read and signed.", [
        "Joan Pelham thanked everyone for coming."])
    assert out["meetings"] == []

"""Officers elected a post a line with their proposer and seconder, as clubs, societies and
parish meetings print them. Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("club,lines,closing,expected", [
    ("Minutes of OUCC Annual General Meeting 2011",
     ["President: Ada Reid (prop: Ben Ito, sec: Cal Moss)", "Secretary: Dee Lund (prop: Ada Reid, sec: Ben Ito)",
      "Training Officers: Eve Park (prop: Cal Moss, sec: Dee Lund),", "Fay Ross (prop: Cal Moss, sec: Dee Lund)"],
     "All positions were uncontested and approved unanimously.",
     [("President: Ada Reid", "Ben Ito", "Cal Moss"), ("Secretary: Dee Lund", "Ada Reid", "Ben Ito"),
      ("Training Officers: Eve Park", "Cal Moss", "Dee Lund"), ("Training Officers: Fay Ross", "Cal Moss", "Dee Lund")]),
    ("Minutes of the Annual Parish Meeting of Holt held on 12 May 2022",
     ["Chairman – Ann Lee, proposed by Tom Hart, seconded by Mo Ellis.",
      "Treasurer – Raj Patel, proposed by Ann Lee, seconded by Tom Hart."],
     "Both were elected.",
     [("Chairman: Ann Lee", "Tom Hart", "Mo Ellis"), ("Treasurer: Raj Patel", "Ann Lee", "Tom Hart")]),
])
def test_officers_elected_with_proposer_and_seconder(club, lines, closing, expected):
    text = (f"{club}\n11th March 2011\n\nThe following members were present: Ada Reid, Ben Ito, Cal Moss.\n\n"
            "Elections\n" + "\n".join(lines)) + f"\n{closing}\n\nOther Business\nNone.\n"
    votes = extract_all(document_from_text(text))["votes"]
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in votes] == [(*e, "carried") for e in expected]
    assert all(v["unanimous"] == ("unanimously" in closing) for v in votes)


@pytest.mark.parametrize("line", ["Treasurer: Raj Patel (accounts circulated beforehand)",
                                  "Grant: the proposal, seconded later, was deferred"])
def test_a_post_and_a_name_without_proposer_and_seconder_is_no_election(line):
    text = f"Minutes of the Annual General Meeting of the Holt Society held on 12 May 2022\n\nElections\n{line}\n"
    assert extract_all(document_from_text(text))["votes"] == []


@pytest.mark.parametrize("headings", [["Accounts", "Elections", "Other Business"], ["Treasurer's Report", "Elections", "AOB"]])
def test_three_plain_headings_alone_on_their_lines_head_the_minutes(headings):
    text = ("Minutes of OUCC Annual General Meeting 2011\n11th March 2011\n\n"
            "The following members were present: Ada Reid, Ben Ito, Cal Moss.\n\n"
            f"{headings[0]}\nThe accounts were presented and unanimously approved.\n\n"
            f"{headings[1]}\nPresident: Ada Reid (prop: Ben Ito, sec: Cal Moss)\n\n"
            f"{headings[2]}\nThe date of the squash was discussed.\n")
    out = extract_all(document_from_text(text))
    assert [m["title"] for m in out["minutes"]] == headings
    assert [v["minute_number"] for v in out["votes"] if v["mover"]] == ["2"]  # the election, under its heading

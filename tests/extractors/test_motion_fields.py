"""Motions set out as a form's fields, as foundations, clubs and small boards type them:
"Motion from: X to ..." or "Motion: Approve ...", then "Vote: 3 in favor, 0 opposed, 0
abstained" and "Resolved: Motion carried", a note or the names of those appointed between.
Each motion is one vote with its mover, tally and result (extractors/motions.py,
motion_words._SUBSTANCE). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,first,second,mover", [
    ("Larchmont Trail Foundation Board Meeting", "Nadia", "Nadia Voss", "Pia Olsen"),
    ("Cobble Hill Food Co-op Board Meeting", "Ravi", "Ravi Menon", "Lou Grant"),
])
def test_motions_set_out_as_fields_are_one_vote_each(title, first, second, mover):
    text = "\n".join([
        title, "9 March 2022", "",
        "Members Present:", f"{second}, Board Member", f"{mover}, Board Member, President", "Kay Dunn, Treasurer", "",
        "Approval of previous minutes:",
        "Motion: Approve minutes from 9 February 2022 board meeting",
        "Vote: Motion carried",
        "Resolved: Minutes approved without modification", "",
        "Business:",
        f"Motion from: {first} to fund the trail survey for $2,000 USD",
        "Vote: 3 in favor, 0 opposed, 0 abstained",
        "Resolved: Motion carried",
        f"Motion from: {mover.split()[0]} to appoint officers of the board.",
        f"{mover} as President",
        "Kay Dunn as Treasurer",
        "Vote: 2 in favor, 0 opposed, 1 abstained",
        "Quarterly review of the fund to follow.",
        "Resolved: Motion carried", "",
        "Meeting adjourned at 6:31pm"])
    votes = extract_all(document_from_text(text))["votes"]
    got = [(v["motion"], v["mover"], v["result"], v["votes_for"], v["votes_against"], v["votes_abstain"]) for v in votes]
    assert got == [
        ("Approve minutes from 9 February 2022 board meeting", None, "carried", None, None, None),
        ("to fund the trail survey for $2,000 USD", first, "carried", 3, 0, 0),
        ("to appoint officers of the board", mover.split()[0], "carried", 2, 0, 1)]


def test_a_tally_far_below_an_undecided_motion_is_not_its_vote():
    # A motion recorded with no outcome, then other business, then a vote on a paper's title:
    # the tally is the paper's, not the motion's.
    text = "\n".join([
        "Minutes of the Hollis Ridge Association Committee", "4 April 2023", "",
        "Present: Jo Hale, Sam Reed, Ann Fry", "",
        "Paths", "Motion from: Jo to survey the footpaths", "", "Hedges",
        "The hedge on the east side needs cutting back before May.", "",
        "The contractor will be asked for a price.", "",
        "Members discussed the cost of cutting.", "",
        "Grants", "Community grant scheme",
        "Vote: 5 in favor, 1 opposed"])
    votes = extract_all(document_from_text(text))["votes"]
    assert [(v["motion"], v["votes_for"]) for v in votes] == [("to survey the footpaths", None),
                                                                ("Community grant scheme", 5)]


@pytest.mark.parametrize("question,counts,expected", [
    ("Final vote for whether or not to approve the fence plans submitted by 12 Downhill:",
     ["• In Favor: 7 (Unanimous)", "• Opposed: 0", "• Abstained: 0"], (7, 0, 0, "carried", True)),
    ("Vote on the proposal to raise the annual dues to $150:",
     ["- In favour: 2", "- Opposed: 4", "- Abstained: 1"], (2, 4, 1, "lost", False)),
])
def test_a_vote_on_a_question_with_its_counts_under_it(question, counts, expected):
    text = "\n".join(["Minutes of the Larch Court Homeowners Association Board", "19 July 2011", "",
                      "Present: Jeff Hale, Pia Arnold, Mark Bell", "",
                      "Fence plans", "Each member gave their view of the plans.", "", question, *counts, "",
                      "Adjournment", "The meeting closed at 9 pm."])
    [vote] = extract_all(document_from_text(text))["votes"]
    wording = question.split(" for ", 1)[1] if question.startswith("Final") else question.split(" on ", 1)[1]
    assert vote["motion"] == wording.rstrip(":")
    assert (vote["votes_for"], vote["votes_against"], vote["votes_abstain"], vote["result"], vote["unanimous"]) == expected


@pytest.mark.parametrize("header,wording,tally,expected", [
    ("MOTION: APPROVED W/ CONDITIONS 1st: MR. RUMSEY 2nd: MS. PHARE",
     ["Mr. Rumsey moved to approve this application as submitted, because it meets guideline 7.2, with the",
      "condition that staff will help revise the rear elevation."],
     ["VOTE: 7/0 AYES: HADLEY, HENNING, PHARE, RUMSEY, BARTH, MURRAY,", "WALKER", "NAYS: NONE"],
     ("to approve this application as submitted, because it meets guideline 7.2, with the condition that staff "
      "will help revise the rear elevation", "Rumsey", "Phare", "carried", 7, 0)),
    ("MOTION: DENIED 1st: MS. OKAFOR 2nd: MR. LINDQVIST",
     ["Ms. Okafor moved to deny the application for the rear deck because it is incongruous with the district."],
     ["VOTE: 2/5 AYES: OKAFOR, LINDQVIST", "NAYS: BELL, CORR, DENT, ELLIS, FROST"],
     ("to deny the application for the rear deck because it is incongruous with the district", "Okafor", "Lindqvist",
      "lost", 2, 5)),
    # (the header says what was asked, not how it went: the count decides)
    ("MOTION: APPROVE 1st: MS. WOJCIK 2nd: MR. BELL",
     ["Ms. Wojcik moved to approve the consent agenda as presented."],
     ["VOTE: 8/0 AYES: BELL, CORR, DENT, ELLIS, FROST, GOLD, HART, WOJCIK", "NAYS: NONE"],
     ("to approve the consent agenda as presented", "Wojcik", "Bell", "carried", 8, 0)),
])
def test_a_motion_headed_by_its_result_and_movers_then_worded_then_counted(header, wording, tally, expected):
    text = "\n".join(["HISTORIC LANDMARKS COMMISSION", "June 30, 2021", "MINUTES",
                      "MEMBERS PRESENT: Ms. Ada Crane (Chairperson)", "", "Application 1: 1800 Elm Street",
                      "SPEAKERS [FOR | AGAINST]:", "No one spoke.", header, *wording, *tally, "DECISION:",
                      "APPLICATION DECIDED."])
    [vote] = extract_all(document_from_text(text))["votes"]
    assert (vote["motion"], vote["mover"], vote["seconder"], vote["result"], vote["votes_for"],
            vote["votes_against"]) == expected

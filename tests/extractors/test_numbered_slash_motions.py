"""A motion printed as "Motion 1: Mover - Ward 3/Seconder - Ward 4: wording. The motion carried
7-0-0." names its mover, seconder and wording (motion_words._SLASHED_PAIR), and is a decision;
"by a roll call vote" set off by commas leaves the wording whole. Checked on two bodies written
for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _minutes(title: str, items: list[str]) -> dict:
    text = "\n".join([title, "MINUTES OF THE REGULAR MEETING", "June 9, 2025", "", *items])
    return extract_all(document_from_text(text))


@pytest.mark.parametrize("title,items,expected", [
    ("ELMWOOD CITY COUNCIL",
     ["C. CONSENT AGENDA", "Motion 1: Kurt Hale - Ward 3/Laura Birch - Ward 4: Approve consent agenda as presented. "
      "The motion carried 7-0-0.",
      "D. PUBLIC ITEMS", "Motion 2: Laura Birch - Ward 4/Jean Moore - Ward 2: Adopt a Resolution, by a roll call vote, "
      "levying a tax rate of 22.300 for the 2026 budget. The motion carried 5-3-0."],
     [("Kurt Hale", "Laura Birch", "Approve consent agenda as presented", 7),
      ("Laura Birch", "Jean Moore", "Adopt a Resolution levying a tax rate of 22.300 for the 2026 budget", 5)]),
    ("RIVERTON BOARD OF ALDERMEN",
     ["4. NEW BUSINESS", "Motion 12: Dana Ruiz - District 1/Omar Patel - At Large: Authorize the purchase of a "
      "dump truck. The motion carried 6-0-0."],
     [("Dana Ruiz", "Omar Patel", "Authorize the purchase of a dump truck", 6)]),
])
def test_a_numbered_motion_with_a_slashed_pair_names_its_movers_and_wording(title, items, expected):
    out = _minutes(title, items)
    assert [(v["mover"], v["seconder"], v["motion"], v["votes_for"]) for v in out["votes"]] == expected
    assert [r["text"] for r in out["resolutions"]] == [motion for _, _, motion, _ in expected]


@pytest.mark.parametrize("title,sentence,expected", [
    ("LEAFIELD GOVERNING BODY", "A motion to approve the agenda was made by Councilmember Kasten and seconded\n"
     "by Councilmember Sipp. The motion CARRIED by a vote of 6-0.", ("Kasten", "carried", 6, 0)),
    ("ASHGROVE PLANNING COMMISSION", "A motion to deny the variance was made by Commissioner Ortiz and seconded by "
     "Commissioner Lamb. The motion failed by a vote of 2-5.", ("Ortiz", "lost", 2, 5)),
])
def test_the_motion_carried_by_a_vote_of_is_the_result_of_the_motion_before(title, sentence, expected):
    # (not a new motion opened by "by a vote of")
    out = _minutes(title, ["3. APPROVAL OF AGENDA", sentence, "4. CITIZEN COMMENTS", "None."])
    [vote] = out["votes"]
    assert (vote["mover"], vote["result"], vote["votes_for"], vote["votes_against"]) == expected


@pytest.mark.parametrize("title,result_line,expected", [
    ("CITY OF ELMWOOD CITY COUNCIL", "CARRIED 6/0.", (6, 0)),
    ("TOWN OF BRIAR BOARD OF ALDERMEN", "MOTION FAILED 2/5.", (2, 5)),
])
def test_a_tally_with_a_slash_gives_the_counts(title, result_line, expected):
    out = _minutes(title, ["6. ACCEPTANCE OF AGENDA", "Council President Hale moved, seconded by Council Member Ward to accept",
                           "the agenda as presented.", "AYES: Berry, Hale, Ward", "NOES: None", result_line,
                           "7. ADJOURNMENT", "The meeting adjourned."])
    [vote] = out["votes"]
    assert (vote["votes_for"], vote["votes_against"]) == expected


@pytest.mark.parametrize("title,sentence", [
    ("LINDEN TOWNSHIP BOARD", "Motion by Hale, second by Ward. Approved 2012/13 budget amendments as presented. Motion carried."),
    ("ASHGROVE VILLAGE BOARD", "Motion by Ortiz, second by Lamb. Carried 2024/25 fee schedule as printed."),
])
def test_a_financial_year_is_no_tally(title, sentence):
    out = _minutes(title, ["5. BUDGET", sentence, "6. ADJOURNMENT", "The meeting adjourned."])
    assert [(v["votes_for"], v["votes_against"]) for v in out["votes"]] == [(None, None)]

"""Motions that name mover and seconder as a pair, as township boards type them: "Motion/Second
to accept the agenda as presented by: Leslie/Pfleghaar. Approved by ... Motion Prevailed." or
"Motion/Second to adjourn by: Smith/Jones". Each is one vote with its wording, mover, seconder and result,
and a carried one a resolution (extractors/motion_words._PAIR). Checked on two bodies written
for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("town,mover,seconder", [
    ("TOWN of ELK RIVER", "Leslie", "Pfleghaar"),
    ("TOWN of CEDAR BLUFF", "Okafor", "Lindqvist"),
])
def test_motion_second_pairs(town, mover, seconder):
    text = "\n".join([
        town, "MONTHLY MEETING", "WEDNESDAY JUNE 14, 2017", "",
        f"The {town.title()} Board of Supervisors met in regular session, at 6:00 PM, on Wednesday June 14, 2017,",
        "at the Town Hall. The meeting was called to order by Chair Hofer.",
        f"Chair Bob Hofer, Supervisors Ann {mover} and Tom {seconder} were in attendance.", "",
        "APPROVAL OF MEETING AGENDA",
        f"Motion/Second to accept Agenda as presented by: {mover}/{seconder}. Approved by Hofer, {mover} and "
        f"{seconder}. Motion Prevailed.", "",
        "TREASURER BUSINESS",
        "The Treasurer presented the monthly report.",
        f"Motion/Second to approve the Treasurer's report by: {seconder}/{mover}. Motion Prevailed.", "",
        "ADJOURNMENT",
        f"Motion/Second to adjourn the meeting at 7:25PM by: {seconder}/{mover}. Motion Prevailed."])
    out = extract_all(document_from_text(text))
    got = [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]]
    assert got[0] == ("to accept Agenda as presented", mover, seconder, "carried")
    assert got[-1] == ("to adjourn the meeting at 7:25PM", seconder, mover, "carried")
    assert got[1] == ("to approve the Treasurer's report", seconder, mover, "carried")
    assert "to accept Agenda as presented" in [r["text"] for r in out["resolutions"]]


@pytest.mark.parametrize("club,mover,seconder,buyer,second", [
    ("EAST RIVER AMATEUR RADIO CLUB", "Gavin VE7GSJ", "Wayne VA7BUP", "Lance", "Tom"),
    ("LAKESIDE ASTRONOMY CLUB", "Priya Shah", "Ken Ito", "Maria", "Joe"),
])
def test_motions_told_in_the_present_tense(club, mover, seconder, buyer, second):
    """ "X moves to adopt, Y seconds", "X moves that we buy ...": motions as some clubs write
    them (motion_words._MOVES), a radio amateur's call sign part of the name (_NAMEWORD); "the
    item moves to the next meeting" is no motion."""
    text = "\n".join([
        club, "MEETING Saturday, November 19, 2022 (2:00pm)", "MINUTES",
        f"Members: {mover}, {seconder}, {buyer} Hill, {second} Reid", "",
        "1. Adoption of the agenda",
        f"The chair asks to have the agenda adopted as circulated. {mover} moves to adopt, {seconder} seconds.",
        "2. Equipment",
        f"Jeff asks about the repeater for sale, {buyer} moves that we buy the repeater, {second} seconds.",
        "All in favour of buying the repeater.",
        "3. Field day", "The item moves to the next meeting."])
    votes = extract_all(document_from_text(text))["votes"]
    assert [(v["mover"], v["seconder"], v["result"]) for v in votes] == [
        (mover, seconder, "no_result"), (buyer, second, "carried")]
    assert votes[1]["motion"] == "we buy the repeater"


@pytest.mark.parametrize("board,mover,seconder,third", [
    ("ELK LAKE TOWNSHIP BOARD", "Ann Carver", "Tom Ellis", "Rita Moss"),
    ("BIRCH HOLLOW TOWN BOARD", "Luis Ortega", "Mae Whitfield", "Olu Bankole"),
])
def test_town_board_present_tense_and_voice_votes(board, mover, seconder, third):
    """ "X makes a motion to ..., Y second the motion", "Y seconds the motion"; the voice vote
    printed "A aye, B aye, C nay" (motion_words._ROLL_ENTRY's run of names); "declared adopted
    upon the following voice vote 3 yea, 0 nay"; and a motion only spoken of ("possibility to
    make a motion to ...") is none."""
    first = mover.split()[0]
    text = "\n".join([
        board, "Regular Monthly Meeting", "December 9, 2020", "",
        f"In attendance: Supervisors {mover}, {seconder} and {third}.", "",
        "Minutes",
        f"{mover} makes a motion to approve the transfer of $4,100.00 for payroll, {seconder} second the motion. "
        f"Voice vote, {mover} aye, {seconder} aye, {third} nay. Motion is approved.", "",
        "Election resolution",
        f"{seconder} makes a motion to adopt the resolution, {mover} seconds the motion. "
        "It was declared adopted upon the following voice vote 3 yea, 0 nay", "",
        "Storage",
        f"{third} makes a motion to table the cabinet purchase. {mover} seconds the motion. "
        f"Voice vote {first} aye, {third} aye, {seconder.split()[0]} aye.", "",
        "Annual meeting",
        "Discussion of options for in-person voting. Possibility to make a motion to adjourn the Annual Meeting "
        "to June when the meeting can be outside."])
    out = extract_all(document_from_text(text))
    got = [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]]
    assert got == [
        ("to approve the transfer of $4,100.00 for payroll", mover, seconder, "carried"),
        ("to adopt the resolution", seconder, mover, "carried"),
        ("to table the cabinet purchase", third, mover, "carried")]
    first_vote = out["votes"][0]["vote_id"]
    assert sorted((r["name"], r["vote"]) for r in out["vote_records"] if r["vote_id"] == first_vote) == sorted(
        [(mover, "for"), (seconder, "for"), (third, "against")])
    assert (out["votes"][1]["votes_for"], out["votes"][1]["votes_against"]) == (3, 0)
    # "Voice vote Ann aye, ...": the names as printed
    third_vote = out["votes"][2]["vote_id"]
    assert sorted(r["name"] for r in out["vote_records"] if r["vote_id"] == third_vote) == sorted(
        [mover.split()[0], third, seconder.split()[0]])


@pytest.mark.parametrize("council,sentence,motion,mover", [
    ("GOVAN HILL COMMUNITY COUNCIL", "Our Secretary proposed a letter to the bank asking for a cash machine in the station.",
     "a letter to the bank asking for a cash machine in the station", "Secretary"),
    ("ASHBY PARISH COUNCIL", "Cllr Hart proposed a grant of £100 to the gala committee.",
     "a grant of £100 to the gala committee", "Hart"),
])
def test_a_member_or_officer_proposed_a_thing(council, sentence, motion, mover):
    """ "Our Secretary proposed a letter to ... This was AGREED.", "Cllr Hart proposed a grant
    ...": a motion moved by a post or a named member (motion_words._PROPOSED_A); "the developer
    proposed a new design" is no motion."""
    text = "\n".join([council, "GENERAL MEETING MONDAY 8 JULY 2024", "Present: Esme Clark, Danny Orr", "",
                      "1. BUSINESS", f"It was noted that the matter had been raised. {sentence} This was AGREED.", "",
                      "2. PLANNING", "The developer proposed a new design for the site. Members noted it."])
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["mover"], v["result"]) for v in out["votes"]] == [(motion, mover, "carried")]
    assert [r["text"] for r in out["resolutions"]] == [motion]

"""Votes: every form the minutes of UK and US bodies print, each on two bodies' minutes.

The minutes are written for these tests in the house styles of the kinds of body that print
them (English parish and town councils, a county council's recorded votes, US city councils,
a township board, a library board, a village board). Each test reads a whole minutes text, so
meeting and item segmentation run as they do in a nightly run.
"""

from __future__ import annotations

import pytest

from extractors.votes import extract_votes
from minutebook.readers import read_document

PARISH = "MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON 3 March 2026 AT 7.30PM\n\nPRESENT: Cllrs Avery (Chair), Bell, Crane and Doyle\n\n"
TOWN = "Minutes of the Full Council meeting of Brookfield Town Council held on 12 February 2026\n\nPresent: Cllr E. Frost (Mayor), Cllr G. Hart, Cllr I. Jones, Cllr K. Lowe\n\n"
COUNTY = "MINUTES of a meeting of the Westmarch County Council held on Thursday, 15 January 2026.\n\nPRESENT: Mr A Adams (Chairman), Mrs B Baker, Mr C Cole, Ms D Dean, Mr E Eden\n\n"
CITY = "CITY OF MILLBROOK\nMINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL\nJanuary 20, 2026\n\nRoll Call: Present: Councilmembers Ortiz, Patel, Quinn, Reyes and Mayor Santos\n\n"
TOWNSHIP = "MINUTES OF THE REGULAR MEETING OF THE CEDAR TOWNSHIP BOARD\nHeld on March 9, 2026\n\nPresent: Supervisor Tran, Clerk Underwood, Treasurer Vance, Trustees Walsh and Young\n\n"
LIBRARY = "LAKEVIEW PUBLIC LIBRARY DISTRICT\nMinutes of the Regular Meeting of the Board of Trustees\nWednesday, April 15, 2026, 7:00 p.m.\n\n1. Call to order - Trustee Ames called the meeting to order at 7:01 p.m.\n\n"


def _votes(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_votes(read_document(path, path.read_bytes()))


def _moved(v: dict) -> tuple:
    """Given a vote, return what was moved, by whom, seconded by whom and its result."""
    return v["motion"], v["mover"], v["seconder"], v["result"]


def _shape(v: dict) -> tuple:
    return (v["mover"], v["seconder"], v["result"], v["votes_for"], v["votes_against"], v["votes_abstain"], v["unanimous"])


@pytest.mark.parametrize("head, body, expected", [
    (PARISH, "1. Grass cutting contract\nIt was proposed by Cllr Bell, seconded by Cllr Crane and unanimously agreed to accept the quotation from Greenway Ltd.\n",
     ("Bell", "Crane", "carried", None, None, None, True)),
    (TOWN, "4. Christmas lights\nProposed by Cllr Hart, seconded by Cllr Jones and carried that the Council funds the Christmas lights from reserves.\n",
     ("Hart", "Jones", "carried", None, None, None, False)),
])
def test_proposed_seconded_and_agreed(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "uk", head + body)
    assert _shape(vote) == expected


@pytest.mark.parametrize("head, body, expected", [
    (PARISH, "3. Playground\nIt was proposed by Councillor Bell and seconded by Councillor Crane that the lowest\n"
             "quotation be accepted. On being put to the vote the motion was carried.\n",
     ("Bell", "Crane", "carried", "the lowest quotation be accepted")),
    (TOWNSHIP, "4. Budget\nMoved by Trustee Walsh, seconded by Trustee Young, that the 2027 road budget be adopted.\n"
               "Motion carried 5-0.\n", ("Walsh", "Young", "carried", "the 2027 road budget be adopted")),
    (CITY, "8. Parking\nMoved by Councilwoman Reyes, seconded by Councilman Quinn, to extend the parking hours. "
           "Motion carried.\n", ("Reyes", "Quinn", "carried", "to extend the parking hours")),
])
def test_the_motion_printed_after_its_mover_and_seconder(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "worded", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["motion"]) == expected


@pytest.mark.parametrize("head, body, result", [
    (PARISH, "2. Bus shelter\nCllr Doyle proposed that the Council replaces the bus shelter on Mill Road. On being put to the vote the motion was lost.\n", "lost"),
    (TOWN, "5. Allotments\nCllr Lowe proposed that the allotment rents be frozen for 2026/27. On being put to the vote the motion was carried.\n", "carried"),
])
def test_on_being_put_to_the_vote(tmp_path, head, body, result):
    [vote] = _votes(tmp_path, "put", head + body)
    assert vote["result"] == result and vote["mover"] in ("Doyle", "Lowe")


@pytest.mark.parametrize("head, body", [
    (PARISH, "3. Precept\nCllr Crane moved an amendment that the precept rise by 2% only. The amendment was lost.\n"),
    (COUNTY, "7. Budget\nMrs Baker moved an amendment to add £50,000 to road repairs. The amendment was lost.\n"),
])
def test_an_amendment_lost(tmp_path, head, body):
    [vote] = _votes(tmp_path, "amend", head + body)
    assert vote["result"] == "lost"


@pytest.mark.parametrize("head, body, counts, records", [
    (COUNTY, "8. Motion on bus services\nMr Cole proposed and Ms Dean seconded that the Council supports rural bus routes. "
     "The Chairman put the motion to the vote and the voting was as follows:\n\nFor (3)\n\nMr Adams, Mr Cole, Ms Dean\n\n"
     "Against (2)\n\nMrs Baker, Mr Eden\n\nAbstain (0)\n\nMotion carried.\n",
     (3, 2, 0), {("Adams", "for"), ("Cole", "for"), ("Dean", "for"), ("Baker", "against"), ("Eden", "against")}),
    (TOWN, "6. Parking charges\nCllr Frost proposed and Cllr Lowe seconded that parking charges be suspended in December. "
     "A recorded vote was taken. For (2): Cllr Frost, Cllr Lowe; Against (2): Cllr Hart, Cllr Jones. The motion was lost on the casting vote of the Mayor.\n",
     (2, 2, None), {("Frost", "for"), ("Lowe", "for"), ("Hart", "against"), ("Jones", "against")}),
    # As a PDF prints it: no blank lines, the heads on lines of their own, the line before them
    # ending in a colon, names wrapped over lines, a head straight after the last name.
    (COUNTY, "9. Libraries\n1) Mr Eden proposed, and Mrs Baker seconded the motion that\n“Council is asked to note the "
     "report.”\n2) The Chairman put the motion to the vote and the voting was as follows:\nFor (3)\nMr Adams, Mrs Baker, "
     "Mr\nEden\nAgainst (1)\nMs Dean\nAbstain (1)\nMr Cole\nMotion carried.\n",
     (3, 1, 1), {("Adams", "for"), ("Baker", "for"), ("Eden", "for"), ("Dean", "against"), ("Cole", "abstain")}),
    (TOWN, "7. Allotments\nCllr Hart proposed and Cllr Jones seconded that allotment rents be frozen. The voting was:\n"
     "For (2)\nCllr Hart, Cllr Jones\nAgainst (2)\nCllr Frost, Cllr Lowe\nThe motion was lost on the Mayor's casting vote.\n",
     (2, 2, None), {("Hart", "for"), ("Jones", "for"), ("Frost", "against"), ("Lowe", "against")}),
])
def test_recorded_votes_with_names(tmp_path, head, body, counts, records):
    [vote] = _votes(tmp_path, "recorded", head + body)
    assert (vote["votes_for"], vote["votes_against"], vote["votes_abstain"]) == counts
    assert {(r["name"].split()[-1], r["vote"]) for r in vote["records"]} == records


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "5. Sidewalk repair contract\nMotion: Councilmember Ortiz moved to award the sidewalk repair contract to Apex Paving. "
     "Councilmember Patel seconded. The motion passed 5-0.\n", ("Ortiz", "Patel", "carried", 5, 0, None, False)),
    (TOWNSHIP, "3. Road fund\nMotion: Trustee Walsh moved to approve the road fund bills as presented. Trustee Young seconded. "
     "The motion passed 4-1.\n", ("Walsh", "Young", "carried", 4, 1, None, False)),
])
def test_us_motion_passed_with_a_tally(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "us", head + body)
    assert _shape(vote) == expected


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "6. Park hours\nMotion by Councilmember Quinn, second by Councilmember Reyes; motion carried.\n", ("Quinn", "Reyes", "carried")),
    (TOWNSHIP, "4. Hall rental\nMotion by Treasurer Vance, second by Trustee Walsh to raise the hall rental fee; motion carried.\n",
     ("Vance", "Walsh", "carried")),
])
def test_motion_by_second_by(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "by", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"]) == expected


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "7. Minutes\nThe minutes of January 6 were moved by Councilmember Patel and seconded by Councilmember Ortiz; unanimously approved.\n",
     ("Patel", "Ortiz")),
    (LIBRARY, "2. Consent agenda\nThe consent agenda was moved by Trustee Birch and seconded by Trustee Cole; unanimously approved.\n",
     ("Birch", "Cole")),
])
def test_moved_and_seconded_unanimously_approved(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "moved", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["unanimous"]) == (*expected, "carried", True)


@pytest.mark.parametrize("head, body", [
    (CITY, "8. Dog park\nCouncilmember Reyes moved to open a dog park at Elm Street. The motion failed for lack of a second.\n"),
    (TOWNSHIP, "5. Cemetery fees\nTrustee Young moved to waive cemetery fees for veterans. The motion died for lack of a second.\n"),
])
def test_a_motion_without_a_second(tmp_path, head, body):
    [vote] = _votes(tmp_path, "nosecond", head + body)
    assert vote["result"] == "lost" and vote["seconder"] is None


@pytest.mark.parametrize("head, body, records", [
    (CITY, "9. Zoning appeal\nMotion by Councilmember Ortiz, second by Councilmember Patel to deny the appeal. "
     "Ayes: Councilmembers Ortiz, Patel and Mayor Santos - 3. Noes: Quinn - 1. Absent: Reyes - 1.\n",
     {("Ortiz", "for"), ("Patel", "for"), ("Santos", "for"), ("Quinn", "against"), ("Reyes", "absent")}),
    (TOWNSHIP, "6. Snow plowing\nMotion by Trustee Walsh, second by Clerk Underwood to renew the snow plowing contract. "
     "Ayes: Trustees Walsh, Young, Clerk Underwood and Supervisor Tran - 4. Nays: Vance - 1.\n",
     {("Walsh", "for"), ("Young", "for"), ("Underwood", "for"), ("Tran", "for"), ("Vance", "against")}),
])
def test_us_roll_call_tally(tmp_path, head, body, records):
    [vote] = _votes(tmp_path, "roll", head + body)
    assert {(r["name"].split()[-1], r["vote"]) for r in vote["records"]} == records
    assert vote["result"] == "carried"


@pytest.mark.parametrize("head, body, abstainer", [
    (CITY, "10. Library hours\nMotion by Councilmember Quinn, second by Councilmember Patel to extend library hours. "
     "The motion passed 4-0. Councilmember Reyes abstained.\n", "Reyes"),
    (TOWNSHIP, "7. Fire contract\nMotion by Trustee Young, second by Treasurer Vance to approve the fire contract. "
     "The motion passed 4-0. Trustee Walsh abstained.\n", "Walsh"),
])
def test_passed_with_an_abstention_named(tmp_path, head, body, abstainer):
    [vote] = _votes(tmp_path, "abst", head + body)
    assert (vote["result"], vote["votes_for"], vote["votes_against"]) == ("carried", 4, 0)
    assert {"name": abstainer, "vote": "abstain"} in vote["records"]


@pytest.mark.parametrize("head, body", [
    (LIBRARY, "3. Budget\nMOTION: Trustee Birch moved to approve the working budget. Trustee Cole seconded.\n"
     "DISCUSSION:\nTrustee Cole asked whether the surplus needs to be moved to the reserve fund. The Director said it does not.\n"
     "Roll call vote:\nAyes - Trustees Ames, Birch, Cole\nNays - None\nAbsent - Trustee Dunn\nMotion carried\n"),
    (TOWNSHIP, "8. Hall roof\nMOTION: Trustee Walsh moved to repair the hall roof. Trustee Young seconded.\n"
     "Supervisor Tran said two quotes had been received.\nRoll call vote:\nAyes - Trustee Walsh, Trustee Young, Supervisor Tran\n"
     "Nays - Treasurer Vance\nMotion carried\n"),
])
def test_a_roll_call_a_line_per_answer_after_discussion(tmp_path, head, body):
    """The vote taken after the discussion of a motion is that motion's, and a roll call
    printed a line per answer, then "Motion carried", is one vote."""
    [vote] = _votes(tmp_path, "lines", head + body)
    assert vote["result"] == "carried" and vote["mover"] in ("Birch", "Walsh")
    assert any(r["vote"] == "for" for r in vote["records"])


def test_hostile_names_are_kept_as_text(tmp_path):
    """Names that look like markup or SQL are stored as printed (the store binds them as
    parameters; see tests/test_store.py)."""
    body = ("9. Test\nMotion by Councilmember O'Brien-Drop, second by Councilmember Table; motion carried. "
            "Ayes: Councilmembers O'Brien-Drop, Table - 2.\n")
    [vote] = _votes(tmp_path, "hostile", CITY + body)
    assert vote["mover"] == "O'Brien-Drop"


# Motions laid out a line each: "N. Moved by" / "Seconded by" / "That ..." / the recorded vote /
# the result (Canadian and many UK councils print them so), under unnumbered bold headings.
ASHBURN = """MINUTES OF ASHBURN TOWN COUNCIL
Held in the Council Chamber, Town Hall on Monday, April 7, 2025 at 6:00 p.m.
Council: Mayor Lund, Councillor A. Brook, Councillor C. Dale, Councillor E. Frost
**Confirmation of Minutes**
1. Moved by Councillor Brook
Seconded by Councillor Dale
That the minutes of the meeting held on March 3, 2025 be confirmed as recorded.
VOTING IN FAVOUR: Mayor Lund, Councillors Brook, Dale and Frost (4)
VOTING AGAINST: (0)
CARRIED
**Road Resurfacing**
2. Moved by Councillor Frost
Seconded by Councillor Brook
That the tender for road resurfacing be awarded to Kestrel Paving.
VOTING IN FAVOUR: Mayor Lund, Councillors Brook and Frost (3)
VOTING AGAINST: Councillor Dale (1)
CARRIED
**Adjournment**
3. Moved by Councillor Dale
Seconded by Councillor Frost
That the meeting be adjourned.
CARRIED
"""
ELMWOOD = """ELMWOOD LIBRARY BOARD
Minutes of the Regular Meeting of the Library Board held on May 12, 2025
Present: Trustees Ames, Birch, Cole and Drury
**Budget**
Motion by Trustee Ames
Second by Trustee Birch
That the 2026 operating budget be approved as presented.
Voted in favour: Trustees Ames, Birch and Cole (3)
Opposed: Trustee Drury (1)
Motion carried.
"""


def test_motion_laid_out_a_line_each_with_its_recorded_vote(tmp_path):
    from extractors.minutes import extract_minutes

    votes = _votes(tmp_path, "ashburn", ASHBURN)
    assert [(v["mover"], v["seconder"], v["result"], v["votes_for"], v["votes_against"]) for v in votes] == [
        ("Brook", "Dale", "carried", 4, 0), ("Frost", "Brook", "carried", 3, 1), ("Dale", "Frost", "carried", None, None)]
    assert votes[1]["motion"].startswith("That the tender for road resurfacing")
    assert sorted((r["name"], r["vote"]) for r in votes[1]["records"]) == [
        ("Brook", "for"), ("Dale", "against"), ("Frost", "for"), ("Lund", "for")]
    # Printed as a PDF, bold headings over the motions: the numbered motions are not minutes,
    # the headings are (numbered by position), and the vote lines in capitals are neither.
    from tests.pdfgen import styled_pdf

    lines = [line.strip("*") for line in ASHBURN.strip().splitlines()]
    page = [(line, {"bold": True}) if f"**{line}**" in ASHBURN or k == 0 else line for k, line in enumerate(lines)]
    path = styled_pdf(tmp_path / "ashburn.pdf", [page])
    minutes = extract_minutes(read_document(path, path.read_bytes()))
    assert [m["title"] for m in minutes] == ["Confirmation of Minutes", "Road Resurfacing", "Adjournment"]
    assert [(v["mover"], v["result"]) for v in extract_votes(read_document(path, path.read_bytes()))] == [
        ("Brook", "carried"), ("Frost", "carried"), ("Dale", "carried")]


def test_motion_and_second_on_lines_of_their_own_with_named_votes(tmp_path):
    [vote] = _votes(tmp_path, "elmwood", ELMWOOD)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["votes_for"], vote["votes_against"]) == (
        "Ames", "Birch", "carried", 3, 1)
    assert vote["motion"].startswith("That the 2026 operating budget")
    assert {r["name"]: r["vote"] for r in vote["records"]} == {"Ames": "for", "Birch": "for", "Cole": "for", "Drury": "against"}


@pytest.mark.parametrize("head, body", [
    (COUNTY, "10. Pay Policy\n1) Mr Cole proposed, and Ms Dean seconded the motion that\n“Council is asked to endorse "
             "the Pay Policy Statement.”\n2) Mrs Baker proposed and Mr Eden seconded that the motion be put to the\nvote.\n"
             "Agreed.\n3) The Chairman put the motion set out in paragraph 1 to the vote and the\nvoting was as follows:\n"
             "For (3)\nMr Adams, Mr Cole, Ms Dean\nAgainst (1)\nMrs Baker\nMotion carried.\n"),
    (TOWN, "8. Grants\n1) Cllr Hart proposed, and Cllr Jones seconded the motion that the community grants be approved.\n"
           "2) Cllr Lowe proposed and Cllr Frost seconded that the question be now put.\nAgreed.\n"
           "3) The motion at paragraph (1) was then put to the vote. For (3): Cllr Hart, Cllr Jones, Cllr Lowe; "
           "Against (1): Cllr Frost. Motion carried.\n"),
])
def test_a_closure_moved_during_a_debate_and_the_vote_on_the_first_motion(tmp_path, head, body):
    votes = _votes(tmp_path, "closure", head + body)
    assert len(votes) == 2
    first, closure = sorted(votes, key=lambda v: v["line_start"])
    assert (first["result"], first["votes_for"], first["votes_against"]) == ("carried", 3, 1)
    assert len(first["records"]) == 4
    assert closure["result"] == "carried" and closure["votes_for"] is None and closure["records"] == []


@pytest.mark.parametrize("head, body, motion", [
    (COUNTY, "11. Tributes\n3) Mr Eden proposed, and Mrs Baker seconded, that the Council formally record its sense of "
             "loss.\nAgreed unanimously.\n", "the Council formally record its sense of loss"),
    (PARISH, "4. Footpaths\nCllr Crane proposed, and Cllr Doyle seconded, that the footpath survey be commissioned.\n"
             "Agreed.\n", "the footpath survey be commissioned"),
])
def test_proposed_and_seconded_between_commas(tmp_path, head, body, motion):
    [vote] = _votes(tmp_path, "commas", head + body)
    assert (vote["motion"], vote["result"]) == (motion, "carried")


@pytest.mark.parametrize("head, body", [
    (COUNTY, "12. Corporate Parenting\n2) Mrs Baker proposed, and Mr Cole seconded the motion that\n“The County Council "
             "notes the report”\n3) Following the debate, the Chairman put the motion set out in paragraph 2.\n"
             "4) RESOLVED that the County Council notes the report.\n"),
    (TOWN, "9. Twinning\nCllr Jones proposed and Cllr Lowe seconded that the twinning association be thanked.\n"
           "RESOLVED: that the twinning association be thanked.\n"),
])
def test_a_motion_followed_by_its_resolution_was_carried(tmp_path, head, body):
    [vote] = _votes(tmp_path, "resolved", head + body)
    assert vote["result"] == "carried"


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "9. Street closure\nCouncilmember Patel moved to approve the street closure for the fair; the motion was "
           "seconded.\nAdopted 5–0\n", ("Patel", "to approve the street closure for the fair", "carried", 5, 0)),
    (TOWNSHIP, "5. Audit\nTrustee Walsh moved to accept the audit report, duly seconded. Carried 4-1.\n",
     ("Walsh", "to accept the audit report", "carried", 4, 1)),
])
def test_a_seconder_not_named_is_not_part_of_the_motion(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "unnamed-second", head + body)
    assert (vote["mover"], vote["motion"], vote["result"], vote["votes_for"], vote["votes_against"]) == expected


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "15. New business\nCouncilmember Ortiz moved, seconded by Councilmember Patel, to approve first\nreading.\n"
           "Councilmember Quinn asked about the sidewalk funding and the proposed schedule.\nMayor Santos agreed.\n"
           "After discussion, the motion carried unanimously.\n",
     ("Ortiz", "Patel", "carried", "to approve first reading", True)),
    (TOWNSHIP, "6. Hall lease\n(Presented by Clerk Underwood)\nTrustee Walsh moved, seconded by Trustee Young, to renew the hall\n"
               "lease for two years.\nTreasurer Vance reported on the proposed rent and the state of the roof.\n"
               "After discussion, the motion carried.\n",
     ("Walsh", "Young", "carried", "to renew the hall lease for two years", False)),
])
def test_moved_comma_seconded_by_and_carried_after_discussion(tmp_path, head, body, expected):
    """"X moved, seconded by Y, to ...", a debate ("the proposed schedule" moves nothing), then
    "After discussion, the motion carried": one vote, the motion's own."""
    [vote] = _votes(tmp_path, "after", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["motion"], vote["unanimous"]) == expected


@pytest.mark.parametrize("head, movers", [
    (CITY, ("Councilmember Ortiz", "Councilmember Patel", "Councilmember Reyes", "Councilmember Quinn")),
    (TOWNSHIP, ("Trustee Walsh", "Trustee Young", "Supervisor Tran", "Treasurer Vance")),
])
def test_amendments_quoted_with_a_straight_closing_mark(tmp_path, head, movers):
    """Amendments whose quotations open curly and close straight (an OCR'd text layer), each
    followed by "The motion to amend carried": three votes, none swallowing the next."""
    a, b, c, d = movers
    body = ("5. Zoning code\n"
            f"{a} moved, seconded by {b}, to amend the\nfollowing:\n"
            "Section 4 be changed from “closed at 10 p.m.\" to now read “closed at 11 p.m.\"\n"
            "The motion to amend carried unanimously.\n"
            f"{c} moved, seconded by {d}, to amend the\nfollowing:\n"
            "Section 5 be changed from “four spaces\" to now read “six spaces\n"
            "The motion to amend carried unanimously.\n"
            f"{a} moved, seconded by {c}, to approve the ordinance, as amended. The motion, as amended, carried unanimously.\n")
    votes = _votes(tmp_path, "amend", head + body)
    assert [(v["mover"], v["result"]) for v in votes] == [
        (a.split()[-1], "carried"), (c.split()[-1], "carried"), (a.split()[-1], "carried")]
    assert votes[0]["motion"].startswith("to amend the following: Section 4")
    assert votes[1]["motion"].startswith("to amend the following: Section 5") and "approve" not in votes[1]["motion"]
    assert votes[2]["motion"] == "to approve the ordinance, as amended"


def _council_pdf(path, heading: str, items: list[tuple[str, str, str]]):
    """A city council's minutes as a PDF: a numbered heading with lettered items of business,
    each title wrapped with a hanging indent, a presenter line and its motion."""
    from tests.pdfgen import styled_pdf

    lines = [("CITY OF MILLBROOK", {"bold": True, "centre": True}), ("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", {"centre": True}),
             ("January 20, 2026", {"centre": True}), ("", {}),
             ("Present: Councilmembers Ortiz, Patel, Quinn, Reyes and Mayor Santos", {}),
             ("1. CALL TO ORDER", {"gap": 6}), ("Mayor Santos called the meeting to order at 6:00 p.m.", {"x": 96}),
             (heading, {"gap": 6})]
    for letter, (title, rest, motion) in zip("abc", items):
        lines += [(f"{letter}. {title}", {"x": 78}), (rest, {"x": 96}), ("(Presented by the Finance Director)", {"x": 96}),
                  (motion, {"x": 96}), ("The motion carried unanimously.", {"x": 96})]
    lines += [("3. ADJOURN", {"gap": 6}), ("The meeting adjourned at 8:10 p.m.", {"x": 96})]
    return styled_pdf(path, [lines])


@pytest.mark.parametrize("heading, items", [
    ("2. NEW BUSINESS - (Ordinances - First Reading)", [
        ("Ordinance to appropriate funds in the Parks Fund for the repair of the", "Elm Street playground",
         "Councilmember Ortiz moved, seconded by Councilmember Patel, to approve first reading."),
        ("Ordinance to amend the parking code for the downtown district to extend", "metered hours",
         "Councilmember Quinn moved, seconded by Councilmember Reyes, to approve first reading.")]),
    ("2. RESOLUTIONS - (First and Final Reading)", [
        ("Resolution to accept the donation of a parcel at the corner of Oak Street", "and Fifth Avenue",
         "Councilmember Reyes moved, seconded by Councilmember Ortiz, to approve first and final reading."),
        ("Resolution authorizing a lease agreement for fire equipment in an amount not", "exceeding $400,000",
         "Councilmember Patel moved, seconded by Councilmember Quinn, to approve first and final reading.")]),
])
def test_lettered_items_holding_their_own_motion_are_minutes(tmp_path, heading, items):
    """"a. Ordinance to ..." wrapped under its own text, with a motion moved below it: an item
    of business under its group heading, and its vote is filed under it."""
    from extractors.pipeline import extract_all

    path = _council_pdf(tmp_path / "council.pdf", heading, items)
    doc = read_document(path, path.read_bytes())
    number = heading.split(".")[0]
    records = extract_all(doc)
    assert [m["minute_number"] for m in records["minutes"]] == ["1", number, f"{number}.a", f"{number}.b", "3"]
    assert [(v["minute_number"], v["result"]) for v in records["votes"]] == [
        (f"{number}.a", "carried"), (f"{number}.b", "carried")]


@pytest.mark.parametrize("head, body, expected", [
    (TOWNSHIP, "3) Minutes\na) Motion made by Trustee Walsh, seconded by Trustee Young that the\nminutes of the 2/9/26 meeting be approved as amended.\n"
               "Treasurer Vance said the minutes were incomplete.\nTrustee Walsh disagreed.\n"
               "Trustee Walsh-yes Trustee Young-yes Treasurer Vance-no\nSupervisor Tran-yes\nMotion Passed\n",
     ("Walsh", "Young", "carried", "the minutes of the 2/9/26 meeting be approved as amended")),
    (LIBRARY, "2. Minutes\nMotion made by Trustee Birch, seconded by Trustee Cole that the March minutes be approved.\n"
              "Trustee Dunn asked for a correction.\n"
              "Trustee Birch-yes Trustee Cole-yes Trustee Dunn-no\nTrustee Ames-yes\nMotion Passed\n",
     ("Birch", "Cole", "carried", "the March minutes be approved")),
])
def test_what_was_moved_is_not_its_result(tmp_path, head, body, expected):
    """"... seconded by Y that the minutes be approved" is the motion, not its outcome: the
    debate, the roll call and "Motion Passed" below are its vote, not another one."""
    [vote] = _votes(tmp_path, "moved", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["motion"]) == expected
    assert vote["line_end"] == len((head + body).splitlines())  # down to "Motion Passed"
    # the roll call's votes glued to the names by a hyphen ("Trustee Price-Bush-yes")
    assert len(vote["records"]) == 4 and {r["vote"] for r in vote["records"]} == {"for", "against"}
    assert all(" " not in r["name"] and not r["name"].endswith(("-yes", "-no")) for r in vote["records"])


@pytest.mark.parametrize("head", [TOWNSHIP, CITY])
def test_the_items_of_a_consent_agenda_are_not_motions_of_their_own(tmp_path, head):
    """A motion "to approve the items on the following Consent Agenda:" lists them as "i)
    Motion that ..."; the vote after the list ("Ayes All") is that one motion's."""
    body = ("6) Consent Agenda\na) Motion made by Trustee Walsh, seconded by Trustee Young to approve the items on\n"
            "the following Consent Agenda:\ni) Motion that the school be granted permission to close Grove\nStreet on 6/25.\n"
            "ii) Motion approving the parade request for Monday, 6/16.\nAyes All\n"
            "b) Motion made by Trustee Young, seconded by Trustee Walsh, that the pool staff list be approved.\nAyes All\n")
    votes = _votes(tmp_path, "consent", head + body)
    assert [(v["motion"], v["result"]) for v in votes] == [
        ("to approve the items on the following Consent Agenda", "carried"), ("the pool staff list be approved", "carried")]


@pytest.mark.parametrize("head, body, expected", [
    (CITY, "5. Closed session report\nIn the matter of Doe v. Millbrook, Case No. 2025-114, the Council by a vote of 5 ayes, "
           "gives the authority to settle up to the stipulated amount.\n",
     ("carried", 5, "In the matter of Doe v. Millbrook, Case No. 2025-114, the Council gives the authority to settle up "
                    "to the stipulated amount")),
    (TOWNSHIP, "6. Personnel\nOn one matter of personnel, the Board by a vote of 4 ayes, approved a retirement agreement.\n",
     ("carried", 4, "On one matter of personnel, the Board approved a retirement agreement")),
])
def test_a_decision_by_a_vote_of_n_ayes_was_taken(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "ayes", head + body)
    assert (vote["result"], vote["votes_for"], vote["motion"]) == expected


@pytest.mark.parametrize("head, body, expected", [
    (TOWNSHIP, "7. Equipment\nMotion made by Trustee Walsh seconded by Trustee Young approving the purchase of fire department\n"
               "radios for a total of $24,295.20.\nAyes All\n",
     ("Walsh", "Young", "carried", "approving the purchase of fire department radios for a total of $24,295.20")),
    (CITY, "9. Property\nMotion made by Councilmember Ortiz, seconded by Councilmember Patel to approve appraisals for\n"
           "30 Bath Street and 66 Front Street not to exceed $2,500.00.\nMotion carried.\n",
     ("Ortiz", "Patel", "carried", "to approve appraisals for 30 Bath Street and 66 Front Street not to exceed $2,500.00")),
])
def test_motion_made_by_without_commas_and_a_figure_opening_the_next_line(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "made", head + body)
    assert (vote["mover"], vote["seconder"], vote["result"], vote["motion"]) == expected


HOA = "Aspen Hollow Ranch Board\nMinutes of the Board Meeting, October 16, 2025\n\nBoard: Dana Quinn, Eli Hale, Farah Amari, Gus Barnes\n\n"
LAKE = "Heron Lake Property Owners Association\nMinutes of the Board Meeting, May 9, 2026\n\nPresent: Ana Ortiz, Ben Lund, Carla Pike\n\n"


@pytest.mark.parametrize("head, body, expected", [
    (HOA, "Old Business\n\u25cf Motion to replace the gate keypad at the north entrance.\n\u25cb The keypad fails in cold weather.\n"
          "\u25cb Quotes were circulated before the meeting.\n\u25cb Dana moved, Eli seconds. Motion passed.\n",
     ("to replace the gate keypad at the north entrance", "Dana", "Eli", "carried")),
    (LAKE, "Water Quality\n\u25cf Motion to fund a second season of water testing.\n\u25cb The lab raised its prices.\n"
           "\u25cb Ben moved, Carla seconded. Motion carried.\n",
     ("to fund a second season of water testing", "Ben", "Carla", "carried")),
])
def test_a_motion_then_its_mover_and_result_bullets_below(tmp_path, head, body, expected):
    # the worded motion, a few notes, then who moved and seconded it and what became of it: one vote
    [vote] = _votes(tmp_path, "bullets", head + body)
    assert _moved(vote) == expected


@pytest.mark.parametrize("head, body, expected", [
    (HOA, "New Business\n\u25cf Motion to close the lower trail with a removable barrier, Farah moved, Gus seconded.\n"
          "Two against, 2 in favor. Motion failed.\n",
     ("to close the lower trail with a removable barrier", "Farah", "Gus", "lost", 2, 2)),
    (LAKE, "Docks\n\u25cf Motion to allow kayak racks on the public dock, Ana moved, Ben seconded. One against, four in favour.\n"
           "Motion passed.\n",
     ("to allow kayak racks on the public dock", "Ana", "Ben", "carried", 4, 1)),
])
def test_counts_in_words_and_movers_after_the_wording(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "words", head + body)
    assert (vote["motion"], vote["mover"], vote["seconder"], vote["result"], vote["votes_for"],
            vote["votes_against"]) == expected


@pytest.mark.parametrize("head, body, expected", [
    (LAKE, "Minutes of the last meeting\n- Moved by Ana, seconded by Ben, accepted.\n",
     ("Minutes of the last meeting", "Ana", "Ben", "carried")),
    (HOA.replace("Board: ", "Present: "), "Treasurer's report (moved, seconded, accepted).\n"
                                          "- Moved by Dana, seconded by Eli, accepted.\n",
     ("Treasurer's report", "Dana", "Eli", "carried")),
])
def test_a_heading_is_what_was_moved_when_the_record_under_it_names_only_movers(tmp_path, head, body, expected):
    # one vote: the heading's words (without its note of how it went), carried ("accepted")
    [vote] = _votes(tmp_path, "heading", head + body)
    assert _moved(vote) == expected


def test_a_long_heading_set_large_is_what_was_moved(tmp_path):
    from tests.pdfgen import styled_pdf

    path = styled_pdf(tmp_path / "agm.pdf", [[
        ("Harbourside Rowing Association", {"size": 22}), ("2020 Annual General Meeting", {"size": 18}),
        ("- 12/4/2021, Conducted over Zoom", {"x": 90}), ("- Attendance: Ann Lee (AL), Tom Roe (TR)", {"x": 90}),
        ("Confirm the minutes of the previous general meeting (moved, seconded, accepted).", {"size": 15, "gap": 8}),
        ("- Moved by AL, seconded by TR, accepted.", {"x": 90}),
        ("Receive the committee's reports", {"size": 15, "gap": 8}), ("- The President reported on the regatta.", {"x": 90})]])
    [vote] = extract_votes(read_document(path, path.read_bytes()))
    assert (vote["motion"], vote["mover"], vote["seconder"], vote["result"]) == (
        "Confirm the minutes of the previous general meeting", "AL", "TR", "carried")


@pytest.mark.parametrize("head, body, expected", [
    (LAKE, "3. Treasurer's Report\nThe Treasurer's Report was accepted by the membership \u2013 Ana Ortiz (moved), Ben Lund "
           "(seconded).\n",
     ("The Treasurer's Report was accepted by the membership", "Ana Ortiz", "Ben Lund", "carried")),
    (HOA.replace("Board: ", "Present: "), "9. Adjournment\nThe meeting was adjourned at 9:10 p.m. \u2013 Dana Quinn (moved).\n",
     ("The meeting was adjourned at 9:10 p.m", "Dana Quinn", None, "carried")),
])
def test_a_record_of_what_was_done_with_its_mover_after_it(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "record", head + body)
    assert _moved(vote) == expected


@pytest.mark.parametrize("head, body, expected", [
    (LAKE, "2. Approval of minutes\n\u2022 Move to accept the minutes of last year's AGM\nMoved: Ana\nSeconded: Ben\n",
     ("to accept the minutes of last year's AGM", "Ana", "Ben")),
    (HOA.replace("Board: ", "Present: "), "5. Budget\nMove to accept the road budget\nMoved: Eli\nSeconded: Gus\n",
     ("to accept the road budget", "Eli", "Gus")),
])
def test_move_to_as_the_wording_over_moved_and_seconded_lines(tmp_path, head, body, expected):
    [vote] = _votes(tmp_path, "move", head + body)
    assert (vote["motion"], vote["mover"], vote["seconder"], vote["result"]) == (*expected, "no_result")

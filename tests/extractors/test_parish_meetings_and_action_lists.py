"""Parish meetings, nominations, blank form fields and closing action lists: written for these tests.

* A parish without a council meets as its "Parish Meeting": the title names the body only, and
  the record's first sentence says when it met ("These are the Minutes of the Annual General
  Meeting held on 23rd May 2023 at 7:30pm").
* "Cllr A nominated Cllr B for Chair, this was seconded by Cllr C": the person and the post
  are what was put.
* A motion form left blank ("Motion by:", "2nd by:", "Approved:", "Outcome: Issue moved to the
  Executive Session.") records no motion.
* "Action List" over "1. Daniel - organise posters ..." lines: one task per line, its owners first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,opening,committee,date", [
    ("HOLTON ST PETER PARISH MEETING",
     "These are the Minutes of the Annual General Meeting held on 23rd May 2023 at 7:30pm at the Village Hall.",
     "Holton St Peter Parish Meeting", dt.date(2023, 5, 23)),
    ("Bramfield Parish Meeting",
     "Minutes of the Half-Yearly Meeting held on Thursday 9 November 2023 in the Church Room, at 7pm.",
     "Bramfield Parish Meeting", dt.date(2023, 11, 9)),
])
def test_a_parish_meeting_dated_by_its_first_sentence(title, opening, committee, date):
    text = (f"{title}\n{opening}\n"
            "Present: Alan Tomkins, Chairman, Julia Hale, Roger Webber, Jane Wareham, Clerk and 9 residents.\n\n"
            "1. Apologies for Absence\nKaren Oakes.\n\n"
            "2. Minutes of the Previous Meeting\nThe minutes were read and agreed.\n\n"
            "3. Election of the Committee\nThe committee was elected by a unanimous show of hands.\n")
    out = extract_all(document_from_text(text))
    assert [(m["committee"], m["meeting_date"], m["kind"]) for m in out["meetings"]] == [(committee, date, "minutes")]
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "3"]


def test_a_parish_meeting_title_without_a_record_sentence_is_not_dated():
    # the name alone, over business, dates nothing: no meeting is made up
    text = ("HOLTON ST PETER PARISH MEETING\nThe village hall roof needs repairs.\n\n"
            "1. Apologies\nNone.\n")
    assert extract_all(document_from_text(text))["meetings"] == []


@pytest.mark.parametrize("nominator,nominee,post,seconder", [
    ("Cllr Athwall", "Cllr Gibson", "Chair", "Cllr Ogden"),
    ("Mr Patel", "Mrs Rowe", "Vice Chair", "Ms Quinn"),
])
def test_a_nomination_puts_the_person_and_the_post(nominator, nominee, post, seconder):
    text = ("KESTON TOWN COUNCIL\nMinutes of the Planning Committee held on Monday 2 June 2025 at 7pm\n\n"
            f"1. Election of {post}\nElection of {post} for this Committee – {nominator} nominated {nominee} for {post},\n"
            f"this was seconded by {seconder}, {nominee} accepted the nomination and following\n"
            f"the vote was unanimously voted as {post} of this committee.\n\n"
            "2. Apologies\nNone.\n")
    out = extract_all(document_from_text(text))
    votes = [(v["minute_number"], v["motion"], v["result"]) for v in out["votes"]]
    assert votes == [("1", f"{nominee} for {post}", "carried")]


def _form(body: str, filled: str, mover: str, seconder: str) -> str:
    return (f"{body} Meeting Minutes\nNovember 13, 2012\n"
            "The meeting was called to order by Tim Yates at 7:05 p.m.\n\n"
            "OLD BUSINESS\n"
            "Issue: Bed bug treatment at unit 126.\n"
            "Motion:\nMotion by:\n2nd by:\n"
            "Discussion, if any This item pertains to only one homeowner and will be moved to\n"
            "the Executive Session.\n"
            "Approved:\nAbstained:\n"
            "Outcome: Issue moved to the Executive Session.\n\n"
            "NEW BUSINESS\n"
            f"Issue: {filled}\n"
            f"Motion: To roll over the CD at {filled} at the current rate.\n"
            f"Motion by: {mover}\n2nd by: {seconder}\n"
            "Discussion, if any\n"
            f"Approved: {mover}, {seconder}, Tim Yates\nAbstained:\n"
            "Outcome: Motion Carried\n")


@pytest.mark.parametrize("body,filled,mover,seconder", [
    ("Board of Directors", "Bank of the West", "Carl Kenner", "Joy Hearst"),
    ("Homeowners Association Board", "Fremont Savings", "Ann Lowe", "Bill Marsh"),
])
def test_a_blank_motion_form_records_no_motion(body, filled, mover, seconder):
    out = extract_all(document_from_text(_form(body, filled, mover, seconder)))
    votes = [(v["motion"], v["result"]) for v in out["votes"]]
    # the form left blank, and an issue "moved to the Executive Session", put nothing to a vote
    assert votes == [(f"To roll over the CD at {filled} at the current rate", "carried")]


@pytest.mark.parametrize("society,items,expected", [
    ("Postgraduate Physics Students' Society",
     ["1. Daniel - organise posters for the Physical Systems course",
      "2. Innes/George - buy knives and forks for the welcome party (with society",
      "   funds)",
      "3. Others - let Daniel know about other graduate groups"],
     [(["Daniel"], "Daniel - organise posters for the Physical Systems course"),
      (["Innes", "George"], "Innes/George - buy knives and forks for the welcome party (with society funds)"),
      (["Others"], "Others - let Daniel know about other graduate groups")]),
    ("Riverside Rowing Club",
     ["• JD: draft the spring newsletter and circulate it",
      "• Treasurer: renew the boathouse insurance before April"],
     [(["JD"], "JD: draft the spring newsletter and circulate it"),
      (["Treasurer"], "Treasurer: renew the boathouse insurance before April")]),
])
def test_an_action_list_gives_one_task_per_line(society, items, expected):
    text = (f"{society}\nCommittee Meeting Minutes\n14.00, Tuesday 15th March, 2016\n\n"
            "1. Attendance\nDaniel, Braden, Cate, Innes and Tristan were in attendance.\n\n"
            "2. Funds\nThe committee agreed to keep the annual fee at $5.\n\n"
            "Action List\n" + "\n".join(items) + "\n\nNext meeting: 5th April\n")
    out = extract_all(document_from_text(text))
    listed = [(a["owners"], a["text"]) for a in out["actions"] if a["source"] == "action_log"]
    assert listed == expected


def test_an_actions_heading_over_prose_is_no_list():
    text = ("Riverside Rowing Club\nCommittee Meeting Minutes\nTuesday 15th March, 2016\n\n"
            "1. Boathouse\nThe roof was discussed at length.\n\n"
            "Actions\nThe committee will look at the roof again in the summer once quotes are in.\n")
    out = extract_all(document_from_text(text))
    assert [a for a in out["actions"] if a["source"] == "action_log"] == []


@pytest.mark.parametrize("title,opening,committee,date", [
    # the count of the meeting is not the body's name
    ("Senate Meeting Minutes\nTwenty Sixth Meeting of the Twenty-Fifth Senate - Tuesday, April 14th, 2026",
     "1. Call to Order", "Twenty-Fifth Senate", dt.date(2026, 4, 14)),
    ("Minutes\n3rd Meeting of the Board of Trustees - March 4, 2025", "1. Call to Order", "Board of Trustees",
     dt.date(2025, 3, 4)),
    # a title naming the body only, dated by "... was called to order ... on <date>" (a raised
    # "th" parting the comma from the day)
    ("SGA Senate Meeting Minutes",
     "The third meeting of the sixteenth Senate was called to order by Ryan Rich at 5:00 pm on September 12th , 2017.",
     "SGA Senate", dt.date(2017, 9, 12)),
    ("Graduate Student Council Meeting Minutes",
     "The regular meeting of the Council was called to order at 6:10 pm on March 3, 2022 by the President.",
     "Graduate Student Council", dt.date(2022, 3, 3)),
])
def test_a_meetings_count_and_a_called_to_order_date(title, opening, committee, date):
    text = (f"{title}\n{opening}\n\n1. Approval of the Minutes\nThe minutes were approved by unanimous consent.\n\n"
            "2. Officer Reports\nThe President reported on the spring rally.\n")
    out = extract_all(document_from_text(text))
    assert [(m["committee"], m["meeting_date"]) for m in out["meetings"]] == [(committee, date)]


@pytest.mark.parametrize("parish,sum_", [("Holton St Peter", "£1,600"), ("Bramfield", "£900")])
def test_decisions_by_a_unanimous_show_of_hands(parish, sum_):
    text = (f"{parish.upper()} PARISH MEETING\n"
            "These are the Minutes of the Annual General Meeting held on 23rd May 2023 at 7:30pm.\n\n"
            "1. Election of the Committee\n"
            "This being the maximum number allowed, these members were thanked and elected en bloc by a unanimous\n"
            "show of hands.\n\n"
            "2. Village Hall Roof\n"
            f"Those present agreed by a unanimous show of hands that {sum_} be committed to the roof.\n\n"
            "3. Precept\n"
            "It was unanimously agreed by those present that the precept should remain unchanged.\n\n"
            "4. Defibrillator Training\n"
            "Funding the training was agreed unanimously by all present.\n\n"
            "5. Minutes\n"
            "The minutes of the last meeting were approved by unanimous consent.\n")
    out = extract_all(document_from_text(text))
    votes = [(v["minute_number"], v["motion"], v["result"], v["unanimous"]) for v in out["votes"]]
    assert votes == [
        ("1", "This being the maximum number allowed, these members were thanked and elected en bloc", "carried", True),
        ("2", f"that {sum_} be committed to the roof", "carried", True),
        ("3", "the precept should remain unchanged", "carried", True),
        ("4", "Funding the training was agreed by all present", "carried", True),
        # "by unanimous consent": no vote was taken
    ]


@pytest.mark.parametrize("closing", ["c. The meeting was adjourned at 6:29 p.m.", "c. Meeting adjourned at 8:15pm."])
def test_a_motion_to_adjourn_is_carried_when_the_meeting_closes(closing):
    text = ("Senate Meeting Minutes\nTwenty Sixth Meeting of the Twenty-Fifth Senate - Tuesday, April 14th, 2026\n\n"
            "1. Call to Order\na. The meeting was called to order at 5:00 PM.\n\n"
            "2. Adjournment\n"
            "a. Senator Lucas made a motion to adjourn the meeting.\n"
            "b. The motion was seconded by Senator Harvey.\n"
            f"{closing}\n")
    out = extract_all(document_from_text(text))
    assert [(v["minute_number"], v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == [
        ("2", "to adjourn the meeting", "Lucas", "Harvey", "carried")]


@pytest.mark.parametrize("league,first,second", [
    ("ATLANTIC FOOTBALL LEAGUE", ("Justin", "Barry"), ("Mike", "Rick")),
    ("PRAIRIE RUGBY CLUB", ("Dana", "Lee"), ("Sam", "Kit")),
])
def test_numbered_motions_of_a_general_meeting(league, first, second):
    text = (f"{league}\nAnnual General Meeting\nMinutes\nMay 5, 2012 – 10:00 a.m.\n\n"
            "4) Agenda\nTwo amendments were made to agenda item 12 Other Business. "
            f"{first[0]} then moved the agenda be approved, seconded by {first[1]}. Adopted.\n\n"
            "11) Constitution – Bylaw changes\n"
            "Motion 1 - amend Bylaw Article 6 – Player Age to:\n"
            "Players must be in the eighteen to twenty four age group.\n\n"
            f"Moved by {first[0]}; seconded by {first[1]}; unanimously adopted.\n"
            ":\n"  # a stray colon the text layer puts on a line of its own
            "Motion 2 – amend Bylaw Article 3.1 to:\n"
            "Players must have been on the game day roster for two regular season games.\n\n"
            f"Moved by {second[0]}; seconded by {second[1]}; unanimously adopted.\n")
    out = extract_all(document_from_text(text))
    votes = [(v["minute_number"], v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]]
    assert votes == [
        ("4", "the agenda be approved", first[0], first[1], "carried"),
        ("11", "amend Bylaw Article 6 – Player Age to: Players must be in the eighteen to twenty four age group",
         first[0], first[1], "carried"),
        ("11", "amend Bylaw Article 3.1 to: Players must have been on the game day roster for two regular season games",
         second[0], second[1], "carried"),
    ]


@pytest.mark.parametrize("body,funds", [
    ("Board of Trustees", [("General Fund $ 268,235.61"), ("Sewer Relevy 82.89"), ("Total $ 268,318.50")]),
    ("Village Board", [("Highway Fund $ 12,400.00"), ("Water Fund 3,037.24"), ("Total $ 15,437.24")]),
])
def test_a_schedule_of_sums_under_a_motion_keeps_it_open_for_its_vote(body, funds):
    text = (f"Minutes of the {body} Meeting held on November 10, 2025\n\n"
            "16) Adjournment/Voucher Audit:\n"
            "Motion made by Trustee Price, seconded by Trustee Raymond, that the Vouchers be audited, and the\n"
            "meeting adjourned at 9:34pm.\n\n" + "\n\n".join(funds) + "\n\nAyes All\n\nRespectfully Submitted,\n")
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["result"], v["unanimous"]) for v in out["votes"]] == [
        ("the Vouchers be audited, and the meeting adjourned at 9:34pm", "carried", True)]


@pytest.mark.parametrize("names", [["Daniel", "Braden", "Cate", "Innes"], ["Priya Shah", "Tom Reyes", "Ana Lima"]])
def test_those_in_attendance_are_present_when_no_list_says_so(names):
    text = ("Postgraduate Physics Students' Society\nCommittee Meeting Minutes\n14.00, Tuesday 15th March, 2016\n\n"
            "1. Attendance\n"
            f"{', '.join(names[:-1])} and {names[-1]} were in attendance.\n\n"
            "2. Funds\nThe committee agreed to keep the fee at $5.\n")
    out = extract_all(document_from_text(text))
    assert [(a["name"], a["status"]) for a in out["attendees"]] == [(n, "present") for n in names]


def test_those_also_in_attendance_beside_a_present_list_attend():
    text = ("Minutes of the Parish Council meeting held on 3 March 2024\n\n"
            "Present: Cllr Ann Baker (Chair), Cllr Tom Hale, Cllr Joan Pike\n"
            "The Clerk, Mary Wood, was also in attendance.\n\n"
            "1. Apologies\nNone.\n")
    out = extract_all(document_from_text(text))
    statuses = {a["name"]: a["status"] for a in out["attendees"]}
    assert statuses["Ann Baker"] == "present" and statuses["Mary Wood"] == "in_attendance"


@pytest.mark.parametrize("rows,expected", [
    (["Tim Young, President - Present", "Charissa Grant, Vice President - Absent", "Carl Kent, Treasurer - Present"],
     [("Tim Young", "present", None), ("Charissa Grant", "absent", None), ("Carl Kent", "present", None)]),
    (["Mayor Jane Cole – Present", "Trustee Raul Ortiz – Excused", "Trustee Amy Finch – Present"],
     [("Jane Cole", "present", None), ("Raul Ortiz", "apologies", None), ("Amy Finch", "present", None)]),
])
def test_a_roll_call_a_member_a_line_with_their_answer(rows, expected):
    text = ("October 9, 2012 Board of Directors Meeting Minutes\n"
            "The meeting was called to order at 6:59 p.m. Board members are:\n" + "\n".join(rows) +
            "\n\nAPPROVAL OF THE MINUTES\nThe minutes were approved.\n")
    out = extract_all(document_from_text(text))
    assert [(a["name"], a["status"], a["role"]) for a in out["attendees"]] == expected


@pytest.mark.parametrize("township,mover", [("CRETE TOWNSHIP", "Elton"), ("MONEE TOWNSHIP", "Vargas")])
def test_empty_run_in_headings_do_not_run_into_the_motion_below(township, mover):
    text = (f"{township}\nMINUTES OF THE REGULAR BOARD MEETING\nMarch 31, 2025\n\n"
            "REPORTS:\nThe Supervisor reported on the grant for the community kitchen.\n\n"
            "OLD BUSINESS –\nNEW BUSINESS –\nCORRESPONDENCE –\nEXECUTIVE SESSION –\n"
            f"A Motion to adjourn was made by Trustee {mover}, seconded by Trustee Albrecht. All were in favor.\n"
            "Adjournment passes. The meeting stands adjourned at 4:37 PM.\n")
    out = extract_all(document_from_text(text))
    titles = {m["minute_number"]: m["title"] for m in out["minutes"]}
    votes = [(titles.get(v["minute_number"]), v["motion"], v["mover"], v["line_start"]) for v in out["votes"]]
    assert votes == [("EXECUTIVE SESSION", "to adjourn", mover, text.split("\n").index(
        next(x for x in text.split("\n") if x.startswith("A Motion"))) + 1)]


@pytest.mark.parametrize("plan,units", [("NW2050", ("SL103", "SL70", "SL42", "SL27")), ("VR1187", ("SL8", "SL12", "SL3", "SL5"))])
def test_numbered_motions_under_an_item_are_its_sub_items(plan, units):
    text = (f"STRATA PLAN {plan}\nMINUTES OF THE SPECIAL GENERAL MEETING\nThursday, January 16, 2025\n\n"
            "4. PROOF OF NOTICE OF MEETING\nNotice of this meeting was sent out on December 20, 2024.\n\n"
            "5. INTRODUCTION OF HEAD TABLE\nThe Council President introduced the Head Table.\n"
            "5.1 Motion to elect Daryl Foster to chair the Special General Meeting.\n"
            f"Moved: {units[0]}\nSeconded: {units[1]}\nMotion was carried\n"
            "5.2 Motion to approve the Agenda\n"
            f"Moved: {units[2]}\nSecond: {units[3]}\nMotion was carried unanimously.\n\n"
            "6. RULES OF ORDER\nEach attendee receives a voting card.\n")
    out = extract_all(document_from_text(text))
    assert [m["minute_number"] for m in out["minutes"]] == ["4", "5", "5.1", "5.2", "6"]
    assert [(v["minute_number"], v["motion"], v["mover"]) for v in out["votes"]] == [
        ("5.1", "to elect Daryl Foster to chair the Special General Meeting", units[0]),
        ("5.2", "to approve the Agenda", units[2])]


@pytest.mark.parametrize("heading,result", [
    ("12. ADJOURNMENT at 11:19 am", "carried"),
    ("12. Adjournment – 8:42 p.m.", "carried"),
    ("12. Adjournment", "no_result"),  # no time, no word of the meeting closing: not said
])
def test_a_motion_under_an_adjournment_heading_is_to_adjourn(heading, result):
    text = ("VILLAGE OF ESTERO\nVILLAGE COUNCIL MEETING MINUTES\nDecember 4, 2024\n\n"
            "11. VILLAGE MANAGER'S REPORT\nThe Village Manager gave his report.\n\n"
            f"{heading}\n\nMotion by Councilmember Fiesel and seconded by Councilmember Fayhee.\n")
    out = extract_all(document_from_text(text))
    assert [(v["minute_number"], v["motion"], v["result"]) for v in out["votes"]] == [
        (heading.split(".")[0], "to adjourn", result)]


@pytest.mark.parametrize("parent,sub,motion", [
    ("CONSENT AGENDA", "5.1 November 20, 2024 Council Minutes", "Motion to approve consent agenda."),
    ("INFORMATION REQUESTS REPORT", "5.1 War of 1812 Bicentennial Celebration",
     "Motion to receive the Information Requests Report."),
])
def test_a_motion_naming_its_items_business_is_filed_under_it(parent, sub, motion):
    text = ("VILLAGE OF ESTERO\nVILLAGE COUNCIL MEETING MINUTES\nDecember 4, 2024\n\n"
            "4. PUBLIC COMMENT\nNone.\n\n"
            f"5. {parent}\n{sub}\n{motion}\nMotion by: Vice Mayor Ribble\nSeconded by: Councilmember Ward\n"
            "Action: Approved.\n\n"
            "6. ADJOURNMENT\nThe meeting closed.\n")
    out = extract_all(document_from_text(text))
    assert [(v["minute_number"], v["result"]) for v in out["votes"]] == [("5", "carried")]


def test_a_motion_naming_its_sub_items_business_stays_there():
    text = ("VILLAGE OF ESTERO\nVILLAGE COUNCIL MEETING MINUTES\nDecember 4, 2024\n\n"
            "4. PUBLIC COMMENT\nNone.\n\n"
            "5. CONSENT AGENDA\n5.1 Bond Rating Report\nMotion to accept the Bond Rating Report on the consent agenda.\n"
            "Motion by: Vice Mayor Ribble\nSeconded by: Councilmember Ward\nAction: Approved.\n\n"
            "6. ADJOURNMENT\nThe meeting closed.\n")
    out = extract_all(document_from_text(text))
    assert [(v["minute_number"], v["result"]) for v in out["votes"]] == [("5.1", "carried")]


@pytest.mark.parametrize("village,rating", [("ESTERO", "Standard & Poor's General Obligation Bond Rating"),
                                            ("BONITA", "Moody's Utility Revenue Bond Rating")])
def test_a_lettered_item_titled_by_the_motion_it_records(tmp_path, village, rating):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(f"VILLAGE OF {village}", {"bold": True, "size": 14}), ("VILLAGE COUNCIL MEETING MINUTES", {"bold": True}),
            ("December 4, 2024", {"bold": True}),
            ("7. ACTION ITEM", {"bold": True, "gap": 12, "x": 90}),
            ("(a) Approval of the final Sports Park Campus Master Plan", {"x": 108, "gap": 6}),
            ("Motion: Motion to approve the final Sports Park Campus Master Plan.", {"x": 144, "gap": 6}),
            ("Motion by: Councilmember Ward", {"x": 180}), ("Seconded by: Councilmember Lopez", {"x": 180}),
            ("Action: Approved the final Sports Park Master Plan.", {"x": 144}),
            (f"(b) Motion to accept the {rating} for the", {"x": 108, "gap": 12}),
            (f"Village of {village.title()}", {"x": 126}),
            ("Staff Presentation/Comments", {"x": 126, "bold": True, "gap": 12}),
            ("Steve Sarkozy, Village Manager", {"x": 126}),
            (f"Motion: Motion to accept the {rating}", {"x": 144, "gap": 12}),
            (f"for the Village of {village.title()}.", {"x": 189}),
            ("Motion by: Councilmember Ward", {"x": 180, "gap": 6}), ("Seconded by: Councilmember Fayhee", {"x": 180}),
            (f"Action: Approved motion to accept the {rating}.", {"x": 144, "gap": 6}),
            ("8. ADJOURNMENT", {"bold": True, "gap": 12, "x": 90})]
    path = styled_pdf(tmp_path / "council.pdf", [page])
    out = extract_all(read_document(path, path.read_bytes()))
    assert [m["minute_number"] for m in out["minutes"]] == ["7", "7.a", "7.b", "8"]
    assert [v["minute_number"] for v in out["votes"]] == ["7.a", "7.b"]


@pytest.mark.parametrize("trust,tally,counts", [("PEVENSEY TOWN TRUST", "5 for 1 against", (5, 1)),
                                                ("WESTHAM VILLAGE TRUST", "4 for 2 against", (4, 2))])
def test_a_tally_after_the_wording_without_a_capital(trust, tally, counts):
    # "... their relative councils. 5 for 1 against." is one sentence (no capital after the full
    # stop): the wording goes on, the tally is the vote's
    text = (f"{trust}\nAPPROVED MINUTES 28 SEPTEMBER 2016\n\n"
            "Present Mr P Evans (PE), Mrs G Parsons (GP), Mr R Slater (RS)\n\n"
            "1. Confidentiality\n"
            "Proposed by RS seconded by GP to accept the following amended statement for the signing in book -\n"
            "‘Trustees are reminded that all business conducted is of a confidential nature. This does not\n"
            f"preclude Council representatives reporting back to their councils. {tally}. Motion passed.\n\n"
            "2. Apologies\nNone.\n")
    out = extract_all(document_from_text(text))
    assert [(v["minute_number"], v["result"], v["votes_for"], v["votes_against"]) for v in out["votes"]] == [
        ("1", "carried", *counts)]


def test_a_result_and_its_tally_in_one_sentence_keep_both():
    text = ("PEVENSEY TOWN TRUST\nAPPROVED MINUTES 28 SEPTEMBER 2016\n\n"
            "1. Car Park\nProposed by PE seconded by RS that the car park charges stay as they are.\n"
            "The motion was carried. 4 for 2 against.\n\n2. Apologies\nNone.\n")
    out = extract_all(document_from_text(text))
    assert [(v["result"], v["votes_for"], v["votes_against"]) for v in out["votes"]] == [("carried", 4, 2)]


@pytest.mark.parametrize("mover,apostrophe", [("Lucas Knight", "’"), ("Jane Doe", "'")])
def test_a_members_motion_that_passes(mover, apostrophe):
    text = ("SGA Senate Meeting Minutes\n"
            "The third meeting of the sixteenth Senate was called to order by Ryan Rich at 5:00 pm on April 18th, 2017.\n\n"
            "- Officer Reports\n- President: the rally is in February.\n"
            "- Unfinished Business\n- Bill 29-17-S passes.\n"
            f"- {mover}{apostrophe}s motion to move out of the bylaws passes.\n"
            f"- {mover}{apostrophe}s motion to table Bill 30-17-S fails.\n"
            "- Announcements\n- The swim meet is on Friday.\n")
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["mover"], v["result"]) for v in out["votes"]][-2:] == [
        ("to move out of the bylaws", mover, "carried"), ("to table Bill 30-17-S", mover, "lost")]

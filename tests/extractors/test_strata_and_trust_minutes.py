"""Owners' corporations, charity trustees and non-profit boards: house styles written for these tests.

- A strata council numbers its items "1.0", "2.0", ... with "4.1" and "4.2.3" under them, lists
  "Present" and "Regrets" as bold headings over bullets in two columns, and records "Council voted
  to approve ..." over "For: 4"; its general meetings print "Motion: To ..." over "Moved: SL12" /
  "Second: SL7" / "Motion was carried" under a title block naming the strata plan.
- A trust's minutes open "Present Mr A Smith (AS), ..." without a colon and record "Proposed by AS
  seconded by BJ that ... 2 for 5 against 1 abstention. Motion failed."
- A non-profit board's letterhead wraps its name over three lines above "April 6, 2019 Board
  Meeting", or prints "XYZ Board Meeting" over a plain date line.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

B = {"bold": True}
TITLE = {"bold": True, "size": 16, "centre": True}


def _extract(tmp_path, name: str, pages):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    return extract_all(read_document(path, path.read_bytes()))


def _council(plan: str, date: str, left: list[str], right: list[str], regrets: str, approved: str, supplier: str):
    rows = [(plan, TITLE), ("Strata Council Meeting Minutes", TITLE), (date, {"bold": True, "size": 13, "centre": True}),
            ("1.0 ATTENDEES", {**B, "gap": 12}), ("Present", {**B, "x": 66})]
    rows += [(f"\u2022 {a}", {"x": 78, "right": (330, f"\u2022 {b}")} if b else {"x": 78})
             for a, b in zip(left, right + [""] * (len(left) - len(right)))]
    rows += [("Regrets", {**B, "x": 66, "gap": 8}), (f"\u2022 {regrets}", {"x": 78}),
             ("2.0 CALL TO ORDER: 6:30 PM", {**B, "gap": 12}),
             ("3.0 ADOPTION OF MINUTES", {**B, "gap": 8}),
             ("The minutes of the last Strata Council meeting were approved by email.", {}),
             ("4.0 COMMITTEE REPORTS", {**B, "gap": 8}),
             ("4.1 Gardens", {"gap": 6}), ("The gardeners pruned the hedges along the lane.", {}),
             ("4.2 Maintenance", {"gap": 6}),
             ("4.2.1 Roof Drains", {**B, "gap": 4}), ("Two drains were cleared after the storm.", {}),
             ("4.2.2 Pool", {**B, "gap": 4}),
             (f"Because the cost of the repairs proposed by {supplier} was substantial, the Council", {}),
             ("asked the Administrator to seek two more quotes.", {}),
             ("5.0 NEW BUSINESS", {**B, "gap": 12}),
             ("5.1 Bicycle Storage", {"gap": 6}),
             (f"Council voted to approve {approved}.", {}),
             ("For: 4", {"gap": 4}), ("Recusal from voting: 1", {}),
             ("6.0 MEETING ADJOURNED: 8:15 PM", {**B, "gap": 12})]
    return [rows]


HARBOUR = _council("Strata Plan LMS1234", "Tuesday, May 12, 2026",
                   ["Ana Pereira", "Tom Walsh", "Grace Liu"], ["Omar Haddad", "Ruth Byrne"], "Ivan Petrov",
                   "the request by the owner of SL21 to add a second bicycle rack", "Aqua Pools Ltd")
MAPLE = _council("Strata Plan VR0456", "Thursday, October 8, 2026",
                 ["Hugh Bennett", "Mei Tanaka"], ["Carla Ortiz", "Dev Patel"], "Lena Fischer",
                 "the quote from Cycle Racks Inc for a locked storage cage", "Poolside Services")


@pytest.mark.parametrize("name,pages,plan,present,regrets,motion", [
    ("harbour", HARBOUR, "Strata Plan LMS1234", {"Ana Pereira", "Tom Walsh", "Grace Liu", "Omar Haddad", "Ruth Byrne"},
     "Ivan Petrov", "to approve the request by the owner of SL21 to add a second bicycle rack"),
    ("maple", MAPLE, "Strata Plan VR0456", {"Hugh Bennett", "Mei Tanaka", "Carla Ortiz", "Dev Patel"},
     "Lena Fischer", "to approve the quote from Cycle Racks Inc for a locked storage cage"),
])
def test_strata_council_minutes(tmp_path, name, pages, plan, present, regrets, motion):
    out = _extract(tmp_path, name, pages)
    [meeting] = out["meetings"]
    assert meeting["kind"] == "minutes"
    # bulleted names under bare "Present" / "Regrets" headings, in two columns
    statuses = {r["name"]: r["status"] for r in out["attendees"]}
    assert {n for n, s in statuses.items() if s == "present"} == present
    assert {n for n, s in statuses.items() if s == "apologies"} == {regrets}
    # "5.0" after "4.2.2" goes back up a level: the items on after the nested ones are read
    numbers = [m["minute_number"] for m in out["minutes"]]
    assert numbers[:4] == ["1.0", "2.0", "3.0", "4.0"]
    assert {"4.2.2", "5.0", "5.1", "6.0"} <= set(numbers)
    # "the repairs proposed by <supplier>" moved nothing; "Council voted to approve ..." over
    # "For: 4" is the one vote, carried, its count as printed
    [vote] = out["votes"]
    assert (vote["motion"], vote["result"], vote["votes_for"], vote["minute_number"]) == (motion, "carried", 4, "5.1")


def _general_meeting(plan: str, place: str, date: str, minutes_of: str, movers: tuple[str, str]):
    return [[(f"{plan.upper()}, {place.upper()},", TITLE), ("SPECIAL GENERAL MEETING", TITLE),
             (date.upper(), TITLE),
             ("1. CALL TO ORDER:", {"x": 60, "gap": 14}),
             ("The meeting was called to order at 7:00 PM by the Council President.", {"x": 78}),
             (f"2. APPROVAL OF THE {minutes_of.upper()} MINUTES", {"x": 60, "gap": 10}),
             (f"Motion: To approve the Annual General Meeting Minutes of {minutes_of}.", {"x": 78, "gap": 6}),
             (f"Moved: {movers[0]}", {"x": 78, "gap": 6}), (f"Second: {movers[1]}", {"x": 78}),
             ("Motion was carried. None opposed.", {"x": 78}),
             ("3. TERMINATION", {"x": 60, "gap": 10}),
             ("The meeting was terminated at 7:46 PM.", {"x": 78})]]


@pytest.mark.parametrize("name,pages,committee,motion,mover", [
    ("lms1234", _general_meeting("Strata Plan LMS1234", "Harbour View", "Thursday, January 15, 2026 at 7:00 PM",
                                 "November 20, 2025", ("SL103", "SL70")),
     "Strata Plan LMS1234, Harbour View", "To approve the Annual General Meeting Minutes of November 20, 2025", "SL103"),
    ("sp5678", _general_meeting("Owners Corporation SP5678", "Riverside Court", "Monday, March 2, 2026 at 6:30 PM",
                                "October 14, 2025", ("Lot 12", "Lot 4")),
     "Owners Corporation SP5678, Riverside Court", "To approve the Annual General Meeting Minutes of October 14, 2025",
     "Lot 12"),
])
def test_owners_general_meeting(tmp_path, name, pages, committee, motion, mover):
    out = _extract(tmp_path, name, pages)
    [meeting] = out["meetings"]
    # the owners' corporation named in capitals over "SPECIAL GENERAL MEETING" is the body
    assert (meeting["committee"], meeting["kind"]) == (committee, "minutes")
    # "Motion: To ..." over "Moved:" / "Second:" is the wording of the motion they moved
    [vote] = out["votes"]
    assert (vote["motion"], vote["mover"], vote["result"]) == (motion, mover, "carried")


def _trust(name: str, people: list[tuple[str, str]], sum_: str, cause: str, task: str):
    present = ", ".join(f"{p} ({i})" for p, i in people)
    a, b = people[0][1], people[1][1]
    return [[(name.upper(), TITLE), ("APPROVED MINUTES 14 OCTOBER 2025", TITLE),
             (f"Present {present}", {"gap": 12}),
             ("1. Apologies for absence", {**B, "gap": 12}), ("None", {"x": 96}),
             ("2. Grants", {**B, "gap": 10}),
             (f"Proposed by {a} seconded by {b} that the Trust donates {sum_} towards {cause}.", {"x": 96}),
             ("2 for 5 against 1 abstention. Motion failed.", {"x": 96}),
             ("3. Constitution", {**B, "gap": 10}),
             (f"Proposed by {b} seconded by {a} that {task}. 7 for 1 against Motion", {"x": 96}),
             ("passed.", {"x": 96})]]


@pytest.mark.parametrize("name,pages,present,lost,carried", [
    ("pevenham", _trust("Pevenham Town Trust", [("Mr A Smith", "AS"), ("Mrs B Jones", "BJ"), ("Dr C Okafor", "CO")],
                        "£2000", "the cost of the hall roof", "AS and BJ prepare a draft constitution"),
     {"A Smith", "B Jones", "C Okafor"}, "that the Trust donates £2000 towards the cost of the hall roof",
     "that AS and BJ prepare a draft constitution"),
    ("westmoor", _trust("Westmoor Almshouse Charity", [("Mrs D Hale", "DH"), ("Mr E Frost", "EF"), ("Ms F Grant", "FG"),
                                                       ("Revd G Moss", "GM")],
                        "£350", "the churchyard wall", "the Clerk writes to the Charity Commission"),
     {"D Hale", "E Frost", "F Grant", "G Moss"}, "that the Trust donates £350 towards the churchyard wall",
     "that the Clerk writes to the Charity Commission"),
])
def test_trust_minutes(tmp_path, name, pages, present, lost, carried):
    out = _extract(tmp_path, name, pages)
    # "Present Mr A Smith (AS), ...": the list without a colon after "Present"
    assert {r["name"] for r in out["attendees"] if r["status"] == "present"} == present
    votes = {v["motion"].removeprefix("that "): v for v in out["votes"]}
    lost, carried = lost.removeprefix("that "), carried.removeprefix("that ")
    # "2 for 5 against 1 abstention" is the vote, not part of what was moved
    assert (votes[lost]["result"], votes[lost]["votes_for"], votes[lost]["votes_against"], votes[lost]["votes_abstain"]) \
        == ("lost", 2, 5, 1)
    assert (votes[carried]["result"], votes[carried]["votes_for"], votes[carried]["votes_against"]) == ("carried", 7, 1)


@pytest.mark.parametrize("name,pages,committee", [
    ("nmw", [[("New Mexico Network", TITLE), ("for Women in", TITLE), ("Science & Engineering", TITLE),
              ("April 6, 2019 Board Meeting", {"bold": True, "size": 14, "centre": True}),
              ("Attendees:", {**B, "gap": 14}), ("Board Members: Ann Lee, Bea Ruiz, Cal Ford", {}),
              ("Secretary's Report", {**B, "gap": 12}), ("The January minutes were approved as corrected.", {}),
              ("Treasurer's Report", {**B, "gap": 12}), ("The balance is $1,200.", {})]],
     "New Mexico Network for Women in Science & Engineering Board"),
    ("ohio", [[("Ohio Valley Society", TITLE), ("of Bird Watchers and", TITLE), ("Nature Photographers", TITLE),
               ("March 3, 2025 Board Meeting", {"bold": True, "size": 14, "centre": True}),
               ("Attendees:", {**B, "gap": 14}), ("Board Members: Dan Kerr, Eve Marsh, Flo Hart", {}),
               ("Membership", {**B, "gap": 12}), ("Forty members renewed.", {}),
               ("Field Trips", {**B, "gap": 12}), ("The spring trip is booked.", {})]],
     "Ohio Valley Society of Bird Watchers and Nature Photographers"),
])
def test_letterhead_name_wrapped_over_lines(tmp_path, name, pages, committee):
    # the name runs on where a line ends on "for" or "and", or the next opens in lower case;
    # "Board" under a name that is no body's ("... Science & Engineering") is that name's board
    out = _extract(tmp_path, name, pages)
    [meeting] = out["meetings"]
    assert meeting["committee"] == committee


@pytest.mark.parametrize("name,pages,committee,date", [
    ("nmnwse", [[("NMNWSE Board Meeting", {"bold": True, "size": 13, "centre": True}),
                 ("Saturday, December 17, 2005, 10:00 AM (Betty's home, Albuquerque)", {"x": 72}),
                 ("Present:", {"x": 72, "gap": 12}), ("Tina Gamble, Dora Roberts, Bea Fry", {"x": 72}),
                 ("Secretary's Report", {**B, "x": 72, "gap": 12}), ("Dora moved, Bea seconds. Minutes approved.", {"x": 72}),
                 ("Treasurer's Report", {**B, "x": 72, "gap": 12}), ("The balance is $18,000.", {"x": 72})]],
     "NMNWSE Board", "2005-12-17"),
    ("garden", [[("Hillside Garden Club Committee Meeting", {"bold": True, "size": 13, "centre": True}),
                 ("Monday, 9 March 2026, 7:30 PM (the Scout Hut)", {"x": 72}),
                 ("Present:", {"x": 72, "gap": 12}), ("Jo Baxter, Sam Reid, Kit Lowe", {"x": 72}),
                 ("Plant Sale", {**B, "x": 72, "gap": 12}), ("The sale raised £420.", {"x": 72}),
                 ("Summer Show", {**B, "x": 72, "gap": 12}), ("Judges are booked.", {"x": 72})]],
     "Hillside Garden Club Committee", "2026-03-09"),
])
def test_plain_date_line_under_a_title(tmp_path, name, pages, committee, date):
    out = _extract(tmp_path, name, pages)
    [meeting] = out["meetings"]
    assert (meeting["committee"], str(meeting["meeting_date"]), meeting["kind"]) == (committee, date, "minutes")


def _grid_minutes(body: str, rows: list[list[str]]):
    head = ["Moved/Seconded", "Outcome", "Action", "Person responsible"]
    cols = [50, 150, 250, 470, 560]
    page = [(body, TITLE), ("Minutes of Committee Meeting", {**B, "x": 50}),
            ("Thursday 25 August 2026 at 19:00", {**B, "x": 50}),
            ("Members present: Joan Dent (JD), Rob Eves (RE), Lara Sun (LS)", {"x": 50, "gap": 8})]
    for k, row in enumerate(rows, start=1):
        page += [(f"{k}. Item {k}", {**B, "x": 50, "gap": 14}), ("The committee discussed the matter.", {"x": 50}),
                 ("", {"grid": [head, row], "cols": cols, "gap": 6})]
    return [page]


@pytest.mark.parametrize("name,pages,expected", [
    ("ratepayers", _grid_minutes("Kauri Bay Ratepayers Association", [
        ["JD / RE", "Motion passed", "Minutes accepted as a true record", "LS"],
        ["LS / RE", "Lost", "Buy a second noticeboard", "RE"]]),
     [("Minutes accepted as a true record", "JD", "RE", "carried", "1"), ("Buy a second noticeboard", "LS", "RE", "lost", "2")]),
    ("residents", _grid_minutes("Harbour Lane Residents Society", [
        ["RE / LS", "Carried", "Write to the council about the lights", "JD"],
        ["JD / LS", "Carried", "Hold the summer fair on 4 July", "LS"]]),
     [("Write to the council about the lights", "RE", "LS", "carried", "1"),
      ("Hold the summer fair on 4 July", "JD", "LS", "carried", "2")]),
])
def test_decisions_printed_as_grids(tmp_path, name, pages, expected):
    out = _extract(tmp_path, name, pages)
    # each grid row is one motion: wording from "Action", mover / seconder from "JD / RE", the
    # result from "Outcome"; the broken lines of the grid are not read as motions of their own
    got = [(v["motion"], v["mover"], v["seconder"], v["result"], v["minute_number"]) for v in out["votes"]]
    assert got == expected


def _notice(sentence: str, items: list[str]):
    page = [("Notice of annual general meeting", {"size": 26, "x": 72}), (sentence, {"x": 72, "gap": 20}),
            ("Agenda", {"size": 16, "x": 72, "gap": 16}), ("Ordinary business of the annual general meeting:", {"x": 72})]
    page += [(f"{k}. {item}", {"x": 90, "gap": 6}) for k, item in enumerate(items, start=1)]
    return [page]


@pytest.mark.parametrize("name,pages,committee,date,items", [
    ("makers", _notice("The annual general meeting (AGM) for Fremantle Makerspace Inc. will be held at 1pm on Saturday "
                       "14 September 2024.", ["Confirm the minutes of the previous annual general meeting.", "Annual report.",
                                              "Elect new committee."]),
     "Fremantle Makerspace Inc", "2024-09-14", ["Confirm the minutes of the previous annual general meeting", "Annual report",
                                                 "Elect new committee"]),
    ("rowers", _notice("The annual general meeting of Hobart Rowing Club will be held on Sunday 3 August 2025 at the "
                       "boatshed.", ["Apologies.", "President's report.", "Set the subscription."]),
     "Hobart Rowing Club", "2025-08-03", ["Apologies", "President's report", "Set the subscription"]),
])
def test_notice_of_a_general_meeting(tmp_path, name, pages, committee, date, items):
    out = _extract(tmp_path, name, pages)
    # "Notice of annual general meeting" names neither the body nor the day: the notice's first
    # sentence does
    [meeting] = out["meetings"]
    assert (meeting["committee"], str(meeting["meeting_date"]), meeting["kind"]) == (committee, date, "agenda")
    assert [i["title"] for i in out["agenda_items"]] == items


@pytest.mark.parametrize("text,committee,date", [
    ("Minutes\n12 March 2026\nPresent: Ann Lee, Bob Kay, Cy Dunn\n"
     "The Harbour Rowing Club committee met at the boathouse at 7pm.\n"
     "1. Boats\nThe four needs repair.\n2. Socials\nThe dinner is booked.\n", "Harbour Rowing Club", "2026-03-12"),
    ("MINUTES\nTuesday 3 June 2025\nPresent: Dee Fox, Eli Grey\nApologies: Fay Hunt\n"
     "The Greenway Allotment Society committee meeting opened at 6pm.\n"
     "1. Plots\nTwo plots are vacant.\n2. Water\nThe trough leaks.\n", "Greenway Allotment Society", "2025-06-03"),
])
def test_body_named_only_in_the_text_of_the_first_page(text, committee, date):
    from minutebook.document import document_from_text

    # a title that names no body ("Minutes" over a date): the body is the one the first page
    # names with a word of the vocabulary (club, society, association ...), not only "Board" or
    # "Council"
    out = extract_all(document_from_text(text))
    [meeting] = out["meetings"]
    assert (meeting["committee"], str(meeting["meeting_date"]), meeting["kind"]) == (committee, date, "minutes")
    assert len(out["attendees"]) >= 2 and [m["title"] for m in out["minutes"]][:2] in (["Boats", "Socials"], ["Plots", "Water"])


def _leader_minutes(title: str, items: list[tuple[str, str]], leader: str):
    page = [(title, TITLE), ("March 3, 2025 Board Meeting", {"bold": True, "size": 13, "centre": True}),
            ("Attendees:", {**B, "gap": 12}), ("Board Members: Ann Lee, Bea Ruiz, Cal Ford", {}),
            ("Topic Presenter", {"gap": 10})]
    for heading, presenter in items:
        page += [(f"{heading}{leader * 40}{presenter}", {**B, "gap": 12}),
                 ("The board heard the report and asked a number of questions about the figures,", {}),
                 ("which were answered in full; the report was received with thanks to all concerned.", {})]
    return [page]


@pytest.mark.parametrize("name,pages,titles", [
    ("dashes", _leader_minutes("Prairie Women in Engineering", [("Secretary's Report", "Ann Lee"), ("Treasurer's Report", ""),
                                                                 ("Membership", "Bea Ruiz/Cal Ford"), ("Website", "")], "-"),
     ["Secretary's Report", "Treasurer's Report", "Membership", "Website"]),
    ("dots", _leader_minutes("Lakeside Astronomy Society", [("Observing Nights", "Dan Kerr"), ("Equipment", "Eve Marsh"),
                                                             ("Outreach", ""), ("Finance", "Flo Hart")], "."),
     ["Observing Nights", "Equipment", "Outreach", "Finance"]),
])
def test_headings_with_leaders_to_the_presenter(tmp_path, name, pages, titles):
    out = _extract(tmp_path, name, pages)
    # "Membership------------------Bea Ruiz/Cal Ford": the heading is the words before the
    # leader; the presenter at the right edge is not part of it
    assert [m["title"] for m in out["minutes"]] == titles


def _unnumbered_with_apologies(body: str, date: str, apologies: str, items: list[str]):
    page = [(f"Minutes of Annual General Meeting held on {date}", {**B, "size": 14, "x": 50}),
            (body, {**B, "size": 14, "x": 50}),
            ("Present", {**B, "size": 14, "x": 50, "gap": 10}), ("Committee members: Ann Lee (AL) Chair; Bob Kay (BK).", {"x": 50}),
            ("Apologies", {**B, "size": 14, "x": 50, "gap": 10}), (apologies, {"x": 50})]
    for item in items:
        page += [(item, {**B, "size": 14, "x": 50, "gap": 10}),
                 ("The meeting discussed the item at some length and the members present asked questions", {"x": 50}),
                 ("which were answered by the committee; the discussion was noted.", {"x": 50})]
    return [page]


@pytest.mark.parametrize("name,pages,titles", [
    ("ratepayers", _unnumbered_with_apologies("Kauri Bay Ratepayers Association", "Sunday 23 October 2016 at 14:00",
                                              "Tom Walsh, Grace Liu.", ["Introductions", "Annual Report", "Financial Report"]),
     ["Apologies", "Introductions", "Annual Report", "Financial Report"]),
    ("chess", _unnumbered_with_apologies("Riverside Chess Club", "Friday 10 March 2023 at 19:30",
                                         "Dan Kerr.", ["Election of Officers", "Subscriptions", "Any Other Business"]),
     ["Apologies", "Election of Officers", "Subscriptions", "Any Other Business"]),
])
def test_apologies_heading_is_an_item_among_headings_alike(tmp_path, name, pages, titles):
    out = _extract(tmp_path, name, pages)
    # "Apologies" set as the items are, alone on its line, is the first item; "Present" over
    # the members' list is the attendance, not an item
    assert [m["title"] for m in out["minutes"]] == titles
    assert {r["status"] for r in out["attendees"]} >= {"present", "apologies"}


@pytest.mark.parametrize("text,present,absent_of_list", [
    ("Minutes of the Board Meeting\nApril 6, 2019\nAttendees:\n"
     "Board Members: Rita Gale, Barbara Towers, Nina Founds, Phyllis Bach, Jeanne\nBanks\n"
     "Board Member Proxies: None\nTelephone: Yolanda Kingsley\n"
     "The meeting of the network was called to order at 2:00 PM by Rita Gale, President.\n"
     "Topic Presenter\nSecretary's Report\nThe January minutes were approved.\n",
     {"Rita Gale", "Barbara Towers", "Nina Founds", "Phyllis Bach", "Jeanne Banks", "Yolanda Kingsley"}, {"Topic Presenter"}),
    ("Minutes of the Committee Meeting\n14 May 2024\nAttendees:\n"
     "Committee Members: Omar Haddad, Ruth Byrne, Ivan Petrov, Lena Fischer, Hugh\nBennett\n"
     "Zoom: Mei Tanaka\n"
     "The chair opened the meeting at 7 pm and welcomed everyone present to the hall.\n"
     "Item Lead\nFinance\nThe accounts were presented.\n",
     {"Omar Haddad", "Ruth Byrne", "Ivan Petrov", "Lena Fischer", "Hugh Bennett", "Mei Tanaka"}, {"Item Lead"}),
])
def test_attendees_in_labelled_groups_under_one_heading(text, present, absent_of_list):
    from minutebook.document import document_from_text

    # "Board Members: ..." wrapped onto a second line, then "Board Member Proxies: None" and
    # "Telephone: ...": each labelled group is read on its own line, the wrap is joined, and the
    # column header under the list ("Topic Presenter") is nobody
    out = extract_all(document_from_text(text))
    names = {r["name"] for r in out["attendees"] if r["status"] == "present"}
    assert names == present
    assert not names & absent_of_list


@pytest.mark.parametrize("text,expected", [
    ("Minutes of the Annual General Meeting of the Harbour Music Society held on 4 December 2020\n"
     "1. Accounts\n- Vote that the statements from the committee are a true record of the society's finances.\n"
     "- Moved by CPM, seconded by BS, accepted.\n"
     "2. Journal\nMoved to start a journal (CPM), seconded (LV), accepted.\n",
     [("the statements from the committee are a true record of the society's finances", "CPM", "BS", "carried"),
      ("to start a journal", "CPM", "LV", "carried")]),
    ("Minutes of the Annual General Meeting of the Fernhill Film Club held on 9 March 2024\n"
     "1. Subscriptions\n- Vote to keep the subscription at $25 for the coming year.\n"
     "- Moved by JT, seconded by RM, carried.\n"
     "2. Screenings\nMoved to hold screenings monthly (RM), seconded (AK), carried.\n",
     [("to keep the subscription at $25 for the coming year", "JT", "RM", "carried"),
      ("to hold screenings monthly", "RM", "AK", "carried")]),
])
def test_vote_bullet_then_its_movers_and_movers_in_brackets(text, expected):
    from minutebook.document import document_from_text

    # "- Vote that ..." is the wording of the motion the next bullet moves; "Moved to X (CPM),
    # seconded (LV), accepted." names its movers by initials in brackets
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == expected


@pytest.mark.parametrize("lines,committee", [
    (["Analysis of city council", "Institut des Sciences du Digital"], None),
    (["Review of parish council", "Department of Land Economy"], None),
])
def test_a_title_ending_on_a_lower_case_word_does_not_run_on(lines, committee):
    from extractors.committee_names import committee_from

    # a sentence-case title ends on a lower-case word; only a word that cannot end a name ("of",
    # "for", "and") or a next line in lower case carries a name over the line end
    name = committee_from(lines)
    assert name is None or "Institut" not in name and "Department" not in name


@pytest.mark.parametrize("text,committee", [
    ("Minutes\n12 March 2026\nPresent: Ann Lee, Bob Kay, Cy Dunn\n"
     "The Harbour Rowing Club committee met beside Riverside Park Basketball Court at 7pm.\n"
     "1. Boats\nFollow up with Kent Valley Roads\nSubcommittee Updates\nThe four needs repair.\n", "Harbour Rowing Club"),
    ("MINUTES\nTuesday 3 June 2025\nPresent: Dee Fox, Eli Grey\n"
     "Members of the Greenway Allotment Society met after Saint Anne Primary School Assembly.\n"
     "1. Plots\nAction for Brent Park Estate\nWorking Group Report\nTwo plots are vacant.\n", "Greenway Allotment Society"),
])
def test_body_named_in_the_text_not_across_a_line_end_nor_a_place(text, committee):
    from minutebook.document import document_from_text

    # "Follow up with Kent" / "Subcommittee Updates" is not "Kent Subcommittee"; a court or an
    # assembly in a sentence is a place or a gathering, not the body
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert meeting["committee"] == committee


@pytest.mark.parametrize("text,names", [
    ("Committee Meeting Minutes\n5 January 2022\nAttendees\n\u25cf AC Aaron Christiansen\n\u25cf CL C Lloyd\n"
     "\u25cf MT Maya Tran\n1. Welcome\nThe chair welcomed everyone.\n",
     {"Aaron Christiansen", "C Lloyd", "Maya Tran"}),
    ("Committee Meeting Minutes\n9 February 2024\nAttendees\n\u25cf RK Rosa Klein\n\u25cf TN Tomasz Nowak\n"
     "\u25cf EM Edith Mbeki\n1. Tournaments\nThe spring open is booked.\n",
     {"Rosa Klein", "Tomasz Nowak", "Edith Mbeki"}),
])
def test_initials_before_a_name_without_brackets(text, names):
    from minutebook.document import document_from_text

    # "● AC Aaron Christiansen": the initials the minutes use, taken off when they are the name's own
    out = extract_all(document_from_text(text))
    assert {r["name"] for r in out["attendees"] if r["status"] == "present"} == names


def _letterhead_over_page_number(body: str, title: str, date: str):
    return [[(body, {"bold": True, "size": 19, "centre": True}), ("1", {"size": 10, "x": 300, "top": 760}),
             (title, {"bold": True, "centre": True, "top": 90}), ("at the", {"bold": True, "centre": True}),
             ("Community Centre", {"bold": True, "centre": True}), (date, {"bold": True, "centre": True}),
             ("Board Members Present:", {**B, "x": 72, "gap": 12}), ("Ann Lee, Bob Kay, Cy Dunn", {"x": 72}),
             ("1. Constitution of Meeting: a quorum was declared and the meeting opened at 11:20.", {"x": 72, "gap": 10}),
             ("2. Treasurer's Report: the accounts were presented and accepted by the members.", {"x": 72, "gap": 10})]]


@pytest.mark.parametrize("name,pages,committee", [
    ("lake", _letterhead_over_page_number("Heron Lake and Mill Pond Association", "Minutes of the 2nd Annual General Meeting",
                                          "July 8, 2006"), "Heron Lake and Mill Pond Association"),
    ("residents", _letterhead_over_page_number("Brook Lane Residents Association", "Minutes of the 14th Annual General Meeting",
                                               "June 3, 2023"), "Brook Lane Residents Association"),
])
def test_letterhead_above_a_page_number_read_first(tmp_path, name, pages, committee):
    # the page's number, printed at its foot, is read between the letterhead and the title block
    [meeting] = _extract(tmp_path, name, pages)["meetings"]
    assert meeting["committee"] == committee

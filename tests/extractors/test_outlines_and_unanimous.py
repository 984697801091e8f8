"""Outlines set by indentation, and decisions recorded only as taken unanimously: written for these tests.

- A lodge's executive committee wraps its name over the title lines ("... Lodge Executive" /
  "Committee Meeting Tuesday, ..."), lists its officers' reports as an outline: either bullets
  ("●" reports, "○" committee reports under them, "■" points) or plain lines at the margin with
  the points indented under them; it ends on "End Time: 8:42 PM". Its decisions are bullets:
  "Motion created to pass the 2014 Budget, Second, passed unanimously", "Patch design
  displayed, Approved unanimously", "Game Show theme ... passes unanimously".
- A land trust's AGM records "The minutes from 2020/21 were unanimously approved.", "It was
  unanimously agreed that ...", and "Therefore it was proposed that we disapply ..." over "The
  resolution was passed by 100% of the vote."
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

TITLE = {"size": 15, "centre": True}


def _extract(tmp_path, name: str, pages):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    return extract_all(read_document(path, path.read_bytes()))


def _title(lodge: str, date: str) -> list:
    return [(f"{lodge} – Order of the Arrow Lodge Executive", TITLE),
            (f"Committee Meeting Tuesday, {date} 7:30 P.M. Service", TITLE),
            ("Center Meeting Notes", TITLE),
            ("Attendance: Sam Hill, Tom Baker, Ann Lee, Raj Patel, Mia Cole, Lee Fox, Dan Roe,", {"x": 72, "gap": 14}),
            ("Eve Stone, Max Webb", {"x": 72})]


def _bulleted(lodge: str, date: str, reports: list[str], budget: str, theme: str):
    page = _title(lodge, date) + [("Officer’s Reports:", {"x": 72, "bold": True, "gap": 14})]
    for report in reports:
        page += [(f"● {report}", {"x": 90}),
                 ("○ Membership Committee Report", {"x": 126}),
                 ("■ All dues received after January 31st will carry a late fee of five", {"x": 162}),
                 ("dollars, and cards will be mailed by the end of February.", {"x": 180})]
    page += [("● New Business", {"x": 90}),
             ("○ Annual Budget Proposal", {"x": 126}),
             ("■ This budget is based on last year's, with a few changes.", {"x": 162}),
             (f"■ Motion created to pass {budget}, Second, passed unanimously", {"x": 162}),
             ("○ Community Service Day", {"x": 126}),
             ("■ Patch design displayed, Approved unanimously", {"x": 162}),
             (f"■ {theme} theme for Spring Service #1 passes unanimously", {"x": 162}),
             ("● Song", {"x": 90}),
             ("● End Time: 8:42 PM", {"x": 90})]
    return [page]


def _indented(lodge: str, date: str, reports: list[str]):
    page = _title(lodge, date)
    for k, report in enumerate(reports):
        page += [(report, {"x": 72, "gap": 14 if k == 0 else 0}),
                 ("Membership Committee Report", {"x": 108}),
                 ("● Please make sure that your dues are paid, and encourage the", {"x": 162}),
                 ("members of your chapter to pay theirs as well before April.", {"x": 180}),
                 ("● The next batch of membership cards will be run in April.", {"x": 162}),
                 ("Communications Committee Report", {"x": 108}),
                 ("● The newsletter went out on Saturday and articles for the next", {"x": 162}),
                 ("one are due two Fridays before the meeting.", {"x": 180})]
    page += [("Good of the lodge", {"x": 72}),
             ("● Thank you to everyone who helped at the spring weekend", {"x": 90}),
             ("Song", {"x": 72}),
             ("End Time: 8:48 PM", {"x": 72})]
    return [page]


@pytest.mark.parametrize("name,pages,committee,titles,motions", [
    ("unami", _bulleted("Riverbend Lodge One", "January 28, 2014",
                        ["Secretary’s Report (Sam Hill) –", "Treasurer's Report (Tom Baker)",
                         "Vice Chief Of Program’s Report (Ann Lee)"], "the 2014 Budget", "Game Show"),
     "Riverbend Lodge One – Order of the Arrow Lodge Executive Committee",
     ["Secretary’s Report (Sam Hill)", "Treasurer's Report (Tom Baker)", "Vice Chief Of Program’s Report (Ann Lee)",
      "New Business", "Song"],
     ["to pass the 2014 Budget", "Patch design displayed, Approved", "Game Show theme for Spring Service #1 passes"]),
    ("lenape", _bulleted("Lenape Lodge Four", "March 11, 2015",
                         ["Chief’s Report (Raj Patel)", "Secretary’s Report (Mia Cole)", "Adviser’s Report (Lee Fox)",
                          "Treasurer’s Report (Dan Roe)"], "the 2015 Budget", "Pirate"),
     "Lenape Lodge Four – Order of the Arrow Lodge Executive Committee",
     ["Chief’s Report (Raj Patel)", "Secretary’s Report (Mia Cole)", "Adviser’s Report (Lee Fox)",
      "Treasurer’s Report (Dan Roe)", "New Business", "Song"],
     ["to pass the 2015 Budget", "Patch design displayed, Approved", "Pirate theme for Spring Service #1 passes"]),
])
def test_bulleted_outline_and_unanimous_bullets(tmp_path, name, pages, committee, titles, motions):
    out = _extract(tmp_path, name, pages)
    # the name wrapped over the title lines is read whole, up to the body word that ends it
    assert [m["committee"] for m in out["meetings"]] == [committee]
    # "●" reports are the items, "○" and "■" are points inside them; "End Time" is no item
    assert [m["title"] for m in out["minutes"]] == titles
    votes = out["votes"]
    assert [v["motion"] for v in votes] == motions
    assert all(v["result"] == "carried" and v["unanimous"] for v in votes)
    assert {v["minute_number"] for v in votes} == {str(titles.index("New Business") + 1)}
    assert [r["text"] for r in out["resolutions"]] == motions


@pytest.mark.parametrize("name,pages,titles", [
    ("unami", _indented("Riverbend Lodge One", "March 25, 2014",
                        ["Secretary’s Report (Sam Hill) –", "Treasurer's Report (Tom Baker)",
                         "Vice Chief Of Program’s Report (Ann Lee)"]),
     ["Secretary’s Report (Sam Hill)", "Treasurer's Report (Tom Baker)", "Vice Chief Of Program’s Report (Ann Lee)",
      "Good of the lodge", "Song"]),
    ("lenape", _indented("Lenape Lodge Four", "May 13, 2015",
                         ["Chief’s Report (Raj Patel)", "Secretary’s Report (Mia Cole)", "Adviser’s Report (Lee Fox)",
                          "Treasurer’s Report (Dan Roe)"]),
     ["Chief’s Report (Raj Patel)", "Secretary’s Report (Mia Cole)", "Adviser’s Report (Lee Fox)",
      "Treasurer’s Report (Dan Roe)", "Good of the lodge", "Song"]),
])
def test_outline_set_by_indentation_alone(tmp_path, name, pages, titles):
    out = _extract(tmp_path, name, pages)
    # plain lines at the margin with the points indented under them are the items; the last
    # line of the wrapped attendance list and "End Time: 8:48 PM" are not
    assert [m["title"] for m in out["minutes"]] == titles
    assert len(out["attendees"]) == 9


def _trust_agm(trust: str, year: str, accounts: str, section: str):
    return (f"{trust}\nMinutes of the Annual General Meeting held on 19 September {year}\n\n"
            "Present: Bob Lane (Chair), Ann Fry, Tom Vale, Sue Kerr\n\n"
            "1. Minutes of the last AGM\n"
            f"The minutes from {int(year) - 2}/{str(int(year) - 1)[2:]} were unanimously approved.\n\n"
            "2. Accounts\n"
            f"The {accounts} accounts were unanimously approved.\n\n"
            "3. Audit exemption\n"
            "It was unanimously agreed that the trust disapply s.83 of the Societies Act so as not to appoint an auditor.\n\n"
            "4. Audit exemption for the previous year\n"
            "Our accountants compiled the annual accounts for the year, and a formal audit would take up time and money.\n\n"
            f"Therefore it was proposed that we disapply section {section} in respect of the previous financial year.\n\n"
            "The resolution was passed by 100% of the vote.\n\n"
            "5. Planning update\n"
            "The planning application for the garage sites was approved by the City Council in June.\n")


@pytest.mark.parametrize("text,accounts,section", [
    (_trust_agm("Downs Community Land Trust", "2022", "2021/22", "83"), "2021/22", "83"),
    (_trust_agm("Vale Housing Co-operative", "2019", "2018/19", "84"), "2018/19", "84"),
])
def test_decisions_taken_unanimously_without_a_motion(text, accounts, section):
    out = extract_all(document_from_text(text))
    votes = [(v["minute_number"], v["motion"], v["result"], v["unanimous"]) for v in out["votes"]]
    assert votes[:3] == [
        ("1", votes[0][1], "carried", True),
        ("2", f"The {accounts} accounts were approved", "carried", True),
        ("3", "the trust disapply s.83 of the Societies Act so as not to appoint an auditor", "carried", True)]
    assert votes[0][1].startswith("The minutes from") and votes[0][1].endswith("were approved")
    # "it was proposed that ...": the wording, no one named as mover; its result in the next paragraph
    assert votes[3] == ("4", f"we disapply section {section} in respect of the previous financial year", "carried", False)
    # another body's approval, without "unanimously", is no vote of this meeting
    assert len(votes) == 4
    assert {r["minute_number"] for r in out["resolutions"]} == {"1", "2", "3", "4"}


@pytest.mark.parametrize("text,committee,date", [
    ("LEC Meeting Minutes\n4-24-2018\n\nOpening\n- Obligation\n- Motion for approval of March's Minutes - Passed\n\n"
     "Standing Reports\n- The chief thanked everyone for the spring weekend.\n", "LEC", "2018-04-24"),
    ("March 22, 2016 PTO Minutes\n\nTreasurer's Report\nThe balance is $1,200 after the book fair.\n\n"
     "Fundraising\nThe fun run raised $800.\n", "PTO", "2016-03-22"),
])
def test_body_known_only_by_its_initials(text, committee, date):
    # "LEC Meeting Minutes" over "4-24-2018": the body's letters name it, the date is month first
    out = extract_all(document_from_text(text))
    assert [(m["committee"], str(m["meeting_date"])) for m in out["meetings"]] == [(committee, date)]


def test_letters_over_a_body_named_in_words_are_not_its_name():
    # "SOU MINUTES" (a seal's fragment read as text) over the line that names the body
    text = ("SOU MINUTES\nFORMAL MEETING OF CITY COUNCIL\nMonday, May 22, 2023 - 5:30 p.m.\n\n"
            "1. CALL TO ORDER\nThe Mayor called the meeting to order.\n\n2. ADJOURNMENT\nThe meeting adjourned.\n")
    out = extract_all(document_from_text(text))
    assert [m["committee"] for m in out["meetings"]] == ["City Council"]


@pytest.mark.parametrize("text,committee,date", [
    ("State of Illinois\nCounty of Will\nTown of Crete\nCRETE TOWNSHIP BOARD OF TRUSTEES MEETING\nDecember 11,2019\n\n"
     "The regular meeting was called to order by the Supervisor at 7:00 PM.\n", "Crete Township Board of Trustees",
     "2019-12-11"),
    ("BEECHER VILLAGE BOARD OF TRUSTEES MEETING\nMarch 12,2025\n\n"
     "The meeting was called to order by the President at 7:00 PM.\n", "Beecher Village Board of Trustees", "2025-03-12"),
])
def test_date_without_a_space_after_its_comma(text, committee, date):
    out = extract_all(document_from_text(text))
    assert [(m["committee"], str(m["meeting_date"])) for m in out["meetings"]] == [(committee, date)]


@pytest.mark.parametrize("text,committee,date", [
    ("PAC Meeting\nThursday 2019-09-26\n\n26 PAC members + 4 Exec attending\n\nCall to order 7:06PM\n", "PAC", "2019-09-26"),
    ("HARBOUR VIEW RESIDENTS ASSOCIATION\nCommittee Meeting Minutes\n2024-03-05\n\n1. Apologies\nNone.\n",
     "Harbour View Residents Association", "2024-03-05"),
    # "mtg" is the meeting, not part of the name
    ("Riverside Montessori PAC mtg 2020-09-24\n\nCall to order 7:08.\nAttendance: 59\n", "Riverside Montessori PAC",
     "2020-09-24"),
])
def test_iso_dates(text, committee, date):
    out = extract_all(document_from_text(text))
    assert [(m["committee"], str(m["meeting_date"])) for m in out["meetings"]] == [(committee, date)]

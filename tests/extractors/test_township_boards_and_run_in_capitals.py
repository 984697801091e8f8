"""A township or village board's minutes: a centred title block that names the venue over the
date, plain capital headings at the margin, a roll call with a group's list among semicolons,
motions "made at 6:52 PM by ..."; and a parish council's items headed in capitals run into
their text. Each rule is checked on two bodies written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _board(tmp_path, body: str, place: str, trustees: list[str]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(body.upper(), {"bold": True, "centre": True}), ("BOARD OF TRUSTEES MEETING", {"bold": True, "centre": True}),
            (f"{place} Town Hall, {place} Center, IL", {"bold": True, "centre": True, "size": 9.5}),
            ("February 25, 2025", {"bold": True, "centre": True}),
            ("CALL TO ORDER", {"x": 72, "gap": 12}),
            ("Supervisor McMahon called the meeting to order at 6:00pm.", {"x": 77}),
            ("ROLL CALL", {"x": 72, "gap": 12}),
            ("Present: Supervisor Mike McMahon; Trustees: " + ", ".join(trustees[:-1]) + f", and {trustees[-1]};",
             {"x": 77}),
            ("Highway Commissioner Larry Trainor; Clerk Beth Gehrke", {"x": 72}),
            ("APPROVAL OF MINUTES", {"x": 72, "gap": 12}),
            ("A motion to approve the minutes of the January 28, 2025, regular board meeting was made by Hulke,",
             {"x": 77, "bold": True}),
            ("seconded by Myers. Motion carried.", {"x": 72, "bold": True}),
            ("PGFPD", {"x": 72, "gap": 12}),
            ("Robert Seyl, President of the Fire Protection District, was in attendance to present", {"x": 77}),
            ("information regarding tornado sirens in the township.", {"x": 72}),
            ("ADJOURNMENT", {"x": 72, "gap": 12}),
            ("A motion to adjourn the meeting was made at 6:52 PM by McMahon, seconded by Wallace. Motion carried.",
             {"x": 77, "bold": True})]
    path = styled_pdf(tmp_path / "board.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("body,place,trustees", [
    ("Plainfield Township", "Plainfield", ["Jake Myers", "Ron Straub", "Joe Hulke", "Heather Wallace"]),
    ("Elgin Township", "Elgin", ["Ada Kerr", "Bo Lind", "Cy Moss"]),
])
def test_a_township_boards_minutes_read_whole(tmp_path, body, place, trustees):
    out = _board(tmp_path, body, place, trustees)
    [meeting] = out["meetings"]  # (the minutes approved are not a meeting of their own)
    assert meeting["committee"] == f"{body} Board of Trustees"  # not the venue over the date
    assert meeting["meeting_date"] == dt.date(2025, 2, 25)
    assert [m["title"] for m in out["minutes"]] == ["CALL TO ORDER", "ROLL CALL", "APPROVAL OF MINUTES", "PGFPD",
                                                  "ADJOURNMENT"]
    present = [(a["name"], a["honorific"]) for a in out["attendees"] if a["status"] == "present"]
    assert present[:len(trustees) + 2] == [("Mike McMahon", "Supervisor"), *[(t, "Trustee") for t in trustees],
                                           ("Larry Trainor", "Commissioner")]
    assert ("Robert Seyl", "in_attendance") in [(a["name"], a["status"]) for a in out["attendees"]]
    assert [v["motion"] for v in out["votes"]] == [
        "to approve the minutes of the January 28, 2025, regular board meeting", "to adjourn the meeting"]


@pytest.mark.parametrize("parish,items", [
    ("STEEP PARISH COUNCIL", [("16/134", "APOLOGIES", "Apologies had been received from Cllrs. Hurst and Spurdle."),
                              ("16/135", "MINUTES", "The Minutes of the meeting held on 3rd October were approved."),
                              ("16/136", "ROADS AND TRAFFIC", "Cllr. Bridger reported that the culvert was cleared.")]),
    ("SHEET PARISH COUNCIL", [("23/190", "APOLOGIES", "None were received."),
                              ("23/191", "DECLARATIONS OF INTEREST", "There were no declarations."),
                              ("23/192", "SHEET ASSETS", "The Clerk reported on the bus shelter.")]),
])
def test_items_headed_in_capitals_run_into_their_text(parish, items):
    text = (f"{parish}\nMinutes of a Parish Council Meeting held on Monday, 7th November 2016 at the Village Hall\n"
            "Present: Cllrs. Jim MacDonald (in the Chair), Jenny Martin\n"
            + "".join(f"{n} {head} – {rest}\n" for n, head, rest in items))
    out = extract_all(document_from_text(text))
    assert [(m["minute_number"], m["title"], m["body"]) for m in out["minutes"]] == items


@pytest.mark.parametrize("title,times,expected", [
    ("Steep Parish Council – Minutes of Meeting – 7.11.16", ["held at 7.30 p.m.", "closed at 9.10 p.m."],
     dt.date(2016, 11, 7)),
    ("Sheet Parish Council – Minutes – 8.11.16", ["walk 10.00 a.m. – 12.00 noon", "fee £35.00 paid"], dt.date(2016, 11, 8)),
])
def test_times_and_sums_say_nothing_of_a_dates_order(title, times, expected):
    text = f"{title}\nPresent: Cllrs. Jim MacDonald, Jenny Martin\n1. Apologies\n" + "\n".join(
        f"It was noted the event is at {t}." for t in times) + "\n"
    assert extract_all(document_from_text(text))["meetings"][0]["meeting_date"] == expected


@pytest.mark.parametrize("title,body", [
    ("Minutes of CUCC Annual General Meeting 2009", "CUCC"),
    ("Minutes of the Kesgrave Town Council Annual General Meeting", "Kesgrave Town Council"),
    ("Minutes of the Holt Society Extraordinary General Meeting", "Holt Society"),
])
def test_an_annual_general_meeting_is_the_kind_of_meeting_not_the_bodys_name(title, body):
    from extractors.committee_names import committee_from

    assert committee_from([title]) == body


@pytest.mark.parametrize("letterhead,title", [
    ("Lac Bleu and Usher Lake Association", "Minutes of the Annual General Meeting of the Association Members"),
    ("Holt Village Society", "Minutes of the Annual General Meeting of the Society"),
])
def test_the_body_a_general_meeting_names_generically_is_the_one_over_it(letterhead, title):
    from extractors.committee_names import committee_from

    assert committee_from([letterhead, title, "July 7, 2007"]) == letterhead


@pytest.mark.parametrize("word", ["Issue", "Item"])
def test_a_numbered_label_over_its_title_line(word):
    text = ("Minutes for the Committee meeting on 16.06.2011\nPresent: James Hicks, David Moll, Aiora Zabal\n\n"
            f"{word} 1:\nProvisional calendar confirmed\nThe calendar stands as agreed.\n"
            f"{word} 2:\nTalks for Michaelmas\nTwo talks were suggested.\n"
            f"{word} 3:\nBroken links on the website\nThe links will be mended.\n")
    minutes = extract_all(document_from_text(text))["minutes"]
    assert [(m["minute_number"], m["title"]) for m in minutes] == [
        ("1", "Provisional calendar confirmed"), ("2", "Talks for Michaelmas"), ("3", "Broken links on the website")]


@pytest.mark.parametrize("sentence,then,expected", [
    ("It was resolved to adopt the new Standing Orders.", "Proposed by Cllr Coppard seconded by Cllr Bradley.",
     "to adopt the new Standing Orders."),
    ("RESOLVED that the grant of £400 be paid to the Village Hall.", "Moved by Cllr Ames. The hall will report back.",
     "that the grant of £400 be paid to the Village Hall."),
])
def test_who_proposed_a_resolution_is_no_part_of_it(sentence, then, expected):
    text = ("HOLT PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on 13 February 2019\n"
            "Present: Cllrs Ames, Bradley and Coppard\n101. CORRESPONDENCE\n"
            f"{sentence} {then} The amended Code of Conduct will be voted on in March.\n102. CLOSE\n")
    assert [r["text"] for r in extract_all(document_from_text(text))["resolutions"]] == [expected]


@pytest.mark.parametrize("parish,sentences,expected", [
    ("WROXHAM PARISH COUNCIL",
     ["● Council agreed £200 donation to the village hall for the fireworks display.",
      "● Traffic calming letter already sent. Decision not to approach the county about the 30mph limit.",
      "● It was therefore agreed that a new website would be designed."],
     ["£200 donation to the village hall for the fireworks display.", "not to approach the county about the 30mph limit.",
      "that a new website would be designed."]),
    ("BALSCOTT PARISH COUNCIL",
     ["The Council approved the 2025 precept of £12,000.", "Decided to defer the bench repairs until spring."],
     ["the 2025 precept of £12,000.", "to defer the bench repairs until spring."]),
])
def test_decisions_noted_without_that_or_to(parish, sentences, expected):
    text = (f"{parish}\nMINUTES OF MEETING\nat the Village Hall on 1st September 2025 at 7.30pm\n"
            "Present: Cllr Duncan Collins (Chair), Cllr Michael Robarts\n63/25 Council Business\n"
            + "\n".join(sentences) + "\n64/25 Close\n")
    assert [r["text"] for r in extract_all(document_from_text(text))["resolutions"]] == expected

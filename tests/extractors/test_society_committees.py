"""Student societies' and clubs' committee minutes, two bodies written for these tests.

The house style: a title that names no body ("Committee Meeting Minutes"), the date, an
"Agenda" outline, then "Attendees" and "Apologies" as headings over bulleted rows "(JA) Jane
Abbot - Chair", the minutes as one nested outline (1. / a. / i. / 1.) and a closing "Actions"
list of "JA to ..." lines whose initials the attendance defines; a vote printed "Voted on
keeping X - 5 for, 1 against, 4 abstaining".
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

H1 = {"size": 22, "x": 72, "gap": 8}


def _outline(title: str, date: str, people: list[str], apologies: list[str], minutes: list[tuple], actions: list[str]):
    rows = [(title, {"size": 28, "x": 72}), (date, {"size": 16, "x": 72}), ("Agenda", H1)]
    rows += [(text, {"x": x}) for text, x in minutes if x == 90]
    rows += [("Attendees", H1)] + [(f"\u25cf {p}", {"x": 90}) for p in people]
    rows += [("Apologies", H1)] + [(f"\u25cf {p}", {"x": 90}) for p in apologies]
    rows += [("Minutes", H1)] + [(text, {"x": x}) for text, x in minutes]
    rows += [("Actions", H1)] + [(f"\u25cf {a}", {"x": 90}) for a in actions]
    return [rows]


CHESS = _outline(
    "Committee Meeting Minutes", "12th February 2026",
    ["(RK) Rosa Klein - President", "(TN) Tomasz Nowak - Treasurer", "(EM) Edith Mbeki - Secretary",
     "(CR) Colm Reilly - Ordinary Member"],
    ["(PN) Priya Natarajan - Social Secretary"],
    [("1. Tournaments", 90), ("a. Spring open", 126), ("i. Venue booked for March", 157),
     ("ii. Needs arbiters", 157), ("1. Ask the county association", 198), ("2. Ask last year's arbiters", 198),
     ("2. Finances", 90), ("a. Subscriptions are down this term", 126),
     ("3. Meetings", 90), ("a. Format", 126), ("i. Voted on keeping blitz nights - 6 for, 2 against, 1 abstaining", 157),
     ("4. AOB", 90), ("a. Nothing raised", 126)],
    ["TN to chase unpaid subscriptions", "EM and CR to book the arbiters", "RK to send the spring open flyer"])

ROWING = _outline(
    "Committee Meeting Minutes", "3rd November 2026",
    ["(AB) Aisha Bello - Captain", "(GH) George Hall - Treasurer", "(LS) Lena Schmidt - Safety Officer"],
    ["(OW) Oscar Wright - Secretary"],
    [("1. Boats", 90), ("a. The coxless four needs repair", 126), ("i. Quote received", 157),
     ("1. From the boatyard", 198), ("2. From the club engineer", 198),
     ("2. Safety", 90), ("a. Voted on buying new lifejackets - 3 for, 0 against, 0 abstaining", 126),
     ("3. Socials", 90), ("a. Christmas dinner in December", 126)],
    ["GH to pay the boatyard deposit", "LS to check the launch fuel", "AB and GH to renew the insurance"])


@pytest.mark.parametrize("name,pages,tops,members,apologies,owners,vote", [
    ("chess", CHESS, ["Tournaments", "Finances", "Meetings", "AOB"],
     {"Rosa Klein", "Tomasz Nowak", "Edith Mbeki", "Colm Reilly"}, {"Priya Natarajan"},
     [["Tomasz Nowak"], ["Edith Mbeki", "Colm Reilly"], ["Rosa Klein"]], ("keeping blitz nights", 6, 2, 1)),
    ("rowing", ROWING, ["Boats", "Safety", "Socials"],
     {"Aisha Bello", "George Hall", "Lena Schmidt"}, {"Oscar Wright"},
     [["George Hall"], ["Lena Schmidt"], ["Aisha Bello", "George Hall"]], ("buying new lifejackets", 3, 0, 0)),
])
def test_society_committee_minutes(tmp_path, name, pages, tops, members, apologies, owners, vote):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    out = extract_all(read_document(path, path.read_bytes()))
    [meeting] = out["meetings"]
    assert meeting["kind"] == "minutes"
    # the agenda outline above "Attendees" is not the minutes; numbered points deep in the
    # outline ("1. Ask the county association") do not take the place of the items
    top = [m for m in out["minutes"] if "." not in m["minute_number"]]
    assert [m["title"] for m in top] == tops
    assert all(m["line_start"] > 10 for m in top)
    statuses = {r["name"]: r["status"] for r in out["attendees"]}
    assert {n for n, s in statuses.items() if s == "present"} == members
    assert {n for n, s in statuses.items() if s == "apologies"} == apologies
    listed = [a["owners"] for a in out["actions"] if a["text"].split()[0] in ("TN", "EM", "RK", "GH", "LS", "AB")
              and " to " in a["text"] and a["line_start"] > len(pages[0]) - 4]
    assert listed == owners  # initials resolved through "(TN) Tomasz Nowak"
    [v] = out["votes"]
    assert (v["motion"], v["votes_for"], v["votes_against"], v["votes_abstain"], v["result"]) == (*vote, "carried")

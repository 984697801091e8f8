"""Attendance printed in layouts the cue-and-sentence reader missed: a name a line under a
group's head, a list hung under its label, two columns read across, a label wrapped over two
lines. Each rule is checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.attendees import extract_attendees
from extractors.people import parse_person
from minutebook.document import document_from_text


def _people(text: str) -> list[tuple]:
    return [(r["name"], r["status"], r["title"]) for r in extract_attendees(document_from_text(text))]


@pytest.mark.parametrize("printed,name", [("A Athwall", "A Athwall"), ("A J Pearce", "A J Pearce")])
def test_a_leading_a_before_a_surname_is_an_initial(printed, name):
    assert parse_person(printed).name == name


@pytest.mark.parametrize("printed", ["A Resident", "A Member of the public", "A Councillor", "A New Member"])
def test_a_leading_a_before_a_common_noun_is_the_article(printed):
    assert parse_person(printed) is None


@pytest.mark.parametrize("council,members,officer,post", [
    ("ALDERTON TOWN COUNCIL", ["A Cook", "N Bright-Smith", "R Gibson"], "J Abbott", "Town Clerk"),
    ("MARTLESHAM PARISH COUNCIL", ["A Patel", "E Wood", "A Lowe"], "K Fenn", "Deputy Clerk"),
])
def test_members_a_line_under_a_groups_head_and_an_officer_with_a_dashed_post(council, members, officer, post):
    text = (f"{council}\nPlanning Committee Minutes\n2 June 2025\n\nCouncillors Present:\n" + "\n".join(members)
            + f"\n\nOfficers Present:\n{officer} – {post}\n\n1. Election of Chair – Cllr Wood was elected.\n")
    assert _people(text) == [(m, "present", None) for m in members] + [(officer, "in_attendance", post)]


@pytest.mark.parametrize("rows,expected", [
    (["Sue Lee - Treasurer", "John Hart – Secretary", "Tom Jones"],
     [("Sue Lee", "Treasurer"), ("John Hart", "Secretary"), ("Tom Jones", None)]),
    (["Mary Ashe – Chair", "Peter Quinn", "Lyn Ross - Membership Secretary"],
     [("Mary Ashe", "Chair"), ("Peter Quinn", None), ("Lyn Ross", "Membership Secretary")]),
])
def test_a_member_without_a_post_among_members_with_posts(rows, expected):
    text = "Minutes of the Committee\n\nPresent:\n" + "\n".join(rows) + "\n\n1. Welcome\n"
    assert [(name, title) for name, _, title in _people(text)] == expected


def _hung_list(tmp_path, city: str, present: list[str], absent: list[str]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    def hung(label: str, names: list[str]) -> list[tuple]:
        # the label at the margin, the first names after it, the rest hung under them
        out = [(f"{label}:" + " " * (12 - len(label)) + names[0], {"x": 43, "gap": 12})]
        return out + [(n, {"x": 115}) for n in names[1:]]

    page = [(f"Minutes of {city} City Council", {"bold": True, "size": 14, "x": 200}),
            ("Monday, March 31, 2014 at 5:30 p.m.", {"bold": True, "x": 200}),
            ("Attendance", {"bold": True, "size": 14, "x": 43, "gap": 12}),
            *hung("Council", present), *hung("Absent", absent),
            ("Also", {"x": 43, "gap": 12}), ("Present: Ms. C. Dale, Consultant", {"x": 43}),
            ("Call to Order (5:30 p.m.)", {"bold": True, "size": 14, "x": 43, "gap": 12}),
            (f"Mayor {present[0].split()[-1]} called the meeting to order.", {"x": 79})]
    path = styled_pdf(tmp_path / "council.pdf", [page])
    return extract_attendees(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("city,present,absent", [
    ("Guildford", ["Mayor Farley Councillor G. Kovac", "Councillor B. Bell Councillor Laird",
                   "Councillor T. Dunn Councillor L. Pike", "Councillor Gault"],
     ["Councillor L. Burch", "Councillor Hoff"]),
    ("Elmira", ["Mayor Stone Councillor R. Amato (arrived at 5:40 p.m.)", "Councillor P. Osei Councillor Marsh",
                "Councillor D. Kerr"], ["Councillor F. Lund", "Councillor Y. Mori"]),
])
def test_a_list_hung_under_its_label_in_two_columns(tmp_path, city, present, absent):
    found = _hung_list(tmp_path, city, present, absent)
    by_status = {}
    for r in found:
        by_status.setdefault(r["status"], []).append(f"{r['honorific']} {r['name']}")
    expected_present = [p for line in present for p in
                        [s.strip() for s in __import__("re").split(r"\s+(?=Councillor )", line.split(" (")[0])]]
    assert by_status["present"] == expected_present
    assert by_status["absent"] == absent
    assert by_status["in_attendance"] == ["Ms. C. Dale"]  # "Also" / "Present:": the label wrapped
    assert found[0]["role"] == "chair"  # the Mayor presides


@pytest.mark.parametrize("text,expected", [
    ("Deputy Mayor Ann Lee Councillor Bo Tan", ["Ann Lee", "Bo Tan"]),
    ("Vice Mayor Jo Finn Councillor Ed Ray", ["Jo Finn", "Ed Ray"]),
])
def test_an_honorific_inside_an_honorific_does_not_part_a_name(text, expected):
    found = _people(f"Minutes\n\nPresent: {text}\n\n1. Welcome\n")
    assert [name for name, _, _ in found] == expected


@pytest.mark.parametrize("note,names", [
    ("● Ann, Tara, Kim, Kelly & Brittany in attendance", ["Ann", "Tara", "Kim", "Kelly", "Brittany"]),
    ("- Priya Shah, Leo Grant and Mo Ellis present", ["Priya Shah", "Leo Grant", "Mo Ellis"]),
])
def test_names_noted_as_in_attendance_without_a_verb(note, names):
    text = f"PTA Board Meeting Minutes\nSeptember 19, 2024\n{note}\n- Dues: raise to $12?\n"
    assert [(name, status) for name, status, _ in _people(text)] == [(n, "present") for n in names]


@pytest.mark.parametrize("note", ["● Quorum present", "- Budget and Membership Reports present"])
def test_a_note_that_names_no_people_is_no_attendance(note):
    assert _people(f"Board Meeting Minutes\n{note}\n- Dues\n") == []


@pytest.mark.parametrize("league,rows,guest", [
    ("ATLANTIC RUGBY LEAGUE",
     ["Board Members: Moncton Mustangs – Dale Perry", "Halifax Herons – Ana Silva, Ben Roy"],
     "Truro Tides – Cal Young"),
    ("PRAIRIE SOCCER ASSOCIATION",
     ["Board Members: Regina Rams – Ivy Chen, Ola Berg", "Saskatoon Swift – Pat Doyle"],
     "Moose Jaw Mavericks – Dee Lund"),
])
def test_participants_listed_under_their_teams(league, rows, guest):
    text = (f"{league}\nAnnual General Meeting\nMinutes\nMay 5, 2012\n\nParticipants:\n"
            "Executive: Terry Allan, Commissioner, Larry Tims – Secretary/Treasurer\n" + "\n".join(rows)
            + f"\n\nGuests: {guest}\n\n1) The meeting was called to order at 10:05 AM\n")
    found = extract_attendees(document_from_text(text))
    members = [n.strip() for row in rows for n in row.split(" – ")[1].split(",")]
    assert [r["name"] for r in found if r["status"] == "present"] == ["Terry Allan", "Larry Tims", *members]
    teams = {r["name"]: r["title"] for r in found}
    assert teams[members[0]] == rows[0].split(": ")[1].split(" – ")[0]
    assert [(r["name"], r["status"], r["title"]) for r in found if r["status"] == "in_attendance"] == [
        (guest.split(" – ")[1], "in_attendance", guest.split(" – ")[0])]


@pytest.mark.parametrize("parish,first,rest,apologies", [
    ("SHEET PARISH COUNCIL", "Present. Cllrs.Chris Wilton (in the Chair) Brian Bird Robin Forrest",
     "Gail Martin James Plant", "23/190 Apologies – Apologies had been received from Cllrs. Biddlecombe and Stevens."),
    ("STEEP PARISH COUNCIL", "Present: Cllrs. Jim MacDonald (in the Chair) Jenny Martin Simon Bridger",
     "Terry Cook Peter Cruttenden Mark Fairley", "16/134 APOLOGIES – Apologies had been received from Cllrs. Hurst and Spurdle"),
])
def test_members_in_columns_read_across_and_apologies_run_into_their_item(parish, first, rest, apologies):
    text = (f"{parish}\nMinutes of the Meeting held on 14th November 2023 at the Village Hall\n{first} {rest}\n"
            "In Attendance: Jenny Hollington - Clerk\n" + apologies + "\n")
    found = [(r["name"], r["status"], r["honorific"], r["role"]) for r in extract_attendees(document_from_text(text))]
    names = [w for w in (first.split(") ")[1] + " " + rest).split()]
    members = [f"{names[k]} {names[k + 1]}" for k in range(0, len(names), 2)]
    chair = first.split("Cllrs.")[1].split(" (")[0].strip()
    assert found[0] == (chair, "present", "Cllr", "chair")
    assert found[1:len(members) + 1] == [(m, "present", "Cllr", None) for m in members]
    assert ("Jenny Hollington", "in_attendance", None, None) in found
    sent = apologies.split("Cllrs. ")[1].rstrip(".").split(" and ")
    assert [(n, s) for n, s, _, _ in found if s == "apologies"] == [(n, "apologies") for n in sent]


@pytest.mark.parametrize("line", ["Present: Brian Bird Robin Forrest Gail", "Present: Parish Room Village Hall"])
def test_words_that_are_not_pairs_of_names_are_not_split(line):
    text = f"Minutes of the Meeting held on 14th November 2023\n{line}\n1. Apologies\n"
    assert all(len(r["name"].split()) != 2 or r["name"] not in ("Brian Bird", "Parish Room")
               for r in extract_attendees(document_from_text(text)))


@pytest.mark.parametrize("listed,expected", [
    ("L Kennedy - Dalby, Jo Hart - Treasurer", [("L Kennedy - Dalby", None), ("Jo Hart", "Treasurer")]),
    ("Ann Price - Jones, Sam Lee - Membership Secretary", [("Ann Price - Jones", None), ("Sam Lee", "Membership Secretary")]),
])
def test_one_word_after_a_dash_that_is_no_post_stays_with_the_name(listed, expected):
    text = f"Minutes of the AGM held on 5 May 2023\nIn attendance: {listed}\n1. Welcome\n"
    assert [(r["name"], r["title"]) for r in extract_attendees(document_from_text(text))] == expected

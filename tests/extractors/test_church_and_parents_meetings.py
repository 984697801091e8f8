"""Two more house styles, each tested on two bodies written for these tests.

* a church's annual meeting: "ST. X'S CHURCH, PLACE" over "MINUTES OF THE ANNUAL PAROCHIAL
  CHURCH MEETING" (the body is the church; the annual parochial church meeting is the kind of
  meeting it holds);
* a school parents' group's notes: "Present: Name (XY) - Chair, ..." with the post after the
  initials, "Apologies: A (Chair) B (Head teacher) [a note in square brackets], C." over a
  label "Minutes from last meeting:" that ends the list.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

ST_ALDHELM = """ST. ALDHELM'S CHURCH, MARKHAM
MINUTES OF THE ANNUAL PAROCHIAL CHURCH MEETING
held in the Church on Sunday 15th March 2026
The vicar welcomed everyone and opened the meeting with prayer.
1. Minutes
Minutes of the 2025 APCM had been posted beforehand and were accepted and signed.
2. Elections
Nominations for churchwarden were received and both were declared elected.
"""

ST_BRIDE = """ST BRIDE'S CHURCH, OLDPORT
MINUTES OF THE ANNUAL PAROCHIAL CHURCH MEETING
held in the Parish Hall on Tuesday 21st April 2026
1. Minutes
The minutes of the 2025 meeting were accepted and signed.
2. Accounts
The treasurer presented the accounts.
"""


@pytest.mark.parametrize("name,text,body,date", [
    ("aldhelm", ST_ALDHELM, "St. Aldhelm's Church, Markham", dt.date(2026, 3, 15)),
    ("bride", ST_BRIDE, "St Bride's Church, Oldport", dt.date(2026, 4, 21)),
])
def test_a_church_meeting_is_the_churchs(tmp_path, name, text, body, date):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    [meeting] = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (body, date, "minutes")


HAWTHORN = """Friends of Hawthorn Primary School (FHPS)
12 May 2026
NOTES
Present: Carla Mendes (CM) - Chair, Ian Pryce (IP), Rosa Klein (RK), Ade Okoro (AO), Linh Tran (LT),
Farah Haddad (FH) - Treasurer
Apologies: Gail Porter (Vice Chair) Dora Whyte (Head teacher) [answers sent by email, shown in
italics below], Sam Boyd, Nell Price.
Minutes from last meeting:
Agreed as a record.
1. Summer fair: RK to book the bouncy castle.
"""

LINDEN = """Linden Park School Parent Council
3 February 2026
NOTES
Present: Owen Hale (OH) - Chair, Priya Nair (PN), Tom Eady (TE) - Secretary
Apologies: Beth Cole (Treasurer) Joan Firth (Depute Head) [comments added after the meeting],
Amir Said.
Matters arising from last meeting:
1. Playground: TE to write to the council about the gate.
"""


@pytest.mark.parametrize("name,text,present,apologies,chair", [
    ("hawthorn", HAWTHORN, {"Carla Mendes", "Ian Pryce", "Rosa Klein", "Ade Okoro", "Linh Tran", "Farah Haddad"},
     {"Gail Porter", "Dora Whyte", "Sam Boyd", "Nell Price"}, "Carla Mendes"),
    ("linden", LINDEN, {"Owen Hale", "Priya Nair", "Tom Eady"}, {"Beth Cole", "Joan Firth", "Amir Said"}, "Owen Hale"),
])
def test_parents_notes_attendance(tmp_path, name, text, present, apologies, chair):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    people = extract_all(read_document(path, path.read_bytes()))["attendees"]
    by_status = {}
    for r in people:
        by_status.setdefault(r["status"], set()).add(r["name"])
    assert by_status.get("present") == present  # "Name (XY) - Chair": the post is no part of the name
    assert by_status.get("apologies") == apologies  # the bracketed note names no one; the label after ends the list
    assert [r["name"] for r in people if r["role"] == "chair"] == [chair]


NEXT_AGENDA_A = HAWTHORN + """2. Uniform: agreed to order more jumpers.
Date of next meeting: Thursday 11 June 18:00, school library
Agenda:
1. Summer fair review
2. Leavers' hoodies
"""

NEXT_AGENDA_B = """Linden Park School Parent Council
3 November 2025
NOTES
Present: Owen Hale (OH) - Chair, Priya Nair (PN)
1. Playground: TE to write to the council about the gate.
Dates of next meetings: Monday 12 January, Monday 9 March
Agenda:
1. Christmas fair accounts
2. Playground gate reply
3. Head teacher's update
"""


@pytest.mark.parametrize("name,text,minutes_date,agenda_date,items", [
    ("hawthorn", NEXT_AGENDA_A, dt.date(2026, 5, 12), dt.date(2026, 6, 11), ["Summer fair review", "Leavers' hoodies"]),
    ("linden", NEXT_AGENDA_B, dt.date(2025, 11, 3), dt.date(2026, 1, 12),  # a date without a year: the next one
     ["Christmas fair accounts", "Playground gate reply", "Head teacher's update"]),
])
def test_the_next_meetings_agenda_after_the_notes_is_a_meeting_of_its_own(tmp_path, name, text, minutes_date, agenda_date, items):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    out = extract_all(read_document(path, path.read_bytes()))
    assert [(m["kind"], m["meeting_date"]) for m in out["meetings"]] == [("minutes", minutes_date), ("agenda", agenda_date)]
    agenda_id = out["meetings"][1]["meeting_id"] if "meeting_id" in out["meetings"][1] else None
    assert [a["title"] for a in out["agenda_items"]] == items
    assert all(a.get("meeting_id", agenda_id) == agenda_id for a in out["agenda_items"])
    assert not any(m["title"] in items for m in out["minutes"])  # the agenda's items are not minutes


@pytest.mark.parametrize("title,date", [
    ("Minutes of Annual General Meeting held on Sunday 23 October 2016 at 14:00", dt.date(2016, 10, 23)),
    ("Minutes of the Extraordinary General Meeting held on 4 March 2026", dt.date(2026, 3, 4)),
])
def test_a_general_meeting_whose_body_is_only_in_a_logo_is_named_by_its_kind(tmp_path, title, date):
    text = (f"{title}\nCommunity Hall\nPresent\nCommittee members: Ann Lee (AL) Chair; Tom Roe (TR).\n"
            "Introductions\nThe Chair welcomed members.\n"
            "The minutes of the Annual General Meeting on 2 April 2015 were accepted as a true record.\n")
    path = tmp_path / "agm.txt"
    path.write_text(text, encoding="utf-8")
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    # one meeting, named by the kind the title gives it; the approved minutes are not a meeting
    assert [(m["committee"].split()[-2:], m["meeting_date"]) for m in meetings] == [(["General", "Meeting"], date)]

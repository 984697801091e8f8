"""Minutes published as a web page's markdown, as pandoc writes it, on two community councils
written for these tests: numbered items escaped ("3\\. BUS SERVICES"), one typed without its stop
("2 MATTERS ARISING"), lettered sub-items in bold with the label inside or outside the bold
(a title's bold wrapped over two lines), paragraphs quoted with "> "; the venue printed
with its time ("... Hall at 7 p.m."); apologies wrapped mid-name with a post-nominal ("Humza" /
"Yousaf MSP, Councillor Alam."); the minutes "moved as correct by A and B"; an undertaking in a paragraph wrapped over two lines."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document


def _page(body: str, hall: str, members: list[str], absent: list[str]) -> str:
    first, second = members[0], members[1]
    second_first = second.split()[0]
    return f"""---
layout: post
title:  "General Meeting June 2024"
---

**{body.upper()}**

**GENERAL MEETING MONDAY 10 JUNE 2024**

Held in the {hall} at 7 p.m.

Present: {", ".join(members[:4])},
{", ".join(members[4:])}

Apologies: {absent[0]}, {absent[1]}, Ruth
Calder MSP, Councillor Baird.

1.  MINUTES OF THE MAY MEETING\\
    These were moved as correct by {first} and {second}.

2 MATTERS ARISING

a)  **Litter and bins**

> The new collection leaflet had been delivered. Responses were mixed
> and two collections had been missed.

b)  **Cash machine on the main road -- report from
    Rory Dunn**

> The machine had been converted to a charging one. It was agreed that
> we should continue our representations.

3\\. BUS SERVICES

> The timetable consultation closes in August.

***a) Night buses***

> Members asked for a later last bus. {second_first} would continue to press the bus company and come
> back on it to the September meeting.

4\\. TREASURER'S REPORT

> The balance stood at \\$1,204.50.
"""


@pytest.mark.parametrize("body,hall,members,absent", [
    ("Kelvin Bank Community Council", "Board Room, Kelvin Workspace",
     ["Ann Lowe", "Bob Marsh", "Cy Orr", "Dee Park", "Eve Shaw", "Finn Tod"], ["Gail Ure", "Hal Vine"]),
    ("Lochside Community Council", "Committee Room, Lochside Library",
     ["Isla Reid", "Jack Moir", "Kara Lyle", "Liam Nairn", "Mona Pike"], ["Nina Quinn", "Owen Rae"]),
])
def test_pandoc_markdown_minutes(body, hall, members, absent):
    text = _page(body, hall, members, absent)
    out = extract_all(read_document("minutes.md", text.encode()))
    (meeting,) = out["meetings"]
    assert (meeting["committee"], str(meeting["meeting_date"]), meeting["start_time"], meeting["venue"]) == (
        body, "2024-06-10", "19:00", hall)
    assert [(m["minute_number"], m["title"]) for m in out["minutes"]] == [
        ("1", "MINUTES OF THE MAY MEETING"), ("2", "MATTERS ARISING"), ("2.a", "Litter and bins"),
        ("2.b", "Cash machine on the main road -- report from Rory Dunn"), ("3", "BUS SERVICES"), ("3.a", "Night buses"),
        ("4", "TREASURER'S REPORT")]
    people = {(a["name"], a["status"]) for a in out["attendees"]}
    assert people == {(m, "present") for m in members} | {(a, "apologies") for a in absent} | {
        ("Ruth Calder", "apologies"), ("Baird", "apologies")}
    # an undertaking in a paragraph the page wraps over two lines (narrative_paragraphs)
    assert [(a["owners"], a["text"]) for a in out["actions"]] == [
        ([members[1]], f"{members[1].split()[0]} would continue to press the bus company and come back on it to the "
                       "September meeting")]
    first = out["votes"][0]
    assert (first["motion"], first["mover"], first["seconder"], first["result"]) == (
        "MINUTES OF THE MAY MEETING", members[0], members[1], "carried")
